"""Cost of the formulation, title and hygiene checks: the same run with and without them.

Input: the "big" report of bench_engine.py (tests/data/corpus ×3). Measured side by side in one
loop, so both see the same machine load:
  - in process, analyze(doc) cold (every engine cache emptied) and after a one-paragraph edit,
    with all rules and with every family except these three;
  - whole processes: python -m app check big.txt --format json, with and without them.

Run: python bench/bench_checks.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.engine import analyze
from app.model import Document
from app.rules import ALL_RULES
from bench.bench_engine import clear_caches
from bench.common import ROOT, corpus_lines, machine, write_big_txt

OURS = ("formulation", "title", "hygiene")


def fmt(times: list[float], unit: float = 1e3, suffix: str = "ms", digits: int = 1) -> str:
    best, median = min(times) * unit, statistics.median(times) * unit
    return f"best {best:7.{digits}f} {suffix}   median {median:7.{digits}f} {suffix}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    print("machine: " + ", ".join(f"{k} {v}" for k, v in machine().items()))
    lines = corpus_lines()
    doc = Document.from_lines(lines)
    others = sorted({r.split("/")[0] for r in ALL_RULES} - set(OURS))
    variants: dict[str, list[str] | None] = {"all rules": None, "without the three": others}
    print(f"document: {len(lines)} paragraphs, {sum(map(len, lines))} characters")
    found = analyze(doc).findings
    print("findings of the three families: " +
          ", ".join(f"{fam} {sum(f.rule.startswith(fam + '/') for f in found)}" for fam in OURS))

    cold: dict[str, list[float]] = {k: [] for k in variants}
    edit: dict[str, list[float]] = {k: [] for k in variants}
    middle = next(i for i in range(len(lines) // 2, len(lines)) if len(lines[i]) > 80)
    original = doc.paragraphs[middle].text
    for n in range(args.runs):
        for name, rules in variants.items():
            clear_caches()
            start = time.perf_counter()
            analyze(doc, rules)
            cold[name].append(time.perf_counter() - start)
            doc.paragraphs[middle].text = original[:6] + f"改{name}{n}" + original[6:]
            start = time.perf_counter()
            analyze(doc, rules)
            edit[name].append(time.perf_counter() - start)
            doc.paragraphs[middle].text = original
    print(f"\nin process, {args.runs} runs each:")
    for name in variants:
        print(f"  analyze cold, {name:18} {fmt(cold[name])}")
        print(f"  after an edit, {name:17} {fmt(edit[name])}")

    with tempfile.TemporaryDirectory(prefix="bench-checks-") as tmp:
        big = write_big_txt(Path(tmp), lines=lines)
        procs: dict[str, list[float]] = {k: [] for k in variants}
        for _ in range(max(3, args.runs // 2)):
            for name, rules in variants.items():
                cmd = [sys.executable, "-m", "app", "check", str(big), "--format", "json"]
                if rules is not None:
                    cmd += ["--rules", ",".join(rules)]
                start = time.perf_counter()
                subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, check=False)
                procs[name].append(time.perf_counter() - start)
        print("\nwhole process, python -m app check big.txt --format json:")
        for name in variants:
            print(f"  {name:18} {fmt(procs[name], 1, 's', 3)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
