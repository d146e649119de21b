"""Markdown: front matter, headings, lists, tables; code, comments and quotes skipped.

Markup characters are blanked in place (`## Objective` reads `   Objective`), so the
parser sees prose and every column still points into the file."""

from __future__ import annotations

import re

from .directives import take_directive
from .document import Document, ReadError, same_line, source_lines
from .frontmatter import split_front_matter
from .layout import RULE_ROW, find_blocks
from .quoting import hidden_lines

FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(\s{0,3}#{1,6})(\s+|$)")
ITEM = re.compile(r"^(\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?)")
QUOTE = re.compile(r"^\s*>")
INLINE_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`|~~")
LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
COMMENT_OPEN, COMMENT_CLOSE = "<!--", "-->"


def read_markdown(path: str, source: str) -> Document:
    raw = source_lines(source)
    meta, skip = split_front_matter(raw)
    lines: list[str] = []
    roles: dict[int, str] = {}
    cells: dict[int, tuple[str, ...]] = {}
    directives = []
    fence: str | None = None
    in_comment = False
    for i, line in enumerate(raw):
        number = i + 1
        if i < skip:
            lines.append(_blank(line))
            continue
        if fence:
            if line.strip().startswith(fence):
                fence = None
            lines.append(_blank(line))
            continue
        opened = FENCE.match(line)
        if opened:
            fence = opened.group(1)
            lines.append(_blank(line))
            continue
        # a suppression shown in a code block is an example, not a suppression
        line, directive = take_directive(line, number)
        if directive:
            directives.append(directive)
        line, in_comment = _blank_comments(line, in_comment, number)
        if QUOTE.match(line) or RULE_ROW.match(line):
            lines.append(_blank(line))
            continue
        line, role = _blank_block_markup(line)
        if role:
            roles[i] = role
        if role == "row":
            cells[i] = tuple(cell.strip() for cell in raw[i].strip().strip("|").split("|"))
        lines.append(_blank_inline(line))
    if fence:
        raise ReadError(f"code fence {fence} is never closed", line=len(raw))
    if meta.get("kind") == "email":  # an email drafted in Markdown: its signature is not the message
        for i in hidden_lines(lines, draft=True):
            lines[i] = " " * len(lines[i])
    return Document(
        path=path, source=source, lines=lines, origins=[same_line(i + 1) for i in range(len(lines))],
        blocks=find_blocks(lines, roles), kind=meta.get("kind"), date=meta.get("date"),
        meta=meta, directives=directives, cells=cells,
    )


def _blank(text: str) -> str:
    return " " * len(text.rstrip("\r"))


def _blank_comments(line: str, in_comment: bool, number: int) -> tuple[str, bool]:
    out, pos = [], 0
    while pos < len(line):
        if in_comment:
            end = line.find(COMMENT_CLOSE, pos)
            stop = len(line) if end < 0 else end + len(COMMENT_CLOSE)
            out.append(" " * (stop - pos))
            pos, in_comment = stop, end < 0
        else:
            start = line.find(COMMENT_OPEN, pos)
            if start < 0:
                out.append(line[pos:])
                break
            out.append(line[pos:start])
            pos, in_comment = start, True
    return "".join(out), in_comment


def _blank_block_markup(line: str) -> tuple[str, str | None]:
    heading = HEADING.match(line)
    if heading:
        text = line[heading.end():].rstrip()
        text = re.sub(r"\s#+\s*$", lambda m: " " * len(m.group()), text)
        return " " * heading.end() + text, "heading"
    item = ITEM.match(line)
    if item:
        return " " * item.end() + line[item.end():], "item"
    if line.lstrip().startswith("|"):
        return line.replace("|", " "), "row"
    return line, None


def _blank_inline(line: str) -> str:
    # a link's or image's text stays where it stands: `[`, `![` and `](url)` become spaces
    if "[" in line:
        line = LINK.sub(lambda m: " " * (m.start(1) - m.start()) + m.group(1) + " " * (m.end() - m.end(1)), line)
    # (most lines hold no markup; the pattern opens with lookbehinds, so the engine would
    # try it at every character)
    if "*" in line or "_" in line or "`" in line or "~" in line:
        line = INLINE_MARKUP.sub(lambda m: " " * len(m.group()), line)
    return line.rstrip("\r")
