"""Stage 2, parse: Documents become ParsedDocuments — a spaCy Doc carrying salescheck's
time expressions, measures and commitments, plus the document's sections.

Only blocks that can hold a commitment (or sit in an objective) go through the tagger
and parser; the rest are tokenized and split into sentences by punctuation. Blocks are
parsed in one nlp.pipe batch across all documents and joined back into one Doc per
document, so every character offset is the document's own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Iterator

from ..read import Document
from .commitments import may_commit
from .model import ModelMissing, load_model, model_name, model_version
from .sections import Section, find_sections

BATCH_SIZE = 64


@dataclass
class ParsedDocument:
    document: Document
    doc: object  # spacy.tokens.Doc
    anchor: dt.date  # the date relative days are read from
    sections: list[Section]
    day_first: bool | None = None  # how to read 03/04 when the team's config says

    @property
    def time_expressions(self):
        return self.doc._.time_expressions

    @property
    def measures(self):
        return self.doc._.measures

    @property
    def commitments(self):
        return self.doc._.commitments

    def sections_named(self, name: str) -> list[Section]:
        return [s for s in self.sections if s.name == name]


def parse_documents(documents: Iterable[Document], nlp, today: dt.date, full: bool = False) -> Iterator[ParsedDocument]:
    """Parse in batches; each document's own date wins over `today`. `full` sends every
    block to the parser (slower; for rules with token patterns and for comparison)."""
    from spacy.pipeline import Sentencizer
    from spacy.tokens import Doc

    from .components import attach_language

    documents = list(documents)
    plans = []
    for document in documents:
        sections = find_sections(document)
        chunks = _chunks(document, sections, full)
        plans.append((document, sections, chunks))
    needed = [document.text[a:b] for document, _, chunks in plans for a, b, parse in chunks if parse]
    parsed = iter(nlp.pipe(needed, batch_size=BATCH_SIZE))
    split = Sentencizer()
    for document, sections, chunks in plans:
        docs = [next(parsed) if parse else _unparsed(nlp, split, document.text[a:b]) for a, b, parse in chunks]
        doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"]) if docs else nlp.make_doc("")
        attach_language(doc)
        # a heading names a topic ("Visit plan: Northwind"), it does not promise anything
        headings = _heading_starts(document)
        doc._.commitments = [c for c in doc._.commitments if c.start not in headings]
        yield ParsedDocument(document, doc, document.date or today, sections)


def _unparsed(nlp, split, text: str):
    """A block the parser skips: tokens, and sentences split at punctuation. Each sentence
    gets a flat tree (every token under its first), because joining Docs rebuilds
    sentence boundaries from the trees of the parsed ones."""
    from spacy.tokens import Doc

    doc = split(nlp.make_doc(text))
    heads = [sent.start for sent in doc.sents for _ in sent]
    deps = ["ROOT" if i == head else "dep" for i, head in enumerate(heads)]
    return Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               heads=heads, deps=deps)


def _chunks(document: Document, sections: list[Section], full: bool) -> list[tuple[int, int, bool]]:
    """The text cut at block starts into (start, end, needs parsing) slices that cover
    it exactly, so the joined Doc's text is the document's text."""
    starts = sorted({0} | {_block_start(document, b) for b in document.blocks})
    bounds = starts[1:] + [len(document.text)]
    objective = [(s.body_start, s.end) for s in sections if s.name == "objective"]
    headings = _heading_starts(document)
    chunks = []
    for start, end in zip(starts, bounds):
        if start == end:
            continue
        text = document.text[start:end]
        parse = full or (start not in headings and may_commit(text)) or any(a <= start < b for a, b in objective)
        chunks.append((start, end, parse))
    return chunks


def _heading_starts(document: Document) -> set[int]:
    return {_block_start(document, b) for b in document.blocks if b.role == "heading"}


def _block_start(document: Document, block) -> int:
    line = document.lines[block.first]
    return document.line_start(block.first) + len(line) - len(line.lstrip())


__all__ = ["ModelMissing", "ParsedDocument", "Section", "load_model", "model_name",
           "model_version", "parse_documents"]
