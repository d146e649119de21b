"""Stage 2, parse: Documents become ParsedDocuments — a spaCy Doc carrying salescheck's
time expressions, measures and commitments, plus the document's sections (parsed.py).

The names below are imported on first use: a run answered from the cache, or one that
only lists rules, never needs the language layer (whose patterns take a while to
compile) nor spaCy."""

from __future__ import annotations

import importlib

_HOMES = {
    "ParsedDocument": "parsed", "parse_documents": "parsed", "Section": "sections",
    "ModelMissing": "model", "load_model": "model", "model_name": "model", "model_version": "model",
}


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)


__all__ = sorted(_HOMES)
