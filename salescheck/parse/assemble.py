"""One Doc per document from parsed sentences and unparsed text.

The document is tokenized whole; the tags and trees of the chunks that went through the
parser are copied onto its tokens, and every other sentence (split at punctuation and at
every chunk start) gets a flat tree, every token under its first. Done with arrays, since
a Python loop over tokens costs more than parsing the chunks did."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, SENT_START, TAG

ROOT_DEP, FLAT_DEP = "ROOT", "dep"


def assemble(nlp, split, text: str, chunks, parsed_docs):
    """`chunks` are (start, end, parsed) character spans covering `text`; `parsed_docs`
    the Docs of the parsed ones, in order."""
    doc = nlp.make_doc(text)
    count = len(doc)
    if not count:
        return doc
    split(doc)
    starts = doc.to_array(SENT_START).astype(np.int64) == 1
    offsets = doc.to_array("IDX").astype(np.int64)
    chunk_starts = np.searchsorted(offsets, [a for a, _, _ in chunks])
    starts[chunk_starts[chunk_starts < count]] = True
    positions = np.arange(count, dtype=np.int64)
    sentence_start = np.maximum.accumulate(np.where(starts, positions, 0))
    heads = sentence_start - positions  # relative, as spaCy stores them
    tags = np.zeros(count, dtype=np.uint64)
    deps = np.where(heads == 0, nlp.vocab.strings.add(ROOT_DEP), nlp.vocab.strings.add(FLAT_DEP)).astype(np.uint64)
    parsed = iter(parsed_docs)
    for (a, b, was_parsed), first in zip(chunks, chunk_starts):
        if not was_parsed:
            continue
        part = next(parsed)
        last = first + len(part)
        if last > count or offsets[first] != a or (last < count and offsets[last] < b):
            return None  # tokenized differently alone than in context: let the caller join Docs
        values = part.to_array([TAG, HEAD, DEP])
        tags[first:last] = values[:, 0]
        heads[first:last] = values[:, 1].astype(np.int64)  # wrapped negatives come back signed
        deps[first:last] = values[:, 2]
    doc.from_array([TAG, HEAD, DEP], np.stack([tags, heads.astype(np.uint64), deps], axis=1))
    return doc
