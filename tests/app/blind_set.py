"""What a reviewer checks on a blind planted set (tests/data/planted_reports/blindN), shared by
the set's test modules: the look-alikes its key lists draw no finding of issue #13's families,
and the planted mistakes of the families worked on are each found where they were planted."""

from __future__ import annotations

import sys
from pathlib import Path

from app.engine import analyze
from app.readers.text import read_text

ROOT = Path(__file__).resolve().parents[2]
FAMILIES = ("typo", "wording", "confusable", "particle", "repeat", "formulation", "title",
            "punctuation", "hygiene", "numbering")


def negatives(set_dir: Path) -> list[tuple[str, str]]:
    """(file, text) of each look-alike the key lists (rows "# negative<TAB>file<TAB>text")."""
    rows = [ln.split("\t") for ln in (set_dir / "key.tsv").read_text(encoding="utf-8").splitlines()
            if ln.startswith("# negative\t")]
    return [(r[1], r[2]) for r in rows]


def loud_look_alikes(set_dir: Path) -> list[tuple[str, str, str]]:
    """(file, look-alike, rule) for each finding of the families that touches a look-alike."""
    listed = negatives(set_dir)
    loud = []
    for name in sorted({f for f, _ in listed}):
        doc = read_text(set_dir / name)
        findings = [f for f in analyze(doc, list(FAMILIES)).findings
                    if f.rule.split("/")[0] in FAMILIES]
        for text in (t for f, t in listed if f == name):
            for i, para in enumerate(doc.texts):
                at = para.find(text)
                if at < 0:
                    continue
                loud += [(name, text, f.rule) for f in findings
                         if f.index == i and f.start < at + len(text) and at < f.end]
    return loud


def missed_of(set_dir: Path, families: tuple[str, ...]) -> list[str]:
    """The planted mistakes of ``families`` that bench/report_recall.py finds missed."""
    sys.path.insert(0, str(ROOT))
    from bench.report_recall import run

    planted, found, missed, _other = run(set_dir)  # (asserts each excerpt stands once)
    return [m for family in families if found[family] != planted[family]
            for m in missed if m.startswith(family)]
