"""In-document suppressions: disable-next-line, disable-line, disable/enable blocks and
disable-file, for chosen rules (code, name or category) or for all."""

from __future__ import annotations

from ..finding import Finding


def _matches(finding: Finding, refs: tuple[str, ...]) -> bool:
    return not refs or any(ref in (finding.rule, finding.name, finding.category) for ref in refs)


def suppressed(finding: Finding, directives) -> bool:
    blocked: list[tuple[str, ...]] = []  # refs of disable blocks open at the finding's line
    for directive in sorted(directives, key=lambda d: d.line):
        action, refs = directive.action, directive.rules
        if action == "disable-file" and _matches(finding, refs):
            return True
        if action == "disable-line" and directive.line == finding.line and _matches(finding, refs):
            return True
        if action == "disable-next-line" and directive.line + 1 == finding.line and _matches(finding, refs):
            return True
        if directive.line > finding.line:
            continue
        if action == "disable":
            blocked.append(refs)
        elif action == "enable":
            blocked = [b for b in blocked if refs and b != refs] if refs else []
    return any(_matches(finding, refs) for refs in blocked)


def unknown_refs(directives, known: set[str]) -> list[tuple[int, str]]:
    """(line, ref) of suppressions naming no rule, code or category: likely typos."""
    return [(d.line, ref) for d in directives for ref in d.rules if ref not in known]
