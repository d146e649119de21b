"""Commitments written without a verb (parse/verbless.py), log lines read without their
date, and bookings that belong to another meeting."""

import pytest


def found(parse, text, filename="notes.md", kind="call-notes"):
    return [(c.action, c.mode, c.precision) for c in parse(text, filename, kind).commitments]


@pytest.mark.parametrize("line,expected", [
    ("Proposal - to follow.", [("delivery", "pending", "none")]),
    ("* Intro to your CFO - Leah, tbc", [("contact", "pending", "none")]),
    ("* Follow-up call to review the quote - diary invite to come", [("contact", "pending", "none")]),
    ("Workshop with regional managers: dates to be confirmed.", [("contact", "pending", "none")]),
    ("Final floor plan with electrical points to Jo — shortly.", [("delivery", "pending", "vague")]),
    ("- Updated price list to Priya by EOW", [("delivery", "pending", "vague")]),
    ("- Updated price list to Priya by Fri 13 March 2026", []),
    ("- Dinner for Priya next week", []),
    # near misses: nothing owed, owed nothing, or settled on the call itself
    ("Budget: tbc", []),
    ("No further meetings to be arranged.", []),
    ("Follow-up: to be agreed with Donna before we hang up.", []),
    ("More to follow on the roadmap soon, she said.", []),
    # "to come from" says where from, not that it is still to come; "for Line 1" names no person
    ("Lars wants the data to come from their own meters, not ours.", []),
    ("- Print the downtime chart for Line 1 (38 hours lost in Q1)", []),
    ("- Updated downtime chart for Lars by EOW", [("delivery", "pending", "vague")]),
    # waits for the signature; a plain line naming the section
    ("Onboarding for the two departments to be scheduled once the renewal is signed.", []),
    ("Onboarding for the two departments to be scheduled.", [("contact", "pending", "none")]),
])
def test_verbless_lines(parse, line, expected):
    assert found(parse, f"# Acme\n\n{line}\n") == expected


def test_a_next_steps_row_counted_from_signature_is_tied_to_it(parse):
    plan = ("# Proposal\n\n## Next steps\n\n| Step | Owner | When |\n|---|---|---|\n"
            "| Card issuance | Us | within 5 working days of signature |\n| Card issuance | Us | within 5 working days |\n")
    rows = [(c.precision, c.anchored) for c in parse(plan, "prop.md", "proposal").commitments]
    assert rows == [("vague", False)]  # the first is tied to signature, the second owes a day


def test_next_steps_table_rows_without_a_day(parse):
    plan = (
        "# Close plan\n\n## Next steps\n\n"
        "| Next step | Owner | When |\n|---|---|---|\n"
        "| Send order form | Aoife | same day |\n"
        "| Security questionnaire returned | Anil | next week |\n"
        "| Reference call with Tuam Logistics | Aoife | TBC |\n"
        "| Countersigned order form | Siobhan | by Fri 29 May 2026 |\n"
    )
    parsed = parse(plan, "plan.md", "call-plan")
    rows = [(parsed.document.line_index(c.start), c.action, c.precision, c.anchored) for c in parsed.commitments]
    assert rows == [(6, "delivery", "none", True),  # same day: tied to the call
                    (7, "delivery", "vague", False), (8, "contact", "none", False)]


@pytest.mark.parametrize("filename", ["notes.txt", "mail.eml"])
def test_a_pipe_table_typed_into_plain_text_or_an_email_is_read_as_one(parse, filename):
    table = ("ACTION ITEMS\n| No | Item | Owner | Due |\n|----|------|-------|-----|\n"
             "| 1 | Revised quotation for 180k pcs | Park | 2026-04-28 |\n"
             "| 2 | H2 rolling forecast | Mr. de Vries | - |\n"
             "| 3 | On-site process audit | Ms. Bakker | to be decided |\n")
    if filename.endswith(".eml"):
        table = "From: a@example.com\nDate: Mon, 2 Mar 2026 10:00:00 +0000\nSubject: actions\n\n" + table
    parsed = parse(table, filename, "call-notes" if filename.endswith(".txt") else None)
    rows = [parsed.document.lines[parsed.document.line_index(c.start)].split("|")[2].strip() for c in parsed.commitments]
    assert rows == ["H2 rolling forecast", "On-site process audit"]


def test_a_table_without_a_when_column_is_not_a_list_of_commitments(parse):
    table = "# Pricing\n\n| Item | Price |\n|---|---|\n| Onboarding workshop | £2,000 |\n| Report pack | £500 |\n"
    assert parse(table, "proposal.md", "proposal").commitments == []


def test_a_log_lines_date_is_not_the_commitments_date(parse):
    notes = "# Acme\n\n2026-03-02 Spoke to Dana, will send pricing\n2026-03-03 Marcus to send org chart\n"
    assert found(parse, notes) == [("delivery", "promise", "none"), ("delivery", "todo", "none")]


def test_a_log_line_that_records_a_follow_up_is_not_a_to_do(parse):
    assert found(parse, "# Acme\n\n2026-03-02 f/u email, no reply.\n2026-03-03 call with Dana, LVM\n") == []


def test_a_booking_two_lines_on_is_another_meetings(parse):
    notes = ("# Acme\n\n- He asked us to follow up in Q3 about the framework.\n\n**Booked**\n"
             "- Demo for Gavin on Thu 19 March 2026 at 14:00, invite accepted.\n")
    commitment, = parse(notes, "notes.md", "call-notes").commitments
    assert not commitment.booked
    next_line = "- He asked us to call back in two weeks. Booked Mon 16 March 2026 12:30, invite sent.\n"
    commitment, = parse("# Acme\n\n" + next_line, "notes.md", "call-notes").commitments
    assert commitment.booked


def test_a_plans_call_marked_tbc_is_owed_even_outside_next_steps(parse):
    plan = "# Pre-call plan - Kirkby\n\n- Contact: Janet Rowe\n- Call: TBC - Janet to propose a slot\n\nObjective: a PO for 25 scanners by Fri 6 March 2026.\n"
    assert found(parse, plan, "plan.md", "call-plan") == [("contact", "pending", "none")]


def test_a_plain_text_list_item_is_its_own_block(parse):
    notes = ("Actions:\n- Jo to intro us to Graham so we can walk him through the payback\n"
             "- w/c 1 June: send revised quote with the Hull depot added\n")
    assert found(parse, notes, "notes.txt") == [("contact", "todo", "none"), ("delivery", "todo", "vague")]


def test_an_objective_in_a_table_row_is_the_plans_objective(parse):
    plan = ("# Pilot scoping call\n\n| Item | Detail |\n|---|---|\n| Call | Wed 25 Feb 2026 at 15:00 |\n"
            "| Objective | Helen's yes or no on a paid pilot by Fri 6 March |\n")
    objective, = parse(plan, "plan.md", "call-plan").sections_named("objective")
    assert plan.splitlines()[5].find("Helen") == objective.body_start - plan.find("| Objective")


@pytest.mark.parametrize("line,expected", [
    ("- Dev to share the current server spec - he emailed it before we hung up.", []),
    ("- Send pricing to Dana - done", []),
    ("- Dev to share the current server spec - by Friday 6 March 2026", [("delivery", "todo", "day")]),
    ("- Send pricing to Dana", [("delivery", "todo", "none")]),
])
def test_a_to_do_marked_done_on_its_line_is_not_owed(parse, line, expected):
    assert found(parse, f"# Acme\n\n{line}\n") == expected


def test_an_onsite_marked_tbc_is_owed(parse):
    assert found(parse, "# Acme\n\n- Onsite w/ ops team at the Amarillo DC - date TBC.\n") == [("contact", "pending", "none")]


def test_a_request_a_later_note_records_as_done_is_not_owed(parse):
    notes = ("# Vets4Pets\n\n* 21.04. - Demo held. Grace said she needs the migration quote before the partners' meeting.\n"
             "* 23.04. - Emailed migration quote + timeline, COB as promised.\n")
    assert found(parse, notes) == []
    other_thing_sent = ("# Vets4Pets\n\n* 21.04. - Grace said she needs the migration quote.\n"
                        "* 23.04. - Emailed the case study.\n")
    assert found(parse, other_thing_sent) == [("delivery", "reported-request", "none")]


def test_the_scope_a_proposal_sells_is_not_a_follow_up(parse):
    proposal = ("# Proposal\n\n## What happens\n\nWe will apply for the grant on your behalf and provide a 5-year warranty.\n\n"
                "## Next steps\n\nWe'll send the contract shortly.\n")
    assert found(parse, proposal, "proposal.md", "proposal") == [("delivery", "promise", "vague")]


def test_a_next_steps_row_is_dated_by_its_when_cell(parse):
    notes = ("# QBR\n\n## Next steps\n\n| Action | Owner | Due |\n|---|---|---|\n"
             "| Confirm PO number for the Leeds site | Ola (theirs) | Wed 11 March 2026 |\n"
             "| Call Ana about site access | Sam (us) | Wed 11 March 2026, 10am |\n"
             "| Send revised licence schedule | Sam (us) | TBD |\n")
    parsed = parse(notes, "notes.md", "call-notes")
    rows = [(parsed.document.line_index(c.start), c.precision) for c in parsed.commitments]
    assert rows == [(6, "day"), (7, "datetime"), (8, "none")]


def test_a_milestone_table_row_with_no_date_is_owed(parse):
    plan = ("# Close plan\n\n| # | Milestone | Owner | Date |\n|---|---|---|---|\n"
            "| 1 | Security review call | Ana + their IT | Tue 10 March 2026, 2pm |\n"
            "| 2 | Exec sponsor meeting with the COO | Ana | TBD |\n")
    assert found(parse, plan, "plan.md", "call-plan") == [("contact", "pending", "none")]


def test_a_plans_own_meeting_marked_tbc_is_the_objectives_problem(parse):
    plan = ("# Pre-call plan - Hale Dental\n\nVisit: date TBC - Priya is away until late April\n\n"
            "## Objective\nPriya's agreement to a 6-week trial of the booking app.\n")
    parsed = parse(plan, "plan.md", "call-plan")
    assert parsed.commitments == []


def test_a_log_tables_date_does_not_date_a_call_it_records(parse):
    notes = "# Acme\n\n| Date | Activity | Outcome |\n|---|---|---|\n| Tue 3/3 | Call | LVM |\n"
    assert found(parse, notes) == []


@pytest.mark.parametrize("line, expected", [
    ("Ravi to send the lane-wise volumes for the last 12 months.", [("delivery", "todo", "none")]),
    ("Proposal to send Friday.", []),
])
def test_a_name_the_tagger_took_for_a_noun_owns_its_to_do(parse, line, expected):
    assert found(parse, f"# Call notes\n\n{line}\n") == expected


def test_a_meeting_named_by_its_day_where_the_document_gives_its_time_is_booked(parse):
    mail = ("From: kayla@fieldnote.example\nDate: Mon, 9 Mar 2026 10:00:00 +0000\nSubject: next steps\n\n"
            "Demo for you and Dana: Thursday, March 12 at 1:00pm CT. The invite is on your calendar.\n\n"
            "Talk Thursday!\nKayla\n")
    assert parse(mail, "mail.eml").commitments == []
    other_day = mail.replace("Talk Thursday!", "Talk Friday!")
    assert [c.precision for c in parse(other_day, "mail.eml").commitments] == ["day"]


def test_a_request_the_rep_then_takes_on_is_one_step(parse):
    notes = ("# Site visit\n\n- He wants a quote for the chiller service and the pump swap.\n"
             "- Met the FM team on the roof.\n- Chiller service quote to follow.\n")
    assert found(parse, notes) == [("delivery", "pending", "none")]


@pytest.mark.parametrize("second, expected", [
    ("We will send on Friday 17.04.", [("delivery", "promise", "day")]),  # takes it on at once
    ("We will send the samples on Friday 17.04.", [("delivery", "reported-request", "none"),
                                                    ("delivery", "promise", "day")]),  # another thing
])
def test_a_request_taken_on_in_the_next_sentence_without_naming_it_is_one_step(parse, second, expected):
    notes = f"# Visit report\n\n3. Mr. van Dijk asked us to send the revised drawings. {second}\n"
    assert found(parse, notes) == expected
