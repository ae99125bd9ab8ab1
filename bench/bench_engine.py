"""Engine speed: the outline and all rules on a 4,400-paragraph report, in process and as a command.

The "big" report is every ../shared/corpus/*.txt concatenated (one blank paragraph between
files, from each file's final newline), three times over. Measured:

In process (the editor's case), best and median of --runs (15) runs each:
  - parse_outline(doc) and analyze(doc) = outline + all rules, cold: every per-paragraph cache
    of the engine emptied first (markers.find_marker, inline.find_inline_items and the rules'
    caches), as in a freshly started process;
  - analyze(doc) warm: the same document again;
  - analyze(doc) after one paragraph changed (a new text each run): what the editor does after a
    keystroke.
  Target: analyze < 100 ms.

Whole processes, side by side in one loop (so both see the same machine load), best of 3:
  - python -m app check big.txt --format json > /dev/null
  - LibreOffice opening the same text: soffice --headless --convert-to docx (its cheapest way to
    open a file and get something out) and --convert-to pdf (opening + laying out all pages).
  LibreOffice's first start creates its profile and is not counted.

Run: python bench/bench_engine.py [--runs N] [--no-soffice]
"""

# ruff: noqa: E402  (the engine is imported after the regex hook is set, as the app does)
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import regex_cache

# As the window, `check` and its lexicon worker do (ui/app.py, app/cli.py, app/lexicon_worker.py):
# the rules' patterns get their first-character sets when compiled, so the in-process numbers
# are the product's (without it "analyze cold" read ~40-80 ms above the window's analysis).
regex_cache.install("window")

from app.engine import analyze  # (after the hook: the rules compile their patterns on import)
from app.incremental import IncrementalAnalyzer
from app.model import Document
from app.outline import inline, markers
from app.outline.parser import parse_outline
from app.rules import ALL_RULES
from bench.common import (
    ROOT,
    corpus_files,
    corpus_lines,
    find_soffice,
    machine,
    pdf_pages,
    soffice_command,
    soffice_version,
    time_commands,
    timings,
    write_big_txt,
)


def clear_caches() -> int:
    """Empty every functools cache in the engine (a fresh process); return how many there were."""
    markers.find_marker.cache_clear()
    inline.find_inline_items.cache_clear()
    cleared = 2
    for name, module in list(sys.modules.items()):
        if not name.startswith("app.") or module is None:
            continue
        for attr in vars(module).values():
            if not isinstance(attr, type) and callable(getattr(attr, "cache_clear", None)) \
                    and attr not in (markers.find_marker, inline.find_inline_items):
                attr.cache_clear()
                cleared += 1
    return cleared


def fmt(times: list[float], unit: float = 1e3, suffix: str = "ms", digits: int = 1) -> str:
    return (f"best {min(times) * unit:8.{digits}f} {suffix}   median "
            f"{statistics.median(times) * unit:8.{digits}f} {suffix}")


def in_process(lines: list[str], runs: int) -> dict[str, list[float]]:
    doc = Document.from_lines(lines)
    results: dict[str, list[float]] = {}
    results["from_lines"] = timings(runs, lambda: Document.from_lines(lines), collect=True)
    results["outline cold"] = timings(runs, lambda: parse_outline(doc), clear_caches, collect=True)
    results["analyze cold"] = timings(runs, lambda: analyze(doc), clear_caches, collect=True)
    analyze(doc)
    results["outline warm"] = timings(runs, lambda: parse_outline(doc), collect=True)
    results["analyze warm"] = timings(runs, lambda: analyze(doc), collect=True)
    # One paragraph edited between runs, a new text each time (so no cache has seen it): a body
    # paragraph in the middle of the report, and a heading (its change moves the outline).
    middle = next(i for i in range(len(lines) // 2, len(lines)) if len(lines[i]) > 80)
    heading = next(i for i in range(len(lines) // 2, len(lines)) if lines[i].startswith("（"))
    for label, index in (("analyze after editing a body paragraph", middle),
                         ("analyze after editing a heading", heading)):
        counter = iter(range(10**6))
        original = doc.paragraphs[index].text

        def edit(index=index, original=original, counter=counter) -> None:
            n = next(counter)
            doc.paragraphs[index].text = original[:6] + f"改{n}" + original[6:]

        results[label] = timings(runs, lambda: analyze(doc), edit, collect=True)
        doc.paragraphs[index].text = original
        # The same edits through the window's incremental analyzer (app.incremental), which
        # keeps the previous analysis and re-checks per-paragraph rules only where they changed.
        live = IncrementalAnalyzer()
        live.analyze(doc)
        pid = doc.paragraphs[index].id
        results["incremental " + label[8:]] = timings(
            runs, lambda pid=pid, live=live: live.update(doc, [pid]), edit, collect=True)
        doc.paragraphs[index].text = original
    # Cold without the lexicon families (typo, particle, repeat, confusable): what the rest costs.
    lexical = {"typo", "particle", "repeat", "confusable"}
    others = sorted({r.split("/")[0] for r in ALL_RULES} - lexical)
    results["analyze cold, without the lexicon families"] = timings(
        runs, lambda: analyze(doc, others), clear_caches, collect=True)
    return results


def whole_process(big: Path, work: Path, runs: int, soffice: str | None) -> dict[str, list[float]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    ours = [sys.executable, "-m", "app", "check", str(big), "--format", "json"]
    commands: dict[str, list[str]] = {"python -m app check --format json": ours}
    if soffice:
        for target in ("docx", "pdf"):
            commands[f"LibreOffice txt → {target}"] = soffice_command(
                soffice, work, target, big, work / "out", infilter="Text (encoded):UTF8,LF,,,")
    return time_commands(commands, runs, env)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15, help="in-process runs per measurement")
    ap.add_argument("--process-runs", type=int, default=3, help="whole-process runs")
    ap.add_argument("--no-soffice", action="store_true", help="skip the LibreOffice comparison")
    args = ap.parse_args()

    info = machine()
    print("machine: " + ", ".join(f"{k} {v}" for k, v in info.items()))
    lines = corpus_lines()
    chars = sum(len(t) for t in lines)
    print(f"document: {len(lines)} paragraphs, {chars} characters "
          f"({len(corpus_files())} corpus files ×3)")
    a = analyze(Document.from_lines(lines))
    print(f"analysis: {len(a.headings)} headings, {len(a.groups)} numbering groups, "
          f"{len(a.findings)} findings; {clear_caches()} engine caches emptied for 'cold'")

    print(f"\nin process, {args.runs} runs each:")
    inproc = in_process(lines, args.runs)
    for name, times in inproc.items():
        flag = ""
        if name.startswith(("analyze", "incremental")):
            flag = ("   ok (< 100 ms)" if statistics.median(times) < 0.1 else
                    "   best < 100 ms, median over" if min(times) < 0.1 else
                    "   OVER the 100 ms target")
        print(f"  {name:40} {fmt(times)}{flag}")

    work = Path(tempfile.mkdtemp(prefix="bench-engine-"))
    try:
        big = write_big_txt(work, lines=lines)
        proc = subprocess.run([sys.executable, "-m", "app", "check", str(big), "--format",
                               "json"], cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                              capture_output=True, text=True, timeout=600)
        n = sum(len(f["findings"]) for f in json.loads(proc.stdout)["files"])
        print(f"\nwhole process on {big.name} ({big.stat().st_size / 1024:.0f} KB), "
              f"best of {args.process_runs}, side by side (`check` reports {n} findings):")
        soffice = None if args.no_soffice else find_soffice()
        if soffice:
            print(f"  LibreOffice: {soffice_version(soffice)}")
        procs = whole_process(big, work, args.process_runs, soffice)
        for name, times in procs.items():
            print(f"  {name:40} {fmt(times, 1, 's', 3)}")
        pdf = work / "out" / "big.pdf"
        pages = pdf_pages(pdf) if pdf.exists() else None
        if pages is not None:
            print(f"  LibreOffice laid the text out on {pages} pages")
        ours = min(procs["python -m app check --format json"])
        for name, times in procs.items():
            if name.startswith("LibreOffice"):
                print(f"  ratio check / {name[12:]:15} {ours / min(times):6.3f}  "
                      f"(LibreOffice takes {min(times) / ours:.1f}× as long)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
