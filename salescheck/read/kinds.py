"""Tell the document kind from what it says when nothing else (front matter, config
globs, --kind, an .eml header) has."""

from __future__ import annotations

import re

from .layout import LOG_LINE

CALL_PLAN = re.compile(
    r"^\W*(call|visit|meeting|pre-call|account)?\s*(plan|objectives?|goals?|purpose)\b\W*$|"
    r"^\W*(call\s+|meeting\s+|visit\s+)?(objectives?|goal|purpose)\s*:",
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
    if sum(1 for line in text.splitlines() if LOG_LINE.match(line)) >= 2:
        return "call-notes"
    if GREETING.search(text):
        return "proposal" if len(PROPOSAL.findall(text)) >= 3 else "email"
    if len(PROPOSAL.findall(text)) >= 2:
        return "proposal"
    return None
