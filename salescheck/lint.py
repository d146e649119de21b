"""The core: texts and config in, findings out (read → parse → check → decide).

The CLI, the pre-commit hook, `check-rules` and the tests all go through `Linter`;
`lint_text` is the one-call form for a single text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .check import check_document, load_rules
from .decide import ConfigFinder, configure_rules, known_refs, select_rules, suppressed, unknown_refs
from .decide.select import without_repeats
from .decide.config import Config
from .finding import CATEGORIES, Finding
from .parse import load_model, model_name, parse_documents
from .read import Document, ReadError, read_document
from .yamlfile import FileError


@dataclass(frozen=True)
class Source:
    """One text to lint: `path` is what findings show; `location` is where config and
    kind globs are looked up (None for stdin without --stdin-filename)."""

    path: str
    text: str
    location: Path | None = None


@dataclass
class Result:
    findings: list[Finding] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # skipped files, suspicious suppressions
    documents: int = 0


class Linter:
    def __init__(self, *, today: dt.date | None = None, kind: str | None = None, select=(), ignore=(),
                 rule_folders=(), config_file: Path | None = None, model: str | None = None,
                 config: Config | None = None, builtin: bool = True, rules: list | None = None):
        self.today = today or dt.date.today()
        self.kind, self.select, self.ignore = kind, tuple(select), tuple(ignore)
        self.rule_folders = tuple(Path(f).resolve() for f in rule_folders)
        self.model = model
        self.builtin = builtin
        self.finder = ConfigFinder(config_file)
        self.fixed_config = config
        self._rule_sets: dict[tuple, list] = {}
        self.fixed_rules = rules

    def config_for(self, location: Path | None) -> Config:
        if self.fixed_config is not None:
            return self.fixed_config
        return self.finder.for_path(location or Path.cwd())

    def rules_for(self, config: Config) -> list:
        if self.fixed_rules is not None:
            return self.fixed_rules
        key = (config.rule_folders, tuple(sorted(config.rules.items())), config.select, config.ignore)
        if key not in self._rule_sets:
            rules = load_rules(list(self.rule_folders) + list(config.rule_folders), include_builtin=self.builtin)
            known = known_refs(rules) | set(CATEGORIES)
            for ref, path, line in config._refs:
                if ref not in known:
                    raise FileError(path, line, f"unknown rule {ref!r} (use a code such as SC101, a name or a category)")
            for ref in self.select + self.ignore:
                if ref not in known:
                    raise FileError("--select/--ignore", None, f"unknown rule {ref!r}")
            rules = configure_rules(rules, config.rules)
            rules = select_rules(rules, self.select or config.select, self.ignore + config.ignore)
            self._rule_sets[key] = rules
        return self._rule_sets[key]

    def lint(self, sources: list[Source]) -> Result:
        result = Result()
        jobs: list[tuple[Document, Config, list]] = []
        for source in sources:
            config = self.config_for(source.location)
            rules = self.rules_for(config)
            kind = self.kind or (config.kind_for(source.location) if source.location else None)
            try:
                document = read_document(source.path, source.text, kind)
            except ReadError as error:
                where = f"{source.path}:{error.line}" if error.line else source.path
                result.notices.append(f"{where}: skipped: {error}")
                continue
            ignored = config.ignored_for(source.location) if source.location else ()
            jobs.append((document, config, [r for r in select_rules(rules, (), ignored) if r.applies_to(document)]))
            for line, ref in unknown_refs(document.directives, known_refs(rules) | set(CATEGORIES)):
                result.notices.append(f"{source.path}:{line}: suppression names unknown rule {ref!r}")
        result.documents = len(jobs)
        wanted = [job for job in jobs if job[2]]
        by_model: dict[str, list] = {}
        for job in wanted:
            by_model.setdefault(model_name(self.model or _configured_model(job[1])), []).append(job)
        for name, group in by_model.items():
            nlp = load_model(name)
            parsed = parse_documents([d for d, _, _ in group], nlp, self.today)
            for (document, config, rules), parsed_document in zip(group, parsed):
                if config.date_order:
                    parsed_document.day_first = config.date_order == "day-first"
                findings = check_document(parsed_document, rules)
                kept = [f for f in findings if not suppressed(f, document.directives)]
                result.findings.extend(without_repeats(kept))
        result.findings.sort(key=lambda f: (f.path, f.line, f.column, f.rule))
        return result


def _configured_model(config: Config) -> str | None:
    return None if config.model in (None, "auto") else config.model


def lint_text(text: str, path: str = "-", **options) -> list[Finding]:
    """Findings for one text; `options` are Linter's (today, kind, select, config, …)."""
    return Linter(**options).lint([Source(path, text)]).findings
