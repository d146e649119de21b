"""Suppression comments: `<!-- salescheck: disable-next-line SC101 -->` in Markdown, the
same words on a plain line (or at the end of one) in text and email."""

from __future__ import annotations

import re

from .document import Directive

ACTIONS = ("disable-next-line", "disable-line", "disable-file", "disable", "enable")

DIRECTIVE = re.compile(
    r"(?:<!--\s*)?salescheck:\s*(?P<action>" + "|".join(ACTIONS) + r")\b"
    r"(?P<rules>[^\n]*?)\s*(?:-->)?\s*$"
)


def take_directive(line: str, number: int) -> tuple[str, Directive | None]:
    """Return the line with any directive blanked out, and the directive found (if any)."""
    if "salescheck:" not in line:  # as the pattern needs: far quicker than trying it at every character
        return line, None
    match = DIRECTIVE.search(line)
    if not match:
        return line, None
    rules = tuple(r for r in re.split(r"[\s,]+", match.group("rules")) if r)
    blanked = line[: match.start()] + " " * (match.end() - match.start())
    return blanked, Directive(number, match.group("action"), rules)
