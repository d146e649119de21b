"""Tell the document kind from what it says when nothing else (front matter, config
globs, --kind, an .eml header) has."""

from __future__ import annotations

import re

CALL_PLAN = re.compile(
    r"^\W*(call|visit|meeting|pre-call|account)?\s*(plan|objectives?|goals?|purpose)\b\W*$|"
    r"^\W*(call\s+|meeting\s+|visit\s+)?(objectives?|goal|purpose)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
LOG_LINE = re.compile(
    r"^\W*(\d{1,4}[-/.]\d{1,2}([-/.]\d{2,4})?|(mon|tue|wed|thu|fri)[a-z]*\s+\d{1,2}\S*)\s",
    re.IGNORECASE | re.MULTILINE,
)
PROPOSAL = re.compile(
    r"\b(proposal|pricing|investment|quote|quotation|statement of work|option [a-c1-3]\b|"
    r"tier|per (seat|user|licen[cs]e|month|year))",
    re.IGNORECASE,
)
GREETING = re.compile(r"^\s*(hi|hello|hey|dear|good (morning|afternoon))\b[^\n]{0,40},?\s*$",
                      re.IGNORECASE | re.MULTILINE)


def detect_kind(text: str) -> str | None:
    if CALL_PLAN.search(text):
        return "call-plan"
    if len(LOG_LINE.findall(text)) >= 2:
        return "call-notes"
    if GREETING.search(text):
        return "proposal" if len(PROPOSAL.findall(text)) >= 3 else "email"
    if len(PROPOSAL.findall(text)) >= 2:
        return "proposal"
    return None
