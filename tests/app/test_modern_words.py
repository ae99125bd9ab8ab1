"""Words of today that jieba's 2012 dictionary lacks are not misspellings (app/modern_words.py):
the typo check leaves 微博 / 微信 / 客服 alone and still corrects 己经, with or without the
package that supplies the word list, and with a damaged cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import modern_words
from app.engine import analyze
from app.model import Document
from app.rules import typo_modern

TITLE = "关于2025年政务公开工作情况的报告"


def typos(sentence: str) -> list[tuple[str, str]]:
    a = analyze(Document.from_lines([TITLE, "", sentence]), ["typo"])
    return [(f.rule, sentence[f.start:f.end]) for f in a.findings if f.index == 2]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, data_dir: Path):
    """The attested set worked out again in a data folder of the test's own."""
    modern_words.attested_set.cache_clear()
    yield data_dir
    modern_words.attested_set.cache_clear()


needs_wordfreq = pytest.mark.skipif(modern_words._source() is None,
                                    reason="wordfreq (its Chinese word list) is not installed")


@needs_wordfreq
@pytest.mark.parametrize("sentence", [
    "区政府在官方微博上发布了停水通知。",
    "请关注本局微信公众号，及时了解办事指南。",
    "热线开通后，客服人员全天在岗。",
    "群众可通过支付宝缴纳医保费用。",
])
def test_words_of_today_are_not_corrected(sentence, fresh):
    assert typos(sentence) == []


@needs_wordfreq
def test_common_web_misspellings_in_the_list_are_still_corrected(fresh):
    # 己经 is in the web word list (a frequent slip there), beside a far more frequent 已经
    assert "己经" in modern_words.word_list(modern_words._source())
    assert not modern_words.attested("己经")
    assert typos("年度目标己经全部完成。") == [("typo/char", "己经")]
    # a word of a character rare in simplified text (瞭解) is no word of today either
    assert not modern_words.attested("瞭解")


@needs_wordfreq
@pytest.mark.parametrize("word_set, cache_name, word", [
    (modern_words.attested_set, "modern-*.marshal", "微博"),  # words jieba lacks
    (typo_modern._known_today, "today-*.marshal", "疫苗"),    # everyday words jieba counts low
])
def test_the_set_is_kept_in_the_data_folder_and_a_damaged_copy_is_replaced(
        fresh, word_set, cache_name, word):
    word_set.cache_clear()
    first = word_set()
    assert word in first
    (cached,) = (fresh / "cache").glob(cache_name)
    cached.write_bytes(b"\x00not marshal")
    word_set.cache_clear()
    assert word_set() == first
    assert cached.read_bytes() != b"\x00not marshal"
    word_set.cache_clear()


def test_without_the_package_nothing_is_attested_and_typos_are_still_found(
        fresh, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(modern_words, "_source", lambda: None)
    assert modern_words.attested_set() == frozenset()
    assert typos("年度目标己经全部完成。") == [("typo/char", "己经")]
