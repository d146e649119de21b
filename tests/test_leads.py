"""Leads never skip a match: whenever a time pattern matches a text, one of its words is in
the lower-cased text, and the pattern led by its opening finds the same matches; checked on
every sentence of the examples and the benchmark corpus, on the time-expression test
cases, and on their case-swapped and Unicode-folded forms."""

import re
from pathlib import Path

import pytest

from salescheck.parse import timex
from salescheck.parse.leads import _cases, led, lowered, matches, opening_for, words_for
from salescheck.read import ReadError, read_document

from test_timex import CASES, NOT_TIMES

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "examples", ROOT / "benchmarks" / "corpus", ROOT / "rules"]
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")


def _documents() -> list[str]:
    texts = [case[0] for case in CASES] + list(NOT_TIMES)
    for folder in FOLDERS:
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".md", ".txt", ".eml", ".yaml") or not path.is_file():
                continue
            source = path.read_text(encoding="utf-8", errors="replace")
            try:
                text = read_document(str(path), source).text if path.suffix != ".yaml" else source
            except ReadError:
                text = source
            texts.append(text)
    return texts


def _texts(documents: list[str]) -> list[str]:
    """The documents, their sentences, and each of those upper-cased, case-swapped and
    written with the characters that match ASCII letters only when case is ignored."""
    texts = list(dict.fromkeys(documents + [s for text in documents for s in SENTENCE.split(text) if s.strip()]))
    variants = []
    for text in texts:
        variants += [text.upper(), text.swapcase(), text.replace("s", "\u017f").replace("i", "\u0131"),
                     text.replace("k", "\u212a").replace("I", "\u0130")]
    return texts + variants


DOCUMENTS = _documents()
TEXTS = _texts(DOCUMENTS)


PLAIN = [(kind, timex.compile_pattern(kind, pattern, opening=False)) for kind, pattern in timex.PATTERNS]
COMPILED = timex._compiled()  # (kind, pattern with its opening, words)


@pytest.mark.parametrize("index", range(len(COMPILED)))
def test_a_pattern_is_skipped_only_where_it_cannot_match_and_its_opening_changes_nothing(index):
    (kind, plain), (_, opened, words) = PLAIN[index], COMPILED[index]
    skipped, differ = [], []
    for text in TEXTS:
        spans = [m.span() for m in plain.finditer(text)]
        if spans and words is not None and not any(w in lowered(text) for w in words):
            skipped.append(text)
        if [(start, end) for start, end, _ in matches(opened, text)] != spans:
            differ.append(text)
    assert not skipped, f"{kind} pattern {index}: words {words!r} would skip {skipped[:3]!r}"
    assert not differ, f"{kind} pattern {index} with its opening differs on {differ[:3]!r}"


def test_time_expressions_are_the_same_without_words_and_openings(monkeypatch):
    fast = [timex.find_time_expressions(text) for text in DOCUMENTS]
    monkeypatch.setattr(timex, "_compiled", lambda: [(kind, plain, None) for kind, plain in PLAIN])
    assert [timex.find_time_expressions(text) for text in DOCUMENTS] == fast


def test_most_time_patterns_have_words_and_an_opening():
    assert sum(words is not None for *_, words in COMPILED) >= len(COMPILED) * 2 // 3
    assert sum(opened.pattern != plain.pattern for (_, opened, _), (_, plain) in zip(COMPILED, PLAIN)) \
        >= len(PLAIN) * 3 // 4


@pytest.mark.parametrize("pattern, text", [
    (r"\bhalf\s+(?:past\s+)?(?P<hour>1[0-2]|[1-9])\b", "HALF\tPAST 3"),
    (r"\b(?:in|within)\s+(?:a|one)\s+fortnight\b", "within  ONE fortnight"),
    (r"\b(?-i:EOW|EOM)\b", "by EOW"),
    (r"\bsoon\b", "\u017foon"),
    (r"\b(?:mon|tues?)(?:day)?\b", "TUESday"),
])
def test_words_are_read_off_the_pattern(pattern, text):
    compiled = re.compile(pattern, re.IGNORECASE)
    words = words_for(compiled)
    assert compiled.search(text) and words is not None and any(w in lowered(text) for w in words)


def test_a_pattern_that_requires_nothing_long_enough_has_no_words():
    assert words_for(re.compile(r"\d+|[a-z]", re.IGNORECASE)) is None
    assert words_for(re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})")) is None


@pytest.mark.parametrize("pattern, text", [
    (r"\bnext\s+week\b", "NEXT week, then next  Week"),
    (r"(?<![\d.])(?P<hour>\d{1,2}):(?P<minute>\d\d)", "from 9:30 to 10:15, not 1.2:30"),
    (r"\bsoon\b|\bkeep\b", "\u017foon, \u212aEEP it soon"),
    (r"(?m:^)\s*\d+-\d+", "12-3\n 4-5"),  # anchored: runs as written
    (r"[^a]b", "ab cb"),  # any character may open: runs as written
])
def test_a_led_pattern_finds_what_finditer_finds(pattern, text):
    compiled, _ = led(pattern, re.IGNORECASE)
    found = [(start, end, {k: v for k, v in m.groupdict().items() if k != "lead_whole"}) for start, end, m in matches(compiled, text)]
    expected = [(*m.span(), m.groupdict()) for m in re.finditer(pattern, text, re.IGNORECASE)]
    assert expected and found == expected


@pytest.mark.parametrize("pattern, text", [
    (r"(?<=\d)km$|\.\.+$|'s$", "5km"),
    (r"(?<=\d)km$|\.\.+$|'s$", "wait...."),
    (r"\bNext\b", "next Next NEXT"),  # case-sensitive: led by N alone
    (r"(?i)\bnext\b", "next Next NEXT"),  # ignoring case inline: led by both cases
    (r"(?i:next)\b|\bweek", "NEXT week"),
    (r"(?ai:n)ext", "NEXT next"),
])
def test_a_case_sensitive_led_pattern_finds_what_finditer_finds(pattern, text):
    compiled, _ = led(pattern, 0)
    assert ("lead_whole" in compiled.groupindex) == (not pattern.startswith("(?i)"))  # global flags: as written
    found = [(start, end) for start, end, _ in matches(compiled, text)]
    expected = [m.span() for m in re.finditer(pattern, text)]
    assert expected and found == expected


@pytest.mark.parametrize("pattern, opening", [
    (r"\b(?:next|this)\s+week\b", "[nt]"),
    (r"(?:\bat|@)\s+\d", "[@a]"),
    (r"(?:the\s+)?(?P<day>\d{1,2})(?:st|nd)", "[\\dt]"),
    (r"(?m:^)\s*\d", None),  # anchored: tried only at line starts already
    (r"x?", None),  # may match the empty string
    (r"[^a]b", None),  # a negated class may open with anything
])
def test_the_opening_is_read_off_the_pattern(pattern, opening):
    assert opening_for(re.compile(pattern, re.IGNORECASE)) == opening


def test_folding_covers_every_character_that_matches_ascii_ignoring_case():
    """lowered() keeps one character per character, and each character that a
    case-insensitive ASCII pattern matches becomes the lower-case ASCII it matches."""
    ascii_ignoring_case = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    classes = [re.compile(r"\d"), re.compile(r"\s"), re.compile(r"\w")]
    for code in range(0x110000):
        char = chr(code)
        folded = lowered(char)
        assert len(folded) == 1, hex(code)
        for cls in classes:
            assert bool(cls.match(char)) == bool(cls.match(folded)), hex(code)
        if code >= 0x80 and ascii_ignoring_case.fullmatch(char):
            assert folded.isascii() and re.fullmatch(re.escape(folded), char, re.IGNORECASE), hex(code)
            # and the opening with both cases spelled out lets it in
            assert re.fullmatch(f"[{_cases(ord(folded))}]", char), hex(code)
