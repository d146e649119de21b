"""Concrete slots for suggestions: turn "next week" into "Tue 10 March at 10:00"."""

from __future__ import annotations

import datetime as dt
import re

from ..parse.timex import TimeExpression, resolve_when

SUGGESTED_HOUR = "10:00"
WEEKS = re.compile(r"\b(?:(\d+)|a|one|two|three|four|a couple of|couple of)\s+weeks?\b", re.I)
WORD_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "a couple of": 2, "couple of": 2}


def propose_day(anchor: dt.date, expression: TimeExpression | None) -> dt.date:
    """A working day the vague expression plausibly meant (the anchor's next working day
    plus one when there is nothing to go on)."""
    if expression is not None:
        resolved = resolve_when(expression, anchor, day_first=True)
        if resolved:
            return resolved
        text = expression.text.lower()
        weeks = WEEKS.search(text)
        if weeks:
            count = int(weeks.group(1)) if weeks.group(1) else WORD_COUNT.get(weeks.group(0).rsplit(" ", 1)[0].lower(), 1)
            return _working_day(anchor + dt.timedelta(weeks=count))
        if "next week" in text:
            return anchor + dt.timedelta(days=7 - anchor.weekday() + 1)  # next week's Tuesday
        if "month" in text:
            return _working_day(anchor + dt.timedelta(days=28))
    return _working_day(anchor + dt.timedelta(days=2))


def _working_day(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def format_day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%B}"


def rewrite(sentence: str, expression: TimeExpression | None, sentence_start: int, replacement: str) -> str:
    """The sentence with its time expression replaced (or the slot added at its end)."""
    sentence = sentence.strip()
    if expression is not None:
        start = expression.start - sentence_start
        end = expression.end - sentence_start
        if 0 <= start < end <= len(sentence):
            before = re.sub(r"\b(?:on|by|in|at|within|over|sometime|early|late)\s*$", "", sentence[:start], flags=re.I)
            return f"{before.rstrip()} {replacement}{sentence[end:]}".strip()
    body = sentence.rstrip(".!?")
    return f"{body} {replacement}{sentence[len(body):] or '.'}"
