"""salescheck's spaCy pipeline components.

`salescheck_blocks` runs before the parser and starts a sentence at every block the
reader found (list item, log line, heading), so notes are not parsed as one run-on
sentence.  `salescheck_language` runs last and attaches time expressions, measures and
commitments to the Doc."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .commitments import find_commitments
from .measures import find_measures
from .timex import find_time_expressions

for name in ("block_starts", "time_expressions", "measures", "commitments"):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=None)


@Language.component("salescheck_blocks")
def mark_block_starts(doc: Doc) -> Doc:
    starts = doc._.block_starts or ()
    if not starts:
        return doc
    starts = set(starts)
    for token in doc[1:]:
        if token.idx in starts or (doc[token.i - 1].is_space and "\n\n" in doc[token.i - 1].text):
            token.is_sent_start = True
    return doc


@Language.component("salescheck_language")
def attach_language(doc: Doc) -> Doc:
    expressions = find_time_expressions(doc.text)
    doc._.time_expressions = expressions
    doc._.measures = find_measures(doc.text, doc)
    doc._.commitments = find_commitments(doc, expressions)
    return doc
