"""Leads: cheap tests that a time pattern cannot match a text, and a quicker way to
find where it can (also used for the tokenizer's affix patterns, affixes.py: a pattern
that never ignores case is led by its own opening).

A pattern such as "in the new year" or "half past 3" would be tried at every character of
every document, and most documents hold none. Two things are read off each pattern itself,
so a pattern edited or added later gets them too:
- its words: literal strings one of which every match contains ("o'clock", "oclock"),
  tested with `in` on the lower-cased text; when none is there the pattern is skipped;
- its opening: the characters a match can start with. The engine skips ahead quickly only
  to a character of a case-sensitive class that opens the pattern, and a case-insensitive
  pattern never has one: so the opening, with both cases spelled out, is put in front as
  that class, and the pattern itself is tried in a lookahead at the character it found
  (see `led` and `matches`; about twice as fast). Where the opening has a character whose
  cases cannot be spelled out, it goes in front as a lookahead instead (still faster than
  trying the whole pattern at every character).

FRAGILE (Python internals): patterns are parsed with `re._parser`, which may change between
Python versions; if that fails a pattern simply has no words and no opening, and runs as
written."""

from __future__ import annotations

import re

try:
    from re import _parser
except ImportError:  # pragma: no cover - a Python without it: every pattern runs as written
    _parser = None

# characters that a case-insensitive ASCII letter matches but that do not lower-case to
# it (checked over all of Unicode in the tests): folded first, so "ſoon" still leads
FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
FOLDED = tuple(chr(code) for code in FOLD)


def lowered(text: str) -> str:
    """The text words are looked for in. (Most texts with accents or curly quotes hold
    none of the four folded characters: testing for them is cheaper than translating.)"""
    if text.isascii() or not any(char in text for char in FOLDED):
        return text.lower()
    return text.translate(FOLD).lower()


MAX_WORDS = 48  # alternatives kept per node: beyond this the test costs more than it saves
MIN_WORD = 2


def read_lead(source: str, flags: int) -> tuple[str | None, tuple[str, ...] | None]:
    """(opening, words) of a pattern's source, read off one parse of it."""
    opening, _, words = _read(source, flags)
    return opening, words


def _read(source: str, flags: int) -> tuple[str | None, str | None, tuple[str, ...] | None]:
    """(opening, the opening with both cases spelled out, words)."""
    try:
        items = _parser.parse(source, flags).data
        members = None if _anchored(items) else _opening(items)
        return _class(members, False), _class(members, True), _words_of(items)
    except Exception:  # an unfamiliar construct or another Python's parser
        return None, None, None


# the group holding the whole match of a pattern led by its opening (see `led`)
WHOLE = "lead_whole"
# an inline flag that turns on ignoring case, for the whole pattern or a group: "(?i)", "(?i:",
# "(?ai-s:" (an escaped "\(?i" would only make the lead spell out both cases, which is safe)
INLINE_IGNORECASE = re.compile(r"\(\?[aLmsux]*i")


def led(source: str, flags: int) -> tuple[re.Pattern, tuple[str, ...] | None]:
    r"""The pattern compiled to be found quickly (iterate it with `matches`), and its words.

    `[nN](?<=(?=(?P<lead_whole>next\s+week))(?s:.))`: the engine skips to an n or N,
    then tries the pattern in a lookahead from there (a lookbehind of one character
    steps back to it). The lookahead finds what the pattern itself would at that
    character, since every match opens with a character of the class."""
    opening, cased, words = _read(source, flags)
    # a pattern that never ignores case can be led by its own opening
    lead = cased if flags & re.IGNORECASE or INLINE_IGNORECASE.search(source) else opening
    try:
        if lead is not None:
            return re.compile(f"(?-i:{lead})(?<=(?=(?P<{WHOLE}>{source}))(?s:.))", flags), words
        if opening is not None:
            return re.compile(f"(?={opening})(?:{source})", flags), words
    except re.error:  # what cannot stand inside a group: global flags ("(?i)") opening the pattern
        pass
    return re.compile(source, flags), words


def matches(pattern: re.Pattern, text: str):
    """(start, end, match) for each match of a pattern from `led`, as finditer gives
    them for the pattern as written: left to right, each search going on from where the
    last match ended. (The match's own span is one character: read spans from here.)"""
    if WHOLE not in pattern.groupindex:
        for match in pattern.finditer(text):
            yield match.start(), match.end(), match
        return
    search, at = pattern.search, 0
    while (match := search(text, at)) is not None:
        start, at = match.span(WHOLE)
        yield start, at, match


def words_for(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which `lowered(text)` contains whenever `pattern` matches `text`,
    or None when none are long enough to be worth testing."""
    return read_lead(pattern.pattern, pattern.flags)[1]


def _words_of(items) -> tuple[str, ...] | None:
    _, need = _word_sequence(items)
    if need is None or min(map(len, need)) < MIN_WORD:
        return None
    return tuple(sorted(need))


def _better(a: frozenset | None, b: frozenset | None) -> frozenset | None:
    """The more selective of two word sets: longer shortest word, then fewer words."""
    if a is None or min(map(len, a)) == 0:
        return b if b is not None and min(map(len, b)) else None
    if b is None or min(map(len, b)) == 0:
        return a
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _product(sets) -> frozenset | None:
    result = frozenset({""})
    for words in sets:
        result = frozenset(a + b for a in result for b in words)
        if len(result) > MAX_WORDS:
            return None
    return result


# Each node gives (exact, need):
# - exact: every lowered string the node can match, when they are few (else None);
# - need: the best set of strings one of which every match of the node contains.

def _word_sequence(items) -> tuple[frozenset | None, frozenset | None]:
    nodes = [_word_node(str(op), av) for op, av in items]
    need = None
    for _, inner in nodes:
        need = _better(need, inner)
    # runs of nodes whose exact strings are known: every contiguous part of a run is
    # matched as one string (its product)
    run: list[frozenset] = []
    for exact, _ in nodes + [(None, None)]:
        if exact is not None:
            run.append(exact)
            continue
        for first in range(len(run)):
            product = frozenset({""})
            for words in run[first:]:  # each longer part, built on the one before
                product = _product([product, words])
                if product is None:
                    break
                need = _better(need, product)
        run = []
    exact = _product([e for e, _ in nodes]) if all(e is not None for e, _ in nodes) else None
    return exact, need


def _word_node(op: str, av) -> tuple[frozenset | None, frozenset | None]:
    if op == "LITERAL":
        char = chr(av)
        return (frozenset({char.lower()}), None) if char.isascii() else (None, None)
    if op == "IN":
        members: set[str] = set()
        for item_op, item in av:
            item_op = str(item_op)
            if item_op == "LITERAL" and item < 128:
                members.add(chr(item).lower())
            elif item_op == "RANGE" and item[1] < 128 and item[1] - item[0] < MAX_WORDS:
                members.update(chr(c).lower() for c in range(item[0], item[1] + 1))
            else:
                return None, None  # a category, negated, or beyond ASCII
        return frozenset(members), None
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return frozenset({""}), None  # zero-width
    if op == "SUBPATTERN":
        return _word_sequence(av[-1].data)
    if op == "ATOMIC_GROUP":
        return None, _word_sequence(av.data)[1]
    if op == "BRANCH":
        results = [_word_sequence(alternative.data) for alternative in av[1]]
        exact = None
        if all(e is not None for e, _ in results):
            exact = frozenset().union(*(e for e, _ in results))
            exact = exact if len(exact) <= MAX_WORDS else None
        # every match goes down one alternative, so it holds one of what that one needs
        needs = [_better(n, e) for e, n in results]
        need = frozenset().union(*needs) if all(n is not None for n in needs) else None
        return exact, need if need is not None and len(need) <= MAX_WORDS else None
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, item = av
        exact, need = _word_sequence(item.data)
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, None
            return None, None  # may match nothing
        need = _better(need, exact)
        if exact is not None and low == high:
            return _product([exact] * low), need
        return None, need
    return None, None


def opening_for(pattern: re.Pattern) -> str | None:
    """A character class (source text) holding the first character of every match of
    `pattern`, or None when any character may open one (or a match may be empty)."""
    return read_lead(pattern.pattern, pattern.flags)[0]


def _anchored(items) -> bool:
    while items and str(items[0][0]) == "SUBPATTERN":
        items = items[0][1][-1].data
    return bool(items) and str(items[0][0]) == "AT" and "BEGINNING" in str(items[0][1])


def _class(members: set[tuple[str, str | None]] | None, cased: bool) -> str | None:
    """The opening as a class: as the pattern reads it (its own flags apply), or `cased`,
    with every character a case-insensitive match lets in spelled out (None when a
    member's cases cannot be)."""
    if members is None:
        return None
    if cased and any(c is None for _, c in members):
        return None
    return "[" + "".join(sorted(c if cased else m for m, c in members)) + "]"


CATEGORY_CLASSES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w",
                    "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_NOT_WORD": r"\W"}


def _cases(code: int) -> str | None:
    """Every character a case-insensitive pattern matches for this one, escaped for a
    class: an ASCII letter's two cases and the non-ASCII characters folded onto it
    (FOLD; the tests check these are all there are); a character without case as it
    is; None for a non-ASCII character with case."""
    char = chr(code)
    if char.isascii():
        if not char.isalpha():
            return re.escape(char)
        lower = char.lower()
        return "".join(re.escape(c) for c in sorted({lower, char.upper(), *(f for f in FOLDED if f.translate(FOLD) == lower)}))
    return re.escape(char) if char.lower() == char.upper() == char.casefold() else None


def _opening(items) -> set[tuple[str, str | None]] | None:
    """The members of the class that every match opens with, as (as written, with both
    cases), or None when anything (or nothing) may open a match."""
    members, nullable = _sequence_opening(items)
    return None if nullable else members


def _sequence_opening(items) -> tuple[set | None, bool]:
    """(members, nullable) of a sequence: the class members a match may start with
    (None: anything), and whether it can match the empty string."""
    members: set = set()
    for op, av in items:
        op = str(op)
        if op in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width: the next node opens the match
        first, nullable = _opening_node(op, av)
        if first is None:
            return None, False
        members |= first
        if not nullable:
            return members, False
    return members, True


def _opening_node(op: str, av) -> tuple[set | None, bool]:
    if op == "LITERAL":
        return {(re.escape(chr(av)), _cases(av))}, False
    if op == "IN":
        members = set()
        for item_op, item in av:
            item_op = str(item_op)
            if item_op == "LITERAL":
                members.add((re.escape(chr(item)), _cases(item)))
            elif item_op == "RANGE":
                cased = [_cases(code) for code in range(item[0], item[1] + 1)] if item[1] < 128 else [None]
                members.add((re.escape(chr(item[0])) + "-" + re.escape(chr(item[1])),
                             None if None in cased else "".join(cased)))
            elif item_op == "CATEGORY" and str(item) in CATEGORY_CLASSES:
                members.add((CATEGORY_CLASSES[str(item)], CATEGORY_CLASSES[str(item)]))  # the same either way
            else:
                return None, False  # negated or unfamiliar: anything may open
        return members, False
    if op == "SUBPATTERN":
        return _sequence_opening(av[-1].data)
    if op == "BRANCH":
        members, nullable = set(), False
        for alternative in av[1]:
            first, empty = _sequence_opening(alternative.data)
            if first is None:
                return None, False
            members |= first
            nullable = nullable or empty
        return members, nullable
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _, item = av
        first, nullable = _sequence_opening(item.data)
        return first, nullable or low == 0
    return None, False  # any character, a back-reference…
