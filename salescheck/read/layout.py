"""Group lintable lines into blocks, so a list item, a log line or a heading is never
parsed as part of the sentence on the line before it."""

from __future__ import annotations

import re

from .document import Block

SENTENCE_END = re.compile(r"[.!?:;)\]\"']\s*$")
LOG_LINE = re.compile(
    r"^\s*(\d{1,4}[-/.]\d{1,2}([-/.]\d{2,4})?\b|"  # 2026-03-03, 03-04, 3/3/26
    r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d|"  # Tue 3 March, Mon 3/3
    r"\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# the whole date (and time) that opens a log line, with the separator after it:
# "2026-03-03 ", "Tue 3/3 - ", "3 March 2026, 14:05: ", "Mar 3rd | "
LOG_PREFIX = re.compile(
    r"^[ \t]*(?:[-*•+][ \t]+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?"
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?\.?|"
    r"\d{1,2}(?:st|nd|rd|th)?[ \t]+" + _MONTH + r"(?:[ \t]+\d{4})?|" + _MONTH + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?)"
    r"(?:,?[ \t]+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?=[ \t]*[:|\-–—,]|[ \t]{2,}|\t))?"  # "12/4 Sun - mtg w/ …", "27/03/2026 Fri  Will call"
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}[ \t]*(?:am|pm)?)?"
    r"(?:[ \t]*[:|\-–—,][ \t]*|[ \t]+)(?=\S)",
    re.IGNORECASE,
)
# a pipe table typed into plain text or an email: "| Signed NDA | your team | ASAP |"
PIPE_ROW = re.compile(r"^[ \t]*\|(?:[^|\n]*\|){2,}[ \t]*$")
RULE_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
WEEKDAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?", re.IGNORECASE)
# "Objective: …", and the labels phone-typed plans write in lower case ("when: Wed 15/4 9.30am", "objective: …")
LABEL_LINE = re.compile(r"^\s*(?:\*\*|__)?(?:[A-Z][\w /&'-]{1,30}|(?:objectives?|goals?|aims?|purpose|agenda|next steps?|"
                        r"actions?|when|date|time|outcomes?|attendees|with|who|where|prep))(?::(?:\*\*|__)?|(?:\*\*|__):)\s")
BULLET = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+\S")
WRAP_WIDTH = 55  # a line this long that does not end a sentence probably wraps


def find_blocks(lines: list[str], roles: dict[int, str] | None = None) -> list[Block]:
    """Blocks of non-blank lines. `roles` gives lines the reader already knows the role of
    (Markdown headings, list items, table rows); such a line starts its own block and an
    item keeps the indented lines that follow it."""
    roles = roles or {}
    blocks: list[Block] = []
    start: int | None = None
    role = "para"
    for i, line in enumerate(lines):
        if not line.strip():
            if start is not None:
                blocks.append(Block(start, i - 1, role))
                start = None
            continue
        if start is None or _starts_unit(lines, i, roles, role):
            if start is not None:
                blocks.append(Block(start, i - 1, role))
            start, role = i, roles.get(i, "para")
    if start is not None:
        blocks.append(Block(start, len(lines) - 1, role))
    return blocks


def pipe_rows(lines: list[str]) -> dict[int, tuple[str, ...]]:
    """The rows of pipe tables in plain text (not their |---| rules): line index -> cell
    texts, as Markdown's reader gives them."""
    return {i: tuple(cell.strip() for cell in line.strip().strip("|").split("|"))
            for i, line in enumerate(lines) if PIPE_ROW.match(line) and not RULE_ROW.match(line)}


def _starts_unit(lines: list[str], i: int, roles: dict[int, str], current: str) -> bool:
    if i in roles or current in ("heading", "row"):
        return True
    line, previous = lines[i], lines[i - 1]
    if current == "item":
        # an item's continuation is indented past its marker
        return _indent(line) <= _indent(previous) and not line.startswith("  ")
    if BULLET.match(line) and _indent(line) <= _indent(previous):
        return True  # plain text lists: "- Jo to intro us …" then "- w/c 1 June: send …"
    wrapped = len(previous.rstrip()) >= WRAP_WIDTH and not SENTENCE_END.search(previous) \
        and not (LABEL_LINE.match(previous) and LABEL_LINE.match(line))  # "When: Wed 18 March, 9h30, at …" over "Objective: …"
    if (LOG_LINE.match(line) or LABEL_LINE.match(line)) and not wrapped:
        return True  # a dated log line or a Label: line, unless the line before runs on into it
    if wrapped and _same_stamp(previous, line):
        return True  # "05/03 08:50 …" under "02/03 09:15 …": a log, however long its lines
    if line.lstrip()[:1].islower():
        return False
    return bool(SENTENCE_END.search(previous)) or len(previous.rstrip()) < WRAP_WIDTH


def _same_stamp(previous: str, line: str) -> bool:
    """Both lines open with a log date of the same shape ("09/03 11:05 ", "Tue 20/01 - "
    over "Wed 21/01 - ")."""
    first, second = LOG_PREFIX.match(previous), LOG_PREFIX.match(line)
    shape = lambda m: WEEKDAY.sub("D", re.sub(r"\d", "9", m.group().strip()))  # noqa: E731
    return bool(first and second) and shape(first) == shape(second)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
