"""`--format github`: GitHub Actions workflow commands, so findings show as annotations
on the pull request's diff."""

from __future__ import annotations

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape(value: str, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property_value else value


def write_github(findings, summary, sources, stream) -> None:
    for f in findings:
        properties = ",".join((
            f"file={_escape(f.path, True)}", f"line={f.line}", f"col={f.column}",
            f"endLine={f.end_line}", f"endColumn={f.end_column}", f"title={_escape(f'{f.rule} {f.name}', True)}",
        ))
        message = f.message + (f"\n→ {f.suggestion}" if f.suggestion else "")
        stream.write(f"::{LEVEL[f.severity]} {properties}::{_escape(message)}\n")
