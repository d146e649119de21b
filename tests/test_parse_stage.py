"""The parse stage: only sentences that can commit go through the parser, yet every
document comes back as one Doc whose offsets are the document's own."""

import datetime as dt

import pytest

from spacy.pipeline import Sentencizer

from salescheck.parse.parsed import _chunks, _joined, parse_documents
from salescheck.parse.assemble import assemble
from salescheck.parse.commitments import may_commit
from salescheck.parse.sections import find_sections
from salescheck.read import read_document

NOTES = """---
kind: call-notes
date: 2026-03-06
---
# Acme: activity

2026-03-02 Called Dana, no answer. The weather in Leeds was grim.
2026-03-03 Spoke to Dana. She asked me to call back next week. Budget is approved.
2026-03-04 Sent the deck.
"""


def test_only_sentences_that_can_commit_are_parsed(nlp):
    document = read_document("notes.md", NOTES)
    chunks = _chunks(document, find_sections(document), full=False)
    parsed = [document.text[a:b].strip() for a, b, parse in chunks if parse]
    assert any("She asked me to call back next week." in text for text in parsed)
    assert not any("weather" in text or "Budget" in text for text in parsed)


def test_the_joined_doc_keeps_the_documents_text_and_offsets(nlp):
    document = read_document("notes.md", NOTES)
    parsed = next(parse_documents([document], nlp, dt.date(2026, 3, 6)))
    assert parsed.doc.text == document.text
    commitment, = parsed.commitments
    assert document.text[commitment.start:commitment.end].strip() == "She asked me to call back next week."
    assert [s.text.strip() for s in parsed.sentences if "Budget" in s.text] == ["Budget is approved."]


def test_array_assembly_and_joining_docs_agree(nlp):
    document = read_document("notes.md", NOTES)
    chunks = _chunks(document, find_sections(document), full=False)
    texts = [document.text[a:b] for a, b, parse in chunks if parse]
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(nlp.pipe(texts))
    fast = assemble(nlp, Sentencizer(), document.text, chunks, docs)
    slow = _joined(nlp, Sentencizer(), document.text, chunks, docs)
    assert fast.text == slow.text == document.text
    assert [(t.tag_, t.dep_, t.head.i) for t in fast] == [(t.tag_, t.dep_, t.head.i) for t in slow]
    assert [s.start for s in fast.sents] == [s.start for s in slow.sents]


@pytest.mark.parametrize("text", [
    "Call back Friday.", "Marcus (CFO) to send the redlines.", "I'll send the deck.",
    "Spoke to Dana, send pricing Friday.",  # a record of what was done, then the next step
    "Called Ben: call back Tue.", "Agreed to send pricing by Friday.",
    "I'll drop you a line next week.", "Can you drop the samples over on Monday?", "We are planning to call Tue.",
    # only actions done, but still ahead: a future passive, a thing asked for by name
    "The contract will be sent Tuesday.", "It needs to be booked before Easter.", "She asked for samples, which I sent.",
])
def test_the_first_pass_keeps_what_can_commit(text):
    assert may_commit(text)


@pytest.mark.parametrize("text", [
    "Sent the proposal with Option A and Option B.", "Called Ben, no answer.", "Emailed the case study.",
    "Spoke to Aisha: budget approved, waiting for procurement.",
    "Their finance director cares about fuel cost per drop more than about planning time.",
    "Enjoy the rest of the show, and speak soon.",
    # every action done, the rest only reports: "promised", "asked about", "invite"
    "As promised, I've attached the case study from Corbel Print.",
    "I've booked Mon 16 March at 14:00 for the deep-dive; the dial-in details are in the invite.",
    "I spoke to our product lead, and the export you asked about is on the roadmap for the summer.",
])
def test_the_first_pass_skips_what_was_done_and_nouns_that_look_like_actions(text):
    assert not may_commit(text)


def test_a_notes_line_ended_by_a_stop_is_parsed_apart_from_the_lower_case_line_below():
    notes = ("---\nkind: call-notes\ndate: 2026-04-14\n---\n"
             "13/4 Mon - revised offer sent COB, pls see CRM att.\n"
             "will visit site nxt wk w/ our tech to check skid space\n")
    document = read_document("notes.md", notes)
    chunks = _chunks(document, find_sections(document), full=False)
    parsed = [document.text[a:b].strip() for a, b, parse in chunks if parse]
    assert "will visit site nxt wk w/ our tech to check skid space" in parsed


def test_a_notes_line_opened_by_a_clock_time_is_an_entry_of_the_notes_day(parse):
    text = ("---\nkind: call-notes\ndate: 2026-03-10\n---\nmet brian at their office 10am\n"
            "- proof sent 2pm today\n- 4.30pm rang brian to check he got the proof, no pickup, left vm\n")
    entries = parse(text, "notes.md").log_entries
    assert [(e.date.isoformat(), e.text[:6]) for e in entries] == [("2026-03-10", "4.30pm")]


def test_a_label_in_a_list_item_ends_with_its_item(parse):
    text = ("# Pre-call plan\n- Call: Mon 9 March 2026, 2.30pm\n- Objective: Introduce ourselves to Daniel.\n"
            "- What we know: 220 staff at the yard\n")
    parsed = parse(text, "plan.md", "call-plan")
    objective, = parsed.sections_named("objective")
    assert parsed.document.text[objective.body_start:objective.end].strip() == "Introduce ourselves to Daniel."
