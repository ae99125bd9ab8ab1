"""typo/char's typo13 changes: a character and its own phonetic component of the same reading
(搬/般 bān, 求/球 qiú: app/data/similar_shape.txt Part 4) count as look-alikes; a floor rarity of
three characters one same-tone look-alike from a common word (增殖税, 电灯炮) asks the low bar a
two-character one asks, unless it is a place (潮阳区); a floor rarity one same-tone change from
an entry of the idiom list (自立更生, 中流底柱) or one classic-pair change from a set phrase
(克已奉公, 本未倒置) is corrected. The right spellings, places and compounds stay untouched."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.lexicon import lexicon
from app.lexicon_idioms import idioms
from app.model import Document

TITLE = "关于2025年重点工作推进情况的报告"


def typos(sentence: str) -> list[tuple[str, str]]:
    """(the stretch marked, the message) of each typo/char finding of ``sentence``."""
    a = analyze(Document.from_lines([TITLE, "", sentence]), ["typo"])
    return [(sentence[f.start:f.end], f.message) for f in a.findings
            if f.index == 2 and f.rule == "typo/char"]


def test_a_character_and_its_phonetic_component_are_look_alikes():
    lex = lexicon()
    for a, b in ("叼刁", "诿委", "搬般", "求球"):
        assert lex.similar_shape(a, b) and lex.similar_shape(b, a)
    # the same sound and no shared component (证/政 zhèng, 志/制 zhì, 盼/判 pàn)
    for a, b in ("证政", "志制", "盼判"):
        assert not lex.similar_shape(a, b)


@pytest.mark.parametrize("sentence, wrong, right", [
    ("扎实做好征地般迁和安置补偿工作。", "般迁", "搬迁"),
    ("各地要主动谋球合作发展新路径。", "谋球", "谋求"),
])
def test_a_phonetic_component_for_its_character_is_corrected(sentence, wrong, right):
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


@pytest.mark.parametrize("sentence, wrong, right", [
    ("今年增殖税收入同比增长。", "增殖税", "增值税"),
    ("更换楼道里损坏的电灯炮。", "电灯炮", "电灯泡"),
    ("我国正处于社会转形期。", "转形期", "转型期"),
    ("新建加油战两座。", "加油战", "加油站"),
])
def test_a_three_character_rarity_one_look_alike_from_a_word_is_corrected(sentence, wrong,
                                                                          right):
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


@pytest.mark.parametrize("sentence, wrong, right", [
    ("全县干部群众发扬自立更生精神。", "自立更生", "自力更生"),
    ("他们是行业发展的中流底柱。", "中流底柱", "中流砥柱"),
    ("领导干部要克已奉公。", "克已奉公", "克己奉公"),
    ("这种做法本未倒置。", "本未倒置", "本末倒置"),
])
def test_a_misspelt_set_phrase_at_the_floor_is_corrected(sentence, wrong, right):
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


@pytest.mark.parametrize("sentence", [
    "扎实做好征地搬迁和安置补偿工作。",
    "这一般迁移过来的居民较多。",
    "他追求卓越，也喜欢踢足球。",
    "汕头市潮阳区审计局局长出席会议。",  # a place beside 朝阳区, not a slip
    "今年增值税收入同比增长，新建加油站两座。",
    "全县干部群众发扬自力更生精神，做到克己奉公。",
    "委员们的真知灼见得到采纳。",
    "取得执业资格证书。",
])
def test_right_spellings_and_places_stay_untouched(sentence):
    assert typos(sentence) == []


def test_the_idiom_list_keeps_the_phrases_whose_halves_are_words():
    found = idioms()
    assert "真知灼见" in found  # 真知 and 灼见 are words
    assert "锲而不舍" not in found  # 锲而 is none: the lexicon's halves mark it already
    assert all(len(w) == 4 for w in found)
