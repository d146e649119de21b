"""`dates`: dates that cannot be right — a weekday that disagrees with its date, a
follow-up already past at the document's date, a numeric date such as 03/04/2026 that
reads two ways, a meeting time such as "at 3" with no am/pm, a day the month does not have (31/04)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Iterator

from ...parse.timex import MONTHS, SAID_AFTER, resolve_when, stated_weekday
from ..options import Option
from ..slots import format_day
from .base import Check, Hit, sentence_hit

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# a sentence that books or sets a date, where a wrong or ambiguous date costs a meeting
SCHEDULING = re.compile(
    r"\b(?:book(?:ed|ing)?|invite|calendar|diary|scheduled?|meet(?:ing)?|call|demo|visit|deadline|due|by|"
    r"until|expires?|start(?:s|ing)?|go-live|kick-?off|deliver(?:y|ed)?|sign(?:ed|ing)?|review|session|appointment|"
    r"held|hold|reserved?|pencill?ed|slot|workshop|training|install(?:ation)?|onboarding|launch|"
    r"arriv(?:e|es|al|ing)|ship(?:s|ping|ment)?|dispatch(?:ed)?|eta|etd|sail(?:s|ing)?|collection|"
    r"(?:proposed|target|planned|provisional|tentative|preferred) (?:date|day|time))\b",
    re.IGNORECASE)
# where a bare hour is a meeting's time: "call at 3", "see you at 3", "lunch at 1" (not "a break at 3")
MEETING_TIME = re.compile(r"\b(?:speak|talk|chat|see you|join|dial(?:ling)? in|lunch|coffee|catch up|ring|phone|"
                          r"arrive|come|pop|drop|pick (?:you )?up|start|kick-?off|stand-?up|interview|zoom|teams)\b",
                          re.IGNORECASE)
DEADLINE_BEFORE = re.compile(r"\b(?:by|until|before|deadline:?|due(?: on| by)?|expires?(?: on)?|no later than|"
                             r"valid (?:until|till|to|through))\s*(?:the\s+)?(?:end of\s+)?$", re.IGNORECASE)
DATE_BEFORE = re.compile(r"(?:\b(?:on|by|until|till|before|from|after|due|w/c|wc|dated?|deadline)|:)\s*(?:the\s+)?$",
                         re.IGNORECASE)
# the date of something that already happened, named beside a follow-up: "as per our call on
# Monday 1 June, we will deliver by Friday 12 June"
PAST_EVENT_BEFORE = re.compile(r"\b(?:(?:our|the|your|my|last) (?:call|meeting|chat|conversation|visit|demo|email|discussion|"
                               r"site visit|phone call)|(?:spoke|met|talked|discussed|visited|called|sent|emailed|received)"
                               r")\s+(?:on|of|dated)?\s*(?:the\s+)?$|"
                               # "following the site meeting with the Resident Engineer on Friday 8 May"
                               r"\b(?:following|since|further to)\s+(?:the|our|your|my|last)\s+(?:[\w'-]+\s+){0,7}?on\s+(?:the\s+)?$|"
                               # "(confirmed by email 11 Feb)": when it was agreed, not when it is due
                               r"\b(?:confirmed|agreed|requested|accepted|approved)\s+(?:by|via|over|on)\s+(?:e-?mail|phone|"
                               r"call|text|whatsapp|letter)\s+(?:on\s+)?(?:the\s+)?$|"
                               r"\bbooked\s+(?:w/|with)\s+[\w .'-]{1,30}?\s+on\s+$|"  # "(booked w/ office mgr on 4/2)"
                               r"\b(?:first|last|previous|initial|intro|discovery|kick-?off)\s+(?:call|meeting|visit|demo|chat)\s+(?:on\s+)?$",
                               re.IGNORECASE)
# the end of a time range that carries the am/pm for both: "1:00-1:45pm", "2 – 3.30 pm"
RANGE_END_WITH_MERIDIEM = re.compile(r"\s*(?:-|–|—|to|till|until)\s*\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b", re.IGNORECASE)
# a line that opens with the next step, up to its date: "Next follow-up: ", "- Next call w/ Dana "
NEXT_STEP_BEFORE = re.compile(r"^\W*next(?: steps?| actions?)?\b(?:\s*[:\-–]\s*|\s+)(?:[\w/&.'-]+\s*[:\-–]?\s*){0,4}$",
                              re.IGNORECASE)
PAST_TENSE = re.compile(r"\b(?:was|were|had|expired|ended|closed|lapsed|passed|missed)\b", re.IGNORECASE)
EXPLICIT_DATE = {"iso", "day_month", "month_day", "numeric"}


class DatesCheck(Check):
    kind = "dates"
    options = {
        "report": Option(str, "weekday-mismatch",
                         choices=("weekday-mismatch", "past", "ambiguous-numeric", "ambiguous-time", "impossible")),
        "earliest_hour": Option(int, 8, doc="a bare hour below this (\"at 3\") needs am/pm or 24-hour form"),
    }
    fields = ("text", "sentence", "date", "weekday", "corrected", "readings", "anchor")

    def find(self, parsed) -> Iterator[Hit]:
        report = self.settings["report"]
        for expression in parsed.time_expressions:
            values = getattr(self, "_" + report.replace("-", "_"))(parsed, expression)
            if values is not None:
                yield sentence_hit(parsed, expression.start, expression.end, text=expression.text, **values)

    def _weekday_mismatch(self, parsed, expression):
        weekday = stated_weekday(expression)
        if weekday is None or not (EXPLICIT_DATE | {"weekday_ord"}) & set(expression.parts):
            return None  # "Wednesday the 12th" names a day of the month too
        # a log line's own stamp dates what it says: "2026-03-03 … plan promised for Wed 4 March"
        readings = _readings(expression, parsed, _entry_date(parsed, expression))
        if not readings or any(r.weekday() == weekday for r in readings):
            return None
        day = readings[0]
        nearest = min((day + dt.timedelta(days=d) for d in range(-3, 4)), key=lambda c: (c.weekday() != weekday, abs((c - day).days)))
        return {"date": format_day(day), "weekday": WEEKDAY_NAMES[day.weekday()],
                "corrected": f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {day:%B} or {WEEKDAY_NAMES[weekday]} "
                             f"{nearest.day} {nearest:%B}"}

    def _past(self, parsed, expression):
        if not expression.has_day or not EXPLICIT_DATE & set(expression.parts):
            return None
        if not any(c.start <= expression.start < c.end for c in parsed.commitments) and not _deadline(parsed, expression) \
                and not _next_step(parsed, expression):
            return None
        if PAST_EVENT_BEFORE.search(parsed.document.text[max(0, expression.start - 80):expression.start]):
            return None  # "as per our call on Monday 1 June": when something happened, not a follow-up
        if SAID_AFTER.match(parsed.document.text, expression.end):
            return None  # "On 14 January the council said they would revert …": when it was said
        # a log line is history: a plan it records is past only before the line's own date
        anchor = _entry_date(parsed, expression, with_stamp=True) or parsed.anchor
        readings = _readings(expression, parsed)
        if not readings or not all(r < anchor for r in readings):
            return None
        return {"date": format_day(readings[0]), "anchor": format_day(anchor)}

    def _ambiguous_numeric(self, parsed, expression):
        fields = expression.fields
        if "a" not in fields or parsed.day_first is not None:
            return None
        a, b = int(fields["a"]), int(fields["b"])
        if a == b or a > 12 or b > 12 or _is_log_date(parsed, expression) or _convention_in(parsed) is not None:
            return None
        readings = [resolve_when(expression, parsed.anchor, day_first=flag) for flag in (True, False)]
        if stated_weekday(expression) is not None and resolve_when(expression, parsed.anchor) is not None:
            return None  # "Tue 3/3"-style: the weekday settles it
        if any(r is not None and r <= parsed.anchor for r in readings):
            return None  # one reading already past, or the document's own date ("Visit report (12/06/2026)")
        sentence = _sentence(parsed, expression)
        in_commitment = any(c.start <= expression.start < c.end for c in parsed.commitments)
        if sentence is None or not (in_commitment or expression.has_time or SCHEDULING.search(sentence)):
            return None
        first, second = readings
        return {"readings": f"{format_day(first)} or {format_day(second)}" if first and second else expression.text,
                "corrected": f"{first.day} {first:%B %Y}" if first else expression.text}

    def _ambiguous_time(self, parsed, expression):
        fields = expression.fields
        if "hour" not in fields or fields.get("meridiem") or fields["hour"].startswith("0"):
            return None
        hour = int(fields["hour"])
        if not 1 <= hour < self.settings["earliest_hour"]:
            return None
        if RANGE_END_WITH_MERIDIEM.match(parsed.document.text, expression.end):
            return None  # "1:00-1:45pm": the range's am/pm is the start's too
        if not expression.has_day and not any(c.start <= expression.start < c.end for c in parsed.commitments):
            sentence = _sentence(parsed, expression) or ""
            if not (SCHEDULING.search(sentence) or MEETING_TIME.search(sentence)):
                return None  # "the 5-year term with a break at 3": an hour only where a meeting is
        minute = fields.get("minute") or ("30" if expression.text.lower().startswith("half") else "00")
        return {"corrected": f"{hour}:{minute}pm ({hour + 12}:{minute})" if minute != "00" else f"{hour}pm ({hour + 12}:00)"}


    def _impossible(self, parsed, expression):
        """A day the month does not have: 31/04/2026, "30 February", 2026-06-31. Numbers that
        are no date in any reading ("50/50", "24/7" is 24 July) are left alone."""
        readings = _day_month_readings(expression)
        if not readings or any(_exists(day, month, year, parsed.anchor) for day, month, year in readings):
            return None
        if "a" in expression.fields and not expression.fields.get("year") and not _read_as_date(parsed, expression):
            return None  # "at 31/4 Main Street", "the score was 31/4": a bare pair is a date only where one is due
        day, month, year = readings[0]
        year = year or parsed.anchor.year
        days = calendar.monthrange(year, month)[1]
        name = calendar.month_name[month]
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return {"readings": f"{name} {year} has {days} days",
                "corrected": f"{days} {name} {year} or {following.day} {following:%B %Y}"}


def _read_as_date(parsed, expression) -> bool:
    """A bare numeric pair stands where a date goes: after "on", "by", "until", a weekday
    or a Date: label, or in a sentence that books or sets a deadline."""
    before = parsed.document.text[max(0, expression.start - 30):expression.start]
    if DATE_BEFORE.search(before) or "weekday" in expression.fields:
        return True
    sentence = _sentence(parsed, expression)
    return sentence is not None and SCHEDULING.search(sentence) is not None


def _sentence(parsed, expression) -> str | None:
    """The text of the sentence an expression stands in (None where no token covers it)."""
    span = parsed.doc.char_span(expression.start, expression.end, alignment_mode="expand")
    return span.sent.text if span is not None else None


def _day_month_readings(expression) -> list[tuple[int, int, int | None]]:
    """(day, month, year) for each reading of an explicit date whose numbers could be a day
    (1-31) and a month (1-12)."""
    f = expression.fields
    if not EXPLICIT_DATE & set(expression.parts) or "day" not in f and "a" not in f:
        return []
    year = int(f["year"]) if f.get("year") else None
    if year is not None and year < 100:
        year += 2000
    if "month_name" in f:
        pairs = [(int(f["day"]), MONTHS[f["month_name"].lower().rstrip(".")])]
    elif "month" in f:
        pairs = [(int(f["day"]), int(f["month"]))]
    else:
        a, b = int(f["a"]), int(f["b"])
        pairs = [(a, b), (b, a)]
    return [(day, month, year) for day, month in pairs if 1 <= day <= 31 and 1 <= month <= 12]


def _exists(day: int, month: int, year: int | None, anchor: dt.date) -> bool:
    """Whether the day exists: in the year written, else this year or next (29 February)."""
    years = [year] if year else [anchor.year, anchor.year + 1]
    return any(day <= calendar.monthrange(y, month)[1] for y in years)


def _deadline(parsed, expression) -> bool:
    """A date the reader is asked to act by: "please sign by Friday 30 January", "this
    pricing is valid until 31 March" (not "the offer was valid until…")."""
    before = parsed.document.text[max(0, expression.start - 30):expression.start]
    if not DEADLINE_BEFORE.search(before):
        return False
    sentence = _sentence(parsed, expression)
    return sentence is not None and not PAST_TENSE.search(sentence)


def _next_step(parsed, expression) -> bool:
    """A date on a line that names the next step: "Next follow-up: Tue 13 Jan 10:00",
    "- Next call Thu 5/3 2pm" (a plan, even when no verb promises it)."""
    document = parsed.document
    line_start = document.line_start(document.line_index(expression.start))
    return bool(NEXT_STEP_BEFORE.search(document.text[line_start:expression.start]))


def _entry_date(parsed, expression, with_stamp: bool = False) -> dt.date | None:
    """The date stamped on the log line an expression stands in: after the stamp, or
    (`with_stamp`) the stamp itself too."""
    return next((e.date for e in parsed.log_entries if e.date is not None
                 and (e.start <= expression.start if with_stamp else e.start < expression.start) and expression.start < e.end),
                None)


def _readings(expression, parsed, anchor: dt.date | None = None) -> list[dt.date]:
    """The dates an expression can mean: one, or two for an unsettled numeric date."""
    anchor = anchor or parsed.anchor
    day_first = parsed.day_first if parsed.day_first is not None else _convention_in(parsed)
    resolved = resolve_when(expression, anchor, day_first=day_first)
    if resolved is not None:
        return [resolved]
    if "a" in expression.fields:
        both = [r for r in (resolve_when(expression, anchor, day_first=flag) for flag in (True, False)) if r]
        weekday = stated_weekday(expression)
        settled = [r for r in both if r.weekday() == weekday]
        return settled if weekday is not None and len(settled) == 1 else both  # "Fri 3/6" is 6 March
    return []


def _convention_in(parsed) -> bool | None:
    """Day-first or month-first, if another numeric date in the document shows it: by a
    number no month has (13/3), or by a weekday only one reading has ("Wed 2/11")."""
    for expression in parsed.time_expressions:
        fields = expression.fields
        if "a" in fields:
            a, b = int(fields["a"]), int(fields["b"])
            if a > 12 >= b:
                return True
            if b > 12 >= a:
                return False
            weekday = stated_weekday(expression)
            if weekday is not None and a != b:
                fits = [flag for flag in (True, False)
                        if (r := resolve_when(expression, parsed.anchor, day_first=flag)) is not None and r.weekday() == weekday]
                if len(fits) == 1:
                    return fits[0]
    return None


def _is_log_date(parsed, expression) -> bool:
    """The date that opens a line of an activity log: a record, not a booking."""
    line_start = parsed.document.text.rfind("\n", 0, expression.start) + 1
    return not parsed.document.text[line_start:expression.start].strip(" \t-*•+")
