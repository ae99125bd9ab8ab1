"""IncrementalAnalyzer.update per typed heading on corpus×3, in this tree or another (issue 15).

A typed heading as bench_live's section 3 makes it, without the window: a new paragraph after a
body paragraph of at least 40 characters, then "（九）新标题k" typed one character at a time,
the analysis brought up to date after each character (as after a pause). Prints, per trial,
the wall ms of the update after the last character and the mean over all characters.

    python bench/bench_incremental.py [--tree OTHER_TREE] [--trials 8] [--warm 2] [--renumber]

``--tree``: import ``app`` from another checkout (a baseline worktree of main); the corpus is
always ../shared/corpus beside *this* script's tree. ``--trials 0`` does the setup only: under
callgrind, (instructions with N trials − with 0) / N is the cost of one typed heading.
``--renumber``: instead, the update after 修正全部序号 (the plan's renumbered text put in, its
outline offered as the window does), on a fresh corpus×3 each trial.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
CORPUS = HERE.parent / "shared" / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tree", type=Path, default=HERE, help="checkout to import app from")
    ap.add_argument("--trials", type=int, default=8)
    ap.add_argument("--warm", type=int, default=2, help="untimed trials first")
    ap.add_argument("--renumber", action="store_true", help="the update after 修正全部序号")
    args = ap.parse_args()
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        raise SystemExit(f"bench: {CORPUS} is absent")
    sys.path.insert(0, str(args.tree.resolve()))
    from app.incremental import IncrementalAnalyzer
    from app.model import Document, Paragraph

    lines: list[str] = []
    for path in files:
        lines += path.read_text(encoding="utf-8").split("\n")
    if args.renumber:
        renumbered(lines * 3, args.trials)
        return
    doc = Document.from_lines(lines * 3)
    live = IncrementalAnalyzer()
    live.analyze(doc)
    last: list[float] = []
    per_key: list[float] = []
    total = args.warm + args.trials
    for k in range(total):
        n = len(doc.paragraphs)
        at = n // 4 + k * (n // 40)  # (not by the number of trials: same places in every run)
        while len(doc.paragraphs[at].text) < 40:
            at += 1
        new = Paragraph(text="")
        doc.paragraphs.insert(at + 1, new)
        live.update(doc, [new.id])  # the Enter
        spent: list[float] = []
        for typed in f"（九）新标题{k}":
            new.text += typed
            gc.collect()
            t0 = time.perf_counter()
            live.update(doc, [new.id])
            spent.append((time.perf_counter() - t0) * 1000)
        if k >= args.warm:
            last.append(spent[-1])
            per_key.append(statistics.mean(spent))
    if last:
        print(f"{args.tree}: last key best {min(last):.1f} median {statistics.median(last):.1f}"
              f" ms; mean per key best {min(per_key):.1f} median "
              f"{statistics.median(per_key):.1f} ms ({len(last)} trials)")


def renumbered(lines: list[str], trials: int) -> None:
    """Wall ms of the update after 修正全部序号, per trial (each on a fresh document)."""
    from app.incremental import IncrementalAnalyzer
    from app.model import Document
    from app.outline.edits import apply_change, renumber_all_plan

    spent: list[float] = []
    for _ in range(trials):
        doc = Document.from_lines(lines)
        live = IncrementalAnalyzer()
        live.analyze(doc)
        change, result = renumber_all_plan(doc, live.analysis)
        assert change is not None
        texts = apply_change([p.text for p in doc.paragraphs], change)
        assert len(texts) == len(doc.paragraphs)
        changed = [p.id for p, t in zip(doc.paragraphs, texts, strict=True) if p.text != t]
        for p, t in zip(doc.paragraphs, texts, strict=True):
            p.text = t
        gc.collect()
        t0 = time.perf_counter()
        live.update(doc, changed, outline=result)
        spent.append((time.perf_counter() - t0) * 1000)
    print(f"renumbered: update best {min(spent):.1f} median {statistics.median(spent):.1f} ms "
          f"({len(spent)} trials, {len(changed)} paragraphs changed)")


if __name__ == "__main__":
    main()
