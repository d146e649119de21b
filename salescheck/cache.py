"""Results cached in `.salescheck_cache/`, keyed on everything that decides a file's
findings: its path and text, the rules and their settings, the config that applies,
the anchor date, and the salescheck and model versions.

Each entry is one JSON file written to a temporary name and renamed into place, so two
runs writing at once never leave half a file; an entry that cannot be read is a miss,
and deleting the folder only costs a re-parse."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

FOLDER = ".salescheck_cache"
FORMAT = "1"


def code_fingerprint() -> str:
    """salescheck's own code as it is on disk, so that an edited checkout (or a reinstall
    without a version bump) never gets results computed by other code."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.hexdigest()


def cache_key(*parts) -> str:
    digest = hashlib.sha256(FORMAT.encode())
    for part in parts:
        digest.update(b"\0" + repr(part).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class ResultCache:
    def __init__(self, root: Path):
        self.folder = Path(root) / FOLDER

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key[2:]}.json"

    def get(self, key: str) -> dict | None:
        try:
            value = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return None
        return value if isinstance(value, dict) else None

    def put(self, key: str, value: dict) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# created by salescheck\n*\n")
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(value, stream)
            os.replace(temporary, path)
        except OSError:
            pass  # a read-only checkout still lints; it just does not remember
