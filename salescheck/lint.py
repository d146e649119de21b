"""The core: texts and config in, findings out (read → parse → check → decide).

The CLI, the pre-commit hook, `check-rules` and the tests all go through `Linter`;
`lint_text` is the one-call form for a single text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .cache import ResultCache, cache_key, code_fingerprint
from .check import check_document, load_rules
from .decide import ConfigFinder, configure_rules, known_refs, select_rules, suppressed, unknown_refs
from .decide.config import Config
from .decide.select import without_repeats
from .finding import CATEGORIES, Finding
from .parallel import default_jobs, map_batches
from .parse.model import load_model, model_name, model_version
from .read import ReadError
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
    cached: int = 0  # documents whose findings came from the cache
    parsed: int = 0  # documents that went through spaCy


@dataclass
class _Job:
    source: Source
    config: Config
    rules: list
    key: str | None = None
    findings: list = field(default_factory=list)
    notices: list = field(default_factory=list)
    counted: bool = False  # a document was read (not skipped)


class Linter:
    def __init__(self, *, today: dt.date | None = None, kind: str | None = None, select=(), ignore=(),
                 rule_folders=(), config_file: Path | None = None, model: str | None = None,
                 config: Config | None = None, builtin: bool = True, rules: list | None = None,
                 cache: ResultCache | None = None, jobs: int | None = None, full_parse: bool = False):
        self.today = today or dt.date.today()
        self.kind, self.select, self.ignore = kind, tuple(select), tuple(ignore)
        self.rule_folders = tuple(Path(f).resolve() for f in rule_folders)
        self.model = model
        self.builtin = builtin
        self.finder = ConfigFinder(config_file)
        self.fixed_config = config
        self.fixed_rules = rules
        self.cache = cache
        self.jobs = jobs or default_jobs()
        self.full_parse = full_parse
        self._rule_sets: dict[tuple, list] = {}
        self._models: dict[str | None, tuple[str, str]] = {}
        self._code = code_fingerprint() if cache is not None else ""

    def config_for(self, location: Path | None) -> Config:
        if self.fixed_config is not None:
            return self.fixed_config
        return self.finder.for_path(location or Path.cwd())

    def rules_for(self, config: Config) -> list:
        """The rules that run under `config`, after its switches and the selections."""
        return self._rule_set(config)[0]

    def known_for(self, config: Config) -> set[str]:
        """Every code, name and category that exists under `config`, switched on or not."""
        return self._rule_set(config)[1]

    def _rule_set(self, config: Config) -> tuple[list, set[str]]:
        if self.fixed_rules is not None:
            return self.fixed_rules, known_refs(self.fixed_rules) | set(CATEGORIES)
        key = (config.rule_folders, tuple(config.rules.items()), config.select, config.ignore)
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
            self._rule_sets[key] = (rules, known)
        return self._rule_sets[key]

    def lint(self, sources: list[Source]) -> Result:
        jobs = [self._job(source) for source in sources]
        misses = []
        for job in jobs:
            stored = self.cache.get(job.key) if self.cache is not None else None
            if stored is not None:
                job.findings = [Finding(**f) for f in stored["findings"]]
                job.notices, job.counted = stored["notices"], stored["counted"]
            else:
                misses.append(job)
        parsed = self._run(misses)  # which also stores their results in the cache
        result = Result(cached=len(jobs) - len(misses), parsed=parsed)
        for job in jobs:
            result.findings.extend(job.findings)
            result.notices.extend(job.notices)
            result.documents += job.counted
        result.findings.sort(key=lambda f: (f.path, f.line, f.column, f.rule))
        return result

    def _job(self, source: Source) -> _Job:
        config = self.config_for(source.location)
        rules = self.rules_for(config)
        if source.location is not None:
            rules = select_rules(rules, (), config.ignored_for(source.location))
        job = _Job(source, config, rules)
        if self.cache is not None:
            name, version = self._model(config)
            job.key = cache_key(__version__, self._code, name, version, self.today, self.kind, self.full_parse,
                                config.kind_for(source.location) if source.location else None, config.date_order,
                                [(r.code, r.severity, r.digest) for r in rules], source.path, source.text)
        return job

    def _model(self, config: Config) -> tuple[str, str]:
        # keyed on what is configured: finding the installed pipeline looks on disk,
        # which would cost more than the cache lookup it is asked for on every file
        configured = self.model or _configured_model(config)
        if configured not in self._models:
            name = model_name(configured)
            self._models[configured] = (name, model_version(name))
        return self._models[configured]

    def _run(self, jobs: list[_Job]) -> int:
        """Read, parse and check the jobs not answered by the cache (in worker processes
        when there is enough text); how many documents were parsed."""
        parsed = 0
        by_model: dict[str, list[_Job]] = {}
        for job in jobs:
            by_model.setdefault(self._model(job.config)[0], []).append(job)
        for name, group in sorted(by_model.items()):
            items = []
            for job in group:
                config, source = job.config, job.source
                kind = self.kind or (config.kind_for(source.location) if source.location else None)
                day_first = None if not config.date_order else config.date_order == "day-first"
                items.append((source, kind, job.rules, self.known_for(config), day_first, job.key))
            load_model(name)  # before workers fork, so they share it
            results = map_batches(_Checker(name, self.today, self.full_parse, self.cache), items,
                                  [len(job.source.text.split()) for job in group], self.jobs)
            for job, (findings, notices, counted, was_parsed) in zip(group, results):
                job.findings, job.notices, job.counted = findings, notices, counted
                parsed += was_parsed
        return parsed


class _Checker:
    """Read, parse and check a batch of sources (in this process or a worker): for each,
    (findings, notices, whether a document was read, whether it was parsed). Each result
    goes into the cache from here, so that workers write their own entries at once."""

    def __init__(self, model: str, today: dt.date, full_parse: bool, cache: ResultCache | None = None):
        self.model, self.today, self.full_parse, self.cache = model, today, full_parse, cache

    def __call__(self, items: list) -> list[tuple]:
        results = self._check(items)
        if self.cache is not None:
            for (*_, key), (findings, notices, counted, _) in zip(items, results):
                self.cache.put(key, {"findings": [f.as_dict() for f in findings], "notices": notices, "counted": counted})
        return results

    def _check(self, items: list) -> list[tuple]:
        from .read import read_document  # the readers: only when something is not in the cache

        results: list = [None] * len(items)
        work = []
        for index, (source, kind, rules, known, day_first, _) in enumerate(items):
            try:
                document = read_document(source.path, source.text, kind)
            except ReadError as error:
                where = f"{source.path}:{error.line}" if error.line else source.path
                results[index] = ([], [f"{where}: skipped: {error}"], False, False)
                continue
            notices = [f"{source.path}:{line}: suppression names unknown rule {ref!r}"
                       for line, ref in unknown_refs(document.directives, known)]
            applicable = [r for r in rules if r.applies_to(document)]
            results[index] = ([], notices, True, bool(applicable))
            if applicable:
                work.append((index, document, applicable, day_first))
        if work:
            from .parse import parse_documents  # the language layer: only when something is parsed

            nlp = load_model(self.model)
            full = self.full_parse or any(r.check.needs_full_parse for _, _, rules, _ in work for r in rules)
            parsed = parse_documents([document for _, document, _, _ in work], nlp, self.today, full=full)
            for (index, document, rules, day_first), parsed_document in zip(work, parsed):
                parsed_document.day_first = day_first
                findings = [f for f in check_document(parsed_document, rules) if not suppressed(f, document.directives)]
                _, notices, counted, was_parsed = results[index]
                results[index] = (without_repeats(findings), notices, counted, was_parsed)
        return results


def _configured_model(config: Config) -> str | None:
    return None if config.model in (None, "auto") else config.model


def lint_text(text: str, path: str = "-", **options) -> list[Finding]:
    """Findings for one text; `options` are Linter's (today, kind, select, config, …)."""
    return Linter(**options).lint([Source(path, text)]).findings
