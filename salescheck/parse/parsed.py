"""Documents become ParsedDocuments — a spaCy Doc carrying salescheck's time
expressions, measures and commitments, plus the document's sections.

Only blocks that can hold a commitment (or sit in an objective) go through the tagger
and parser; the rest are tokenized and split into sentences by punctuation. Blocks are
parsed in one nlp.pipe batch across all documents and joined back into one Doc per
document, so every character offset is the document's own."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Iterable, Iterator

from ..read import Document
from ..read.layout import LOG_PREFIX
from .commitments import may_commit
from .counting import block_start, commitments_that_count, heading_starts, undated_meeting_anchors, unsuperseded, whole_rows
from .logs import LogEntry, find_log_entries
from .model import parse_texts
from .sections import Section, find_sections

BATCH_SIZE = 64
DOCUMENTS_AT_ONCE = 100  # parsed together; bounds memory however many files a run has
UNNEEDED = ("attribute_ruler", "lemmatizer")
# where a sentence ends inside a block: ". " before a capital, not after "Dr." or "e.g."
SENTENCE_BREAK = re.compile(  # the lookahead first lets the engine skip to the stops
    r"(?=[.!?])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bvs)(?<!\bMrs)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bapprox)"
    r"(?<!\brev)(?<!\bincl)(?<!\bref)(?<!\bHr)(?<!\bIng)(?<!\bEng)"  # "(rev. C)", "incl. VAT", "Hr. Pichler"
    r"[.!?][\"')\]]*\s+(?=[\"'(]?[A-Z0-9])")


# the rest of a to-do's line saying it already happened
PLACEHOLDER = re.compile(r"\s*(?:[-–—]+|n/?a|none)\s*", re.IGNORECASE)
PIPE_ROW = re.compile(r"(?m)^[ \t]*\|.*\|[ \t]*$")  # a table row, also when typed into an email
# a line ended by a stop is a step of its own, though the next starts in lower case
LINE_END_STOP = re.compile(r"[.!?][\"')\]]*[ \t]*\n\s*(?=\S)")
# in notes a spaced dash before a lower-case word starts a new clause
NOTE_CLAUSE = re.compile(
    r"\s[-–—]\s+(?=[a-z])(?!(?:by|on|before|after|at|in|from|until|till|next|this|w/c|wc|eod|cob|asap|tbc|tba|today|"
    r"tomorrow|tonight|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|early|late|mid|end)"
    r"[a-z]*\b)")  # "- send pricing - by Friday" keeps its date


@dataclass
class ParsedDocument:
    document: Document
    doc: object  # spacy.tokens.Doc
    anchor: dt.date  # the date relative days are read from
    sections: list[Section]
    day_first: bool | None = None  # how to read 03/04 when the team's config says

    @property
    def sentences(self) -> list:
        return self.doc._.sentences

    @property
    def time_expressions(self):
        return self.doc._.time_expressions

    @property
    def measures(self):
        if self.doc._.measures is None:  # found on first use: only objectives ask
            from .measures import find_measures

            self.doc._.measures = find_measures(self.document.text, self.doc)
        return self.doc._.measures

    @property
    def commitments(self):
        return self.doc._.commitments

    @cached_property
    def log_entries(self) -> list[LogEntry]:
        return find_log_entries(self.document, self.time_expressions, self.anchor, self.day_first)

    def sections_named(self, name: str) -> list[Section]:
        return [s for s in self.sections if s.name == name]


def parse_documents(documents: Iterable[Document], nlp, today: dt.date, full: bool = False) -> Iterator[ParsedDocument]:
    """Parse in batches; each document's own date wins over `today`. `full` sends every
    block to the parser (slower; for rules with token patterns and for comparison)."""
    documents = list(documents)
    for first in range(0, len(documents), DOCUMENTS_AT_ONCE):
        yield from _parse_group(documents[first:first + DOCUMENTS_AT_ONCE], nlp, today, full)


def _parse_group(documents: list[Document], nlp, today: dt.date, full: bool) -> Iterator[ParsedDocument]:
    from spacy.pipeline import Sentencizer

    from .assemble import assemble
    from .components import attach_language, attach_verbless

    plans = []
    for document in documents:
        sections = find_sections(document)
        chunks = _chunks(document, sections, full)
        plans.append((document, sections, chunks))
    needed = [document.text[a:b] for document, _, chunks in plans for a, b, parse in chunks if parse]
    # salescheck reads lemmas and coarse tags off the fine tags itself (lexicon.py); the
    # pipeline's own only matter to rules with token patterns, which ask for `full`
    skip = [] if full else [name for name in UNNEEDED if name in nlp.pipe_names]
    with nlp.select_pipes(disable=skip):
        parsed = iter(parse_texts(nlp, needed, BATCH_SIZE))
    split = Sentencizer()
    for document, sections, chunks in plans:
        mine = [next(parsed) for _, _, parse in chunks if parse]
        doc = assemble(nlp, split, document.text, chunks, mine)
        if doc is None:
            doc = _joined(nlp, split, document.text, chunks, mine)
        attach_language(doc, document.text, measures=False)
        # a heading names a topic ("Visit plan: Northwind"), it does not promise anything
        doc._.commitments = commitments_that_count(document, sections, whole_rows(document, doc), doc._.time_expressions)
        attach_verbless(doc, document)  # on the lines left without one
        doc._.commitments = unsuperseded(document, commitments_that_count(document, sections, doc._.commitments,
                                                                            doc._.time_expressions), doc._.time_expressions)
        doc._.commitments = undated_meeting_anchors(document, sections, doc._.commitments, doc._.time_expressions)
        yield ParsedDocument(document, doc, document.date or today, sections)


def _joined(nlp, split, text: str, chunks, parsed_docs):
    """The slow way to the same Doc, for the rare text that tokenizes differently in
    pieces: each unparsed chunk gets flat trees, then the Docs are joined."""
    from spacy.tokens import Doc

    from .assemble import assemble

    parsed = iter(parsed_docs)
    docs = [next(parsed) if parse else assemble(nlp, split, text[a:b], [(0, b - a, False)], [])
            for a, b, parse in chunks]
    docs = [d for d in docs if len(d)]
    if not docs:
        return nlp.make_doc(text)
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])


def _chunks(document: Document, sections: list[Section], full: bool) -> list[tuple[int, int, bool]]:
    """The text cut at block starts into (start, end, needs parsing) slices that cover
    it exactly, so the joined Doc's text is the document's text."""
    starts = sorted({0} | {block_start(document, b) for b in document.blocks})
    bounds = starts[1:] + [len(document.text)]
    objective = [(s.body_start, s.end) for s in sections if s.name == "objective"]
    headings = heading_starts(document)
    log_starts = {block_start(document, b) for b in document.blocks}
    rows = {document.line_start(line) for line in document.cells} | {
        m.start() for m in PIPE_ROW.finditer(document.text)}  # a pipe table typed into an email too
    # a placeholder cell ends what came before it: "| 2026-03-04 | Note | — | Nomsa to send the numbers |"
    rows |= {at for line in document.cells for at in _after_placeholders(document, line)}
    chunks = []
    for start, end in zip(starts, bounds):
        if start == end:
            continue
        prefix = LOG_PREFIX.match(document.text[start:end])
        if prefix and start + prefix.end() < end and start in log_starts:
            # a log line's date is when it happened, not part of what was said: the
            # parser reads "Spoke to Dana - send pricing" better without "2026-03-09"
            chunks.append((start, start + prefix.end(), False))
            start += prefix.end()
        # a line ended by a stop ends a step, though the next starts in lower case ("… XLT?"
        # over "call me back when u get a sec")
        clauses = {start + m.end() for m in LINE_END_STOP.finditer(document.text[start:end])}
        if document.kind == "call-notes":  # "Spoke to Dana - send case study": two clauses
            clauses |= {start + m.end() for m in NOTE_CLAUSE.finditer(document.text[start:end])}
        clauses |= {row for row in rows if start < row < end}  # a table's rows are one step each
        if full or any(start < b and a < end for a, b in objective):  # overlaps an objective
            cuts = sorted({start, end} | clauses)
            chunks.extend((a, b, True) for a, b in zip(cuts, cuts[1:]))
        elif start in headings or not may_commit(document.text[start:end]):
            chunks.append((start, end, False))
        else:
            # only the sentences of the block that can commit go to the parser
            cuts = [start] + [start + m.end() for m in SENTENCE_BREAK.finditer(document.text[start:end])] + [end]
            cuts = sorted(set(cuts) | clauses)
            pieces = [(a, b, may_commit(document.text[a:b])) for a, b in zip(cuts, cuts[1:]) if a < b]
            for piece in pieces:  # neighbouring sentences to parse go as one chunk: fewer, larger Docs
                if chunks and piece[2] and chunks[-1][2] and chunks[-1][1] == piece[0] and chunks[-1][0] >= start \
                        and piece[0] not in clauses:
                    chunks[-1] = (chunks[-1][0], piece[1], True)
                else:
                    chunks.append(piece)
    return chunks


def _after_placeholders(document: Document, line: int) -> list[int]:
    """Where a cell starts right after a placeholder cell ("—", "-", "n/a") in a table row
    (the pipes are blanked in the text)."""
    text, offset, at, found, previous = document.lines[line], document.line_start(line), 0, [], None
    for cell in document.cells[line]:
        where = text.find(cell, at) if cell else -1
        if where < 0:
            continue
        if previous is not None and PLACEHOLDER.fullmatch(previous):
            found.append(offset + where)
        previous, at = cell, where + len(cell)
    return found

