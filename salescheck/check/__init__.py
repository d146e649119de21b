"""Stage 3, check: YAML rules, each a configured instance of a check kind, turn parsed
documents into Findings."""

from .rule import Example, Rule, load_rule
from .rulepack import builtin_rules_dir, load_rules
from .run import check_document

__all__ = ["Example", "Rule", "builtin_rules_dir", "check_document", "load_rule", "load_rules"]
