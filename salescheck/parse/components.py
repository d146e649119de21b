"""salescheck's spaCy pipeline component, `salescheck_language`: attaches time
expressions, measures and commitments to a Doc.

salescheck runs it on the document's whole Doc after the blocks that needed the
tagger and parser have been parsed (see parse_documents); it is registered as a
component so that it can also be added to any English pipeline."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .commitments import find_commitments
from .measures import find_measures
from .timex import find_time_expressions
from .verbless import find_verbless

for name in ("sentences", "time_expressions", "measures", "commitments"):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=None)


@Language.component("salescheck_language")
def attach_language(doc: Doc, text: str | None = None, measures: bool = True) -> Doc:
    """`text` is doc.text when the caller has it: spaCy rebuilds doc.text on every access.
    `measures=False` leaves them to be found when asked for (only objectives need them)."""
    text = doc.text if text is None else text
    doc._.sentences = sentences(doc)
    expressions = find_time_expressions(text)
    doc._.time_expressions = expressions
    doc._.measures = find_measures(text, doc) if measures else None
    doc._.commitments = find_commitments(doc._.sentences, expressions, text)
    return doc


def attach_verbless(doc: Doc, document) -> None:
    """Add the commitments written without a verb, which need the Document's lines and
    table cells (see verbless.py)."""
    taken = {document.line_index(c.start) for c in doc._.commitments}
    extra = find_verbless(document, doc._.time_expressions, taken)
    if extra:
        doc._.commitments = sorted(doc._.commitments + extra, key=lambda c: c.start)


def sentences(doc: Doc) -> list:
    """doc.sents as a list, found with arrays (doc.sents walks every token in Python)."""
    import numpy as np
    from spacy.attrs import SENT_START

    if not len(doc):
        return []
    starts = np.flatnonzero(doc.to_array(SENT_START).astype(np.int64) == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return [doc[a:b] for a, b in zip(starts, starts[1:] + [len(doc)])]
