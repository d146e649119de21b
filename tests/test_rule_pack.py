"""Every built-in rule is documented by its own examples: bad ones are flagged, good ones
(including near-misses) are not."""

import pytest

from salescheck.check import load_rules
from salescheck.selftest import example_findings

RULES = load_rules([])
CASES = [(rule, expect, example) for rule in RULES
         for expect, examples in ((True, rule.bad), (False, rule.good)) for example in examples]


@pytest.mark.parametrize("rule,expect,example", CASES,
                         ids=[f"{r.code}-{'bad' if e else 'good'}-{x.line}" for r, e, x in CASES])
def test_rule_example(rule, expect, example):
    findings = example_findings(rule, example)
    assert bool(findings) == expect, (example.text, findings)


def test_every_category_of_the_contract_has_rules():
    categories = {rule.category for rule in RULES}
    assert {"objective", "commitment", "persistence", "options", "clarity"} <= categories


def test_every_rule_has_good_and_bad_examples_and_coaching_text():
    for rule in RULES:
        assert rule.bad and rule.good, rule.code
        assert len(rule.why.split()) >= 20, rule.code
        assert len(rule.good) >= 2 or rule.category == "clarity", rule.code


def test_codes_and_names_are_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.name.startswith(rule.category + "."), rule.name
