"""Switching a finding off in the document itself: `salescheck: disable-next-line SC101`
as an HTML comment in Markdown, or on a plain line in text and email; rules named by code,
name or category, or not at all for every rule."""

import datetime as dt

import pytest

from salescheck.decide.config import Config
from salescheck.lint import Linter, Source

LOOSE = "I'll call you back next week."
VAGUE_DELIVERY = "I'll send the proposal soon."
EMAIL_HEADERS = "From: sam@brightline.example\nTo: dana@harbourfoods.example\nDate: Mon, 02 Mar 2026 09:00:00 +0000\n\n"


def lint(text: str, path: str):
    return Linter(config=Config(), today=dt.date(2026, 3, 2)).lint([Source(path, text)])


def flagged(text: str, path: str) -> list[tuple[int, str]]:
    """(line, rule) of each finding the user sees."""
    return [(f.line, f.rule) for f in lint(text, path).findings]


def test_nothing_suppressed_without_a_comment():
    assert flagged(f"{LOOSE}\n\n{LOOSE}\n", "draft.md") == [(1, "SC101"), (3, "SC101")]


def test_disable_next_line_in_markdown():
    text = f"<!-- salescheck: disable-next-line SC101 -->\n{LOOSE}\n\n{LOOSE}\n"
    assert flagged(text, "draft.md") == [(4, "SC101")]


def test_disable_next_line_on_a_plain_line_in_text():
    text = f"Hi Dana,\n\nsalescheck: disable-next-line SC101\n{LOOSE}\n\n{LOOSE}\n"
    assert flagged(text, "draft.txt") == [(6, "SC101")]


def test_disable_next_line_in_an_email():
    text = EMAIL_HEADERS + f"Hi Dana,\n\nsalescheck: disable-next-line SC101\n{LOOSE}\n\n{LOOSE}\n"
    assert flagged(text, "draft.eml") == [(10, "SC101")]


def test_the_comment_itself_is_not_linted():
    text = f"salescheck: disable-next-line SC101\n{LOOSE}\n"
    assert lint(text, "draft.txt").findings == []
    assert lint(text, "draft.txt").notices == []


@pytest.mark.parametrize("path,comment", [
    ("draft.txt", "salescheck: disable-line SC101"),
    ("draft.md", "<!-- salescheck: disable-line SC101 -->"),
])
def test_disable_line_at_the_end_of_the_line(path, comment):
    text = f"{LOOSE} {comment}\n\n{LOOSE}\n"
    assert flagged(text, path) == [(3, "SC101")]


def test_disable_line_does_not_reach_the_next_line():
    text = f"Thanks for the call today. salescheck: disable-line\n{LOOSE}\n"
    assert flagged(text, "notes.txt") == [(2, "SC101")]


@pytest.mark.parametrize("ref", ["SC101", "commitment.no-date", "commitment"])
def test_rules_named_by_code_name_or_category(ref):
    text = f"<!-- salescheck: disable-next-line {ref} -->\n{LOOSE}\n"
    assert flagged(text, "draft.md") == []


def test_no_rules_named_means_every_rule():
    text = f"<!-- salescheck: disable-next-line -->\n{LOOSE}\n"
    assert flagged(text, "draft.md") == []


def test_another_rule_named_leaves_the_finding():
    text = f"<!-- salescheck: disable-next-line SC102, clarity -->\n{LOOSE}\n"
    assert flagged(text, "draft.md") == [(2, "SC101")]


def test_a_disabled_block_ends_where_it_is_enabled_again():
    text = (f"{LOOSE}\n\n<!-- salescheck: disable commitment -->\n{LOOSE}\n\n{VAGUE_DELIVERY}\n"
            f"<!-- salescheck: enable commitment -->\n\n{LOOSE}\n")
    assert flagged(text, "draft.md") == [(1, "SC101"), (9, "SC101")]


def test_a_disabled_block_in_text():
    text = f"salescheck: disable\n{LOOSE}\nsalescheck: enable\n{LOOSE}\n"
    assert flagged(text, "notes.txt") == [(4, "SC101")]


def test_a_disabled_block_without_enable_runs_to_the_end():
    text = f"{LOOSE}\n\n<!-- salescheck: disable SC101 -->\n\n{LOOSE}\n\n{LOOSE}\n"
    assert flagged(text, "draft.md") == [(1, "SC101")]


def test_enabling_one_rule_of_a_disabled_pair():
    text = (f"<!-- salescheck: disable SC101, SC102 -->\n{LOOSE}\n\n"
            f"<!-- salescheck: enable SC101 -->\n{LOOSE}\n")
    assert flagged(text, "draft.md") == [(5, "SC101")]


def test_enabling_one_rule_after_disabling_all():
    text = f"<!-- salescheck: disable -->\n{LOOSE}\n\n<!-- salescheck: enable SC101 -->\n{LOOSE}\n"
    assert flagged(text, "draft.md") == [(5, "SC101")]


def test_enabling_a_rule_inside_a_disabled_category():
    text = f"<!-- salescheck: disable commitment -->\n<!-- salescheck: enable commitment.no-date -->\n{LOOSE}\n"
    assert flagged(text, "draft.md") == [(3, "SC101")]


def test_enable_all_ends_every_disabled_block():
    text = (f"<!-- salescheck: disable SC101 -->\n<!-- salescheck: disable commitment -->\n{LOOSE}\n"
            f"<!-- salescheck: enable -->\n{LOOSE}\n")
    assert flagged(text, "draft.md") == [(5, "SC101")]


def test_enabling_another_rule_keeps_the_block():
    text = f"<!-- salescheck: disable SC101 -->\n<!-- salescheck: enable SC102 -->\n{LOOSE}\n"
    assert flagged(text, "draft.md") == []


@pytest.mark.parametrize("where", ["top", "bottom"])
def test_disable_file_anywhere_in_the_file(where):
    comment = "<!-- salescheck: disable-file commitment.no-date -->"
    text = f"{comment}\n\n{LOOSE}\n" if where == "top" else f"{LOOSE}\n\n{LOOSE}\n\n{comment}\n"
    assert flagged(text, "draft.md") == []


def test_disable_file_for_one_rule_leaves_the_others():
    text = f"<!-- salescheck: disable-file SC102 -->\n\n{LOOSE}\n"
    assert flagged(text, "draft.md") == [(3, "SC101")]


def test_disable_file_with_no_rules_silences_everything():
    text = f"salescheck: disable-file\n\n{LOOSE}\n\n{VAGUE_DELIVERY}\n"
    assert flagged(text, "draft.txt") == []


def test_a_suppression_shown_in_a_code_block_is_an_example_not_a_suppression():
    text = f"To silence it, write:\n\n```markdown\n<!-- salescheck: disable-file -->\n```\n\n{LOOSE}\n"
    assert flagged(text, "howto.md") == [(7, "SC101")]


def test_an_unknown_rule_in_a_suppression_is_reported():
    result = lint(f"<!-- salescheck: disable-next-line SC1O1 -->\n{LOOSE}\n", "draft.md")
    assert [(f.line, f.rule) for f in result.findings] == [(2, "SC101")]  # a typo silences nothing
    assert result.notices == ["draft.md:1: suppression names unknown rule 'SC1O1'"]


def test_known_rules_codes_names_and_categories_raise_no_notice():
    text = ("<!-- salescheck: disable-next-line SC101 commitment.no-date commitment dates -->\n"
            f"{LOOSE}\n")
    assert lint(text, "draft.md").notices == []


def test_suppressing_a_rule_that_config_switched_off_is_not_a_typo():
    linter = Linter(config=Config(rules={"SC101": "off"}), today=dt.date(2026, 3, 2))
    result = linter.lint([Source("draft.md", f"<!-- salescheck: disable-next-line SC101 -->\n{LOOSE}\n")])
    assert result.notices == []
