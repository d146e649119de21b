"""RFC 822 email (.eml): headers give the date and subject, the body is the text/plain
part (or the HTML one), with quoted replies, forwarded threads and signatures skipped.

Parts are located in the source ourselves, because the stdlib parser forgets where
things were and findings must point at the line in the .eml file."""

from __future__ import annotations

import base64
import binascii
import codecs
import email.utils
import functools
import html
import re
from email.parser import HeaderParser
from email.policy import EmailPolicy
from html.parser import HTMLParser

from .directives import take_directive
from .document import Document, ReadError, locate, same_line, source_lines
from .layout import find_blocks, pipe_rows
from .quoting import hidden_lines

HEADER_LINE = re.compile(r"^[\w-]+:")


# the headers read more than once, whose values repeat from email to email
REMEMBERED = frozenset({"content-type", "content-transfer-encoding", "content-disposition"})


class _Policy(EmailPolicy):
    """Python's default email policy, remembering the MIME headers it has parsed. The
    stdlib parses a header each time it is read (a part's Content-Type three times: for
    its type, its charset and its boundary), and a parsed header depends only on its
    name and value, which repeat from email to email ("text/plain; charset=utf-8").
    Only those: a parsed header keeps its parse tree, and a Subject or a Date, read once
    and unlike any other, would only fill memory for the garbage collector to walk."""

    def header_fetch_parse(self, name, value):
        if type(value) is str and name.lower() in REMEMBERED:
            return _parsed(name, value)
        return super().header_fetch_parse(name, value)


@functools.lru_cache(maxsize=256)
def _parsed(name: str, value: str):
    return EmailPolicy.header_fetch_parse(POLICY, name, value)


POLICY = _Policy()


def read_email(path: str, source: str) -> Document:
    raw = source_lines(source)
    if not raw or not HEADER_LINE.match(raw[0]):
        raise ReadError("not an email: the first line is not a header such as 'From:'", line=1)
    headers, body_start = _headers(raw, 0, len(raw))
    part = _text_part(raw, headers, body_start, len(raw))
    if part is None:
        raise ReadError("email has no text/plain or text/html part to lint", line=1)
    lines, origins, _ = part
    directives = []
    for i, line in enumerate(lines):
        lines[i], directive = take_directive(line, locate(origins[i], 0)[0])
        if directive:
            directives.append(directive)
    for i in hidden_lines(lines):
        lines[i] = " " * len(lines[i])
    subject = str(headers.get("Subject", "") or "")
    cells = pipe_rows(lines)  # a table typed with pipes into the message
    return Document(
        path=path, source=source, lines=lines, origins=origins, blocks=find_blocks(lines, {i: "row" for i in cells}),
        kind="email", date=_date(headers, raw), meta={"subject": subject}, directives=directives, cells=cells,
    )


def _headers(raw: list[str], start: int, end: int):
    stop = next((i for i in range(start, end) if not raw[i].strip()), end)
    headers = HeaderParser(policy=POLICY).parsestr("\n".join(raw[start:stop]) + "\n\n")
    return headers, min(stop + 1, end)


def _date(headers, raw: list[str]):
    value = headers.get("Date")
    if value is None:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value)).date()
    except (TypeError, ValueError):
        line = next(i + 1 for i, text in enumerate(raw) if text.lower().startswith("date:"))
        raise ReadError(f"Date header {str(value)!r} is not an RFC 822 date", line)


def _text_part(raw, headers, start, end):
    """(lines, origins) of the best text part between raw[start:end], plain before HTML."""
    ctype = headers.get_content_type()
    if ctype.startswith("multipart/"):
        boundary = headers.get_param("boundary")
        if not boundary:
            raise ReadError("multipart email without a boundary parameter", line=1)
        found = {}
        for first, last in _part_ranges(raw, start, end, boundary):
            sub_headers, sub_body = _headers(raw, first, last)
            sub = _text_part(raw, sub_headers, sub_body, last)
            if sub is not None:
                found.setdefault(sub[2], sub)
        best = found.get("text/plain") or found.get("text/html")
        return best
    if ctype not in ("text/plain", "text/html"):
        return None
    if headers.get_content_disposition() == "attachment":
        return None
    lines, origins = _decode(raw, start, end, str(headers.get("Content-Transfer-Encoding", "7bit")),
                             headers.get_content_charset() or "utf-8")
    if ctype == "text/html":
        lines, origins = _html_text(lines, origins)
    return lines, origins, ctype


def _part_ranges(raw, start, end, boundary):
    marker, closing = "--" + boundary, "--" + boundary + "--"
    cuts = [i for i in range(start, end) if raw[i].rstrip() in (marker, closing)]
    if cuts and raw[cuts[-1]].rstrip() == marker:
        cuts.append(end)  # the closing boundary is missing: the last part runs to the end
    for first, nxt in zip(cuts, cuts[1:]):
        if raw[first].rstrip() == marker:
            yield first + 1, nxt


def _decode(raw, start, end, encoding, charset):
    encoding = encoding.strip().lower()
    charset = _codec(charset)
    if encoding == "quoted-printable":
        return _decode_quoted_printable(raw, start, end, charset)
    if encoding == "base64":
        try:
            data = base64.b64decode("".join(raw[start:end]), validate=False)
        except (binascii.Error, ValueError):
            raise ReadError("base64 body cannot be decoded", line=start + 1)
        # decoded lines cannot be traced to source lines: point at the part's first line
        lines = data.decode(charset, errors="replace").splitlines()
        return lines, [same_line(start + 1)] * len(lines)
    return list(raw[start:end]), [same_line(i + 1) for i in range(start, end)]


def _codec(charset: str) -> str:
    """A charset Python knows; mail clients invent names, and UTF-8 is the best guess."""
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return "utf-8"


QP_ESCAPE = re.compile(r"=([0-9A-Fa-f]{2})")


def _decode_quoted_printable(raw, start, end, charset):
    """Logical lines (joined over `=` soft line breaks, `=XX` escapes decoded), each with
    an anchor per piece, so a column of the joined line points at its physical line."""
    lines, origins = [], []
    text, anchors, first = "", [], None
    pending, pending_at = bytearray(), (0, 0)  # escaped bytes of characters not yet decoded

    def add(piece: str, line: int, column: int) -> None:
        nonlocal text
        if piece:
            anchors.append((len(text), line, column))
            text += piece

    def flush() -> None:
        if pending:
            decoded = bytes(pending).decode(charset, errors="replace")
            add(decoded.replace("\r", " ").replace("\n", " "), *pending_at)
            pending.clear()

    for i in range(start, end):
        physical = raw[i].rstrip(" \t")  # trailing whitespace is transport padding
        soft = physical.endswith("=")
        if soft:
            physical = physical[:-1]
        first = first or i + 1
        position = 0
        for match in QP_ESCAPE.finditer(physical):
            if match.start() > position:
                flush()
                add(physical[position:match.start()], i + 1, position)
            if not pending:
                pending_at = (i + 1, match.start())
            pending.append(int(match.group(1), 16))
            position = match.end()
        if position < len(physical):
            flush()
            add(physical[position:], i + 1, position)
        if not soft:
            flush()
            lines.append(text)
            origins.append(tuple(anchors) or same_line(first))
            text, anchors, first = "", [], None
    flush()
    if first is not None:
        lines.append(text)
        origins.append(tuple(anchors) or same_line(first))
    return lines, origins


class _HtmlText(HTMLParser):
    """The text of an HTML body, one line per block element, whitespace collapsed as a
    browser would; each line keeps an anchor per run of text at its (line, column) in
    the HTML, which tags, entities and collapsed whitespace would otherwise lose."""

    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"}
    SKIP = {"style", "script", "head", "title", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.lines: list[tuple[str, list[tuple[int, int, int, int]]]] = []
        self.text = ""
        self.runs: list[tuple[int, int, int, int]] = []  # (column, length, html line, html column)
        self.skip_tag: str | None = None  # the element being skipped (quote, signature)
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if self.skip_tag:
            self.skip_depth += tag == self.skip_tag
            return
        classes = dict(attrs).get("class") or ""
        if tag in self.SKIP or "gmail_quote" in classes or "signature" in classes:
            self.flush()
            self.skip_tag, self.skip_depth = tag, 1
        elif tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if self.skip_tag:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if not self.skip_depth:
                    self.skip_tag = None
            return
        if tag in self.BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.skip_tag:
            return
        line, column = self.getpos()
        for match in re.finditer(r"\S+|\s+", data):
            piece = match.group()
            if piece.isspace():
                if self.text and not self.text.endswith(" "):
                    self.text += " "
            else:
                self.runs.append((len(self.text), len(piece), line, column))
                self.text += piece
            newlines = piece.count("\n")
            line += newlines
            column = len(piece) - piece.rfind("\n") - 1 if newlines else column + len(piece)

    def handle_entityref(self, name):
        self._reference(f"&{name};")

    def handle_charref(self, name):
        self._reference(f"&#{name};")

    def _reference(self, written: str):
        if self.skip_tag:
            return
        char = html.unescape(written)
        if char.isspace():  # &nbsp; and friends
            if self.text and not self.text.endswith(" "):
                self.text += " "
            return
        line, column = self.getpos()
        self.runs.append((len(self.text), len(char), line, column))
        self.text += char

    def flush(self):
        text = self.text.rstrip()
        if text:
            self.lines.append((text, self.runs))
        self.text, self.runs = "", []


def _html_text(lines, origins):
    parser = _HtmlText()
    parser.feed("\n".join(lines))
    parser.close()
    parser.flush()
    out, where = [], []
    for text, runs in parser.lines:
        anchors = []
        for column, length, line, html_column in runs:
            decoded = origins[min(line - 1, len(origins) - 1)]
            # the run may itself span pieces of a decoded line (soft breaks, escapes)
            anchors.append((column, *locate(decoded, html_column)))
            anchors.extend((column + a - html_column, source_line, source_column)
                           for a, source_line, source_column in decoded if html_column < a < html_column + length)
        out.extend([text, ""])
        where.extend([_compact(anchors), same_line(anchors[0][1])])
    return out, where


def _compact(anchors) -> tuple:
    """Drop anchors the one before already implies (text that runs on in the source)."""
    kept = []
    for anchor in anchors:
        if kept:
            column, line, source_column = kept[-1]
            if anchor[1] == line and anchor[2] - source_column == anchor[0] - column:
                continue
        kept.append(anchor)
    return tuple(kept)
