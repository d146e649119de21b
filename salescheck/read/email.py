"""RFC 822 email (.eml): headers give the date and subject, the body is the text/plain
part (or the HTML one), with quoted replies, forwarded threads and signatures skipped.

Parts are located in the source ourselves, because the stdlib parser forgets where
things were and findings must point at the line in the .eml file."""

from __future__ import annotations

import base64
import binascii
import email.utils
import html
import quopri
import re
from email.parser import HeaderParser
from email.policy import default as default_policy
from html.parser import HTMLParser

from .directives import take_directive
from .document import Document, ReadError
from .layout import find_blocks
from .quoting import hidden_lines

HEADER_LINE = re.compile(r"^[\w-]+:")


def read_email(path: str, source: str) -> Document:
    raw = source.splitlines()
    if not raw or not HEADER_LINE.match(raw[0]):
        raise ReadError("not an email: the first line is not a header such as 'From:'", line=1)
    headers, body_start = _headers(raw, 0, len(raw))
    part = _text_part(raw, headers, body_start, len(raw))
    if part is None:
        raise ReadError("email has no text/plain or text/html part to lint", line=1)
    lines, origins, _ = part
    directives = []
    for i, line in enumerate(lines):
        lines[i], directive = take_directive(line, origins[i][0])
        if directive:
            directives.append(directive)
    for i in hidden_lines(lines):
        lines[i] = " " * len(lines[i])
    subject = str(headers.get("Subject", "") or "")
    return Document(
        path=path, source=source, lines=lines, origins=origins, blocks=find_blocks(lines),
        kind="email", date=_date(headers, raw), meta={"subject": subject}, directives=directives,
    )


def _headers(raw: list[str], start: int, end: int):
    stop = next((i for i in range(start, end) if not raw[i].strip()), end)
    headers = HeaderParser(policy=default_policy).parsestr("\n".join(raw[start:stop]) + "\n\n")
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
    for first, nxt in zip(cuts, cuts[1:]):
        if raw[first].rstrip() == marker:
            yield first + 1, nxt


def _decode(raw, start, end, encoding, charset):
    encoding = encoding.strip().lower()
    if encoding == "quoted-printable":
        return _decode_quoted_printable(raw, start, end, charset)
    if encoding == "base64":
        try:
            data = base64.b64decode("".join(raw[start:end]), validate=False)
        except (binascii.Error, ValueError):
            raise ReadError("base64 body cannot be decoded", line=start + 1)
        # decoded lines cannot be traced to source lines: point at the part's first line
        lines = data.decode(charset, errors="replace").splitlines()
        return lines, [(start + 1, 0)] * len(lines)
    return list(raw[start:end]), [(i + 1, 0) for i in range(start, end)]


def _decode_quoted_printable(raw, start, end, charset):
    lines, origins, pending, origin = [], [], b"", None
    for i in range(start, end):
        text = raw[i]
        origin = origin or (i + 1, 0)
        if text.endswith("="):  # a soft line break: the logical line goes on
            pending += quopri.decodestring(text[:-1].encode("ascii", "replace"))
            continue
        pending += quopri.decodestring(text.encode("ascii", "replace"))
        lines.append(pending.decode(charset, errors="replace"))
        origins.append(origin)
        pending, origin = b"", None
    if pending:
        lines.append(pending.decode(charset, errors="replace"))
        origins.append(origin)
    return lines, origins


class _HtmlText(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"}
    SKIP = {"style", "script", "head", "title", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, tuple[int, int]]] = []
        self.current: list[str] = []
        self.origin: tuple[int, int] | None = None
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        classes = dict(attrs).get("class") or ""
        if tag in self.SKIP or "gmail_quote" in classes or "signature" in classes:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.skipping:
            return
        for k, piece in enumerate(data.split("\n")):
            if k:
                self.current.append(" ")
            if piece.strip() and self.origin is None:
                self.origin = self.getpos()
            self.current.append(piece)

    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text:
            self.lines.append((text, self.origin))
        self.current, self.origin = [], None


def _html_text(lines, origins):
    parser = _HtmlText()
    parser.feed("\n".join(lines))
    parser.close()
    parser.flush()
    out, where = [], []
    for text, (line, col) in parser.lines:
        base = origins[min(line - 1, len(origins) - 1)]
        out.extend([text, ""])
        where.extend([(base[0], base[1] + col), (base[0], 0)])
    # a decoded-entity line is approximate: columns stay within the source line
    return [html.unescape(t) for t in out], where
