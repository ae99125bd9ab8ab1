"""Precision of the formulation, title and hygiene checks on real published documents.

Every finding these families make on ../shared/corpus must be judged by hand in
docs/precision/<family>.tsv (verdict true/false), and the false alarms must stay at or under one
per 20,000 characters of the corpus. A new finding nobody judged fails the test: judge it.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.engine import analyze
from app.readers.text import read_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
FAMILIES = ("formulation", "title", "hygiene")

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(),
                                reason=f"the shared corpus is not at {CORPUS}")


def judgements(family: str) -> dict[tuple[str, str, int, int], str]:
    path = ROOT / "docs" / "precision" / f"{family}.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows == [] or set(rows[0]) == {"rule", "file", "line", "column", "excerpt", "verdict",
                                          "note"}
    return {(r["rule"], r["file"], int(r["line"]), int(r["column"])): r["verdict"] for r in rows}


@pytest.fixture(scope="module")
def corpus_findings() -> tuple[dict[str, list[tuple[str, str, int, int]]], int]:
    found: dict[str, list[tuple[str, str, int, int]]] = {f: [] for f in FAMILIES}
    chars = 0
    for path in sorted(CORPUS.glob("*.txt")):
        doc = read_text(path)
        chars += sum(len(t) for t in doc.texts)
        for f in analyze(doc, list(FAMILIES)).findings:
            found[f.rule.split("/")[0]].append((f.rule, path.name, f.line, f.column))
    return found, chars


@pytest.mark.parametrize("family", FAMILIES)
def test_every_finding_is_judged_and_false_alarms_are_rare(family, corpus_findings):
    found, chars = corpus_findings
    judged = judgements(family)
    unjudged = [k for k in found[family] if k not in judged]
    assert unjudged == [], f"judge these in docs/precision/{family}.tsv: {unjudged[:5]}"
    assert all(v in ("true", "false") for v in judged.values())
    false_alarms = [k for k in found[family] if judged[k] == "false"]
    assert len(false_alarms) <= chars / 20000, false_alarms
