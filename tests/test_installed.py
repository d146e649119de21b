"""End to end: the installed `salescheck` command, run as a user runs it."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMMAND = shutil.which("salescheck", path=str(Path(sys.executable).parent)) or shutil.which("salescheck")


def salescheck(*args, input=None, cwd=ROOT):
    assert COMMAND, "the salescheck command is not installed"
    return subprocess.run([COMMAND, *args], input=input, capture_output=True, text=True, cwd=cwd, timeout=300)


def test_lint_examples_reports_the_bad_and_passes_the_good():
    bad = salescheck("lint", "examples/bad", "--format", "json")
    assert bad.returncode == 1, bad.stderr
    report = json.loads(bad.stdout)
    assert {f["category"] for f in report["findings"]} == {"objective", "commitment", "persistence", "options", "dates", "clarity"}
    assert report["summary"]["documents"] == len(list((ROOT / "examples" / "bad").iterdir()))
    good = salescheck("lint", "examples/good")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "No problems found in 10 documents." in good.stdout


def test_stdin_draft(tmp_path):
    result = salescheck("lint", "-", "--kind", "email", "--today", "2026-03-02",
                        input="Hi Dana,\n\nI'll send the proposal soon.\n\nThanks,\nSam\n", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("<stdin>:3:1: warning: Follow-up with no agreed date (soon)")


def test_python_dash_m_and_version():
    result = subprocess.run([sys.executable, "-m", "salescheck", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "salescheck, version" in result.stdout


@pytest.mark.parametrize("args", [["lint"], ["lint", "--format", "xml", "x"], ["explain"]])
def test_usage_errors_exit_2_without_traceback(args, tmp_path):
    result = salescheck(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
