"""Leads: a cheap test that a text cannot match an expensive regular expression.

A pattern such as "in the new year" or "half past 3" is tried at every word of every
document, and most documents hold none. Its lead is a short case-sensitive expression
for the literal text every match must contain ("new\\syear", "half\\s"), searched in the
lower-cased text: when the lead is missing, the pattern cannot match and is skipped.

Leads are read off the pattern itself, so a pattern edited or added later gets a lead
that fits it; a pattern too loose to have one is always run. FRAGILE (Python internals):
the pattern is parsed with `re._parser`, which may change between Python versions; if
it fails the pattern simply has no lead."""

from __future__ import annotations

import re

try:
    from re import _parser
except ImportError:  # pragma: no cover - a Python without it: no leads, every pattern runs
    _parser = None

# characters that a case-insensitive ASCII letter matches but that do not lower-case to
# it (checked over all of Unicode in the tests): folded first, so "ſoon" still leads
FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# below this, a lead is in nearly every text (a digit, a space) and only costs a search
MIN_WEIGHT = 1.25
CLASSES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


def lowered(text: str) -> str:
    """The text leads are searched in."""
    return (text if text.isascii() else text.translate(FOLD)).lower()


def lead_for(pattern: re.Pattern) -> re.Pattern | None:
    """An expression that matches `lowered(text)` whenever `pattern` matches `text`, or
    None when the pattern requires nothing selective enough."""
    try:
        _, _, best = _sequence(_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # an unfamiliar construct or another Python's parser
        return None
    if best is None or best[0] < MIN_WEIGHT:
        return None
    return re.compile(best[1])


# Each node of the parsed pattern gives (exact, weight, best):
# - exact: an expression for the lowered text of whatever the node matches (or None when
#   it cannot be written: negated classes, back-references…); zero-width nodes give "";
# - weight: how selective `exact` is (literal characters count 1, classes less);
# - best: (weight, expression) for the most selective text every match contains, or None.

def _sequence(items) -> tuple[str | None, float, tuple | None]:
    nodes = [_node(str(op), av) for op, av in items]
    candidates = [best for _, _, best in nodes if best is not None]
    run: list[tuple[str, float]] = []
    for exact, weight, _ in nodes + [(None, 0.0, None)]:
        if exact is not None:
            run.append((exact, weight))
            continue
        # a run of nodes written out is required as a whole; optional ends are not
        weights = [w for _, w in run]
        if any(weights):
            first = next(i for i, w in enumerate(weights) if w)
            last = len(weights) - next(i for i, w in enumerate(reversed(weights)) if w)
            candidates.append((sum(weights), "".join(e for e, _ in run[first:last])))
        run = []
    best = max(candidates, key=lambda c: c[0]) if candidates else None
    if any(exact is None for exact, _, _ in nodes):
        return None, 0.0, best
    return "".join(e for e, _, _ in nodes), sum(w for _, w, _ in nodes), best


def _node(op: str, av) -> tuple[str | None, float, tuple | None]:
    if op == "LITERAL":
        char = chr(av)
        return (re.escape(char.lower()), 1.0, None) if char.isascii() else (None, 0.0, None)
    if op == "IN":
        return _class(av)
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return "", 0.0, None  # zero-width: what comes before and after stays adjacent
    if op == "SUBPATTERN":
        exact, weight, best = _sequence(av[-1].data)
        return (f"(?:{exact})", weight, best) if exact is not None else (None, 0.0, best)
    if op == "ATOMIC_GROUP":
        return None, 0.0, _sequence(av.data)[2]
    if op == "BRANCH":
        return _branch(av[1])
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, item = av
        exact, weight, best = _sequence(item.data)
        if low == 0:
            best = None  # may match nothing
        if exact is None:
            return None, 0.0, best
        if low and (best is None or weight * low > best[0]):
            best = (weight * low, f"(?:{exact}){{{low}}}")  # the first `low` times come together
        upper = "" if high == _parser.MAXREPEAT else str(high)
        quantifier = f"{{{low}}}" if str(low) == upper else f"{{{low},{upper}}}"
        return f"(?:{exact}){quantifier}", weight * low, best
    return None, 0.0, None


def _branch(alternatives) -> tuple[str | None, float, tuple | None]:
    results = [_sequence(alternative.data) for alternative in alternatives]
    exact = None
    if all(r[0] is not None for r in results):
        exact = "(?:" + "|".join(r[0] for r in results) + ")"
    weight = min(r[1] for r in results)
    # every match goes down one alternative, so it holds what that alternative requires
    best = None
    if all(r[2] is not None for r in results):
        best = (min(r[2][0] for r in results), "(?:" + "|".join(r[2][1] for r in results) + ")")
    return exact, weight, best


def _class(items) -> tuple[str | None, float, tuple | None]:
    members: set[str] = set()
    for op, av in items:
        op = str(op)
        if op == "LITERAL" and av < 128:
            members.add(re.escape(chr(av).lower()))
        elif op == "RANGE" and av[1] < 128:
            members.update(re.escape(chr(c).lower()) for c in range(av[0], av[1] + 1))
        elif op == "CATEGORY" and str(av) in CLASSES:
            members.add(CLASSES[str(av)])
        else:
            return None, 0.0, None  # negated, or beyond ASCII
    return "[" + "".join(sorted(members)) + "]", 0.25, None
