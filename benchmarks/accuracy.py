"""Accuracy benchmark: lint the labelled corpus through the public CLI and score it.

    python benchmarks/accuracy.py                 # every split; errors listed for tune/ only
    python benchmarks/accuracy.py --show-holdout  # list held-out errors too (measuring only!)

A finding matches a label of the same category: on the same line ±1 for `commitment` and
`dates`, anywhere in the same document for the document-level categories. Precision,
recall and F1 are printed per category for the tuning split and the held-out split; the
held-out documents are for measuring, never for tuning rules against.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parent / "corpus"
CATEGORIES = ("objective", "commitment", "persistence", "options", "dates")
LINE_LEVEL = {"commitment", "dates"}
SPLITS = ("tune", "holdout", "holdout-b", "holdout-c", "holdout-d", "holdout-e", "holdout-f", "holdout-g", "holdout-h", "holdout-i", "holdout-j", "holdout-k", "holdout-l", "holdout-m", "holdout-n", "holdout-o", "holdout-p", "holdout-q")
HELD_OUT = {"holdout", "holdout-b", "holdout-c", "holdout-d", "holdout-e", "holdout-f", "holdout-g", "holdout-h", "holdout-i", "holdout-j", "holdout-k", "holdout-l", "holdout-m", "holdout-n", "holdout-o", "holdout-p", "holdout-q"}


def run_salescheck(folders: list[str]) -> list[dict]:
    command = shutil.which("salescheck", path=str(Path(sys.executable).parent)) or shutil.which("salescheck")
    if command is None:
        sys.exit("salescheck is not installed in this environment (pip install -e .)")
    result = subprocess.run([command, "lint", *folders, "--format", "json", "--ignore", "clarity"],
                            capture_output=True, text=True, cwd=CORPUS)
    if result.returncode not in (0, 1):
        sys.exit(f"salescheck failed ({result.returncode}):\n{result.stderr}")
    for line in result.stderr.splitlines():
        print(f"  note: {line}", file=sys.stderr)
    return json.loads(result.stdout)["findings"]


def match(findings: list[dict], labels: dict[str, list[dict]]):
    """(true positives, false positives, false negatives) as lists of (path, item)."""
    found = defaultdict(list)
    for finding in findings:
        if finding["category"] in CATEGORIES:
            found[finding["path"]].append(finding)
    tp, fp, fn = [], [], []
    for path in sorted(set(labels) | set(found)):
        for category in CATEGORIES:
            got = [f for f in found.get(path, []) if f["category"] == category]
            want = [label for label in labels.get(path, []) if label["category"] == category]
            if category in LINE_LEVEL:
                unmatched = list(want)
                for finding in got:
                    hit = next((w for w in unmatched if abs(w["line"] - finding["line"]) <= 1), None)
                    if hit is None:
                        fp.append((path, finding))
                    else:
                        unmatched.remove(hit)
                        tp.append((path, finding))
                fn.extend((path, w) for w in unmatched)
            elif got and want:
                tp.append((path, got[0]))
            elif got:
                fp.extend((path, f) for f in got[:1])
            elif want:
                fn.append((path, want[0]))
    return tp, fp, fn


def table(tp, fp, fn) -> list[str]:
    rows = [f"  {'category':<12} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>7} {'F1':>6}"]
    for category in CATEGORIES + ("all",):
        def count(items):
            return sum(1 for _, item in items if category in ("all", item["category"]))

        t, p, n = count(tp), count(fp), count(fn)
        precision = t / (t + p) if t + p else 1.0
        recall = t / (t + n) if t + n else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append(f"  {category:<12} {t:>4} {p:>4} {n:>4} {precision:>10.2f} {recall:>7.2f} {f1:>6.2f}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show-holdout", action="store_true", help="also list the held-out split's errors")
    parser.add_argument("--split", action="append", choices=SPLITS, metavar="NAME",
                        help="score only this split (repeatable; e.g. --split tune while tuning, so that the "
                             "held-out sets are not looked at)")
    args = parser.parse_args()
    labels = yaml.safe_load((CORPUS / "labels.yaml").read_text(encoding="utf-8"))
    splits = [split for split in SPLITS if (CORPUS / split).is_dir() and (not args.split or split in args.split)]
    findings = run_salescheck(splits)
    held_out: tuple[list, list, list] = ([], [], [])
    for split in splits:
        split_labels = {p: v or [] for p, v in labels.items() if p.startswith(split + "/")}
        split_findings = [f for f in findings if f["path"].startswith(split + "/")]
        tp, fp, fn = match(split_findings, split_labels)
        print(f"\n{split}: {len(split_labels)} documents, "
              f"{sum(len(v) for v in split_labels.values())} labels, {len(split_findings)} findings")
        print("\n".join(table(tp, fp, fn)))
        if split in HELD_OUT:
            for total, part in zip(held_out, (tp, fp, fn)):
                total.extend(part)
            if not args.show_holdout:
                continue
        for name, items in (("false positives", fp), ("false negatives", fn)):
            if items:
                print(f"\n  {name}:")
            for path, item in items:
                text = item.get("message") or item.get("text")
                print(f"    {path}:{item['line']} [{item['category']}] {item.get('rule', 'label')}: {text}")
    held = [split for split in splits if split in HELD_OUT]
    if len(held) > 1:
        print(f"\nall held-out sets together ({', '.join(held)}):")
        print("\n".join(table(*held_out)))


if __name__ == "__main__":
    main()
