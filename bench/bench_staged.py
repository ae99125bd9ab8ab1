"""Opening corpus×3 in the window: how soon the outline and the first problems show, how soon all
problems show (issue 15, "cold analysis ≤ 100 ms"; the two-stage opening of ui/live.py), beside a
baseline tree in the same run.

Each measurement is a fresh process (cold engine caches, as when a user opens a report), for the
candidate (this tree) and for a baseline tree (``--baseline DIR``: a ``git worktree add
--detach`` of an earlier commit, run with this interpreter and this script, its own ``app``
and ``ui`` first on the path), alternating round by round so that the shared machine's load
falls on both alike. In each process, offscreen:

  - the lexicon is loaded first (the window preloads it when it starts: a report opened a moment
    later finds it loaded); a window is shown;
  - ``open_path(big.txt)`` (the raw-lines corpus×3, 4,434 paragraphs); from that call, ms until
    the outline has its rows and the problems table shows an analysis ("first"), and until it
    shows the complete analysis ("all": the baseline shows everything at once);
  - the longest gap between two runs of a 5 ms GUI timer from "first" until 700 ms after it
    (or 100 ms after "all" when later): how long the GUI thread was kept from events while the
    rest arrived (the same span for the baseline, which has nothing left to do then);
  - at the end, the problems shown are compared with a cold ``app.engine.analyze`` of the
    window's document (rule, paragraph, offsets, message): they must be the same.

Also (``--cold``, a fresh process per tree and round): the engine alone on corpus×3 with every
engine cache emptied, lexicon loaded: the first stage (outline + every module outside
app.engine.LEXICON_MODULES; the baseline runs the same modules through ``rules=``) and the
full analysis.

    QT_QPA_PLATFORM=offscreen python bench/bench_staged.py --baseline /tmp/staged/base
        [--rounds 5] [--cold-rounds 5]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
FIRST_STAGE_LEFT_OUT = ("app.rules.wording", "app.rules.typo", "app.rules.dedide",
                        "app.rules.repeat", "app.rules.confusable", "app.rules.formulation",
                        "app.rules.hygiene")  # app.engine.LEXICON_MODULES (the baseline has none)


def child_open(big: str) -> dict[str, object]:
    """One process: open ``big`` in a window, return the times (see the module docstring)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    try:  # what the window's preload thread (ui/app.py) has done when a report is opened
        from ui.warm_up import preload_rules  # (since 2026-12-05: the rules' first-use tables)
    except ImportError:  # (an older tree: the lexicon and two tables)
        import app.lexicon as lexicon
        from app.modern_words import attested_set
        from app.rules.typo_joined import twins

        lexicon.lexicon()
        lexicon.spans("预热")
        attested_set()
        twins()
    else:
        preload_rules()
    from ui.main_window import MainWindow

    w = MainWindow()
    w.resize(1600, 1000)
    w.show()
    app.processEvents()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()

    def shown() -> bool:
        analysis = w.live.analysis
        rows = w.problems.model.findings
        return (not w.loader.busy and analysis is not None and bool(w.outline._item_list)
                and len(rows) == len(analysis.findings)
                and all(a is b for a, b in zip(rows, analysis.findings, strict=True)))

    t0 = time.perf_counter()
    assert w.files.open_path(big, ask=False)
    first = done = None
    while done is None or first is None or time.perf_counter() < max(done + 0.1, first + 0.7):
        app.processEvents()
        now = time.perf_counter()
        if first is None and shown():
            first = now
        if first is not None and done is None and shown() \
                and not getattr(w.live, "pending", False):
            done = now
        if now - t0 > 60:
            raise SystemExit("bench_staged: the window did not show the report in 60 s")
        time.sleep(0.0005)
    timer.stop()
    assert first is not None and done is not None
    inside = [t for t in ticks if first <= t <= max(done + 0.1, first + 0.7)]
    gap, gap_at = max(((b - a, a - first) for a, b in itertools.pairwise(inside)),
                      default=(0.0, 0.0))
    from app.engine import analyze

    def key(fs):
        return [(f.rule, f.index, f.start, f.end, f.message) for f in fs]

    full = analyze(w.live.document)
    return {"first": (first - t0) * 1000, "all": (done - t0) * 1000, "gap": gap * 1000,
            "gap_at": gap_at * 1000,
            "same": key(w.problems.model.findings) == key(full.findings),
            "findings": len(full.findings),
            "loader": dict(w.loader.last)}


def child_cold(rounds: int) -> dict[str, list[float]]:
    """The engine alone, cold (every cache emptied), ``rounds`` times each way, in ms."""
    import gc
    import importlib

    import app.lexicon as lexicon
    from app.engine import analyze
    from app.model import Document
    from app.rules import ALL_RULES, MODULE_NAMES
    from bench.bench_engine import clear_caches
    from bench.common import corpus_lines

    lexicon.lexicon()
    lexicon.spans("预热")
    doc = Document.from_lines(corpus_lines())
    first_modules = [n for n in MODULE_NAMES if n not in FIRST_STAGE_LEFT_OUT]
    first_rules = sorted({r.id for n in first_modules
                          for r in importlib.import_module(n).RULES})
    assert set(first_rules) <= set(ALL_RULES)
    out: dict[str, list[float]] = {"first stage": [], "all rules": []}
    for _ in range(rounds):
        for label, run in (("first stage", lambda: analyze(doc, first_rules)),
                           ("all rules", lambda: analyze(doc))):
            clear_caches()
            gc.collect()
            t = time.perf_counter()
            run()
            out[label].append((time.perf_counter() - t) * 1000)
    return out


def run_child(tree: Path, args: list[str], env: dict[str, str]) -> dict:
    code = ("import sys; sys.path.insert(0, sys.argv[1]); "
            "sys.argv = sys.argv[:1] + sys.argv[2:]; "
            f"exec(compile(open({str(HERE)!r}).read(), {str(HERE)!r}, 'exec'), "
            f"{{'__name__': '__main__', '__file__': {str(HERE)!r}}})")
    r = subprocess.run([sys.executable, "-c", code, str(tree), *args], capture_output=True,
                       text=True, env=env, cwd=tree, timeout=300)
    line = next((ln for ln in r.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if line is None:
        raise SystemExit(f"bench_staged: child failed in {tree}: {r.stderr[-800:]}")
    return json.loads(line[len("RESULT "):])


def summary(values: list[float]) -> str:
    return f"{min(values):6.0f} / {statistics.median(values):6.0f}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline", type=Path, required=False)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--cold-rounds", type=int, default=5)
    ap.add_argument("--child-open", help=argparse.SUPPRESS)
    ap.add_argument("--child-cold", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_open:
        print("RESULT " + json.dumps(child_open(args.child_open)), flush=True)
        os._exit(0)  # (PySide's teardown of a window can crash at exit; the numbers are out)
    if args.child_cold:
        print("RESULT " + json.dumps(child_cold(args.child_cold)), flush=True)
        return 0

    sys.path.insert(0, str(ROOT))
    from bench.common import machine, write_big_txt

    print("machine: " + ", ".join(f"{k} {v}" for k, v in machine().items()))
    trees = {"candidate": ROOT}
    if args.baseline is not None:
        trees = {"baseline": args.baseline.resolve(), **trees}
    tmp = Path(tempfile.mkdtemp(prefix="bench-staged-"))
    big = write_big_txt(tmp)
    envs = {}
    for name in trees:  # each tree its own data folder (lexicon cache), kept over the rounds
        envs[name] = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1",
                          XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="bench-staged-cfg-"),
                          REPORTDESK_DATA_DIR=tempfile.mkdtemp(prefix="bench-staged-data-"))
        run_child(trees[name], ["--child-cold", "1"], envs[name])  # builds the lexicon cache
    opened: dict[str, list[dict]] = {name: [] for name in trees}
    cold: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
    loads = [os.getloadavg()[0]]
    for _ in range(args.rounds):
        for name, tree in trees.items():
            opened[name].append(run_child(tree, ["--child-open", str(big)], envs[name]))
        loads.append(os.getloadavg()[0])
    for _ in range(args.cold_rounds):
        for name, tree in trees.items():
            for label, times in run_child(tree, ["--child-cold", "1"], envs[name]).items():
                cold[name].setdefault(label, []).extend(times)
        loads.append(os.getloadavg()[0])

    if args.rounds:
        print(f"\ncorpus×3 opened in the window ({args.rounds} fresh processes each, alternating; "
              f"ms from open_path, best / median):")
        print(f"{'':12s} {'outline + first problems':>26s} {'all problems':>16s} "
              f"{'longest GUI gap after first':>28s}  same findings as analyze()")
        for name, runs in opened.items():
            print(f"{name:12s} {summary([r['first'] for r in runs]):>26s} "
                  f"{summary([r['all'] for r in runs]):>16s} "
                  f"{summary([r['gap'] for r in runs]):>28s}  "
                  f"{all(r['same'] for r in runs)} ({runs[0]['findings']} findings)")
            print(f"{'':12s} longest gaps began (ms after first): "
                  + ", ".join(f"{r['gap_at']:.0f} ({r['gap']:.0f})" for r in runs))
            loader = runs[-1]["loader"]
            print(f"{'':12s} last run's loader: " + ", ".join(f"{k} {v:.0f}" for k, v in
                                                             loader.items()))
    if args.cold_rounds:
        print(f"\nengine alone, corpus×3, cold ({args.cold_rounds} fresh processes each; ms, "
              f"best / median):")
        for name, results in cold.items():
            print(f"{name:12s} " + "   ".join(f"{label} {summary(times)}"
                                             for label, times in results.items()))
    print(f"\nload average (1 min) during the runs: {min(loads):.2f}–{max(loads):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
