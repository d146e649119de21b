"""Counts that every format ends with."""

from __future__ import annotations

from collections import Counter


def summarize(findings, documents: int, failed: bool, fail_on: str) -> dict:
    severities = Counter(f.severity for f in findings)
    return {
        "documents": documents,
        "findings": len(findings),
        "files_with_findings": len({f.path for f in findings}),
        "by_severity": {s: severities.get(s, 0) for s in ("error", "warning", "info")},
        "by_category": dict(sorted(Counter(f.category for f in findings).items())),
        "fail_on": fail_on,
        "failed": failed,
    }
