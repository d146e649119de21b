"""What every check kind is: declared options, the fields its messages may use, and a
`find()` that yields hits (character spans in the document text with values)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from ..options import Option


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    values: dict = field(default_factory=dict)


class Check:
    kind: str = ""
    options: dict[str, Option] = {}
    fields: tuple[str, ...] = ("text",)
    needs_full_parse = False  # True when the check reads tags or the parse of any sentence

    def __init__(self, settings: dict, source, where: tuple):
        self.settings = settings
        self.prepare(source, where)

    def prepare(self, source, where: tuple) -> None:
        """Compile what the options hold (patterns, regexes); raise source.error if invalid."""

    def find(self, parsed) -> Iterator[Hit]:
        raise NotImplementedError


def sentence_hit(parsed, start: int, end: int, **values) -> Hit:
    """A hit on [start, end) whose {sentence} value is the whole sentence around it."""
    span = parsed.doc.char_span(start, end, alignment_mode="expand")
    sentence = span.sent.text.strip() if span is not None else parsed.document.text[start:end]
    values.setdefault("text", parsed.document.text[start:end])
    values.setdefault("sentence", sentence)
    return Hit(start, end, values)


def first_text_offset(parsed) -> int:
    text = parsed.document.text
    return len(text) - len(text.lstrip())
