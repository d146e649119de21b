"""`--format sarif`: SARIF 2.1.0, which code-scanning dashboards read."""

from __future__ import annotations

import json

from .. import __version__

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def write_sarif(findings, summary, sources, stream) -> None:
    rules = {}
    for f in findings:
        rules.setdefault(f.rule, {"id": f.rule, "name": f.name, "properties": {"category": f.category}})
    results = [{
        "ruleId": f.rule,
        "level": LEVEL[f.severity],
        "message": {"text": f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": f.path},
            "region": {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column},
        }}],
    } for f in findings]
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "salescheck", "version": __version__, "rules": list(rules.values())}},
        "results": results,
    }]}
    json.dump(log, stream, indent=2, ensure_ascii=False)
    stream.write("\n")
