"""The action a word names: contact (call, meet, get back to you) or delivery (send,
share, the quote will be with you), or none."""

from __future__ import annotations

from ..lexicon import coarse
from .grammar import _after_lets, _label_width, _opens_clause, _opens_sentence, _sentence, _subject, _who
from .words import (
    ACCESS_THINGS, ANSWERS, ARRANGE, ASKING_SOFTLY, CALL_MEDIA, CONTACT, DECK_KINDS, DELIVERABLE_NOUNS, DELIVERY, DIARY,
    DURATIONS, FINISHED, FOLLOW_UP, FUTURE_AUX, GO_AHEAD_ANSWERS, GO_AHEAD_THINGS, GUIDING, HOLD_A_MEETING, LEXICON,
    MEETING_NOUNS, NARROW_ACTIONS, NOT_A_DELIVERABLE, NOT_PROVIDED, NOUN_REQUEST_VERBS, ON_A_CALL, PARTICLE_CONTACT,
    PEOPLE_PRONOUNS, PEOPLE_WORDS, PERSON_OBJECT, PHONE_LINES, PLACES, QUANTITY_NOUNS, RECEIVING, RECORDS, REPORTED_DONE,
    RING_NOUNS, SETTLE, SHIPPING, SIGNING, SITE_WORK, THINGS_PRONOUNS, TOPICS, VISITING, WRITINGS)


# every lemma _kind_of_action asks about: a token with none of these (and not a meeting,
# a deliverable or f/u) names no action, and is skipped before any look at its tree
ACTION_LEMMAS = frozenset(
    CONTACT | DELIVERY | ARRANGE | SETTLE | GUIDING | SHIPPING | HOLD_A_MEETING | RECEIVING | ON_A_CALL | PERSON_OBJECT | MEETING_NOUNS
    | set(PARTICLE_CONTACT) | {"give", "try", "get", "bring", "promise", "be", "keep", "hear", "let", "catch", "have",
                               "look", "go", "drop", "shoot", "follow", "put", "pencil", "pop", "pick", "confirm",
                               "pull", "email", "connect"} | NARROW_ACTIONS)


def may_name_action(token) -> bool:
    """Cheap test that _action(token) can be anything but None."""
    return token.lower_ in FOLLOW_UP or token.lower_ in DELIVERABLE_NOUNS or LEXICON.lemma(token) in ACTION_LEMMAS


def _action(token) -> str | None:
    action = _kind_of_action(token)
    if action == "contact" and (coarse(token) == "VERB" or token.lower_ in VERBS_ONLY) and _brings_thing(token):
        return "delivery"  # "she'll come back to you with the headcount by Friday": an answer, not a call
    if action == "contact" and LEXICON.lemma(token) == "email" and any(
            t.lower_ in DELIVERABLE_NOUNS or (t.dep_ == "dobj" and t.head.i == token.i and coarse(t) in ("NOUN", "PROPN")
                                              and t.lower_ not in PEOPLE_WORDS) for t in token.subtree if t.i > token.i):
        return "delivery"  # "I'll email Andy the results summary tonight", "email the PDF the same afternoon"
    return action


def _clause_verb(token):
    """The verb of the clause a word sits in, through nouns only: for a verb the parse
    joined to a noun ("review with his partners and revert")."""
    for node in token.ancestors:
        if coarse(node) in ("VERB", "AUX"):
            return node
    return None


def _objects_and_compounds(token):
    """A verb's objects and the nouns compounded into them: the small model often reads
    "site visit w/ ops" or "a bell Tues" as a compound headed by the last word."""
    for child in token.children:
        if child.dep_ in ("dobj", "attr"):
            yield child
            yield from (c for c in child.children if c.dep_ == "compound")


# action words that are never nouns: tagged as one, they are the tagger's slip
VERBS_ONLY = {"revert", "send", "share", "chase", "circulate", "submit", "arrange", "organise", "organize", "confirm",
              "provide", "prepare", "deliver", "introduce", "reconnect", "regroup", "reconvene", "forward"}
SLOT_WORDS = {"something", "time", "slot", "date", "call", "meeting", "session", "catch-up", "chat"}


def _with_grandchildren(token):
    for child in token.children:
        yield child
        yield from child.children


ANSWERING = {"revert", "get", "come"}  # "revert on the PO value", "get back to you on pricing": an answer


def _brings_thing(token) -> bool:
    """Contact that carries something: "get back to you with the numbers", "come back with an
    answer", "revert on the PO value" (to revert on a thing is to answer about it)."""
    # (the parse may hang "with …" on the particle: "loop back with our answers")
    heads = [token, *(c for c in token.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back")]
    return any(c.dep_ == "prep" and (c.lower_ == "with" or (c.lower_ == "on" and LEXICON.lemma(token) in ANSWERING)) and any(
        g.dep_ == "pobj" and (g.lower_ in DELIVERABLE_NOUNS or LEXICON.lemma(g) in ANSWERS) for g in c.children)
        for head in heads for c in head.children)


def _kind_of_action(token) -> str | None:
    lemma = LEXICON.lemma(token)
    pos = coarse(token)
    if token.lower_ in FOLLOW_UP and _opens_clause(token):
        return "contact"  # notes shorthand for a follow-up: "f/u call with Beth Friday", "interested, f/u in June"
    if lemma == "revert" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and g.lower_ in GO_AHEAD_ANSWERS for g in c.children) for c in token.children):
        return None  # "Kindly revert with your confirmation at the earliest": the close, asking for the go-ahead
    if lemma in ANSWERING and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "any" for d in g.children) for g in c.children)
            for c in token.children):
        return None  # "Kindly revert with any queries": an open door, not a step
    if lemma == "update" and _subject(token) is None and not any(
            c.dep_ in ("dobj", "dative") and c.lower_ not in ("me", "us") for c in token.children):
        return None  # "Kindly update on the status at your end": asking for a reply (not "Update Dana on pricing")
    if lemma in ("revert", "come", "get") and _subject(token) is None and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            LEXICON.lemma(g) in ("slot", "slots", "availability", "time", "times", "date", "dates") for g in c.subtree)
            for c in token.children):
        return None  # "Kindly revert with a couple of slots that suit you": asking for availability
    if lemma == "phone" and token.i + 1 < len(token.doc) and token.nbor().lower_ in ("off", "dead", "down", "engaged", "busy"):
        return None  # "Phone off.", "phone dead": the reason a call went unanswered
    if pos == "PROPN" and lemma == "callback":
        pos = "NOUN"  # notes' "cb" (a callback), which the tagger takes for a name
    if pos not in ("VERB", "NOUN", "PROPN") and token.dep_ == "ROOT" \
            and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children):
        pos = "VERB"  # "I'll forward the questionnaire" with 'forward' tagged as an adverb
    elif pos != "VERB" and token.dep_ == "conj" and coarse(token.head) == "VERB" and token.lower_ in CONTACT | DELIVERY:
        pos = "VERB"  # "I'll chase legal and revert" with 'revert' tagged as an adjective
    elif pos != "VERB" and token.dep_ == "conj" and token.lower_ in VERBS_ONLY and _clause_verb(token) is not None:
        pos = "VERB"  # "he'll review with his partners and revert", 'revert' joined to 'partners'
    elif (pos in ("NOUN", "PROPN") or token.tag_ == "JJ") and token.lower_ in VERBS_ONLY and token.dep_ not in ("nsubj", "nsubjpass") \
            and (_opens_sentence(token) or any(c.lower_ in ASKING_SOFTLY for c in token.children)):  # "Chase is our CFO" names a person
        pos = "VERB"  # notes: "Revert to Dana with lead times", "Kindly revert with …", the verb tagged as a noun or adjective
    elif pos == "NOUN" and _after_lets(token, _sentence(token)):
        pos = "VERB"  # "let's pencil in a call", 'pencil' tagged as a noun
    elif pos not in ("VERB", "NOUN", "PROPN") or token.tag_ in ("NNS",):
        asked_by = _requested(token) if token.tag_ == "NNS" and token.lower_ in DELIVERABLE_NOUNS else None
        if asked_by is not None and LEXICON.lemma(asked_by) in ("ask", "request"):
            return "delivery"  # "asked for samples" (not "the board wants numbers from a pilot first")
        return None
    asked_by = _requested(token) if pos == "NOUN" and lemma in MEETING_NOUNS else None
    if asked_by is not None:
        if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its") for c in token.children):
            return None  # "he needs his budget meeting on June 9 before committing": their own meeting
        if any(c.dep_ == "det" and c.lower_ == "this" for c in token.children) and asked_by.tag_ == "VBD":
            return None  # a plan's "… and asked for this meeting herself": the meeting planned, already asked for
        return "contact"  # "he wants a call back early next month"
    if pos == "NOUN" and token.lower_ in DELIVERABLE_NOUNS and _requested(token) is not None and _a_paper(token):
        return "delivery"  # "she wants a proposal by the end of the month"
    if token.tag_ in ("VB", "VBP", "NN", "NNP") and token.lower_.replace("-", "") != lemma:
        return None  # a past form tagged as a base form ("Sent it" as VB) is the tagger's slip
    if pos != "VERB" and not _fragment_head(token):
        return None
    if token.tag_ == "VB" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "of" \
            and token.nbor().head.i == token.i and not any(c.dep_ == "dobj" for c in token.children):
        return None  # "Visit of the premises (420 m²)": a noun the tagger took for a verb
    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod", "dobj", "prep")}
    if lemma == "give" and any(c.dep_ == "dative" for c in token.children) and any(
            t.lower_ == "heads" and t.i + 2 < len(t.doc) and t.doc[t.i + 2].lower_ == "up" for t in token.subtree):
        return "contact"  # "he would give us a heads-up nearer the time"
    if lemma == "give" and any(LEXICON.lemma(t) in RING_NOUNS for t in _objects_and_compounds(token)):
        return "contact"  # "give you a ring", and "give Karen a bell Tues" with the parse's compound
    if lemma == "try" and any((c.dep_ == "dobj" and coarse(c) in ("PRON", "PROPN") and c.lower_ not in THINGS_PRONOUNS)
                              or c.lower_ == "again"
                              for c in token.children):
        return "contact"  # "I'll try you again tomorrow", notes: "Try again next week"
    if lemma in ("get", "bring") and any(t.dep_ == "pobj" and LEXICON.lemma(t) in MEETING_NOUNS and t.head.lower_ in ("on", "onto", "into")
                                         and _governed_by(t.head, token, small_clause=True) for t in token.subtree):
        return "contact"  # "get your shift leads on a call with our team"
    if lemma in HOLD_A_MEETING and any(c.dep_ == "dobj" and LEXICON.lemma(c) in MEETING_NOUNS for c in token.children):
        return "contact"  # "let's have a call", "keen to see a demo", "we'll run a workshop"
    if lemma == "grab" and any(c.dep_ == "dobj" and LEXICON.lemma(c) in DURATIONS | {"coffee", "lunch", "breakfast"}
                               for c in token.children):
        return "contact"  # "let's grab 15 mins next week", "grab a coffee after the show"
    if lemma == "promise" and token.dep_ == "ROOT" and any(
            c.dep_ == "dobj" and coarse(c) == "NOUN" and not c.lower_.endswith("thing") for c in token.children):
        return "delivery"  # "Promised Dana the ROI model this week"
    if lemma in ("be", "get", "keep") and any(c.dep_ == "prep" and c.lower_ == "in"
                                             and any(g.lower_ in ("touch", "contact") for g in c.children)
                                             for c in _with_grandchildren(token)):
        return "contact"  # "our engineer will be in touch", "I'll get in touch", "we'll be back in touch"
    if lemma == "keep" and any(c.lower_ in ("posted", "updated", "informed") for c in token.children):
        return "contact"  # "I'll keep you posted"
    if lemma == "touch" and token.head.lower_ == "base":
        return "contact"  # "let's touch base after Easter", parsed as a compound of 'base'
    if lemma in ("get", "send", "shoot", "fire", "pop") and any(
            t.lower_ in ("invite", "invites", "invitation") for t in token.subtree if t.i > token.i):
        return "contact"  # "I'll get a calendar invite over for next week": a meeting being set
    if lemma == "see" and any(c.dep_ == "dobj" and c.lower_ == "you" for c in token.children) \
            and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children):
        return "contact"  # "I'll see you at the site visit in April"
    if lemma == "hear" and _from_writer(token):
        return "contact"  # "you'll hear from me next week"
    if lemma == "let" and any(c.dep_ == "ccomp" and LEXICON.lemma(c) == "know" and any(
            g.lower_ == "you" or (g.lower_ in ("me", "us") and _subject(token) is not None
                                  and _subject(token).lower_ not in ("you", "i", "we")) for g in c.children)
            for c in token.children):
        return "contact"  # "I'll let you know next week", "he's going to let us know" (not "let us know if …")
    if lemma == "catch" and any(c.dep_ == "dobj" and c.lower_ == "you" for c in token.children):
        return "contact"  # "catch you on Friday"
    if lemma == "be" and any(c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ == "you" for g in c.children)
                             for c in token.children):
        return "delivery"  # "the revised quote will be with you shortly"
    if lemma == "be" and _dropping_by(token):
        return "contact"  # "our agronomist'll be by sometime in April", "I'll be round next week"
    if lemma == "come" and _coming_to_a_place(token):
        return "contact"  # "our technician will come to Mutare to do the site survey"
    if lemma == "revisit" and any(c.dep_ == "dobj" and c.lower_ in DELIVERABLE_NOUNS for c in token.children):
        return "delivery"  # "we'll revisit the pricing once volumes are clearer": a new price to come
    if lemma == "revisit":  # "will revisit after 2 weeks with samples" (not "we'll revisit the plan")
        return None if any(c.dep_ == "dobj" and coarse(c) == "NOUN" and LEXICON.lemma(c) not in PLACES
                           for c in token.children) else "contact"
    if lemma == "have" and any(c.dep_ in ("prep", "dative") and c.lower_ in ("for", "to", "with") and any(g.lower_ == "you" for g in c.children)
                               for c in token.children) and _has_object(token):
        return "delivery"  # "I'll have the numbers for you soon"
    if lemma == "try" and any(c.dep_ == "dobj" and LEXICON.lemma(c) in PHONE_LINES for c in token.children):
        return "contact"  # "I'll try your desk line later in the week"
    if lemma == "have" and any(t.lower_ in ("over", "across") and t.dep_ in ("prt", "advmod") for t in token.subtree) and any(
            t.dep_ == "pobj" and t.lower_ == "you" and t.head.lower_ == "to" for t in token.subtree) \
            and any(t.dep_ == "dobj" and coarse(t) == "NOUN" and LEXICON.lemma(t) not in NOT_A_DELIVERABLE | PEOPLE_WORDS
                    for t in token.subtree):
        return "delivery"  # "I'll have the loss runs summary over to you in a day or two" (the parse may split the object)
    if lemma == "have" and any(c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ in ("him", "her", "them") for g in c.children)
                               for c in token.children) \
            and any(c.dep_ == "dobj" and (c.lower_ in THINGS_PRONOUNS or c.lower_ in DELIVERABLE_NOUNS) for c in token.children):
        return "delivery"  # notes: "I'll have it with him by Monday 23 February" (not "have a word with him")
    if lemma == "have" and any(c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBN" and any(
            p.dep_ == "prep" and p.lower_ == "for" and any(g.lower_ == "you" for g in p.children) for p in c.children)
            for c in token.children):
        return "delivery"  # "I'll have it filled in for you shortly": done and handed over
    if lemma == "have" and any(c.dep_ in ("ccomp", "dobj") and coarse(c) == "NOUN" and LEXICON.lemma(c) not in NOT_A_DELIVERABLE
                               and any(p.dep_ == "prep" and p.lower_ in ("to", "with") and any(g.lower_ == "you" for g in p.children)
                                       for p in c.children) for c in token.children):
        return "delivery"  # "we'll have the pilot results to you next week"
    if lemma == "look" and any(c.lower_ == "forward" for c in token.children) and any(
            t.dep_ == "pobj" and LEXICON.lemma(t) in MEETING_NOUNS for t in token.subtree):
        return "contact"  # "looking forward to our call next week"
    if lemma in RECEIVING and _from_writer(token) and _has_object(token) and not _stative(token):
        return "delivery"  # "expect the SOW from me" (but "expect to hear from us" is contact)
    if lemma == "go" and any(c.lower_ == "out" for c in token.children):
        return "delivery"  # "the proposal will go out Friday"
    if lemma in ("drop", "shoot") and any(c.dep_ == "dobj" and c.lower_ in ("line", "note", "email", "message", "mail")
                                          for c in token.children):
        return "contact"  # "I'll drop you a line", "I'll shoot you an email"
    if lemma == "follow" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "up" for c in token.children) \
            and (_subject(token) is not None and coarse(_subject(token)) == "NOUN"):
        return "delivery"  # "the contract will follow shortly"
    if lemma == "pencil" and "in" in particles:
        return "contact"  # "we'll pencil in the install for after Easter": booking, however loosely
    if lemma in ("get", "put", "pencil", "pop") and any(
            c.dep_ == "prep" and c.lower_ in ("in", "into") and any(LEXICON.lemma(g) in DIARY for g in c.children)
            for t in (token, *(c for c in token.children if c.dep_ == "dobj")) for c in t.children) \
            and not any(c.dep_ == "dobj" and LEXICON.lemma(c) in DURATIONS for c in token.children):
        return "contact"  # "we'll get a date in the diary", "I'll pencil something in the calendar"
    if lemma == "pick" and "up" in particles and _subject(token) is not None and any(
            c.dep_ == "dobj" and c.lower_ in ("this", "it", "that", "these", "conversation", "thread", "discussion")
            for c in token.children) and (_subject(token).lower_ in ("we", "i") or (
            _subject(token).lower_ != "you" and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children))):
        return "contact"  # "we can pick this up after the holidays", "Niamh will pick these up with Declan"
    if lemma in ON_A_CALL:
        on = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "onto") for g in c.children]
        return "contact" if any(LEXICON.lemma(g) in MEETING_NOUNS or g.lower_ in CALL_MEDIA for g in on) else None
    if lemma in ("pop", "drop") and particles & {"over", "across", "through", "off", "round", "in"} \
            and _has_object(token, skip_people=True):
        return "delivery"  # "I'll pop the pricing across", "drop the samples over"
    if token.lower_ in ("advise", "revert") and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children) \
            and _subject(token) is not None and _subject(token).lower_ in ("i", "we") \
            and not any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "dobj" and c.lower_ != "you") for c in token.children):
        return "contact"  # "we shall advise on the sailing schedule and rates shortly": we'll come back with it
    if token.lower_ in ("issue", "issues", "issuing") and _subject(token) is not None and _subject(token).dep_ == "nsubj" \
            and _who(_subject(token)) == "rep" and any(c.dep_ == "dobj" and coarse(c) == "NOUN" and c.lower_ not in GO_AHEAD_ANSWERS
                                                       for c in token.children):
        return "delivery"  # "our planning team will issue an updated programme of works" (not "the invitation will be issued")
    if lemma == "provide" and any(c.dep_ == "dobj" and LEXICON.lemma(c) in PEOPLE_WORDS for c in token.children):
        return None  # "Eastgate will provide a named account manager": a service, not a thing to send
    if lemma == "sit" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in token.children):
        return "contact"  # "Let's sit down again once the consultant has signed off"
    if lemma in SHIPPING:
        goods = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        return "delivery" if any(g.lower_ in DELIVERABLE_NOUNS for g in goods) else None
    if lemma in GUIDING:
        led = [c for c in token.children if c.dep_ == "dobj"]
        through = [c for c in (*token.children, *(g for o in led for g in o.children)) if c.lower_ == "through"]
        people = [o for o in led if o.lower_ in ("you", "us") or coarse(o) == "PROPN" or any(
            g.dep_ == "poss" and g.lower_ == "your" for g in o.children)]
        subject = _subject(token)
        if subject is not None and (subject.lower_ in ("it", "this", "that", "which") or LEXICON.lemma(subject) in WRITINGS):
            return None  # "the guide will walk you through the setup": reading, not a meeting
        return "contact" if through and people else None  # "I'll walk you through it", not "take the survey"
    if lemma == "come" and particles & {"round", "around"}:
        ends = [g for c in _with_grandchildren(token) if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        if all(LEXICON.lemma(g) in PLACES or g.lower_ == "you" for g in ends):
            return "contact"  # "our survey team will come around to assess the rooftop", "come round to the farm"
        return None  # "he'll come round to the idea"
    if lemma in PARTICLE_CONTACT:
        if _back_to_own_things(token):
            return None  # "I'll let you get back to your day": the reader goes back to their own things
        if _back_to_a_topic(token):
            return None  # "I am coming back to the proposal I sent on 31 March": this message returns to it
        if particles & PARTICLE_CONTACT[lemma]:
            return "contact"
        if lemma == "come" and "out" in particles and _person_will(token):
            return "contact"  # "Our agronomist will come out to take soil cores" (not "the results come out in May")
        subject = _subject(token)
        if lemma == "reach" and (subject is None or subject.lower_ in PEOPLE_PRONOUNS or coarse(subject) == "PROPN") and any(
                c.dep_ == "dobj" and (c.lower_ in ("you", "him", "her", "them", "us", "me") or coarse(c) == "PROPN")
                for c in token.children):
            return "contact"  # "Will try to reach you over phone sometime this week" (not "the quote will reach you")
        if lemma == "pass" and any(c.dep_ == "dobj" and coarse(c) == "NOUN" for c in token.children) \
                and (any(c.dep_ == "dative" for c in token.children) or particles & {"on", "along"}):
            return "delivery"  # "He will pass us the agronomist's yield numbers soon", "pass on the figures"
        if lemma == "get" and any(g.lower_ == "together" for c in token.children for g in c.children):
            return "contact"  # "let's get your finance team together with our lead" (the parse hangs it off 'team')
        if lemma == "get" and any(c.dep_ in ("ccomp", "xcomp", "oprd") and c.lower_ in FINISHED
                                  and any(g.dep_ in ("nsubj", "nsubjpass") and coarse(g) == "NOUN" for g in c.children)
                                  for c in token.children):
            return "delivery"  # "Jen will get the deal registration sorted soon": done and handed over
        if lemma == "get" and "across" in particles and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                g.lower_ == "you" for g in c.children) for c in token.children):
            return "delivery"  # "The revised programme itself I'll get across to you shortly"
        if lemma == "get" and _has_object(token):
            if any(c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB" for c in token.children):
                return None  # "I'll get Tom to call you": the call is the action
            things = {LEXICON.lemma(c) for c in token.children if c.dep_ == "dobj"}
            if any(c.dep_ == "prep" and c.lower_ in ("onto", "into") and not any(
                    LEXICON.lemma(g) in ("desk", "inbox", "hand") for g in c.children) for c in token.children):
                return None  # "get technicians' schedules onto their phones": moved somewhere, not handed over
            if things & DURATIONS:
                return None  # "can we get 30 minutes in her diary?" asks for a slot
            return None if things & NOT_A_DELIVERABLE else "delivery"
        return None
    if lemma in SETTLE and lemma != "find" and any(c.dep_ == "dobj" and LEXICON.lemma(c) in MEETING_NOUNS for c in token.children) \
            and (lemma != "sort" or any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in token.children)
                 or coarse(token) == "VERB"):
        return "contact"  # "need to sort a visit to the Mallow shop", "let's lock in a call"
    if lemma in SETTLE and any(c.dep_ == "dobj" and LEXICON.lemma(c) in ("date", "time", "slot", "day", "minute", "minutes",
                                                                         "hour", "mins")
                               for c in token.children) \
            and (lemma in ("fix", "agree", "find") or particles & {"out", "down", "in"}):
        return "contact"  # "we'll sort out a date for the workshop", "let's agree a time"
    if lemma == "update" and any(LEXICON.lemma(t) in RECORDS for c in token.children if c.dep_ == "dobj"
                                 for t in (c, *c.children) if t.i <= c.i):
        return None  # "Update the CRM opportunity to stage 'Proposal'": the seller's own records
    if lemma in ("return", "send") and _signed_for_us(token):
        return None  # "simply countersign page 4 and return it to me": the go-ahead, not a thing to send
    if lemma == "confirm" and any(c.dep_ == "dobj" and c.lower_ in GO_AHEAD_THINGS for c in token.children):
        return None  # "kindly confirm the order so we can start forging": the go-ahead, not a thing to send
    if lemma == "confirm" and any(c.dep_ == "dobj" and LEXICON.lemma(c) in ("date", "time", "slot", "day")
                                  for c in token.children) and _subject(token) is not None and _subject(token).lower_ != "you":
        return "delivery"  # "we'll confirm the install date once the artwork is approved", "Ahmed will confirm a slot"
        # (not "can you confirm …", which asks for availability)
    if lemma in ARRANGE:
        objects = {LEXICON.lemma(c) for c in token.children if c.dep_ in ("dobj", "attr")}
        named = {LEXICON.lemma(t) for t in _objects_and_compounds(token)}  # "arrange site visit w/ ops"
        if objects & {"it", "one", "that", "this"} and "up" in particles:  # "Reference call …: I'll set it up."
            return "contact" if any(LEXICON.lemma(t) in MEETING_NOUNS for t in _sentence(token)) else None
        if "site" in named and named & SITE_WORK:
            return "contact"  # "our engineer will arrange a site survey of the basement pits": a visit
        if named & DELIVERABLE_NOUNS and not named & MEETING_NOUNS:
            return "delivery"  # "will arrange the samples delivery to you"
        if named & ACCESS_THINGS and _for_someone(token):
            return "delivery"  # "arrange a sandbox login for his analysts" (not "set up a secure login on our side")
        return "contact" if named & MEETING_NOUNS else None
    if lemma == "put" and "in" in particles and any(c.dep_ == "dobj" and LEXICON.lemma(c) in SLOT_WORDS for c in token.children):
        return "contact"  # "can we put something in for next week?"
    if lemma in ("put", "pull") and not {t.lower_ for t in token.subtree if t.dep_ in ("prt", "advmod")} \
            & {"together", "over", "across"}:
        return None  # "put together a proposal" (or "pull the drawings for … together") delivers;
                     # "put it to the board" does not
    if lemma == "provide" and any(c.dep_ in ("dobj", "nsubjpass") and (LEXICON.lemma(c) in NOT_PROVIDED or c.lower_ in NOT_PROVIDED)
                                  for c in token.children):
        return None  # "The County will provide the staging area", "we provide 24/7 support" (not "provide the figures")
    if lemma in DELIVERY and lemma not in CONTACT:
        objects = [c for c in token.children if c.dep_ in ("dobj", "dative")]
        if lemma == "flick" and not objects:
            return None  # "flick through the deck" reads it
        things = [c for c in token.children if c.dep_ in ("dobj", "npadvmod") and coarse(c) not in ("PRON", "PROPN")]
        if any(_not_deliverable(o) for o in things) and all(_not_deliverable(o) or o.dep_ == "npadvmod" for o in things):
            return None  # "send over a few times", "share your availability" (not "the plan with the dates")
        if objects or particles & {"over", "across", "through", "on", "out"}:
            return "delivery"
        if lemma in ("send", "forward") and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                g.dep_ == "pobj" and coarse(g) in ("PRON", "PROPN") for g in c.children) for c in token.children):
            return "delivery"  # "Pls send to her asap": the thing left unsaid
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and coarse(passive) in ("NOUN", "PROPN") and not _not_deliverable(passive):
            return "delivery"  # "the contract will be sent next week"
        return None
    if lemma == "email" and _has_object(token, skip_people=True):
        return "delivery"
    if lemma in ("ping", "text", "message") and any(c.dep_ in ("dative", "dobj") and coarse(c) in ("PRON", "PROPN")
                                                   for c in token.children) \
            and (any(c.dep_ == "dobj" and coarse(c) not in ("PRON", "PROPN") for c in token.children)
                 or any(t.lower_ in DELIVERABLE_NOUNS and _governed_by(t, token) for t in token.subtree if t.i > token.i)):
        return "delivery"  # a person and a thing: "I'll ping you the link later", "will ping u the quote tmrw"
    if lemma in PERSON_OBJECT and any(c.dep_ == "dobj" and coarse(c) not in ("PRON", "PROPN") for c in token.children):
        return None  # "meet the deadline", "connect your self-check kiosks": not contact
    if lemma == "connect" and not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")
                                      for c in token.children) and not _people_connecting(token):
        return None  # "connect to your existing system", "the sensors connect over wifi"
    if lemma in CONTACT and lemma not in PARTICLE_CONTACT:
        return "contact"
    return None


LINKS = {"to", "into", "via", "through", "over", "up", "from", "across"}


def _people_connecting(verb) -> bool:
    """"let's connect next week", "we should connect again after Easter": people meeting,
    with nothing named that they connect to, into or through."""
    if any(c.lower_ in LINKS for c in verb.children if c.dep_ in ("prep", "prt", "advmod")):
        return False
    subject = _subject(verb)
    if subject is None and verb.dep_ == "ccomp" and LEXICON.lemma(verb.head) == "let":
        subject = _subject(verb.head)  # "let's connect", with 's hung on 'let'
    return subject is not None and subject.lower_ in ("i", "we", "you", "'s", "us")


def _requested(noun):
    """The verb asking for a meeting named as a noun: "wants a call", "asked for a demo"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    if LEXICON.lemma(head) in ("expect", "await") and coarse(head) == "VERB" and _from_our_side(noun, head):
        return head  # "Dr. Okafor is expecting a call from us early next month"
    if LEXICON.lemma(head) == "like" and coarse(head) == "VERB" \
            and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in head.children):
        return head  # "she'd like a proposal before the board meets"
    return head if LEXICON.lemma(head) in NOUN_REQUEST_VERBS and coarse(head) == "VERB" else None


def _from_our_side(noun, head) -> bool:
    """"a call from us", "a visit from our engineer", hung on the noun or on the verb."""
    return any(g.dep_ == "pobj" and (g.lower_ in ("us", "me") or any(p.dep_ == "poss" and p.lower_ in ("our", "my")
                                                                      for p in g.children))
               for c in (*noun.children, *head.children) if c.dep_ == "prep" and c.lower_ == "from" for g in c.children)


def _stative(token) -> bool:
    """A present or past form with no helper: "you have everything you need from me" says
    how things stand (not "you'll have it from us", "expect it from me")."""
    return token.tag_ in ("VBP", "VBZ", "VBD") and not any(c.dep_ in ("aux", "auxpass") for c in token.children)


def _dropping_by(token) -> bool:
    """A person who will "be by", "be round", "be over": a visit (not "I'll be by my
    phone", "it will be over by Friday")."""
    return _person_will(token) and any(c.lower_ in VISITING and c.dep_ in ("prep", "advmod", "prt", "acomp")
               and not any(g.dep_ == "pobj" for g in c.children) for c in token.children)


def _coming_to_a_place(token) -> bool:
    """Someone of ours or theirs will come to a place: a visit (not "come to an agreement")."""
    return _person_will(token) and any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and (coarse(g) == "PROPN" or LEXICON.lemma(g) in PLACES
                              or any(p.dep_ == "poss" and p.lower_ in ("your", "their") for p in g.children))
        for g in c.children) for c in token.children)


def _person_will(token) -> bool:
    """The verb is future and its subject a person: a pronoun, a name, or "our engineer"."""
    subject = _subject(token)
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children) and subject is not None and (
        subject.lower_ in PEOPLE_PRONOUNS or coarse(subject) == "PROPN"
        or any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children))


def _signed_for_us(token) -> bool:
    """Signing and sending back, asked of the reader in one breath: "simply countersign
    page 4 and return it to me" is the close, not a delivery (but "pls send the signed
    order form when you can" asks for a thing, and stays a request)."""
    if _subject(token) is not None or not any(
            t.lower_ in ASKING_SOFTLY or (t.dep_ == "pobj" and t.lower_ in ("me", "us") and t.head.head.i == token.i)
            for t in _sentence(token)):
        return False  # "Lars will send the signed DPA", and a to-do in notes: "Return signed NDA to legal"
    linked = ([token.head] if token.dep_ == "conj" else []) + [c for c in token.children if c.dep_ == "conj"]
    return any(LEXICON.lemma(t) in SIGNING for t in linked)


def _from_writer(token) -> bool:
    """Something comes from me/us: "Expect the revised SOW from me", "you'll have it from us"."""
    return any(t.dep_ == "pobj" and t.head.lower_ == "from" and _governed_by(t.head, token)
               and (t.lower_ in ("me", "us") or any(c.dep_ == "poss" and c.lower_ == "our" for c in t.children))
               for t in token.subtree)  # "from me", "from our regional manager"


def _back_to_own_things(token) -> bool:
    """"you get back to your day / desk / weekend": the reader returning to their own things."""
    subject = _subject(token)
    if subject is None or subject.lower_ != "you":
        return False
    return any(g.dep_ == "pobj" and any(p.dep_ == "poss" and p.lower_ == "your" for p in g.children)
               for c in _with_grandchildren(token) if c.dep_ == "prep" and c.lower_ == "to" for g in c.children)


def _for_someone(token) -> bool:
    """"for his analysts", "to you": the verb's or its object's for/to names people."""
    return any(g.dep_ == "pobj" and (g.lower_ in ("you", "him", "her", "them") or coarse(g) == "PROPN" or any(
        p.dep_ == "poss" and p.lower_ in ("your", "his", "her", "their") for p in g.children))
        for c in _with_grandchildren(token) if c.dep_ == "prep" and c.lower_ in ("for", "to") for g in c.children)


def _back_to_a_topic(token) -> bool:
    """"I am coming back to the proposal I sent", "I'm just checking in on the POS terminal
    proposal": the present, of a topic this message returns to (not "I'll come back to
    you", "I'm coming back to you next week")."""
    if token.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ in ("am", "'m", "’m", "are", "'re", "’re")
                                      for c in token.children):
        return False
    ends = [g for c in _with_grandchildren(token) if c.dep_ == "prep" and c.lower_ in ("to", "on", "about", "regarding")
            for g in c.children if g.dep_ == "pobj"]
    return bool(ends) and all(LEXICON.lemma(g) in TOPICS for g in ends)


def _from_someone(token) -> bool:
    """Something comes from a named sender: "from DocuSign", "from their IT team"."""
    return any(t.dep_ == "pobj" and t.head.lower_ == "from" and _governed_by(t.head, token) for t in token.subtree)


def _a_paper(noun) -> bool:
    """A deliverable named by a word that has other senses: "deck" only as slides."""
    if noun.lower_ != "deck":
        return True
    kinds = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")]
    return not kinds or any(kind in DECK_KINDS for kind in kinds)


def _governed_by(preposition, verb, small_clause: bool = False) -> bool:
    """The phrase hangs from the verb, directly or through nouns ("expect the agenda and the
    statement of values from me"), not through another verb. With `small_clause`, also
    through a verb right under it ("get your shift leads on a call", 'leads' parsed as a
    verb), but not a clause further down ("bring the schedule along so you can see what they
    would do on each visit")."""
    node = preposition.head
    for _ in range(8):
        # spaCy makes a new Token object on every access: compare positions, never identity
        if node.i == verb.i:
            return True
        if (coarse(node) == "VERB" and not (small_clause and node.head.i == verb.i)) or node.head.i == node.i:
            return False
        node = node.head
    return False


def _not_deliverable(obj) -> bool:
    """"availability", "times": not things to deliver, unless a noun says what kind
    ("lead times", "delivery dates"). Seen through a quantity: "a couple of times"."""
    if LEXICON.lemma(obj) in QUANTITY_NOUNS:
        obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"), obj)
    if LEXICON.lemma(obj) not in NOT_A_DELIVERABLE:
        return False
    return not any(c.dep_ == "compound" and LEXICON.lemma(c) not in MEETING_NOUNS for c in obj.children)


def _has_object(token, skip_people: bool = False) -> bool:
    for child in token.children:
        if child.dep_ == "dobj":
            if skip_people and (coarse(child) == "PROPN" or (coarse(child) == "PRON" and child.lower_ not in THINGS_PRONOUNS)):
                continue  # "email him" reaches a person; "email it" sends a thing
            return True
    return False


def _fragment_head(token) -> bool:
    """Notes drop the subject and the verb's form: "Call back next week", "F/u Friday".
    A noun heading a phrase with no time and no label is a title: "Call with Karen Holt"."""
    opening = _sentence(token).start + _label_width(_sentence(token))
    if token.i != opening and not (token.dep_ == "compound" and token.head.i == opening + 1):
        return False
    if token.dep_ not in ("ROOT", "compound"):
        return False
    if any(t.dep_ == "acl" and t.tag_ == "VBN" and t.lower_ in REPORTED_DONE and token.i in (t.head.i, t.head.head.i)
           for t in token.subtree):
        return False  # "email #2 sent, no reply": what was done, not a to-do
    return bool(_label_width(_sentence(token))) or any(c.dep_ in ("prt", "npadvmod", "dobj") for c in token.children)
