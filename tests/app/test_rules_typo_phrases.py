"""错别字 in four-character set phrases, and the words of current official writing that the
lexicon lacks. Sentences are our own; the expected corrections are what a reviewer would mark."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.fixes import apply_fixes
from app.model import Document
from app.rules.base import data_lines
from app.rules.typo import POLICY_WORDS
from tests.conftest import CORPUS_FILES, needs_corpus

TITLE = "关于2025年工作情况的报告"


def typo_fixed(sentence: str) -> str:
    a = analyze(Document.from_lines([TITLE, sentence]), ["typo", "wording"])  # the two layers
    fixes = [f.fix for f in a.findings if f.index == 1 and f.fix is not None]
    return apply_fixes([TITLE, sentence], fixes)[0][1]


@pytest.mark.parametrize(("wrong", "right"), [
    # every character of the slip is common on its own, so no stray points at it
    ("（一）全力以付稳增长。", "（一）全力以赴稳增长。"),  # a single verb after the phrase
    ("坚持精益求经，提升服务质量。", "坚持精益求精，提升服务质量。"),
    ("部分陈旧观念根深蒂故。", "部分陈旧观念根深蒂固。"),
    ("一如继往地支持基层工作。", "一如既往地支持基层工作。"),
    ("与先进单位相比相形见拙。", "与先进单位相比相形见绌。"),  # look-alikes 拙/绌
    ("组织编篡地方志。", "组织编纂地方志。"),  # look-alikes 篡/纂
    ("依法赋于基层更多自主权。", "依法赋予基层更多自主权。"),  # the classic 于/予
    ("授于荣誉称号。", "授予荣誉称号。"),
    # rare in running text, still a set phrase: three of four characters in place (泾渭分明)
    ("做到径渭分明。", "做到泾渭分明。"),
    # the stretch is two words of two characters, one of them a half of the phrase
    ("作风问题原型毕露。", "作风问题原形毕露。"), ("全区人材辈出。", "全区人才辈出。"),
])
def test_a_mistyped_set_phrase_is_corrected(wrong, right):
    assert typo_fixed(wrong) == right


@pytest.mark.parametrize("right", [
    "全力以赴稳增长。", "坚持因时制宜、分类施策。", "坚持以民为本。", "做到知难而进。",
    "把工作做细做实。", "确保一以贯之。", "他以付款凭证为据。", "对违法行为人免于处罚。",
    "致力于改革。", "这取决于市场。", "篡改数据。", "相形见绌。", "完成产品原型设计。",
    "做到泾渭分明。", "全区人才辈出。", "一是加强领导。",
])
def test_set_phrases_and_their_legitimate_neighbours_are_left_alone(right):
    assert typo_fixed(right) == right


@pytest.mark.parametrize("sentence", [
    "坚决纠治形式主义、官僚主义。",  # 纠治, not 救治
    "推动产业提质增效，以数智赋能传统产业。", "织密扎牢民生保障网。", "赓续红色血脉。",
])
def test_words_of_current_official_writing_used_once_are_not_misspellings(sentence):
    assert typo_fixed(sentence) == sentence


@needs_corpus
def test_every_policy_word_is_attested_in_a_published_document():
    corpus = "".join(p.read_text(encoding="utf-8") for p in CORPUS_FILES)
    own = {w for line in data_lines("policy_words.txt") for w in line.split()}
    assert sorted(w for w in own if w not in corpus) == []


def test_every_cited_policy_word_names_its_document_and_address():
    lines = data_lines("policy_words_cited.txt")
    assert lines
    for line in lines:
        words, _tab, source = line.partition("\t")
        assert words.split() and "page:" in source and "》" in source, line
        assert all(w in POLICY_WORDS for w in words.split())


@pytest.mark.parametrize("sentence", [
    "医务人员投身抗疫一线，日夜奋战。",  # 抗疫 (2020) is no slip of 抗议
    "深化数实融合，培育新质生产力。",  # 数实 (digital and real economy) is no 数十
    "老旧小区加装电梯，配建停车设施。",  # 配建 (built along with) is no 配件
    "有的干部干中怕出错、怕担责，遇到矛盾绕道走。",  # 担责 (take the blame) is no 担负
])
def test_words_of_today_cited_from_published_documents_are_no_typos(sentence):
    assert typo_fixed(sentence) == sentence
