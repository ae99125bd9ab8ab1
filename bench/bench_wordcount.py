"""Word count speed: Word's six figures (app.wordcount) on the big report, beside the status
bar's older character count (ui.stats.count_paragraphs) in the same run.

The "big" report is every tests/data/corpus/*.txt as raw lines, three times over (4,434
paragraphs, see bench/common.py). Measured, best and median of --runs runs:
  - count_texts cold: the per-paragraph cache emptied first (a document just opened);
  - count_texts after one paragraph changed: what the status bar recounts after a keystroke;
  - the baseline, ui.stats.count_paragraphs (cold), which the status bar showed before.
Target: the recount after a keystroke well under a frame (16 ms).

Run: python bench/bench_wordcount.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.wordcount import count_paragraph, count_texts
from bench.common import corpus_lines, machine, timings


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=15)
    args = p.parse_args(argv)
    from ui.stats import count_paragraphs, count_text

    lines = corpus_lines()
    print(machine())
    print(f"{len(lines):,} paragraphs, {sum(map(len, lines)):,} characters")
    cold = timings(args.runs, lambda: count_texts(lines), before=count_paragraph.cache_clear)
    count_texts(lines)
    edits = iter(range(10**9))

    def one_changed() -> object:
        lines[7] = f"第{next(edits)}次修改后的段落，内容有变化。"
        return count_texts(lines)

    warm = timings(args.runs, one_changed)
    base = timings(args.runs, lambda: count_paragraphs(lines), before=count_text.cache_clear)
    c = count_texts(lines)
    print(f"figures: words {c.words:,}, chars {c.chars_no_spaces:,}/{c.chars_with_spaces:,}, "
          f"paragraphs {c.paragraphs:,}")  # fmt: skip
    for name, t in (("count_texts cold", cold), ("count_texts, one paragraph changed", warm),
                    ("baseline count_paragraphs cold", base)):  # fmt: skip
        print(f"{name}: best {min(t) * 1000:.1f} ms, median {statistics.median(t) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
