"""The attribute ruler's table matcher (parse/ruler.py) gives spaCy's own annotations."""

from pathlib import Path

import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG

from salescheck.parse import model_name
from salescheck.parse.model import DISABLED
from salescheck.parse.ruler import speed_up

SENTENCES = [
    "I ain't gonna send it, y'all know that.",
    "We gotta get the quote out; c'mon, let's do it.",
    "There are two options and there's a third if you want it.",
    "Nothin' doing: I'd call but she isn't in.",
    "It's the one that we sent, but this time with the discount.",
    "Something came up, so nobody will call anyone until it's signed.",
    "   \n  Lets grab 15 mins Thu 3/4.\n\n",
    "gon",  # a two-token pattern's first token at the end
    "I'll send the SOW to her and to them myself by Friday 6 March.",
    "Can you call me back?  She'd said she would, whether or not the board meets.",
]
COLUMNS = [POS, MORPH, LEMMA, TAG]


@pytest.fixture(scope="module")
def pipelines():
    name = model_name()
    reference = spacy.load(name, exclude=list(DISABLED))
    fast = spacy.load(name, exclude=list(DISABLED))
    assert speed_up(fast)
    assert not speed_up(spacy.blank("en"))  # no ruler: nothing to speed up
    return reference, fast


def _annotations(doc):
    return doc.to_array(COLUMNS).tolist(), [str(t.morph) for t in doc], [t.lemma_ for t in doc]


def test_same_annotations_as_spacy_on_tricky_sentences(pipelines):
    reference, fast = pipelines
    for text in SENTENCES:
        assert _annotations(fast(text)) == _annotations(reference(text)), text


def test_same_annotations_as_spacy_on_the_examples(pipelines):
    reference, fast = pipelines
    examples = Path(__file__).resolve().parent.parent / "examples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples.rglob("*")) if p.is_file()]
    assert len(texts) > 5
    for ours, theirs in zip(fast.pipe(texts), reference.pipe(texts)):
        assert _annotations(ours) == _annotations(theirs)


def test_a_pattern_it_cannot_read_leaves_the_ruler_alone():
    nlp = spacy.blank("en")
    attribute_ruler = nlp.add_pipe("attribute_ruler")
    attribute_ruler.add([[{"LOWER": "call"}, {"IS_DIGIT": True, "OP": "?"}]], {"NORM": "call"})
    original = attribute_ruler.match
    assert not speed_up(nlp)
    assert attribute_ruler.match == original


def _blank_with_patterns():
    nlp = spacy.blank("en")
    attribute_ruler = nlp.add_pipe("attribute_ruler")
    attribute_ruler.add([[{"LOWER": "follow"}, {"LOWER": {"IN": ["up", "-up"]}}]], {"LEMMA": "follow-up"}, index=1)
    attribute_ruler.add([[{"LOWER": {"REGEX": "^fu$"}}]], {"LEMMA": "follow-up"})
    attribute_ruler.add([[{"LOWER": {"NOT_IN": ["fu", "up"]}, "IS_SPACE": False}]], {"NORM": "x"})
    return nlp


def test_multi_token_regex_and_not_in_patterns_match_as_spacy_does():
    reference, fast = _blank_with_patterns(), _blank_with_patterns()
    assert speed_up(fast)
    text = "Follow up with Dana, then fu again;  follow"
    doc = fast(text)
    assert [t.text for t in doc if t.lemma_ == "follow-up"] == ["up", "fu"]
    assert [t.norm_ for t in doc] == [t.norm_ for t in reference(text)]
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in reference(text)]
