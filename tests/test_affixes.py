"""The tokenizer's suffix and infix searches, led by their openings, find what spaCy's
patterns as written find."""

import re
from pathlib import Path

import pytest
from spacy.lang.en import English
from spacy.util import compile_infix_regex, compile_suffix_regex

from salescheck.parse import affixes
from salescheck.parse.model import SUFFIXES

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SUFFIX = compile_suffix_regex(list(English.Defaults.suffixes) + list(SUFFIXES))
INFIX = compile_infix_regex(English.Defaults.infixes)
TRICKY = ["5km", "10kg.", "°C.", "(hi)", "it's", "Jen'll", "U.S.", "e.g.", "3pm,", "well-known", "a/b", "x...", "...",
          "£5,000.", "20%)", "“quoted”", "--", "a--b", "1+1=2", "Tues.", "Ltd.)", "'s", "’ll", "etc.\"", "5'", ""]


def _candidates() -> list[str]:
    """Every string of the examples, with every shorter string the tokenizer may search
    as it strips affixes off either end."""
    strings = set(TRICKY)
    for path in EXAMPLES.rglob("*.*"):
        strings.update(path.read_text(encoding="utf-8").split())
    found = set()
    for string in strings:
        for cut in range(len(string) + 1):
            found.update((string[cut:], string[:cut]))
    return sorted(found)


def _span(match):
    return None if match is None else (match.start(), match.end())


def _switched(search):
    search._switch()
    return search


def test_the_led_searches_take_over_after_enough_strings(monkeypatch):
    monkeypatch.setattr(affixes, "SWITCH_AFTER", 3)
    suffix = affixes.suffix_search(SUFFIX)
    assert [_span(suffix("5km")) for _ in range(4)] == [(1, 3)] * 4
    assert suffix.quick is not None and suffix.call == suffix._first
    infix = affixes.infix_finditer(INFIX)
    for _ in range(2):
        infix("a--b")
    assert infix.quick is None and infix.call == INFIX.finditer
    infix("a--b")
    assert infix.quick is not None


def test_suffixes_and_infixes_are_found_as_the_patterns_as_written_find_them():
    suffix, infix = _switched(affixes.suffix_search(SUFFIX)), _switched(affixes.infix_finditer(INFIX))
    assert suffix.quick is not None and infix.quick is not None
    candidates = _candidates()
    assert len(candidates) > 5000
    for string in candidates:
        assert _span(suffix(string)) == _span(SUFFIX.search(string)), string
        assert [_span(m) for m in infix(string)] == [_span(m) for m in INFIX.finditer(string)], string


@pytest.mark.parametrize("source", [r"x*$", r"(?:ab)?", r"[^a]b"])
def test_patterns_that_cannot_be_led_run_as_written(source):
    pattern = re.compile(source)
    assert _switched(affixes.suffix_search(pattern)).call == pattern.search
    assert _switched(affixes.infix_finditer(pattern)).call == pattern.finditer


def test_a_tokenizer_with_them_can_still_be_saved(nlp):
    assert nlp.tokenizer.to_bytes()  # spaCy reads each pattern off the search's __self__


def test_the_tokenizer_splits_as_spacys_english_does(nlp):
    plain = English().tokenizer
    text = "Sent 5km of cable (10kg.) to Jen's site; she'll pay £5,000.50 by 3pm, e.g. via U.S. bank... ok?"
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in plain(text)]
