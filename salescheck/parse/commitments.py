"""Commitments: who promises or asks for what future contact or delivery, and when.

Read off the dependency parse, not keywords: the action is a verb (call, send, get back,
follow up…); it counts when its clause looks forward (will/'ll/going to/let's, an
imperative or a "can you…" request, a reported request such as "she asked me to call
back") and not when it is negated, past, or hypothetical (an if-clause, would/could)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon, coarse, inflections
from .timex import TimeExpression

CONTACT = {
    "call", "ring", "phone", "email", "e-mail", "meet", "speak", "talk", "chat", "catch",
    "touch", "follow", "reach", "circle", "loop", "ping", "text", "message", "connect", "visit",
    "revert", "sync", "reconnect", "regroup", "come", "get", "check", "pop", "drop", "hop",
    "swing", "stop", "jump", "reconvene", "introduce", "intro", "pick",
}
DELIVERY = {
    "send", "share", "forward", "deliver", "provide", "prepare", "write", "draft", "put",
    "pull", "revise", "update", "confirm", "circulate", "submit", "get", "email", "return", "shoot",
}
ARRANGE = {"schedule", "book", "arrange", "set", "organise", "organize", "line"}
MEETING_NOUNS = {"call", "meeting", "demo", "chat", "catch-up", "visit", "session", "follow-up", "review", "workshop"}
# particles that turn a verb into contact: get back, come back, follow up, catch up
PARTICLE_CONTACT = {
    "get": {"back", "together"}, "come": {"back", "by", "over"}, "follow": {"up"}, "catch": {"up"},
    "circle": {"back"}, "loop": {"back", "in"}, "reach": {"out"}, "touch": {"base"}, "check": {"in"},
    "pop": {"by", "in", "over"}, "drop": {"by", "in"}, "hop": {"on"}, "jump": {"on"},
    "swing": {"by", "round", "over"}, "stop": {"by", "in"},
    "pick": set(),  # only "we'll pick this up" (below): "can you pick this one up?" hands over a task
}
# "hop on a call", "jump on Zoom": contact only when what they get on is a call
ON_A_CALL = {"hop", "jump"}
CALL_MEDIA = {"zoom", "teams", "phone", "line", "video", "webex", "meet"}
# things a prospect asks to be sent: "she wants a proposal by the end of the month"
DELIVERABLE_NOUNS = {"proposal", "quote", "quotation", "pricing", "contract", "sow", "msa", "deck", "study", "report",
                     "figures", "numbers", "breakdown", "estimate", "spec", "references", "samples", "sample", "roadmap",
                     "timeline", "summary", "recap", "brochure", "costing", "costings", "business case"}
PLAN_NOUNS = {"plan", "idea", "aim", "intention", "goal", "hope", "proposal", "thinking", "suggestion"}
WELCOME = {"great", "helpful", "useful", "good", "ideal", "perfect", "brilliant", "wonderful", "appreciated", "handy"}
REPORTING = {"mention", "say", "tell", "confirm", "indicate", "explain", "note", "promise", "reckon", "think", "expect",
             "hope", "suggest", "agree"}
SETTLE = {"sort", "fix", "agree", "pin", "nail", "lock", "find"}
EAGER = {"keen", "eager", "interested", "happy", "glad", "delighted"}
HOLD_A_MEETING = {"have", "see", "do", "hold", "run", "get"}  # … a call, a demo, a workshop
# "he wants a call back", "she asked for a demo next month": a meeting asked for by name
NOUN_REQUEST_VERBS = {"want", "request", "need", "ask", "suggest", "prefer", "propose"}
# "we'll get a date in the diary": arranging a meeting without naming it
DIARY = {"diary", "calendar", "calendars", "diaries", "schedule"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "'d"}
REQUEST_VERBS = {"ask", "request", "want", "tell", "say", "suggest", "prefer", "need", "expect", "invite"}
INTENT_VERBS = {"plan", "intend", "aim", "hope", "want", "need", "promise", "agree", "mean", "try", "expect", "arrange", "offer"}
# "once the lab is done" dates nothing: it stays a commitment without a date
CONDITIONAL_MARKS = {"if", "unless", "whether", "in case"}
# "… once you confirm": the reader's decision, not an event that will happen anyway
READER_DECIDES = {"confirm", "decide", "approve", "agree", "sign", "choose", "pick", "say", "reply", "respond", "give",
                  "let", "tell", "accept", "ok", "okay"}
SUPPLIER_NOUNS = {"vendor", "supplier", "provider", "contractor", "agency", "partner", "reseller", "installer",
                  "integrator", "consultant", "firm"}
ANSWERS = {"answer", "update", "detail", "decision", "headcount", "info", "information", "response", "confirmation",
           "figure", "number", "price", "cost", "feedback", "date", "availability", "view", "verdict", "count", "list"}
QUANTITY_NOUNS = {"couple", "few", "number", "handful", "list", "selection", "set", "pair", "choice", "some"}
NOT_A_DELIVERABLE = {"availability", "times", "time", "slots", "slot", "calendar", "thoughts", "feedback", "questions",
                     "regards", "best", "date", "dates"}
PERSON_OBJECT = {"meet", "connect", "call", "ring", "phone", "text", "message", "ping", "introduce", "intro"}  # contact when their object is a person
FOLLOW_UP = {"f/u", "follow-up"}
DURATIONS = {"minute", "minutes", "hour", "hours", "mins", "slot", "slots", "time"}
RING_NOUNS = {"ring", "call", "shout", "buzz", "bell", "tinkle"}  # "I'll give you a ring"
RECEIVING = {"expect", "have", "receive", "get", "hear"}  # "Expect the SOW from me", "you'll have it from us"
EVENT_ANCHOR = re.compile(
    r"\b(?:now|right away|straight away|immediately|same day|by return|today|tonight|"
    r"(?:straight |right |just |shortly )?after (?:the|our|this|today's|tomorrow's|your|my) (?:call|meeting|demo|visit|session|chat)|"
    r"(?:at|during|in) (?:the|our|this) (?:call|meeting|demo|visit|session)|attached|herewith|below)\b",
    re.IGNORECASE)
BOOKED = re.compile(
    r"\b(?:booked|invite|invitation|calendar|diary|scheduled|confirmed|locked in|set for|in the diary|accepted|agreed)\b",
    re.IGNORECASE)
PLEASANTRY = re.compile(r"^\W*(?:speak|talk|chat|catch up|see you|until)\s+(?:soon|later|then|shortly)\W*$", re.IGNORECASE)
TODO_LABEL = re.compile(r"^\s*(?:next (?:steps?|actions?)|action(?: items?)?|todo|to do|to-do|follow[- ]?ups?|f/u|next)\s*[:\-–]",
                        re.IGNORECASE)
FIRST_PERSON = {"i", "we", "me", "us", "myself"}
LEADING_BULLET = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+")
DATE_LABEL = re.compile(r"^\s*(?:(?:w/c|wc|w\.c\.|week of|by|before|on)\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+)?"
                        r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2})\s*:\s*",
                        re.IGNORECASE)
# who owns the item, as action lists write it: "Kelsey (Relay): share …", "Both: review …"
OWNER_LABEL = re.compile(
    r"^\s*(?!(?:objective|goal|aim|agenda|purpose|context|background|notes?|summary|outcome|status|update|why|what|"
    r"how|who|when|where|re|subject|ps|tip|ask|owner|result|decision|risk|issue|problem|question|answer|budget|"
    r"timeline|pricing|price|scope|attendees|contact|company|account)\b)"
    r"(?:(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*))?(?:\s*(?:\+|&|/|and)\s*(?-i:[A-Z][\w.'’-]*))*|both|all|us|me)"
    r"(?:\s*\([^)\n]{1,40}\))?\s*:\s+(?=(?-i:[a-z]))", re.IGNORECASE)
AND_THEN_I = re.compile(r"\band (?:i|we) ?(?:will|'ll|can)\b", re.IGNORECASE)
AWAITS_REPLY = re.compile(r"\b(?:let (?:me|us) know|reply|respond|write back|drop me a line|ping me|email me|"
                          r"give me a (?:shout|call|ring|bell))\b.*\band (?:i|we)\b")
# a routine is a service, not a next step: "a service report on the first working day of each month"
RECURRING = re.compile(r"\b(?:each|every)\s+(?:(?:working|business|other)\s+)?(?:day|week|month|quarter|year|morning|"
                       r"afternoon|monday|tuesday|wednesday|thursday|friday|visit|shift|site)\b|"
                       r"\b(?:daily|weekly|fortnightly|monthly|quarterly|annually)\b", re.IGNORECASE)
CLAUSE_MARKS = {",", ";", ":", "-", "–", "—"}
ACTION_FORMS_EXTRA = {"sent", "met", "spoke", "spoken", "got", "gotten", "came", "rang", "rung", "wrote", "written",
                      "caught", "drew", "f/u", "follow-up", "follow-ups"}
LEXICON = Lexicon(CONTACT | DELIVERY | ARRANGE | REQUEST_VERBS | INTENT_VERBS | MEETING_NOUNS | NOT_A_DELIVERABLE
                  | {"let", "look", "go", "sure", "ensure"} | HOLD_A_MEETING | EAGER | READER_DECIDES | REPORTING | SETTLE)


ACTION_FORMS = frozenset(
    {form for lemma in CONTACT | DELIVERY | ARRANGE | SETTLE | {"try", "give", "drop", "shoot", "hear", "know", "promise"}
     for form in inflections(lemma)}
    | ACTION_FORMS_EXTRA)
# commitments with no action word: "expect it from me", "the quote will be with you", "I'll have it for you"
FROM_WRITER = re.compile(r"\bfrom (?:me|us|our)\b|\bgo(?:es|ing)? out\b|\bbe with you\b|\bhave\b[^.?!]{0,40}\b(?:for|to|with) you\b|"
                         r"\blooking forward\b", re.IGNORECASE)
# "wants a call back", "asked for a demo": a meeting asked for by name, with no action verb
ASKS_FOR_MEETING = re.compile(r"\b(?:want|ask|request|need|suggest|prefer|propos|ha(?:ve|ving)|see|do|hold|run)\w*\s+"
                              r"(?:for\s+)?(?:an?|another|the|some)\s+(?:[\w-]+\s+)?(?:"
                              + "|".join(sorted(MEETING_NOUNS | DELIVERABLE_NOUNS)) + r")\b", re.IGNORECASE)
WORD = re.compile(r"[a-z][a-z/'-]*", re.IGNORECASE)
FRAMING = re.compile(
    r"\b(?:will|'ll|shall|wo|won't|going to|gonna|let's|let me|let us|plan(?:s|ning)?|intend(?:s|ing)?|aim(?:s|ing)?|"
    r"hop(?:e|es|ing)|want(?:s|ed)?|'d|mention(?:s|ed)?|sure|"
    r"need(?:s|ed)?|expect(?:s|ed)?|promise[sd]?|agree[sd]?|can|could|would|please|ask(?:s|ed|ing)?|told|tell|said|"
    r"suggest(?:s|ed)?|prefer(?:s|red)?|invite[sd]?|look(?:ing)? forward|next steps?|to-?do|action)\b|\?", re.IGNORECASE)
PROGRESSIVE = re.compile(r"\b(?:am|'m|are|'re|is|'s|be)\s+(?:\w+\s+)?(?:" + "|".join(
    sorted({re.escape(f) for f in ACTION_FORMS if f.endswith("ing")}, key=len, reverse=True)) + r")\b", re.IGNORECASE)
OPENING_WORDS = re.compile(r"^\W*(?:(?:next steps?|todo|to do|action(?: items?)?|f/u|next)\s*[:\-–]\s*)?"
                           r"(\S+(?:\s+to\s+\S+|\s+\S+)?)")  # "Call back", "Marcus to send"


def may_commit(text: str) -> bool:
    """Cheap test for whether a block can hold a commitment, so that only those blocks
    are tagged and parsed: an action word with forward framing, an action word opening
    a sentence ("Call back Friday"), or a progressive ("I'm sending it Tuesday")."""
    actions = {w for w in WORD.findall(text.lower()) if w in ACTION_FORMS}
    if not actions:
        return bool(FROM_WRITER.search(text) or ASKS_FOR_MEETING.search(text))
    if FRAMING.search(text) or PROGRESSIVE.search(text):
        return True
    for sentence in re.split(r"(?<=[.!?;])\s+|\n|\s[-–—]\s+", text):
        label = DATE_LABEL.match(sentence.lstrip(" \t-*•+")) or OWNER_LABEL.match(sentence.lstrip(" \t-*•+"))
        if label:
            sentence = sentence.lstrip(" \t-*•+")[label.end():]
        opening = OPENING_WORDS.match(sentence)
        if opening and any(w in ACTION_FORMS for w in WORD.findall(opening.group(1).lower())):
            return True
    return False




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
        return best


def find_commitments(sentences: list, expressions: list[TimeExpression]) -> list[Commitment]:
    found = []
    for index, sent in enumerate(sentences):
        if not sent[0].tag_ or PLEASANTRY.match(sent.text) or RECURRING.search(sent.text):
            continue  # untagged: a block the parse stage judged could not commit; or a routine, not a next step
        in_sentence = tuple(e for e in expressions if sent.start_char <= e.start < sent.end_char)
        seen_verbs: set[int] = set()
        for token in sent:
            action = _action(token)
            if not action or token.i in seen_verbs:
                continue
            framing = _framing(token, sent, bool(in_sentence))
            if framing is None:
                continue
            who, mode = framing
            if who == "other":
                continue
            seen_verbs.update(t.i for t in token.subtree if t.dep_ in ("conj", "xcomp"))
            found.append(Commitment(
                start=sent.start_char, end=sent.end_char, verb_start=token.idx,
                verb_end=token.idx + len(token.text), action=action, who=who, mode=mode,
                when=in_sentence, anchored=bool(EVENT_ANCHOR.search(sent.text)),
                booked=_booked_nearby(sentences, index, expressions), by=_by(_subject(token)),
            ))
            break  # one finding per sentence is enough for a reader
    return found


def _action(token) -> str | None:
    action = _kind_of_action(token)
    if action == "contact" and coarse(token) == "VERB" and _brings_thing(token):
        return "delivery"  # "she'll come back to you with the headcount by Friday": an answer, not a call
    if action == "contact" and LEXICON.lemma(token) == "email" and any(
            t.lower_ in DELIVERABLE_NOUNS for t in token.subtree if t.i > token.i):
        return "delivery"  # "I'll email Andy the results summary tonight"
    return action


def _brings_thing(token) -> bool:
    """Contact that carries something: "get back to you with the numbers", "come back with an answer"."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and (g.lower_ in DELIVERABLE_NOUNS or LEXICON.lemma(g) in ANSWERS) for g in c.children)
        for c in token.children)


def _kind_of_action(token) -> str | None:
    lemma = LEXICON.lemma(token)
    pos = coarse(token)
    if token.lower_ in FOLLOW_UP and _opens_clause(token):
        return "contact"  # notes shorthand for a follow-up: "f/u call with Beth Friday", "interested, f/u in June"
    if pos not in ("VERB", "NOUN", "PROPN") and token.dep_ == "ROOT" \
            and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children):
        pos = "VERB"  # "I'll forward the questionnaire" with 'forward' tagged as an adverb
    elif pos not in ("VERB", "NOUN", "PROPN") or token.tag_ in ("NNS",):
        return None
    if pos == "NOUN" and lemma in MEETING_NOUNS and _requested(token) is not None:
        return "contact"  # "he wants a call back early next month"
    if pos == "NOUN" and token.lower_ in DELIVERABLE_NOUNS and _requested(token) is not None:
        return "delivery"  # "she wants a proposal by the end of the month"
    if token.tag_ in ("VB", "VBP", "NN", "NNP") and token.lower_.replace("-", "") != lemma:
        return None  # a past form tagged as a base form ("Sent it" as VB) is the tagger's slip
    if pos != "VERB" and not _fragment_head(token):
        return None
    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod", "dobj", "prep")}
    if lemma == "give" and any(c.dep_ == "dobj" and LEXICON.lemma(c) in RING_NOUNS for c in token.children):
        return "contact"
    if lemma == "try" and any((c.dep_ == "dobj" and coarse(c) in ("PRON", "PROPN")) or c.lower_ == "again"
                              for c in token.children):
        return "contact"  # "I'll try you again tomorrow", notes: "Try again next week"
    if lemma in ("get", "bring") and any(t.dep_ == "pobj" and LEXICON.lemma(t) in MEETING_NOUNS and t.head.lower_ in ("on", "onto", "into")
                                         for t in token.subtree):
        return "contact"  # "get your shift leads on a call with our team"
    if lemma in HOLD_A_MEETING and any(c.dep_ == "dobj" and LEXICON.lemma(c) in MEETING_NOUNS for c in token.children):
        return "contact"  # "let's have a call", "keen to see a demo", "we'll run a workshop"
    if lemma == "promise" and token.dep_ == "ROOT" and any(
            c.dep_ == "dobj" and coarse(c) == "NOUN" and not c.lower_.endswith("thing") for c in token.children):
        return "delivery"  # "Promised Dana the ROI model this week"
    if lemma in ("be", "get", "keep") and any(c.dep_ == "prep" and c.lower_ == "in"
                                             and any(g.lower_ in ("touch", "contact") for g in c.children)
                                             for c in token.children):
        return "contact"  # "our engineer will be in touch", "I'll get in touch"
    if lemma == "hear" and _from_writer(token):
        return "contact"  # "you'll hear from me next week"
    if lemma == "let" and any(c.dep_ == "ccomp" and LEXICON.lemma(c) == "know" and any(g.lower_ == "you" for g in c.children)
                              for c in token.children):
        return "contact"  # "I'll let you know next week"
    if lemma == "catch" and any(c.dep_ == "dobj" and c.lower_ == "you" for c in token.children):
        return "contact"  # "catch you on Friday"
    if lemma == "be" and any(c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ == "you" for g in c.children)
                             for c in token.children):
        return "delivery"  # "the revised quote will be with you shortly"
    if lemma == "have" and any(c.dep_ in ("prep", "dative") and c.lower_ in ("for", "to", "with") and any(g.lower_ == "you" for g in c.children)
                               for c in token.children) and _has_object(token):
        return "delivery"  # "I'll have the numbers for you soon"
    if lemma == "have" and any(c.dep_ in ("ccomp", "dobj") and coarse(c) == "NOUN" and LEXICON.lemma(c) not in NOT_A_DELIVERABLE
                               and any(p.dep_ == "prep" and p.lower_ in ("to", "with") and any(g.lower_ == "you" for g in p.children)
                                       for p in c.children) for c in token.children):
        return "delivery"  # "we'll have the pilot results to you next week"
    if lemma == "look" and any(c.lower_ == "forward" for c in token.children) and any(
            t.dep_ == "pobj" and LEXICON.lemma(t) in MEETING_NOUNS for t in token.subtree):
        return "contact"  # "looking forward to our call next week"
    if lemma in RECEIVING and _from_writer(token) and _has_object(token):
        return "delivery"  # "expect the SOW from me" (but "expect to hear from us" is contact)
    if lemma == "go" and any(c.lower_ == "out" for c in token.children):
        return "delivery"  # "the proposal will go out Friday"
    if lemma in ("drop", "shoot") and any(c.dep_ == "dobj" and c.lower_ in ("line", "note", "email", "message", "mail")
                                          for c in token.children):
        return "contact"  # "I'll drop you a line", "I'll shoot you an email"
    if lemma == "follow" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "up" for c in token.children) \
            and (_subject(token) is not None and coarse(_subject(token)) == "NOUN"):
        return "delivery"  # "the contract will follow shortly"
    if lemma in ("get", "put", "pencil", "pop") and any(
            c.dep_ == "prep" and c.lower_ in ("in", "into") and any(LEXICON.lemma(g) in DIARY for g in c.children)
            for t in (token, *(c for c in token.children if c.dep_ == "dobj")) for c in t.children) \
            and not any(c.dep_ == "dobj" and LEXICON.lemma(c) in DURATIONS for c in token.children):
        return "contact"  # "we'll get a date in the diary", "I'll pencil something in the calendar"
    if lemma == "pick" and "up" in particles and _subject(token) is not None and _subject(token).lower_ in ("we", "i") and any(
            c.dep_ == "dobj" and c.lower_ in ("this", "it", "that", "conversation", "thread", "discussion") for c in token.children):
        return "contact"  # "we can pick this up after the holidays"
    if lemma in ON_A_CALL:
        on = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "onto") for g in c.children]
        return "contact" if any(LEXICON.lemma(g) in MEETING_NOUNS or g.lower_ in CALL_MEDIA for g in on) else None
    if lemma in ("pop", "drop") and particles & {"over", "across", "through"} and _has_object(token, skip_people=True):
        return "delivery"  # "I'll pop the pricing across", "drop the samples over"
    if lemma in PARTICLE_CONTACT:
        if particles & PARTICLE_CONTACT[lemma]:
            return "contact"
        if lemma == "get" and _has_object(token):
            if any(c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB" for c in token.children):
                return None  # "I'll get Tom to call you": the call is the action
            things = {LEXICON.lemma(c) for c in token.children if c.dep_ == "dobj"}
            if things & DURATIONS:
                return None  # "can we get 30 minutes in her diary?" asks for a slot
            return None if things & NOT_A_DELIVERABLE else "delivery"
        return None
    if lemma in SETTLE and any(c.dep_ == "dobj" and LEXICON.lemma(c) in ("date", "time", "slot", "day") for c in token.children) \
            and (lemma in ("fix", "agree", "find") or particles & {"out", "down", "in"}):
        return "contact"  # "we'll sort out a date for the workshop", "let's agree a time"
    if lemma == "confirm" and any(c.dep_ == "dobj" and LEXICON.lemma(c) in ("date", "time", "slot", "day")
                                  for c in token.children) and _who(_subject(token)) == "rep" and _subject(token) is not None:
        return "delivery"  # "we'll confirm the install date once the artwork is approved" (not "can you confirm …")
    if lemma in ARRANGE:
        objects = {LEXICON.lemma(c) for c in token.children if c.dep_ in ("dobj", "attr")}
        if objects & {"it", "one", "that", "this"} and "up" in particles:  # "Reference call …: I'll set it up."
            return "contact" if any(LEXICON.lemma(t) in MEETING_NOUNS for t in token.sent) else None
        return "contact" if objects & MEETING_NOUNS else None
    if lemma in ("put", "pull") and not particles & {"together", "over", "across"}:
        return None  # "put together a proposal" delivers; "put it to the board" does not
    if lemma in DELIVERY and lemma not in CONTACT:
        objects = [c for c in token.children if c.dep_ in ("dobj", "dative")]
        things = [c for c in token.children if c.dep_ in ("dobj", "npadvmod") and coarse(c) not in ("PRON", "PROPN")]
        if any(_not_deliverable(o) for o in things) and all(_not_deliverable(o) or o.dep_ == "npadvmod" for o in things):
            return None  # "send over a few times", "share your availability" (not "the plan with the dates")
        return "delivery" if objects or particles & {"over", "across", "through", "on", "out"} else None
    if lemma == "email" and _has_object(token, skip_people=True):
        return "delivery"
    if lemma in PERSON_OBJECT and any(c.dep_ == "dobj" and coarse(c) not in ("PRON", "PROPN") for c in token.children):
        return None  # "meet the deadline", "connect your self-check kiosks": not contact
    if lemma == "connect" and not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")
                                      for c in token.children):
        return None  # "connect to your existing system"
    if lemma in CONTACT and lemma not in PARTICLE_CONTACT:
        return "contact"
    return None


def _requested(noun):
    """The verb asking for a meeting named as a noun: "wants a call", "asked for a demo"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if LEXICON.lemma(head) in NOUN_REQUEST_VERBS and coarse(head) == "VERB" else None


def _from_writer(token) -> bool:
    """Something comes from me/us: "Expect the revised SOW from me", "you'll have it from us"."""
    # spaCy makes a new Token object on every access: compare positions, never identity
    return any(t.dep_ == "pobj" and t.head.lower_ == "from" and token.i in (t.head.head.i, t.head.head.head.i)
               and (t.lower_ in ("me", "us") or any(c.dep_ == "poss" and c.lower_ == "our" for c in t.children))
               for t in token.subtree)  # "from me", "from our regional manager"


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
            if skip_people and coarse(child) in ("PRON", "PROPN"):
                continue
            return True
    return False


def _opens_sentence(token) -> bool:
    return token.i == token.sent.start + _label_width(token.sent)


def _opens_clause(token) -> bool:
    """First in its sentence, or just after a comma, semicolon, colon or dash (or after
    will/to, as notes write "Will f/u next wk")."""
    if _opens_sentence(token):
        return True
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    return before is not None and (before.text in CLAUSE_MARKS or before.lower_ in ("will", "'ll", "to", "must", "should"))


def _fragment_head(token) -> bool:
    """Notes drop the subject and the verb's form: "Call back next week", "F/u Friday".
    A noun heading a phrase with no time and no label is a title: "Call with Karen Holt"."""
    opening = token.sent.start + _label_width(token.sent)
    if token.i != opening and not (token.dep_ == "compound" and token.head.i == opening + 1):
        return False
    if token.dep_ not in ("ROOT", "compound"):
        return False
    return bool(_label_width(token.sent)) or any(c.dep_ in ("prt", "npadvmod", "dobj") for c in token.children)


def _label_width(sent) -> int:
    """Tokens before the sentence's own words: a bullet, a to-do label ("Next steps:"),
    a date label ("w/c 1 June:")."""
    text = sent.text
    bullet = LEADING_BULLET.match(text)
    offset = bullet.end() if bullet else 0
    match = TODO_LABEL.match(text[offset:]) or DATE_LABEL.match(text[offset:]) or OWNER_LABEL.match(text[offset:])
    offset += match.end() if match else 0
    if not offset:
        return 0
    return sum(1 for t in sent if t.idx < sent.start_char + offset)


def _framing(verb, sent, timed: bool = True) -> tuple[str, str] | None:
    """(who, mode) when the verb's clause looks forward; None when it does not commit."""
    if _negated(verb) or _conditional(verb):
        return None
    if verb.lower_ in FOLLOW_UP and _opens_clause(verb):
        return "rep", "todo"
    if coarse(verb) == "NOUN" and _requested(verb) is not None:
        return _noun_request(_requested(verb), sent, verb.lower_ in MEETING_NOUNS)
    head = verb.head if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl", "pcomp") else None
    own_subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.tag_ == "VBZ" and own_subject is not None and own_subject.lower_ not in FIRST_PERSON \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "each site manager gets a walkthrough", "the board meets on 24 June": what is, not a promise
    if _awaits_reply(verb):
        return None  # "let me know (if you'd like to go ahead) and we'll book it": an offer awaiting a reply
    if verb.dep_ == "conj" and head is not None and not (own_subject is not None and any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)):  # "…, so I'll ring you": its own clause
        return _framing(head, sent, timed) if _action(head) or coarse(head) == "VERB" else None
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    subject = _subject(verb)
    if auxes & {"shall", "should"} and _question(sent) and subject is not None and subject.lower_ in ("i", "we") \
            and _action(verb) == "delivery":
        return None  # "Shall I send the paperwork?" offers and waits for a yes
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
    # notes: "Kate to send over the floor plans", "Me to call back Friday"
    if verb.dep_ in ("acl", "relcl") and "to" in auxes and verb.head.dep_ == "ROOT" \
            and coarse(verb.head) in ("PROPN", "NOUN", "PRON") and verb.head.i == sent.start:
        return _who(verb.head), "todo"
    owner = _named_owner(verb, sent)  # "Dana to come back to us w/ headcount"
    if owner is not None:
        return _who(owner), "todo"
    # "let's find time to talk", "I'll call to arrange a demo": the purpose clause is
    # as much a commitment as the clause it hangs from
    if verb.dep_ in ("relcl", "acl", "advcl") and not auxes - {"to"} and _subject(verb) is None \
            and verb.tag_ not in ("VBD", "VBN"):  # "Emailed a note, …, I'll leave it" reports the past
        governor = next((a for a in verb.ancestors if coarse(a) == "VERB"), None)
        if governor is not None and not _conditional(verb):
            return _framing(governor, sent, timed)
    if head is not None and verb.dep_ in ("xcomp", "ccomp"):
        framed = _framed_by_head(verb, head, auxes, sent, timed)
        if framed is not None:
            return framed or None
    # "she asked me to call back", "he wants us to send pricing", "told me to ring Friday"
    if verb.dep_ in ("xcomp", "ccomp") and head is not None and LEXICON.lemma(head) in REQUEST_VERBS \
            and verb.tag_ == "VB":  # the requested action is an infinitive: "asked me to call"
        if _negated(head) or _conditional(head):
            return None
        if LEXICON.lemma(head) == "want" and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX
                                                 for c in head.children) and _who(_subject(head)) != "rep":
            return None  # "(she'll want to talk about it)" predicts the call's topic
        asker = _subject(head)
        if asker and asker.lower_ in FIRST_PERSON and LEXICON.lemma(head) in ("want", "need", "expect", "prefer"):
            return "rep", "promise" if head.tag_ in ("VBP", "VBZ", "VB") else None
        if asker is not None and asker.lower_ == "you" and _question(sent):
            return None  # "do you want to put it to your partners?" asks, it records nothing
        if asker is not None and asker.lower_ not in FIRST_PERSON:
            return "prospect", "reported-request"  # "she asked me to call back"
        if asker is None and head.tag_ == "VBD" and head.i == sent.start + _label_width(sent):
            return "prospect", "reported-request"  # notes: "Asked me to call back next week"
        if asker is None and head.tag_ in ("VB", "VBP") and LEXICON.lemma(head) in ("need", "want") \
                and head.i == sent.start + _label_width(sent):
            return "rep", "todo"  # notes: "Need to get pricing to Dana asap"
        return None  # the writer's own request ("left a message asking him to call")
    # "Dana keen to see a demo in April", "happy to jump on a call later this month": a wish
    # or an offer is a next step only when it names a time
    if verb.dep_ == "xcomp" and head is not None and LEXICON.lemma(head) in EAGER:
        if not timed or _negated(head) or _conditional(head) or any(
                c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in (*head.children, *head.head.children)):
            return None
        holder = _subject(head) or _subject(head.head) or next(
            (t for t in sent if t.i < head.i and coarse(t) in ("PROPN", "PRON")), None)
        return ("rep", "promise") if _who(holder) == "rep" else ("prospect", "reported-request")
    # "I plan to call", "we agreed to meet", "I'm going to send"
    if verb.dep_ == "xcomp" and head is not None and LEXICON.lemma(head) in INTENT_VERBS | {"go"}:
        if _negated(head) or _conditional(head) or (head.tag_ in ("VBD", "VBN") and LEXICON.lemma(head) not in ("agree", "promise")):
            return None
        return _who(_subject(head)), "promise"
    # notes: "Marcus to send org chart", "Dana to come back to us w/ headcount"
    if verb.dep_ == "ROOT" and auxes == {"to"} and subject is not None and subject.i == sent.start + _label_width(sent):
        return _who(subject), "todo"
    # "let's catch up", "let me send you"
    if head is not None and LEXICON.lemma(head) == "let" and verb.dep_ == "ccomp":
        return "rep", "promise"
    # "I look forward to speaking next week"
    if verb.dep_ == "pcomp" and head is not None and LEXICON.lemma(head.head) == "look":
        return "rep", "promise"
    if auxes & FUTURE_AUX:
        return _who(subject), "promise"
    if auxes & HYPOTHETICAL_AUX:
        if _question(sent) and subject is not None and (subject.lower_ == "you" or any(
                c.dep_ == "poss" and c.lower_ == "your" for c in subject.children)):
            return "prospect", "request"  # "Could you call me back next week?", "could your planner share …?"
        return None
    if auxes & {"can", "ca"} and _question(sent):
        return ("prospect" if subject is not None and subject.lower_ == "you" else "rep"), "request"
    if auxes & {"can", "ca"} and timed and subject is not None and subject.lower_ == "we" and _action(verb) == "contact":
        return "rep", "promise"  # "we can pick this up after the summer holidays": a loose next step
    if verb.tag_ in ("VBD", "VBN") and not auxes:
        return None
    if verb.tag_ == "VBG" and auxes & {"am", "'m", "are", "'re", "is", "'s"}:
        if _who(subject) != "rep" and not timed:
            return None  # "25 new users are sharing logins" describes now; "Dana is sending it Friday" plans
        return _who(subject), "promise"  # "I'm sending it tomorrow"
    if verb.tag_ == "VB" and not auxes and any(c.lower_ == "please" for c in verb.children):
        return "prospect", "request"  # "Marek (cc), please share the data-room access with Ines"
    if subject is not None and subject.i < sent.start + _label_width(sent):
        subject = None  # "w/c 1 June: send revised quote" with the label parsed as the subject
    opens_item = verb.tag_ == "VB" and _label_width(sent) and _opens_sentence(verb)  # "- w/c 1 June: send quote"
    if (verb.dep_ == "ROOT" or opens_item) and subject is None and verb.tag_ in ("VB", "NN", "NNP", "VBP"):
        if TODO_LABEL.match(sent.text) or not _addressed_to_reader(verb):
            return "rep", "todo"  # "Call back next week" in notes, "Next steps: send quote"
        if AND_THEN_I.search(sent.text[verb.idx - sent.start_char:]):
            return None  # "give me a shout and I'll send it over": the reader's move, then mine
        return "prospect", "request"  # "Call me back next week"
    if verb.dep_ == "ROOT" and subject is not None and verb.tag_ == "VBZ" and subject.lower_ not in FIRST_PERSON:
        return None  # "she calls every week" is a habit, not a commitment
    return None


def _noun_request(head, sent, meeting: bool = True) -> tuple[str, str] | None:
    """Who asks for the meeting named as a noun: "he wants a call back", "we need a demo"."""
    if _negated(head) or _conditional(head):
        return None
    asker = _subject(head)
    if asker is not None and asker.lower_ == "you" and _question(sent):
        return None  # "do you want a call next week?" offers, it records nothing
    if asker is None or asker.lower_ in FIRST_PERSON:  # "we need a call with her CFO"; "we need the PO" asks
        return ("rep", "promise") if meeting and head.tag_ in ("VBP", "VB") and asker is not None else None
    return "prospect", "reported-request"


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
    # "I'll make sure you get the questionnaire"
    if head_lemma == "sure" and LEXICON.lemma(head.head) in ("make", "ensure"):
        return _framing(head.head, sent, timed) or ()
    # reported future: "Tom mentioned he'd send the RFP", "I said I'd call on Friday"
    if head_lemma in REPORTING and verb.dep_ == "ccomp" and auxes & {"would", "'d", "will", "'ll"} and \
            head.tag_ in ("VBD", "VBN") and not _conditional(verb):
        return _who(_subject(verb)), "promise"
    return None


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
    pronouns from the start of the sentence, then "to", then the verb."""
    opening = sent.start + _label_width(sent)
    if verb.i - opening not in (2, 3, 4) or verb.doc[verb.i - 1].lower_ != "to":
        return None
    names = verb.doc[opening:verb.i - 1]
    if all(coarse(t) == "PROPN" or t.lower_ in ("me", "we", "us", "i") for t in names):
        return names[0]
    return None


def _subject(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl"):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _by(subject) -> str:
    if subject is None:
        return ""
    if subject.lower_ in ("i", "we"):
        return subject.lower_
    return "our" if any(c.dep_ == "poss" and c.lower_ == "our" for c in subject.children) else ""


def _who(subject) -> str:
    if subject is None or subject.lower_ in FIRST_PERSON or subject.lower_ == "'s":
        return "rep"
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children):
        return "rep"  # "our engineer will be in touch": the writer's side
    if _third_party(subject):
        return "other"  # "another vendor promised to call us back": neither side of this deal
    return "prospect"


def _third_party(subject) -> bool:
    """Another supplier: "another vendor", "their current provider", "the incumbent"."""
    lemma = LEXICON.lemma(subject)
    if lemma in ("competitor", "incumbent"):
        return True
    return lemma in SUPPLIER_NOUNS and any(
        c.lower_ in ("another", "their", "your", "previous", "current", "old", "existing", "incumbent", "other", "last")
        for c in subject.children if c.dep_ in ("det", "poss", "amod"))


def _negated(verb) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in verb.children):
        return True
    return any(c.lower_ == "no" and c.dep_ == "det" for c in verb.subtree if c.head.i == verb.i)


def _conditional(verb) -> bool:
    """The verb sits in, or governs, an if-clause: "if you'd like, I could send it", or
    waits for the reader's decision: "I'll send the SOW once you confirm"."""
    for clause in verb.children:  # "if the budget is approved, I'll send it"
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children):
            return True
        if clause.dep_ == "advcl" and LEXICON.lemma(clause) in READER_DECIDES and any(
                c.dep_ == "mark" and c.lower_ in ("once", "when", "after") for c in clause.children) and any(
                c.dep_ == "nsubj" and c.lower_ == "you" for c in clause.children):
            return True
    node = verb
    while node is not None:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "relcl", "pcomp", "pobj", "prep"):
            break
        node = node.head if node.head.i != node.i else None
    return False


def _question(sent) -> bool:
    return sent.text.rstrip().endswith("?")


def _addressed_to_reader(verb) -> bool:
    return any(c.lower_ in ("me", "us") for c in verb.children) or verb.doc[verb.sent.start].lower_ == "please"


def _booked_nearby(sentences, index: int, expressions: list[TimeExpression]) -> bool:
    """A booked slot stated in the sentence or just after it: "She asked me to call back.
    Booked: Tue 3 March 10:00." (A booking before it is another meeting's.)"""
    own = sentences[index]
    own_end = own.start_char + len(own.text.rstrip())
    for k in range(index, min(len(sentences), index + 3)):
        near = sentences[k]
        near_start = near.start_char + len(near.text) - len(near.text.lstrip())
        if k > index and own.doc.text.count("\n", own_end, near_start) > 1:
            break  # two lines on, or past a blank line: that booking is another meeting's
        if k > index and LEADING_BULLET.match(near.text) and "\n" in own.doc.text[own_end:near_start + 1]:
            break  # the next item of a list is its own step
        has_slot = any(near.start_char <= e.start < near.end_char and e.precision == "datetime" for e in expressions)
        context = near.text + (" " + sentences[k - 1].text if k > 0 else "")
        if has_slot and BOOKED.search(context):
            return True
    return False
