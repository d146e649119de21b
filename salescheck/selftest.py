"""Run rules' own examples: every bad example must be flagged by its rule, every good
one must not. Used by `salescheck check-rules` and the test suite."""

from __future__ import annotations

import datetime as dt

from .decide.config import Config
from .lint import Linter, Source
from .read import KINDS

EXAMPLE_TODAY = dt.date(2026, 3, 2)  # examples speak of early March 2026


def example_findings(rule, example) -> list:
    kind = example.kind or (rule.kinds[0] if len(rule.kinds) < len(KINDS) else None)
    linter = Linter(today=example.today or EXAMPLE_TODAY, kind=kind, config=Config(), rules=[rule])
    findings = linter.lint([Source(example.filename, example.text)]).findings
    return [f for f in findings if f.rule == rule.code]


def run_examples(rules) -> list[str]:
    failures = []
    for rule in rules:
        for expect, examples in ((True, rule.bad), (False, rule.good)):
            for example in examples:
                fired = bool(example_findings(rule, example))
                if fired != expect:
                    verdict = "is not flagged" if expect else "is flagged"
                    first = example.text.strip().splitlines()[0][:70]
                    failures.append(f"{rule.path}:{example.line}: {rule.code} {'bad' if expect else 'good'} example "
                                    f"{verdict}: {first!r}")
    return failures
