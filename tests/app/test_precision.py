"""The hand judgements of docs/precision/*.tsv against what the checks raise on ../shared/corpus.

The corpus is real published documents (not in this repository): the tests skip without it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(),
                                reason="../shared/corpus (real documents) is not here")


def precision_module():
    spec = importlib.util.spec_from_file_location("bench_precision",
                                                  ROOT / "bench" / "precision.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def measured():
    p = precision_module()
    found = p.corpus_findings(CORPUS)
    return p, found, *p.measure(found, p.read_judgements(ROOT / "docs" / "precision"))


def test_no_error_level_finding_on_the_real_documents_is_a_false_alarm(measured):
    _, found, stats, _, _ = measured
    false_errors = [f for s in stats.values() for f in s.false_errors]
    assert false_errors == []
    p = measured[0]
    judged = p.read_judgements(ROOT / "docs" / "precision")
    errors = [f for f in found if f.severity == "error"]
    assert errors, "the corpus has known numbering slips: the checks must still find them"
    assert all((f.rule, f.file, f.line, f.column) in judged for f in errors)


def test_the_table_reportdesk_rules_shows_is_what_the_judgements_give(measured):
    _, _, stats, _, _ = measured
    from app.rules.measured import MEASURED

    now = {s.rule: (s.true, s.judged) for s in stats.values() if s.judged}
    assert now == MEASURED, "run .venv/bin/python bench/precision.py --write"


def test_judgement_files_are_well_formed():
    p = precision_module()
    rows = p.read_judgements(ROOT / "docs" / "precision")
    assert rows
    for (rule, file, line, column), j in rows.items():
        assert (CORPUS / file).is_file()
        assert line >= 1 and column >= 1 and j.note
        text = (CORPUS / file).read_text(encoding="utf-8").split("\n")[line - 1]
        flagged = j.excerpt.split("【", 1)[1].split("】", 1)[0]
        assert text[column - 1:].startswith(flagged), (rule, file, line)


def test_the_documents_are_the_ones_judged():
    assert {p.name for p in Path(CORPUS).glob("*.txt")} >= {
        "02_gwr_national_2007_wikisource.txt", "17_xinyu_2012_green_building_measures.txt"}
