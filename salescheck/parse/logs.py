"""Activity logs: blocks that open with a date ("2026-03-03 Called, LVM", "Tue 3/3 -
spoke to Dana") are entries of a CRM-style log, each dated."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .timex import TimeExpression, resolve_when

BULLET = re.compile(r"^\s*[-*•+]\s+")


@dataclass(frozen=True)
class LogEntry:
    start: int
    end: int
    date: dt.date | None
    text: str


def find_log_entries(document, expressions: list[TimeExpression], anchor: dt.date,
                     day_first: bool | None = None) -> list[LogEntry]:
    entries = []
    by_start = {e.start: e for e in expressions if e.has_day}
    # in notes, a line opened by a clock time only is an entry of the notes' own day: "4.30pm rang brian, left vm"
    clocked = {e.start for e in expressions if e.precision == "time"} if document.kind == "call-notes" else set()
    previous_last = None  # the last line of the entry just read
    for block in document.blocks:
        line = document.lines[block.first]
        bullet = BULLET.match(line)  # plain text keeps its list markers: "- 02/05 - Called her cell"
        start = document.line_start(block.first) + (bullet.end() if bullet else len(line) - len(line.lstrip()))
        end = document.line_start(block.last) + len(document.lines[block.last])
        leading = by_start.get(start)
        if leading is None and start in clocked:
            entries.append(LogEntry(start, end, anchor, document.text[start:end].strip()))
            previous_last = block.last
            continue
        if leading is None:
            if document.kind == "call-notes" and entries and previous_last is not None \
                    and block.first == previous_last + 1 and block.role != "heading":
                # in notes, an undated line right under an entry goes on with it: "Tried her
                # mobile, no answer." over "Left VM for Sandra re: sample boards."
                last = entries[-1]
                entries[-1] = LogEntry(last.start, end, last.date, document.text[last.start:end].strip())
                previous_last = block.last
            else:
                previous_last = None
            continue
        entries.append(LogEntry(start, end, entry_date(leading, anchor, day_first), document.text[start:end].strip()))
        previous_last = block.last
    return entries


def entry_date(expression: TimeExpression, anchor: dt.date, day_first: bool | None = None) -> dt.date | None:
    """When a log line happened: on or before the document's date, so a bare weekday is
    the latest such day and an ambiguous 03/04 the reading nearest the anchor."""
    if "weekday" in expression.parts and not {"iso", "day_month", "month_day", "numeric"} & set(expression.parts):
        weekday = resolve_when(expression, anchor)
        return weekday - dt.timedelta(days=7) if weekday and weekday > anchor else weekday
    resolved = resolve_when(expression, anchor, day_first=day_first)
    if resolved is not None or "a" not in expression.fields:
        return resolved
    readings = [resolve_when(expression, anchor, day_first=flag) for flag in (True, False)]
    readings = [r for r in readings if r is not None]
    return min(readings, key=lambda r: abs((anchor - r).days), default=None)
