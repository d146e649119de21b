"""`--format json`: one object, {"findings": [...], "summary": {...}}."""

from __future__ import annotations

import json


def write_json(findings, summary, sources, stream) -> None:
    # one write: json.dump would write each of the many thousand pieces on its own
    stream.write(json.dumps({"findings": [f.as_dict() for f in findings], "summary": summary}, indent=2,
                            ensure_ascii=False) + "\n")
