"""Time expressions: what salescheck sees as a date, how precise it is, and which day it
means. The document date for all of these is Monday 2 March 2026."""

import datetime as dt

import pytest

from salescheck.parse.timex import find_time_expressions, resolve_when

MONDAY = dt.date(2026, 3, 2)
D = dt.date

# (text, the expression found, precision, resolved date or None)
CASES = [
    # vague: no day anyone could put in a calendar
    ("I'll call you back next week.", "next week", "vague", None),
    ("I'll send it soon.", "soon", "vague", None),
    ("We'll send the final run sheet closer to the day.", "closer to the day", "vague", None),
    ("Follow-up meeting | Chidinma | the week after 18 June", "the week after 18 June", "vague", None),
    ("Could you share the schedule for February?", "for February", "vague", None),
    ("Happy to jump on a call later in the month.", "later in the month", "vague", None),
    ("Let's reconvene after Easter.", "after Easter", "vague", None),
    ("f/u in a fortnight", "in a fortnight", "vague", None),
    ("w/c 1 June: send revised quote", "w/c 1 June", "vague", None),
    ("The fitters arrive at 3 o'clock.", "at 3", "time", None),
    ("The fitters arrive 3 o'clock Tuesday.", "3 o'clock Tuesday", "datetime", dt.date(2026, 3, 3)),
    ("We'll have it by the end of April.", "the end of April", "vague", None),
    ("The rollout starts in May.", "in May", "vague", None),
    ("Budget is confirmed in March 2026.", "in March 2026", "vague", None),
    ("Let's speak in a few days.", "in a few days", "vague", None),
    ("in a couple of weeks", "in a couple of weeks", "vague", None),
    ("f/u in 2 wks re budget", "in 2 wks", "vague", None),
    ("Revised quote to Dana by EOW.", "EOW", "vague", None),
    ("Wants call back nxt wk once she has the plant list.", "nxt wk", "vague", None),
    ("Kindly confirm the meeting on Thursday 9/4 at 3 in your office.", "Thursday 9/4 at 3", "datetime", dt.date(2026, 4, 9)),
    ("Booked 27.04 at 14:00 CET on Teams.", "27.04 at 14:00 CET", "datetime", dt.date(2026, 4, 27)),
    ("Wed 11 March at 5 sites in the north", "Wed 11 March", "day", dt.date(2026, 3, 11)),
    ("She asked me to call back in two weeks.", "in two weeks", "vague", None),
    ("Will revisit after 2 weeks with samples.", "after 2 weeks", "vague", None),
    ("Our engineer will send the drawings in the coming days.", "in the coming days", "vague", None),
    ("she'd ring me back wk after next", "wk after next", "vague", None),
    ("I'll holler at you after the holiday weekend", "after the holiday weekend", "vague", None),
    ("early next week", "early next week", "vague", None),
    ("later this week", "later this week", "vague", None),
    ("by the end of the month", "the end of the month", "vague", None),
    ("w/c 9 March", "w/c 9 March", "vague", None),
    ("week commencing 16 March", "week commencing 16 March", "vague", None),
    ("sometime in Q3", "sometime in Q3", "vague", None),
    ("at some point", "at some point", "vague", None),
    ("after the holidays", "after the holidays", "vague", None),
    ("in March", "in March", "vague", None),
    ("over the next few weeks", "over the next few weeks", "vague", None),
    ("ASAP", "ASAP", "vague", None),
    # day: a date but no time
    ("Tuesday", "Tuesday", "day", D(2026, 3, 3)),
    ("on Friday", "Friday", "day", D(2026, 3, 6)),
    ("next Tuesday", "next Tuesday", "day", D(2026, 3, 10)),
    ("this Thursday", "this Thursday", "day", D(2026, 3, 5)),
    ("Monday", "Monday", "day", D(2026, 3, 9)),  # said on a Monday: the next one
    ("tomorrow", "tomorrow", "day", D(2026, 3, 3)),
    ("today", "today", "day", D(2026, 3, 2)),
    ("the day after tomorrow", "day after tomorrow", "day", D(2026, 3, 4)),
    ("tomorrow morning", "tomorrow morning", "day", D(2026, 3, 3)),
    ("3 March", "3 March", "day", D(2026, 3, 3)),
    ("3rd March", "3rd March", "day", D(2026, 3, 3)),
    ("March 3rd", "March 3rd", "day", D(2026, 3, 3)),
    ("March 3, 2026", "March 3, 2026", "day", D(2026, 3, 3)),
    ("5 Mar 2027", "5 Mar 2027", "day", D(2027, 3, 5)),
    ("2026-03-10", "2026-03-10", "day", D(2026, 3, 10)),
    ("Tue 3 March", "Tue 3 March", "day", D(2026, 3, 3)),
    ("Tuesday, March 3rd", "Tuesday, March 3rd", "day", D(2026, 3, 3)),
    ("EOD Friday", "EOD Friday", "datetime", D(2026, 3, 6)),  # the close of the working day is a time
    ("by close of business on Thursday", "close of business on Thursday", "datetime", D(2026, 3, 5)),
    ("in 3 days", "in 3 days", "day", D(2026, 3, 5)),
    ("in two days", "in two days", "day", D(2026, 3, 4)),
    ("13/3", "13/3", "day", D(2026, 3, 13)),  # 13 cannot be a month
    ("3/13", "3/13", "day", D(2026, 3, 13)),
    ("03.03.", "03.03.", "day", D(2026, 3, 3)),
    ("10.03.2026", "10.03.2026", "day", None),  # 10 March or 3 October: ambiguous
    ("5 January", "5 January", "day", D(2026, 1, 5)),
    # time only
    ("at 10:00", "10:00", "time", None),
    ("call at 3", "at 3", "time", None),
    ("at noon", "noon", "time", None),
    ("14:00 CET", "14:00 CET", "time", None),
    # day and time
    ("Tue 3 March at 10:00", "Tue 3 March at 10:00", "datetime", D(2026, 3, 3)),
    ("Tue 3 March 2026 at 10:00 CET, invite sent", "Tue 3 March 2026 at 10:00 CET", "datetime", D(2026, 3, 3)),
    ("2.30pm on Friday", "2.30pm on Friday", "datetime", D(2026, 3, 6)),
    ("Friday at 2.30pm", "Friday at 2.30pm", "datetime", D(2026, 3, 6)),
    ("tomorrow at 9am", "tomorrow at 9am", "datetime", D(2026, 3, 3)),
    ("March 3rd at noon", "March 3rd at noon", "datetime", D(2026, 3, 3)),
    ("Wed 4/3 at 10am", "Wed 4/3 at 10am", "datetime", D(2026, 3, 4)),  # 3 April is a Friday: the weekday settles it
    ("Thursday 5 March, 14:00 GMT", "Thursday 5 March, 14:00 GMT", "datetime", D(2026, 3, 5)),
    ("Mon 9 March 2026, 12:30 GMT", "Mon 9 March 2026, 12:30 GMT", "datetime", D(2026, 3, 9)),
    ("10 a.m. on Tuesday", "10 a.m. on Tuesday", "datetime", D(2026, 3, 3)),
    ("Tuesday at 3", "Tuesday at 3", "datetime", D(2026, 3, 3)),
    ("1500hrs Thursday", "1500hrs Thursday", "datetime", D(2026, 3, 5)),
    ("on 2026-03-10 at 09:30", "2026-03-10 at 09:30", "datetime", D(2026, 3, 10)),
    # a weekday and a day of the month with no month: the next such day that is that weekday
    ("Ring back Tues 10th", "Tues 10th", "day", D(2026, 3, 10)),
    ("see you Thursday the 2nd", "Thursday the 2nd", "day", D(2026, 4, 2)),
    ("Call back Wed 4th at 9 - she's out till then", "Wed 4th at 9", "datetime", D(2026, 3, 4)),
    ("site visit Sat 21st at 8.15", "Sat 21st at 8.15", "datetime", D(2026, 3, 21)),
    # a dotted time straight after a day
    ("Review: Fri 13 March, 3.45, head office", "Fri 13 March, 3.45", "datetime", D(2026, 3, 13)),
    ("Tour on Weds 11 March at half 10 with the GM", "Weds 11 March at half 10", "datetime", D(2026, 3, 11)),
    # the weekday of a close-of-day deadline belongs to the date after it
    ("by EOD Thu 3/5", "EOD Thu 3/5", "datetime", D(2026, 3, 5)),
    ("Can you do 12 March @ 5?", "12 March @ 5", "datetime", D(2026, 3, 12)),
    # a weekday and a bare day too high for an hour; times written 11h00; zones such as SAST
    ("Call on Thursday 19 at 11:00 with Dana.", "Thursday 19 at 11:00", "datetime", D(2026, 3, 19)),
    ("Back on Tue 24, 10:00 SAST.", "Tue 24, 10:00 SAST", "datetime", D(2026, 3, 24)),
    ("I'll call you tomorrow at 11h00.", "tomorrow at 11h00", "datetime", D(2026, 3, 3)),
    ("Booked 2026/03/10.", "2026/03/10", "day", D(2026, 3, 10)),
    # a weekday given in brackets after its date, and a time in brackets after its day
    ("The demo is set for 2026-03-17 (Tuesday) at 15:00.", "2026-03-17 (Tuesday) at 15:00", "datetime", D(2026, 3, 17)),
    ("Call Tue 17/3 (10:00).", "Tue 17/3 (10:00)", "datetime", D(2026, 3, 17)),
    ("Can we meet on Wednesday the 12th at 10:00?", "Wednesday the 12th at 10:00", "datetime", D(2026, 3, 12)),
    ("I will call you on Tuesday 5/5 at 10h.", "Tuesday 5/5 at 10h", "datetime", D(2026, 5, 5)),
    ("Decision meeting in diary: Wed 25 March 09h00.", "Wed 25 March 09h00", "datetime", D(2026, 3, 25)),
    # the ah/ai/aj round: a CRM's one-letter am/pm, an hour in h after a bracketed weekday, more holidays
    ("Tue 4:40p  email #2, no reply", "Tue 4:40p", "datetime", D(2026, 3, 3)),
    ("We meet again on the 28th (Thursday), 10h Brasília time.", "the 28th (Thursday), 10h", "datetime", D(2026, 3, 28)),
    ("We will send the certificates after Chinese New Year.", "after Chinese New Year", "vague", None),
    ("He'll ring me after Paddy's Day to talk numbers.", "after Paddy's Day", "vague", None),
]

# text that holds no time expression although a keyword search would say it does
NOT_TIMES = [
        "We sat down with the team.",
    "The price is 2.5% lower, $2.50 a seat.",
    "24/7 support is included.",
    "I may be able to help.",
    "We'll march forward.",
    "Page 3 of the proposal.",
    "The 1:1 went well.",
    "a 60-day pilot on 25 vehicles",
    "Version 2.1 ships with SSO.",
    "May Lee joined the call.",
    "The 4th floor has the server room.",
    "It's the 2nd time they've asked.",
    "We may extend the pilot.",
    "a 2h30 workshop for the team",
    "Beds on 4 West and 5 West.",
]


@pytest.mark.parametrize("text,found,precision,day", CASES, ids=[c[0] for c in CASES])
def test_time_expression(text, found, precision, day):
    expressions = find_time_expressions(text)
    assert [e.text for e in expressions] == [found]
    expression = expressions[0]
    assert expression.precision == precision
    assert resolve_when(expression, MONDAY) == day


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_a_time_expression(text):
    assert find_time_expressions(text) == []


def test_numeric_date_convention_settles_ambiguity():
    expression = find_time_expressions("03/04/2026")[0]
    assert resolve_when(expression, MONDAY) is None
    assert resolve_when(expression, MONDAY, day_first=True) == D(2026, 4, 3)
    assert resolve_when(expression, MONDAY, day_first=False) == D(2026, 3, 4)


def test_a_date_early_next_year_is_read_forward():
    expression = find_time_expressions("5 January")[0]
    assert resolve_when(expression, D(2026, 12, 20)) == D(2027, 1, 5)


def test_a_decimal_after_a_date_that_counts_something_is_not_a_time():
    found = find_time_expressions("From Mon 9 March 2.75 per unit applies.")
    assert [(e.text, e.precision) for e in found] == [("Mon 9 March", "day")]


def test_two_expressions_in_one_sentence_stay_apart():
    found = find_time_expressions("I'll send the draft on Tuesday and call on Thursday at 10:00.")
    assert [(e.text, e.precision) for e in found] == [("Tuesday", "day"), ("Thursday at 10:00", "datetime")]


def test_a_weekday_with_a_bare_small_number_is_not_a_day_of_the_month():
    # "Friday 3" may be 3 o'clock; "Thursday 13 people" counts people
    assert [e.text for e in find_time_expressions("Call back Friday 3.")] == ["Friday"]
    assert [e.text for e in find_time_expressions("On Thursday 13 people came.")] == ["Thursday"]


def test_a_year_on_the_next_line_belongs_to_the_next_line():
    # a table row ends in a date, the next row starts with an ISO date
    text = "Wants a proposal by Fri 13 March.  \n  2026-03-04   Note"
    assert [e.text for e in find_time_expressions(text)] == ["Fri 13 March.", "2026-03-04"]
    assert [e.text for e in find_time_expressions("due March 13\n2026 budget review")] == ["March 13"]
    assert [e.text for e in find_time_expressions("by 13 March 2026, please")] == ["13 March 2026"]


def test_an_expression_opening_the_next_line_is_not_joined_to_this_lines():
    # a log line's date under "… try him again next week"
    text = "she said try him again next week\n02-09 called Dr. Shah direct line"
    assert [(e.text, e.precision) for e in find_time_expressions(text)] == [("next week", "vague"), ("02-09", "day")]
    assert [e.text for e in find_time_expressions("call Tue 3 March at 10:00")] == ["Tue 3 March at 10:00"]
    # a weekday wrapped before its date still joins it
    assert [e.text for e in find_time_expressions("suits you better, Saturday\n25 April or Sunday 26 April")] == [
        "Saturday\n25 April", "Sunday 26 April"]


def test_a_first_calls_date_is_not_a_promises():
    # (the commitment layer leaves out a time that dates a record or a report: see test_commitments)
    assert [e.text for e in find_time_expressions("First call 24 Feb: she said she would come back to us.")] == ["24 Feb"]


def test_notes_lower_case_short_weekdays_that_are_no_other_word():
    assert [(e.text, e.precision) for e in find_time_expressions("ring me back fri at 4")] == [("fri at 4", "datetime")]
    assert [e.text for e in find_time_expressions("see u thurs 10am")] == ["thurs 10am"]
    # "sat", "wed", "mon" and "sun" are words too
    assert [e.text for e in find_time_expressions("she sat down; they wed in June")] == ["in June"]


def test_an_hour_in_h_after_a_day_is_its_time_but_a_duration_is_not():
    assert [e.text for e in find_time_expressions("Thu 5 March, 14h Lisbon time")] == ["Thu 5 March, 14h"]
    assert [(e.text, e.precision) for e in find_time_expressions("Tue 3 March, 2h session on site")] == [
        ("Tue 3 March", "day")]
    assert [e.text for e in find_time_expressions("at 4:40 a new van arrives")] == ["4:40"]  # 'a' is a word here
