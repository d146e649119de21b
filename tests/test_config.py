"""Configuration as a team uses it: `.salescheck.yaml` (or `[tool.salescheck]` in
pyproject.toml) found by walking up from each file, nearer files overriding farther ones,
and every mistake reported with the file and line at fault."""

import datetime as dt
from pathlib import Path

import pytest

from salescheck.decide import ConfigFinder
from salescheck.decide.config import read_config_file
from salescheck.lint import Linter, Source
from salescheck.yamlfile import FileError

MONDAY_2_MARCH = dt.date(2026, 3, 2)
LOOSE = "I'll call you back next week."
LOOSE_AND_DAY_ONLY = "I'll call you back next week. I'll call Dana on Tuesday."


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def lint_file(path: Path, text: str = LOOSE_AND_DAY_ONLY, **options):
    """What `salescheck lint PATH` reports for a file, with config found next to it."""
    write(path, text)
    return Linter(today=MONDAY_2_MARCH, **options).lint([Source(str(path), text, path)]).findings


def rules_seen(path: Path, text: str = LOOSE_AND_DAY_ONLY) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in lint_file(path, text)]


# --- finding the config -----------------------------------------------------------------

def test_config_is_found_by_walking_up_from_the_file(tmp_path):
    write(tmp_path / ".salescheck.yaml", "root: true\nrules:\n  SC101: off\n")
    config = ConfigFinder().for_path(tmp_path / "accounts" / "acme" / "followup.txt")
    assert config.rules == {"SC101": "off"}
    assert config.sources == (tmp_path / ".salescheck.yaml",)


def test_without_config_every_rule_runs(tmp_path):
    write(tmp_path / ".salescheck.yaml", "root: true\n")
    assert rules_seen(tmp_path / "followup.txt") == [("SC101", "warning"), ("SC102", "warning")]


def test_rules_off_by_code(tmp_path):
    write(tmp_path / ".salescheck.yaml", "root: true\nrules:\n  SC101: off\n")
    assert rules_seen(tmp_path / "followup.txt") == [("SC102", "warning")]


def test_a_severity_replaces_the_rules_default(tmp_path):
    write(tmp_path / ".salescheck.yaml", "root: true\nrules:\n  SC101: error\n  commitment.no-time: info\n")
    assert rules_seen(tmp_path / "followup.txt") == [("SC101", "error"), ("SC102", "info")]


def test_a_category_switches_all_its_rules_and_a_code_beats_its_category(tmp_path):
    write(tmp_path / ".salescheck.yaml", "root: true\nrules:\n  SC101: error\n  commitment: off\n")
    assert rules_seen(tmp_path / "followup.txt") == [("SC101", "error")]


def test_the_nearer_file_overrides_the_farther_one(tmp_path):
    write(tmp_path / ".salescheck.yaml", "root: true\nrules:\n  SC101: off\n  SC102: error\nfail-on: error\n")
    write(tmp_path / "enterprise" / ".salescheck.yaml", "rules:\n  SC101: warning\n")
    config = ConfigFinder().for_path(tmp_path / "enterprise" / "followup.txt")
    assert config.rules == {"SC101": "warning", "SC102": "error"}
    assert config.fail_on == "error"  # not set nearer: the farther file's holds
    assert config.sources == (tmp_path / ".salescheck.yaml", tmp_path / "enterprise" / ".salescheck.yaml")
    assert rules_seen(tmp_path / "enterprise" / "followup.txt") == [("SC101", "warning"), ("SC102", "error")]
    assert rules_seen(tmp_path / "smb" / "followup.txt") == [("SC102", "error")]


def test_ignores_add_up_and_the_nearest_select_wins(tmp_path):
    write(tmp_path / ".salescheck.yaml", "root: true\nselect: [commitment]\nignore: [SC102]\n")
    write(tmp_path / "team" / ".salescheck.yaml", "select: [commitment, dates]\nignore: [clarity]\n")
    config = ConfigFinder().for_path(tmp_path / "team" / "a.txt")
    assert config.select == ("commitment", "dates")
    assert config.ignore == ("SC102", "clarity")


def test_root_true_stops_the_walk(tmp_path):
    write(tmp_path / ".salescheck.yaml", "rules:\n  SC101: off\n")
    write(tmp_path / "team" / ".salescheck.yaml", "root: true\nrules:\n  SC102: off\n")
    config = ConfigFinder().for_path(tmp_path / "team" / "a.txt")
    assert config.rules == {"SC102": "off"}
    assert config.sources == (tmp_path / "team" / ".salescheck.yaml",)


def test_an_explicit_config_file_replaces_the_walk(tmp_path):
    write(tmp_path / ".salescheck.yaml", "root: true\nrules:\n  SC101: off\n")
    explicit = write(tmp_path / "ci.yaml", "rules:\n  SC102: off\n")
    assert ConfigFinder(explicit).for_path(tmp_path / "a.txt").rules == {"SC102": "off"}


PYPROJECT = """\
[project]
name = "team-proposals"

[tool.salescheck]
fail-on = "error"
ignore = ["clarity"]

[tool.salescheck.rules]
SC101 = "off"
"""


def test_tool_salescheck_in_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", PYPROJECT.replace('fail-on = "error"', 'fail-on = "error"\nroot = true'))
    config = ConfigFinder().for_path(tmp_path / "proposals" / "acme.md")
    assert (config.rules, config.fail_on, config.ignore) == ({"SC101": "off"}, "error", ("clarity",))
    assert rules_seen(tmp_path / "proposals" / "acme.txt") == [("SC102", "warning")]


def test_a_pyproject_without_tool_salescheck_is_not_a_config(tmp_path):
    write(tmp_path / ".salescheck.yaml", "root: true\nrules:\n  SC101: off\n")
    write(tmp_path / "app" / "pyproject.toml", '[project]\nname = "app"\n')
    assert ConfigFinder().for_path(tmp_path / "app" / "a.txt").sources == (tmp_path / ".salescheck.yaml",)


def test_salescheck_yaml_wins_over_pyproject_in_one_folder(tmp_path):
    write(tmp_path / "pyproject.toml", PYPROJECT)
    write(tmp_path / ".salescheck.yaml", "root: true\nrules:\n  SC102: off\n")
    assert ConfigFinder().for_path(tmp_path / "a.txt").rules == {"SC102": "off"}


def test_yaml_on_and_off_are_rule_states(tmp_path):
    # YAML 1.1 reads a bare on/off as true/false; the user meant the words
    config = read_config_file(write(tmp_path / ".salescheck.yaml", "rules:\n  SC101: off\n  SC102: on\n"))
    assert config["rules"] == {"SC101": "off", "SC102": "on"}


# --- kinds, exclude, per-file ignores: globs relative to the config file ----------------

def test_kinds_by_glob(tmp_path):
    write(tmp_path / ".salescheck.yaml", 'root: true\nkinds:\n  "notes/**": call-notes\n  "plans/*.md": call-plan\n'
                                         '  "**/*.eml": email\n')
    config = ConfigFinder().for_path(tmp_path / "a.txt")
    assert config.kind_for(tmp_path / "notes" / "acme.txt") == "call-notes"
    assert config.kind_for(tmp_path / "notes" / "2026" / "march" / "acme.txt") == "call-notes"
    assert config.kind_for(tmp_path / "plans" / "northwind.md") == "call-plan"
    assert config.kind_for(tmp_path / "plans" / "northwind.txt") is None
    assert config.kind_for(tmp_path / "inbox" / "reply.eml") == "email"
    assert config.kind_for(tmp_path / "reply.eml") == "email"  # `**/` includes no folder at all
    assert config.kind_for(tmp_path / "drafts" / "acme.txt") is None


def test_a_kind_glob_of_a_nearer_file_wins(tmp_path):
    write(tmp_path / ".salescheck.yaml", 'root: true\nkinds:\n  "*.txt": email\n')
    write(tmp_path / "notes" / ".salescheck.yaml", 'kinds:\n  "*.txt": call-notes\n')
    config = ConfigFinder().for_path(tmp_path / "notes" / "acme.txt")
    assert config.kind_for(tmp_path / "notes" / "acme.txt") == "call-notes"


def test_a_kind_glob_decides_which_rules_apply(tmp_path):
    hedging = "Hi Dana,\n\nI just wanted to maybe touch base and perhaps see if you might possibly have time.\n"
    write(tmp_path / ".salescheck.yaml", 'root: true\nkinds:\n  "outbox/*.txt": email\n  "notes/*.txt": call-notes\n')
    assert "SC601" in {f.rule for f in lint_file(tmp_path / "outbox" / "dana.txt", hedging)}
    assert "SC601" not in {f.rule for f in lint_file(tmp_path / "notes" / "dana.txt", hedging)}


def test_exclude(tmp_path):
    write(tmp_path / ".salescheck.yaml", 'root: true\nexclude: ["archive/**", "*.draft.md"]\n')
    config = ConfigFinder().for_path(tmp_path / "a.md")
    assert config.excluded(tmp_path / "archive" / "2019" / "old.md")
    assert config.excluded(tmp_path / "proposals" / "acme.draft.md")
    assert not config.excluded(tmp_path / "proposals" / "acme.md")


def test_per_file_ignores(tmp_path):
    write(tmp_path / ".salescheck.yaml",
          'root: true\nper-file-ignores:\n  "legacy/*.txt": [SC101, commitment.no-time]\n')
    assert rules_seen(tmp_path / "legacy" / "old.txt") == []
    assert rules_seen(tmp_path / "current" / "new.txt") == [("SC101", "warning"), ("SC102", "warning")]


# --- rule folders ------------------------------------------------------------------------

TEAM_SC101 = """\
id: SC101
name: commitment.no-date
category: commitment
severity: error
message: "Team rule: book the follow-up ({when})"
why: |
  Our team books every follow-up before the call ends; an unbooked promise goes in the
  weekly review.
examples:
  bad: ["I'll call you back next week."]
  good: ["I'll call you on Tue 10 March at 10:00."]
check:
  kind: commitment
  who: [rep]
  missing: date
"""

TEAM_DISCOUNT = """\
id: TM101
name: commitment.no-discount-promise
category: commitment
severity: warning
message: "Discount promised in writing: \\"{sentence}\\""
why: |
  Discounts promised in an email get forwarded to procurement and become the floor.
examples:
  bad: ["I can do a 20% discount if you sign this week."]
  good: ["Our standard terms apply."]
check:
  kind: pattern
  regex: ["\\\\b\\\\d+% discount\\\\b"]
"""


def test_a_team_rule_folder_adds_rules_and_overrides_built_in_ones(tmp_path):
    write(tmp_path / "team-rules" / "SC101-book-it.yaml", TEAM_SC101)
    write(tmp_path / "team-rules" / "TM101-discount.yaml", TEAM_DISCOUNT)
    write(tmp_path / ".salescheck.yaml", "root: true\nrule-folders: [team-rules]\n")
    text = "I'll call you back next week. I can do a 15% discount today."
    findings = lint_file(tmp_path / "deals" / "acme.txt", text)
    assert [(f.rule, f.severity, f.message) for f in findings] == [
        ("SC101", "error", "Team rule: book the follow-up (next week)"),
        ("TM101", "warning", 'Discount promised in writing: "I can do a 15% discount today."'),
    ]


def test_team_rules_are_switched_like_built_in_ones(tmp_path):
    switched_off = TEAM_DISCOUNT.replace("severity: warning", "severity: warning\nenabled: false")
    write(tmp_path / "team-rules" / "TM101-discount.yaml", switched_off)
    write(tmp_path / ".salescheck.yaml", "root: true\nrule-folders: [team-rules]\nrules:\n  SC101: off\n")
    text = "I can do a 15% discount today."
    assert rules_seen(tmp_path / "a.txt", text) == []  # off until config says otherwise
    write(tmp_path / "deals" / ".salescheck.yaml", "rules:\n  commitment.no-discount-promise: error\n")
    assert rules_seen(tmp_path / "deals" / "a.txt", text) == [("TM101", "error")]


def test_rule_folders_are_relative_to_the_config_file(tmp_path):
    write(tmp_path / "sales" / "team-rules" / "TM101-discount.yaml", TEAM_DISCOUNT)
    write(tmp_path / "sales" / ".salescheck.yaml", "root: true\nrule-folders: [team-rules]\n")
    config = ConfigFinder().for_path(tmp_path / "sales" / "deals" / "a.txt")
    assert config.rule_folders == ((tmp_path / "sales" / "team-rules").resolve(),)


# --- mistakes: the file and the line ------------------------------------------------------

def config_error(tmp_path: Path, text: str, name: str = ".salescheck.yaml") -> FileError:
    path = write(tmp_path / name, text)
    with pytest.raises(FileError) as error:
        read_config_file(path)
    assert error.value.path == str(path)
    return error.value


def test_an_unknown_setting_names_file_and_line(tmp_path):
    error = config_error(tmp_path, "rules:\n  SC101: off\nfail_on: error\n")
    assert error.line == 3
    assert "unknown setting 'fail_on'" in error.message
    assert str(error) == f"{tmp_path / '.salescheck.yaml'}:3: {error.message}"


def test_an_unknown_setting_in_pyproject_names_file_and_line(tmp_path):
    error = config_error(tmp_path, PYPROJECT.replace('ignore = ["clarity"]', 'ignroe = ["clarity"]'), "pyproject.toml")
    assert error.line == 6
    assert "unknown setting 'ignroe'" in error.message


@pytest.mark.parametrize("text,line,words", [
    ("rules:\n  SC101: off\n  SC102: loud\n", 3, "'loud' is not one of on, off, info, warning, error"),
    ("rules: [SC101]\n", 1, "'rules' must be a dict"),
    ("select: SC101\n", 1, "'select' must be a list"),
    ("ignore:\n  - SC101\n  - 102\n", 3, "each item of 'ignore' must be a string"),
    ("kinds:\n  'notes/**': memo\n", 2, "'memo' for 'notes/**' is not one of email, call-plan, call-notes, proposal"),
    ("fail-on: fatal\n", 1, "fail-on must be one of info, warning, error"),
    ("date-order: iso\n", 1, "date-order must be day-first or month-first"),
    ("root: maybe\n", 1, "'root' must be a bool"),
    ("per-file-ignores:\n  'legacy/*.md': SC101\n", 2, "must map to a list of rules"),
    ("rule-folders:\n  - team-rules\n", 2, "rule folder 'team-rules' does not exist"),
    ("rules:\n\tSC101: off\n", 2, "invalid YAML"),
    ("- SC101\n- SC102\n", 1, "config must be a mapping of settings"),
    ("rules:\n  SC101: off\nfail-on: error\nrules:\n  SC102: off\n", 4, "'rules' is written twice"),
    ("rules:\n  SC101: off\n  SC101: error\n", 3, "'SC101' is written twice"),
])
def test_bad_values_name_file_and_line(tmp_path, text, line, words):
    error = config_error(tmp_path, text)
    assert error.line == line
    assert words in error.message


@pytest.mark.parametrize("text,line", [
    ("root: true\nrules:\n  SC101: off\n  SC1O2: off\n", 4),
    ("root: true\nselect:\n  - commitment\n  - comitment\n", 4),
    ("root: true\nignore: [SC101, clarity.hedging]\n", 2),
    ("root: true\nper-file-ignores:\n  'legacy/*.md':\n    - SC101\n    - SC999\n", 5),
])
def test_an_unknown_rule_names_file_and_line(tmp_path, text, line):
    config = write(tmp_path / ".salescheck.yaml", text)
    with pytest.raises(FileError) as error:
        lint_file(tmp_path / "a.txt")
    assert (error.value.path, error.value.line) == (str(config), line)
    assert "unknown rule" in error.value.message


def test_a_team_rule_can_be_referenced_once_its_folder_is_configured(tmp_path):
    write(tmp_path / "team-rules" / "TM101-discount.yaml", TEAM_DISCOUNT)
    write(tmp_path / ".salescheck.yaml", "root: true\nrules:\n  TM101: error\n")
    with pytest.raises(FileError):
        lint_file(tmp_path / "a.txt")
    write(tmp_path / ".salescheck.yaml", "root: true\nrule-folders: [team-rules]\nrules:\n  TM101: error\n")
    assert rules_seen(tmp_path / "b.txt", "I can do a 15% discount today.") == [("TM101", "error")]


def test_an_unknown_rule_in_pyproject_names_file_and_line(tmp_path):
    config = write(tmp_path / "pyproject.toml", PYPROJECT.replace('SC101 = "off"', 'SC101 = "off"\nSC1O2 = "info"')
                   .replace('fail-on = "error"', 'root = true'))
    with pytest.raises(FileError) as error:
        lint_file(tmp_path / "a.txt")
    assert (error.value.path, error.value.line) == (str(config), 10)
    assert "unknown rule 'SC1O2'" in error.value.message


def test_a_nearer_category_setting_beats_a_farther_code_setting(tmp_path):
    from salescheck.lint import Linter

    (tmp_path / ".salescheck.yaml").write_text("rules:\n  SC101: error\n")
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / ".salescheck.yaml").write_text("rules:\n  commitment: off\n  SC102: info\n")
    linter = Linter()
    outer = {r.code: r.severity for r in linter.rules_for(linter.config_for(tmp_path / "a.txt"))}
    inner = {r.code: r.severity for r in linter.rules_for(linter.config_for(tmp_path / "team" / "a.txt"))}
    assert outer["SC101"] == "error"
    assert "SC101" not in inner and "SC103" not in inner and inner["SC102"] == "info"


def test_a_date_yaml_cannot_build_is_an_error_not_a_crash(tmp_path):
    error = config_error(tmp_path, "select: [commitment]\nanchor: 2026-02-30\n")
    assert "impossible date" in error.message
