"""Lemmas and coarse parts of speech for the words salescheck reasons about, read off the
tagger's fine-grained tags.

The trained pipeline's attribute_ruler and lemmatizer would give the same for these
words but cost more than the tagger itself on many small blocks, so salescheck runs
without them (rules with token patterns switch them back on)."""

from __future__ import annotations

COARSE = {
    "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB",
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "PRP": "PRON", "PRP$": "PRON",
    "MD": "AUX", "CD": "NUM",
}
IRREGULAR = {
    "sent": "send", "met": "meet", "spoke": "speak", "spoken": "speak", "got": "get", "gotten": "get",
    "came": "come", "rang": "ring", "rung": "ring", "wrote": "write", "written": "write", "caught": "catch",
    "told": "tell", "said": "say", "meant": "mean", "tried": "try", "tries": "try", "went": "go", "gone": "go",
    "goes": "go", "did": "do", "does": "do", "drew": "draw", "'ll": "will", "wil": "will", "ll": "will", "wo": "will", "'d": "would",
    "ca": "can", "'m": "be", "'re": "be", "'s": "be", "is": "be", "are": "be", "was": "be", "were": "be",
    "been": "be", "am": "be", "let's": "let", "lets": "let", "e-mail": "email", "e-mailed": "email",
    "chose": "choose", "chosen": "choose", "gave": "give", "given": "give", "saw": "see", "seen": "see",
    "cb": "callback", "gon": "go", "held": "hold", "took": "take", "taken": "take", "ran": "run", "brought": "bring", "kept": "keep", "heard": "hear", "has": "have",
    "had": "have", "found": "find", "thought": "think",
}


def inflections(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", stem + "ing"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ing", lemma + lemma[-1] + "ed"}  # plan → planning, planned
    return forms


class Lexicon:
    """Lemmas for a fixed vocabulary; any other word is its own lower-cased form."""

    def __init__(self, lemmas):
        # where two lemmas claim a form, the nearer one wins, whatever order they came in
        # (the set's order changes from run to run): a lemma is its own ("meeting", not
        # "meet"), else the longer lemma ("hoping" is "hope", not "hop")
        ordered = sorted(set(lemmas), key=lambda lemma: (len(lemma), lemma))
        self.lemmas = {form: lemma for lemma in ordered for form in inflections(lemma)}
        self.lemmas.update({lemma: lemma for lemma in ordered})
        self.lemmas.update(IRREGULAR)

    def lemma(self, token) -> str:
        word = token.lower_
        return self.lemmas.get(word, word)


def coarse(token) -> str:
    return COARSE.get(token.tag_, "")
