"""Whether an action's clause looks forward, and whose it is: a promise, a request, a
reported request or a to-do; None when negated, past, conditional or an offer."""

from __future__ import annotations

import re

from ..lexicon import coarse
from .actions import VERBS_ONLY, _action, _clause_verb, _from_someone, _from_writer, _requested
from .grammar import (
    _addressed_to_reader, _after_lets, _conditional, _label_width, _negated, _opens_clause, _opens_sentence, _question,
    _subject, _text, _who)
from .words import (
    AND_THEN_I, AVAILABILITY_ASKED, AWAITS_REPLY, BROKEN, DELIVERABLE_NOUNS, EAGER, FIRST_PERSON, FOLLOW_UP, FUTURE_AUX,
    HYPOTHETICAL_AUX, INTENT_VERBS, KEPT, LEXICON, MEETING_NOUNS, ON_THAT_CALL, PLAN_NOUNS, PLEASE, RECEIVING, REPORTED_DONE,
    REPORTED_FUTURE, REPORTING, REQUEST_VERBS, SYSTEMS, TODO_LABEL, WELCOME)


# what the writer leaves or sends: "LVM asking him to revert", "email asking her to confirm"
MESSAGES = {"lvm", "vm", "voicemail", "message", "msg", "email", "e-mail", "note", "text", "sms", "whatsapp"}


# heads that take "we" and a bare verb: "suggested we reconnect", "requested we call back"
SUBJUNCTIVE_HEADS = {"suggest", "propose", "prefer", "request", "ask", "insist", "recommend"}


def _framing(verb, sent, timed: bool = True) -> tuple[str, str] | None:
    """(who, mode) when the verb's clause looks forward; None when it does not commit."""
    if _asked_with_thanks(verb):
        return "prospect", "request"  # "We would be grateful if you could send us your brand guidelines"
    if _negated(verb) or _conditional(verb):
        return None
    if _opens_sentence(verb) and verb.i + 1 < len(verb.doc) and verb.nbor().lower_ in REPORTED_DONE \
            and verb.nbor().tag_ in ("VBN", "VBD"):
        return None  # a log's "Call held 9:30am.", "Visit cancelled": the meeting's record, however the parse reads it
    if BROKEN.search(_text(sent)[verb.idx - sent.start_char:]):
        return None  # "she said she'd call me back, but didn't": a promise already broken is history
    if verb.lower_ in FOLLOW_UP and _opens_clause(verb):
        return "rep", "todo"
    if _reported_by_opening(verb, sent):
        return _who(_subject(verb)), "promise"  # "Promised Mr. Ogunleye I would send the quote …"
    if (coarse(verb) == "NOUN" or LEXICON.lemma(verb) == "callback") and _requested(verb) is not None:  # "cb" tagged a name
        return _noun_request(_requested(verb), sent, verb.lower_ in MEETING_NOUNS)
    head = verb.head if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl", "pcomp") else None
    if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.tag_ == "VBG" and verb.head.dep_ == "pcomp" \
            and coarse(verb.head.head.head) == "VERB":
        head = verb.head.head.head  # "will check with his brother about putting panels on the roof and get back to me"
    if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.tag_ in ("VBD", "VBN") and verb.head.dep_ == "acl" \
            and _clause_verb(verb.head) is not None:
        head = _clause_verb(verb.head)  # "is gonna rework the option with the rebate rolled in and get it over to you"
    if verb.dep_ == "conj" and coarse(verb.head) not in ("VERB", "AUX") and verb.lower_ in VERBS_ONLY:
        head = _clause_verb(verb) or head  # "he'll review with his partners and revert": the clause's verb
    own_subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.tag_ == "VBZ" and own_subject is not None and own_subject.lower_ not in FIRST_PERSON \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "each site manager gets a walkthrough", "the board meets on 24 June": what is, not a promise
    if _action(verb) == "contact" and any(
            c.lower_ == "meanwhile" or (c.dep_ == "prep" and any(g.lower_ == "meantime" for g in c.children))
            for c in verb.children):
        return None  # "please contact Sipho in the meantime": who stands in while the writer is away
    if _subject(verb) is None and OPEN_INVITATION.search(_text(sent)):
        return None  # "give me a shout whenever suits": an open door, not a next step (not "Your team will send … whenever it suits")
    if CHOICE_PUT.match(_text(sent)):
        return None  # "Which package shall we pencil in for you - day delegate or residential?": the reader chooses
    if SLOT_PUT.search(_text(sent)):
        return None  # "Shall we pencil you in for the 27th of June?": a day put to the reader, who answers
    if _awaits_reply(verb):
        return None  # "let me know (if you'd like to go ahead) and we'll book it": an offer awaiting a reply
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "I promised to send it; sent on 29 April": a past form reports, whatever its head
    if verb.dep_ == "conj" and head is not None and not any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):  # "…, so I'll ring you", "… is with
        # our contracts desk and will be with you in a few days": its own tense
        return _framing(head, sent, timed) if _action(head) or coarse(head) == "VERB" else None
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    subject = _subject(verb)
    if auxes & {"shall", "should"} and _question(sent) and subject is not None and subject.lower_ in ("i", "we") \
            and _action(verb) == "delivery":
        return None  # "Shall I send the paperwork?" offers and waits for a yes
    if _question(sent) and GO_AHEAD_QUESTION.match(_text(sent)):
        return None  # "Shall we go ahead and get the kickoff on the books?": the close, asking for the go-ahead
    if _action(verb) == "delivery" and LEXICON.lemma(verb) in ("follow", "be") and auxes & FUTURE_AUX \
            and subject is not None and coarse(subject) == "NOUN":
        return "rep", "promise"  # "the contract will follow", "the quote will be with you": the writer's side sends it
    if LEXICON.lemma(verb) == "promise" and not auxes & HYPOTHETICAL_AUX:
        return _who(subject), "promise"  # "Promised Dana the ROI model this week": still owed
    if LEXICON.lemma(verb) == "look" and verb.tag_ in ("VBG", "VBP", "VB"):
        return "rep", "promise"  # "(I'm) looking forward to our call next week"
    if LEXICON.lemma(verb) in RECEIVING and _from_writer(verb):
        if auxes & HYPOTHETICAL_AUX or (verb.tag_ in ("VBD", "VBN") and not auxes & FUTURE_AUX):
            return None
        return "rep", "promise"  # the writer delivers, whoever the grammatical subject is
    if LEXICON.lemma(verb) in RECEIVING and subject is not None and subject.lower_ == "you" and auxes & FUTURE_AUX:
        if _from_someone(verb):
            return None  # "you'll get an automated email from DocuSign": another party sends it
        return "rep", "promise"  # "you'll get the contract next week": from us, unless said otherwise
    if subject is not None and LEXICON.lemma(subject) in SYSTEMS:
        return None  # "the portal will email you a receipt": what the product does, not a next step
    if subject is not None and subject.lower_ not in FIRST_PERSON and any(t.lower_ == "automatically" for t in sent):
        return None  # "PeopleFlow will send each new hire a welcome packet … automatically": the product at work
    # notes: "Kate to send over the floor plans", "Me to call back Friday"
    if verb.dep_ in ("acl", "relcl") and "to" in auxes and verb.head.dep_ == "ROOT" \
            and coarse(verb.head) in ("PROPN", "NOUN", "PRON") and verb.head.i == sent.start:
        return _who(verb.head), "todo"
    if verb.dep_ == "advcl" and auxes == {"to"} and verb.head.dep_ == "ROOT" and verb.head.i == sent.start \
            and verb.head.is_title and coarse(verb.head) in ("PROPN", "NOUN") and verb.head.lower_ not in LEXICON.lemmas \
            and verb.head.lower_ not in DELIVERABLE_NOUNS:
        return _who(verb.head), "todo"  # "Ravi to send the volumes", the name tagged as a noun
    owner = _named_owner(verb, sent)  # "Dana to come back to us w/ headcount"
    if owner is not None:
        return _who(owner), "todo"
    # "let's find time to talk", "I'll call to arrange a demo": the purpose clause is
    # as much a commitment as the clause it hangs from
    if verb.dep_ in ("relcl", "acl", "advcl") and not auxes - {"to"} and _subject(verb) is None \
            and verb.tag_ not in ("VBD", "VBN") \
            and not any(c.lower_ in PLEASE for c in verb.children):  # "…, so please contact Sipho" asks the reader
        # "Emailed a note, …, I'll leave it" reports the past
        governor = next((a for a in verb.ancestors if coarse(a) == "VERB"), None)
        if governor is not None and not _conditional(verb):
            return _framing(governor, sent, timed)
    if head is not None and verb.dep_ in ("xcomp", "ccomp"):
        framed = _framed_by_head(verb, head, auxes, sent, timed)
        if framed is not None:
            return framed or None
    # "she asked me to call back", "he wants us to send pricing", "told me to ring Friday"
    if verb.dep_ in ("xcomp", "ccomp") and head is not None and LEXICON.lemma(head) in REQUEST_VERBS \
            and (verb.tag_ == "VB" or (verb.tag_ == "VBP" and LEXICON.lemma(head) in SUBJUNCTIVE_HEADS
                                       and _subject(verb) is not None and _subject(verb).lower_ in ("we", "us"))):
        # the requested action is an infinitive ("asked me to call"), or a subjunctive ("suggested we reconnect")
        if _negated(head) or _conditional(head):
            return None
        if LEXICON.lemma(head) == "want" and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX
                                                 for c in head.children) and _who(_subject(head)) != "rep":
            return None  # "(she'll want to talk about it)" predicts the call's topic
        asker = _subject(head)
        if asker is not None and asker.lower_ in MESSAGES:
            return None  # "LVM asking him to revert": the writer's own message asks
        leaver = _subject(head.head)
        if head.tag_ == "VBG" and (leaver is None or leaver.lower_ in FIRST_PERSON or coarse(leaver) == "NOUN") and (
                head.head.lower_ in MESSAGES or any(c.lower_ in MESSAGES for c in head.head.children if c.i < head.i)):
            return None  # "Called again, no answer, left VM asking him to ring back": so does the message we left
        if asker and asker.lower_ in FIRST_PERSON and LEXICON.lemma(head) in ("want", "need", "expect", "prefer"):
            if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in head.children):
                return None  # "we would need to schedule a site survey before quoting": what it would take
            return "rep", "promise" if head.tag_ in ("VBP", "VBZ", "VB") else None
        if asker is not None and asker.lower_ == "you" and _question(sent):
            return None  # "do you want to put it to your partners?" asks, it records nothing
        if (asker is None or asker.lower_ in ("i", "we")) and LEXICON.lemma(head) in ("ask", "request") \
                and head.tag_ in ("VB", "VBP") and any(c.dep_ == "dobj" and c.lower_ == "you" for c in head.children):
            return "prospect", "request"  # "Request you to share the API documentation", "we would ask you to send the PO"
        if asker is not None and asker.lower_ not in FIRST_PERSON:
            return "prospect", "reported-request"  # "she asked me to call back"
        if asker is None and head.tag_ in ("VBD", "VBN", "VBZ") and head.i == sent.start + _label_width(sent):
            return "prospect", "reported-request"  # notes: "Asked me to call back next week", "Wants us to come back"
        if asker is None and head.tag_ in ("VBD", "VBZ") and head.dep_ == "ROOT" and LEXICON.lemma(head) in ("say", "ask") \
                and not any(c.dep_ in ("dobj", "dative") and c.lower_ not in ("me", "us") for c in head.children):
            return "prospect", "reported-request"  # notes: "In the middle of year-end, said to try her again after the audit"
        if asker is None and head.tag_ in ("VB", "VBP") and LEXICON.lemma(head) in ("need", "want") \
                and head.i == sent.start + _label_width(sent):
            return "rep", "todo"  # notes: "Need to get pricing to Dana asap"
        if asker is None and LEXICON.lemma(head) == "ask" and head.tag_ == "VB" and head.i == sent.start + _label_width(sent) \
                and any(c.dep_ == "dobj" and c.lower_ not in ("me", "us") for c in head.children):
            return "prospect", "request"  # a plan's to-do: "Ask Jo to send the Q2 sell-out report"
        return None  # the writer's own request ("left a message asking him to call")
    # "Dana keen to see a demo in April", "happy to jump on a call later this month": a wish
    # or an offer is a next step only when it names a time
    if verb.dep_ == "xcomp" and head is not None and LEXICON.lemma(head) in EAGER:
        if not timed or AVAILABILITY_ASKED.search(_text(sent)) or _negated(head) or _conditional(head) or any(
                c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in (*head.children, *head.head.children)):
            return None
        holder = _subject(head) or _subject(head.head) or next(
            (t for t in sent if t.i < head.i and coarse(t) in ("PROPN", "PRON")), None)
        return ("rep", "promise") if _who(holder) == "rep" else ("prospect", "reported-request")
    # "our MD would like to meet you soon", "I'd love to catch up next month": a wish, a next
    # step when it names a time
    if verb.dep_ == "xcomp" and head is not None and LEXICON.lemma(head) in ("like", "love") and timed \
            and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in head.children) \
            and not _negated(head) and not _conditional(head) and not _question(sent):
        return _who(_subject(head)), "promise"
    # "I plan to call", "we agreed to meet", "I'm going to send"
    if verb.dep_ == "xcomp" and head is not None and LEXICON.lemma(head) in INTENT_VERBS | {"go"}:
        if _negated(head) or _conditional(head) or (head.tag_ in ("VBD", "VBN") and LEXICON.lemma(head) not in ("agree", "promise")) \
                or any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in head.children):
            return None  # "I was going to call you but …" is past
        if head.tag_ in ("VBD", "VBN") and KEPT.search(_text(sent)[verb.idx - sent.start_char:]):
            return None  # "I promised in April to send the report; sent on 29 April": kept, history
        return _who(_subject(head)), "promise"
    # notes: "Marcus to send org chart", "Dana to come back to us w/ headcount"
    if verb.dep_ == "ROOT" and auxes == {"to"} and subject is not None and subject.i == sent.start + _label_width(sent):
        return _who(subject), "todo"
    # "let's catch up", "let me send you"
    if head is not None and LEXICON.lemma(head) == "let" and verb.dep_ == "ccomp":
        return "rep", "promise"
    if _after_lets(verb, sent):
        return "rep", "promise"  # "Let's touch base again …", which the parse makes a noun phrase
    # "I look forward to speaking next week"
    if verb.dep_ == "pcomp" and head is not None and LEXICON.lemma(head.head) == "look":
        return "rep", "promise"
    if auxes & FUTURE_AUX and subject is not None and subject.dep_ == "nsubjpass":
        agent = _agent(verb)
        if agent is not None and LEXICON.lemma(agent) in SYSTEMS:
            return None  # "your login will be emailed by the system"
        return (_who(agent) if agent is not None else "rep"), "promise"  # "you'll be contacted by our team"
    if auxes & FUTURE_AUX:
        return _who(subject), "promise"
    if "should" in auxes and subject is not None and subject.lower_ == "we" and _action(verb) == "contact" \
            and not _question(sent):
        return "rep", "promise"  # "we should catch up once the board has met": a loose next step
    if auxes & HYPOTHETICAL_AUX:
        if _question(sent) and subject is not None and (subject.lower_ == "you" or any(
                c.dep_ == "poss" and c.lower_ == "your" for c in subject.children)):
            return "prospect", "request"  # "Could you call me back next week?", "could your planner share …?"
        if _question(sent) and "could" in auxes and subject is not None and subject.lower_ == "we" \
                and _action(verb) == "contact":
            return "rep", "request"  # "Could we find 30 minutes next week?", as "Can we speak on Thursday?"
        return None
    if auxes & {"can", "ca"} and _question(sent):
        return ("prospect" if subject is not None and subject.lower_ == "you" else "rep"), "request"
    if auxes & {"can", "ca"} and timed and subject is not None and subject.lower_ == "we" and _action(verb) == "contact":
        return "rep", "promise"  # "we can pick this up after the summer holidays": a loose next step
    if verb.tag_ in ("VBD", "VBN") and not auxes:
        return None
    if verb.tag_ == "VBG" and LEXICON.lemma(verb) == "go" and any(c.dep_ == "xcomp" for c in verb.children) \
            and not _negated(verb) and not auxes & {"was", "were"}:  # "I was going to call you but …" is past
        return _who(subject), "promise"  # "he's going to check and let us know": an intention, timed or not
    if verb.tag_ == "VBG" and auxes & {"am", "'m", "are", "'re", "is", "'s"}:
        if not timed:
            return None  # "I'm following up on my last email", "25 users are sharing logins" describe now;
                         # "Dana is sending it Friday" plans
        return _who(subject), "promise"  # "I'm sending it tomorrow"
    if (verb.tag_ in ("VB", "VBP") or (verb.lower_ in VERBS_ONLY and verb.dep_ == "ROOT")) and not auxes \
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in verb.children) \
            and any(c.lower_ in PLEASE for c in verb.children):  # "Kindly revert with …", 'revert' tagged an adjective
        return "prospect", "request"  # "Marek (cc), please share the data-room access with Ines"
    if subject is not None and subject.i < sent.start + _label_width(sent):
        subject = None  # "w/c 1 June: send revised quote" with the label parsed as the subject
    opens_item = (verb.tag_ == "VB" and _label_width(sent) and _opens_sentence(verb)) \
        or (verb.lower_ in VERBS_ONLY and _opens_sentence(verb) and verb.dep_ not in ("nsubj", "nsubjpass"))  # "- w/c 1 June: send quote", "Chase PO next week"
    if (verb.dep_ == "ROOT" or opens_item) and subject is None and verb.tag_ in ("VB", "NN", "NNP", "VBP"):
        if TODO_LABEL.match(_text(sent)) or not _addressed_to_reader(verb):
            return "rep", "todo"  # "Call back next week" in notes, "Next steps: send quote"
        rest = _text(sent)[verb.idx - sent.start_char:]
        if AND_THEN_I.search(rest) and not ON_THAT_CALL.search(rest):
            return None  # "give me a shout and I'll send it over": the reader's move, then mine
        return "prospect", "request"  # "Call me back next week"
    if verb.dep_ == "ROOT" and subject is not None and verb.tag_ == "VBZ" and subject.lower_ not in FIRST_PERSON:
        return None  # "she calls every week" is a habit, not a commitment
    if verb.tag_ == "VBP" and not auxes and timed and subject is not None and subject.lower_ in ("i", "we") \
            and AHEAD_WORDS.search(_text(sent)[verb.idx - sent.start_char:]):
        return "rep", "promise"  # the present for the future, as many write English: "I send him the offer in the next days"
    return None


def _noun_request(head, sent, meeting: bool = True) -> tuple[str, str] | None:
    """Who asks for the meeting named as a noun: "he wants a call back", "we need a demo"."""
    if _negated(head) or _conditional(head):
        return None
    asker = _subject(head)
    if asker is not None and asker.lower_ == "you" and _question(sent):
        return None  # "do you want a call next week?" offers, it records nothing
    if asker is None and head.tag_ in ("VBD", "VBN", "VBZ") and (
            head.i == sent.start + _label_width(sent) or (_opens_clause(head) and _after_someone_elses_clause(head, sent))):
        return "prospect", "reported-request"  # notes: "Requested a callback next month", "Tendai called: asked for the BoQ"
    if asker is None or asker.lower_ in FIRST_PERSON:  # "we need a call with her CFO"; "we need the PO" asks
        return ("rep", "promise") if meeting and head.tag_ in ("VBP", "VB") and asker is not None else None
    return "prospect", "reported-request"


def _after_someone_elses_clause(verb, sent) -> bool:
    """The clause before this subjectless one has a subject of its own, not the writer:
    "Tendai called: asked for the BoQ" (not "Email: sent the price range, asked for a call")."""
    before = [t for t in sent if t.i < verb.i and coarse(t) == "VERB"]
    if not before:
        return False
    subject = _subject(before[-1])  # a person: a name or he/she/they ("Email: sent …" is a channel, not a sender)
    return subject is not None and subject.lower_ not in FIRST_PERSON and coarse(subject) in ("PROPN", "PRON")


def _framed_by_head(verb, head, auxes, sent, timed):
    """Frames that put the action in a clause under another word: (who, mode), () when
    the frame says it commits nothing, None when this is not such a frame."""
    head_lemma = LEXICON.lemma(head)
    if _negated(head):
        return None
    # "the plan is to get your managers on a call", "the idea is that we send it over"
    if head_lemma == "be" and any(c.dep_ == "nsubj" and c.lower_ in PLAN_NOUNS for c in head.children):
        return "rep", "promise"
    # "it would be great to get the usage export": a request stated as a wish
    if head_lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in WELCOME for c in head.children) \
            and any(c.dep_ == "nsubj" and c.lower_ in ("it", "that") for c in head.children):
        return "prospect", "request"
    # "I'll have our legal team send over the redlines", "I'll get Tom to call you"
    if head_lemma in ("have", "get") and verb.tag_ == "VB" \
            and (_subject(verb) is not None or any(c.dep_ == "dobj" for c in head.children)) \
            and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children):
        return _framing(head, sent, timed) or ()
    # "I've asked Carla, our implementation lead, to reach out to your IT folks", "I will ask
    # Thabo from our branch to phone you": a colleague sent to the reader is the writer's promise
    if head_lemma == "ask" and verb.dep_ == "xcomp" and _delegated(verb, head) and not _conditional(head):
        return "rep", "promise"
    # "I'll make sure you get the questionnaire"
    if head_lemma == "sure" and LEXICON.lemma(head.head) in ("make", "ensure"):
        return _framing(head.head, sent, timed) or ()
    # "Tell Yossi we'll send him the reference architecture …": a promise to be passed on is made
    if head_lemma in ("tell", "assure", "promise", "inform") and verb.dep_ == "ccomp" and auxes & FUTURE_AUX \
            and _who(_subject(verb)) == "rep" and not _conditional(verb) and not _conditional(head):
        return "rep", "promise"
    # reported future: "Tom mentioned he'd send the RFP", "I said I'd call on Friday"
    if head_lemma in REPORTING and verb.dep_ == "ccomp" and auxes & REPORTED_FUTURE and \
            head.tag_ in ("VBD", "VBN") and not _conditional(verb):
        return _who(_subject(verb)), "promise"
    return None


def _delegated(verb, head) -> bool:
    """The writer asks someone (not the reader, nor one of theirs) to contact or send to
    the reader: "you", "your IT folks"."""
    asker = _subject(head)
    asked = [c for c in head.children if c.dep_ == "dobj"]
    if asker is None or asker.lower_ not in ("i", "we") or not asked or not any(c.lower_ == "to" for c in verb.children):
        return False
    if any(a.lower_ in ("you", "him", "her", "them") or any(p.dep_ == "poss" and p.lower_ in ("your", "his", "her", "their")
                                                            for p in a.children) for a in asked):
        return False  # "I've asked your assistant to book it": the reader's side is asked
    readers = [g for c in verb.children for g in ((c,) if c.dep_ in ("dobj", "dative") else
                                                   (g for g in c.children if g.dep_ == "pobj") if c.dep_ == "prep" else ())]
    return any(r.lower_ == "you" or any(p.dep_ == "poss" and p.lower_ == "your" for p in r.children) for r in readers)


def _reported_by_opening(verb, sent) -> bool:
    """Notes that open with the reporting verb, which the parse hangs below the verb it
    reports: "Promised Mr. Ogunleye I would send the quote", "Told her we'd call Friday"."""
    opening = sent.start + _label_width(sent)
    return any(c.dep_ in ("advcl", "ccomp") and c.i == opening and c.tag_ in ("VBD", "VBN")
               and LEXICON.lemma(c) in ("promise", "tell", "say", "confirm")
               for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ in REPORTED_FUTURE for c in verb.children)


OPEN_INVITATION = re.compile(r"\b(?:whenever (?:suits|works|you(?:'re| are) ready|you like|you want|it suits|convenient)|"
                             r"any ?time (?:that )?(?:suits|works)|at any time)\b", re.IGNORECASE)
CHOICE_PUT = re.compile(r"^\W*which\b[^.?!]*\?", re.IGNORECASE)
SLOT_PUT = re.compile(r"\b(?:shall|should|can) (?:we|i) (?:pencil|book|put|pop) (?:you|it|that|this) in\b[^.?!]*\?", re.IGNORECASE)
GO_AHEAD_QUESTION = re.compile(r"^\W*(?:shall|should|can|could) (?:we|i) (?:go ahead|proceed|move forward)\b", re.IGNORECASE)
AHEAD_WORDS = re.compile(r"\b(?:next|tomorrow|tmrw|coming|soon|shortly|again|later today|this (?:afternoon|evening))\b", re.IGNORECASE)
GRATEFUL = {"grateful", "thankful", "obliged", "appreciative", "appreciate"}


def _asked_with_thanks(verb) -> bool:
    """A request dressed as a condition: "we would be grateful if you could send …", "I'd
    appreciate it if you could call me back" (the reader is asked; nothing waits on them)."""
    if verb.dep_ not in ("advcl", "ccomp") or not any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children):
        return False  # (the parse makes some such if-clauses a ccomp: "It would help if you could send …")
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you" for c in verb.children) or _negated(verb):
        return False
    head = verb.head
    helps = head if LEXICON.lemma(head) == "help" else head.head if head.dep_ in ("ccomp", "xcomp") else None
    if helps is not None and LEXICON.lemma(helps) == "help" \
            and any(c.dep_ == "nsubj" and c.lower_ in ("it", "that") for c in helps.children) \
            and any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in helps.children):
        return True  # "It'd really help (us firm up the numbers) if you could pop the floor plans over to me"
    return head.lower_ in GRATEFUL or LEXICON.lemma(head) in GRATEFUL or any(
        c.dep_ == "acomp" and c.lower_ in GRATEFUL for c in head.children)


def _awaits_reply(verb) -> bool:
    """"Let me know and I'll send it over": the promise waits for the reader's answer.
    (Read off tokens: the parser may start a new sentence at "and".)"""
    words = []
    for token in reversed(verb.doc[max(0, verb.i - 20):verb.i]):
        if token.text in (".", "!", "?"):
            break
        if not token.is_space:  # a wrapped line: "just reply\nto this thread and I'll …"
            words.append(token.lower_)
    return bool(AWAITS_REPLY.search(" ".join(reversed(words))))


def _named_owner(verb, sent):
    """The name in "Dana to come back …" when the parse lost it: one to three names or
    pronouns from the start of the sentence (an aside in brackets aside: "Jo (their IT)
    to send …"), then "to", then the verb."""
    opening = sent.start + _label_width(sent)
    if verb.i - opening < 2 or verb.doc[verb.i - 1].lower_ != "to":
        return None
    names, depth = [], 0
    for token in verb.doc[opening:verb.i - 1]:
        depth += token.text == "("
        if not depth:
            names.append(token)
        depth -= token.text == ")"
    if not 1 <= len(names) <= 3 or depth:
        return None
    if all(coarse(t) == "PROPN" or t.lower_ in ("me", "we", "us", "i") or _written_as_name(t) for t in names):
        return names[0]
    return None


def _written_as_name(token) -> bool:
    """A capitalised word the tagger took for something else ("Mohit" as a past
    participle) that the document also capitalises after a lower-case word or a comma
    ("Spoke w/ Mohit"): a name. "Asked to call back" never has "Asked" mid-sentence."""
    word = token.lower_
    if not token.is_title or len(word) < 2 or word.endswith("ed") or word in LEXICON.lemmas:
        return False  # "Emailed to set up the call", "Sent to Dana": verbs, not names
    for before in re.finditer(r"(\S+) " + re.escape(token.text) + r"\b", token.doc.text):
        previous = before.group(1)
        if previous in ("w/", "with", "and", "to", "cc", "from", "for", "by", "told", "asked") or previous.endswith(","):
            return True
    return False


def _agent(verb):
    """Who does a passive verb's action: "by our onboarding team"."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
