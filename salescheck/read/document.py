"""The document every later stage works on: lintable text plus a map back to the file.

Readers never delete characters from a line they keep: what is skipped (front matter,
markup, quoted replies, signatures) is blanked with spaces, so a column in the lintable
text is a column in the original line.  Each lintable line records where it came from,
which is how findings point into the file whatever was stripped.  A line decoded from an
email (quoted-printable joined over soft line breaks, HTML with its tags and entities
gone) comes from several places, so it records one anchor per piece.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

KINDS = ("email", "call-plan", "call-notes", "proposal")

LINE_BREAK = re.compile(r"\r\n|\r|\n")
OTHER_BREAKS = str.maketrans({c: " " for c in "\v\f\x1c\x1d\x1e\x85\u2028\u2029"})

# (column in the lintable line, 1-based original line, 0-based original column): the
# lintable line from that column on reads the original from that place on, until the
# next anchor.  A line's anchors are sorted by column; the first is at column 0.
Anchor = tuple[int, int, int]


def source_lines(source: str) -> list[str]:
    """The file's lines as an editor numbers them.  str.splitlines() also breaks at form
    feeds, vertical tabs (Word's manual line break) and U+2028, which would shift every
    line number after one; here they read as spaces, one character for one."""
    if any(chr(code) in source for code in OTHER_BREAKS):  # rare: a test is cheaper than translating
        source = source.translate(OTHER_BREAKS)
    lines = LINE_BREAK.split(source)
    if lines[-1] == "":
        lines.pop()
    return lines


def same_line(number: int) -> tuple[Anchor, ...]:
    """The origin of a line kept as it stands in the file (blanking keeps columns)."""
    return ((0, number, 0),)


def locate(anchors: tuple[Anchor, ...], column: int) -> tuple[int, int]:
    """(1-based original line, 0-based original column) of a column of a lintable line."""
    index = max(0, bisect.bisect_right([a[0] for a in anchors], column) - 1)
    start, line, original_column = anchors[index]
    return line, original_column + column - start


@dataclass(frozen=True)
class Directive:
    """A suppression comment found in the document (`salescheck: disable-next-line SC101`)."""

    line: int  # 1-based line in the original file
    action: str  # disable, enable, disable-line, disable-next-line, disable-file
    rules: tuple[str, ...]  # empty means every rule


@dataclass(frozen=True)
class Block:
    """A run of lintable lines that reads as one unit: a heading, list item, table row,
    log line, label line or prose paragraph.  Sentences never cross a block boundary."""

    first: int  # 0-based index into Document.lines
    last: int
    role: str  # heading, item, row, para


@dataclass
class Document:
    path: str
    source: str
    lines: list[str]  # lintable lines, skipped parts blanked
    origins: list[tuple[Anchor, ...]]  # per lintable line: where its pieces stand in the file
    blocks: list[Block]
    kind: str | None = None
    date: dt.date | None = None
    meta: dict = field(default_factory=dict)
    directives: list[Directive] = field(default_factory=list)
    cells: dict[int, tuple[str, ...]] = field(default_factory=dict)  # table rows: line index -> cell texts

    def __post_init__(self) -> None:
        self.text = "\n".join(self.lines)
        self._line_starts = []
        offset = 0
        for line in self.lines:
            self._line_starts.append(offset)
            offset += len(line) + 1

    def line_index(self, offset: int) -> int:
        return bisect.bisect_right(self._line_starts, offset) - 1

    def line_start(self, index: int) -> int:
        return self._line_starts[index]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the original file of a lintable-text offset."""
        index = max(0, self.line_index(offset))
        line, column = locate(self.origins[index], offset - self._line_starts[index])
        return line, column + 1

    def word_count(self) -> int:
        return len(self.text.split())


class ReadError(Exception):
    """A file that cannot be read as a document; carries the line at fault when known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line
