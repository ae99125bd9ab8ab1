"""Recall of the wording checks on the planted sets in tests/data/planted/ (our own sentences).

Each line of tests/data/planted/<family>.tsv (the set the checks were tuned on) and of
tests/data/planted/heldout/<family>.tsv (written afterwards, measured once) is a sentence with
one planted mistake, the wrong stretch as it stands in the sentence, and the right form. A planted
mistake counts as found when a finding of the family's rules overlaps the wrong stretch; any other
finding of those rules in the sentence is counted as spurious. Prints one Markdown table
(docs/checks.md quotes it) and, with --misses, the sentences that were not found.

Run: python bench/recall.py [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.engine import analyze
from app.model import Document

PLANTED = Path(__file__).resolve().parents[1] / "tests" / "data" / "planted"
HELD_OUT = PLANTED / "heldout"  # written after tuning, measured once
# family file → the rule families that may find its mistakes
FAMILIES = {"typo": ("typo", "wording"), "confusable": ("confusable",),
            "particle": ("particle",), "repeat": ("repeat",)}


def planted(name: str, folder: Path = PLANTED) -> list[tuple[str, str, str]]:
    rows = []
    for line in (folder / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, wrong, right = line.split("\t")
            assert wrong in sentence, line
            rows.append((sentence, wrong, right))
    return rows


def score(name: str, folder: Path = PLANTED) -> tuple[int, int, int, list[str]]:
    """(found, planted, spurious findings, missed sentences) for one family file."""
    found = spurious = 0
    misses: list[str] = []
    rows = planted(name, folder)
    for sentence, wrong, _right in rows:
        start = sentence.index(wrong)
        end = start + len(wrong)
        findings = analyze(Document.from_lines([sentence]), rules=FAMILIES[name]).findings
        hits = [f for f in findings if f.start < end and start < f.end]
        found += bool(hits)
        spurious += len(findings) - len(hits)
        if not hits:
            misses.append(f"{name}: {sentence} ({wrong} → {_right})")
    return found, len(rows), spurious, misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list the planted mistakes not found")
    args = ap.parse_args()
    print("| family | rules | set | found / planted | recall | other findings in these sentences |")
    print("|---|---|---|---|---|---|")
    all_misses: list[str] = []
    for name, rules in FAMILIES.items():
        for label, folder in (("tuned on", PLANTED), ("held out", HELD_OUT)):
            found, total, spurious, misses = score(name, folder)
            all_misses += [f"{label} {m}" for m in misses]
            print(f"| {name} | {', '.join(rules)} | {label} | {found} / {total} | "
                  f"{found / total:.0%} | {spurious} |")
    if args.misses:
        print()
        print("\n".join(all_misses))


if __name__ == "__main__":
    main()
