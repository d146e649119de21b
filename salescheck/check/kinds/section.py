"""`section`: a plan's objective section must be there and be SMART — a measurable
outcome and a date — rather than activity ("touch base", "see how things are going").

Each objective gets one verdict, so one weak objective is one finding, not three:
missing, activity-only, or not-smart (naming what is missing)."""

from __future__ import annotations

import re
from typing import Iterator

from ...parse.activity import counts_what_is_shown, names_activity
from ..options import Option
from .base import Check, Hit, first_text_offset

OPEN_ENDED = re.compile(r"^(?:soon|shortly|asap|sometime|some time|at some point|later|in due course|down the line|next time)", re.I)
UNSCHEDULED = re.compile(r"\b(?:not (?:yet )?(?:scheduled|booked|confirmed|arranged|fixed|set)|unscheduled|tbc|tbd|tba|"
                         r"to be (?:confirmed|arranged|scheduled|booked|agreed))\b", re.I)
MEETING_LABEL = re.compile(r"\b(?:call|meeting|visit|demo|when|date|time)\b", re.I)


class SectionCheck(Check):
    kind = "section"
    options = {
        "section": Option(str, "objective", doc="canonical section name"),
        "report": Option(str, "missing", choices=("missing", "activity-only", "not-smart")),
    }
    fields = ("text", "section", "missing")

    def find(self, parsed) -> Iterator[Hit]:
        name, report = self.settings["section"], self.settings["report"]
        sections = parsed.sections_named(name)
        if not sections:
            if report == "missing":
                start = first_text_offset(parsed)
                line_end = parsed.document.text.find("\n", start)
                yield Hit(start, line_end if line_end > start else len(parsed.document.text),
                          {"text": "", "section": name, "missing": name})
            return
        for section in sections:
            verdict, missing = self.verdict(parsed, section)
            if verdict == report:
                body = parsed.document.text[section.body_start:section.end]
                stripped = body.strip()
                start = section.body_start + (body.find(stripped) if stripped else 0)
                end = start + len(stripped.split("\n")[0]) if stripped else section.body_start
                if not stripped:
                    start, end = section.title_start, section.title_start + len(section.title)
                yield Hit(start, end, {"text": stripped.split("\n")[0], "section": name, "missing": missing})

    def verdict(self, parsed, section) -> tuple[str, str]:
        text = parsed.document.text
        body = text[section.body_start:section.end]
        measures = [m for m in parsed.measures if section.body_start <= m.start < section.end
                    and not (m.kind == "count" and counts_what_is_shown(text[max(section.body_start, m.start - 60):m.start]))]
        if not body.strip():
            return "not-smart", "measurable outcome and no date"
        if not measures and names_activity(body):
            return "activity-only", ""
        dated = any(section.body_start <= e.start < section.end and not OPEN_ENDED.match(e.text)
                    for e in parsed.time_expressions)
        open_ended = any(section.body_start <= e.start < section.end and OPEN_ENDED.match(e.text)
                         for e in parsed.time_expressions)
        if not dated and measures and not open_ended and _dated_meeting(parsed, section):
            dated = True  # an outcome to reach on the dated call is time-bound (unless it says "at some point")
        if not measures:
            return "not-smart", "measurable outcome" if dated else "measurable outcome and no date"
        return ("not-smart", "date or deadline") if not dated else ("ok", "")


def _dated_meeting(parsed, objective) -> bool:
    """The plan is for a dated call or visit: front matter `meeting:`, a title or a
    When/Date/Meeting line outside the objective carrying a day."""
    if parsed.document.meta.get("meeting"):
        return True
    for section in parsed.sections:
        if section is objective:
            continue
        if section.name == "when" or section.heading or MEETING_LABEL.search(section.title):
            if section.name == "when":
                span_end = section.end
            elif section.heading:
                span_end = section.body_start  # "## Call with Dana, Tue 3 March 10:00"
            else:  # "Visit: Thu 23 April 2026, 11:00, head office"
                line = parsed.document.line_index(section.title_start)
                span_end = parsed.document.line_start(line) + len(parsed.document.lines[line])
            if UNSCHEDULED.search(parsed.document.text[section.title_start:span_end]):
                continue  # "Call: not yet scheduled (Nina is out until 5/26)"
            if any(section.title_start <= e.start < span_end and e.has_day for e in parsed.time_expressions):
                return True
    document = parsed.document
    for line, cells in document.cells.items():  # "| Visit | Thu 14 May 2026, 10:00 |"
        if len(cells) >= 2 and MEETING_LABEL.search(cells[0]) and len(cells[0].split()) <= 3 \
                and not UNSCHEDULED.search(document.lines[line]):
            start = document.line_start(line)
            if not objective.title_start <= start < objective.end and any(
                    start <= e.start < start + len(document.lines[line]) and e.has_day for e in parsed.time_expressions):
                return True
    first_block = parsed.document.blocks[0] if parsed.document.blocks else None
    if first_block is not None:
        end = parsed.document.line_start(first_block.last) + len(parsed.document.lines[first_block.last])
        return any(e.start < end and e.has_day for e in parsed.time_expressions)
    return False
