"""`salescheck lint examples/` finds what each bundled example was written to show, and
nothing in the good ones (the answer key is examples/expected.yaml)."""

import datetime as dt
from pathlib import Path

import pytest
import yaml

from salescheck.lint import Linter, Source

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXPECTED = yaml.safe_load((EXAMPLES / "expected.yaml").read_text())


@pytest.fixture(scope="module")
def findings():
    linter = Linter(today=dt.date(2026, 3, 2))
    sources = [Source(name, (EXAMPLES / name).read_text(), EXAMPLES / name) for name in EXPECTED]
    result = linter.lint(sources)
    assert not result.notices
    by_file = {name: [] for name in EXPECTED}
    for finding in result.findings:
        by_file[finding.path].append(finding)
    return by_file


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example(name, findings):
    expected = EXPECTED[name]
    got = findings[name]
    for label in expected:
        near = [f for f in got if f.category == label["category"]
                and (abs(f.line - label["line"]) <= 1 or label["category"] not in ("commitment", "clarity"))]
        assert near, f"{name}: missed {label['category']} at line {label['line']}: {label['text']!r}"
    for finding in got:
        assert any(finding.category == label["category"] for label in expected), \
            f"{name}: unexpected {finding.rule} at line {finding.line}: {finding.message}"
