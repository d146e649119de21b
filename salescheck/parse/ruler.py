"""The trained pipeline's attribute ruler, matched by table lookups.

en_core_web_sm's `attribute_ruler` sets POS, MORPH and some lemmas from about 180
one- and two-token patterns (a tag → its POS; "I"/PRP → PRON with its features …).
spaCy's Matcher tries every pattern at every token, which costs about as much as the
parser itself (4.4 s against 0.24 s here, over 112,000 tokens of the speed corpus).
`speed_up` keeps the ruler and its `set_annotations`, and only replaces how it finds its
matches: each pattern is filed under a value its first token must have, so a token is
tried only against the few patterns that can start there, and what a token's first-token
checks give is remembered for the next token alike. The matches and their order are
spaCy's (sorted by pattern, then position), so the annotations are the same; a pattern
this module does not understand leaves the ruler as it is."""

from __future__ import annotations

SUPPORTED = {"TAG", "LOWER", "DEP", "IS_SPACE"}
# the token attribute each supported key compares (IS_SPACE is a bool, the rest strings)
_ARRAY_ORDER = ("TAG", "LOWER", "DEP", "IS_SPACE")


def speed_up(nlp) -> bool:
    """Give `nlp`'s attribute ruler (if any) the table matcher; whether it did."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    table = _Table.build(ruler)
    if table is None:
        return False
    ruler.match = table.match  # an instance attribute: set_annotations is spaCy's
    return True


class _Table:
    """The ruler's patterns filed for lookup. A one-token pattern's outcome depends only
    on the token's (tag, lower-case form, dependency, is-space), and the same
    combinations come again and again, so the one-token matches are remembered per
    combination; longer patterns are tried where their first token fits."""

    MEMORY = 200_000  # remembered combinations, then start again

    def __init__(self, patterns: list[tuple[int, int, tuple]]):
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG  # spaCy is loaded by now; salescheck's import stays light

        self.columns = [TAG, LOWER, DEP, IS_SPACE]  # in _ARRAY_ORDER
        self.single = _Index([p for p in patterns if len(p[2]) == 1])
        self.longer = _Index([p for p in patterns if len(p[2]) > 1])
        self.seen: dict[tuple, tuple[list, list]] = {}

    @classmethod
    def build(cls, ruler) -> "_Table | None":
        strings = ruler.vocab.strings
        patterns = []
        try:
            described = ruler.patterns
        except Exception:
            return None
        for number, entry in enumerate(described):
            match_id = strings[str(number)]
            for pattern in entry["patterns"]:
                specs = tuple(_spec(token, strings) for token in pattern)
                if not specs or any(spec is None for spec in specs):
                    return None
                patterns.append((number, match_id, specs))
        return cls(patterns)

    def match(self, doc):
        """(pattern number, match id, start, end) for every match, in the order the
        ruler applies them: what AttributeRuler.match returns."""
        if not len(doc):
            return []
        rows = list(zip(*doc.to_array(self.columns).T.tolist()))
        if len(self.seen) > self.MEMORY:
            self.seen.clear()
        seen = self.seen
        matches = []
        for start, row in enumerate(rows):
            known = seen.get(row)
            if known is None:
                known = seen[row] = self._at(row)
            found, opening = known
            for number, match_id in found:
                matches.append((number, match_id, start, start + 1))
            for number, match_id, specs in opening:
                end = start + len(specs)
                if end <= len(rows) and all(spec.fits(rows[start + i]) for i, spec in enumerate(specs) if i):
                    matches.append((number, match_id, start, end))
        matches.sort()
        return matches

    def _at(self, row: tuple) -> tuple[list, list]:
        """For a token: the one-token patterns it matches, and the longer patterns whose
        first token it fits."""
        found = [(number, match_id) for number, match_id, specs in self.single.candidates(row) if specs[0].fits(row)]
        opening = [entry for entry in self.longer.candidates(row) if entry[2][0].fits(row)]
        return found, opening


class _Index:
    """Patterns filed under a value their first token must have (its lower-case form,
    else its tag, its dependency or whether it is space), else kept for every token."""

    def __init__(self, patterns: list):
        self.by_column: list[dict[int, list]] = [{} for _ in _ARRAY_ORDER]
        self.anywhere: list = []
        for number, match_id, specs in patterns:
            entry = (number, match_id, specs)
            for key in ("LOWER", "TAG", "DEP", "IS_SPACE"):
                if (values := specs[0].values(key)) is not None:
                    for value in values:
                        self.by_column[_ARRAY_ORDER.index(key)].setdefault(value, []).append(entry)
                    break
            else:
                self.anywhere.append(entry)

    def candidates(self, row: tuple) -> list:
        found = list(self.anywhere)
        for column, filed in enumerate(self.by_column):
            if filed and (entries := filed.get(row[column])):
                found += entries
        return found


def _spec(token: dict, strings) -> "_Spec | None":
    """A token pattern's checks, or None if it uses anything but equality, IN, NOT_IN
    or REGEX on the supported keys."""
    checks = []
    for key, value in token.items():
        if key not in SUPPORTED:
            return None
        column = _ARRAY_ORDER.index(key)
        operator, values = ("IN", [value]) if not isinstance(value, dict) else next(iter(value.items()), (None, None))
        if isinstance(value, dict) and len(value) != 1:
            return None
        if operator == "REGEX":
            if key == "IS_SPACE" or not isinstance(values, str):
                return None
            checks.append((column, _Regex(values, strings)))
            continue
        if operator not in ("IN", "NOT_IN") or not isinstance(values, list):
            return None
        if key == "IS_SPACE":
            if not all(isinstance(v, bool) for v in values):
                return None
            allowed = frozenset(int(v) for v in values)
        elif all(isinstance(v, str) for v in values):
            allowed = frozenset(strings.add(v) for v in values)
        else:
            return None
        checks.append((column, _In(allowed) if operator == "IN" else _NotIn(allowed)))
    return _Spec(checks) if checks else None


class _Spec:
    """The checks one token must pass, with the values its first token is filed under."""

    def __init__(self, checks: list):
        self.checks = tuple(checks)

    def values(self, key: str) -> frozenset | None:
        """The values `key` must take (an equality or IN check), else None."""
        column = _ARRAY_ORDER.index(key)
        for checked, test in self.checks:
            if checked == column and type(test) is _In:
                return test.allowed
        return None

    def fits(self, row: list) -> bool:
        return all(test(row[column]) for column, test in self.checks)


class _In:
    def __init__(self, allowed: frozenset):
        self.allowed = allowed

    def __call__(self, value: int) -> bool:
        return value in self.allowed


class _NotIn(_In):
    def __call__(self, value: int) -> bool:
        return value not in self.allowed


class _Regex:
    """re.search on the attribute's string, as spaCy's REGEX predicate; remembered per
    string, since the same words come again and again."""

    def __init__(self, pattern: str, strings):
        import re

        self.pattern, self.strings, self.seen = re.compile(pattern), strings, {}

    def __call__(self, value: int) -> bool:
        if value not in self.seen:
            self.seen[value] = bool(self.pattern.search(self.strings[value]))
        return self.seen[value]
