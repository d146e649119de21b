"""Whose business a step is: the reader's side among themselves or with others (their board,
a supplier, a bank), a body meeting on its own, the writer with their own colleagues or
other customers, a step inside a visit already fixed, a service to many."""

from __future__ import annotations

import re

from ..lexicon import coarse
from .grammar import _subject, _who
from .words import ARRANGE, LEXICON, MEETING_NOUNS, OTHERS_ROLES, OUR_OTHERS, OUTSIDERS

INTERNAL = re.compile(r"\b(?:on (?:your|their|his|her) (?:end|side)|internally|in-house|between (?:them|themselves)|"
                      r"among (?:them|themselves))\b", re.IGNORECASE)
ON_SITE = re.compile(r"\b(?:when|while|once)\s+(?:we|i)(?:'re| are| am|'m| get| arrive)\s+(?:on[ -]?site|there|at (?:the|your) "
                     r"(?:site|office|plant|farm|premises|warehouse))\b", re.IGNORECASE)
THIRD_PERSONS = {"him", "her", "them"}
DISCRETION = re.compile(r"\b(?:as you (?:think|see) (?:best|fit)|if you (?:wish|like|want|think it useful)|at your discretion|"
                        r"if (?:useful|helpful|relevant))\b", re.IGNORECASE)


def _talks_to_others(verb) -> bool:
    """The prospect dealing with someone other than us: "they'll get back to the supplier",
    "they're sending the RFP to three vendors", "he's visiting the Leeds site" (not
    arranging a meeting for us: "Greg will set up the intro to their CFO")."""
    lemma = LEXICON.lemma(verb)
    if lemma in ARRANGE:
        return False
    if lemma == "visit" and coarse(verb) == "VERB":
        return not any(c.dep_ == "dobj" and (c.lower_ in ("us", "me", "you") or any(
            g.dep_ == "poss" and g.lower_ == "our" for g in c.children)) for c in verb.children)
    near = [*verb.children, *(g for c in verb.children if c.dep_ in ("prt", "advmod") for g in c.children),
            *(g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep" and g.lower_ == "for")]
    for child in near:  # "get back to the supplier": 'to' may hang from 'back'; "prepare the matrix for the Board'
        people = [child] if child.dep_ in ("dobj", "dative") else \
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ in ("to", "with", "for") else []
        for person in people:
            word = LEXICON.lemma(person)
            if word.endswith("s") and word[:-1] in OTHERS_ROLES:
                return True  # "to three vendors", "with their partners"
            if word in OTHERS_ROLES and any(
                    c.dep_ in ("det", "poss") and c.lower_ in ("the", "their", "his", "her") for c in person.children):
                return True
    return False


def _talks_to_own_side(verb) -> bool:
    """The writer checking with their own side: "I'll check with our finance team", "will
    loop back with our Legal" (not "I'll introduce you to our CTO", nor "let's meet with our
    CTO", where the reader comes too)."""
    if LEXICON.lemma(verb) in ARRANGE:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ not in ("i", "we"):
        return False
    if any(c.dep_ in ("dobj", "dative") and c.lower_ not in ("it", "this", "that") for c in verb.children):
        return False  # someone is called, met or introduced
    near = [*verb.children, *(g for c in verb.children if c.dep_ in ("prt", "advmod") for g in c.children)]
    people = [g for c in near if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children if g.dep_ == "pobj"]
    return bool(people) and all(LEXICON.lemma(person) not in MEETING_NOUNS and any(
        p.dep_ == "poss" and p.lower_ in ("our", "my") for p in person.children) for person in people)


def _visits_own_customers(verb) -> bool:
    """The writer visiting their other customers: not a meeting with the reader."""
    return LEXICON.lemma(verb) == "visit" and any(
        c.dep_ == "dobj" and c.lower_ in OUR_OTHERS and any(g.dep_ == "poss" and g.lower_ in ("our", "my") for g in c.children)
        for c in verb.children)


def _their_own_business(verb, sent, who: str, mode: str, action: str, text: str) -> bool:
    """What the reader's side does among themselves or with others, a step inside a visit
    already fixed, or something done for each of many: not a next step between us."""
    after = text[verb.idx:sent.end_char]
    if who == "prospect" and INTERNAL.search(after):
        return True  # "your energy broker will confirm that on your end", "… to sort that out between them"
    if ON_SITE.search(text, sent.start_char, sent.end_char):
        return True  # "When we're on site, Steve will walk us through the transfer chute"
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if action == "contact" and any(any(g.dep_ == "det" and g.lower_ in ("each", "every", "all") for g in o.children)
                                   for o in objects):
        return True  # "who will call each head teacher in the first month": a service to many
    lemma = LEXICON.lemma(verb)
    if who == "prospect" and mode == "promise" and any(
            o.lower_ in THIRD_PERSONS or (lemma == "loop" and o.lower_ not in ("us", "me", "you")) for o in objects):
        return True  # "Accountant will inform him that I called" (not "she said call her back": the writer calls)
    if who == "prospect" and mode != "reported-request" and action == "contact" and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and any(
                p.dep_ == "poss" and p.lower_ in ("your", "their", "his", "her") for p in g.children) for g in c.children)
            for c in verb.children):
        return True  # "Please sit down with your CFO", "she'll meet with her board": among their own people
    subject = _subject(verb)
    if (action == "contact" or lemma in ("confirm", "agree", "arrange", "coordinate")) and subject is not None \
            and subject.lower_ not in ("i", "we") and who != "prospect":
        for c in [*verb.children, *(g for o in verb.children if o.dep_ == "dobj" for g in o.children)]:
            if c.dep_ == "prep" and c.lower_ == "with" and any(
                    g.dep_ == "pobj" and LEXICON.lemma(g) in OUTSIDERS and any(
                        p.dep_ == "poss" and p.lower_ == "your" for p in g.children) for g in c.children):
                # a third party of ours with one of the reader's: "Our transport partner will confirm the
                # coach schedule with your travel agency directly" (not "I'll speak with your accountant")
                return True
    if who == "prospect" and lemma == "submit" and not _to_us(verb):
        return True  # "Annelie will submit their application": to the bank, not to us
    if who == "prospect" and mode == "request" and lemma in ("share", "forward", "pass", "send") and DISCRETION.search(after):
        return True  # "Please share them with Dr. Sato as you think best": passed on inside, if the reader likes
    return False


def _to_us(verb) -> bool:
    return any(c.dep_ in ("prep", "dative") and (c.lower_ in ("us", "me") or any(g.lower_ in ("us", "me") for g in c.children))
               for c in verb.children)


def _meets_among_themselves(verb) -> bool:
    """A body meeting with no one named: "the committee will meet on 20 May" (not "I'll
    meet you", "let's meet", "Dana will meet with our CTO")."""
    if LEXICON.lemma(verb) != "meet" or any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("with", "up"))
                                            for c in verb.children):
        return False
    subject = _subject(verb)
    return subject is not None and coarse(subject) in ("NOUN", "PROPN") and _who(subject) != "rep"
