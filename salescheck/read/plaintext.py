"""Plain text: call notes, drafts pasted from a mail client. Optional front matter."""

from __future__ import annotations

from .directives import take_directive
from .document import Document, same_line, source_lines
from .frontmatter import split_front_matter
from .kinds import GREETING
from .layout import find_blocks, pipe_rows
from .quoting import hidden_lines


def read_text(path: str, source: str) -> Document:
    raw = source_lines(source)
    meta, skip = split_front_matter(raw)
    lines, directives = [], []
    for number, line in enumerate(raw, start=1):
        line, directive = take_directive(line, number)
        if directive:
            directives.append(directive)
        lines.append(" " * len(line) if number <= skip else line.rstrip("\r"))
    if meta.get("kind", "email") == "email" or GREETING.search(source):
        for i in hidden_lines(lines, draft=True):
            lines[i] = " " * len(lines[i])
    cells = pipe_rows(lines)  # a table typed with pipes: its rows are read as Markdown's are
    return Document(
        path=path, source=source, lines=lines, origins=[same_line(i + 1) for i in range(len(lines))],
        blocks=find_blocks(lines, {i: "row" for i in cells}), kind=meta.get("kind"), date=meta.get("date"), meta=meta,
        directives=directives, cells=cells,
    )
