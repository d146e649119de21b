"""Reading a file: what salescheck lints in Markdown, plain text and .eml, what it skips
(front matter, code, comments, quoted replies, signatures, disclaimers), and that every
position points into the file as the user's editor shows it, whatever was stripped."""

import datetime as dt

import pytest

from salescheck.decide.config import Config
from salescheck.lint import Linter, Source, lint_text
from salescheck.read import ReadError, read_document

MONDAY_2_MARCH = dt.date(2026, 3, 2)
LOOSE = "I'll call you back next week."


def lint(text: str, path: str):
    return lint_text(text, path, config=Config(), today=MONDAY_2_MARCH)


def in_file(source: str, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    """1-based (line, column) of a phrase in the file, as an editor shows it."""
    offset = -1
    for _ in range(occurrence + 1):
        offset = source.index(phrase, offset + 1)
    line_start = source.rfind("\n", 0, offset) + 1
    return source.count("\n", 0, offset) + 1, offset - line_start + 1


def in_document(document, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    """Where salescheck says a phrase of the lintable text stands in the file."""
    offset = -1
    for _ in range(occurrence + 1):
        offset = document.text.index(phrase, offset + 1)
    return document.position(offset)


# --- Markdown ---------------------------------------------------------------------------

CALL_PLAN = """\
---
kind: call-plan
date: 2026-03-04
author: Sam Carter
---
# Visit plan: *Northwind* depot

## Objective

- Leave with a **signed** pilot order for 25 vehicles.
- Agree the sign-off date; I'll call you back next week if they stall.

1. Ask about the [fuel report](https://example.com/report) next week.
"""


def test_front_matter_gives_kind_date_and_author():
    document = read_document("plans/northwind.md", CALL_PLAN)
    assert document.kind == "call-plan"
    assert document.date == dt.date(2026, 3, 4)
    assert document.meta["author"] == "Sam Carter"


def test_front_matter_is_blanked_not_linted():
    document = read_document("plans/northwind.md", CALL_PLAN)
    assert document.lines[:5] == [" " * len(line) for line in CALL_PLAN.splitlines()[:5]]
    assert "Sam Carter" not in document.text and "kind" not in document.text


def test_kind_given_by_the_user_wins_over_front_matter():
    assert read_document("plans/northwind.md", CALL_PLAN, kind="call-notes").kind == "call-notes"


def test_headings_and_list_markers_are_blanked_in_place():
    document = read_document("plans/northwind.md", CALL_PLAN)
    assert document.lines[5] == "  Visit plan:  Northwind  depot"
    assert document.lines[7] == "   Objective"
    assert document.lines[9] == "  Leave with a   signed   pilot order for 25 vehicles."
    assert document.lines[12].startswith("   Ask about the  fuel report ")
    assert [len(line) for line in document.lines] == [len(line) for line in CALL_PLAN.splitlines()]


@pytest.mark.parametrize("phrase,occurrence", [
    ("Northwind", 0), ("Objective", 0), ("signed", 0), ("next week", 0), ("fuel report", 0), ("next week", 1),
])
def test_markdown_positions_are_the_files(phrase, occurrence):
    document = read_document("plans/northwind.md", CALL_PLAN)
    assert in_document(document, phrase, occurrence) == in_file(CALL_PLAN, phrase, occurrence)


def test_a_loose_promise_in_a_list_item_is_reported_where_it_stands():
    source = "---\nkind: email\n---\nNext steps:\n\n- Thanks for your time today. I'll call you back next week.\n"
    finding, = lint(source, "recap.md")
    assert finding.rule == "SC101"
    assert (finding.line, finding.column) == in_file(source, LOOSE)
    assert (finding.end_line, finding.end_column) == (6, len("- Thanks for your time today. ") + len(LOOSE) + 1)


def test_fenced_code_is_skipped():
    source = ("Here is the template we use:\n\n```text\nI'll call you back next week.\n```\n\n"
              "~~~\nI'll send it soon.\n~~~\n")
    document = read_document("notes.md", source)
    assert "call you back" not in document.text and "send it soon" not in document.text
    assert lint(source, "notes.md") == []


def test_an_unclosed_code_fence_is_an_error_at_the_end_of_the_file():
    with pytest.raises(ReadError) as error:
        read_document("notes.md", "Intro\n\n```\nI'll call you back next week.\n")
    assert error.value.line == 4


def test_html_comments_are_skipped_even_over_several_lines():
    source = ("Thanks for the demo. <!-- I'll call you back next week. -->\n"
              "<!--\nDraft: I'll call you back next week.\n-->\nThe pricing is attached.\n")
    document = read_document("recap.md", source)
    assert "call you back" not in document.text
    assert document.lines[0].rstrip() == "Thanks for the demo."
    assert "The pricing is attached." in document.text
    assert lint(source, "recap.md") == []


def test_blockquotes_are_skipped():
    source = ("Dana wrote back:\n\n> Thanks. I'll call you back next week.\n> Dana\n\n"
              "Great, I've put Tue 10 March at 10:00 in the calendar.\n")
    document = read_document("thread.md", source)
    assert "call you back" not in document.text
    assert lint(source, "thread.md") == []


def test_tables_keep_their_cells_in_their_columns():
    source = "| Step | When |\n|------|------|\n| Call Dana | next week |\n"
    document = read_document("plan.md", source)
    assert document.lines[1].strip() == ""
    assert in_document(document, "next week") == in_file(source, "next week")


# --- plain text -------------------------------------------------------------------------

REPLY = """\
Hi Dana,

Thanks for the call today. The pilot plan is attached.

Best regards,
Sam Carter
Account Executive, Brightline Software
+44 20 7946 0321

On Mon, 2 Mar 2026 at 16:40, Dana Smith <dana.smith@harbourfoods.example> wrote:
> Hi Sam,
> I'll call you back next week once I've spoken to finance.
> Dana
"""


def test_text_reply_keeps_only_the_writers_new_text():
    document = read_document("reply.txt", REPLY)
    kept = "Hi Dana, Thanks for the call today. The pilot plan is attached. Best regards,"
    assert document.text.split() == kept.split()
    assert lint(REPLY, "reply.txt") == []


def test_quoted_lines_are_skipped_in_text():
    source = "Thanks Dana, the pilot plan is attached.\n> I'll call you back next week.\n"
    document = read_document("draft.txt", source)
    assert document.lines == ["Thanks Dana, the pilot plan is attached.", " " * 31]


def test_a_reply_header_wrapped_over_two_lines_starts_the_quoted_thread():
    source = ("Hi Dana,\n\nThe invite for Tue 10 March at 10:00 is in your calendar.\n\n"
              "On Mon, 2 Mar 2026 at 16:40, Dana Smith\n<dana.smith@harbourfoods.example> wrote:\n\n"
              "I'll call you back next week.\n")
    document = read_document("reply.txt", source)
    assert "Dana Smith" not in document.text and "call you back" not in document.text
    assert lint(source, "reply.txt") == []


@pytest.mark.parametrize("header", [
    "-----Ursprüngliche Nachricht-----\nVon: Tom Reed\nGesendet: Montag, 9. März 2026 17:02\nAn: Amaka Obi",
    "Le lun. 9 mars 2026 à 17:02, Tom Reed <tom@example.com> a écrit :",
    "El lun, 9 mar 2026 a las 17:02, Tom Reed (<tom@example.com>) escribió:",
    "De: Tom Reed\nEnviado: lunes, 9 de marzo de 2026 17:02\nPara: Amaka Obi",
    "Op ma 9 mrt 2026 om 17:02 schreef Tom Reed <tom@example.com>:",
])
def test_a_reply_header_in_another_language_starts_the_quoted_thread(header):
    source = f"Hi Tom,\n\nThe call is booked for Thu 12 March at 11:00.\n\n{header}\n\nI'll call you next week.\n"
    assert "call you next" not in read_document("reply.txt", source).text
    assert lint(source, "reply.txt") == []


@pytest.mark.parametrize("sign_off", ["Best wishes,", "Mit freundlichen Grüßen", "Cordialement,", "Thanks & regards,",
                                      "Thanks & Best Regards,", "Many thanks and kind regards",
                                      "With best regards from Neu-Ulm", "Regards from Lagos,", "Yours faithfully,",
                                      "Ngā mihi,"])
def test_sign_offs_start_the_signature(sign_off):
    source = f"Hi Dana,\n\nThe deck is attached.\n\n{sign_off}\nSam Carter\nSales Director | +44 20 7946 0311\n"
    assert "Sam Carter" not in read_document("draft.txt", source).text


@pytest.mark.parametrize("line", ["Thanks from Dana, she will call you Friday", "Regards from Lagos: the survey is done"])
def test_a_line_that_only_starts_like_a_sign_off_stays_in_the_body(line):
    source = f"Hi Sam,\n\nThe deck is attached.\n\n{line}\nSam Carter\n"
    assert line in read_document("draft.txt", source).text


def test_a_signatures_long_event_footer_is_part_of_the_signature():
    source = ("Hi Dana,\n\nThe BEO is attached.\n\nKind regards,\nPriya Nandakumar\nSenior Events Manager\n"
              "Meet us at Stand F22 at The Meetings Show, Olympia - or book a site visit online at our website today.\n")
    assert "Stand F22" not in read_document("draft.txt", source).text


def test_everything_after_a_signature_delimiter_is_skipped():
    source = "Hi Dana,\n\nThe deck is attached.\n\n-- \nSam Carter | Book a call: I'll call you back next week.\n"
    document = read_document("draft.txt", source)
    assert "Sam Carter" not in document.text
    assert lint(source, "draft.txt") == []


def test_sign_off_and_a_short_signature_block():
    document = read_document("reply.txt", REPLY)
    assert document.lines[4] == "Best regards,"
    assert all(not line.strip() for line in document.lines[5:8])


def test_a_thank_you_at_the_top_does_not_hide_the_message():
    source = "Hi Dana,\n\nThanks!\n\nI'll call you back next week.\n"
    assert "call you back" in read_document("draft.txt", source).text
    assert [f.rule for f in lint(source, "draft.txt")] == ["SC101"]


def test_a_postscript_after_the_signature_is_the_writers_text():
    source = "Hi Dana,\n\nThe pilot plan is attached.\n\nBest,\nSam\n\nP.S. I'll call you back next week.\n"
    document = read_document("draft.txt", source)
    assert "Sam" not in document.text.replace("P.S.", "")
    finding, = lint(source, "draft.txt")
    assert (finding.rule, finding.line, finding.column) == ("SC101", 8, 6)


def test_disclaimers_are_skipped():
    source = ("Hi Dana,\n\nThe pilot plan is attached.\n\n"
              "CONFIDENTIALITY NOTICE: This email is for the addressee only. If you received it in error, "
              "we'll call you back next week to arrange deletion.\n")
    document = read_document("draft.txt", source)
    assert "CONFIDENTIALITY" not in document.text
    assert lint(source, "draft.txt") == []


def test_front_matter_in_a_text_file():
    source = "---\nkind: call-notes\ndate: 2026-03-03\n---\n03-03 Spoke to Dana. She will call me back next week.\n"
    document = read_document("notes/acme.txt", source)
    assert (document.kind, document.date) == ("call-notes", dt.date(2026, 3, 3))
    assert not document.lines[1].strip()
    assert in_document(document, "next week") == in_file(source, "next week") == (5, 44)


@pytest.mark.parametrize("phrase", ["Thanks for the call", "next week", "Best"])
def test_text_positions_are_the_files(phrase):
    source = "Hi Dana,\r\n\r\nThanks for the call today. I'll call you back next week.\r\n\r\nBest,\r\nSam\r\n"
    document = read_document("draft.txt", source)
    assert in_document(document, phrase) == in_file(source, phrase)


def test_a_line_break_pasted_from_word_does_not_shift_line_numbers():
    # Word's manual line break is a vertical tab, a page break a form feed: editors do not
    # start a new line at either, so neither may salescheck
    source = "Agenda\x0bfor Tuesday\n\x0c\nThanks for the call today.\nI'll call you back next week.\n"
    document = read_document("draft.txt", source)
    assert in_document(document, "next week") == in_file(source, "next week") == (4, 20)
    finding, = lint(source, "draft.txt")
    assert (finding.line, finding.column) == (4, 1)


# --- email (.eml) -----------------------------------------------------------------------

HEADERS = """\
From: Sam Carter <sam.carter@brightline.example>
To: Dana Smith <dana.smith@harbourfoods.example>
Subject: Re: Leeds and Hull quote
Date: Tue, 03 Mar 2026 09:12:00 +0000
MIME-Version: 1.0
"""

PLAIN = HEADERS + """\
Content-Type: text/plain; charset=utf-8

Hi Dana,

Thanks for coming back so quickly. I'll call you back next week.

Sam

On Mon, 2 Mar 2026 at 16:40, Dana Smith <dana.smith@harbourfoods.example> wrote:
> Thanks for the quote. I'll call you next week once I've spoken to finance.
"""


def test_email_headers_give_kind_date_and_subject():
    document = read_document("reply.eml", PLAIN)
    assert document.kind == "email"
    assert document.date == dt.date(2026, 3, 3)
    assert document.meta["subject"] == "Re: Leeds and Hull quote"
    assert "From:" not in document.text and "Subject" not in document.text


def test_dates_in_an_email_are_read_from_its_date_header():
    # sent on Tuesday 3 March: "Monday" is the 9th, and a promise for Monday 2 March is past
    source = PLAIN.replace("I'll call you back next week.", "I'll send the order form by Monday 2 March.")
    rules = {f.rule for f in lint(source, "reply.eml")}
    assert "SC502" in rules


def test_the_quoted_reply_in_an_email_is_skipped():
    document = read_document("reply.eml", PLAIN)
    assert "finance" not in document.text
    finding, = lint(PLAIN, "reply.eml")
    assert finding.rule == "SC101" and finding.message.count("I'll call you back next week.") == 1


@pytest.mark.parametrize("phrase", ["Hi Dana", "Thanks for coming", "next week", "quickly"])
def test_email_positions_are_the_files(phrase):
    document = read_document("reply.eml", PLAIN)
    assert in_document(document, phrase) == in_file(PLAIN, phrase)


def test_an_email_finding_points_into_the_eml_file():
    finding, = lint(PLAIN, "reply.eml")
    assert (finding.line, finding.column) == in_file(PLAIN, LOOSE) == (10, 36)
    assert (finding.end_line, finding.end_column) == (10, 36 + len(LOOSE))


def test_crlf_email_positions_are_the_files():
    source = PLAIN.replace("\n", "\r\n")
    document = read_document("reply.eml", source)
    assert in_document(document, "next week") == in_file(source, "next week") == (10, 55)


MULTIPART = HEADERS + """\
Content-Type: multipart/alternative; boundary="b1_brightline"

This is a multi-part message in MIME format.

--b1_brightline
Content-Type: text/html; charset=utf-8

<html><body><p>Hi Dana,</p><p>HTML version: we'll speak soon.</p></body></html>

--b1_brightline
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi Dana,

Plain version: I'll call you back next week.

Sam

--b1_brightline--
"""


def test_text_plain_is_preferred_over_html_in_multipart_alternative():
    document = read_document("recap.eml", MULTIPART)
    assert "Plain version" in document.text and "HTML version" not in document.text
    assert "<p>" not in document.text and "boundary" not in document.text
    assert in_document(document, "next week") == in_file(MULTIPART, "next week")


def test_an_attached_text_file_is_not_the_message():
    source = HEADERS + """\
Content-Type: multipart/mixed; boundary="mix"

--mix
Content-Type: text/plain; charset=utf-8

Hi Dana, the notes from our call are attached.

--mix
Content-Type: text/plain; charset=utf-8
Content-Disposition: attachment; filename="notes.txt"

I'll call you back next week.

--mix--
"""
    document = read_document("notes.eml", source)
    assert "attached" in document.text and "call you back" not in document.text


HTML_ONLY = HEADERS + """\
Content-Type: text/html; charset=utf-8

<html>
<head><style>p { color: red; }</style></head>
<body>
<p>Hi Dana,</p>
<p>Thanks for the call today. Pricing &amp; terms are attached.
   I'll call you back <b>next week</b>.</p>
<blockquote>I'll send the org chart soon.</blockquote>
<p>Best,<br>Sam</p>
</body>
</html>
"""


def test_an_html_only_email_is_read_as_its_text():
    document = read_document("recap.eml", HTML_ONLY)
    assert "Thanks for the call today. Pricing & terms are attached. I'll call you back next week." in document.text
    assert "color" not in document.text and "<b>" not in document.text
    assert "org chart" not in document.text  # the quoted part


@pytest.mark.parametrize("phrase", ["Hi Dana", "Thanks", "terms", "I'll call", "next week", "Best"])
def test_html_positions_are_the_files_despite_tags_entities_and_wrapping(phrase):
    document = read_document("recap.eml", HTML_ONLY)
    assert in_document(document, phrase) == in_file(HTML_ONLY, phrase)


def test_an_html_finding_points_into_the_eml_file():
    finding, = lint(HTML_ONLY, "recap.eml")
    assert finding.rule == "SC101"
    assert (finding.line, finding.column) == in_file(HTML_ONLY, "I'll call you back")
    line, column = in_file(HTML_ONLY, "</b>.")
    assert (finding.end_line, finding.end_column) == (line, column + len("</b>."))


QUOTED_PRINTABLE = HEADERS + """\
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hi Dana,

Thanks for the call today, it was great to hear about the Leeds roll-out. I'=
ll call you back next week.

Caf=C3=A9 Nero at 10? I'll call you back next week.

Sam
"""


def test_quoted_printable_soft_line_breaks_are_joined():
    document = read_document("followup.eml", QUOTED_PRINTABLE)
    assert "roll-out. I'll call you back next week." in document.text
    assert "Café Nero at 10? I'll call you back next week." in document.text


@pytest.mark.parametrize("phrase,occurrence,where", [
    ("Thanks for the call", 0, "Thanks for the call"),
    ("I'll", 0, "I'="),
    ("next week", 0, "next week"),  # on the line after the soft break
    ("Nero", 0, "Nero"),  # after an escaped é: three characters in the file for one
    ("next week", 1, "next week"),
])
def test_quoted_printable_positions_are_the_files(phrase, occurrence, where):
    document = read_document("followup.eml", QUOTED_PRINTABLE)
    in_source = in_file(QUOTED_PRINTABLE, where, occurrence if where == phrase else 0)
    assert in_document(document, phrase, occurrence) == in_source


def test_a_promise_across_a_soft_line_break_is_reported_from_line_to_line():
    findings = [f for f in lint(QUOTED_PRINTABLE, "followup.eml") if f.rule == "SC101"]
    first = findings[0]
    assert (first.line, first.column) == in_file(QUOTED_PRINTABLE, "I'=")
    assert (first.end_line, first.end_column) == (12, len("ll call you back next week.") + 1)


def test_quoted_printable_html_positions_are_the_files():
    source = HEADERS + """\
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Hi Dana,</p><p>Thanks for the call today, it was great to hear =
about the Leeds roll-out. I'll call you back <b>next=20week</b>.</p></body></html>
"""
    document = read_document("followup.eml", source)
    assert "roll-out. I'll call you back next week." in document.text
    assert in_document(document, "about") == in_file(source, "about")
    assert in_document(document, "next week") == in_file(source, "next=20week")
    assert in_document(document, "week") == in_file(source, "week")


def test_a_base64_body_is_decoded():
    import base64

    body = base64.encodebytes("Hi Dana,\n\nI'll call you back next week.\n".encode()).decode()
    source = HEADERS + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + body
    assert "I'll call you back next week." in read_document("followup.eml", source).text


def test_an_unknown_charset_is_read_as_utf8_not_a_crash():
    source = HEADERS + ("Content-Type: text/plain; charset=x-mac-unknown\n"
                        "Content-Transfer-Encoding: quoted-printable\n\n"
                        "Caf=C3=A9 at 10? I'll call you back next week.\n")
    assert "Café at 10?" in read_document("followup.eml", source).text


# --- files salescheck cannot read -------------------------------------------------------

@pytest.mark.parametrize("name,source,line,words", [
    ("plan.md", "---\nkind: call-plan\nObjective: a signed order\n", 1, "never closed"),
    ("plan.md", "---\nkind: call-plan\ndate: [2026-03-04\n---\nObjective: a signed order\n", 3, "not valid YAML"),
    ("plan.md", "---\nauthor: Sam\nkind: memo\n---\nObjective: a signed order\n", 3, "'memo' is not one of"),
    ("notes.txt", "---\ndate: next Tuesday\n---\nCalled Dana.\n", 2, "YYYY-MM-DD"),
    ("plan.md", "---\n- a list\n---\nText\n", 2, "mapping"),
    ("notes.eml", "Notes from the call with Dana\nI'll call you back next week.\n", 1, "not an email"),
    ("notes.eml", HEADERS.replace("Tue, 03 Mar 2026 09:12:00 +0000", "next Tuesday") + "\nHi\n", 4,
     "not an RFC 822 date"),
    ("notes.eml", HEADERS + "Content-Type: image/png\n\niVBORw0KGgo=\n", 1, "no text/plain or text/html"),
])
def test_unreadable_files_name_the_line_at_fault(name, source, line, words):
    with pytest.raises(ReadError) as error:
        read_document(name, source)
    assert error.value.line == line
    assert words in str(error.value)


def test_an_unreadable_file_is_skipped_with_a_notice_not_a_crash():
    linter = Linter(config=Config(), today=MONDAY_2_MARCH)
    result = linter.lint([Source("plan.md", "---\nkind: memo\n---\nI'll call you back next week.\n"),
                          Source("ok.txt", LOOSE)])
    assert result.notices == ["plan.md:2: skipped: front matter kind 'memo' is not one of "
                              "email, call-plan, call-notes, proposal"]
    assert [f.path for f in result.findings] == ["ok.txt"]


def test_an_html_quote_or_signature_block_is_skipped_and_the_text_after_it_kept():
    source = HEADERS + """\
Content-Type: text/html; charset=utf-8

<p>Hi Dana, answers below.</p>
<div class="gmail_quote">On Mon, Dana wrote:<div>Can you <div>send</div> the pricing?</div></div>
<p>Yes: I'll send the pricing soon.</p>
<div class="signature">Sam Carter<br>I'll call you back next week.</div>
"""
    document = read_document("reply.eml", source)
    kept = [line for line in document.lines if line.strip()]
    assert kept == ["Hi Dana, answers below.", "Yes: I'll send the pricing soon."]


def test_pasted_line_and_page_breaks_read_as_spaces():
    document = read_document("draft.txt", "Agenda\x0bfor Tuesday\u2028Call Dana\n\x0c\n")
    assert document.lines == ["Agenda for Tuesday Call Dana", " "]


def test_link_and_image_text_stays_in_its_column():
    source = "See ![pilot plan chart](chart.png) and [the deck](https://example.com/deck).\n"
    document = read_document("recap.md", source)
    assert document.lines[0].split() == ["See", "pilot", "plan", "chart", "and", "the", "deck", "."]
    assert in_document(document, "pilot plan chart") == in_file(source, "pilot plan chart")
    assert in_document(document, "the deck") == in_file(source, "the deck")


@pytest.mark.parametrize("written,date", [
    ("2026-03-04", dt.date(2026, 3, 4)),
    ("'2026-03-04'", dt.date(2026, 3, 4)),
    ("2026-03-04 10:00", dt.date(2026, 3, 4)),
    ("2026-03-04T10:00:00+01:00", dt.date(2026, 3, 4)),
])
def test_front_matter_date_may_carry_a_time(written, date):
    assert read_document("plan.md", f"---\ndate: {written}\n---\nObjective: a signed order\n").date == date


def test_quoted_printable_in_latin_1():
    source = HEADERS + ("Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
                        "Rendez-vous au caf=E9 =3D 10h. I'll call you back next week.\n")
    document = read_document("followup.eml", source)
    assert "Rendez-vous au café = 10h. I'll call you back next week." in document.text
    assert in_document(document, "next week") == in_file(source, "next week")


def test_an_email_saved_as_text_is_read_as_an_email():
    document = read_document("saved.txt", "From: Sam <s@x.example>\nTo: Dana <d@y.example>\nSubject: Pilot\n"
                                          "Date: Tue, 03 Mar 2026 09:00:00 +0000\n\nHi Dana,\n\nSee you then.\n")
    assert document.kind == "email" and str(document.date) == "2026-03-03"
    assert document.position(document.text.index("See you"))[0] == 8


def test_notes_that_start_with_a_label_are_not_an_email():
    assert read_document("notes.txt", "From: the Leeds meeting\nwe agreed the pilot\n").kind != "email"


def test_an_email_drafted_in_markdown_loses_its_signature():
    document = read_document("draft.md", "---\nkind: email\n---\nHi Dana,\n\nThe pilot starts Monday.\n\n"
                                         "Thanks,\nSam Porter\nHead of Sales, +44 20 7946 0000\n")
    assert "Head of Sales" not in document.text and "The pilot starts Monday." in document.text


def test_a_text_draft_opening_with_its_own_headers_is_linted_below_them():
    source = ("From: Sam Reed\nTo: Dana Smith, Acme\nSubject: Re: pilot\n\n"
              "Thanks Dana - I'll call you back next week.\n\nSam\n")
    document = read_document("draft.txt", source)
    assert "Subject" not in document.text and "call you back" in document.text
    assert [(f.rule, f.line) for f in lint(source, "draft.txt")] == [("SC101", 5)]


def test_in_an_eml_body_a_header_block_is_a_forwarded_message():
    source = ("From: sam@seller.example\nTo: dana@acme.example\nSubject: Fw: pilot\n"
              "Date: Tue, 03 Mar 2026 09:12:00 +0000\n\n"
              "From: Dana Smith\nSent: Monday, 2 March 2026 16:40\nTo: Sam\n\nI'll call you back next week.\n")
    assert "call you back" not in read_document("fwd.eml", source).text


def test_a_long_company_footer_under_the_name_is_still_the_signature():
    source = ("Hi Dana,\n\nThe quote is attached. Let me know if you'd like to go ahead.\n\nKind regards,\n\nSam Reed\n"
              "Sales, Acme Services\nAcme Services Ltd. Registered in England No. 01234567. Registered office: 1 High St, "
              "Leeds.\n")
    document = read_document("draft.txt", source)
    assert "Registered" not in document.text and "go ahead" in document.text


def test_an_impossible_front_matter_date_is_a_read_error():
    with pytest.raises(ReadError) as error:
        read_document("plan.md", "---\nkind: call-plan\ndate: 2026-13-45\n---\nObjective: tbd\n")
    assert "impossible date" in str(error.value)


def test_a_signature_without_a_sign_off_phrase_is_still_the_signature():
    source = ("Hi Larry,\n\nThe quote is attached: $612,000 for the 14-month term.\n\n"
              "Let me know if you'd like to move forward.\n\nDanielle\n\n"
              "Danielle Fox | Sales Manager, Northeast\nSummit Crane & Rigging\n(518) 555-0190\n")
    document = read_document("cover.txt", source)
    assert "Summit" not in document.text and "move forward" in document.text
    assert [f.rule for f in lint(source, "cover.txt") if f.category == "options"] == ["SC402"]


def test_a_multipart_email_missing_its_closing_boundary_is_still_read():
    source = ("From: sam@seller.example\nDate: Mon, 2 Mar 2026 10:00:00 +0000\n"
              "Content-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\n"
              "I'll call you back next week.\n")
    finding, = lint(source, "cut.eml")
    assert (finding.rule, finding.line) == ("SC101", 8)


def test_log_lines_stamped_alike_are_separate_entries_however_long():
    # the first line is long and has no full stop, which would otherwise read as wrapped text
    text = ("---\nkind: call-notes\ndate: 2026-03-09\n---\n"
            "05/03 08:50 called again, NA. Sent f/u email w/ rate summary\n"
            "09/03 11:05 spoke w/ Dave, 12 min.\n"
            "Wrapped prose that runs on for a good while without a stop, until\n"
            "12/03 it is read as one block.\n")
    document = read_document("notes.md", text)
    firsts = [document.lines[b.first] for b in document.blocks]
    assert "09/03 11:05 spoke w/ Dave, 12 min." in firsts
    assert "12/03 it is read as one block." not in firsts


def test_log_lines_stamped_alike_but_for_their_weekday_are_separate_entries():
    text = ("---\nkind: call-notes\ndate: 2026-01-23\n---\n"
            "Tue 20/01 - rang again, straight to VM, didn't leave msg\n"
            "Wed 21/01 - emailed fee sheet, no reply\n")
    document = read_document("notes.txt", text)
    assert [document.lines[b.first] for b in document.blocks] == [
        "Tue 20/01 - rang again, straight to VM, didn't leave msg", "Wed 21/01 - emailed fee sheet, no reply"]


def test_label_lines_under_a_long_label_line_are_blocks_of_their_own():
    text = ("---\nkind: call-plan\ndate: 2026-03-16\n---\n# Call plan\n\n"
            "**Who:** Marc-André Roy (owner), Julie Caron (production)\n"
            "**When:** Wednesday 18 March, 9h30, at their plant in Saint-Jérôme\n"
            "**Objective:** Get a signed PO for 40 licences by Friday 27 March\n")
    document = read_document("plan.md", text)
    firsts = [document.lines[b.first].strip(" *") for b in document.blocks]
    assert any(line.startswith("Objective:") for line in firsts), firsts
    # a long line that runs on into the next is still one block
    prose = read_document("notes.txt", "Spoke to Dana about the pilot and the budget for the spring, and she\n"
                                        "Agreed: the figures go to the board.\n")
    assert len(prose.blocks) == 1


@pytest.mark.parametrize("line, prefix", [
    ("12/4 Sun - mtg w/ Eng. Majed @ site", "12/4 Sun - "),
    ("02/20 Fri - f/u email #3, no reply", "02/20 Fri - "),
    ("2026-03-09 Called Dana", "2026-03-09 "),
    ("3/3 Monday meeting with ops", "3/3 "),  # a weekday that starts the text stays in it
])
def test_a_log_date_may_carry_its_weekday_after_it(line, prefix):
    from salescheck.read.layout import LOG_PREFIX

    assert LOG_PREFIX.match(line).group() == prefix


def test_front_matter_with_a_colon_in_a_value_is_read_as_written():
    # YAML refuses "subject: Re: QA automation proposal"; plain key: value lines are read as text
    document = read_document("draft.txt", "---\nkind: email\ndate: 2026-02-17\nsubject: Re: QA automation proposal\n---\nHi Rohan,\n")
    assert document.kind == "email" and str(document.date) == "2026-02-17"
    assert document.meta["subject"] == "Re: QA automation proposal"
    # anything less simple is still an error, with its line
    with pytest.raises(ReadError) as error:
        read_document("draft.txt", "---\nkind: email\nsubject: Re: x\n  - nested: [1\n---\nHi\n")
    assert "not valid YAML" in str(error.value)


@pytest.mark.parametrize("name, value", [
    ("Subject", "=?utf-8?q?Pilot_n=C3=A4chste_Schritte?="), ("Date", "Tue, 03 Mar 2026 09:12:00 +0000"),
    ("Date", "next Tuesday"), ("Content-Type", 'multipart/alternative; boundary="b1"'),
    ("Content-Type", "text/plain; charset=ISO-8859-1"), ("Content-Type", "text/plain; charset*=utf-8''%E2%82%AC"),
    ("To", "Dana Smith <dana@buyer.example>, \"Ops, Leeds\" <ops@buyer.example>"),
])
def test_remembered_headers_are_parsed_as_pythons_default_policy_parses_them(name, value):
    from email.policy import default

    from salescheck.read.email import POLICY

    for _ in range(2):  # the second comes from memory
        mine, theirs = POLICY.header_fetch_parse(name, value), default.header_fetch_parse(name, value)
        assert (type(mine).__mro__[1:], str(mine), [type(d) for d in mine.defects]) == \
            (type(theirs).__mro__[1:], str(theirs), [type(d) for d in theirs.defects])
        assert getattr(mine, "params", None) == getattr(theirs, "params", None)
        assert getattr(mine, "datetime", None) == getattr(theirs, "datetime", None)


def test_an_email_read_twice_reads_the_same():
    source = ("From: Sam <sam@seller.example>\nSubject: =?utf-8?q?Pilot_n=C3=A4chste_Schritte?=\n"
              "Date: Tue, 03 Mar 2026 09:12:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
              "Hi Dana,\n\nI'll send the pricing by Thursday.\n\nSam\n")
    first, second = read_document("a.eml", source), read_document("b.eml", source)
    assert (first.text, first.date, first.meta) == (second.text, second.date, second.meta)
    assert first.meta == {"subject": "Pilot nächste Schritte"} and first.date == dt.date(2026, 3, 3)


@pytest.mark.parametrize("written, read", [
    ("Send the **signed** order", "Send the   signed   order"), ("call _today_ at 3", "call  today  at 3"),
    ("run `lint` first", "run  lint  first"), ("~~Tuesday~~ Wednesday", "  Tuesday   Wednesday"),
    ("see [the deck](https://x.example/d) now", "see  the deck" + " " * len("](https://x.example/d)") + " now"),
    ("![chart](c.png) and snake_case_name", "  chart         and snake_case_name"), ("plain line\r", "plain line"),
])
def test_inline_markup_is_blanked_in_place(written, read):
    from salescheck.read.markdown import _blank_inline

    assert _blank_inline(written) == read
