"""Reading a clause off the parse: its subject and whose side that is, negation,
conditions, questions, and where a sentence's own words start after its labels."""

from __future__ import annotations

from bisect import bisect_right

from .words import (
    CLAUSE_MARKS, CONDITIONAL_MARKS, DATE_LABEL, FIRST_PERSON, LEADING_BULLET, LEXICON, OWNER_LABEL,
    PLEASE, READER_DECIDES, SUPPLIER_NOUNS, TODO_LABEL, WILL)


# the Doc's sentences, their starts and texts, kept in its user_data by remember_sentences:
# token.sent looks for the boundaries token by token and Span.text visits every token,
# and the rules below ask for both many times per action
SENTENCES = "salescheck.sentences"


def remember_sentences(sentences: list, text: str) -> None:
    """Keep the Doc's sentences (`text` is the Doc's text) for _sentence and _text."""
    if sentences:
        sentences[0].doc.user_data[SENTENCES] = ([s.start for s in sentences], sentences, text)


def _sentence(token):
    """token.sent, looked up in the kept sentences."""
    kept = token.doc.user_data.get(SENTENCES)
    if kept is None:
        return token.sent
    starts, sentences, _ = kept
    return sentences[bisect_right(starts, token.i) - 1]


def _text(sent) -> str:
    """sent.text, cut from the kept Doc text."""
    kept = sent.doc.user_data.get(SENTENCES)
    return sent.text if kept is None else kept[2][sent.start_char:sent.end_char]


def _opens_sentence(token) -> bool:
    sent = _sentence(token)
    return token.i == sent.start + _label_width(sent)


def _opens_clause(token) -> bool:
    """First in its sentence, or just after a comma, semicolon, colon or dash (or after
    will/to, as notes write "Will f/u next wk")."""
    if _opens_sentence(token):
        return True
    before = token.doc[token.i - 1] if token.i > _sentence(token).start else None
    return before is not None and (before.text in CLAUSE_MARKS or before.lower_ in WILL | {"to", "must", "should"})


def _label_width(sent) -> int:
    """Tokens before the sentence's own words: a bullet, a to-do label ("Next steps:"),
    a date label ("w/c 1 June:"). Kept in the Doc's user_data: asked for many times."""
    key = ("salescheck.label_width", sent.start)
    widths = sent.doc.user_data
    if key not in widths:
        widths[key] = _measure_label(sent)
    return widths[key]


def _measure_label(sent) -> int:
    text = _text(sent)
    bullet = LEADING_BULLET.match(text)
    offset = bullet.end() if bullet else 0
    match = TODO_LABEL.match(text[offset:]) or DATE_LABEL.match(text[offset:]) or OWNER_LABEL.match(text[offset:])
    offset += match.end() if match else 0
    if not offset:
        return 0
    return sum(1 for t in sent if t.idx < sent.start_char + offset)


def _subject(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl"):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


READY = {"ready", "happy", "comfortable", "set", "good"}
ASKING = {"ask", "wonder", "enquire", "inquire"}
SAYING = ASKING | {"say", "tell", "know", "confirm", "check", "see", "decide", "advise", "hear", "find"}
WAIT_MARKS = {"once", "when", "after", "whenever"}  # and "as" under "as soon as" (not "as agreed")
WAIT_PREPOSITIONS = {"upon", "on", "after", "following", "pending"}
SIGNED_PAPERS = {"plan", "contract", "order", "agreement", "policy", "po", "proposal", "quote", "sow", "form"}
# what the reader gives before the writer can act: "upon your confirmation"
READER_MOVES = {"confirmation", "approval", "go-ahead", "sign-off", "signoff", "decision", "reply", "response",
                "answer", "agreement", "acceptance", "instruction", "instructions", "ok", "okay", "signature"}
# the seller as a proposal's defined term, capitalised as contracts write it
DEFINED_SELLER = {"Contractor", "Supplier", "Vendor", "Provider", "Consultant", "Seller", "Licensor", "Consultancy"}


def _by(subject) -> str:
    if subject is None:
        return ""
    if subject.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in subject.head.children):
        return "we"  # "the equipment will be delivered in April": by the writer's side
    if subject.lower_ in ("i", "we"):
        return subject.lower_
    ours = any(c.dep_ == "poss" and c.lower_ == "our" for c in subject.children) or subject.text in DEFINED_SELLER
    return "our" if ours else ""


def _who(subject) -> str:
    if subject is None or subject.lower_ in FIRST_PERSON or subject.lower_ == "'s":
        return "rep"
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in (*subject.children, *(
            g for c in subject.children if c.dep_ == "compound" for g in c.children))):
        return "rep"  # "our engineer will be in touch", "our export manager Mrs. Aydın will visit you": the writer's side
    if any(c.dep_ == "conj" and c.lower_ in FIRST_PERSON for c in subject.children):
        return "rep"  # "Mr. Zhang and I will visit": the writer goes too
    if subject.text in DEFINED_SELLER:
        return "rep"  # a proposal's defined term: "The Contractor will provide …"
    if _third_party(subject):
        return "other"  # "another vendor promised to call us back": neither side of this deal
    return "prospect"


# public bodies and carriers, who deal with the reader for neither side of the deal
AUTHORITIES = {"revenue", "hmrc", "irs", "cra", "ato", "sars", "kra", "firs", "council", "municipality", "customs", "courier",
               "carrier", "regulator", "registry", "registrar", "ministry", "government", "utility", "inspector"}


def _third_party(subject) -> bool:
    """Another supplier: "another vendor", "their current provider", "the incumbent"."""
    lemma = LEXICON.lemma(subject)
    if lemma in ("competitor", "incumbent") or (lemma in AUTHORITIES and not any(
            c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children)):
        return True  # "Revenue will write to you directly", "the courier will call to arrange delivery"
    return lemma in SUPPLIER_NOUNS and any(
        c.lower_ in ("another", "their", "your", "previous", "current", "old", "existing", "incumbent", "other", "last")
        for c in subject.children if c.dep_ in ("det", "poss", "amod"))


def _negated(verb) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in verb.children):
        return True
    # "No need to chase your neighbour": the need is denied (the parse hangs "need" below the verb or above it)
    before = verb.doc[max(_sentence(verb).start, verb.i - 3):verb.i]
    return [t.lower_ for t in before][-3:] == ["no", "need", "to"]


def _conditional(verb) -> bool:
    """The verb sits in, or governs, an if-clause: "if you'd like, I could send it", or
    waits for the reader's decision: "I'll send the SOW once you confirm"."""
    if _inverted_condition(verb):
        return True
    if any(c.dep_ == "prep" and ((c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "case" for g in c.children))
                                 or (c.lower_ in ("on", "upon") and any(g.dep_ == "pobj" and g.lower_ == "request" for g in c.children)))
           for c in verb.children):  # "We'll share reference customers on request"
        return True  # "Kindly revert in case any clarification is required", "in case of any queries"
    # "as soon as you confirm" hangs off "soon", not off the verb
    soon = [g for c in verb.children if c.dep_ == "advmod" and c.lower_ == "soon" for g in c.children]
    # and the purpose clause's: "will visit the site to meet the shift managers once we're instructed"
    purpose = [g for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > verb.i and LEXICON.lemma(c) not in SAYING
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for g in c.children if g.i > c.i]
    for clause in list(verb.children) + soon + purpose:  # "if the budget is approved, I'll send it"
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS
                                          and not _asks_whether(c, verb) for c in clause.children):
            return True
        if clause.dep_ == "ccomp" and clause.head.i == verb.i and clause.i > verb.i and LEXICON.lemma(verb) not in SAYING and any(
                c.dep_ == "mark" and c.lower_ == "if" for c in clause.children):
            return True  # "Tell her we'll call if anything changes": the parse's ccomp is a condition
        if clause.dep_ == "advcl" and (LEXICON.lemma(clause) in READER_DECIDES or any(
                c.dep_ == "acomp" and c.lower_ in READY for c in clause.children)) and any(
                c.dep_ in ("mark", "advmod") and (c.lower_ in WAIT_MARKS or (c.lower_ == "as" and clause.head.lower_ == "soon"))
                for c in clause.children) \
                and (any(c.dep_ == "nsubj" and c.lower_ == "you" for c in clause.children) or _signed_by_reader(clause)):
            return True  # "once you confirm", "when you're ready", "once signed": the reader moves first
        if clause.dep_ == "advcl" and _we_are_engaged(clause) and any(
                c.dep_ == "mark" and c.lower_ in WAIT_MARKS for c in clause.children):
            return True  # "once we're instructed": the reader engages us first
        if clause.dep_ == "prep" and clause.lower_ in WAIT_PREPOSITIONS and _readers_move(clause):
            return True  # "upon your confirmation", "on receipt of your PO"
        if clause.dep_ == "prep" and clause.lower_ == "within" and any(
                p.dep_ == "prep" and p.lower_ == "of" and _readers_move(p)
                for n in clause.children if n.dep_ == "pobj" for p in n.children):
            return True  # "within 5 working days of signature": counted from the reader's move
    node = verb
    while node is not None:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children) \
                and not (node.dep_ == "ccomp" and LEXICON.lemma(node.head) in ASKING):
            return True  # (not "asked if we could send references": a question reported, not a condition)
        if node is not verb and verb.dep_ == "conj" and any(
                c.dep_ == "advcl" and c.i < verb.i and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
                for c in node.children):
            return True  # "If you sign before the end of February, our driver will … and our manager will visit …"
        if node is not verb and node.lower_ == "let" and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
                for c in node.children):
            return True  # "If you like, let's grab a coffee": the if-clause hangs from 'let'
        if node.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "relcl", "pcomp", "pobj", "prep"):
            break
        node = node.head if node.head.i != node.i else None
    return False


def _inverted_condition(verb) -> bool:
    """"Should you want a second quotation, I can prepare it - only tell me": a condition
    put first by inversion ("Should you …", "Were you to …", "Had we …")."""
    sent = _sentence(verb)
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    return first is not None and first.lower_ in ("should", "were", "had") and first.i + 1 < len(verb.doc) \
        and verb.doc[first.i + 1].lower_ in ("you", "your", "we", "they", "the", "there", "anything", "any") \
        and any(t.text in (",", "-", "–", "—") for t in sent if t.i > first.i + 1)


def _asks_whether(mark, verb) -> bool:
    """An "if" right after a verb of saying other than `verb` asks whether, it sets no
    condition: "he will call me after Vinitaly to say if they shortlist us" (the parse
    hangs the if-clause on "call")."""
    before = mark.doc[mark.i - 1] if mark.i else None
    return before is not None and before.i != verb.i and LEXICON.lemma(before) in SAYING


def _we_are_engaged(clause) -> bool:
    """"once we're instructed", "when we are appointed": the reader's decision to engage us."""
    return clause.tag_ == "VBN" and clause.lower_ in ("instructed", "appointed", "engaged", "awarded", "selected", "hired",
                                                      "chosen", "shortlisted") \
        and any(c.dep_ == "nsubjpass" and c.lower_ in ("we", "us") for c in clause.children)


def _signed_by_reader(clause) -> bool:
    """"once signed", "once approved", "once the contract is signed": the reader's signature
    on the order form or contract; not "once approved by our finance team"."""
    return clause.tag_ == "VBN" and LEXICON.lemma(clause) in ("sign", "approve", "accept") \
        and not any(c.dep_ in ("nsubj", "agent") or (c.dep_ == "nsubjpass" and LEXICON.lemma(c) not in SIGNED_PAPERS)
                    for c in clause.children)


def _readers_move(preposition) -> bool:
    """The preposition's object is the reader's decision or document: "your go-ahead",
    "receipt of your signed order"."""
    for noun in preposition.children:
        if noun.dep_ != "pobj":
            continue
        if noun.lower_ == "receipt":
            return any(_readers_move(p) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of")
        if any(c.dep_ == "poss" and c.lower_ == "your" for c in noun.children):
            return noun.lower_ in READER_MOVES or preposition.lower_ == "of"
        if noun.lower_ in ("signature", "acceptance", "approval", "award", "sign-off", "signoff") and not any(
                c.dep_ in ("poss", "det", "prep") for c in noun.children):
            return True  # a proposal's "After signature we will send you the project plan": the reader signs
    return False


def _question(sent) -> bool:
    return _text(sent).rstrip().endswith("?")


def _addressed_to_reader(verb) -> bool:
    return any(c.lower_ in ("me", "us") for c in verb.children) or verb.doc[_sentence(verb).start].lower_ in PLEASE


def _after_lets(verb, sent) -> bool:
    """The verb comes straight after "Let's" or "Let us", however it was parsed: opening
    the sentence, or its main clause ("Once you've had a look, let's pencil in a call",
    "…, so let's pencil in another chat")."""
    opening = sent.start + _label_width(sent)
    at = verb.i - 2
    return at >= opening and sent.doc[at].lower_ == "let" and sent.doc[at + 1].lower_ in ("'s", "’s", "us", "s") \
        and (at == opening or sent.doc[at - 1].text in (",", ";", ":", "-", "–")  # "Lets grab …", split by the tokenizer
             or sent.doc[at - 1].lower_ in ("so", "and", "then", "but", "maybe", "perhaps"))  # "…, so let's pencil in a chat"
