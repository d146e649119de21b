"""`--format text`: `path:line:col: severity: message [code name]`, one line a finding,
which editors and CI annotate from; on a terminal, a rich view grouped by file with the
source line, a marker under the span and the suggestion."""

from __future__ import annotations

from itertools import groupby


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(summary: dict) -> str:
    if not summary["findings"]:
        return f"No problems found in {_plural(summary['documents'], 'document')}."
    by = summary["by_severity"]
    parts = ", ".join(_plural(by[s], s) for s in ("error", "warning", "info") if by[s])
    return (f"{_plural(summary['findings'], 'problem')} ({parts}) in "
            f"{_plural(summary['files_with_findings'], 'file')} of {_plural(summary['documents'], 'document')} checked.")


def write_text(findings, summary, sources, stream) -> None:
    for f in findings:
        stream.write(f"{f.path}:{f.line}:{f.column}: {f.severity}: {f.message} [{f.rule} {f.name}]\n")
    stream.write(summary_line(summary) + "\n")


STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def write_rich(findings, summary, sources, console) -> None:
    from rich.markup import escape
    from rich.text import Text

    for path, group in groupby(findings, key=lambda f: f.path):
        console.print(Text(path, style="bold underline"))
        lines = sources.get(path, "").splitlines()
        for f in group:
            console.print(Text.assemble(
                (f"  {f.line}:{f.column}", "dim"), "  ", (f.severity, STYLE[f.severity]), "  ",
                f.message, "  ", (f"{f.rule} {f.name}", "dim")))
            if 0 < f.line <= len(lines):
                source = lines[f.line - 1].expandtabs(1)
                width = (f.end_column - f.column) if f.end_line == f.line else len(source) - f.column + 1
                shown, column, width = _window(source, f.column - 1, max(1, width), console.width - 8)
                console.print(Text("    │ ", style="dim") + Text(shown), no_wrap=True, overflow="ellipsis")
                console.print(Text("    │ ", style="dim") + Text(" " * column + "^" * width, style=STYLE[f.severity]),
                              no_wrap=True, overflow="crop")
            if f.suggestion:
                console.print(f"    [green]→[/green] {escape(f.suggestion)}")
        console.print()
    console.print(summary_line(summary), style="bold" if summary["findings"] else "green")


def _window(source: str, start: int, width: int, room: int) -> tuple[str, int, int]:
    """The part of a long source line that fits the terminal, keeping the marked span
    in view: (text shown, marker column in it, marker width)."""
    if len(source) <= room:
        return source, start, width
    left = max(0, min(start - 10, len(source) - room))
    shown = source[left:left + room]
    if left:
        shown = "…" + shown[1:]
    return shown, start - left, min(width, room - (start - left))
