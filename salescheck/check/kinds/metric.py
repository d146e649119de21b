"""`metric`: simple document measurements (words, sentences, questions, the longest
sentence) against a limit, the way sales-email research reports them."""

from __future__ import annotations

from typing import Iterator

from ..options import Option
from .base import Check, Hit, first_text_offset


class MetricCheck(Check):
    kind = "metric"
    options = {
        "metric": Option(str, "words", choices=("words", "sentences", "questions", "sentence_words")),
        "max": Option(int, 0, doc="report when the value is above this (0: no maximum)"),
        "min": Option(int, 0, doc="report when the value is below this (0: no minimum)"),
    }
    fields = ("text", "value", "limit")

    def prepare(self, source, where):
        if not (self.settings["max"] or self.settings["min"]):
            raise source.error("a metric check needs max or min", *where)

    def find(self, parsed) -> Iterator[Hit]:
        metric = self.settings["metric"]
        sentences = [s for s in parsed.sentences if any(t.is_alpha for t in s)]
        start = first_text_offset(parsed)
        end = parsed.document.text.find("\n", start)
        end = end if end > start else len(parsed.document.text)
        if metric == "words":
            value = parsed.document.word_count()
        elif metric == "sentences":
            value = len(sentences)
        elif metric == "questions":
            value = sum(1 for s in sentences if s.text.rstrip().endswith("?"))
        else:
            longest = max(sentences, key=lambda s: sum(1 for t in s if t.is_alpha), default=None)
            value = sum(1 for t in longest if t.is_alpha) if longest is not None else 0
            if longest is not None:
                start, end = longest.start_char, longest.end_char
        high, low = self.settings["max"], self.settings["min"]
        if high and value > high:
            yield Hit(start, end, {"text": parsed.document.text[start:end], "value": value, "limit": high})
        elif low and value < low:
            yield Hit(start, end, {"text": parsed.document.text[start:end], "value": value, "limit": low})
