"""The wording checks' cost: the lexicon's load, each family's work, and `reportdesk check` of the
big report (the corpus 3×) beside LibreOffice opening the same text, in one loop.

Measured:
- the lexicon's load in a fresh process: from the packages' files (no cache: the first start
  after an install or an upgrade) and from the data folder's cache (every later start);
- in process, over the big report's distinct paragraphs: rjieba's segmentation and each family
  (typo, confusable, particle, repeat, wording), their caches emptied first;
- analyze() after one paragraph changed, with and without the wording families (the editor's case:
  only the changed paragraph is looked at again);
- whole processes side by side, best and median of --process-runs rounds:
    python -m app check big.txt --format json                      (all rules)
    python -m app check big.txt --format json --rules <the others>  (without the new families)
    soffice --headless --convert-to docx big.txt                   (LibreOffice opening it)
  Target: check (all rules) ≤ 0.25 × LibreOffice.

Run: python bench/bench_wording.py [--process-runs N] [--no-soffice]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    ROOT,
    corpus_lines,
    find_soffice,
    machine,
    soffice_command,
    soffice_version,
    time_commands,
    timings,
    write_big_txt,
)

NEW = ("typo", "confusable", "particle", "repeat")
OTHERS = ("numbering", "marker", "level", "count", "placeholder", "punctuation", "consistency",
          "junk", "date")  # every family but the wording ones (wording/misused now segments too)
LOAD = ("import time, sys; sys.path.insert(0, {root!r}); t = time.perf_counter(); "
        "from app.lexicon import lexicon, spans; lexicon(); spans('预热'); "
        "print(time.perf_counter() - t)")


def lexicon_load(data_dir: Path, runs: int) -> dict[str, list[float]]:
    """Seconds to load the lexicon and start rjieba in a fresh process, cold and cached."""
    env = dict(os.environ, REPORTDESK_DATA_DIR=str(data_dir))
    code = LOAD.format(root=str(ROOT))
    out: dict[str, list[float]] = {"lexicon + rjieba, no cache": [], "lexicon + rjieba, cached": []}
    for _ in range(runs):
        shutil.rmtree(data_dir / "cache", ignore_errors=True)
        for key in out:
            r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                               text=True, check=True)
            out[key].append(float(r.stdout))
    return out


def families(lines: list[str]) -> dict[str, float]:
    """Seconds of each family's per-paragraph work over the distinct paragraphs, cold caches."""
    from app.lexicon import lexicon, spans
    from app.rules import confusable, dedide, repeat, typo, wording

    lexicon()
    spans("预热")
    paragraphs = list(dict.fromkeys(lines))
    out: dict[str, float] = {}
    for name, fn in (("segmentation (rjieba)", spans), ("typo", typo.typos),
                     ("confusable", confusable.confusions), ("particle", dedide.particle_errors),
                     ("repeat", repeat.repeats), ("wording", wording.misused_words)):
        fn.cache_clear()
        start = time.perf_counter()
        for p in paragraphs:
            fn(p)
        out[name] = time.perf_counter() - start
    return out


def one_edit(lines: list[str], runs: int) -> dict[str, list[float]]:
    """analyze() after one body paragraph changed (a new text each run)."""
    from app.engine import analyze
    from app.model import Document

    doc = Document.from_lines(lines)
    index = next(i for i in range(len(lines) // 2, len(lines)) if len(lines[i]) > 80)
    original = doc.paragraphs[index].text
    counter = iter(range(10**6))

    def edit() -> None:
        doc.paragraphs[index].text = original[:6] + f"改{next(counter)}" + original[6:]

    out = {}
    for label, rules in (("analyze after one edit, all rules", None),
                         ("analyze after one edit, without the new families", OTHERS)):
        analyze(doc, rules)
        out[label] = timings(runs, lambda rules=rules: analyze(doc, rules), edit, collect=True)
    doc.paragraphs[index].text = original
    return out


def whole_process(big: Path, work: Path, runs: int, soffice: str | None) -> dict[str, list[float]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), REPORTDESK_DATA_DIR=str(work / "data"))
    check = [sys.executable, "-m", "app", "check", str(big), "--format", "json"]
    commands = {"check, all rules": check,
                "check, without the new families": [*check, "--rules", ",".join(OTHERS)]}
    if soffice:
        commands["LibreOffice txt → docx"] = soffice_command(
            soffice, work, "docx", big, work / "out", infilter="Text (encoded):UTF8,LF,,,")
    return time_commands(commands, runs, env)


def fmt(times: list[float]) -> str:
    return f"best {min(times):7.3f} s   median {statistics.median(times):7.3f} s"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="in-process runs per measurement")
    ap.add_argument("--process-runs", type=int, default=5, help="whole-process rounds")
    ap.add_argument("--no-soffice", action="store_true", help="skip the LibreOffice comparison")
    args = ap.parse_args()
    print("machine: " + ", ".join(f"{k} {v}" for k, v in machine().items()))
    lines = corpus_lines()
    print(f"document: {len(lines)} paragraphs, {sum(map(len, lines))} characters, "
          f"{len(set(lines))} distinct paragraphs")
    with tempfile.TemporaryDirectory(prefix="bench-wording-") as tmp:
        work = Path(tmp)
        os.environ["REPORTDESK_DATA_DIR"] = str(work / "data")
        for name, times in lexicon_load(work / "load", args.runs).items():
            print(f"{name:52s} {fmt(times)}")
        for name, seconds in families(lines).items():
            print(f"{'per paragraph, cold: ' + name:52s} {seconds:7.3f} s")
        for name, times in one_edit(lines, args.runs).items():
            print(f"{name:52s} best {min(times) * 1e3:7.1f} ms   median "
                  f"{statistics.median(times) * 1e3:7.1f} ms")
        soffice = None if args.no_soffice else find_soffice()
        if soffice:
            print(f"LibreOffice: {soffice_version(soffice)}")
        big = write_big_txt(work)
        results = whole_process(big, work, args.process_runs, soffice)
    for name, times in results.items():
        print(f"{name:52s} {fmt(times)}")
    if soffice:
        lo = results["LibreOffice txt → docx"]
        for name in ("check, all rules", "check, without the new families"):
            ratio = min(results[name]) / min(lo)
            median_ratio = statistics.median(results[name]) / statistics.median(lo)
            print(f"ratio {name} ÷ LibreOffice: best {ratio:.3f}, median {median_ratio:.3f} "
                  f"(target ≤ 0.25)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
