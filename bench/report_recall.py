"""Recall of every wording family on the planted reports in tests/data/planted_reports/.

The reports there (a 报告, a 工作总结, a 党组 report, a 环保 summary, a 通报 and eight titles) are
our own text with mistakes of every family of issue #13 put in on purpose, listed in key.tsv
(file, family, excerpt, right form, note). A planted mistake counts as found when a finding of its
family overlaps the excerpt (the 错别字 family counts `typo/*` and `wording/*`, the two layers);
a finding of these families that covers no planted excerpt is listed as "other" (a false alarm on
the planted text, or a mistake nobody planted).

Run: python bench/report_recall.py [--misses] [--set DIR]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.engine import analyze
from app.readers.text import read_text

SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "planted_reports"
# key family → rule families whose findings may find it
# (错别字 and confusable words are both one wrong word: a finding of either family on it counts)
FAMILIES = {"typo": ("typo", "wording", "confusable"),
            "confusable": ("confusable", "typo", "wording"),
            "particle": ("particle",), "repeat": ("repeat",), "formulation": ("formulation",),
            "title": ("title",),
            # a doubled mark (，， 。。 、、) is a punctuation mistake that hygiene/doubled-punct
            # reports (a rule id: only that rule of the hygiene family counts here)
            "punctuation": ("punctuation", "hygiene/doubled-punct"),
            # issue #13 item 7 counts half-width , ; : beside digits and % as number hygiene;
            # punctuation/width is the rule that reports them
            "hygiene": ("hygiene", "punctuation"),
            # 层次序数 skipped or repeated (first planted in blind10)
            "numbering": ("numbering",)}
RULES = sorted({r.split("/")[0] for rules in FAMILIES.values() for r in rules})


def key_rows(folder: Path) -> list[dict[str, str]]:
    lines = [ln for ln in (folder / "key.tsv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def run(folder: Path = SET) -> tuple[Counter[str], Counter[str], list[str], list[str]]:
    """(planted per family, found per family, missed lines, other findings)."""
    planted: Counter[str] = Counter()
    found: Counter[str] = Counter()
    missed: list[str] = []
    other: list[str] = []
    rows = key_rows(folder)
    # numbering counts only in a set that plants it: its findings are no "other" in the older sets
    keyed = {r["family"] for r in rows}
    rules = [r for r in RULES if r != "numbering" or "numbering" in keyed]
    for path in sorted(folder.glob("*.txt")):
        doc = read_text(path)
        findings = analyze(doc, rules).findings
        used: set[int] = set()
        for row in (r for r in rows if r["file"] == path.name):
            fam = row["family"]
            hits_at = [(i, t.find(row["excerpt"])) for i, t in enumerate(doc.texts)
                       if row["excerpt"] in t]
            assert len(hits_at) == 1 and doc.texts[hits_at[0][0]].count(row["excerpt"]) == 1, row
            line, at = hits_at[0]
            end = at + len(row["excerpt"])
            planted[fam] += 1
            hit = [k for k, f in enumerate(findings)
                   if (f.rule.split("/")[0] in FAMILIES[fam] or f.rule in FAMILIES[fam])
                   and f.index == line and f.start < end and at < f.end]
            if hit:
                found[fam] += 1
                used.update(hit)
            else:
                missed.append(f"{fam}: {path.name}:{line + 1} {row['excerpt']} → {row['right']}"
                              f" ({row['note']})")
        for k, f in enumerate(findings):
            if k not in used:
                text = doc.texts[f.index]
                other.append(f"{path.name}:{f.line} {f.rule} "
                             f"{text[max(0, f.start - 6):f.start]}【{text[f.start:f.end]}】"
                             f"{text[f.end:f.end + 6]} {f.message}")
    return planted, found, missed, other


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list misses and other findings")
    ap.add_argument("--set", type=Path, default=SET, help="folder with *.txt and key.tsv")
    args = ap.parse_args()
    planted, found, missed, other = run(args.set)
    print("| family | found / planted | recall |")
    print("|---|---|---|")
    for fam in FAMILIES:
        if planted[fam]:
            print(f"| {fam} | {found[fam]} / {planted[fam]} | {found[fam] / planted[fam]:.0%} |")
    total, hit = sum(planted.values()), sum(found.values())
    print(f"| all | {hit} / {total} | {hit / total:.0%} |")
    print(f"\nother findings of these families: {len(other)}")
    if args.misses:
        print("\n".join(["", "missed:", *missed, "", "other:", *other]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
