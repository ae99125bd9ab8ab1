"""Recall of the formulation/title/hygiene checks on the planted set in tests/data/planted.

The planted set is our own text: reports and titles with mistakes put in on purpose, listed in
tests/data/planted/key.tsv (file, line, rule, excerpt, note). A planted mistake counts as found
when a finding of the same rule on that line overlaps the excerpt. Findings of these families
that match no planted mistake are counted as false alarms on the planted text.

Run: python bench/planted_recall.py
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.engine import analyze
from app.readers.text import read_text

PLANTED = Path(__file__).resolve().parents[1] / "tests" / "data" / "planted"
FAMILIES = ("formulation", "title", "hygiene")


@dataclass
class Result:
    family: str
    planted: int
    found: int
    missed: list[str]
    extra: list[str]

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 1.0


def run() -> dict[str, Result]:
    with (PLANTED / "key.tsv").open(encoding="utf-8", newline="") as fh:
        key = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    results = {f: Result(f, 0, 0, [], []) for f in FAMILIES}
    files = sorted({row["file"] for row in key} | {p.name for p in PLANTED.glob("*.txt")})
    for name in files:
        doc = read_text(PLANTED / name)
        findings = [f for f in analyze(doc, list(FAMILIES)).findings]
        used: set[int] = set()
        for row in (r for r in key if r["file"] == name):
            family = row["rule"].split("/")[0]
            res = results[family]
            res.planted += 1
            line = int(row["line"])
            text = doc.texts[line - 1]
            at = text.find(row["excerpt"])
            span = (at, at + len(row["excerpt"])) if at >= 0 else (0, len(text))
            hit = next((k for k, f in enumerate(findings) if f.rule == row["rule"]
                        and f.line == line and f.start < span[1] and span[0] < f.end), None)
            if hit is None:
                res.missed.append(f"{name}:{line} {row['rule']} {row['excerpt']} ({row['note']})")
            else:
                res.found += 1
                used.add(hit)
        for k, f in enumerate(findings):
            if k not in used:
                results[f.rule.split("/")[0]].extra.append(
                    f"{name}:{f.line}:{f.column} {f.rule} {f.message[:40]}")
    return results


def main() -> int:
    for res in run().values():
        print(f"{res.family}: {res.found}/{res.planted} planted found "
              f"(recall {res.recall:.0%}), {len(res.extra)} other findings")
        for m in res.missed:
            print("  missed:", m)
        for e in res.extra:
            print("  other: ", e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
