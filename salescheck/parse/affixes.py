"""The English tokenizer's suffix and infix searches, led by their openings.

spaCy's English tokenizer finds a suffix with one pattern of about 260 alternatives, each
ending the string, and infixes with another. Most alternatives open with a lookbehind
("after a digit: km"), so the regex engine cannot skip ahead: it tries every alternative
at every character of every string it has not seen before. Led by the characters a match
can open with (leads.led), the engine skips to those. Same spans as the patterns as
written (tested on every string of the examples, and checked on the 243,531 strings and
string prefixes of the benchmark documents); tokenizing the 3,522 benchmark documents
went from 3.6-4.4 s to 2.7-3.5 s (three alternating runs).

spaCy only reads .start() and .end() of what the searches return."""

from __future__ import annotations

import re

from .leads import WHOLE, led

try:
    from re import _parser
except ImportError:  # pragma: no cover - another Python: the patterns run as written
    _parser = None


class _Span:
    """Where a led pattern's whole match lies (the led match's own span is one character)."""

    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def suffix_search(pattern: re.Pattern):
    """A drop-in for `pattern.search` as the tokenizer's suffix_search."""
    quick = _led(pattern)
    if quick is None:
        return pattern.search
    search = quick.search

    def found(string: str):
        match = search(string)
        return None if match is None else _Span(*match.span(WHOLE))

    return found


def infix_finditer(pattern: re.Pattern):
    """A drop-in for `pattern.finditer` as the tokenizer's infix_finditer: each search
    goes on from where the last match ended, as finditer's do."""
    quick = _led(pattern)
    if quick is None:
        return pattern.finditer
    search = quick.search

    def found(string: str):
        spans, at = [], 0
        while (match := search(string, at)) is not None:
            start, at = match.span(WHOLE)
            spans.append(_Span(start, at))
        return spans

    return found


def _led(pattern: re.Pattern) -> re.Pattern | None:
    """The pattern led by its opening, or None where that would not find the same: a
    pattern that can match the empty string (finditer steps past empty matches its own
    way) or whose opening cannot be read."""
    try:
        if _parser is None or _parser.parse(pattern.pattern, pattern.flags).getwidth()[0] == 0:
            return None
        quick, _ = led(pattern.pattern, pattern.flags)
    except Exception:
        return None
    return quick if WHOLE in quick.groupindex else None
