"""Which findings to report: rule switches and severities from config, --select and
--ignore, per-file ignores; and whether they fail the run."""

from __future__ import annotations

from dataclasses import replace

from ..finding import Finding, severity_rank


def _refers(ref: str, rule) -> bool:
    return ref in (rule.code, rule.name, rule.category)


def configure_rules(rules, states: dict) -> list:
    """Rules with config applied: `off` drops a rule, a severity replaces its default.
    `states` is in the order the settings apply (config.py orders it: farther files
    first, and within a file categories before codes and names), so the last word wins."""
    chosen = []
    for rule in rules:
        state = "on" if rule.enabled else "off"
        for ref, value in states.items():
            if _refers(ref, rule):
                state = value
        if state == "off":
            continue
        chosen.append(replace(rule, severity=state) if state not in ("on",) else rule)
    return chosen


def select_rules(rules, select=(), ignore=()) -> list:
    if select:
        rules = [r for r in rules if any(_refers(ref, r) for ref in select)]
    return [r for r in rules if not any(_refers(ref, r) for ref in ignore)]


def fails(findings: list[Finding], fail_on: str) -> bool:
    return any(severity_rank(f.severity) >= severity_rank(fail_on) for f in findings)


def known_refs(rules) -> set[str]:
    return {ref for rule in rules for ref in (rule.code, rule.name, rule.category)}


def without_repeats(findings: list[Finding]) -> list[Finding]:
    """Two rules of one category flagging overlapping text are one problem told twice
    ("3rd voicemail this week" is both repeated attempts and an unbooked voicemail):
    keep the most severe, then the lowest code."""
    ranked = sorted(findings, key=lambda f: (-severity_rank(f.severity), f.rule))
    kept: list[Finding] = []
    for f in ranked:
        if not any(k.path == f.path and k.category == f.category and _overlap(k, f) for k in kept):
            kept.append(f)
    return [f for f in findings if f in kept]


def _overlap(a: Finding, b: Finding) -> bool:
    return (a.line, a.column) < (b.end_line, b.end_column) and (b.line, b.column) < (a.end_line, a.end_column)
