"""The cheap first pass: whether a block can hold a commitment at all, so that only
those blocks go to the parser."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import inflections
from .words import (
    ACTION_FORMS_EXTRA, ARRANGE, CONTACT, DATE_LABEL, DELIVERABLE_NOUNS, DELIVERY, GUIDING, MEETING_NOUNS, NARROW_ACTIONS,
    OWNER_LABEL, SETTLE, SHIPPING)

ACTION_FORMS = frozenset(
    {form for lemma in CONTACT | DELIVERY | ARRANGE | SETTLE | GUIDING | SHIPPING | NARROW_ACTIONS
     | {"try", "give", "drop", "shoot", "hear", "know", "promise", "keep", "grab", "pencil", "hit"}
     for form in inflections(lemma)}
    | ACTION_FORMS_EXTRA)
# what opens a clause that records what was done: "Sent the deck.", "Called Ben, no answer."
PAST_FORMS = frozenset(({form for form in ACTION_FORMS if form.endswith("ed")} - (CONTACT | DELIVERY | ARRANGE | SETTLE))
                       | (ACTION_FORMS_EXTRA - {"f/u", "follow-up", "follow-ups"}))


# commitments with no action word: "expect it from me", "the quote will be with you", "I'll have it for you"
FROM_WRITER = re.compile(r"\bfrom (?:me|us|our)\b|\bgo(?:es|ing)? out\b|\bbe with you\b|\bhave\b[^.?!]{0,40}\b(?:for|to|with) you\b|"
                         r"\bhave (?:it|them|this|that) with (?:him|her|them)\b|"
                         r"\blooking forward\b|\b(?:will|'ll|shall) see you\b|"
                         r"\b(?:will|wil|'ll|shall) be (?:by|round|over|along|around)\b", re.IGNORECASE)  # "I'll be round Tuesday"


# "wants a call back", "asked for a demo": a meeting asked for by name, with no action verb
ASKS_FOR_MEETING = re.compile(r"\b(?:want|ask|request|need|suggest|prefer|propos|ha(?:ve|ving)|see|do|hold|run)\w*\s+"
                              r"(?:for\s+(?:(?:an?|another|the|some)\s+)?|(?:an?|another|the|some)\s+)(?:[\w-]+\s+)?(?:"
                              + "|".join(sorted(MEETING_NOUNS | DELIVERABLE_NOUNS | {"cb"})) + r")\b", re.IGNORECASE)


# "asked for samples", "needs references": the things asked for, with no article
ASKS_FOR_THINGS = re.compile(r"\b(?:want|ask|request|need|suggest|prefer|propos)\w*\s+(?:for\s+)?(?:[\w-]+\s+)?(?:"
                             + "|".join(sorted(DELIVERABLE_NOUNS)) + r")\b", re.IGNORECASE)


# "drop" is an action only with what it drops or where: "drop you a line", "drop the samples
# over", "drop by" (see actions.py), not "cost per drop"
DROP = frozenset(inflections("drop"))
DROP_USE = re.compile(r"\bdrop\w*\b[^.!?\n]{0,40}?\b(?:line|note|e-?mail|message|mail|over|across|through|off|round|by|in)\b",
                      re.IGNORECASE)

# "walk" and "take" are actions only as a walkthrough: "take you through the integration"
GUIDE_FORMS = frozenset(form for lemma in GUIDING for form in inflections(lemma))
GUIDE_USE = re.compile(r"\b(?:walk|tak)\w*\s+(?:\S+\s+){1,3}?through\b", re.IGNORECASE)


WORD = re.compile(r"[a-z][a-z/'-]*", re.IGNORECASE)


FRAMING = re.compile(
    r"\b(?:will|wil|'ll|(?-i:Ill)|shall|wo|won't|going to|gonna|let's|lets|let me|let us|plans?|intend(?:s|ing)?|aim(?:s|ing)?|"
    r"planning(?=\s+(?:to|on|a|an|the|another|for|some|our|my|your|their)\b)|"  # not "route planning software"
    r"hop(?:e|es|ing)|want(?:s|ed)?|'d|mention(?:s|ed)?|sure|"
    r"need(?:s|ed)?|expect(?:s|ed|ing)?|promise[sd]?|agree[sd]?|can|could|would|please|ask(?:s|ed|ing)?|request(?:s|ed)?|told|tell|said|"
    r"reckon(?:s|ed)?|"
    r"suggest(?:s|ed)?|prefer(?:s|red)?|invite[sd]?|look(?:ing)? forward|next steps?|to-?do|action|should|to self|pls|"
    r"kindly)\b|\?", re.IGNORECASE)


# what can still put an action in the past tense ahead: "the contract will be sent Tuesday",
# "needs to be booked" (but "As promised, I've attached…", "the export you asked about",
# "I've booked Mon 16 March" only report; a promise made is still owed)
AHEAD = re.compile(r"\b(?:will|wil|'ll|shall|wo|won't|going to|gonna|would|'d|can|could|should|must|need(?:s|ed)?|"
                   r"want(?:s|ed)?|expect(?:s|ed)?|hop(?:e|es|ing)|plans?|planning|let|please|pls|kindly|to be)\b|\?|"
                   r"(?<!\bas )\bpromised\b",  # "Promised Dana the ROI model this week" (not "As promised, …")
                   re.IGNORECASE)


PROGRESSIVE = re.compile(r"\b(?:am|'m|are|'re|is|'s|be)\s+(?:\w+\s+)?(?:" + "|".join(
    sorted({re.escape(f) for f in ACTION_FORMS if f.endswith("ing")}, key=len, reverse=True)) + r")\b", re.IGNORECASE)


OPENING_WORDS = re.compile(r"^\W*(?:(?:next steps?|todo|to do|action(?: items?)?|f/u|next|(?:note|reminder) to self)\s*[:\-–]\s*)?"
                           r"(\S+(?:\s*\([^)\n]{0,40}\))?(?:\s+to\s+\S+|\s+\S+)?)")  # "Call back", "Marcus (CFO) to send"


# where a sentence, a line or a notes clause may open with its action
OPENING_BREAK = re.compile(r"(?<=[.!?;])\s+|\n|\s[-–—]\s+")
# where a clause after a record of what was done may open: "Spoke to Dana, send pricing Friday"
CLAUSE_BREAK = re.compile(r"(?<=[,:])\s+")


# the present said of what is ahead, as second-language writers do: "I come back to you with
# the answer as soon as possible", "I send him the offer in the next days"
PRESENT_AHEAD = re.compile(
    r"\b(?:I|we)\s+(?:also\s+|then\s+)?(?:" + "|".join(sorted(CONTACT | DELIVERY)) + r")\b"
    r"(?=[^.!?\n]*\b(?:asap|as soon as possible|soon|shortly|tomorrow|next|in the (?:next|coming)|later|latest|this "
    r"(?:afternoon|evening|week)|today)\b)", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)  # pure, and templates, signatures and boilerplate repeat across documents
def may_commit(text: str) -> bool:
    """Cheap test for whether a block can hold a commitment, so that only those blocks
    are tagged and parsed: an action word with forward framing, an action word opening
    a sentence ("Call back Friday"), or a progressive ("I'm sending it Tuesday")."""
    actions = {w for w in WORD.findall(text.lower()) if w in ACTION_FORMS}
    if actions & DROP and not DROP_USE.search(text):
        actions -= DROP
    if actions & GUIDE_FORMS and not GUIDE_USE.search(text):
        actions -= GUIDE_FORMS
    if not actions or (actions <= PAST_FORMS and not AHEAD.search(text)):
        # no action word, or only done ones ("As promised, I've attached …"): only a
        # meeting or a thing asked for by name, or something coming from us, can commit
        return bool(FROM_WRITER.search(text) or ASKS_FOR_MEETING.search(text) or ASKS_FOR_THINGS.search(text))
    if FRAMING.search(text) or PROGRESSIVE.search(text) or PRESENT_AHEAD.search(text):
        return True
    return any(_opens_with_action(sentence) for sentence in OPENING_BREAK.split(text))


def _opens_with_action(sentence: str) -> bool:
    """"Call back Friday", "Marcus (CFO) to send": an action word opens the sentence. One
    in the past records what was done ("Sent the deck", "Called Ben, no answer"); then a
    later clause may open with the next step ("Spoke to Dana, send pricing Friday")."""
    label = DATE_LABEL.match(sentence.lstrip(" \t-*•+")) or OWNER_LABEL.match(sentence.lstrip(" \t-*•+"))
    if label:
        sentence = sentence.lstrip(" \t-*•+")[label.end():]
    opening = OPENING_WORDS.match(sentence)
    if not opening:
        return False
    words = [w for w in WORD.findall(opening.group(1).lower()) if w in ACTION_FORMS]
    if any(w not in PAST_FORMS for w in words):
        return True
    return bool(words) and any(_opens_with_action(clause) for clause in CLAUSE_BREAK.split(sentence)[1:])
