"""`--format json`: one object, {"findings": [...], "summary": {...}}, indented by two."""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # json's own (C) string encoder, as json.dumps uses


def write_json(findings, summary, sources, stream) -> None:
    records = [f.as_dict() for f in findings]
    if all(_flat(record) for record in records):
        # json.dumps(indent=2) runs json's pure-Python encoder, a fifth of a cached run over a
        # thousand files; findings are flat records, so their lines are written here with
        # json's own string encoder: the same text (a test compares the two)
        body = ",\n".join("    {\n" + ",\n".join(f"      {encode_basestring(k)}: {_scalar(v)}" for k, v in r.items())
                          + "\n    }" for r in records)
        listed = f"[\n{body}\n  ]" if records else "[]"
        tail = json.dumps(summary, indent=2, ensure_ascii=False).replace("\n", "\n  ")
        stream.write(f'{{\n  "findings": {listed},\n  "summary": {tail}\n}}\n')
        return
    # one write: json.dump would write each of the many thousand pieces on its own
    stream.write(json.dumps({"findings": records, "summary": summary}, indent=2, ensure_ascii=False) + "\n")


def _flat(record: dict) -> bool:
    return all(v is None or type(v) in (str, int, bool) for v in record.values())


def _scalar(value) -> str:
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    return encode_basestring(value) if type(value) is str else int.__repr__(value)
