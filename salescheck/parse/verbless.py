"""Commitments written without a verb, as notes and agendas write them: a deliverable or
meeting marked as still to come ("Proposal - to follow", "Intro to your CFO - Leah, tbc",
"Final floor plan to Jo — shortly"), and the rows of a next-steps table ("| Reference
call | Aoife | TBC |") whose When cell names no day.

Read off the text and the table cells, not the parse: such lines have no verb for the
parser to find, and the cheap first pass does not send them to it."""

from __future__ import annotations

import re

from .commitments import EVENT_ANCHOR, Commitment
from .timex import TimeExpression

# what is still owed: a thing to send or a meeting to hold
MEETING_WORDS = {"call", "calls", "meeting", "meetings", "demo", "demos", "visit", "visits", "workshop", "workshops",
                 "session", "sessions", "intro", "introduction", "invite", "invitation", "catch-up", "follow-up",
                 "review", "walkthrough", "walk-through", "tour", "site", "survey", "kick-off", "kickoff", "onboarding",
                 "onsite", "on-site", "lunch", "dinner", "coffee", "trip", "training"}
DELIVERABLE_WORDS = {"proposal", "quote", "quotation", "pricing", "prices", "price", "contract", "sow", "msa", "nda",
                     "deck", "slides", "plan", "plans", "drawings", "figures", "numbers", "model", "report", "results",
                     "case", "study", "references", "reference", "spec", "specification", "schedule", "order", "form",
                     "agreement", "terms", "invoice", "estimate", "summary", "recap", "notes", "minutes", "documents",
                     "docs", "questionnaire", "samples", "sample", "data", "breakdown", "timeline", "roadmap", "chart",
                     "brochure", "licence", "license", "credentials", "login", "logins", "access", "draft", "revised"}
# still to come: "to follow", "tbc", "to be confirmed", "diary invite to come"
PENDING = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[-–—:,(|]))\s*(?:to follow(?!\s+(?:up|on|from|with|through)\b)|"
    r"to come(?!\s+(?:from|in|into|out|up|with|through|over|on|back|under|via|as|of|to|and|across)\b)|tbc|tba|tbd|t\.b\.[ca]\.?|"
    r"to be (?:confirmed|arranged|agreed|scheduled|booked|fixed|set up|sent|shared|decided|organised|organized))"
    r"(?=\W|$)", re.IGNORECASE)
# a dash, then only a loose time: "Final floor plan to Jo — shortly."
TRAILING_VAGUE = re.compile(
    r"\s[-–—]\s*(?:shortly|soon|asap|in due course|later|(?:early |later )?(?:this|next) (?:week|month)|tomorrow-ish)"
    r"\W*$", re.IGNORECASE)
# settled on the call itself: "Follow-up: to be agreed with Donna before we hang up"
ON_THE_CALL = re.compile(r"\b(?:before (?:we|you) (?:hang up|leave|finish)|(?:on|in|during|at) (?:the|this|today's) "
                         r"(?:call|meeting|visit|demo)|in the room|before the (?:call|meeting) ends|"
                         r"while (?:he|she|they|\w+) (?:is|are|'s|'re) still (?:on the (?:line|call)|in the room))\b", re.IGNORECASE)
CLAUSE_OPENING = re.compile(r"[,;]\s+(?:(?:as|so|because|since|and|but|while|which)\s+)?(?=\S)|\s(?:as|because|since)\s", re.IGNORECASE)
NOBODY = re.compile(r"\s*(?:[-–—]+|n/?a|none|nobody)\s*", re.IGNORECASE)
NOT_OWED = re.compile(r"\b(?:parked|on hold|not needed|dropped|cancell?ed|shelved|n/a|not required|closed|"
                     r"sent|done|completed|delivered|held)\b", re.IGNORECASE)  # set aside, or done already
NEGATED = re.compile(r"\b(?:no|not|nothing|none|never)\b", re.IGNORECASE)
# waits for the reader's signature or approval: "Onboarding … to be scheduled once the renewal is signed"
AFTER_SIGNATURE = re.compile(r"\b(?:once|after|upon|when|following)\b[^.;]{0,40}\b(?:signed|signature|countersigned|approved|"
                             r"awarded|po|purchase order)\b", re.IGNORECASE)
WORDS = re.compile(r"[a-z][a-z-]*", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z*\-•])")
# a call plan's line naming the meeting it plans: "Visit: date TBC", "**Call:** TBC"
OWN_MEETING = re.compile(r"^\W*(?:call|visit|meeting|demo|date|when|time)\b[\w ]{0,12}\W*:", re.IGNORECASE)
# … unless someone on it owes the date: "Call: TBC - Janet to propose a slot"
OWES_DATE = re.compile(r"\b(?:[A-Z][a-z]+|I|we|she|he|they) (?:to|will|'ll|is to|are to|has to|needs to) [a-z]+")
# "Revised quote to Dana", "Pricing for Sam": a thing and who it is for
OWNED = re.compile(r"\s[-–—(,]?\s*owner\s*:\s*\S", re.IGNORECASE)  # "- owner: Siobhan"
# (not "Print the downtime chart for Line 1": a name with a number is a thing)
THING_FOR = re.compile(r"^\W*((?:[\w&/-]+\s+){0,3}?[\w&/-]+)\s+(?:to|for)\s+(?-i:[A-Z][a-z]+)\b(?!\s*\d)", re.IGNORECASE)
# the header cells of a next-steps table
STEP_HEADER = re.compile(r"^(?:next )?(?:steps?|actions?|tasks?|what|item|deliverables?|follow-?ups?|milestones?)$", re.IGNORECASE)
WHEN_HEADER = re.compile(r"^(?:when|due|date|by when|deadline|timing|target date|due date|by)$", re.IGNORECASE)


def find_verbless(document, expressions: list[TimeExpression], taken: set[int]) -> list[Commitment]:
    """Commitments on lines that hold none yet (`taken`: line indexes that already do)."""
    found = []
    for row in _table_rows(document, expressions):
        if document.line_index(row.start) not in taken:
            found.append(row)
            taken.add(document.line_index(row.start))
    for line, text in enumerate(document.lines):
        if line in taken or line in document.cells or not text.strip():
            continue
        marker = PENDING.search(text) or TRAILING_VAGUE.search(text) or _owned_undated(document, line, text, expressions)
        at = marker.start() if marker else _loose_time_owed_at(document, line, text, expressions)
        if at is None or (document.kind == "call-plan" and OWN_MEETING.match(text) and not OWES_DATE.search(text)):
            continue  # a plan's "Visit: date TBC" is the planned meeting itself: its objective lacks the date
        # the sentence the marker closes: "Thanks for the call. Proposal - to follow."
        opening = max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)
        # the clause the marker closes: "…, as the valuation will need to be booked" owes the valuation
        opening = max([opening] + [m.end() for m in CLAUSE_OPENING.finditer(text, opening, at)])
        owed_text = text[opening:at]
        owed = {w.lower() for w in WORDS.findall(owed_text)}
        if not owed & (MEETING_WORDS | DELIVERABLE_WORDS) or NEGATED.search(owed_text) or ON_THE_CALL.search(text) \
                or AFTER_SIGNATURE.search(text, at):
            continue
        start = document.line_start(line) + opening + len(text[opening:]) - len(text[opening:].lstrip())
        end = document.line_start(line) + len(text.rstrip())
        found.append(_commitment(start, end, owed, expressions, document.text[start:end]))
        taken.add(line)
    return sorted(found, key=lambda c: c.start)


def _owned_undated(document, line: int, text: str, expressions):
    """"Pricing refresh to Brian Collins - owner: Siobhan": an item with an owner and no day."""
    owner = OWNED.search(text)
    start = document.line_start(line)
    if owner is None or any(start <= e.start < start + len(text) and e.has_day for e in expressions):
        return None
    return owner


def _loose_time_owed_at(document, line: int, text: str, expressions) -> int | None:
    """"Revised quote to Dana by EOW": a thing for someone, by a loose time. Where in the
    line that time (the marker) starts, or None."""
    match = THING_FOR.match(text)
    if match is None or not {w.lower() for w in WORDS.findall(match.group(1))} & DELIVERABLE_WORDS:
        return None
    start = document.line_start(line)
    loose = next((e for e in expressions if start + match.end() <= e.start < start + len(text) and e.precision == "vague"),
                 None)
    return loose.start - start if loose is not None else None


def _table_rows(document, expressions):
    """Rows of a table headed Step … When whose When cell names no day."""
    header = None
    previous = None
    for index in sorted(document.cells):
        cells = document.cells[index]
        if previous is None or index > previous + 2:
            header = None  # a new table
        previous = index
        names = [c.strip("*_ ") for c in cells]
        when = next((i for i, name in enumerate(names) if WHEN_HEADER.match(name)), None)
        if when is not None and any(STEP_HEADER.match(name) for name in names):
            header = when
            continue
        if header is None or header >= len(cells) or not cells[0].strip() or NOBODY.fullmatch(cells[0]):
            continue  # "| - | Payment terms (30 vs 45 days) | - |": no one's step
        start = document.line_start(index)
        line = document.lines[index]
        span = _cell_span(line, cells, header)
        if span is None:
            continue
        cell_start, cell_end = span
        in_cell = tuple(e for e in expressions if start + cell_start <= e.start < start + cell_end)
        if any(e.has_day for e in in_cell) or EVENT_ANCHOR.search(line[cell_start:cell_end]) \
                or NOT_OWED.search(line[cell_start:cell_end]):
            continue  # dated, tied to an event, or set aside ("parked, not needed for pilot")
        owed = {w.lower() for w in WORDS.findall(" ".join(cells[:header]))}
        text_start = start + len(line) - len(line.lstrip())
        yield _commitment(text_start, start + len(line.rstrip()), owed, in_cell, line)


def _cell_span(line: str, cells: tuple[str, ...], column: int) -> tuple[int, int] | None:
    """Where cell `column`'s text stands in the row's line (its pipes are blanked)."""
    offset = 0
    for i, cell in enumerate(cells[:column + 1]):
        found = line.find(cell.strip("*_ "), offset)
        if found < 0:
            return None
        offset = found + len(cell.strip("*_ "))
        if i == column:
            return found, offset
    return None


def _commitment(start: int, end: int, owed: set[str], expressions, text: str) -> Commitment:
    when = tuple(e for e in expressions if start <= e.start < end)
    return Commitment(
        start=start, end=end, verb_start=start, verb_end=end,
        action="contact" if owed & MEETING_WORDS else "delivery", who="rep", mode="pending",
        when=when, anchored=bool(EVENT_ANCHOR.search(text)), booked=False,
    )
