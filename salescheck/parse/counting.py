"""Which of a document's commitments count as next steps: not a heading's topic, a log's
record, a proposal's scope, a request answered in the next sentence, a meeting booked
elsewhere or held, a thing sent later (notes)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..read import Document
from ..read.layout import LOG_PREFIX
from .commitments.words import BOOKED, DELIVERABLE_NOUNS, MEETING_NOUNS
from .sections import Section, bare_heading
from .timex import resolve_when
from .verbless import DELIVERABLE_WORDS, ON_THE_CALL

DONE = re.compile(r"^\W*(?:\(?\s*(?:done|sent|completed|received|handed|gave|emailed|shared)\b|(?:he|she|they|we|i|\w+) (?:\w+ )?"
                  r"(?:emailed|sent|shared|forwarded|did|has done|has sent|already sent)\b(?: it| them| this| that)?)",
                  re.IGNORECASE)


# a line that says the call asked for is still open: "not booked yet", "nothing booked"
STILL_OPEN = re.compile(r"\b(?:not (?:yet )?(?:booked|scheduled|arranged)|nothing (?:booked|scheduled|in the diary)|"
                        r"no date (?:yet|agreed|set)|still (?:to be|to) (?:booked|book|arranged|arrange|scheduled|done)|still owed)\b",
                        re.IGNORECASE)


def whole_rows(document: Document, doc) -> list:
    """A table row is one unit: "| Onboarding call | Priya | Tue 4/7, 2pm |" is dated by
    its When cell, which the parser may read as a sentence of its own."""
    commitments = []
    for c in doc._.commitments:
        line = document.line_index(c.start)
        if line in document.cells:
            start = document.line_start(line)
            end = start + len(document.lines[line])
            # the When cell follows the action; a date before it is a log's record of when
            row = tuple(e for e in doc._.time_expressions if c.start <= e.start < end)
            if set(row) - set(c.when):
                c = replace(c, when=tuple(sorted(set(c.when) | set(row), key=lambda e: e.start)))
        commitments.append(c)
    return commitments


def commitments_that_count(document: Document, sections: list[Section], commitments, expressions) -> list:
    """A heading or title names a topic ("Visit plan: Northwind") and promises nothing; in
    a call plan, a bare to-do outside Next steps ("Confirm the PO steps") is an agenda
    item for the call itself, not a follow-up."""
    headings = {document.line_index(start) for start in heading_starts(document)}
    next_steps = [(s.title_start, s.end) for s in sections if s.name == "next-steps"]
    timelines = [(s.body_start, s.end) for s in sections if s.heading and TIMELINE_TITLE.search(s.title)]
    logged = set(_log_text_starts(document))
    kept = []
    for c in commitments:
        if document.line_index(c.start) in headings:
            continue
        if document.kind == "call-plan" and c.mode in ("todo", "reported-request") \
                and not any(a <= c.start < b for a, b in next_steps) \
                and not (c.mode == "reported-request" and c.action == "contact"
                         and (_ahead(document, c) or STILL_OPEN.search(document.text[c.start:c.end]))):
            continue  # a to-do is an agenda item; "Dana … asked for pricing in November" is background
            # (not "Helen said to ring her after half term" or "… call him about leasing, not booked yet": still owed)
        if len(document.cells.get(document.line_index(c.start), ())) >= 3 and _whole_cell(document, c.verb_start, c.verb_end):
            continue  # "| Thu 12 Feb | Call | Chidi Eze | …": a log's channel column, not a to-do
        if document.kind == "call-plan" and c.mode in ("todo", "promise") and ON_THE_CALL.search(
                document.lines[document.line_index(c.verb_start)]):
            continue  # "Agree on the call who from QA should join, and book the second session while Darren is still on the line"
        if document.kind == "call-plan" and _quoted(document, c.verb_start):
            continue  # words someone says or said: an objection to expect, a line from last year
        if c.mode in ("todo", "pending") and c.who == "rep" and not c.when and (
                c.start in logged or _in_past_log_row(document, c, expressions)):
            continue  # "2026-03-09 f/u email, no reply", "| Fri 1/16 | Phone | 4 - call, direct line | LVM |" record what was done
        if document.kind == "proposal" and c.who == "rep" and c.mode == "promise" and c.by in ("we", "our") \
                and c.action == "delivery" and not c.when and not any(a <= c.start < b for a, b in next_steps) \
                and not ANSWERING_BACK.match(document.text[c.verb_start:c.end]) \
                and not SALES_PAPERS.search(document.text[c.verb_end:c.end]) \
                and not SEPARATE_COVER.search(document.text[c.verb_end:c.end]) \
                and not document.text[c.verb_start:c.verb_end].lower().startswith("confirm"):
            continue  # "We will apply for the grant and provide a 5-year warranty": the scope being bought
        if document.kind == "proposal" and TIMELINE_STEP.match(document.lines[document.line_index(c.start)]):
            continue  # "Week 2: we will connect QuickBooks Online …": the project plan being bought
        if document.kind == "proposal" and c.mode == "pending" and any(a <= c.start < b for a, b in timelines):
            continue  # "## Timeline" … "| Site survey | w/c 15 June |": a milestone of the plan being bought
        if c.action == "contact" and _booked_elsewhere(document, c, expressions):
            continue  # "Talk Thursday!" under "Demo: Thursday, March 12 at 1:00pm CT, invite sent"
        if document.kind == "call-notes" and _done_later(document, c, expressions):
            continue  # "needs the migration quote" … a later entry: "Emailed migration quote"
        if document.kind == "call-notes" and c.mode == "todo" and c.action == "contact" \
                and CALL_HEADER.match(document.lines[document.line_index(c.start)]):
            continue  # "Call with: Peter van Dijk (owner), by phone, 14:00-14:35": the call these notes record
        if document.kind == "call-notes" and c.mode == "todo" and c.action == "contact" and _held(document, c):
            continue  # "Call Thu 16/4, 15h00-15h45, with Olivia Grant": the call these notes record
        if c.mode == "reported-request" and c.action == "delivery" and _handed_over(document, c):
            continue  # "You asked for pricing for 45 seats. It's attached.": answered as it is told
        rest = document.text[c.end:document.line_start(document.line_index(c.start)) + len(document.lines[document.line_index(c.start)])]
        if c.mode in ("todo", "pending", "reported-request") and DONE.search(rest):
            continue  # "Dev to share the server spec - he emailed it before we hung up", "Send pricing - done"
        kept.append(c)
    return kept


# what a rep sends to win the deal, as against the service the proposal describes
SALES_PAPERS = re.compile(r"\b(?:contract|agreement|proposal|quote|quotation|pricing|prices|sow|statement of work|msa|nda|dpa|baa|"
                          r"order form|paperwork|terms|invoice|case stud(?:y|ies)|deck|references?|estimate|costings?)\b",
                          re.IGNORECASE)
DELIVERED = re.compile(r"\b(?:sent|emailed|e-mailed|shared|delivered|forwarded|posted|attached)\b", re.IGNORECASE)
SPOKE = re.compile(r"\b(?:spoke|spoken|talked|met|meeting (?:with|held)|call with|demo (?:with|held)|caught up|"
                   r"connected|got through)\b", re.IGNORECASE)
THING = re.compile(r"[a-z]+", re.IGNORECASE)
SAME_THING = {"price": "quote", "prices": "quote", "pricing": "quote", "quotes": "quote", "quotation": "quote",
              "estimate": "quote", "proposals": "proposal", "contracts": "contract", "agreement": "contract",
              "figures": "numbers", "figure": "numbers", "number": "numbers"}
THING_WORDS = DELIVERABLE_WORDS | {"roi"}  # "needs ROI figures" … "emailed the ROI sheet"
# the sentence after another on the same line or the next ("… seats. It's attached (pricing.pdf).")
NEXT_SENTENCE = re.compile(r"[ \t]*\n?[ \t]*(\S[^\n]*?)(?:[.!?](?=\s|$)|\n|$)")
HANDED = re.compile(r"\b(?:attached|enclosed|herewith|here it is|here they are|here you go)\b", re.IGNORECASE)
HANDED_PRONOUN = re.compile(r"^(?:(?:it|they|this|these)(?:'s|’s| is| are) (?:now |also |both )?(?:attached|enclosed)\b|(?:attached|enclosed)\W*$|"
                            r"(?:please )?find (?:it |them |this |these )?(?:attached|enclosed)\b|here (?:it is|they are|you go)\b|"
                            r"(?:i|we)(?:'ve| have) (?:attached|enclosed) (?:it|them)\b)", re.IGNORECASE)
# a step timed by the meeting a call plan plans: "after the call", "ahead of our visit"
THE_MEETING = re.compile(r"\b(?:after|before|ahead of|following) (?:the|our|this) (?:call|meeting|visit|demo)\b", re.IGNORECASE)
SEPARATE_COVER = re.compile(r"\bunder separate cover\b", re.IGNORECASE)  # "We will send the SLA schedule under separate cover"
# an answer owed, not scope: "Our estimator will get back to you with the rooftop crane costs"
ANSWERING_BACK = re.compile(r"(?:get|come|revert)\w*\s+(?:back\s+)?(?:to\s+(?:you|u)\b|with\b)", re.IGNORECASE)
# a proposal's section that lays out the project plan being bought
TIMELINE_TITLE = re.compile(r"\b(?:timeline|milestones?|schedule|implementation(?: plan)?|project plan|rollout plan|"
                            r"onboarding plan|delivery plan)\b", re.IGNORECASE)
# a step of a project plan: "Week 2:", "- Phase 1 -", "Day 3 –", "Sprint 2:"
TIMELINE_STEP = re.compile(r"^\W*(?:week|wk|phase|stage|day|month|sprint|milestone|step)\s*\d+\b(?:[^:\n]{0,30}?\s*[:\-–—]|\s+\S)",
                           re.IGNORECASE)
PURPOSE = re.compile(r"\bso (?:that )?\w+ (?:can|could|may|might|will|'ll)\b|\bin order to\b|\bso as to\b", re.IGNORECASE)
WEEK_AHEAD = re.compile(r"(?:next|this)\s+week", re.IGNORECASE)
PROMISED = re.compile(r"\b(?:promised|due|will|'ll|by|sending|to follow)\b", re.IGNORECASE)
# the call these notes record, named in their header: "Call with: Peter van Dijk (owner), by phone, 14:00-14:35"
CALL_HEADER = re.compile(r"^\W*(?:call|meeting|visit|demo|attendees)(?: with)?\s*:|"
                         r"^\W*(?:call|meeting|visit|demo) (?:of )?today\b[^\n]{0,20}?,\s*\d+\s*(?:mins?|minutes?)\b|"  # "Call of today, 30 minutes"
                         # "Call with Ms. Aydın (purchasing), 25 min.": how long it took, so it was held
                         r"^\W*(?:call|meeting|visit|demo|chat)\s+with\b[^\n]{0,80}?,\s*(?:\d+|an?|half an?)\s*"
                         r"(?:mins?|minutes?|hours?|hrs?|h)\b", re.IGNORECASE)
HELD_GAP = re.compile(r"[\s:,(-]*(?:on\s+)?")  # between a meeting's name and its date


def _ahead(document: Document, commitment) -> bool:
    """The commitment names a time still ahead of the document's date."""
    return any(e.precision == "vague" or (document.date is not None and (resolve_when(e, document.date) or document.date)
                                           > document.date) for e in commitment.when)


def _in_past_log_row(document: Document, commitment, expressions) -> bool:
    """The commitment stands in a table row whose first cell is a day on or before the
    document's date: a log of what was done."""
    line = document.line_index(commitment.start)
    if document.date is None or not document.cells.get(line):
        return False
    first = document.cells[line][0].strip()
    start = document.line_start(line) + document.lines[line].find(first) if first else -1
    return start >= 0 and any(
        start <= e.start < start + len(first) and e.has_day and (resolve_when(e, document.date) or document.date) <= document.date
        for e in expressions)


def _whole_cell(document: Document, start: int, end: int) -> bool:
    """The word fills its table cell: "| Call |" (the pipes are blanked in the text)."""
    line = document.line_index(start)
    text, offset, at = document.lines[line], document.line_start(line), 0
    for cell in document.cells.get(line, ()):
        found = text.find(cell, at)
        if found < 0:
            return False
        if cell and (offset + found, offset + found + len(cell)) == (start, end):
            return True
        at = found + len(cell)
    return False


def _quoted(document: Document, offset: int) -> bool:
    """The offset lies inside quotation marks opened on its own line."""
    before = document.text[document.text.rfind("\n", 0, offset) + 1:offset]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def undated_meeting_anchors(document: Document, sections: list[Section], commitments: list, expressions) -> list:
    """A call plan whose When names no day ("When: this week, waiting for her to confirm a
    slot"): "after the call" ties a step to no date."""
    when = [s for s in sections if s.name == "when"]
    if document.kind != "call-plan" or not when or any(
            s.body_start <= e.start < s.end and e.has_day for s in when for e in expressions):
        return commitments
    return [replace(c, anchored=False) if c.anchored and THE_MEETING.search(document.text, c.start, c.end) else c
            for c in commitments]


def unsuperseded(document: Document, commitments: list, expressions=()) -> list:
    """A request the rep then takes on is one next step: "She wants a proposal for PPM"
    … "PPM proposal to follow." Keep the rep's own line, which says when (or not); a later
    line that names the thing with its day settles it ("Quote for both options: promised
    by Friday 10 April")."""
    return [c for c in commitments if not (c.action == "delivery" and _superseded(document, c, commitments, expressions))]


def _superseded(document: Document, c, commitments: list, expressions) -> bool:
    """A delivery asked for and then taken on by the rep, or a loose promise made precise
    at once ("I will send the formal quotation shortly. To be precise, the signed quotation
    will reach you by Friday 23 January")."""
    asked = c.mode in ("reported-request", "request")
    loose = c.mode == "promise" and c.who == "rep" and c.precision in ("none", "vague")
    owed = _things(document.text[c.verb_start:c.end]) if asked or loose else set()
    if not owed:
        return False
    for later in commitments:
        if later.start < c.end or later.who != "rep" or later.action != "delivery":
            continue
        named = owed & _things(document.text[later.start:later.end])
        if asked and (named or _answers_at_once(document, c, later)):
            return True
        if loose and named and later.precision in ("day", "datetime"):
            return True
    # a request is settled by any later line; a promise only by what follows it at once
    return _dated_later(document, c, owed, expressions, reach=None if asked else 2)


def _dated_later(document: Document, commitment, owed: set[str], expressions, reach: int | None = None) -> bool:
    """A later line names the thing owed with a day and a word of promise. With `reach`,
    only the rest of the commitment's own line and the `reach` lines after it."""
    own = document.line_index(commitment.end)
    spans = []
    if reach is None:
        last = len(document.lines)
    else:
        last = min(len(document.lines), own + 1 + reach)
        spans.append((commitment.end, document.line_start(own) + len(document.lines[own])))
    spans += [(document.line_start(k), document.line_start(k) + len(document.lines[k]))
              for k in range(document.line_index(commitment.start) + 1, last)]
    for start, end in spans:
        text = document.text[start:end]
        if owed & _things(text) and PROMISED.search(text) and any(start <= e.start < end and e.has_day for e in expressions):
            return True
    return False


def _answers_at_once(document: Document, request, later) -> bool:
    """The very next sentence takes the request on without naming the thing again: "asked
    us to send the revised drawings and price. We will send on Friday 17.04." """
    return not document.text[request.end:later.start].strip(" \t.") and not _things(document.text[later.start:later.end])


def _handed_over(document: Document, request) -> bool:
    """The very next sentence hands the thing asked for over: "It's attached", "Attached is
    the pricing", "Please find them enclosed" (the thing named again, or a pronoun)."""
    following = NEXT_SENTENCE.match(document.text, request.end)
    if following is None or not HANDED.search(following.group(1)):
        return False
    said = following.group(1)
    named = _things(said)
    if named:  # "Attached is the deck" after a request for pricing hands over something else
        return bool(named & _things(document.text[request.verb_start:request.end]))
    return bool(HANDED_PRONOUN.search(said))


def _booked_elsewhere(document: Document, commitment, expressions) -> bool:
    """A meeting named by its day only ("Talk Thursday!"), or by "next week" ("Talk next
    week," under "the pilot review is booked for Thu 12 March 2:00 pm"), when the document
    gives a day and time in it elsewhere: the slot already set."""
    if document.date is None or not commitment.when:
        return False
    weeks = [e for e in commitment.when if e.precision == "vague" and WEEK_AHEAD.fullmatch(e.text.strip())]
    meeting = document.text[commitment.verb_start:commitment.verb_end].lower() in ("talk", "speak", "see", "chat", "meet")
    if weeks and len(weeks) == len(commitment.when) and meeting:
        start = document.date + dt.timedelta(days=7 - document.date.weekday())  # next Monday
        if weeks[0].text.strip().lower().startswith("this"):
            start -= dt.timedelta(days=7)
        span = (start, start + dt.timedelta(days=6))
        return any(e.precision == "datetime" and not commitment.start <= e.start < commitment.end
                   and (day := resolve_when(e, document.date)) is not None and span[0] <= day <= span[1] for e in expressions)
    if any(e.precision != "day" for e in commitment.when):
        return False
    days = {resolve_when(e, document.date) for e in commitment.when} - {None}
    return bool(days) and any(
        e.precision == "datetime" and not commitment.start <= e.start < commitment.end
        and resolve_when(e, document.date) in days for e in expressions)


def _done_later(document: Document, commitment, expressions) -> bool:
    """In notes, a later line records what was owed as done: the deliverable sent (naming
    it again), or a conversation held."""
    said = document.text[commitment.start:commitment.end].rstrip()
    line = document.line_index(commitment.start + max(len(said) - 1, 0))  # the sentence may wrap: what follows it
    if commitment.mode == "pending" and line in document.cells:  # an action table's later rows are other steps
        while line + 1 in document.cells:
            line += 1
    later = "\n".join(document.lines[line + 1:])
    named = document.text[commitment.verb_start:commitment.verb_end].lower()
    if commitment.action == "contact":
        slots = {document.line_index(e.start) for e in expressions if e.precision == "datetime"}
        return bool(SPOKE.search(later)) or (named in MEETING_NOUNS and any(
            named in text.lower() and BOOKED.search(text) and i in slots
            for i, text in enumerate(document.lines[line + 1:], line + 1)))  # "Asked for a demo" … "demo booked: Thu 28 May, 14:00"
    # a thing asked for by name carries its words before it: "needs ROI figures"
    asked = document.text[commitment.start if named in DELIVERABLE_NOUNS else commitment.verb_start:commitment.end]
    owed = _things(PURPOSE.split(asked, 1)[0])  # "send the headcount so we can finalize the quotation": the headcount
    return any(DELIVERED.search(text) and owed & _things(text) for text in document.lines[line + 1:])


def _held(document: Document, commitment) -> bool:
    """A meeting named with its date straight after ("Call Thu 16/4, 15h00", "Visit 14 April"),
    on or before the notes' own date: the meeting held, not one to arrange."""
    if document.date is None:
        return False
    after = document.text[commitment.verb_end:commitment.end]
    first = next((e for e in commitment.when if e.start >= commitment.verb_end), None)
    if first is None or not HELD_GAP.fullmatch(after[:first.start - commitment.verb_end]):
        return False
    day = resolve_when(first, document.date)
    return day is not None and day <= document.date


def _things(text: str) -> set[str]:
    """The deliverables a text names, plural and near-synonyms folded: "prices" = "quotes"."""
    words = {w.lower() for w in THING.findall(text)}
    words |= {w[:-1] for w in words if w.endswith("s")}
    return {SAME_THING.get(w, w) for w in words & THING_WORDS}


def _log_text_starts(document: Document):
    """Where the text of each log line starts, after its date: "2026-03-09 |Called Dana"."""
    for block in document.blocks:
        start = block_start(document, block)
        prefix = LOG_PREFIX.match(document.text[start:document.line_start(block.first) + len(document.lines[block.first])])
        if prefix:
            yield start + prefix.end()


def heading_starts(document: Document) -> set[int]:
    """Headings (also a plain line naming a section: "Follow-up" over its items), and a
    first line that reads as a title (one line, no closing stop)."""
    starts = {block_start(document, b) for b in document.blocks if b.role == "heading" or bare_heading(document, b)}
    if document.blocks:
        first = document.blocks[0]
        line = document.lines[first.first].strip()
        if first.first == first.last and len(document.blocks) > 1 and line and line[-1] not in ".!?":
            starts.add(block_start(document, first))
    return starts


def block_start(document: Document, block) -> int:
    line = document.lines[block.first]
    return document.line_start(block.first) + len(line) - len(line.lstrip())
