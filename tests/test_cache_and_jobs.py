"""The cache and worker processes change how fast, never what: output is byte-identical
with and without the cache and with one or two workers."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import salescheck.parallel
from salescheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [ROOT / "examples"] + sorted((ROOT / "benchmarks" / "corpus").glob("tune"))[:1]


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    for folder in SAMPLES:
        if folder.is_dir():
            shutil.copytree(folder, tmp_path / "docs" / folder.name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint(*args):
    result = CliRunner().invoke(main, ["lint", "docs", "--format", "json", "--today", "2026-03-02", *args])
    assert result.exit_code in (0, 1), result.output
    return result.stdout, result.stderr


def test_output_is_the_same_cold_warm_and_uncached(workspace):
    cold, cold_stats = lint("--stats")
    warm, warm_stats = lint("--stats")
    uncached, _ = lint("--no-cache")
    assert cold == warm == uncached
    assert " 0 from the cache" in cold_stats and " 0 parsed" in warm_stats


def test_only_a_changed_file_is_parsed_again(workspace):
    lint()
    note = workspace / "docs" / "examples" / "bad" / "draft-followup.txt"
    note.write_text(note.read_text() + "\nI'll send the contract soon.\n")
    _, stats = lint("--stats")
    assert "from the cache, 1 parsed" in stats


def test_a_cached_run_loads_neither_spacy_nor_the_language_layer(workspace):
    """What makes an unchanged re-run fast: answered from the cache, nothing is read or
    parsed, so neither spaCy nor salescheck's readers and language patterns are imported."""
    lint()
    probe = ("import sys; from salescheck.cli import main\n"
             "try: main(['lint', 'docs', '--format', 'json', '--today', '2026-03-02'])\n"
             "except SystemExit: pass\n"
             "loaded = [m for m in ('spacy', 'salescheck.parse.parsed', 'salescheck.read.formats') if m in sys.modules]\n"
             "sys.stderr.write('LOADED ' + ' '.join(loaded))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=workspace)
    assert result.stderr.strip().endswith("LOADED"), result.stderr[-500:]


def test_a_corrupted_cache_is_a_miss_not_a_crash(workspace):
    first, _ = lint()
    for entry in (workspace / ".salescheck_cache").rglob("*.json"):
        entry.write_text("{not json")
    again, stats = lint("--stats")
    assert again == first


def test_one_and_two_workers_agree(workspace, monkeypatch):
    monkeypatch.setattr(salescheck.parallel, "MIN_WORDS_PER_WORKER", 1)
    one, _ = lint("--no-cache", "--jobs", "1")
    two, _ = lint("--no-cache", "--jobs", "2")
    assert one == two


def test_output_does_not_depend_on_the_hash_seed(workspace):
    # Python orders a set of strings differently in each process; nothing may hang on it
    outputs = set()
    for seed in ("1", "2"):
        result = subprocess.run([sys.executable, "-m", "salescheck", "lint", "docs/examples", "--no-cache",
                                 "--format", "json", "--today", "2026-03-02"], capture_output=True, text=True,
                                env={**os.environ, "PYTHONHASHSEED": seed})
        assert result.returncode in (0, 1), result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_full_parse_finds_the_same_on_the_examples(workspace):
    # parsing a sentence alone or inside its paragraph can differ on a longer corpus;
    # on the bundled examples the two must agree exactly
    shutil.rmtree(workspace / "docs" / "tune", ignore_errors=True)
    selective, _ = lint("--no-cache")
    full, _ = lint("--no-cache", "--full-parse")
    assert selective == full
