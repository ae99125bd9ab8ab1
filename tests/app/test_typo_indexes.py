"""The typo searches' indexes kept in the data folder beside the lexicon's file (typo_terms' 公文
terms by their typed characters, typo_fixed's strings by their anchor words): made once, read back
equal by the next process, and never kept for a lexicon that was not read from the folder."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app import lexicon as lx
from app.rules import typo_fixed, typo_terms, typo_uncommon


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("data")
    with pytest.MonkeyPatch.context() as m:
        m.setenv("REPORTDESK_DATA_DIR", str(data))
        lx._load()  # (the first start: the lexicon's cache built in a second process)
    return data


@pytest.fixture()
def read_lexicon(folder: Path, monkeypatch: pytest.MonkeyPatch):
    """The lexicon as a later process reads it from ``folder``, as the process's lexicon."""
    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(folder))
    lex = lx._load()
    monkeypatch.setattr(lx, "_LEXICON", lex)
    typo_terms._index.cache_clear()
    typo_fixed._index.cache_clear()
    yield lex
    typo_terms._index.cache_clear()
    typo_fixed._index.cache_clear()


def _no_making(*_args: object) -> None:
    raise AssertionError("made again instead of read back")


@pytest.mark.parametrize(("module", "kind"), [(typo_terms, "typo-terms"),
                                              (typo_fixed, "typo-fixed")])
def test_an_index_is_made_once_and_read_back_equal(read_lexicon, folder, monkeypatch, module,
                                                   kind):
    lex = read_lexicon
    assert lex.read_from.startswith("lexicon-")
    for old in (folder / "cache").glob(f"{kind}-*.marshal"):
        old.unlink()
    first = module._index()
    assert first == module.make_index(lex)
    assert all(first) if isinstance(first, tuple) else first  # (no table empty)
    assert len(list((folder / "cache").glob(f"{kind}-*.marshal"))) == 1
    # a later process reads the file: the same index, nothing made
    module._index.cache_clear()
    monkeypatch.setattr(module, "make_index", _no_making)
    assert module._index() == first


def test_the_terms_slips_are_found_with_the_index_read_back(read_lexicon):
    typo_terms._index()  # (made and kept)
    typo_terms._index.cache_clear()
    from app.textcache import clear_text_caches

    clear_text_caches()
    text = "各地要全面排察风险隐患，及时消除。"
    found = typo_terms.term_slips(text)
    assert [(text[a:b], term) for a, b, term, _g in found] == [("排察", "排查")]


def test_no_index_is_kept_for_a_lexicon_not_read_from_the_folder(read_lexicon):
    built_here = replace(read_lexicon, read_from="")
    assert lx.derived_cache_file(built_here, "typo-terms", [1], []) is None
    assert lx.derived_cache_file(read_lexicon, "typo-terms", [1], []) is not None
    # another lexicon's file means another index file
    other = replace(read_lexicon, read_from="lexicon-0000000000000000.marshal")
    assert lx.derived_cache_file(other, "typo-terms", [1], []) != \
        lx.derived_cache_file(read_lexicon, "typo-terms", [1], [])


def test_an_index_file_is_named_after_the_code_that_makes_it(monkeypatch):
    """An edited module makes another file (its file is among the index's sources); a frozen
    build, whose code ships with it, names none."""
    assert lx.code_files("app.rules.typo_terms", "app.rules.typo_fixed") == [
        Path(typo_terms.__file__), Path(typo_fixed.__file__)]
    monkeypatch.setattr(lx.sys, "frozen", True, raising=False)
    assert lx.code_files("app.rules.typo_terms") == []


def test_the_uncommon_words_table_is_made_once_and_read_back_equal(read_lexicon, folder,
                                                                  monkeypatch):
    """typo_uncommon's table of words counted 20–49 times, by their two characters with one
    masked: kept beside the lexicon's file like the indexes above."""
    lex = read_lexicon
    for old in (folder / "cache").glob("typo-uncommon-*.marshal"):
        old.unlink()
    monkeypatch.setattr(typo_uncommon, "_holes_of", [])
    first = dict(typo_uncommon._tables(lex))
    assert first == typo_uncommon.make_table(lex)
    assert "燃\0" in first and "放" in first["燃\0"]  # 燃放, counted 47 times
    assert len(list((folder / "cache").glob("typo-uncommon-*.marshal"))) == 1
    # a later process reads the file: the same table, nothing made
    monkeypatch.setattr(typo_uncommon, "_holes_of", [])
    monkeypatch.setattr(typo_uncommon, "make_table", _no_making)
    assert dict(typo_uncommon._tables(lex)) == first
