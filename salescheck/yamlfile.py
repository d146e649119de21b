"""YAML files that users write (rules, config): loaded with safe_load, with line numbers
kept so every complaint names the file and line at fault."""

from __future__ import annotations

from pathlib import Path

import yaml

# libyaml's safe loader when PyYAML was built with it: same safety, a fraction of the time
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(SAFE_LOADER):
    """Safe loading that refuses a key written twice in one mapping: YAML would keep the
    last one silently, so a second `rules:` block would undo the first."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"{key_node.value!r} is written twice in one mapping", key_node.start_mark)
                seen.add(key_node.value)
        return super().construct_mapping(node, deep)


class FileError(Exception):
    """A rule or config file is wrong; the CLI prints `path:line: message` and exits 2."""

    def __init__(self, path, line: int | None, message: str):
        super().__init__(message)
        self.path, self.line, self.message = str(path), line, message

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class YamlFile:
    """The data of one YAML file plus `line(*keys)`: where a key or list item stands."""

    def __init__(self, path, text: str | None = None):
        self.path = Path(path)
        try:
            self.text = self.path.read_text(encoding="utf-8") if text is None else text
        except (OSError, UnicodeDecodeError) as error:
            raise FileError(path, None, f"cannot read: {error}")
        self._root = None
        try:
            self.data = yaml.load(self.text, Loader=_Loader)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            problem = getattr(error, "problem", None) or str(error)
            raise FileError(path, mark.line + 1 if mark else None, f"invalid YAML: {problem}")
        except ValueError as error:  # "2026-13-45" looks like a date to YAML, then is none
            raise FileError(path, None, f"invalid YAML: an impossible date ({error})")

    def line(self, *keys) -> int:
        """1-based line of the value at keys (falls back to the nearest parent found; with
        no keys, where the document starts)."""
        if self._root is None:  # line numbers are only wanted for an error: compose then
            self._root = yaml.compose(self.text, Loader=SAFE_LOADER)
        node = self._root
        line = node.start_mark.line + 1 if node is not None else 1
        for key in keys:
            if node is None:
                break
            line = node.start_mark.line + 1
            child = None
            if isinstance(node, yaml.MappingNode):
                for key_node, value_node in node.value:
                    if key_node.value == str(key):
                        line, child = key_node.start_mark.line + 1, value_node
                        break
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                child = node.value[key]
                line = child.start_mark.line + 1
            node = child
        return line

    def error(self, message: str, *keys) -> FileError:
        return FileError(self.path, self.line(*keys), message)
