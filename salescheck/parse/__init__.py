"""Stage 2, parse: Documents become ParsedDocuments — a spaCy Doc carrying salescheck's
time expressions, measures and commitments, plus the document's sections."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Iterator

from ..read import Document
from .model import ModelMissing, load_model, model_name, model_version
from .sections import Section, find_sections

BATCH_SIZE = 32


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


def parse_documents(documents: Iterable[Document], nlp, today: dt.date) -> Iterator[ParsedDocument]:
    """Parse in batches with nlp.pipe; each document's own date wins over `today`."""
    documents = list(documents)
    docs = []
    for document in documents:
        doc = nlp.make_doc(document.text)
        doc._.block_starts = tuple(_block_start(document, b) for b in document.blocks)
        docs.append(doc)
    for document, doc in zip(documents, nlp.pipe(docs, batch_size=BATCH_SIZE)):
        yield ParsedDocument(document, doc, document.date or today, find_sections(document))


def _block_start(document: Document, block) -> int:
    line = document.lines[block.first]
    return document.line_start(block.first) + len(line) - len(line.lstrip())


__all__ = ["ModelMissing", "ParsedDocument", "Section", "load_model", "model_name",
           "model_version", "parse_documents"]
