"""Kinds of mistakes the sixth blind set (tests/data/planted_reports/blind6) found missing, each
fixed in the shared mechanism and tested here on other sentences of our own, next to sentences
that look alike and are right. Expected values are what a reviewer would mark."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document
from app.rules.typo_phrases import near_sound
from tests.app.sentences import sentence_checks

TITLE = "关于2026年工作情况的报告"
flagged, fixed = sentence_checks(TITLE)


# --- a set phrase mistyped where the segmentation cuts a word across its halves ------------

@pytest.mark.parametrize(("sentence", "right"), [
    ("两项改革要统筹推进、相得益张。", "相得益彰"),          # 相|得益|张
    ("全县干部群众众志成程，打赢了这场硬仗。", "众志成城"),  # 众|志成|程
])
def test_set_phrase_cut_across_its_halves(sentence, right):
    assert [r for r, _ in flagged(sentence, "typo")] == ["typo/char"]
    assert right in fixed(sentence, "typo")


# --- a set phrase with a character of a near sound (an input method's fuzzy syllable) ------

@pytest.mark.parametrize(("sentence", "right"), [
    ("我们要发扬精益求情的工匠精神。", "精益求精"),  # qing / jing
    ("各部门要全力以护，确保安全度汛。", "全力以赴"),  # hu / fu
])
def test_set_phrase_with_a_near_sound(sentence, right):
    assert [r for r, _ in flagged(sentence, "typo")] == ["typo/char"]
    assert right in fixed(sentence, "typo")


def test_near_sound_beside_an_everyday_word_stays_quiet():
    # 就是 (jiu) is one fuzzy step from 求 (qiu) of 实事求是, but an everyday word of its own
    assert flagged("抓实事就是抓发展，抓落实就是抓民生。", "typo") == []


def test_near_sound_is_one_fuzzy_step():
    assert near_sound("qing", "jing") and near_sound("hen", "heng") and near_sound("lan", "nan")
    assert not near_sound("jing", "jing")  # the same sound is typo.py's own search
    assert not near_sound("qing", "xiang") and not near_sound("ma", "lu")


# --- a collocation of the dictionary with its second word swapped for a same-sound word ----

@pytest.mark.parametrize(("sentence", "right"), [
    ("广大党员要坚定政治新年，对党忠诚。", "政治信念"),  # 新年 xīnnián / 信念 xìnniàn
    ("村干部要同群众保持密切练习。", "密切联系"),        # 练习 liànxí / 联系 liánxì
])
def test_collocation_with_a_same_sound_word(sentence, right):
    assert [r for r, _ in flagged(sentence, "typo")] == ["typo/char"]
    assert right in fixed(sentence, "typo")


@pytest.mark.parametrize("sentence", [
    # the first word swapped would be the other direction, left alone (有利措施, 接合起来,
    # 程式设计 are dictionary words)
    "采取有力措施，把两者结合起来，做好城市设计。",
    # a typed word that itself ends many compounds makes a normal pair (年度人物, 完全同意)
    "全面完成年度任务，实现国家完全统一。",
    "科学调节水库水位，推荐一批优秀人才。",  # 调节, 推荐 right
    # a subject and its verb (个人主义, 社会主义 are collocations of the dictionary)
    "提醒个人注意防范电信诈骗，引导社会注意节约用水。",
    # a classic confusable pair used in both senses (民主法制, 健全法制 are dictionary words)
    "创建民主法治示范村，健全法治保障体系。",
    "大家在新年里互致问候。",
])
def test_ordinary_pairs_stay_quiet(sentence):
    assert flagged(sentence, "typo") == []


def test_collocation_written_twice_is_deliberate():
    # the same spelling twice in a document is taken as meant (typo's rule for every slip)
    doc = Document.from_lines([TITLE, "坚定政治新年。", "再谈政治新年。"])
    assert [f for f in analyze(doc, ["typo"]).findings] == []


# --- a rare character replaced by its look-alike into a common word ------------------------

def test_rare_look_alike_in_a_two_character_word():
    sentence = "任何单位和个人不得纂改统计资料。"
    assert [r for r, _ in flagged(sentence, "typo")] == ["typo/char"]
    assert "篡改" in fixed(sentence, "typo")


def test_rare_character_in_its_own_word_stays_quiet():
    assert flagged("组织专家编纂地方志，严禁伪造材料。", "typo") == []


# --- 形式 for 形势 after 当前/目前 and a field whose state is meant ---------------------------

@pytest.mark.parametrize("sentence", [
    "结合当前安全生产形式，部署下一步工作。",
    "会议分析了目前防汛抗旱形式。",
])
def test_state_of_a_field_is_xingshi(sentence):
    assert [r for r, _ in flagged(sentence, "confusable")] == ["confusable/word"]
    assert "形势" in fixed(sentence, "confusable")


@pytest.mark.parametrize("sentence", [
    "鼓励灵活就业形式，发展多种经济形式。",   # forms, no 当前 before them
    "当前就业形式多样，新业态不断涌现。",     # 形式多样: forms
    "坚决反对当前形式主义的新表现。",
])
def test_forms_stay_xingshi(sentence):
    assert flagged(sentence, "confusable") == []


# --- look-alike negatives of the blind set's kind: names and rare words --------------------

@pytest.mark.parametrize("sentence", [
    "联系人：司马云杰，电话：0395-3216688。",
    "漯河市源汇区沙澧河蓄滞洪区开展清淤疏浚。",
    "赓续红色血脉，踔厉奋发、笃行不怠。",
    "各位老人吃上了清淡可口的饭菜。",
])
def test_names_and_rare_words_stay_quiet(sentence):
    assert flagged(sentence, "typo") == []
    assert flagged(sentence, "confusable") == []
