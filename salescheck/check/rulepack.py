"""Finding rule files: the built-in pack, then any team folders, later ones overriding
earlier rules that share a code."""

from __future__ import annotations

from pathlib import Path

from ..yamlfile import FileError
from .rule import Rule, load_rule


def builtin_rules_dir() -> Path:
    """`rules/` ships inside the wheel as salescheck/builtin_rules; in a source checkout
    (or an editable install) it is the repository's own rules/ folder."""
    package = Path(__file__).resolve().parent.parent
    shipped = package / "builtin_rules"
    return shipped if shipped.is_dir() else package.parent / "rules"


def load_rules(folders: list[Path], include_builtin: bool = True) -> list[Rule]:
    chosen: dict[str, Rule] = {}
    names: dict[str, str] = {}
    for folder in ([builtin_rules_dir()] if include_builtin else []) + list(folders):
        folder = Path(folder)
        if not folder.is_dir():
            raise FileError(folder, None, "rule folder does not exist")
        in_this_folder: dict[str, Path] = {}
        for path in sorted(folder.rglob("*.y*ml")):
            if path.suffix not in (".yaml", ".yml"):
                continue
            rule = load_rule(path)
            if rule.code in in_this_folder:
                raise FileError(path, 1, f"rule id {rule.code} is defined twice (also in {in_this_folder[rule.code]})")
            in_this_folder[rule.code] = path
            owner = names.get(rule.name)
            if owner is not None and owner != rule.code:
                raise FileError(path, 1, f"rule name {rule.name!r} is already used by {owner}")
            chosen[rule.code] = rule  # a later folder's rule replaces an earlier one with its id
            names[rule.name] = rule.code
    return sorted(chosen.values(), key=lambda r: r.code)
