"""typo15's table of rare words and their same-sound twins (app/rules/typo_joined.py) is shipped
built (app/data/typo_twins.txt): a first start does not spend ~0.45 s listing it while the
window opens a report. The shipped table must be the one the installed dictionaries give."""

from __future__ import annotations

import pytest

from app.lexicon import _sources
from app.rules import typo_joined


def test_the_shipped_table_is_made_from_the_installed_dictionaries():
    shipped = typo_joined.shipped_entries(typo_joined.stamp(_sources()))
    assert shipped is not None, "stale app/data/typo_twins.txt: python -m app.rules.typo_joined"
    assert shipped == typo_joined.build_twins(), "regenerate: python -m app.rules.typo_joined"
    assert "建康健康" in shipped  # the slip typo15 was made for (建康证 → 健康证)


def test_twins_come_from_the_shipped_table_without_building(monkeypatch):
    def no_build() -> frozenset[str]:
        raise AssertionError("built although the shipped table fits")

    monkeypatch.setattr(typo_joined, "build_twins", no_build)
    typo_joined.twins.cache_clear()
    try:
        assert "健康" in typo_joined.twins()["建康"]
    finally:
        typo_joined.twins.cache_clear()


def test_other_dictionaries_build_the_table_once(monkeypatch, tmp_path, data_dir):
    # (data_dir: a data folder of this test's own, so that no earlier run's cache is found)
    stale = tmp_path / "typo_twins.txt"
    stale.write_text("# 0000000000000000\n建康健康\n", encoding="utf-8")
    monkeypatch.setattr(typo_joined, "SHIPPED", stale)
    calls = []
    real = typo_joined.build_twins

    def counted() -> frozenset[str]:
        calls.append(1)
        return real()

    monkeypatch.setattr(typo_joined, "build_twins", counted)
    typo_joined.twins.cache_clear()
    try:
        built = typo_joined.twins()
        typo_joined.twins.cache_clear()
        again = typo_joined.twins()  # from the data folder's cache now
    finally:
        typo_joined.twins.cache_clear()
    assert built == again and "健康" in built["建康"]
    assert calls == [1]


@pytest.mark.parametrize("sentence", ["部分从业人员建康证过期。"])
def test_the_slip_is_still_found(sentence):
    from tests.app.test_typo_pairs import typos

    assert typos(sentence) == [("建康证", "疑似错别字：“建康证”应为“健康证”")]
