"""Recall on our own planted set (tests/data/planted, key.tsv): each family finds at least 85%
of the mistakes put in on purpose and reports nothing else in those texts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.planted_recall import FAMILIES, run


@pytest.fixture(scope="module")
def results():
    return run()


@pytest.mark.parametrize("family", FAMILIES)
def test_planted_recall(family, results):
    res = results[family]
    assert res.planted >= 15
    assert res.recall >= 0.85, res.missed


@pytest.mark.parametrize("family", FAMILIES)
def test_no_other_findings_in_the_planted_texts(family, results):
    assert results[family].extra == []
