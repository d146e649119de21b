"""Configuration: `.salescheck.yaml` (or `[tool.salescheck]` in pyproject.toml), found by
walking up from each linted file and merged from the farthest to the nearest; the
command line wins over all of them.  `root: true` stops the walk.

    rules:                 # per rule (code, name or category): on, off, or a severity
      SC102: off
      commitment.no-date: error
    select: [commitment]   # only these (codes, names or categories)
    ignore: [clarity]
    kinds: {"notes/**": call-notes}
    rule-folders: [team-rules]
    fail-on: warning
    exclude: ["archive/**"]
    per-file-ignores: {"legacy/*.md": [SC401]}
    model: auto
    date-order: day-first  # how to read 03/04 (day-first or month-first)
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..finding import CATEGORIES, SEVERITIES
from ..read import KINDS
from ..yamlfile import FileError, YamlFile

CONFIG_NAMES = (".salescheck.yaml", ".salescheck.yml")
RULE_STATES = ("on", "off") + SEVERITIES
KEYS = {
    "root": bool, "rules": dict, "select": list, "ignore": list, "kinds": dict, "rule-folders": list,
    "fail-on": str, "exclude": list, "per-file-ignores": dict, "model": str, "date-order": str,
}


@dataclass(frozen=True)
class Config:
    rules: dict = field(default_factory=dict)  # ref -> on/off/severity
    select: tuple = ()
    ignore: tuple = ()
    kinds: tuple = ()  # (glob, kind, base folder)
    rule_folders: tuple = ()
    fail_on: str = "warning"
    exclude: tuple = ()  # (glob, base folder)
    per_file_ignores: tuple = ()  # (glob, base folder, refs)
    model: str = "auto"
    date_order: str | None = None
    sources: tuple = ()  # the files merged into this config, farthest first

    def kind_for(self, path: Path) -> str | None:
        for pattern, kind, base in reversed(self.kinds):
            if _glob_match(path, pattern, base):
                return kind
        return None

    def excluded(self, path: Path) -> bool:
        return any(_glob_match(path, pattern, base) for pattern, base in self.exclude)

    def ignored_for(self, path: Path) -> tuple[str, ...]:
        return tuple(ref for pattern, base, refs in self.per_file_ignores
                     if _glob_match(path, pattern, base) for ref in refs)

    def referenced(self) -> list[tuple[str, Path, int]]:
        """Every rule reference in config, with where it was written (for validation)."""
        return list(self._refs)

    _refs: tuple = ()


def _glob_match(path: Path, pattern: str, base: Path) -> bool:
    try:
        relative = path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        relative = path.as_posix()
    if any(fnmatch.fnmatch(relative, variant) or fnmatch.fnmatch(path.name, variant)
           for variant in _zero_folder_variants(pattern)):
        return True
    # "notes/**" also matches files directly in notes/
    return pattern.endswith("/**") and (relative + "/").startswith(pattern[:-2])


def _zero_folder_variants(pattern: str) -> list[str]:
    """`**/` stands for any folders, none included: "**/*.eml" matches "a.eml" too."""
    head, sep, tail = pattern.partition("**/")
    if not sep:
        return [pattern]
    rests = _zero_folder_variants(tail)
    return [head + sep + rest for rest in rests] + [head + rest for rest in rests]


def read_config_file(path: Path) -> dict:
    """The settings one file holds, checked; rule references are checked later, against
    the rules that exist."""
    if path.name == "pyproject.toml":
        return _from_pyproject(path)
    source = YamlFile(path)
    data = source.data if source.data is not None else {}
    if not isinstance(data, dict):
        raise source.error("config must be a mapping of settings")
    return _checked(data, path, source.line)


def _from_pyproject(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text).get("tool", {}).get("salescheck", {})
    except tomllib.TOMLDecodeError as error:
        raise FileError(path, None, f"invalid TOML: {error}")

    def line(*keys) -> int:
        lines = text.splitlines()
        start = next((i for i, l in enumerate(lines) if l.strip().startswith("[tool.salescheck")), 0)
        named = [key for key in keys if isinstance(key, str)]  # list positions are not written
        key = named[-1] if named else ""
        return next((i + 1 for i in range(start, len(lines)) if key and lines[i].strip().startswith(key)), start + 1)

    return _checked(data, path, line)


def _checked(data: dict, path: Path, line) -> dict:
    def error(message, *keys):
        return FileError(path, line(*keys), message)

    for key, value in data.items():
        if key not in KEYS:
            raise error(f"unknown setting {key!r} (settings: {', '.join(KEYS)})", key)
        if not isinstance(value, KEYS[key]):
            raise error(f"{key!r} must be a {KEYS[key].__name__}", key)
    for key in ("select", "ignore", "rule-folders", "exclude"):
        for i, item in enumerate(data.get(key, [])):
            if not isinstance(item, str):
                raise error(f"each item of {key!r} must be a string", key, i)
    for ref, state in data.get("rules", {}).items():
        if isinstance(state, bool):
            state = "on" if state else "off"  # YAML reads a bare on/off as true/false
        if state not in RULE_STATES:
            raise error(f"rule {ref!r}: {state!r} is not one of {', '.join(RULE_STATES)}", "rules", ref)
        data["rules"][ref] = state
    for pattern, kind in data.get("kinds", {}).items():
        if kind not in KINDS:
            raise error(f"kinds: {kind!r} for {pattern!r} is not one of {', '.join(KINDS)}", "kinds", pattern)
    for pattern, refs in data.get("per-file-ignores", {}).items():
        if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
            raise error(f"per-file-ignores: {pattern!r} must map to a list of rules", "per-file-ignores", pattern)
    if data.get("fail-on", "warning") not in SEVERITIES:
        raise error(f"fail-on must be one of {', '.join(SEVERITIES)}", "fail-on")
    if data.get("date-order", "day-first") not in ("day-first", "month-first"):
        raise error("date-order must be day-first or month-first", "date-order")
    base = path.parent
    refs = [(r, path, line("rules", r)) for r in data.get("rules", {})]
    refs += [(r, path, line(key, i)) for key in ("select", "ignore") for i, r in enumerate(data.get(key, []))]
    refs += [(r, path, line("per-file-ignores", p, i))
             for p, rs in data.get("per-file-ignores", {}).items() for i, r in enumerate(rs)]
    folders = []
    for i, folder in enumerate(data.get("rule-folders", [])):
        resolved = (base / folder).resolve()
        if not resolved.is_dir():
            raise error(f"rule folder {folder!r} does not exist (relative to {base})", "rule-folders", i)
        folders.append(resolved)
    return {
        "root": data.get("root", False), "select": tuple(data.get("select", ())),
        # a category first, so that a code or name in the same file can make an exception to it
        "rules": dict(sorted(data.get("rules", {}).items(), key=lambda item: item[0] not in CATEGORIES)),
        "ignore": tuple(data.get("ignore", ())), "kinds": tuple((p, k, base) for p, k in data.get("kinds", {}).items()),
        "rule_folders": tuple(folders), "fail_on": data.get("fail-on"),
        "exclude": tuple((p, base) for p in data.get("exclude", ())),
        "per_file_ignores": tuple((p, base, tuple(r)) for p, r in data.get("per-file-ignores", {}).items()),
        "model": data.get("model"), "date_order": data.get("date-order"), "refs": tuple(refs),
    }


def merge(config: Config, layer: dict, source: Path) -> Config:
    """`layer` (a nearer file) on top of `config`."""
    return replace(
        config,
        # the nearer file's settings come last and so win, whatever they name
        rules={**{k: v for k, v in config.rules.items() if k not in layer["rules"]}, **layer["rules"]},
        select=layer["select"] or config.select,
        ignore=config.ignore + layer["ignore"],
        kinds=config.kinds + layer["kinds"],
        rule_folders=config.rule_folders + layer["rule_folders"],
        fail_on=layer["fail_on"] or config.fail_on,
        exclude=config.exclude + layer["exclude"],
        per_file_ignores=config.per_file_ignores + layer["per_file_ignores"],
        model=layer["model"] or config.model,
        date_order=layer["date_order"] or config.date_order,
        sources=config.sources + (source,),
        _refs=config._refs + layer["refs"],
    )


def _config_in(folder: Path) -> Path | None:
    for name in CONFIG_NAMES:
        if (folder / name).is_file():
            return folder / name
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file() and "[tool.salescheck" in pyproject.read_text(encoding="utf-8", errors="replace"):
        return pyproject
    return None


class ConfigFinder:
    """Config for any path, walking up from its folder; cached per folder."""

    def __init__(self, explicit: Path | None = None):
        self.explicit = explicit
        self._by_folder: dict[Path, Config] = {}
        self._by_path: dict[Path, Config] = {}  # the CLI asks about each file several times
        self._files: dict[Path, dict] = {}

    def for_path(self, path: Path) -> Config:
        if path not in self._by_path:
            folder = path if path.is_dir() else path.parent
            if folder not in self._by_folder:  # as given, then resolved: resolving walks the disk
                resolved = folder.resolve()
                if resolved not in self._by_folder:
                    self._by_folder[resolved] = self._build(resolved)
                self._by_folder[folder] = self._by_folder[resolved]
            self._by_path[path] = self._by_folder[folder]
        return self._by_path[path]

    def _build(self, folder: Path) -> Config:
        chain = []
        if self.explicit is not None:
            chain = [self.explicit.resolve()]
        else:
            for candidate in (folder, *folder.parents):
                found = _config_in(candidate)
                if found is not None:
                    chain.append(found)
                    if self._layer(found)["root"]:
                        break
        config = Config()
        for file in reversed(chain):
            config = merge(config, self._layer(file), file)
        return config

    def _layer(self, file: Path) -> dict:
        if file not in self._files:
            self._files[file] = read_config_file(file)
        return self._files[file]
