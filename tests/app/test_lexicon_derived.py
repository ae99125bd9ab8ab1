"""The typo search's word sets kept in the lexicon's cache file (app/lexicon_derived.py): read
with the tables, equal to what the rules would make from those tables, and not used for a
table they were not made from."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from app import lexicon as lx
from app import lexicon_derived as ld
from app.rules import typo_halves, typo_phrases, typo_windows


@pytest.fixture(scope="module")
def cache_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    with pytest.MonkeyPatch.context() as m:
        m.setenv("REPORTDESK_DATA_DIR", str(folder))
        lx._load()  # (the first start: the cache built in a second process)
    (path,) = list((folder / "cache").glob("lexicon-*.marshal"))
    return path


def _made_here(lex: lx.Lexicon) -> dict[str, frozenset[str]]:
    """Each set as the rules made it before the cache held it."""
    heads, tails = ld.phrase_heads_tails(lex.halves, lex.freq)
    return {"second_words": frozenset(k[k.index("|") + 1:] for k in lex.collocation_slips),
            "typed_halves": ld.typed_halves(lex.half_slips),
            "compound_words": ld.compound_words(lex.compound_slips),
            "phrase_heads": heads, "phrase_tails": tails}


def test_the_cache_holds_the_sets_the_rules_would_make(cache_file):
    read = lx._read_cache(cache_file)
    assert read is not None
    assert set(read.derived) == set(ld.NAMES)
    made = _made_here(read)
    for name in ld.NAMES:
        assert read.derived[name][1] == made[name], name
        assert made[name], name  # (no set is empty on jieba's dictionary)
    # what the typo search asks for is the stored set itself, not one made again
    assert ld.derived(read, "second_words", read.collocation_slips) is \
        read.derived["second_words"][1]
    monkey = lx._LEXICON
    lx._LEXICON = read  # (_typed_words asks the process's lexicon for its stored set)
    try:
        assert typo_phrases._typed_words(read.collocation_slips) is \
            read.derived["second_words"][1]
    finally:
        lx._LEXICON = monkey
    assert typo_halves._typed_words(read) is read.derived["typed_halves"][1]
    assert typo_phrases._half_words(read) == (read.derived["phrase_heads"][1],
                                              read.derived["phrase_tails"][1])
    assert typo_phrases._half_words(read)[0] is read.derived["phrase_heads"][1]
    assert typo_windows._slip_index(read)[1] is read.derived["compound_words"][1]


def test_a_table_replaced_after_the_read_gets_its_own_set(cache_file):
    read = lx._read_cache(cache_file)
    assert read is not None
    read.collocation_slips = {"检查|知道": "检查指导"}
    read.half_slips = {"未雨|筹谋": "未雨绸缪"}
    assert ld.derived(read, "second_words", read.collocation_slips) is None
    assert typo_phrases._typed_words(read.collocation_slips) == frozenset({"知道"})
    assert typo_halves._typed_words(read) == frozenset({"筹谋"})
    read.halves = {"全力": lx.HEAD, "以赴": lx.TAIL}
    assert typo_phrases._half_words(read) == (frozenset({"全力"}), frozenset({"以赴"}))


def test_a_lexicon_built_here_makes_the_same_sets(cache_file):
    """A first start that builds in its own process (a frozen build) reads no stored set: the
    rules make them, and they are the ones a later start reads."""
    read = lx._read_cache(cache_file)
    assert read is not None
    built = lx._build(*lx._sources())
    assert built.derived == {}
    assert typo_halves._typed_words(built) == read.derived["typed_halves"][1]
    assert typo_phrases._half_words(built) == (read.derived["phrase_heads"][1],
                                               read.derived["phrase_tails"][1])
    assert typo_windows._slip_index(built)[1] == read.derived["compound_words"][1]
    assert typo_phrases._typed_words(built.collocation_slips) == \
        read.derived["second_words"][1]


def test_a_cache_file_without_the_sets_is_not_taken(cache_file, tmp_path):
    old = tmp_path / "lexicon-old.marshal"
    old.write_bytes(marshal.dumps(marshal.loads(cache_file.read_bytes())[:-len(ld.NAMES)]))
    assert lx._read_cache(old) is None  # (then rebuilt, as a damaged one)
