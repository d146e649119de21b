"""The commitment detector: who promises or asks for what future contact or delivery,
and how precisely it is dated. Each case is one sentence as a rep would write it."""

import pytest

# (text, expected (action, who, mode, precision) or None when nothing is committed)
CASES = [
    # the rep's promises
    ("I'll call you back next week.", ("contact", "rep", "promise", "vague")),
    ("I will send the proposal soon.", ("delivery", "rep", "promise", "vague")),
    ("We'll get back to you by Friday.", ("contact", "rep", "promise", "day")),
    ("I'm going to send you the pricing tomorrow.", ("delivery", "rep", "promise", "day")),
    ("I'm sending the contract over on Tuesday.", ("delivery", "rep", "promise", "day")),
    ("Let's catch up early next week.", ("contact", "rep", "promise", "vague")),
    ("Let me send you the case study.", ("delivery", "rep", "promise", "none")),
    ("I'll follow up in a couple of weeks.", ("contact", "rep", "promise", "vague")),
    ("I plan to call Dana on Thursday.", ("contact", "rep", "promise", "day")),
    ("We'll schedule a demo with your team.", ("contact", "rep", "promise", "none")),
    ("I'll get you the numbers.", ("delivery", "rep", "promise", "none")),
    ("I'll reach out after the holidays.", ("contact", "rep", "promise", "vague")),
    ("I look forward to speaking with you next week.", ("contact", "rep", "promise", "vague")),
    ("I'll call you on Tue 3 March at 10:00.", ("contact", "rep", "promise", "datetime")),
    ("I'll send the recap after Thursday's call.", ("delivery", "rep", "promise", "day")),
    ("I'll ring you Tuesday.", ("contact", "rep", "promise", "day")),
    ("Will send proposal Friday", ("delivery", "rep", "promise", "day")),
    # notes: to-dos without a subject
    ("Follow up next week", ("contact", "rep", "todo", "vague")),
    ("Next steps: send quote", ("delivery", "rep", "todo", "none")),
    ("Call back Thursday at 2pm", ("contact", "rep", "todo", "datetime")),
    # requests to the prospect, and the prospect's own requests and promises
    ("Call me back next week.", ("contact", "prospect", "request", "vague")),
    ("Can you call me back next week?", ("contact", "prospect", "request", "vague")),
    ("Could you send me the org chart?", ("delivery", "prospect", "request", "none")),
    ("Can we speak on Thursday?", ("contact", "rep", "request", "day")),
    ("Dana will get back to me by Friday.", ("contact", "prospect", "promise", "day")),
    ("She'll call me after her board meeting.", ("contact", "prospect", "promise", "none")),
    # reported requests
    ("She asked me to call back in two weeks.", ("contact", "prospect", "reported-request", "vague")),
    ("He asked me to send the case study.", ("delivery", "prospect", "reported-request", "none")),
    ("Dana wants us to send pricing for 50 seats.", ("delivery", "prospect", "reported-request", "none")),
    ("Asked me to call back next week.", ("contact", "prospect", "reported-request", "vague")),
    ("She told me to ring her on Friday at 9am.", ("contact", "prospect", "reported-request", "datetime")),
    # negated
    ("I won't chase you on this.", None),
    ("I will not call again.", None),
    ("We never send pricing before a discovery call.", None),
    ("She didn't ask me to call back.", None),
    # past, completed
    ("I called her Monday and sent the deck.", None),
    ("We met last Tuesday.", None),
    ("I sent the proposal yesterday.", None),
    ("She called back on Friday.", None),
    # hypothetical and conditional
    ("If you'd like, I could send over a case study.", None),
    ("Let me know if you'd like me to send the contract.", None),
    ("I would call them if I were you.", None),
    ("If the budget is approved, I'll send the contract.", None),
    # not commitments at all
    ("Speak soon.", None),
    ("Thanks for the call today.", None),
    ("Could you send me your availability for next week?", None),
    ("Let me send you a few dates.", None),  # proposing slots is how a follow-up gets booked
    ("The call went well.", None),
    ("She calls every Monday to check stock.", None),
    ("I'd be happy to set up a call with our CTO.", None),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_commitment(parse, text, expected):
    commitments = parse(text, "note.txt", "call-notes").commitments
    got = [(c.action, c.who, c.mode, c.precision) for c in commitments]
    assert got == ([expected] if expected else [])


def test_quoted_reply_is_not_the_writers_commitment(parse):
    email = (
        "From: sam@seller.example\nTo: dana@acme.example\nSubject: Re: pilot\n"
        "Date: Tue, 03 Mar 2026 09:12:00 +0000\n\n"
        "Hi Dana,\n\nThe invite for Tue 10 March at 10:00 is in your calendar.\n\nBest,\nSam\n\n"
        "On Mon, 2 Mar 2026 at 16:40, Dana Smith <dana@acme.example> wrote:\n"
        "> Thanks Sam. I'll call you next week.\n"
    )
    assert parse(email, "reply.eml").commitments == []


def test_a_meeting_booked_after_a_delivery_does_not_date_the_delivery(parse):
    notes = "- Will send the eval checklist to Joan.\n- In-service booked: Thu 12 March 2026 at 06:30, invite accepted.\n"
    commitment, = parse(notes, "notes.md", "call-notes").commitments
    assert (commitment.action, commitment.booked) == ("delivery", False)


def test_a_name_the_tagger_missed_is_read_as_the_owner_when_the_notes_write_it_as_one(parse):
    # the small model tags "Mohit" as a past participle; "w/ Mohit" shows it is a name
    notes = "09/04 Spoke w/ Mohit.\n\n09/04 Mohit to loop in finance and revert on the PO value.\n"
    commitment, = parse(notes, "notes.txt", "call-notes").commitments
    assert (commitment.action, commitment.who, commitment.mode) == ("contact", "prospect", "todo")
    # a meeting booked next covers the looping in, not the answer promised beside it
    booked = notes + "09/04 Meeting confirmed Wed 15/04 10am IST with Mohit + finance.\n"
    commitment, = parse(booked, "notes.txt", "call-notes").commitments
    assert (commitment.action, commitment.who, commitment.booked) == ("delivery", "prospect", False)


def test_a_proposals_defined_seller_is_our_side(parse):
    proposal = "# Proposal\n\n## Scope\n\nThe Contractor will provide monitoring for all panels in Attachment A.\n"
    assert parse(proposal, "proposal.md", "proposal").commitments == []


def test_a_booked_slot_in_the_next_sentence_counts(parse):
    commitment, = parse("She asked me to call back in two weeks. Booked: Mon 16 March 2026 at 12:30, invite sent.",
                        "note.txt", "call-notes").commitments
    assert commitment.booked


@pytest.mark.parametrize("text,expected", [
    ("I'll drop you a line next week.", ("contact", "rep", "promise", "vague")),
    ("You'll hear from me soon.", ("contact", "rep", "promise", "vague")),
    ("The contract will follow shortly.", ("delivery", "rep", "promise", "vague")),
    ("Expect the revised SOW from me shortly.", ("delivery", "rep", "promise", "vague")),
    ("I'll give you a ring on Friday.", ("contact", "rep", "promise", "day")),
    ("I'll try you again tomorrow.", ("contact", "rep", "promise", "day")),
    ("Our engineer will be in touch to arrange the site visit.", ("contact", "rep", "promise", "none")),
    ("Their IT lead will be in touch about access.", ("contact", "prospect", "promise", "none")),
    ("I'll let you know next week.", ("contact", "rep", "promise", "vague")),
    ("Let me know if you have questions.", None),
    ("The revised quote will be with you shortly.", ("delivery", "rep", "promise", "vague")),
    ("I'll have the numbers for you soon.", ("delivery", "rep", "promise", "vague")),
    ("Looking forward to our call next week.", ("contact", "rep", "promise", "vague")),
    ("I'll come back to you once legal has reviewed it.", ("contact", "rep", "promise", "none")),
    ("Let's find time to talk next week.", ("contact", "rep", "promise", "vague")),
    ("We'll meet the deadline.", None),
    ("ShelfWise will connect to your existing self-checkout kiosks.", None),
    ("Can we get 30 minutes in her diary next week?", None),
    # meetings named as nouns, visits, getting on a call, the diary
    ("He wants a call back early next month.", ("contact", "prospect", "reported-request", "vague")),
    ("She asked for a demo in the new year.", ("contact", "prospect", "reported-request", "vague")),
    ("Do you want a call next week?", None),
    ("She didn't want a meeting.", None),
    ("I'll swing by the site sometime next week.", ("contact", "rep", "promise", "vague")),
    ("I'll stop by the depot on Thursday.", ("contact", "rep", "promise", "day")),
    ("We'll get a date in the diary soon.", ("contact", "rep", "promise", "vague")),
    ("Let me know if you'd like to go ahead and we'll get the date in the diary.", None),
    ("Let's hop on a call later this month.", ("contact", "rep", "promise", "vague")),
    ("We'll jump on the opportunity.", None),
    ("I'll forward the security questionnaire later this week.", ("delivery", "rep", "promise", "vague")),
    ("I'll shoot you the SOW early next week.", ("delivery", "rep", "promise", "vague")),
    ("I'll pop the pricing across so you have it for the review.", ("delivery", "rep", "promise", "none")),
    ("We'll have the pilot results to you in the next couple of weeks.", ("delivery", "rep", "promise", "vague")),
    ("Could your planner share the lathe schedule for February?", ("delivery", "prospect", "request", "vague")),
    ("Could Dana's team have a look?", None),
    ("25 new users are sharing logins.", None),
    ("Dana is sending the PO next week.", ("delivery", "prospect", "promise", "vague")),
    ("Emailed a short note: happy to pick this up if her timing changes, otherwise I'll leave it there.", None),
    # frames: plans, wishes, reported futures, making sure
    ("The plan is to get your managers and our lead on one call after go-live.", ("contact", "rep", "promise", "none")),
    ("It would be great to get the usage export when you have a moment.", ("delivery", "prospect", "request", "none")),
    ("Tom mentioned he'd send the RFP in a few weeks.", ("delivery", "prospect", "promise", "vague")),
    ("Tom mentioned he would not send the RFP.", None),
    ("I'll make sure you get the completed security questionnaire.", ("delivery", "rep", "promise", "none")),
    ("We're aiming to have the pilot plan with you in the next couple of weeks.", ("delivery", "rep", "promise", "vague")),
    ("We're aiming to confirm the hardware lead times shortly.", ("delivery", "rep", "promise", "vague")),
    ("Could you send over a few times that work?", None),
    ("You can expect to hear from our regional manager.", ("contact", "rep", "promise", "none")),
    ("Reference call with a customer in Rotterdam: I'll set it up.", ("contact", "rep", "promise", "none")),
    ("Marek, please share the data-room access with Ines.", ("delivery", "prospect", "request", "none")),
    ("Dana keen to see a demo in April.", ("contact", "prospect", "reported-request", "vague")),
    ("Happy to jump on a call later in the month.", ("contact", "rep", "promise", "vague")),
    ("Happy to help.", None),
    ("Promised Dana the ROI model this week.", ("delivery", "rep", "promise", "vague")),
    ("I wouldn't want to promise anything before we have seen your data.", None),
    ("Agreed to reconvene after Easter.", ("contact", "rep", "promise", "vague")),
    ("Need to get pricing to Dana asap.", ("delivery", "rep", "todo", "vague")),
    ("She wants a proposal by the end of the month.", ("delivery", "prospect", "reported-request", "vague")),
    ("We need the signed order form back.", None),
    # offers that wait for the reader, and what merely is
    ("Let me know and I'll send the migration checklist over.", None),
    ("I'll send the statement of work for signature once you confirm.", None),
    ("I'll send the statement of work once legal has reviewed it.", ("delivery", "rep", "promise", "none")),
    ("I'll book the room as soon as you've confirmed numbers.", None),
    # sign-offs, the product's own behaviour, the reader's own things, another sender
    ("Speak to you soon.", None),
    ("Hope to chat again soon.", None),
    ("I'll speak to you soon about the pricing.", ("contact", "rep", "promise", "vague")),
    ("I'll let you get back to your day.", None),
    ("I'll get back to your team with the numbers.", ("delivery", "rep", "promise", "none")),
    ("The portal will email you a receipt.", None),
    ("You'll get an automated email from DocuSign with the link.", None),
    ("You'll get the contract next week.", ("delivery", "rep", "promise", "vague")),
    ("Can you get back to me on the pricing by Friday?", ("delivery", "prospect", "request", "day")),
    ("I'll get back to you on that next week.", ("contact", "rep", "promise", "vague")),
    ("Once signed, our onboarding team will reach out to schedule the kick-off.", None),
    ("Once approved by our finance team, I'll send the contract.", ("delivery", "rep", "promise", "none")),
    ("As agreed, you'll share the test results with us once QA signs them off.", ("delivery", "prospect", "promise", "none")),
    ("The driver will ring an hour before delivery.", None),
    ("We'll send a reminder the day before each session.", None),
    ("I'll send the recap after the demo.", ("delivery", "rep", "promise", "none")),
    # a promise reported with its keeping is history; without it, still owed
    ("I promised in March to send the ROI model; sent it on 2 April.", None),
    ("I promised in March to send the ROI model, still to do.", ("delivery", "rep", "promise", "vague")),
    ("Called Dana and sent the pricing.", None),
    ("I'll send the revised quote as soon as I can.", ("delivery", "rep", "promise", "vague")),
    ("We will issue the order form upon your approval.", None),
    ("I'll raise the invoice on receipt of your signed PO.", None),
    ("I'll send the deck after your board meeting.", ("delivery", "rep", "promise", "none")),
    ("Each site manager gets a 30-minute walkthrough.", None),
    ("The board meets on 24 June to decide.", None),
    ("We can pick this up after the summer holidays.", ("contact", "rep", "promise", "vague")),
    ("Can you pick this one up while I'm on leave?", None),
    ("We can deliver the units within a fortnight.", None),
    ("Shall I send the paperwork?", None),
    ("Shall we meet next week?", ("contact", "rep", "promise", "vague")),
    ("We'll send you a one-page service report on the first working day of each month.", None),
    ("Quick catch-up on the backlog project (she'll want to talk about it).", None),
    ("Will f/u next wk re: contract redlines.", ("contact", "rep", "todo", "vague")),
    ("We'll sort out a date for the workshop.", ("contact", "rep", "promise", "none")),
    ("I'll have our legal team send over the redlines.", ("delivery", "rep", "promise", "none")),
    ("I'll get Tom to call you next week.", ("contact", "rep", "promise", "vague")),
    ("If it would help, I can send over a case study.", None),
    ("Once signed, we'll schedule your onboarding within five working days.", None),
    ("Our engineers will install the sensors within ten working days of your order.", None),
    # availability is how a booking gets made, even counted out
    ("If it helps, send me a handful of times that suit your team.", None),
    ("Send me a couple of case studies.", ("delivery", "prospect", "request", "none")),
    # another supplier's promise is neither side's next step
    ("Their previous provider promised to ring them back within the week.", None),
    ("The incumbent will send a revised quote next week.", None),
    ("Jo promised to ring me back next week.", ("contact", "prospect", "promise", "vague")),
    # an answer or a document brought back is a delivery: a day is enough
    ("Priya said she'd get back to us with the final headcount by Thursday.", ("delivery", "prospect", "promise", "day")),
    ("I'll get back to you with an answer on Tuesday.", ("delivery", "rep", "promise", "day")),
    ("I'll follow up with Grace on Tuesday.", ("contact", "rep", "promise", "day")),
    ("I'll email Ravi the revised proposal this evening.", ("delivery", "rep", "promise", "day")),
    # a clause of its own after 'so': its promise stands
    ("Noted that the budget is frozen, so as agreed I'll call you after the summer to pick it up.",
     ("contact", "rep", "promise", "vague")),
    ("If the pilot goes well and the board agrees, I'll send the contract.", None),
    # the reader acts first: an offer
    ("When the time is right just reply here and we'll take it from there.", None),
    ("Give me a shout and I'll send the paperwork over.", None),
    # owners written as labels in an action list
    ("- Tomasz (Northwind): send the signed NDA", ("delivery", "rep", "todo", "none")),
    ("Both: send the rollout plan to finance by Fri 13 March 2026", ("delivery", "rep", "todo", "day")),
    ("Objective: book the site survey", None),
    # something from our side, and confirming a date
    ("You'll have the draft SOW from our solutions team soon.", ("delivery", "rep", "promise", "vague")),
    ("We'll confirm the delivery date once the deposit clears.", ("delivery", "rep", "promise", "none")),
    ("Can you confirm the date?", None),
    # the small model's compounds: the meeting or the ring is still named
    ("Need to organise site visit w/ facilities.", ("contact", "rep", "todo", "none")),
    ("Will give Mo a bell Weds.", ("contact", "rep", "promise", "day")),
    # suggestions, intentions, shorthand
    ("We should meet once the audit is done.", ("contact", "rep", "promise", "none")),
    ("You should ring their CFO.", None),
    ("She's going to talk to her director and let us know.", ("contact", "prospect", "promise", "none")),
    ("Let us know if anything is unclear.", None),
    ("Note to self: send Priya the onboarding checklist.", ("delivery", "rep", "todo", "none")),
    ("Pls send the signed order form when you can.", ("delivery", "prospect", "request", "none")),
    # a service level is promised for every such event, not as a next step
    ("We will dispatch an engineer within 4 hours of any fault report.", None),
    # the prospect talking to someone else is not a follow-up with us
    ("They'll get back to their broker by Friday.", None),
    ("She'll speak to her director and come back to me next week.", ("contact", "prospect", "promise", "vague")),
    # tied to a dated call, brought from us, dropped off, introductions, getting people together
    ("I'll send the revised quote ahead of our call so you both have it.", ("delivery", "rep", "promise", "none")),
    ("Expect the agenda and the updated list of sites from me shortly.", ("delivery", "rep", "promise", "vague")),
    ("Will drop off the demo units at the front desk.", ("delivery", "rep", "promise", "none")),
    ("Greg will set up the intro to their CFO.", ("contact", "prospect", "promise", "none")),
    ("Let's get your ops team together with our solution architect next week.", ("contact", "rep", "promise", "vague")),
    # broken or abandoned intentions are history
    ("Marek said he'd send the figures over, but never did.", None),
    ("I was going to ring you but got pulled into the audit.", None),
    # the prospect's own errands
    ("They're sending the tender pack to four suppliers next week.", None),
    ("She's visiting the Hull depot on Thursday.", None),
    ("She's visiting us on Thursday.", ("contact", "prospect", "promise", "day")),
    # the reader moves first
    ("Whenever you're ready, we'll send the order form.", None),
    # more ways to say it
    ("I'll send a calendar invite over for next week.", ("contact", "rep", "promise", "vague")),
    ("We'll be back in touch once the factory confirms.", ("contact", "rep", "promise", "none")),
    ("I'll see you at the depot sometime in May.", ("contact", "rep", "promise", "vague")),
    ("Their COO would like to meet you soon.", ("contact", "prospect", "promise", "vague")),
    ("I'd like to send you a case study.", None),  # a wish with no time is an offer
    ("I'll text you the gate code later.", ("delivery", "rep", "promise", "vague")),  # 'later' is a vague time
    ("I'll keep you posted.", ("contact", "rep", "promise", "none")),
    ("Can we put something in for the week after next?", ("contact", "rep", "request", "vague")),
    ("Could we find 20 minutes next week?", ("contact", "rep", "request", "vague")),
    ("Could you let me know your availability for Thursday?", None),
    # the progressive with no time describes the message itself
    ("I'm following up on my email from last week.", None),
    ("I'm reaching out because we work with three of your competitors.", None),
    ("I'm just chasing up the quote.", None),
    ("I'm sending the signed copy over tomorrow.", ("delivery", "rep", "promise", "day")),
    ("Jo (their IT) to send SSO details.", ("delivery", "prospect", "todo", "none")),
    ("Marcus (CFO, cc'd) to confirm budget by Friday.", ("delivery", "prospect", "todo", "day")),
    # notes whose first word the tagger reads as a noun
    ("Chase PO next week.", ("contact", "rep", "todo", "vague")),
    ("Chase is their new CFO.", None),
    ("Prospect requested a callback after the audit.", ("contact", "prospect", "reported-request", "none")),
    # 'connect' with no object: people meeting, unless something is connected to or through
    ("Let's connect next week.", ("contact", "rep", "promise", "vague")),
    ("We should connect again after Easter.", ("contact", "rep", "promise", "vague")),
    ("Let's connect on Friday at 10am.", ("contact", "rep", "promise", "datetime")),
    ("We'll connect to your ERP next week.", None),
    ("The sensors connect over wifi next week.", None),
    ("Once live, you'll connect via SSO.", None),
    ("Let's connect the dots next week.", None),
    ("I'm happy to connect whenever suits.", None),
    ("I'll buzz you next week.", ("contact", "rep", "promise", "vague")),
    ("I'll buzz the door when I arrive.", None),
    # "Let's" opens a proposal however the parse reads what follows
    ("Let's touch base again in a fortnight.", ("contact", "rep", "promise", "vague")),
    ("Let's not chase this again.", None),
    # the writer checking with their own side is not a next step with the reader
    ("Will loop back with our Legal on it first.", None),
    ("I'll speak with my manager next week.", None),
    ("I'll check with our finance team and come back to you next week.", ("contact", "rep", "promise", "vague")),
    ("I'll introduce you to our CTO next week.", ("contact", "rep", "promise", "vague")),
    ("Let's meet with our CTO next week.", ("contact", "rep", "promise", "vague")),
    ("Looking forward to our call next week.", ("contact", "rep", "promise", "vague")),
    # a coordinated clause with its own 'will' has its own tense, and its own time
    ("The redlined version is with our contracts desk now and will be with you in a few days.",
     ("delivery", "rep", "promise", "vague")),
    ("I sent the deck and will call you next week.", ("contact", "rep", "promise", "vague")),
    # 'contact' as a verb; 'together' hung on a long object
    ("Our technician will contact you to agree the date.", ("contact", "rep", "promise", "none")),
    ("Please contact support if the login fails.", None),
    ("Mark said he'd pull the part drawings for the three sites together for us at some point.",
     ("delivery", "prospect", "promise", "vague")),
    ("I'll put it to the board next week.", None),
    # an answer due by the close of business is due at a time
    ("I'll get back to you by close of business today.", ("contact", "rep", "promise", "datetime")),
    ("Kindly do the needful and revert by EOD today.", ("contact", "prospect", "request", "datetime")),
    ("He'll review with his partners and revert.", ("contact", "prospect", "promise", "none")),
    ("Ops mgr wants a site visit before they commit.", ("contact", "prospect", "reported-request", "none")),
    ("I will be on leave until 20 March, so please contact Sipho in the meantime.", None),
    ("We will send you a reminder 48 hours before renewal.", None),
    ("Please send the signed order by the 20th.", ("delivery", "prospect", "request", "day")),
    # a day and a time written apart in one sentence make a slot
    ("Let's meet Wednesday 11 Mar, 2-3pm.", ("contact", "rep", "promise", "datetime")),
    ("I'll ring at 10 o'clock on Friday.", ("contact", "rep", "promise", "datetime")),
    # the passive: the agent does it, else the writer's side
    ("The contract will be sent next week.", ("delivery", "rep", "promise", "vague")),
    ("You will be contacted by our onboarding team next week.", ("contact", "rep", "promise", "vague")),
    ("You'll be called by Thandi on Friday.", ("contact", "prospect", "promise", "day")),
    ("Your login details will be emailed by the system.", None),
    ("The contract has been sent.", None),
    ("The dates will be sent next week.", None),
    ("We will send the contract once you've chosen an option.", None),
    ("I'll send the SOW once you have given the go-ahead.", None),
    # notes that drop the prospect as subject: what they asked for, by name
    ("Asked for samples.", ("delivery", "prospect", "reported-request", "none")),
    ("Requested a callback next month.", ("contact", "prospect", "reported-request", "vague")),
    ("Wants us to come back in April with pricing for 3 sites.", ("delivery", "prospect", "reported-request", "vague")),
    ("She'd like a proposal before the board meets.", ("delivery", "prospect", "reported-request", "none")),
    ("She likes the proposal.", None),
    ("Suggested we reconnect in the new year.", ("contact", "prospect", "reported-request", "vague")),
    ("Kelly suggested I contact you about the Tilbury contract.", None),
    ("Asked if we could send references.", ("delivery", "prospect", "reported-request", "none")),
    ("He asked whether we do on-site training.", None),
    ("Asked about pricing.", None),
    ("Called again, LVM asking him to revert.", None),
    ("Sent an email asking her to confirm the headcount.", None),
])
def test_commitment_phrasings(parse, text, expected):
    got = [(c.action, c.who, c.mode, c.precision) for c in parse(text, "note.txt", "call-notes").commitments]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    # a thing pinged over is a delivery: a day is enough
    ("12 x Vivaro-e on 48m contract hire is doable, will ping u the quote tmrw once Im back at my desk.",
     ("delivery", "rep", "promise", "day")),
    ("I'll ping you later today.", ("contact", "rep", "promise", "day")),
    # informing the reader is getting back to them; informing one's own board is not
    ("We will inform you of the result at a later date.", ("contact", "rep", "promise", "vague")),
    ("She will inform her board next week.", None),
    # "Lets" without its apostrophe, and grabbing time
    ("Lets grab 15 mins nxt wk to go thru the charging side w/ ur ops guy.", ("contact", "rep", "promise", "vague")),
    ("Let's grab a coffee next week.", ("contact", "rep", "promise", "vague")),
    ("The portal lets you download the invoices.", None),
    # what the reader already has from us is how things stand
    ("Value analysis committee packet: you have everything you need from me.", None),
    ("You'll have the figures from us by Friday.", ("delivery", "rep", "promise", "day")),
    # confirming the order is the go-ahead (a close), not something to send
    ("Kindly confirm the order so we can start forging.", None),
    ("Please confirm the delivery address by Friday.", ("delivery", "prospect", "request", "day")),
    # so is signed paperwork sent back when the reader is asked for it; a promise to send it is not
    ("Once you've had a chance to review, simply countersign page 4 and return it to me.", None),
    ("Please sign and return the order form.", None),
    ("Please return the signed order form.", ("delivery", "prospect", "request", "none")),
    ("Lars will send the signed DPA when legal are done with it.", ("delivery", "prospect", "promise", "none")),
    ("I'll sign the NDA and send it back.", ("delivery", "rep", "promise", "none")),
    # dropping by is a visit; 'll after a name or a noun; "wil" typed in a hurry; pencilling in
    ("Our agronomist'll be by sometime in April to walk the fields with you.", ("contact", "rep", "promise", "vague")),
    ("I'll be round next week to measure up.", ("contact", "rep", "promise", "vague")),
    ("I'll be by my phone all day.", None),
    ("It will be over by Friday.", None),
    ("Jen'll send the revised quote soon.", ("delivery", "prospect", "promise", "vague")),
    ("I wil call you the next wek to confirm the instalation date.", ("contact", "rep", "promise", "none")),
    ("We'll pencil in the install for sometime after Easter.", ("contact", "rep", "promise", "vague")),
    ("I pencilled in the install for Tue 3 March at 9am.", None),
    # coming to a place, revisiting (not a thing), confirming the contract as the go-ahead
    ("Our technician will come to Mutare to do the detailed site survey.", ("contact", "rep", "promise", "none")),
    ("I'll come to your office next week.", ("contact", "rep", "promise", "vague")),
    ("I think we will come to an agreement soon.", None),
    ("We'll revisit the pricing next quarter.", ("delivery", "rep", "promise", "vague")),  # a new price to come
    ("We'll revisit the topic next quarter.", None),
    ("Please sign and return page 6 to confirm the contract.", None),
    # visiting one's other customers; offering to send, asking leave; a promise reported first
    ("Mr. Zhang and I will travel in Europe next week to visit our customers.", None),
    ("I'll visit you next week.", ("contact", "rep", "promise", "vague")),
    ("Can I send the paperwork over?", None),
    ("Can we speak on Thursday?", ("contact", "rep", "request", "day")),
    ("Promised Mr. Ogunleye I would send the quote with two financing options.", ("delivery", "rep", "promise", "none")),
    ("If they agree, I would send the quote.", None),
    # from the l-* round: subjunctive requests, idioms, short forms, a pleasantry pair
    ("Sister Dlamini requested we call back next week to discuss the form.", ("contact", "prospect", "reported-request", "vague")),
    ("I'll holler at you after the holiday weekend.", ("contact", "rep", "promise", "vague")),
    ("I'll drop in on Friday.", ("contact", "rep", "promise", "day")),
    ("Ill swing by sometime next wk to measure up the back lot.", ("contact", "rep", "promise", "vague")),
    ("bev said she'd ring me back wk after next re the server quote", ("contact", "prospect", "promise", "vague")),
    ("let's pencil in a call sometime the week after", ("contact", "rep", "promise", "vague")),
    ("Looking forward to hearing from you, and speak soon!", None),
    ("Ill health has delayed the board meeting.", None),
    ("Once you've had a look, let's pencil in a call sometime the week after.", ("contact", "rep", "promise", "vague")),
    ("If you like, let's grab a coffee next week.", None),
    # from the a-* round: walkthroughs, coming round, flicking over, asking the reader, shipping samples
    ("Brian will take you through the ERP integration once you have had a chance to review.",
     ("contact", "prospect", "promise", "none")),
    ("I'll walk your team through the dashboards next week.", ("contact", "rep", "promise", "vague")),
    ("The guide will walk you through the setup.", None),
    ("The install will take two days.", None),
    ("I took you through the pricing on Tuesday.", None),
    ("Our site survey team will come around to assess the rooftop.", ("contact", "rep", "promise", "none")),
    ("He will come round to the idea eventually.", None),
    ("Can you flick me the soil test results when you get a chance?", ("delivery", "prospect", "request", "none")),
    ("I'll flick through the deck tonight.", None),
    ("Request you to share the API documentation at your convenience.", ("delivery", "prospect", "request", "none")),
    ("Can I ask you to send the PO?", ("delivery", "prospect", "request", "none")),
    ("I asked you to send the PO last week.", None),
    ("Samples of the new harvest will be dispatched to your roastery before the contract.",
     ("delivery", "rep", "promise", "none")),
    ("The units will be shipped in May.", None),
    ("If you want one for the May window, sing out and I'll pencil it in.", None),
    ("Just say the word and we'll send the samples.", None),
    ("Happy to walk you through it - are you free Thursday or Friday morning?", None),
    ("Happy to jump on a call next week.", ("contact", "rep", "promise", "vague")),
    # windows to meet in are availability, not a deliverable
    ("Could you send me 2-3 windows that work next week?", None),
    ("I'll send you the window specs tomorrow.", ("delivery", "rep", "promise", "day")),
])
def test_commitment_phrasings_in_email(parse, text, expected):
    got = [(c.action, c.who, c.mode, c.precision) for c in parse(text, "mail.txt", "email").commitments]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize("text, expected", [
    ("18/05 - RDV on site with Mme Durand, 45 min. Visit of the premises (420 m²). Not satisfied.", None),
    ("Visit the premises with the facilities manager next week.", ("contact", "rep", "todo", "vague")),
])
def test_a_verb_form_before_of_names_what_happened(parse, text, expected):
    got = [(c.action, c.who, c.mode, c.precision) for c in parse(text, "notes.md", "call-notes").commitments]
    assert got == ([expected] if expected else [])


def test_a_meeting_named_with_its_past_date_is_what_the_notes_record(parse):
    notes = "Call Thu 16/4, 15h00-15h45 (ART), with Olivia Grant and Sam.\n- They liked the moodboards.\n"
    held = parse("---\nkind: call-notes\ndate: 2026-04-17\n---\n" + notes, "notes.md")
    assert not held.commitments
    ahead = parse("---\nkind: call-notes\ndate: 2026-04-14\n---\n" + notes, "notes.md")
    assert [(c.action, c.mode) for c in ahead.commitments] == [("contact", "todo")]


def test_the_cheap_action_test_never_skips_an_action(parse):
    """find_commitments skips tokens that fail may_name_action; over real documents, no
    token it skips names an action."""
    from pathlib import Path

    from salescheck.parse.commitments.actions import _action, may_name_action

    corpus = sorted((Path(__file__).parent.parent / "benchmarks" / "corpus" / "tune").iterdir())[::4]
    checked = 0
    for path in corpus:
        parsed = parse(path.read_text(encoding="utf-8"), path.name)
        for token in parsed.doc:
            if token.tag_ and _action(token):
                assert may_name_action(token), (path.name, token.text, token.sent.text)
                checked += 1
    assert checked > 100


def test_a_delivery_tied_to_the_next_meeting_is_dated(parse):
    [commitment] = parse("Declan to confirm the PAS version with his team before the next meeting.",
                         "note.txt", "call-notes").commitments
    assert commitment.anchored


def test_now_in_another_clause_does_not_date_the_delivery(parse):
    [commitment] = parse("The draft is with our lawyers now and will be with you in a few days.",
                         "note.txt", "email").commitments
    assert not commitment.anchored and commitment.precision == "vague"


def test_quoted_words_in_a_call_plan_are_speech_not_next_steps(parse):
    text = ("# Call plan\n\n## Likely objections\n- \"Send me something in writing first.\" -> agree, book the review.\n"
            "- Last year Colm told us \"we'll call you when we're ready\".\n")
    assert parse(text, "plan.md", "call-plan").commitments == []


def test_a_day_and_a_time_written_apart_book_the_slot(parse):
    [commitment] = parse("She asked me to call back Monday. Booked for Mon 9/3 – 10:30 in her diary.",
                         "note.txt", "call-notes").commitments
    assert commitment.booked


def test_each_row_of_a_pipe_table_in_an_email_is_its_own_step(parse):
    text = ("Hi Johan,\n\n| Step | Owner | When |\n|---|---|---|\n"
            "| Review the two options with your EXCO | Johan | by Fri 13 March |\n"
            "| Send the signed acceptance | Johan | TBC |\n")
    commitments = parse(text, "draft.txt", "email").commitments
    assert [(c.action, c.precision) for c in commitments if "acceptance" in text[c.start:c.end]] == [("delivery", "none")]


def test_a_demo_asked_for_then_booked_in_a_later_entry_is_booked(parse):
    text = ("Tue 19 May - Helen called back.\n  - Asked for a demo for her team.\n"
            "Tue 19 May - sent pricing.\nWed 20 May - demo booked: Thu 28 May, 14:00-15:00.\n")
    assert parse(text, "notes.txt", "call-notes", today=__import__("datetime").date(2026, 5, 20)).commitments == []


def test_what_a_call_plan_recounts_asking_for_is_background(parse):
    text = "# Call plan\n\n## Background\n- Dana saw the demo in September and asked for pricing in November.\n"
    assert parse(text, "plan.md", "call-plan").commitments == []
    text = "# Call plan\n\n## Background\n- He asked that someone from our finance team call him about leasing, not booked yet.\n"
    assert [(c.action, c.mode) for c in parse(text, "plan.md", "call-plan").commitments] == [("contact", "reported-request")]
    text = "# Call plan\n\n## Background\n- He asked that someone from our finance team call him about leasing.\n"
    assert parse(text, "plan.md", "call-plan").commitments == []


def test_a_thing_had_with_the_prospect_takes_on_his_request(parse):
    text = "- He wants a revised proposal in front of the board. I'll have it with him by Monday 23 February.\n"
    assert _open_in_notes(parse, text, "2026-02-16") == []
    text = "- He wants a revised proposal in front of the board. I'll have a word with him.\n"
    assert _open_in_notes(parse, text, "2026-02-16") == [("delivery", "prospect", "reported-request", "none")]


def test_a_colleague_looped_in_on_the_invite_joins_the_booked_call(parse):
    text = ("You're down for Thursday, March 12th at 2pm ET and the Zoom invite is already in your inbox.\n\n"
            "I'll loop in Priya, our solutions engineer, on that same invite so she can answer your questions.\n")
    commitment, = parse(text, "mail.txt", "email").commitments
    assert commitment.booked
    text = "Thanks for the call.\n\nI'll loop in Priya, our solutions engineer, on a call so she can answer your questions.\n"
    commitment, = parse(text, "mail.txt", "email").commitments
    assert not commitment.booked


def test_a_visit_fixed_in_the_next_sentence_of_a_notes_line_is_booked(parse):
    text = ("- He asked me to come back in two weeks once he has tried it. Fixed Wed 28 January, 12:30, at the clinic"
            " - entered in his diary.\n")
    assert _open_in_notes(parse, text, "2026-01-14") == []
    text = "- He asked me to come back in two weeks once he has tried it. Wed 28 January suits him better.\n"
    assert _open_in_notes(parse, text, "2026-01-14") == [("contact", "prospect", "reported-request", "vague")]


def test_after_the_call_of_a_plan_whose_call_has_no_day_is_not_a_date(parse):
    plan = ("# Call plan: Luzon Freight\n\nWhen: this week, waiting for her to confirm a slot\n\nFollow-up\n"
            "- Will send Ma'am Joy the rate card after the call.\n")
    commitment, = parse(plan, "plan.md", "call-plan").commitments
    assert not commitment.anchored
    dated = plan.replace("this week, waiting for her to confirm a slot", "Thu 21 May, 10:00")
    commitment, = parse(dated, "plan.md", "call-plan").commitments
    assert commitment.anchored


def test_a_labels_words_do_not_time_the_step(parse):
    text = "# Plan\n\nNext step after the call: I'll send Ronel the ROI model sometime next week.\n"
    commitment, = parse(text, "plan.md", "call-plan").commitments
    assert not commitment.anchored and commitment.precision == "vague"


def test_a_plans_step_done_on_the_call_itself_is_not_a_follow_up(parse):
    plan = ("# Plan\n\n## Agenda\n- Agree on the call who from QA should join, and book the second session while Darren is "
            "still on the line.\n\n## Next steps\n- Share the case study with Darren.\n")
    assert [(c.action, c.mode) for c in parse(plan, "plan.md", "call-plan").commitments] == [("delivery", "todo")]


def test_a_call_expected_from_us_is_owed(parse):
    text = "Greenfield Dental\n  Dr. Okafor is expecting a call from us early next month about the second chair.\n"
    assert [(who, precision) for _, who, _, precision in _open_in_notes(parse, text, "2026-02-12")] == [("rep", "vague")]
    text = "Greenfield Dental\n  Dr. Okafor is expecting a call from his accountant early next month.\n"
    assert _open_in_notes(parse, text, "2026-02-12") == []


def test_a_plans_ask_is_a_request_to_the_prospect(parse):
    text = "# Call plan\n\nNext steps\n- Ask Jo to send the Q2 sell-out report when she gets a chance.\n"
    assert [(c.action, c.who, c.mode) for c in parse(text, "plan.md", "call-plan").commitments] == \
        [("delivery", "prospect", "request")]


def test_a_logs_channel_column_is_not_a_to_do(parse):
    text = ("| Date | Channel | Contact | Outcome |\n|---|---|---|---|\n"
            "| Thu 12 Feb | Call | Chidi Eze | Says the board must see it first. \"Call me back next week.\" |\n")
    commitments = parse(text, "notes.md", "call-notes").commitments
    assert [text[c.verb_start:c.verb_end] for c in commitments] == ["Call"] and commitments[0].mode == "request"


@pytest.mark.parametrize("text, kept", [
    ("You asked for pricing for 45 technician seats. It's attached (pricing.pdf).", False),
    ("She asked for the case study. Attached is the case study from Corbel.", False),
    ("You asked for the price list. Please find it attached.", False),
    # something else handed over, or the thing only mentioned near the word
    ("She asked for the case study. Attached is the pricing for the pilot.", True),
    ("He asked for references. They are keen to talk, attached their details.", True),
])
def test_a_thing_asked_for_and_handed_over_in_the_next_sentence_is_answered(parse, text, kept):
    assert bool(parse(text, "mail.txt", "email").commitments) is kept


def test_a_slot_put_to_the_reader_in_the_next_paragraph_answers_a_meeting_asked_for(parse):
    text = ("Janet asked for a live walkthrough of the encryption. Paul can run that in 45 minutes.\n\n"
            "Does Thursday 5 March at 10am ET work for the security review?\n")
    commitment, = parse(text, "mail.txt", "email").commitments
    assert commitment.booked
    # a day with no time is not a slot
    text = "Janet asked for a live walkthrough of the encryption.\n\nDoes Thursday work for you?\n"
    commitment, = parse(text, "mail.txt", "email").commitments
    assert not commitment.booked


@pytest.mark.parametrize("text, expected", [
    ("cust asked for cb after their board mtg, prob late April", ("contact", "prospect", "reported-request", "vague")),
    ("Asked for cb next wk", ("contact", "prospect", "reported-request", "vague")),
    ("Client requested that we revisit the forward pricing once their Q2 volumes are clearer.",
     ("delivery", "prospect", "reported-request", "vague")),
    ("He wants us to arrange a viewing of the two units after Eid.", ("contact", "prospect", "reported-request", "vague")),
])
def test_notes_shorthand_and_trade_words_for_meetings_and_deliveries(parse, text, expected):
    got = [(c.action, c.who, c.mode, c.precision) for c in parse(text, "note.txt", "call-notes").commitments]
    assert got == [expected]


@pytest.mark.parametrize("text, expected", [
    # the second of two joined actions, timed by its own words once the first is settled
    ("I'll send the revised quote by Friday 6 March and get a date in the diary for the install.",
     [("delivery", "day"), ("contact", "none")]),
    ("I'll send the contract today and follow up next week.", [("delivery", "day"), ("contact", "vague")]),
    ("I'll send the quote soon and call you next week.", [("delivery", "vague")]),  # the first is flagged already
    ("I'll send the quote by Friday 6 March and then she will call you.", [("delivery", "day"), ("contact", "none")]),
    ("I'll send the agenda by Monday 16 March, and Rhona has already shared the downtime log.", [("delivery", "day")]),
    ("Will send the revised quote by Thursday 19 Feb and then Ill call u to walk thru it.",
     [("delivery", "day"), ("contact", "none")]),
])
def test_two_actions_in_one_sentence(parse, text, expected):
    assert [(c.action, c.precision) for c in parse(text, "mail.txt", "email").commitments] == expected


def test_a_cell_after_a_placeholder_is_read_on_its_own(parse):
    text = ("| Date | Type | Outcome | Notes |\n|---|---|---|---|\n"
            "| 2026-03-04 | Note | — | Nomsa to send last year's campaign numbers so we can benchmark. |\n")
    commitments = parse(text, "notes.md", "call-notes").commitments
    assert [(c.action, c.who, c.mode) for c in commitments] == [("delivery", "prospect", "todo")]


def test_a_purpose_clause_does_not_name_what_is_owed(parse):
    # the price list sent later is not the headcount asked for
    text = ("- Ms. Reyes to send the employee headcount per shift so we can finalize the quotation.\n"
            "- I already sent them the price list during the call.\n")
    commitments = parse(text, "notes.txt", "call-notes").commitments
    assert [text[c.verb_start:c.verb_end] for c in commitments] == ["send"]


@pytest.mark.parametrize("text, expected", [
    ("05-May: Met Dr. Rao. Asked to call back after 15 days once the\n        purchase committee has met.\n",
     [("contact", "prospect", "reported-request")]),
    ("19 Jan (Mon) - Alison rang back. In the middle of year-end, said to try her again after the audit.\n",
     [("contact", "prospect", "reported-request")]),
    ("---\ndate: 2026-01-16\n---\n| Date | Channel | Touch | Outcome |\n|---|---|---|---|\n"
     "| Fri 1/16 | Phone | 4 - call, direct line | LVM, 30 sec |\n", []),
    ("| Owner | Action | When | Status |\n|---|---|---|---|\n| Both | Results portal demo for their IT lead | TBC | Open |\n"
     "| Chris | Follow-up call with Maria | Thu 4/16, 2:00pm CT | Invite accepted |\n", [("contact", "rep", "pending")]),
    ("| Owner | Action | When |\n|---|---|---|\n| - | Data residency question | parked, not needed for pilot |\n"
     "| - | Payment terms (30 vs 45 days) | - |\n", []),
])
def test_notes_from_the_ac_round(parse, text, expected):
    commitments = parse(text, "notes.md", "call-notes", today=__import__("datetime").date(2026, 5, 22)).commitments
    assert [(c.action, c.who, c.mode) for c in commitments] == expected


def test_meeting_the_reader_at_the_lobby_of_a_visit_just_booked_is_that_visit(parse):
    text = ("I am pleased to confirm the site inspection for Monday 16 March at 11:00 am. Our events team will meet you "
            "at the lobby and I will send the ballroom floor plans ahead of the\nvisit.\n")
    commitments = parse(text, "mail.txt", "email").commitments
    assert all(c.booked or c.anchored for c in commitments)
    # with nothing booked before it, meeting at the lobby is a meeting to fix
    commitment, = parse("Our events team will meet you at the lobby.", "mail.txt", "email").commitments
    assert not commitment.booked


def test_a_proposals_project_plan_is_the_scope_not_a_promise(parse):
    text = "# Proposal\n\nKick-off: Monday 1 June 2026\n\n- Week 2: we will connect QuickBooks Online and run a test invoice cycle.\n"
    assert parse(text, "proposal.md", "proposal").commitments == []


def test_a_paper_sent_under_separate_cover_is_owed_not_scope(parse):
    text = "# Proposal\n\n## Service levels\nWe will send the SLA schedule under separate cover.\n"
    assert [(c.action, c.who) for c in parse(text, "proposal.md", "proposal").commitments] == [("delivery", "rep")]
    text = "# Proposal\n\n## Service levels\nWe will send the monitoring alerts to your on-call team.\n"
    assert parse(text, "proposal.md", "proposal").commitments == []


AB_ROUND = [
    # from the ab-* round: polite requests, causatives, third parties, sign-offs, trying things
    ("Kindly revert with the number of participants so that we may print the workbooks.",
     ("delivery", "prospect", "request", "none")),
    ("Kindly revert with your confirmation at the earliest.", None),  # the close, asking for the go-ahead
    ("We would be grateful if you could send us your brand guidelines at your convenience.",
     ("delivery", "prospect", "request", "none")),
    ("I'd appreciate it if you could call me back next week.", ("contact", "prospect", "request", "vague")),
    ("If you could send the brief, we would be happy to quote.", None),
    ("I'll have it filled in for you shortly.", ("delivery", "rep", "promise", "vague")),
    ("We'll have the unit serviced next month.", None),
    ("Revenue will write to you directly with your new VAT number.", None),
    ("The courier will call you to arrange a delivery slot.", None),
    ("Our courier will call you next week.", ("contact", "rep", "promise", "vague")),
    ("You want to try it for 3 months first before committing longer.", None),
    ("I'll try you again tomorrow.", ("contact", "rep", "promise", "day")),
    ("Thanks again Tom, we'll be in touch!", None),
    ("We'll be in touch next week.", ("contact", "rep", "promise", "vague")),
    ("Wanjiru from our credit team will be in touch.", ("contact", "prospect", "promise", "none")),
    ("He will check with his brother about putting panels on the roof and get back to me.",
     ("contact", "prospect", "promise", "none")),
    ("Need to sort a visit to the Mallow shop.", ("contact", "rep", "todo", "none")),
    ("We need to sort out the pricing.", None),
]


OLDER_MISSES = [
    # older tuning misses: our colleague named, a site survey, getting a thing sorted, what it would take
    ("Our export manager Mrs. Selin Aydın will visit you during Automechanika.", ("contact", "rep", "promise", "none")),
    ("He's visiting the Leeds site next week.", None),
    ("Our engineer will arrange a site survey of the basement pits next month.", ("contact", "rep", "promise", "vague")),
    ("Jen, our SE, will get the deal registration sorted soon", ("delivery", "prospect", "promise", "vague")),
    ("We got the contract signed last week.", None),
    ("For the second depot we would need to schedule a site survey before quoting.", None),
    ("We need to schedule a site survey next week.", ("contact", "rep", "promise", "vague")),
    ("Please send to me by Friday.", ("delivery", "prospect", "request", "day")),
]


AE_ROUND = [
    ("Regarding your query, we shall advise on the sailing schedule and rates shortly.", ("contact", "rep", "promise", "vague")),
    ("We will advise you to upgrade.", None),
    ("Kindly advise your availability.", None),
    ("Rick in finance is gonna rework the 72-month option with the rebate rolled in and get it over to you.",
     ("delivery", "prospect", "promise", "none")),
    ("We meet again in Madrid in April for the demo of the LED wall.", ("contact", "rep", "promise", "vague")),
    ("Job starts mid-April, needs the carry deck for ~6 weeks.", None),
    ("She wants the pitch deck by Friday.", ("delivery", "prospect", "reported-request", "day")),
    # notes' lower-case "fri" is a day: the step is dated ("at 4" is SC504's to question)
    ("MOB (Karen) to ring me back fri at 4 to confirm the colour scheme.", ("delivery", "prospect", "todo", "datetime")),
]


AD_ROUND = [
    ("We note that the Bid Evaluation Committee will meet on 20 May and that the unit will inform all bidders in writing.", None),
    ("Dana will meet with our CTO next week.", ("contact", "prospect", "promise", "vague")),
    ("The Contractor shall notify the Engineer of any defect within 7 days of becoming aware of it.", None),
    ("Our planning team will issue an updated programme of works for the crossing.", ("delivery", "rep", "promise", "none")),
    ("We understand that the invitation will be issued through the portal.", None),
    ("Niamh Breen, our solutions architect, copied here, will pick these up with Declan.", ("contact", "prospect", "promise", "none")),
    ("Can you pick this one up while I'm on leave?", None),
    ("Mr Hughes said he would give us a heads-up nearer the time.", ("contact", "prospect", "promise", "none")),
    ("Suresh (consultant) will prepare the technical evaluation matrix for the Board.", None),
    ("Following the site meeting with the Resident Engineer on Friday 6 March, our planning team will issue an updated "
     "programme of works.", ("delivery", "rep", "promise", "none")),
]


AF_AG_ROUND = [
    # look-alikes: the reader's own side, a visit's own steps, a service to many, a recommendation
    ("Our mobile supervisors visit every block on a fortnightly rota, so Andrew will get a feel for how it works.", None),
    ("Your energy broker will confirm that on your end, no need for us to be on that call.", None),
    ("Please share them with Dr. Sato as you think best.", None),
    ("Nadia (cc'd) - could you share the SSO metadata file with Ben before Friday?", ("delivery", "prospect", "request", "day")),
    ("Eastgate will provide a named account manager, who will call each head teacher in the first month.", None),
    ("Please sit down with your CFO.", None),
    ("He wants us to arrange a viewing of the two units after Eid, with his son.", ("contact", "prospect", "reported-request", "vague")),
    ("Accountant will inform him that I called.", None),
    ("When we're on site, Steve will walk us through the transfer chute.", None),
    ("Annelie will submit their application once she has our quote.", None),
    ("Your mortgage advisor may want to call the bank directly, as the valuation will need to be booked in your name.", None),
    # and real ones with no keyword
    ("We will circle round to you again regarding the loan unit.", ("contact", "rep", "promise", "none")),
    ("Let's sit down again once the consultant has signed off the drawings.", ("contact", "rep", "promise", "none")),
    ("She said call her back after the fourth.", ("contact", "prospect", "reported-request", "none")),
]


AC_ROUND = [
    # from the ac-* round
    ("Happy to walk your team through it on a short call - which days are good for you next week?", None),
    ("The revised programme itself I'll get across to you shortly, once the crew lead has signed off.",
     ("delivery", "rep", "promise", "vague")),
    ("I send him the offer in the next days with two variants.", ("delivery", "rep", "promise", "vague")),
    ("We send invoices at the end of each month.", None),
    ("As you requested, I will call you back after your board meeting to agree the monthly truck volumes.",
     ("contact", "rep", "promise", "none")),
    ("We will send a service report on the first working day of each month.", None),
    ("Further to the below, kindly share the line list at your earliest convenience.",
     ("delivery", "prospect", "request", "none")),
    ("I'll bring our draft schedule along so you can see what the engineers would do on each visit.", None),
    ("The idea is that we get your shift leads on a call with our implementation team before go-live, so they can "
     "try the pick flow on real orders.",
     ("contact", "rep", "promise", "none")),
]


AH_AI_AJ_ROUND = [
    # look-alikes
    ("Fit-out spec: I'll email it by Thursday 19th.", ("delivery", "rep", "promise", "day")),
    ("Please confirm if you would like to proceed, and we will prepare the contract.", None),
    ("Get technicians' schedules onto their phones.", None),
    ("Tell her we'll call if anything changes.", None),
    ("We passed by the depot yesterday.", None),
    # and real ones
    ("He will call me after Vinitaly to say if they shortlist us.", ("contact", "prospect", "promise", "none")),
    ("I will pass by your site office next week to explain the mock-up details.", ("contact", "rep", "promise", "vague")),
    ("I'll swing past the shed sometime when I'm next down your way.", ("contact", "rep", "promise", "vague")),
    ("Tell Yossi we'll send him the reference architecture after the holidays.", ("delivery", "rep", "promise", "vague")),
    ("Our Customer Success Manager will schedule the kickoff sometime in March.", ("contact", "rep", "promise", "vague")),
    ("For the question about the washdown rating, I come back to you with the answer of our technical team as soon "
     "as possible.", ("delivery", "rep", "promise", "vague")),
]


AK_AL_ROUND = [
    ("Should you want a second quotation with IE4 motors, I can prepare it - only tell me.", None),
    ("Should you need anything, I'll call you next week.", None),
    ("Our transport partner will confirm the coach schedule with your travel agency directly.", None),
    ("I'll speak with your accountant next week.", ("contact", "rep", "promise", "vague")),
    ("We will arrange a site walk-through with your facilities manager in due course.", ("contact", "rep", "promise", "vague")),
    ("The controller will text you when soil moisture drops below the set point - no app needed.", None),
    ("His daughter will talk to the current tenants herself.", None),
    ("After signature we will send you the detailed project plan within one week.", None),
    ("After our review we will send you the detailed project plan.", ("delivery", "rep", "promise", "none")),
]


AM_AN_AO_ROUND = [
    ("No need to chase your neighbour about the shared bore.", None),
    ("Our consultant Jade will visit the site to meet the shift managers once we're instructed.", None),
    ("If you sign before the end of February, our driver will do the first delivery on Monday 2 March and our quality "
     "manager will visit the hotel in the first week.", None),
    ("Our POS will sync menus to all branches overnight.", None),
    ("The team lead will join your sprint planning and retros, and we will deliver a coverage report at the end of every "
     "sprint.", None),
    ("PeopleFlow will send each new hire a welcome packet and remind managers of day-one tasks automatically.", None),
    ("Shall we go ahead and get the kickoff on the books?", None),
    ("Called again 16:40, no answer, left VM asking him to ring back.", None),
    ("Call held 9:30am.", None),
    # and real ones kept
    ("I'll follow up next week to see if you have any questions.", ("contact", "rep", "promise", "vague")),
    ("Shall we book the kickoff for next week?", ("contact", "rep", "promise", "vague")),
    ("We will courier the fabric swatches to you soon.", ("delivery", "rep", "promise", "vague")),
]


AP_AQ_AR_ROUND = [
    ("Kindly revert with a couple of slots that suit you and Mr. Iyer for the commercial review.", None),
    ("Kindly revert with the signed form by Friday.", ("contact", "prospect", "request", "day")),
    ("Today: he needs his budget meeting on June 9 before committing to the annual volume.", None),
    ("We will deliver the integration specification later.", ("delivery", "rep", "promise", "vague")),
    ("We will send it no later than Friday 6 March.", ("delivery", "rep", "promise", "day")),
    # the as/at/au round
    ("Shall we pencil you in for the 27th of June?", None),
    ("We'll pencil you in for June.", ("contact", "rep", "promise", "vague")),
    ("Happy to chat through any questions, so give me a shout whenever suits.", None),
    ("Your team will send over a sample of 50 invoices for the pilot whenever it suits.", ("delivery", "prospect", "promise", "none")),
    ("Our technical team will revert with the site survey dates.", ("contact", "rep", "promise", "none")),
    ("Our site supervisor will pop out to measure up next week.", ("contact", "rep", "promise", "vague")),
]


AV_AW_AX_ROUND = [
    # a colleague sent to the reader is the writer's promise (not the reader's side asked, nor a call asked for)
    ("I've asked Carla, our implementation lead, to reach out to your IT folks.", ("contact", "rep", "promise", "none")),
    ("I will ask Thabo from our Nelspruit branch to phone you.", ("contact", "rep", "promise", "none")),
    ("I've asked your assistant to book a call with you.", None),
    ("I asked Dana to call me back.", None),
    # a request dressed as a condition, which the parse may make a ccomp
    ("It would really help if you could send the floor plans over.", ("delivery", "prospect", "request", "none")),
    ("It'd help us plan if you could send me the floor plans at some point.", ("delivery", "prospect", "request", "vague")),
    # counted from the reader's signature
    ("We will deliver the implementation plan within 5 working days of signature.", None),
    ("We will deliver the implementation plan within 5 working days.", ("delivery", "rep", "promise", "vague")),
    # the seller's own records; a topic this message comes back to
    ("Update the CRM opportunity to stage Proposal.", None),
    ("I'll update you on the pricing next week.", ("delivery", "rep", "promise", "vague")),
    ("I am coming back to the proposal I sent on 31 March, because there is something new.", None),
    ("I'm coming back to you next week with the figures.", ("delivery", "rep", "promise", "vague")),
    # 'form' read as a verb does not take "the same day" from 'send'
    ("I'll send the recap and the chosen option's order form the same day.", ("delivery", "rep", "promise", "none")),
    # the ay/az/ba round: open doors and conditions in formal English
    ("Kindly revert in case any clarification is required.", None),
    ("Kindly revert in case of any queries.", None),
    ("Kindly revert with any queries.", None),
    ("Kindly update on the status at your end.", None),
    ("I will revert with the revised commercials by Friday 16 January.", ("delivery", "rep", "promise", "day")),
    # the call the reader is asked for, when the talk happens on it (not "… and I'll send it over")
    ("give me a bell and we'll work out the install window.", ("contact", "prospect", "request", "none")),
    ("give me a holler and we'll nail down delivery", ("contact", "prospect", "request", "none")),
    ("Give me a shout and I'll send it over.", None),
    # reaching a person, passing a thing on, a slot someone else confirms, a thing arranged for the reader
    ("Will try to reach you over phone sometime this week.", ("contact", "rep", "promise", "vague")),
    ("The quote will reach you by Friday.", None),
    ("He will pass us the agronomist's yield numbers soon.", ("delivery", "prospect", "promise", "vague")),
    ("Ahmed will confirm a slot once he's back from Riyadh.", ("delivery", "prospect", "promise", "none")),
    ("Can you confirm a slot for next week?", None),
    ("Our support team will arrange a sandbox login for his analysts soon.", ("delivery", "rep", "promise", "vague")),
    ("Our IT team will set up a secure login on our side, so nothing is needed from you.", None),
    ("We will arrange the samples delivery to you soon after the Spring Festival.", ("delivery", "rep", "promise", "vague")),
    ("We will arrange delivery of the pumps in May.", None),
    # the bb/bc/bd round
    ("I'm just checking in on the POS terminal proposal we sent on 9 February, with some news.", None),
    ("I'll check in on you next week.", ("contact", "rep", "promise", "vague")),
    ("We shall revert with the detailed installation schedule by Friday 13 February.", ("delivery", "rep", "promise", "day")),
    ("Our installer will hit you up to lock in a site inspection.", ("contact", "rep", "promise", "none")),
    ("We hit our target last quarter.", None),
    # the be/bf/bg round
    ("I'll loop back with our answers once our legal folks have had a look.", ("delivery", "rep", "promise", "none")),
    ("Will loop back with our Legal on it first.", None),
    ("I'll have the loss runs summary over to you in a day or two.", ("delivery", "rep", "promise", "vague")),
    ("I'll have the team over to you next week.", None),
    ("I'll try your desk line later in the week as well.", ("contact", "rep", "promise", "vague")),
    ("We tried a new line of products.", None),
    ("Our agronomist will come out to take soil cores once the paddocks dry out.", ("contact", "rep", "promise", "none")),
    ("The results will come out in May.", None),
    # the bh/bi/bj round: what "provide" gives, offers on request, a choice put to the reader, a rate of the service
    ("The County will provide the staging area on the north lot.", None),
    ("We will provide 24/7 support.", None),
    ("We'll provide the revised figures by Friday.", ("delivery", "rep", "promise", "day")),
    ("We'll share reference customers on request.", None),
    ("We'll share reference customers next week.", ("delivery", "rep", "promise", "vague")),
    ("Which package shall we pencil in for you - day delegate or residential?", None),
    ("The trainer will deliver four three-hour sessions per cohort.", None),
    ("Ms. Reyes will send the employee headcount per shift.", ("delivery", "prospect", "promise", "none")),
    # the bk/bl/bm round: the time of a report is not the promise's; the meeting a plan is for; "so let's …"
    ("On 14 January the council said they would revert in due course on the TUPE question.",
     ("contact", "prospect", "promise", "vague")),
    ("She met us at the expo in January and asked for this meeting herself.", None),
    ("She met us at the expo in January and asked for a meeting.", ("contact", "prospect", "reported-request", "vague")),
    ("You mentioned the board meets at the end of the quarter, so let's pencil in another chat in a couple of weeks.",
     ("contact", "rep", "promise", "vague")),
]


def test_a_report_in_the_next_sentence_does_not_take_the_promises_date(parse):
    text = "I'll send the revised pricing by Wednesday 15 April. You mentioned that the team spends 40 hours a week on it.\n"
    assert [(c.action, c.precision) for c in parse(text, "mail.txt", "email").commitments] == [("delivery", "day")]


@pytest.mark.parametrize("text, expected", [
    ("- 2/12 Thu 11:15am - email #2 sent, no reply\n", []),
    ("- Will send the plan comparison (3 tiers) EOD Fri 13 Feb so she can read before the call.\n", []),
    ("- Will send the plan comparison (3 tiers) so she can read before the call.\n", [("delivery", "rep", "promise", "none")]),
    ("- Call with Ms. Aydın (purchasing), 25 min. They compare two suppliers.\n", []),
    ("- Call with Ms. Aydın (purchasing) to agree the trial.\n", [("contact", "rep", "todo", "none")]),
    ("- Sato will send the revised datasheet (rev. C) by Friday 13 February.\n", []),
    ("- He asked us to call back next week. Fixed: Wed 25 Feb, 4:30 pm, on his mobile.\n", []),
    ("- I'll send the draft contract after that call.\n", [("delivery", "rep", "promise", "none")]),
    ("Call of today, 30 minutes, in English.\n", []),
    ("- He said call me next week. Fixed the slot right then: Mon 16 Feb, 11:00 IST.\n", []),
])
def test_notes_from_the_ah_ai_aj_round(parse, text, expected):
    assert _open_in_notes(parse, text, "2026-02-10") == expected


@pytest.mark.parametrize("text, expected", AB_ROUND + OLDER_MISSES + AC_ROUND + AD_ROUND + AE_ROUND + AF_AG_ROUND
                         + AH_AI_AJ_ROUND + AK_AL_ROUND + AM_AN_AO_ROUND + AP_AQ_AR_ROUND + AV_AW_AX_ROUND)
def test_commitment_phrasings_from_later_rounds(parse, text, expected):
    got = [(c.action, c.who, c.mode, c.precision) for c in parse(text, "mail.txt", "email").commitments]
    assert got == ([expected] if expected else [])


def test_meeting_the_reader_outside_a_viewing_booked_in_the_paragraph_before_is_that_viewing(parse):
    text = ("Your viewing is booked for Thursday 12 March at 5.30pm\nand the vendors have confirmed they'll be out.\n\n"
            "I'll meet you outside the property - look out for the navy Mini.\n")
    commitment, = parse(text, "mail.txt", "email").commitments
    assert commitment.booked


def test_a_call_plans_reported_request_for_a_call_still_ahead_is_a_next_step(parse):
    text = "# Call plan\n\nCall: not booked yet. Helen said to ring her after half term as she's off with the kids.\n"
    assert [(c.action, c.mode) for c in parse(text, "plan.md", "call-plan").commitments] == [("contact", "reported-request")]
    text = "# Call plan\n\n## Background\n- Dana saw the demo in September and asked for pricing in November.\n"
    assert parse(text, "plan.md", "call-plan").commitments == []


@pytest.mark.parametrize("text, expected", [
    ("26/03/2026 Thu  Called Eng. Banda again. Phone off.\n", []),
    ("27/03/2026 Fri  Will call Eng. Banda re: second site visit.\n", [("contact", "rep", "promise", "none")]),
    ("20/03/2026 Fri  Tendai called: asked for the revised BoQ before the tender committee sits.\n",
     [("delivery", "prospect", "reported-request", "none")]),
    ("20/03/2026 Fri  Email: sent budget price range, asked for a 30 min call.\n", []),
    ("- Mr. Quinn asked for the HTA summary - handed him a printed copy today.\n", []),
    ("- Khalid asked for a hands-on session for his team; we booked it before leaving the room (see next steps).\n", []),
    ("Actions\n- Pricing refresh to Brian Collins - owner: Siobhan\n", [("delivery", "rep", "pending", "none")]),
    ("Actions\n- Pricing refresh to Brian Collins by Fri 6 March - owner: Siobhan\n", []),
])
def test_notes_from_the_ad_round(parse, text, expected):
    assert _open_in_notes(parse, text, "2026-03-28") == expected


def _open_in_notes(parse, text: str, day: str) -> list[tuple]:
    """The steps left open in notes dated `day`: not booked, and not a delivery with its day."""
    commitments = parse(f"---\nkind: call-notes\ndate: {day}\n---\n" + text, "notes.txt").commitments
    return [(c.action, c.who, c.mode, c.precision) for c in commitments
            if not c.booked and not (c.precision in ("day", "datetime") and c.action == "delivery")]


def test_a_meeting_named_by_next_week_when_the_document_books_a_slot_in_it(parse):
    text = ("---\nkind: email\ndate: 2026-03-04\n---\nThe pilot review is booked for Thu 12 March at 2:00 pm.\n\n"
            "Talk next week,\n\nI'll circle back next week either way.\n")
    assert [text[c.verb_start:c.verb_end] for c in parse(text, "mail.md").commitments] == ["circle"]


def test_a_request_settled_by_a_later_dated_line_naming_it(parse):
    text = ("---\nkind: call-notes\ndate: 2026-04-02\n---\n- Johan wants a quote for the rooftop and an option without the battery.\n"
            "\nNext steps:\n- Quote for both options: promised by Friday 10 April.\n")
    assert [c for c in parse(text, "notes.md").commitments if c.mode == "reported-request"] == []


def test_the_call_a_notes_header_names_is_the_call_they_record(parse):
    text = "---\nkind: call-notes\ndate: 2026-04-02\n---\nCall with: Peter van Dijk (owner), by phone, 14:00-14:35\n"
    assert parse(text, "notes.md").commitments == []


def test_a_promise_made_precise_in_the_next_sentence_is_one_promise(parse):
    text = ("---\nkind: email\ndate: 2026-01-20\n---\nAs mentioned, I will send the formal quotation shortly. To be "
            "precise, the signed quotation will reach you by Friday 23 January.\n")
    assert parse(text, "mail.md").commitments == []
    text = "---\nkind: email\ndate: 2026-01-20\n---\nAs mentioned, I will send the formal quotation shortly.\n"
    assert [c.precision for c in parse(text, "mail.md").commitments] == ["vague"]


def test_a_step_inside_a_meeting_booked_just_before(parse):
    text = ("---\nkind: email\ndate: 2026-05-04\n---\nFor the tasting, we've got you and Sophie down for Friday, "
            "June 19 at 2:30 p.m. in the Laurier room. Our chef will walk you through the three menus in person.\n")
    assert [c for c in parse(text, "mail.md").commitments if not c.booked] == []


def test_a_proposals_timeline_rows_are_its_plan(parse):
    text = ("---\nkind: proposal\ndate: 2026-05-20\n---\n# Proposal\n\n## Timeline\n| Milestone | Date |\n|---|---|\n"
            "| Site survey | w/c 15 June |\n")
    assert parse(text, "prop.md").commitments == []
