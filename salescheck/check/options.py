"""Declared options of a check kind, and checking a rule's `check:` mapping against them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..yamlfile import YamlFile

TYPE_NAMES = {str: "a string", int: "a whole number", bool: "true or false", list: "a list", dict: "a mapping"}


@dataclass(frozen=True)
class Option:
    type: type
    default: Any = None
    choices: tuple = ()
    items: type | None = None  # element type of a list
    doc: str = ""


def read_options(declared: dict[str, Option], given: dict, source: YamlFile, where: tuple) -> dict:
    """Validate `given` against `declared`; return every option with defaults filled in."""
    settings = {}
    for key in given:
        if key not in declared:
            known = ", ".join(sorted(declared)) or "none"
            raise source.error(f"unknown option {key!r} for this check (options: {known})", *where, key)
    for key, option in declared.items():
        value = given.get(key, option.default)
        if key in given:
            _check_value(key, value, option, source, where + (key,))
        settings[key] = value
    return settings


def _check_value(key: str, value, option: Option, source: YamlFile, where: tuple) -> None:
    if option.type is int and isinstance(value, bool) or not isinstance(value, option.type):
        raise source.error(f"option {key!r} must be {TYPE_NAMES[option.type]}, not {value!r}", *where)
    values = value if isinstance(value, list) else [value]
    if option.items is not None:
        for i, item in enumerate(values):
            if not isinstance(item, option.items):
                raise source.error(f"each item of {key!r} must be {TYPE_NAMES[option.items]}, not {item!r}", *where, i)
    if option.choices:
        for i, item in enumerate(values):
            if item not in option.choices:
                raise source.error(f"{key!r} value {item!r} is not one of {', '.join(map(str, option.choices))}",
                                   *where, *((i,) if isinstance(value, list) else ()))


def compile_regexes(key: str, patterns: list[str], source: YamlFile, where: tuple) -> list[re.Pattern]:
    compiled = []
    for i, pattern in enumerate(patterns):
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE))
        except re.error as error:
            raise source.error(f"invalid regular expression in {key!r}: {error}", *where, key, i)
    return compiled
