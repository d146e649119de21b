"""Stage 1, read: a file's bytes become a Document (lintable text, skipped regions
blanked, metadata, and a map back to original lines).

The readers (formats.py and what it uses) are imported on first use: a run answered
from the cache reads no document, and their patterns take a while to compile."""

from __future__ import annotations

from .document import KINDS, Block, Directive, Document, ReadError


def __getattr__(name: str):
    if name == "read_document":
        from .formats import read_document

        return read_document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["KINDS", "Block", "Directive", "Document", "ReadError", "read_document"]
