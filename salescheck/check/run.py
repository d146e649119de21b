"""Run rules over parsed documents: hits become Findings with file positions."""

from __future__ import annotations

from collections.abc import Iterable

from ..finding import Finding
from .rule import Rule


class _Values(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def check_document(parsed, rules: Iterable[Rule]) -> list[Finding]:
    document = parsed.document
    findings = []
    for rule in rules:
        if not rule.applies_to(document):
            continue
        for hit in rule.check.find(parsed):
            line, column = document.position(hit.start)
            end_line, end_column = document.position(max(hit.start, hit.end - 1))
            values = _Values({k: _shorten(v) for k, v in hit.values.items()})
            findings.append(Finding(
                path=document.path, line=line, column=column, end_line=end_line, end_column=end_column + 1,
                rule=rule.code, name=rule.name, category=rule.category, severity=rule.severity,
                message=rule.message.format_map(values),
                suggestion=rule.suggestion.format_map(values) if rule.suggestion else None,
            ))
    return findings


def _shorten(value, limit: int = 160):
    if isinstance(value, str):
        value = " ".join(value.split())
        return value if len(value) <= limit else value[: limit - 1] + "…"
    return value
