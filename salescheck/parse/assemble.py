"""One Doc per document from parsed sentences and unparsed text.

The document is tokenized whole; the tags and trees of the chunks that went through the
parser are copied onto its tokens, and every other sentence (split at punctuation and at
every chunk start) gets a flat tree, every token under its first. Done with arrays, since
a Python loop over tokens costs more than parsing the chunks did (spaCy's Sentencizer is
such a loop: 0.3-0.5 s over the speed corpus, where PunctuationSplit takes 0.08 s)."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, IS_PUNCT, ORTH, TAG

ROOT_DEP, FLAT_DEP = "ROOT", "dep"


class PunctuationSplit:
    """Where spaCy's Sentencizer (with its default punctuation) starts sentences, as a
    boolean array over a Doc's tokens: at the first token, and at each token that is not
    punctuation and follows one of the sentence-ending characters since the previous such
    token. The tests hold it to the Sentencizer's own result."""

    def __init__(self, vocab):
        from spacy.pipeline import Sentencizer

        self.stops = np.array(sorted(vocab.strings.as_int(c) for c in Sentencizer.default_punct_chars), dtype=np.uint64)

    def __call__(self, doc) -> np.ndarray:
        values = doc.to_array([ORTH, IS_PUNCT])
        orth = values[:, 0]
        # membership by binary search: np.isin sorts the document's values each time
        nearest = np.minimum(np.searchsorted(self.stops, orth), len(self.stops) - 1)
        stop = self.stops[nearest] == orth
        words = np.flatnonzero(~stop & (values[:, 1] == 0))
        stops_before = np.cumsum(stop)[words]  # a word is no stop, so "up to it" is "before it"
        after_stop = stops_before > np.concatenate(([0], stops_before[:-1]))  # since the word before
        starts = np.zeros(len(doc), dtype=bool)
        starts[words[after_stop]] = True
        starts[0] = True
        return starts


def assemble(nlp, split, text: str, chunks, parsed_docs):
    """`chunks` are (start, end, parsed) character spans covering `text`; `parsed_docs`
    the Docs of the parsed ones, in order; `split` a PunctuationSplit."""
    doc = nlp.make_doc(text)
    count = len(doc)
    if not count:
        return doc
    starts = split(doc)
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
