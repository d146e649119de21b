"""The one thing every stage after check passes along: a Finding."""

from __future__ import annotations

from dataclasses import asdict, dataclass

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
        return asdict(self)


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)
