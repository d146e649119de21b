"""The command line as a user meets it: output lines, JSON contract, exit codes."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from salescheck.cli import main

LOOSE = "Hi Dana,\n\nThanks for the call today. I'll call you back next week.\n\nBest,\nSam\n"
BOOKED = "Hi Dana,\n\nThanks for the call today. As agreed, I'll call you on Tue 10 March 2026 at 10:00; the invite is sent.\n\nBest,\nSam\n"
FIELDS = {"path", "line", "column", "end_line", "end_column", "rule", "category", "severity", "message", "suggestion"}


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def invoke(*args, input=None):
        return CliRunner().invoke(main, list(args), input=input)

    return invoke


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_a_loose_promise_fails_with_an_editor_parsable_line(run, tmp_path):
    write(tmp_path / "followup.txt", LOOSE)
    result = run("lint", "followup.txt", "--today", "2026-03-02")
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith("followup.txt:3:28: warning: Follow-up with no agreed date (next week)")
    assert first.endswith("[SC101 commitment.no-date]")
    assert "1 problem (1 warning) in 1 file of 1 document checked." in result.stdout


def test_a_booked_follow_up_passes(run, tmp_path):
    write(tmp_path / "followup.txt", BOOKED)
    result = run("lint", "followup.txt", "--today", "2026-03-02")
    assert result.exit_code == 0, result.output
    assert "No problems found in 1 document." in result.stdout


def test_json_output_follows_the_contract(run, tmp_path):
    write(tmp_path / "followup.txt", LOOSE)
    result = run("lint", "--format", "json", "--today", "2026-03-02", "followup.txt")
    data = json.loads(result.stdout)
    finding, = data["findings"]
    assert FIELDS <= set(finding)
    assert finding["category"] == "commitment" and finding["rule"] == "SC101"
    assert (finding["line"], finding["column"], finding["end_line"]) == (3, 28, 3)
    assert finding["end_column"] == len("Thanks for the call today. I'll call you back next week.") + 1
    assert "Tue 10 March at 10:00" in finding["suggestion"]
    assert data["summary"]["findings"] == 1 and data["summary"]["failed"] is True


def test_stdin_with_a_file_name(run):
    result = run("lint", "-", "--stdin-filename", "draft.md", "--kind", "email", "--today", "2026-03-02", input=LOOSE)
    assert result.exit_code == 1
    assert result.stdout.startswith("draft.md:3:28:")


@pytest.mark.parametrize("flag,value,code", [
    ("--ignore", "SC101", 0), ("--ignore", "commitment.no-date", 0), ("--ignore", "commitment", 0),
    ("--select", "clarity", 0), ("--select", "SC101,SC102", 1), ("--fail-on", "error", 0),
])
def test_choosing_rules_and_fail_level(run, tmp_path, flag, value, code):
    write(tmp_path / "followup.txt", LOOSE)
    assert run("lint", flag, value, "--today", "2026-03-02", "followup.txt").exit_code == code


def test_unknown_rule_is_a_usage_error(run, tmp_path):
    write(tmp_path / "followup.txt", LOOSE)
    result = run("lint", "--select", "SC999", "followup.txt")
    assert result.exit_code == 2
    assert "unknown rule 'SC999'" in result.stderr


def test_missing_path_is_a_usage_error(run):
    result = run("lint", "nowhere.md")
    assert result.exit_code == 2
    assert "nowhere.md: no such file or folder" in result.output


def test_a_broken_config_names_file_and_line(run, tmp_path):
    write(tmp_path / ".salescheck.yaml", "rules:\n  SC101: off\nfail_on: error\n")
    write(tmp_path / "followup.txt", LOOSE)
    result = run("lint", "followup.txt")
    assert result.exit_code == 2
    assert ".salescheck.yaml:3: unknown setting 'fail_on'" in result.stderr
    assert "Traceback" not in result.output


def test_a_broken_rule_folder_names_file_and_line(run, tmp_path):
    write(tmp_path / "team" / "bad.yaml", "id: TM001\nname: team.x\ncategory: sales\n")
    write(tmp_path / "followup.txt", LOOSE)
    result = run("lint", "--rules", "team", "followup.txt")
    assert result.exit_code == 2
    assert "bad.yaml:" in result.stderr and "Traceback" not in result.output


def test_folders_are_walked_and_unreadable_files_skipped_with_a_notice(run, tmp_path):
    write(tmp_path / "notes" / "a.md", "---\nkind: email\n---\n" + LOOSE)
    write(tmp_path / "notes" / "script.py", "I'll call you back next week.")
    (tmp_path / "notes" / "blob.txt").write_bytes(b"\x00\x01binary")
    result = run("lint", "notes")
    assert result.exit_code == 1
    assert "a.md:6:" in result.stdout and "script.py" not in result.stdout
    assert "blob.txt: skipped: binary file" in result.stderr


def test_a_document_that_cannot_be_read_is_skipped_with_its_line(run, tmp_path):
    write(tmp_path / "plan.md", "---\nkind: memo\n---\nObjective: close.\n")
    result = run("lint", "plan.md")
    assert "plan.md:2: skipped: front matter kind 'memo'" in result.stderr
    assert result.exit_code == 0


def test_rules_lists_every_rule(run):
    result = run("rules", "--format", "json")
    rules = json.loads(result.stdout)
    assert {"rule": "SC101", "name": "commitment.no-date"}.items() <= rules[0].items()
    assert run("rules").exit_code == 0


def test_explain_gives_coaching_text_with_examples(run):
    result = run("explain", "commitment.no-date")
    assert result.exit_code == 0
    assert "SC101 commitment.no-date" in result.stdout
    assert "✗ I'll call you back next week." in result.stdout
    assert "✓ I'll send the recap after Thursday's call." in result.stdout
    assert run("explain", "SC999").exit_code == 2


def test_check_rules_runs_a_team_folder_examples(run, tmp_path):
    rule = """\
id: TM101
name: commitment.no-discount-promise
category: commitment
severity: warning
message: "Discount promised in writing: \\"{sentence}\\""
why: Discounts promised in an email get forwarded to procurement and become the floor.
examples:
  bad: ["I can do a 20% discount if you sign this week."]
  good: ["Our standard terms apply."]
check:
  kind: pattern
  regex: ["\\\\b\\\\d+% discount\\\\b"]
"""
    write(tmp_path / "team" / "discount.yaml", rule)
    result = run("check-rules", "team", "--no-builtin")
    assert result.exit_code == 0, result.output
    assert "1 rules, 2 examples: 2 passed, 0 failed" in result.stdout
    write(tmp_path / "team" / "discount.yaml", rule.replace('good: ["Our standard terms apply."]',
                                                            'good: ["A 10% discount applies."]'))
    result = run("check-rules", "team", "--no-builtin")
    assert result.exit_code == 1
    assert "TM101 good example is flagged" in result.stderr


def test_missing_model_says_how_to_install(run, tmp_path, monkeypatch):
    monkeypatch.setenv("SALESCHECK_MODEL", "en_core_web_nonexistent")
    write(tmp_path / "followup.txt", LOOSE)
    result = run("lint", "followup.txt")
    assert result.exit_code == 2
    assert "en_core_web_nonexistent" in result.stderr and "install" in result.stderr


def test_sarif_and_github_formats(run, tmp_path):
    write(tmp_path / "followup.txt", LOOSE)
    sarif = json.loads(run("lint", "--format", "sarif", "--today", "2026-03-02", "followup.txt").stdout)
    result, = sarif["runs"][0]["results"]
    assert sarif["version"] == "2.1.0" and result["ruleId"] == "SC101" and result["level"] == "warning"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    github = run("lint", "--format", "github", "--today", "2026-03-02", "followup.txt").stdout
    assert github.startswith("::warning file=followup.txt,line=3,col=28,endLine=3,endColumn=57,"
                             "title=SC101 commitment.no-date::Follow-up with no agreed date")


@pytest.mark.parametrize("messages", [[], ["plain"], ["quote \" and \\ back", "ünïcödé — ‘curly’ \u2028 tab\t", "é\n"]])
def test_json_writer_matches_json_dumps(messages):
    """The JSON report writes findings itself (json.dumps with indent is slow on large
    runs): it must give exactly what json.dumps gives."""
    import io

    from salescheck.finding import Finding
    from salescheck.report.json import write_json
    from salescheck.report.summary import summarize

    findings = [Finding(f"docs/ü{i}.md", i + 1, 3, i + 1, 9, "SC101", "commitment.no-date", "commitment", "warning",
                        message, None if i % 2 else f"say when: {message}") for i, message in enumerate(messages)]
    summary = summarize(findings, 3, bool(findings), "warning")
    stream = io.StringIO()
    write_json(findings, summary, [], stream)
    expected = json.dumps({"findings": [f.as_dict() for f in findings], "summary": summary}, indent=2,
                          ensure_ascii=False) + "\n"
    assert stream.getvalue() == expected
