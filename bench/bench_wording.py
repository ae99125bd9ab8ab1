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

With --baseline DIR (a checkout of the code before a change, e.g. a `git worktree add --detach`
of the commit), the same run also measures that code, alternating old and new round by round so
that the machine's load falls on both alike:
- in a fresh process per round and tree: the lexicon's load (cached), then analyze() of the big
  report cold (every functools cache of app/ emptied, the lexicon and rjieba loaded: what the
  window's first analysis costs once the lexicon is preloaded), with all rules and without the
  lexicon families (typo, confusable, particle, repeat);
- the whole `check` process of both trees beside LibreOffice; the new tree also with
  REPORTDESK_LEXICON_WORKER=1 and =0 (the lexicon families always / never in a second process;
  by default only when the load average leaves a core free, app/lexicon_worker.py).
Each tree gets its own data folder (their lexicon caches differ in format).

--instructions adds the instructions each tree executes in those phases (valgrind's callgrind):
a count the load of a shared machine does not change, where the times above may vary 2×.

--pyc runs the whole processes with their compiled modules kept (as installed); without it the
environment decides (here PYTHONDONTWRITEBYTECODE=1: every module compiled in every run).

--quick (with --baseline) times only the whole `check` with the worker forced on, in both trees,
and LibreOffice: more rounds in the same time for the target's ratio.

A tree with the cache of the lexicon families' findings (app/lexicon_results.py, `check`'s
default) has its plain runs above made with --no-cache, and three more: "cache cold" (the cache
emptied before each run), "cache warm" (the same file again) and "cache one edit" (one paragraph
changed each round), all with the worker forced on, "cache warm, no worker", and "cache warm,
file touched" (the worker started, then ended unused).

Run: python bench/bench_wording.py [--process-runs N] [--no-soffice] [--baseline DIR]
                                   [--instructions] [--pyc] [--quick]
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
from collections.abc import Callable, Iterator
from functools import partial
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
    """Seconds of each family's per-paragraph work over the distinct paragraphs, cold caches
    (the segmentation is measured first and stays cached for the families, as in analyze())."""
    from app.lexicon import lexicon, segments, spans
    from app.rules import confusable, dedide, repeat, typo, wording

    lexicon()
    spans("预热")
    segments.cache_clear()
    paragraphs = list(dict.fromkeys(lines))
    out: dict[str, float] = {}
    for name, fn in (("segmentation (rjieba)", segments), ("typo", typo.typos),
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


LEXICAL = ("typo", "confusable", "particle", "repeat")  # as bench_engine's "lexicon families"


PHASES = ("start", "lexicon", "others", "all")


def child(tree: Path, runs: int, phase: str | None = None) -> None:
    """In this process, with ``tree``'s app/ first on sys.path: print the lexicon's load and
    cold analyze() times as one JSON line (see the module docstring). With ``phase`` (for
    --instructions), do only the work up to that phase, once: the imports and the document
    ("start"), then the lexicon and rjieba ("lexicon"), then analyze() cold without the
    lexicon families ("others") or with all rules ("all")."""

    sys.path.insert(0, str(tree))
    for name in [m for m in sys.modules if m == "app" or m.startswith("app.")]:
        del sys.modules[name]
    if phase is not None:
        import app.cli  # what `check` imports before it reads the file
        from app.engine import analyze
        from app.model import Document
        from app.rules import ALL_RULES

        doc = Document.from_lines(corpus_lines())
        if phase != "start":
            from app.lexicon import lexicon, spans

            lexicon()
            spans("预热")
        if phase in ("others", "all"):
            others = sorted({r.split("/")[0] for r in ALL_RULES} - set(LEXICAL))
            analyze(doc, others if phase == "others" else None)
        return
    start = time.perf_counter()
    from app.lexicon import lexicon, spans

    lexicon()
    spans("预热")
    load = time.perf_counter() - start
    import app
    from app.engine import analyze
    from app.model import Document
    from app.rules import ALL_RULES

    assert Path(app.__file__).resolve().parents[1] == tree.resolve(), app.__file__

    def clear() -> None:
        for name, module in list(sys.modules.items()):
            if name.startswith("app.") and module is not None:
                for attr in vars(module).values():  # (not the cache class app.textcache imports)
                    if not isinstance(attr, type) and callable(getattr(attr, "cache_clear", None)):
                        attr.cache_clear()

    doc = Document.from_lines(corpus_lines())
    others = sorted({r.split("/")[0] for r in ALL_RULES} - set(LEXICAL))
    out: dict[str, list[float]] = {"lexicon load (cached) + rjieba": [load]}
    for label, rules in (("analyze cold, all rules", None),
                         ("analyze cold, without the lexicon families", others)):
        out[label] = timings(runs, lambda rules=rules: analyze(doc, rules), clear, collect=True)
    print(json.dumps(out))


def side_by_side(baseline: Path, work: Path, rounds: int, runs: int
                 ) -> dict[str, dict[str, list[float]]]:
    """Both trees' child measurements, alternated round by round (fresh processes)."""
    trees = {"before": baseline, "after": ROOT}
    results: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
    for tree_name, tree in trees.items():  # an untimed first run builds each lexicon cache
        env = dict(os.environ, REPORTDESK_DATA_DIR=str(work / f"data-{tree_name}"))
        subprocess.run([sys.executable, __file__, "--child", str(tree), "--runs", "1"],
                       env=env, check=True, capture_output=True, timeout=600)
    for _ in range(rounds):
        for tree_name, tree in trees.items():
            env = dict(os.environ, REPORTDESK_DATA_DIR=str(work / f"data-{tree_name}"))
            r = subprocess.run([sys.executable, __file__, "--child", str(tree), "--runs",
                                str(runs)], env=env, check=True, capture_output=True, text=True,
                               timeout=600)
            for key, times in json.loads(r.stdout.splitlines()[-1]).items():
                results[tree_name].setdefault(key, []).extend(times)
    return results


def instructions(baseline: Path, work: Path) -> dict[str, dict[str, int]]:
    """Instructions executed (valgrind --tool=callgrind, Ir) by each phase of the child in
    each tree: a count that the machine's load does not change, unlike a time."""
    out: dict[str, dict[str, int]] = {}
    for tree_name, tree in (("before", baseline), ("after", ROOT)):
        env = dict(os.environ, REPORTDESK_DATA_DIR=str(work / f"data-{tree_name}"))
        subprocess.run([sys.executable, __file__, "--child", str(tree), "--runs", "1"],
                       env=env, check=True, capture_output=True, timeout=600)  # the cache
        counts = {}
        for phase in PHASES:
            r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                                sys.executable, __file__, "--child", str(tree), "--phase",
                                phase], env=env, capture_output=True, text=True, timeout=3600)
            counts[phase] = int(next(line for line in r.stderr.splitlines()
                                     if "Collected :" in line).split()[-1])
        out[tree_name] = {"imports, document": counts["start"],
                          "lexicon load (cached) + rjieba": counts["lexicon"] - counts["start"],
                          "analyze cold, without the lexicon families":
                              counts["others"] - counts["lexicon"],
                          "analyze cold, all rules": counts["all"] - counts["lexicon"],
                          "the lexicon families (all - without)": counts["all"] - counts["others"]}
    return out


def whole_process_both(big: Path, work: Path, baseline: Path, runs: int, soffice: str | None,
                       pyc: bool = False, quick: bool = False) -> dict[str, list[float]]:
    """`check` of the old and the new tree (each with its own data folder) and LibreOffice,
    interleaved round by round. ``pyc``: with compiled modules kept (PYTHONPYCACHEPREFIX in
    the work folder, written by the warm-up run), as an installed program has them; without it
    the environment decides (PYTHONDONTWRITEBYTECODE=1 compiles every module in every run).
    ``quick``: only `check` with the lexicon worker forced on in both trees, and LibreOffice
    (more rounds in the same time, for the target's ratio).

    A tree with the cache of the lexicon families' findings (app/lexicon_results.py) runs the
    commands above with --no-cache (the command as it was), and is also timed in its cases,
    the worker forced on: "cold" (the cache emptied before each run: what the first check of
    a report costs), "warm" (the same file checked again: every paragraph known) and "one
    edit" (a copy of the file with one paragraph changed, a new text each round: one
    paragraph unknown); "warm, no worker" (REPORTDESK_LEXICON_WORKER=0) and "warm, file
    touched" (the file's time changed before each run: `check` starts the worker, finds every
    paragraph known and ends it unused; the cost of that against "warm")."""
    commands: dict[str, list[str]] = {}
    envs: dict[str, dict[str, str]] = {}
    prepare: dict[str, Callable[[], None]] = {}
    for tree_name, tree in (("before", baseline), ("after", ROOT)):
        data = work / f"data-{tree_name}"
        env = dict(os.environ, PYTHONPATH=str(tree), REPORTDESK_DATA_DIR=str(data))
        if pyc:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(work / f"pyc-{tree_name}")
        check = [sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv.pop(1)); "
                 "from app.cli import main; sys.exit(main())", str(tree), "check", str(big),
                 "--format", "json"]
        cached = (tree / "app" / "lexicon_results.py").is_file()
        plain = [*check, "--no-cache"] if cached else check  # (the cases below: with it)
        for label, extra in (("all rules", []),
                             ("without the new families", ["--rules", ",".join(OTHERS)])):
            commands[f"{tree_name}: check, {label}"] = [*plain, *extra]
            envs[f"{tree_name}: check, {label}"] = env
        # the worker always / never (by default: only when a core is free), in each tree that
        # has one (app/lexicon_worker.py)
        if (tree / "app" / "lexicon_worker.py").is_file():
            for label, setting in (("worker", "1"), ("no worker", "0")):
                commands[f"{tree_name}: check, all rules, {label}"] = plain
                envs[f"{tree_name}: check, all rules, {label}"] = dict(
                    env, REPORTDESK_LEXICON_WORKER=setting)
        if cached:
            edited = work / f"edited-{tree_name}.txt"
            forced = dict(env, REPORTDESK_LEXICON_WORKER="1")
            touched = work / f"touched-{tree_name}.txt"
            shutil.copyfile(big, touched)
            for label in ("cold", "warm", "one edit", "warm, no worker", "warm, file touched"):
                name = f"{tree_name}: check, cache {label}"
                target = {"one edit": edited, "warm, file touched": touched}.get(label, big)
                commands[name] = [*check[:-3], str(target), *check[-2:]]
                envs[name] = dict(forced, REPORTDESK_LEXICON_WORKER="0") \
                    if label.endswith("no worker") else forced
            prepare[f"{tree_name}: check, cache cold"] = partial(_empty_results, data)
            prepare[f"{tree_name}: check, cache one edit"] = partial(
                _edit_one_paragraph, big, edited, iter(range(10**6)))
            # the same text with a new time: the worker is started, then ended unused
            prepare[f"{tree_name}: check, cache warm, file touched"] = partial(os.utime, touched)
    if quick:  # only the whole check with the worker (and the cache's cases), and LibreOffice
        commands = {k: v for k, v in commands.items() if k.endswith(", worker") or ", cache " in k}
    if soffice:
        commands["LibreOffice txt → docx"] = soffice_command(
            soffice, work, "docx", big, work / "out", infilter="Text (encoded):UTF8,LF,,,")
        envs["LibreOffice txt → docx"] = dict(os.environ)
    results: dict[str, list[float]] = {}
    for name, cmd in commands.items():  # warm-up (caches, LibreOffice's profile)
        prepare.get(name, _nothing)()
        subprocess.run(cmd, env=envs[name], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=600)
    for _ in range(runs):
        for name, cmd in commands.items():
            prepare.get(name, _nothing)()
            start = time.perf_counter()
            proc = subprocess.run(cmd, env=envs[name], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, timeout=600)
            results.setdefault(name, []).append(time.perf_counter() - start)
            if proc.returncode not in (0, 1):
                raise SystemExit(f"{name} failed ({proc.returncode}): {proc.stderr[-500:]!r}")
    return results


def _nothing() -> None:
    pass


def _empty_results(data: Path) -> None:
    """The cache of findings emptied, and its list of files seen whole (the lexicon's own cache
    kept: a report checked for the first time on an installed program)."""
    for path in (data / "cache").glob("results[-_]*"):
        path.unlink()


def _edit_one_paragraph(big: Path, edited: Path, counter: Iterator[int]) -> None:
    """``edited``: ``big`` with one long body paragraph in its second half changed (a new text
    each call, as bench_wording.one_edit does in process)."""
    lines = big.read_text(encoding="utf-8").split("\n")
    index = next(i for i in range(len(lines) // 2, len(lines)) if len(lines[i]) > 80)
    lines[index] = lines[index][:6] + f"改{next(counter)}" + lines[index][6:]
    edited.write_text("\n".join(lines), encoding="utf-8")


def fmt(times: list[float]) -> str:
    return f"best {min(times):7.3f} s   median {statistics.median(times):7.3f} s"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="in-process runs per measurement")
    ap.add_argument("--process-runs", type=int, default=5, help="whole-process rounds")
    ap.add_argument("--no-soffice", action="store_true", help="skip the LibreOffice comparison")
    ap.add_argument("--baseline", type=Path, help="a checkout of the code before the change")
    ap.add_argument("--instructions", action="store_true",
                    help="with --baseline: also count instructions (valgrind), load-proof")
    ap.add_argument("--pyc", action="store_true",
                    help="with --baseline: keep compiled modules, as an installed program")
    ap.add_argument("--quick", action="store_true",
                    help="with --baseline: only the whole check with the worker (both trees) "
                         "and LibreOffice, no in-process phases")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.runs, args.phase)
        return 0
    print("machine: " + ", ".join(f"{k} {v}" for k, v in machine().items()))
    lines = corpus_lines()
    print(f"document: {len(lines)} paragraphs, {sum(map(len, lines))} characters, "
          f"{len(set(lines))} distinct paragraphs")
    soffice = None if args.no_soffice else find_soffice()
    if soffice:
        print(f"LibreOffice: {soffice_version(soffice)}")
    with tempfile.TemporaryDirectory(prefix="bench-wording-") as tmp:
        work = Path(tmp)
        os.environ["REPORTDESK_DATA_DIR"] = str(work / "data")
        if args.baseline:
            big = write_big_txt(work)
            if args.instructions and shutil.which("valgrind"):
                counts = instructions(args.baseline, work)
                for key in counts["after"]:
                    b, a = counts["before"][key], counts["after"][key]
                    print(f"instructions, {key:44s} before {b / 1e6:9.0f} M  after "
                          f"{a / 1e6:9.0f} M  ({a / b:.2f}×)")
            both = {"before": {}, "after": {}} if args.quick else \
                side_by_side(args.baseline, work, args.process_runs, args.runs)
            for key in both["after"]:
                for tree_name in ("before", "after"):
                    times = both[tree_name].get(key, [])
                    if times:
                        print(f"{tree_name + ': ' + key:60s} best {min(times) * 1e3:7.1f} ms  "
                              f" median {statistics.median(times) * 1e3:7.1f} ms")
            results = whole_process_both(big, work, args.baseline, args.process_runs, soffice,
                                         args.pyc, args.quick)
            report_processes(results, soffice, tuple(
                name for name in ("before: check, all rules", "after: check, all rules",
                                  "before: check, all rules, worker",
                                  "after: check, all rules, worker",
                                  "after: check, cache cold", "after: check, cache warm",
                                  "after: check, cache one edit",
                                  "after: check, cache warm, no worker",
                                  "after: check, cache warm, file touched",
                                  "before: check, all rules, no worker",
                                  "after: check, all rules, no worker",
                                  "before: check, without the new families",
                                  "after: check, without the new families")
                if name in results))
            print("load average at the end: " + "/".join(f"{x:.2f}" for x in os.getloadavg()))
            return 0
        for name, times in lexicon_load(work / "load", args.runs).items():
            print(f"{name:52s} {fmt(times)}")
        for name, seconds in families(lines).items():
            print(f"{'per paragraph, cold: ' + name:52s} {seconds:7.3f} s")
        for name, times in one_edit(lines, args.runs).items():
            print(f"{name:52s} best {min(times) * 1e3:7.1f} ms   median "
                  f"{statistics.median(times) * 1e3:7.1f} ms")
        big = write_big_txt(work)
        results = whole_process(big, work, args.process_runs, soffice)
    report_processes(results, soffice, ("check, all rules", "check, without the new families"))
    return 0


def report_processes(results: dict[str, list[float]], soffice: str | None,
                     ours: tuple[str, ...]) -> None:
    for name, times in results.items():
        print(f"{name:52s} {fmt(times)}")
    if soffice:
        lo = results["LibreOffice txt → docx"]
        for name in ours:
            ratio = min(results[name]) / min(lo)
            median_ratio = statistics.median(results[name]) / statistics.median(lo)
            print(f"ratio {name} ÷ LibreOffice: best {ratio:.3f}, median {median_ratio:.3f} "
                  f"(target ≤ 0.25)")


if __name__ == "__main__":
    raise SystemExit(main())
