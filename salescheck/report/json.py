"""`--format json`: one object, {"findings": [...], "summary": {...}}."""

from __future__ import annotations

import json


def write_json(findings, summary, sources, stream) -> None:
    json.dump({"findings": [f.as_dict() for f in findings], "summary": summary}, stream, indent=2, ensure_ascii=False)
    stream.write("\n")
