"""YAML files that users write (rules, config): loaded with safe_load, with line numbers
kept so every complaint names the file and line at fault."""

from __future__ import annotations

from pathlib import Path

import yaml


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
        try:
            self.data = yaml.safe_load(self.text)
            self._root = yaml.compose(self.text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            problem = getattr(error, "problem", None) or str(error)
            raise FileError(path, mark.line + 1 if mark else None, f"invalid YAML: {problem}")

    def line(self, *keys) -> int:
        """1-based line of the value at keys (falls back to the nearest parent found)."""
        node, line = self._root, 1
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
        return FileError(self.path, self.line(*keys) if keys else None, message)
