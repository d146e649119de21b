"""In-document suppressions: disable-next-line, disable-line, disable/enable blocks and
disable-file, for chosen rules (code, name or category) or for all."""

from __future__ import annotations

from ..finding import Finding


def _matches(finding: Finding, refs: tuple[str, ...]) -> bool:
    return not refs or any(ref in (finding.rule, finding.name, finding.category) for ref in refs)


def suppressed(finding: Finding, directives) -> bool:
    disabled = False  # by the last disable or enable before the finding that names its rule
    for directive in sorted(directives, key=lambda d: d.line):
        action, refs = directive.action, directive.rules
        if not _matches(finding, refs):
            continue
        if action == "disable-file":
            return True
        if action == "disable-line" and directive.line == finding.line:
            return True
        if action == "disable-next-line" and directive.line + 1 == finding.line:
            return True
        if action in ("disable", "enable") and directive.line <= finding.line:
            disabled = action == "disable"
    return disabled


def unknown_refs(directives, known: set[str]) -> list[tuple[int, str]]:
    """(line, ref) of suppressions naming no rule, code or category: likely typos."""
    return [(d.line, ref) for d in directives for ref in d.rules if ref not in known]
