"""Leads never skip a match: whenever a time pattern matches a text, its lead is in the
lower-cased text, checked on every sentence of the examples and the benchmark corpus,
on the time-expression test cases, and on their case-swapped and Unicode-folded forms."""

import re
from pathlib import Path

import pytest

from salescheck.parse import timex
from salescheck.parse.leads import lead_for, lowered
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


@pytest.mark.parametrize("index", range(len(timex.COMPILED)))
def test_a_lead_is_in_every_text_its_pattern_matches(index):
    kind, pattern = timex.COMPILED[index]
    lead = timex.LEADS[index]
    if lead is None:
        pytest.skip(f"{kind} pattern {index} has no lead: it always runs")
    missed = [text for text in TEXTS if pattern.search(text) and not lead.search(lowered(text))]
    assert not missed, f"lead {lead.pattern!r} would skip {missed[:3]!r}"


def test_time_expressions_are_the_same_with_and_without_leads(monkeypatch):
    with_leads = [timex.find_time_expressions(text) for text in DOCUMENTS]
    monkeypatch.setattr(timex, "LEADS", [None] * len(timex.COMPILED))
    assert [timex.find_time_expressions(text) for text in DOCUMENTS] == with_leads


def test_most_time_patterns_have_a_lead():
    assert sum(lead is not None for lead in timex.LEADS) >= len(timex.LEADS) * 3 // 4


@pytest.mark.parametrize("pattern, text", [
    (r"\bhalf\s+(?:past\s+)?(?P<hour>1[0-2]|[1-9])\b", "HALF\tPAST 3"),
    (r"\b(?:in|within)\s+(?:a|one)\s+fortnight\b", "within  ONE fortnight"),
    (r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})", "on 3/4"),
    (r"\b(?-i:EOW|EOM)\b", "by EOW"),
    (r"\bsoon\b", "\u017foon"),
])
def test_a_lead_is_read_off_the_pattern(pattern, text):
    compiled = re.compile(pattern, re.IGNORECASE)
    lead = lead_for(compiled)
    assert compiled.search(text) and lead is not None and lead.search(lowered(text))


def test_a_pattern_that_requires_nothing_selective_has_no_lead():
    assert lead_for(re.compile(r"\d+|[a-z]", re.IGNORECASE)) is None


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
