"""`pattern`: words and phrases that lose deals, as spaCy Matcher token patterns
(`LOWER`, `LEMMA`, `POS`, `DEP`, `OP`), plain phrases, or regular expressions."""

from __future__ import annotations

import re
from typing import Iterator

from ...parse.leads import lowered
from ..options import Option, compile_regexes
from .base import Check, Hit, sentence_hit


class PatternCheck(Check):
    kind = "pattern"
    options = {
        "patterns": Option(list, [], items=list, doc="spaCy Matcher token patterns"),
        "phrases": Option(list, [], items=str, doc="phrases matched case-insensitively on word boundaries"),
        "regex": Option(list, [], items=str, doc="regular expressions (case-insensitive)"),
        "unless": Option(list, [], items=str, doc="regexes: no hit in a sentence that matches one"),
        "unless_document": Option(list, [], items=str, doc="regexes: no hit in a document that matches one"),
        "sections": Option(list, [], items=str, doc="only inside these sections (e.g. objective)"),
        "max_document_words": Option(int, 0, doc="only in documents with at most this many words (0: any)"),
        "once": Option(bool, False, doc="report only the first hit in a document"),
    }
    fields = ("text", "sentence")

    def prepare(self, source, where):
        s = self.settings
        if not (s["patterns"] or s["phrases"] or s["regex"]):
            raise source.error("a pattern check needs at least one of patterns, phrases, regex", *where)
        # a phrase is looked for only in text holding its first word: a substring test is
        # far cheaper than a regex scan, and most texts hold few of the phrases
        self.regexes = [(None, r, False) for r in compile_regexes("regex", s["regex"], source, where)] + [
            (p.split()[0].lower(), *_phrase(p.split())) for p in s["phrases"] if p.split()]
        self.unless = compile_regexes("unless", s["unless"], source, where)
        self.unless_document = compile_regexes("unless_document", s["unless_document"], source, where)
        self.token_patterns = s["patterns"]
        if self.token_patterns:
            _validate_token_patterns(self.token_patterns, source, where)
        self._matchers: dict[int, object] = {}
        self.needs_full_parse = bool(self.token_patterns)

    def find(self, parsed) -> Iterator[Hit]:
        s = self.settings
        if s["max_document_words"] and parsed.document.word_count() > s["max_document_words"]:
            return
        if any(u.search(parsed.document.text) for u in self.unless_document):
            return
        text = parsed.document.text
        folded = lowered(text)
        spans = [(m.start(), m.end()) for needle, regex, on_folded in self.regexes if needle is None or needle in folded
                 for m in regex.finditer(folded if on_folded else text)]
        if self.token_patterns:
            doc = parsed.doc
            spans += [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for _, a, b in self._matcher(doc.vocab)(doc)]
        sections = [x for x in parsed.sections if x.name in s["sections"]] if s["sections"] else None
        reported_sentences = set()
        for start, end in sorted(spans):
            if sections is not None and not any(x.body_start <= start < x.end for x in sections):
                continue
            hit = sentence_hit(parsed, start, end)
            if hit.values["sentence"] in reported_sentences or any(u.search(hit.values["sentence"]) for u in self.unless):
                continue
            reported_sentences.add(hit.values["sentence"])
            yield hit
            if s["once"]:
                return

    def _matcher(self, vocab):
        if id(vocab) not in self._matchers:
            from spacy.matcher import Matcher

            matcher = Matcher(vocab)
            matcher.add("rule", self.token_patterns)
            self._matchers[id(vocab)] = matcher
        return self._matchers[id(vocab)]


def _phrase(words: list[str]) -> tuple[re.Pattern, bool]:
    """(regex, whether it runs on the folded text) for a phrase, matched ignoring case on
    word boundaries. An ASCII phrase runs on the folded text (leads.lowered: the same
    length, and every character that matches an ASCII letter ignoring case folded onto
    it), written in lower case and opening with its first word: the regex engine then
    jumps from one occurrence of that word to the next instead of trying every character."""
    if all(word.isascii() for word in words):
        first = re.escape(words[0].lower())
        rest = "".join(r"\s+" + re.escape(word.lower()) for word in words[1:])
        return re.compile(rf"{first}(?<!\w{first}){rest}(?!\w)"), True
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.I), False


def _validate_token_patterns(patterns, source, where) -> None:
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    matcher = Matcher(Vocab(), validate=True)
    for i, pattern in enumerate(patterns):
        try:
            matcher.add(f"p{i}", [pattern])
        except Exception as error:  # spaCy raises ValueError or MatchPatternError
            first = str(error).strip().splitlines()
            raise source.error(f"invalid token pattern: {' '.join(first)[:300]}", *where, "patterns", i)
