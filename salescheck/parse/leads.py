"""Leads: cheap tests that a time pattern cannot match a text, and a quicker way to
find where it can.

A pattern such as "in the new year" or "half past 3" would be tried at every character of
every document, and most documents hold none. Two things are read off each pattern itself,
so a pattern edited or added later gets them too:
- its words: literal strings one of which every match contains ("o'clock", "oclock"),
  tested with `in` on the lower-cased text; when none is there the pattern is skipped;
- its opening: the characters a match can start with, put in front of the pattern as a
  lookahead, which lets the regular expression engine skip to the positions where a match
  can begin (several times faster for a case-insensitive pattern).

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
    try:
        items = _parser.parse(source, flags).data
        return _opening_of(items), _words_of(items)
    except Exception:  # an unfamiliar construct or another Python's parser
        return None, None


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


def _opening_of(items) -> str | None:
    if _anchored(items):
        return None  # tried only at line starts (or the text's) already
    members, nullable = _opening(items)
    if nullable or members is None:
        return None
    return "[" + "".join(sorted(members)) + "]"


def _anchored(items) -> bool:
    while items and str(items[0][0]) == "SUBPATTERN":
        items = items[0][1][-1].data
    return bool(items) and str(items[0][0]) == "AT" and "BEGINNING" in str(items[0][1])


CATEGORY_CLASSES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w",
                    "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_NOT_WORD": r"\W"}


def _opening(items) -> tuple[set[str] | None, bool]:
    """(members, nullable) of a sequence: the class members a match may start with
    (None: anything), and whether it can match the empty string."""
    members: set[str] = set()
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


def _opening_node(op: str, av) -> tuple[set[str] | None, bool]:
    if op == "LITERAL":
        return {re.escape(chr(av))}, False
    if op == "IN":
        members = set()
        for item_op, item in av:
            item_op = str(item_op)
            if item_op == "LITERAL":
                members.add(re.escape(chr(item)))
            elif item_op == "RANGE":
                members.add(re.escape(chr(item[0])) + "-" + re.escape(chr(item[1])))
            elif item_op == "CATEGORY" and str(item) in CATEGORY_CLASSES:
                members.add(CATEGORY_CLASSES[str(item)])
            else:
                return None, False  # negated or unfamiliar: anything may open
        return members, False
    if op == "SUBPATTERN":
        return _opening(av[-1].data)
    if op == "BRANCH":
        members, nullable = set(), False
        for alternative in av[1]:
            first, empty = _opening(alternative.data)
            if first is None:
                return None, False
            members |= first
            nullable = nullable or empty
        return members, nullable
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _, item = av
        first, nullable = _opening(item.data)
        return first, nullable or low == 0
    return None, False  # any character, a back-reference…
