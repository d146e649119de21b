"""The lexicon's lemmas do not depend on the order its words come in: a set's order
changes from run to run (hash randomisation), and a finding must not."""

import itertools

from salescheck.parse.lexicon import Lexicon


class Word:
    def __init__(self, text):
        self.lower_ = text.lower()


def test_a_form_two_lemmas_claim_goes_to_the_nearer_one_in_any_order():
    for order in itertools.permutations(["meet", "meeting", "hop", "hope", "time", "times"]):
        lexicon = Lexicon(order)
        lemma = lambda word: lexicon.lemma(Word(word))  # noqa: E731
        assert lemma("meeting") == "meeting", order  # a lemma is its own, not "meet" + ing
        assert lemma("meets") == "meet", order
        assert lemma("hoping") == lemma("hoped") == "hope", order
        assert lemma("hopping") == "hop", order
        assert lemma("times") == "times" and lemma("timed") == "time", order


def test_words_outside_the_lexicon_are_their_own_lower_case_form():
    assert Lexicon(["send"]).lemma(Word("Quotes")) == "quotes"
    assert Lexicon(["send"]).lemma(Word("Sending")) == "send"


def test_irregular_forms_of_the_vocabulary_have_their_lemma():
    lexicon = Lexicon(["choose", "give", "hold"])
    assert [lexicon.lemma(Word(w)) for w in ("chosen", "chose", "given", "held")] == ["choose", "choose", "give", "hold"]
