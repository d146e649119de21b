"""The one thing every stage after check passes along: a Finding."""

from __future__ import annotations

from dataclasses import dataclass, fields

SEVERITIES = ("info", "warning", "error")
CATEGORIES = ("objective", "commitment", "persistence", "options", "dates", "clarity")


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str  # stable code, e.g. SC101
    name: str  # readable name, e.g. commitment.no-date
    category: str
    severity: str
    message: str
    suggestion: str | None = None

    def as_dict(self) -> dict:
        # every field is a str, an int or None: no deep copy (dataclasses.asdict) needed
        return {name: getattr(self, name) for name in _FIELDS}


_FIELDS = tuple(f.name for f in fields(Finding))


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)
