"""Which reader a file takes: by its name, else by whether it starts with mail headers."""

from __future__ import annotations

import re
from pathlib import PurePath

from .document import Document
from .email import read_email
from .kinds import detect_kind
from .markdown import read_markdown
from .plaintext import read_text

# a saved email under another name: header lines up to the first blank, From: and Subject: among them
EMAIL_HEADERS = re.compile(r"^(?=(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?From:)(?=(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?Subject:)")
READERS = {".md": read_markdown, ".markdown": read_markdown, ".eml": read_email}


def read_document(path: str, source: str, kind: str | None = None) -> Document:
    """Read `source` (the file's text) as the format its name says. `kind` (from --kind or
    config) wins over front matter and headers, which win over content."""
    reader = READERS.get(PurePath(path).suffix.lower())
    if reader is None:
        reader = read_email if EMAIL_HEADERS.match(source) else read_text
    document = reader(path, source)
    document.kind = kind or document.kind or detect_kind(document.text)
    return document

