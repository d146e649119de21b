"""A rule: one YAML file holding everything about it — code, name, category, severity,
the kinds it applies to, message, suggestion, why, examples, and the check it configures."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import string
from dataclasses import dataclass, field
from pathlib import Path

from ..finding import CATEGORIES, SEVERITIES
from ..read import KINDS
from ..yamlfile import YamlFile
from .kinds import CHECK_KINDS, Check
from .options import compile_regexes

CODE = re.compile(r"^[A-Z]{2,5}\d{3}$")
NAME = re.compile(r"^[a-z][a-z0-9]*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$")
REQUIRED = ("id", "name", "category", "severity", "message", "why", "examples", "check")
OPTIONAL = ("kinds", "suggestion", "applies_if", "enabled")
EXAMPLE_KEYS = {"text", "kind", "today", "filename"}


@dataclass(frozen=True)
class Example:
    text: str
    kind: str | None = None
    today: dt.date | None = None
    filename: str = "example.txt"
    line: int = 0  # where the example stands in the rule file


@dataclass
class Rule:
    code: str
    name: str
    category: str
    severity: str
    kinds: tuple[str, ...]
    message: str
    suggestion: str | None
    why: str
    bad: list[Example]
    good: list[Example]
    check: Check
    path: Path
    applies_if: re.Pattern | None = None
    enabled: bool = True
    check_kind: str = ""
    options: dict = field(default_factory=dict)
    digest: str = ""  # of the rule file's text: part of the result cache's key

    def applies_to(self, document) -> bool:
        if document.kind is not None and document.kind not in self.kinds:
            return False
        if document.kind is None and len(self.kinds) < len(KINDS):
            return False  # a rule for some kinds only says nothing about an unknown kind
        return self.applies_if is None or bool(self.applies_if.search(document.text))


def load_rule(path: Path) -> Rule:
    source = YamlFile(path)
    data = source.data
    if not isinstance(data, dict):
        raise source.error("a rule file must be a mapping (id, name, category, …)")
    for key in data:
        if key not in REQUIRED + OPTIONAL:
            raise source.error(f"unknown key {key!r} (allowed: {', '.join(REQUIRED + OPTIONAL)})", key)
    for key in REQUIRED:
        if key not in data:
            raise source.error(f"missing required key {key!r}")
    for key in ("id", "name", "category", "severity", "message", "why"):
        if not isinstance(data[key], str) or not data[key].strip():
            raise source.error(f"{key!r} must be a non-empty string", key)
    if not CODE.match(data["id"]):
        raise source.error(f"id {data['id']!r} must look like SC101 (letters then three digits)", "id")
    if not NAME.match(data["name"]):
        raise source.error(f"name {data['name']!r} must look like commitment.no-date", "name")
    if data["category"] not in CATEGORIES:
        raise source.error(f"category {data['category']!r} is not one of {', '.join(CATEGORIES)}", "category")
    if data["severity"] not in SEVERITIES:
        raise source.error(f"severity {data['severity']!r} is not one of {', '.join(SEVERITIES)}", "severity")
    kinds = data.get("kinds", list(KINDS))
    if not isinstance(kinds, list) or not kinds or any(k not in KINDS for k in kinds):
        raise source.error(f"kinds must be a list drawn from {', '.join(KINDS)}", "kinds")
    suggestion = data.get("suggestion")
    if suggestion is not None and not isinstance(suggestion, str):
        raise source.error("suggestion must be a string or null", "suggestion")
    enabled = data.get("enabled", True)
    if not isinstance(enabled, bool):
        raise source.error("enabled must be true or false", "enabled")
    applies_if = None
    if "applies_if" in data:
        if not isinstance(data["applies_if"], str):
            raise source.error("applies_if must be a regular expression string", "applies_if")
        applies_if = compile_regexes("applies_if", [data["applies_if"]], source, ())[0]
    check = _check(source, data["check"])
    for key in ("message", "suggestion"):
        if data.get(key):
            _check_template(source, key, data[key], check)
    bad, good = _examples(source, data["examples"])
    return Rule(
        code=data["id"], name=data["name"], category=data["category"], severity=data["severity"],
        kinds=tuple(kinds), message=data["message"].strip(), suggestion=suggestion.strip() if suggestion else None,
        why=data["why"].strip(), bad=bad, good=good, check=check, path=path, applies_if=applies_if,
        enabled=enabled, check_kind=data["check"]["kind"],
        options={k: v for k, v in data["check"].items() if k != "kind"},
        digest=hashlib.sha256(source.text.encode("utf-8")).hexdigest(),
    )


def _check(source: YamlFile, spec) -> Check:
    if not isinstance(spec, dict) or "kind" not in spec:
        raise source.error(f"check must be a mapping with a kind ({', '.join(CHECK_KINDS)})", "check")
    kind = CHECK_KINDS.get(spec["kind"])
    if kind is None:
        raise source.error(f"unknown check kind {spec['kind']!r} (kinds: {', '.join(CHECK_KINDS)})", "check", "kind")
    from .options import read_options

    settings = read_options(kind.options, {k: v for k, v in spec.items() if k != "kind"}, source, ("check",))
    return kind(settings, source, ("check",))


def _check_template(source: YamlFile, key: str, template: str, check: Check) -> None:
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as error:
        raise source.error(f"{key} is not a valid template: {error}", key)
    for name in names:
        if name not in check.fields:
            raise source.error(f"{key} uses {{{name}}}, which a {check.kind} check does not provide "
                               f"(available: {', '.join('{' + f + '}' for f in check.fields)})", key)


def _examples(source: YamlFile, examples) -> tuple[list[Example], list[Example]]:
    if not isinstance(examples, dict) or set(examples) - {"bad", "good"}:
        raise source.error("examples must be a mapping with 'bad' and 'good' lists", "examples")
    result = []
    for side in ("bad", "good"):
        items = examples.get(side)
        if not isinstance(items, list) or not items:
            raise source.error(f"examples.{side} must be a non-empty list: every rule shows text it flags "
                               f"and text it leaves alone", "examples", *((side,) if side in examples else ()))
        result.append([_example(source, item, ("examples", side, i)) for i, item in enumerate(items)])
    return result[0], result[1]


def _example(source: YamlFile, item, where) -> Example:
    line = source.line(*where)
    if isinstance(item, str):
        return Example(item, line=line)
    if not isinstance(item, dict) or "text" not in item or set(item) - EXAMPLE_KEYS:
        raise source.error(f"an example is a string or a mapping with {', '.join(sorted(EXAMPLE_KEYS))}", *where)
    kind = item.get("kind")
    if kind is not None and kind not in KINDS:
        raise source.error(f"example kind {kind!r} is not one of {', '.join(KINDS)}", *where, "kind")
    today = item.get("today")
    if today is not None and not isinstance(today, dt.date):
        raise source.error("example today must be a YYYY-MM-DD date", *where, "today")
    return Example(str(item["text"]), kind, today, str(item.get("filename", "example.txt")), line)
