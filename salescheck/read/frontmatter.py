"""YAML front matter (`kind`, `author`, `date`) at the top of Markdown and text files."""

from __future__ import annotations

import datetime as dt
import re

import yaml

from ..yamlfile import SAFE_LOADER
from .document import KINDS, ReadError


def split_front_matter(lines: list[str]) -> tuple[dict, int]:
    """Parse front matter; return its mapping and how many lines it takes (0 if none)."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise ReadError("front matter opened with '---' is never closed", line=1)
    try:
        meta = _load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as error:
        meta = _flat(lines[1:end])
        if meta is None:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 2 if mark else 1
            raise ReadError(f"front matter is not valid YAML: {getattr(error, 'problem', error)}", line)
    except ValueError as error:  # a value YAML reads as a date but is none: "date: 2026-13-45"
        raise ReadError(f"front matter holds an impossible date: {error}", line=2)
    if not isinstance(meta, dict):
        raise ReadError("front matter must be a mapping of keys to values", line=2)
    return _checked(meta, lines[1:end]), end + 1


def _load(source: str):
    """Safe loading with libyaml where PyYAML has it (a fraction of the time); what it
    refuses is loaded again by PyYAML's own safe loader, whose messages and lines are the
    ones users see (libyaml words them otherwise, and sometimes names another line)."""
    try:
        return yaml.load(source, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        return yaml.safe_load(source)


FLAT_LINE = re.compile(r"([A-Za-z_][\w-]*):[ \t]+([^\s\[\]{}&*!|>'\"%@`#].*?)\s*")  # a plain value, not YAML syntax


def _flat(lines: list[str]) -> dict | None:
    """Front matter of plain `key: value` lines that YAML refuses only for a colon in a
    value ("subject: Re: QA automation proposal"): read as written, values as text.
    None when it is not that simple."""
    meta = {}
    for line in lines:
        if not line.strip():
            continue
        match = FLAT_LINE.fullmatch(line)
        if match is None or match.group(1) in meta:
            return None
        meta[match.group(1)] = match.group(2)
    return meta


def _checked(meta: dict, lines: list[str]) -> dict:
    def line_of(key: str) -> int:
        return next((i + 2 for i, line in enumerate(lines) if line.startswith(f"{key}:")), 2)

    kind = meta.get("kind")
    if kind is not None and kind not in KINDS:
        raise ReadError(f"front matter kind {kind!r} is not one of {', '.join(KINDS)}", line_of("kind"))
    date = meta.get("date")
    if isinstance(date, dt.datetime):
        meta["date"] = date.date()
    elif isinstance(date, str):
        try:
            meta["date"] = dt.datetime.fromisoformat(date.strip()).date()  # a time may follow
        except ValueError:
            raise ReadError(f"front matter date {date!r} is not a YYYY-MM-DD date", line_of("date"))
    elif date is not None and not isinstance(date, dt.date):
        raise ReadError("front matter date must be a YYYY-MM-DD date", line_of("date"))
    return meta
