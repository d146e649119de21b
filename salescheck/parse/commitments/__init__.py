"""Commitments: who promises or asks for what future contact or delivery, and when.

Read off the dependency parse, not keywords: the action is a verb (call, send, get back,
follow up…); it counts when its clause looks forward (will/'ll/going to/let's, an
imperative or a "can you…" request, a reported request such as "she asked me to call
back") and not when it is negated, past, or hypothetical (an if-clause, would/could)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..lexicon import coarse
from ..timex import SAID_AFTER, TimeExpression
from .actions import _action, may_name_action
from .framing import _framing
from .grammar import _by, _label_width, _sentence, _subject, _text, remember_sentences
from .parties import (
    _meets_among_themselves, _talks_to_others, _talks_to_own_side, _their_own_business, _visits_own_customers)
from .prefilter import may_commit
from .words import (
    BOOKED, EVENT_ANCHOR, FUTURE_AUX, GUIDING, LEADING_BULLET, LEXICON, MEETING_NOUNS, PLEASANTRY, RECURRING, SLOT_OFFERED)


@dataclass(frozen=True)
class Commitment:
    start: int  # the sentence's character span in the document text
    end: int
    verb_start: int
    verb_end: int
    action: str  # contact, delivery
    who: str  # rep, prospect
    mode: str  # promise, request, reported-request, todo
    when: tuple[TimeExpression, ...]
    anchored: bool  # tied to now or to an event ("after the call", "attached")
    booked: bool  # a booked date and time stands next to it
    by: str = ""  # who does it, as written: "i", "we", "our" (our team, our engineer), else ""

    @property
    def precision(self) -> str:
        order = ("none", "vague", "time", "day", "datetime")
        best = "none"
        for expression in self.when:
            if order.index(expression.precision) > order.index(best):
                best = expression.precision
        if best == "time" and self.anchored:
            return "datetime"
        if best == "day" and any(e.precision == "time" for e in self.when):
            return "datetime"  # "Wednesday 11 Mar, 2-3pm", "at 10 o'clock on Friday": written apart
        return best


def find_commitments(sentences: list, expressions: list[TimeExpression], text: str | None = None) -> list[Commitment]:
    """The commitments in a Doc's sentences; `text` is the Doc's text when the caller has it."""
    found = []
    if text is None:
        text = sentences[0].doc.text if sentences else ""
    remember_sentences(sentences, text)
    starts = [e.start for e in expressions]  # expressions come in text order
    for index, sent in enumerate(sentences):
        if not sent[0].tag_:
            continue  # untagged: a block the parse stage judged could not commit
        words = text[sent.start_char:sent.end_char]  # Span.text visits every token
        if PLEASANTRY.match(words):
            continue  # a pleasantry, not a next step
        routine = RECURRING.search(words)
        in_sentence = tuple(e for e in _within(expressions, starts, sent.start_char, sent.end_char + _run_on(
            sentences, index, expressions, starts, text)) if not EARLIER_EVENT.search(text, max(sent.start_char, e.start - 80), e.start)
            and not SAID_AFTER.match(text, e.end, sent.end_char))
        seen_verbs: set[int] = set()
        for token in sent:
            if not may_name_action(token):
                continue
            action = _action(token)
            if not action or token.i in seen_verbs:
                continue
            if routine and _routine_of(token, sent.start_char + routine.start()):
                continue  # a routine, not a next step: "a service report on the first working day of each month"
            framing = _framing(token, sent, bool(in_sentence))
            if framing is None:
                continue
            who, mode = framing
            if who == "other" or (who == "prospect" and _talks_to_others(token)):
                continue
            if who == "rep" and action == "contact" and _talks_to_own_side(token):
                continue  # "Will loop back with our Legal on it first": the writer's own colleagues
            if _their_own_business(token, sent, who, mode, action, text):
                continue  # "your energy broker will confirm that on your end", "please share them with Dr. Sato"
            if action == "contact" and _meets_among_themselves(token):
                continue  # "the Bid Evaluation Committee will meet on 20 May": their meeting, not one with us
            if action == "contact" and _visits_own_customers(token):
                continue  # "Mr. Zhang and me will travel in Europe next week to visit our customers"
            if who == "rep" and mode == "request" and action == "delivery":
                continue  # "Can I send the paperwork over?": an offer, asking leave (a close, not a promise)
            seen_verbs.update(t.i for t in token.subtree if t.dep_ in ("conj", "xcomp"))
            booked = _booked_nearby(sentences, index, expressions, starts, text, later=action == "contact") or (
                action == "contact" and not in_sentence and _step_within_a_meeting(token)
                and _booked_just_before(sentences, index, expressions, starts, text)) or (
                action == "contact" and bool(BOOKED_IT.search(text, token.idx, sent.end_char)))
            if booked and action == "contact":
                # a booked meeting covers the call, not what is promised beside it: "Mohit to
                # loop in finance and revert on the PO value" before "Meeting confirmed Tue …"
                delivery = next((c for c in token.children if c.dep_ == "conj" and _action(c) == "delivery"), None)
                if delivery is not None:
                    token, action = delivery, "delivery"
                    booked = _booked_nearby(sentences, index, expressions, starts, text, later=False)
            found.append(Commitment(
                start=sent.start_char, end=sent.end_char, verb_start=token.idx,
                verb_end=token.idx + len(token.text), action=action, who=who, mode=mode,
                when=in_sentence, anchored=_anchored(token, sent),
                booked=booked, by=_by(_subject(token)),
            ))
            if _settled(found[-1]):
                # the next action joined to a settled one, timed by its own words: "I'll send the
                # revised quote by Friday 24 April and get a date in the diary for the install"
                found.extend(_joined_action(token, sent, expressions, starts, who, mode))
            break  # one finding per sentence is enough for a reader
    return found


def _routine_of(verb, at: int) -> bool:
    """The routine named at character `at` holds for the verb, unless it sits in a clause
    under it: "I'll call you back after the board meeting to agree the monthly volumes" is
    one call, not a routine."""
    word = next((t for t in _sentence(verb) if t.idx + len(t.text) > at), None)
    if word is None:
        return True
    path = [word, *word.ancestors]
    if not any(node.i == verb.i for node in path):
        return True  # elsewhere in the sentence: the sentence reads as a routine, as before
    for node in path:
        if node.i == verb.i:
            return True
        if node.dep_ in ("advcl", "relcl", "acl", "xcomp", "ccomp"):
            return False
    return True


def _settled(commitment: Commitment) -> bool:
    """Dated as its kind needs: a call or meeting with a day and a time (or booked), a
    delivery with a day or tied to an event."""
    if commitment.booked:
        return True
    if commitment.action == "contact":
        return commitment.precision == "datetime"
    return commitment.precision in ("day", "datetime") or commitment.anchored


def _joined_action(verb, sent, expressions, starts, who: str, mode: str) -> list[Commitment]:
    """A second action joined to `verb` by "and", with the time words of its own part of
    the sentence only; it shares the first one's framing ("I'll send … and get …")."""
    for conj in verb.children:
        if conj.dep_ != "conj" or coarse(conj) != "VERB":
            continue
        action = _action(conj)
        if not action:
            continue
        tokens = list(conj.subtree)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        when = _within(expressions, starts, start, end)
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            # "… by Thursday 19 Feb and then I'll call you to walk through it": a clause of its own,
            # with its own future (not "… and Rhona has already shared the log")
            if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in conj.children):
                continue
            framing = _framing(conj, sent, bool(when))
            if framing is None or framing[0] == "other":
                continue
            who, mode = framing
        return [Commitment(
            start=sent.start_char, end=sent.end_char, verb_start=conj.idx, verb_end=conj.idx + len(conj.text),
            action=action, who=who, mode=mode, when=when, anchored=_anchored(conj, sent), booked=False,
            by=_by(_subject(conj) or _subject(verb)))]
    return []


def _anchored(verb, sent) -> bool:
    """Tied to now or to an event ("after the call", "attached"), unless the tie belongs to
    another clause joined to this one: "it is with our contracts desk now and will be with
    you in a few days"."""
    width = _label_width(sent)
    label_end = sent[width].idx - sent.start_char if 0 < width < len(sent) else 0
    for match in EVENT_ANCHOR.finditer(_text(sent)):
        if match.end() <= label_end:
            continue  # "Next step after the call: I'll send … sometime next week": a label, not the step's time
        span = sent.doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
        owner = next((t for t in (span[0], *span[0].ancestors) if coarse(t) in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")),
                     None) if span is not None else None
        if owner is None or owner.i == verb.i or not _coordinated(owner, verb) or owner.i < verb.i < span[0].i \
                or _noun_read_as_verb(owner, verb):
            return True  # (an event after the verb is its own, whatever the parse hung it on)
    return False


def _noun_read_as_verb(owner, verb) -> bool:
    """A present form joined after the verb, with no subject or helper of its own, is a
    noun the tagger took for a verb: "I'll send the recap and the chosen option's order
    form the same day" ('form' as a verb)."""
    return owner.i > verb.i and owner.dep_ == "conj" and owner.head.i == verb.i and owner.tag_ in ("VBP", "VBZ") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in owner.children)


def _coordinated(one, other) -> bool:
    return (other.dep_ == "conj" and other.head.i == one.i) or (one.dep_ == "conj" and one.head.i == other.i)


def _run_on(sentences, index: int, expressions, starts: list[int], text: str) -> int:
    """How far a sentence's own time reaches past where the parser ended it: with no stop
    and no line break before it, a next "sentence" opened by a time expression is this
    one's ("Will send the plan comparison (3 tiers) EOD Fri 13 Feb so she can read it")."""
    if index + 1 >= len(sentences):
        return 0
    own, following = sentences[index], sentences[index + 1]
    ending = text[own.start_char:own.end_char].rstrip()
    if not ending or ending[-1] in ".!?;:" or "\n" in text[own.start_char + len(ending):following.start_char]:
        return 0
    opening = _within(expressions, starts, following.start_char, following.start_char + 1)
    return opening[0].end - own.end_char if opening else 0


def _within(expressions, starts: list[int], start: int, end: int) -> tuple:
    """The expressions starting in [start, end), found by bisection on their starts."""
    return tuple(expressions[bisect_left(starts, start):bisect_left(starts, end)])


def _booked_nearby(sentences, index: int, expressions: list[TimeExpression], starts: list[int], text: str,
                   later: bool = True) -> bool:
    """A booked slot stated in the sentence or (`later`, for a call or meeting) just after
    it: "She asked me to call back. Booked: Tue 3 March 10:00." A booking before it is
    another meeting's, and a meeting booked after a delivery does not date the delivery.
    `text` is the Doc's text, passed in since building it is not free."""
    own = sentences[index]
    own_end = own.start_char + len(text[own.start_char:own.end_char].rstrip())
    for k in _this_and_next(sentences, index, text, 2 if later else 0):
        near = sentences[k]
        near_text = text[near.start_char:near.end_char]
        near_start = near.start_char + len(near_text) - len(near_text.lstrip())
        lines_on = text.count("\n", own_end, near_start) if k > index else 0
        if lines_on > 2 or (lines_on == 2 and not SLOT_OFFERED.search(near_text)):
            break  # two lines on, or past a blank line: that booking is another meeting's (a slot
            # put to the reader in the next paragraph answers the request: "… Does Thu 8 April at 10am work?")
        if k > index and LEADING_BULLET.match(near_text) and "\n" in text[own_end:near_start + 1]:
            break  # the next item of a list is its own step
        precisions = {e.precision for e in _within(expressions, starts, near.start_char, near.end_char)}
        has_slot = "datetime" in precisions or {"day", "time"} <= precisions  # "Booked Mon 16/3 – 10:30 works"
        if not has_slot:
            continue
        before = sentences[k - 1] if k > 0 else None
        context = near_text + (" " + text[before.start_char:before.end_char] if before is not None else "")
        if BOOKED.search(context) or (k > index and SLOT_OFFERED.search(near_text)):
            return True
    return False


# the date of an earlier event named in passing, not of the step: "following the site meeting with the Resident
# Engineer on Friday 8 May, our team will issue …", "further to our call on Tuesday"
EARLIER_EVENT = re.compile(r"\b(?:following|further to|since|as per|as discussed (?:at|in|during))\s+(?:the|our|your|my|last)\s+"
                           r"(?:[\w'-]+\s+){0,7}?on\s+(?:the\s+)?$|"
                           r"\b(?:first|last|previous|initial|intro|discovery)\s+(?:call|meeting|visit|demo|chat)\s+(?:on\s+)?$",  # "First call 24 Feb: …"
                           re.IGNORECASE)
# the meeting asked for, booked in the same breath: "…; we booked it before leaving the room"
BOOKED_IT = re.compile(r"\b(?:we|i|she|he|they)(?:'ve| have| had)?\s+(?:booked|scheduled|set up|locked in|confirmed)\s+"
                       r"(?:it|that|this|one|them)\b", re.IGNORECASE)


def _step_within_a_meeting(verb) -> bool:
    """"Our team will meet you at the lobby", "Our chef will walk you through the three menus":
    where a meeting starts or what happens in it, not a meeting of its own."""
    return (LEXICON.lemma(verb) in ("meet", "greet", "welcome", "receive") and any(
        c.dep_ == "prep" and c.lower_ in ("at", "in", "outside") for c in verb.children)) or (
        LEXICON.lemma(verb) in GUIDING and any(c.lower_ == "through" for c in verb.subtree)) or (
        LEXICON.lemma(verb) in ("run", "do", "give", "lead", "present") and any(
            c.dep_ == "dobj" and LEXICON.lemma(c) in MEETING_NOUNS and any(d.lower_ == "the" for d in c.children)
            for c in verb.children)) or (  # "We're on for the walkthrough Thursday, May 7 at 2pm; Amir will run the demo"
        LEXICON.lemma(verb) == "loop" and any(t.dep_ == "pobj" and t.lower_ in ("invite", "invitation", "call", "meeting")
                                              and t.head.lower_ == "on" for t in verb.subtree))  # "loop in Priya on that same invite"


def _booked_just_before(sentences, index: int, expressions, starts: list[int], text: str) -> bool:
    """The sentence before books a slot ("I am pleased to confirm the site inspection for
    Monday 16 March at 11:00 am.", "Your viewing is booked for Thursday 12 March at 5.30pm")."""
    for k in range(index - 1, -1, -1):
        before = sentences[k]
        said = text[before.start_char:before.end_char]
        if not said.strip():
            continue
        precisions = {e.precision for e in _within(expressions, starts, before.start_char, before.end_char)}
        return ("datetime" in precisions or {"day", "time"} <= precisions) and bool(BOOKED.search(said))
    return False


def _this_and_next(sentences, index: int, text: str, count: int) -> list[int]:
    """The sentence's index and those of the `count` sentences after it that hold words
    (the parse makes a blank line between paragraphs a sentence of its own)."""
    chosen = [index]
    for k in range(index + 1, len(sentences)):
        if len(chosen) > count:
            break
        if text[sentences[k].start_char:sentences[k].end_char].strip():
            chosen.append(k)
    return chosen


__all__ = ["EVENT_ANCHOR", "Commitment", "find_commitments", "may_commit"]
