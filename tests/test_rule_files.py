"""Writing a rule: one YAML file, no Python. A mistake in it is an error that names the
file and the line, the way a compiler would; a valid rule works as soon as its folder is
added."""

import datetime as dt
import re
from pathlib import Path

import pytest

from salescheck.check import load_rule, load_rules
from salescheck.decide.config import Config
from salescheck.lint import lint_text
from salescheck.yamlfile import FileError

MONDAY_2_MARCH = dt.date(2026, 3, 2)

RULE = """\
id: TM101
name: commitment.no-discount-promise
category: commitment
severity: warning
kinds: [email, proposal]
message: "Discount promised in writing: \\"{sentence}\\""
suggestion: "Keep discounts for the call, tied to a decision date"
why: |
  Discounts promised in an email get forwarded to procurement and become the floor.
examples:
  bad:
    - "I can do a 20% discount if you sign this week."
  good:
    - "Our standard terms apply."
check:
  kind: pattern
  regex: ["\\\\b\\\\d+% discount\\\\b"]
"""


def rule_file(folder: Path, text: str, name: str = "TM101-discount.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


def rejected(tmp_path: Path, text: str) -> FileError:
    path = rule_file(tmp_path, text)
    with pytest.raises(FileError) as error:
        load_rule(path)
    assert error.value.path == str(path)
    assert str(error.value).startswith(f"{path}:{error.value.line}: ")
    return error.value


def test_the_example_rule_is_valid(tmp_path):
    rule = load_rule(rule_file(tmp_path, RULE))
    assert (rule.code, rule.name, rule.category, rule.severity) == (
        "TM101", "commitment.no-discount-promise", "commitment", "warning")
    assert rule.kinds == ("email", "proposal")
    assert [e.text for e in rule.bad] == ["I can do a 20% discount if you sign this week."]
    assert [e.line for e in rule.bad + rule.good] == [12, 14]


REGEX = 'regex: ["\\\\b\\\\d+% discount\\\\b"]'  # as written in RULE


def change(old: str, new: str) -> str:
    assert old in RULE
    return RULE.replace(old, new)


@pytest.mark.parametrize("text,line,words", [
    # the rule's own keys
    (RULE + "colour: red\n", 18, "unknown key 'colour'"),
    (change("severity: warning\n", ""), 1, "missing required key 'severity'"),
    (change("why: |\n  Discounts promised in an email get forwarded to procurement and become the floor.\n", ""),
     1, "missing required key 'why'"),
    (change("severity: warning", "severity: [warning]"), 4, "'severity' must be a non-empty string"),
    (change("why: |", "summary: |"), 8, "unknown key 'summary'"),
    (change('message: "Discount promised in writing: \\"{sentence}\\""', "message: 42"), 6,
     "'message' must be a non-empty string"),
    (change("kinds: [email, proposal]", "kinds: [email, proposal]\nmessage: Discount"), 7,
     "'message' is written twice in one mapping"),
    (change("suggestion: \"Keep discounts for the call, tied to a decision date\"", "suggestion: [keep]"),
     7, "suggestion must be a string"),
    (change("kinds: [email, proposal]", "kinds: email"), 5, "kinds must be a list"),
    (change("kinds: [email, proposal]", "kinds: [email, memo]"), 5, "kinds must be a list drawn from email"),
    (change("kinds: [email, proposal]", "kinds: [email, proposal]\nenabled: 'no'"), 6, "enabled must be true or false"),
    (change("id: TM101", "id: tm-101"), 1, "id 'tm-101' must look like SC101"),
    (change("id: TM101", "id: TM1011"), 1, "must look like SC101"),
    (change("name: commitment.no-discount-promise", "name: NoDiscountPromise"), 2, "must look like commitment.no-date"),
    (change("category: commitment", "category: pricing"), 3,
     "category 'pricing' is not one of objective, commitment, persistence, options, dates, clarity"),
    (change("severity: warning", "severity: fatal"), 4, "severity 'fatal' is not one of info, warning, error"),
    ("- TM101\n- commitment.no-discount-promise\n", 1, "a rule file must be a mapping"),
    (change("kinds: [email, proposal]", "kinds: [email, proposal"), 6, "invalid YAML"),
    # the check
    (change("  kind: pattern\n", "  kind: spelling\n"), 16,
     "unknown check kind 'spelling' (kinds: pattern, commitment"),
    (change("check:\n  kind: pattern\n", "check:\n"), 15, "check must be a mapping with a kind"),
    (RULE + "  colour: red\n", 18, "unknown option 'colour' for this check (options: max_document_words, once"),
    (RULE + "  once: 'yes'\n", 18, "option 'once' must be true or false, not 'yes'"),
    (RULE + "  max_document_words: many\n", 18, "option 'max_document_words' must be a whole number"),
    (RULE + "  max_document_words: true\n", 18, "option 'max_document_words' must be a whole number"),
    (change(REGEX, "regex: '\\b\\d+% discount'"), 17, "option 'regex' must be a list"),
    (change(REGEX, "regex:\n    - discount\n    - 42"), 19,
     "each item of 'regex' must be a string"),
    (change(REGEX, "regex:\n    - discount\n    - '(\\d+% off'"), 19,
     "invalid regular expression in 'regex': missing )"),
    (change(REGEX, "phrases: []"), 15, "needs at least one of patterns, phrases, regex"),
    (change(REGEX, 'patterns: [[{"LOWERR": "discount"}]]'), 17, "invalid token pattern"),
    (change(REGEX,
            'patterns:\n    - [{"LOWER": "discount"}]\n    - [{"LEMMA": "offer", "OP": "++++"}]'), 19,
     "invalid token pattern"),
    (change(f"  kind: pattern\n  {REGEX}\n",
            "  kind: commitment\n  who: [rep, buyer]\n"), 17, "'who' value 'buyer' is not one of rep, prospect"),
    (change(f"  kind: pattern\n  {REGEX}\n",
            "  kind: commitment\n  missing: dte\n"), 17, "'missing' value 'dte' is not one of"),
    (change("kinds: [email, proposal]", "kinds: [email, proposal]\napplies_if: '(discount'"), 6,
     "invalid regular expression in 'applies_if'"),
    # message templates use only what the check provides
    (change('\\"{sentence}\\""', '\\"{when}\\""'), 6, "message uses {when}, which a pattern check does not provide"),
    (change("tied to a decision date", "by {deadline}"), 7, "suggestion uses {deadline}"),
    (change('\\"{sentence}\\""', '\\"{sentence\\""'), 6, "message is not a valid template"),
    # examples: every rule shows text it flags and text it leaves alone
    (change('  bad:\n    - "I can do a 20% discount if you sign this week."\n', ""), 10,
     "examples.bad must be a non-empty list"),
    (change('  good:\n    - "Our standard terms apply."\n', "  good: []\n"), 13,
     "examples.good must be a non-empty list"),
    (change("examples:\n", "examples:\n  ugly: [x]\n"), 10, "examples must be a mapping with 'bad' and 'good' lists"),
    (change('    - "Our standard terms apply."', "    - {text: Our standard terms apply., kind: memo}"), 14,
     "example kind 'memo' is not one of"),
    (change('    - "Our standard terms apply."', "    - {txt: Our standard terms apply.}"), 14,
     "an example is a string or a mapping with"),
    (change('    - "Our standard terms apply."', "    - {text: Our standard terms apply., today: tomorrow}"), 14,
     "example today must be a YYYY-MM-DD date"),
])
def test_an_invalid_rule_file_names_file_and_line(tmp_path, text, line, words):
    error = rejected(tmp_path, text)
    assert words in error.message
    assert error.line == line, error


def test_the_whole_list_of_allowed_keys_is_in_the_message(tmp_path):
    error = rejected(tmp_path, RULE + "colour: red\n")
    for key in ("id", "name", "category", "severity", "message", "why", "examples", "check",
                "kinds", "suggestion", "applies_if", "enabled"):
        assert key in error.message


# --- a team folder: rules without Python ----------------------------------------------------

def test_a_valid_rule_in_a_team_folder_works(tmp_path):
    folder = tmp_path / "team-rules"
    rule_file(folder, RULE)
    email = "Hi Dana,\n\nGreat call today. I can do a 15% discount if you sign by Friday.\n\nBest,\nSam\n"
    finding, = lint_text(email, "offer.txt", rule_folders=[folder], config=Config(), today=MONDAY_2_MARCH)
    assert (finding.rule, finding.name, finding.category, finding.severity) == (
        "TM101", "commitment.no-discount-promise", "commitment", "warning")
    assert finding.message == 'Discount promised in writing: "I can do a 15% discount if you sign by Friday."'
    assert finding.suggestion == "Keep discounts for the call, tied to a decision date"
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (3, 30, 3, 42)  # "15% discount"


def test_a_team_rule_only_runs_on_its_kinds(tmp_path):
    folder = tmp_path / "team-rules"
    rule_file(folder, RULE)
    notes = "03-02 Call with Dana. She asked for a 15% discount.\n03-03 Sent the case study.\n"
    assert lint_text(notes, "notes.txt", rule_folders=[folder], config=Config(), today=MONDAY_2_MARCH,
                     kind="call-notes") == []


def test_without_the_folder_the_rule_does_not_exist(tmp_path):
    email = "Hi Dana,\n\nI can do a 15% discount if you sign by Friday.\n"
    assert lint_text(email, "offer.txt", config=Config(), today=MONDAY_2_MARCH) == []


def test_a_team_rule_with_a_built_in_id_replaces_it(tmp_path):
    folder = tmp_path / "team-rules"
    rule_file(folder, change("id: TM101", "id: SC603").replace("commitment.no-discount-promise", "clarity.no-discount"),
              "SC603-no-discount.yaml")
    rules = {rule.code: rule for rule in load_rules([folder])}
    assert (rules["SC603"].name, rules["SC603"].path.parent) == ("clarity.no-discount", folder)
    email = "Hi Dana,\n\nI can do a 15% discount if you sign by Friday.\n"
    assert [f.rule for f in lint_text(email, "offer.txt", rule_folders=[folder], config=Config(),
                                      today=MONDAY_2_MARCH)] == ["SC603"]


def test_a_broken_team_rule_stops_the_lint_with_file_and_line(tmp_path):
    folder = tmp_path / "team-rules"
    path = rule_file(folder, change("severity: warning", "severity: high"))
    with pytest.raises(FileError) as error:
        lint_text("Hi Dana,", "a.txt", rule_folders=[folder], config=Config(), today=MONDAY_2_MARCH)
    assert str(error.value).startswith(f"{path}:4: severity 'high'")


def test_two_team_rules_cannot_share_a_name(tmp_path):
    folder = tmp_path / "team-rules"
    rule_file(folder, RULE)
    second = rule_file(folder, change("id: TM101", "id: TM102"), "TM102-copy.yaml")
    with pytest.raises(FileError) as error:
        load_rules([folder])
    assert error.value.path == str(second)
    assert "already used by TM101" in error.value.message


def test_every_built_in_rule_file_is_valid():
    assert len(load_rules([])) >= 15


def test_one_id_twice_in_one_team_folder_is_an_error(tmp_path):
    folder = tmp_path / "team-rules"
    rule_file(folder, RULE)
    rule_file(folder / "pricing", RULE.replace("Discount promised", "Discount offered"))
    with pytest.raises(FileError) as error:
        load_rules([folder])
    assert "defined twice" in error.value.message


@pytest.mark.parametrize("phrase, text", [
    ("touch base", "Let's TOUCH  base\nor Touch\tBase, not retouch base or touch basement; touch base."),
    ("just checking in", "JUST checKing in! juſt checking in (a long s matches s ignoring case); adjust checking in"),
    ("i was wondering if", "I was wondering if. \u0130 was wondering if. Hi was wondering if"),
    ("e.g. quick", "e.g. quick, E.G.  QUICK, e.g.quick, ee.g. quick"),
    ("naïve pitch", "Naïve pitch and NAÏVE PITCH"),  # not ASCII: matched on the text itself
])
def test_a_phrase_matches_what_it_did_as_a_case_insensitive_regex(phrase, text):
    """Phrases run on the folded text, written in lower case, led by their first word
    (a quicker search); they find the same spans as the plain case-insensitive regex."""
    from salescheck.check.kinds.pattern import _phrase
    from salescheck.parse.leads import lowered

    words = phrase.split()
    plain = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.I)
    regex, on_folded = _phrase(words)
    expected = [m.span() for m in plain.finditer(text)]
    assert expected and [m.span() for m in regex.finditer(lowered(text) if on_folded else text)] == expected
