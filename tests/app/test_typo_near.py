"""typo/char corrects a word of today where its same-sound twin makes one dictionary word with
the next characters (安全细数 → 安全系数), and keeps the lower same-tone bar for well-known
three-character words (积极姓 → 积极性), and finds a word the paragraph writes right written
once more one flat/retroflex sibilant away (申诉 … 申树); the same words in their own sense stay
untouched."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document
from app.rules.typo_near import context_vouches

TITLE = "关于2025年农村学校布局调整情况的报告"


def typos(sentence: str) -> list[tuple[str, str]]:
    """(the stretch marked, the message) of each typo/char finding of ``sentence``."""
    a = analyze(Document.from_lines([TITLE, "", sentence]), ["typo"])
    return [(sentence[f.start:f.end], f.message) for f in a.findings
            if f.index == 2 and f.rule == "typo/char"]


# a word of today (细数 "count one by one", 开唱 "start singing", 二姐 "second sister") written
# where its twin joins the next character into a dictionary word (安全系数, 开场白, 第十二届)
@pytest.mark.parametrize("sentence, wrong, right", [
    ("提高工程结构的安全细数。", "细数", "系数"),
    ("他的开唱白很精彩。", "开唱", "开场"),
    # (the same edit made in the longer word 十二届 is reported in it: typo._held_in_longer)
    ("第十二姐全国运动会在此举行。", "十二姐", "十二届"),
])
def test_a_word_of_today_is_corrected_where_its_twin_joins_the_context(sentence, wrong, right):
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


@pytest.mark.parametrize("sentence", [
    "细数过去五年的成绩，来之不易。",  # 细数 in its own sense
    "积极发展乡村民宿和自驾游。",  # 民宿 beside 民俗, 自驾 beside 自家
    "她是我的学姐，在警界工作多年。",  # 学姐 beside 学界, 警界 beside 警戒
    "通过官方微博发布预警信息。",  # 微博 beside 微波
    "主持人的开场白很精彩。",
])
def test_a_word_of_today_in_its_own_sense_is_left_alone(sentence):
    assert typos(sentence) == []


@pytest.mark.parametrize("sentence, wrong, right", [
    ("调动群众的积极姓和主动性。", "积极姓", "积极性"),  # xìng
    ("从基本尚解决了群众出行难的问题。", "基本尚", "基本上"),  # shàng
])
def test_a_same_tone_slip_in_a_well_known_three_character_word_is_found(sentence, wrong, right):
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


@pytest.mark.parametrize("sentence", [
    "这个问题基本尚未解决。",  # 尚未 is the word, not 基本上
    "全县新增市场主体积极姓名登记。",
    "要及时全面地反映情况。",
])
def test_a_three_character_word_beside_real_words_is_left_alone(sentence):
    assert typos(sentence) == []


def test_context_vouches_only_for_a_word_reaching_beyond_the_stretch():
    # the corrected stretch is characters 2–4 of the clause
    assert context_vouches(["水位", "警戒水位", "时"], 2, 4)
    assert not context_vouches(["水位", "警戒", "水位"], 2, 4)  # the twin alone
    assert not context_vouches(["水", "位警", "戒水位"], 2, 4)  # cut across two words


# a word written right in the paragraph and once more one flat/retroflex sibilant away
# (征收 zhēng shōu → 征搜 sōu, 申诉 shēn sù → 申树 shù, 扎实 shí → 扎思 sī)
@pytest.mark.parametrize("sentence, wrong, right", [
    ("依法征收土地，征搜过程中要保障群众权益。", "征搜", "征收"),
    ("做好群众申诉工作，对申树事项逐件办理。", "申树", "申诉"),
    ("扎实推进各项工作，扎思开展主题教育。", "扎思", "扎实"),
])
def test_a_near_sound_twin_of_a_word_the_paragraph_writes_is_found(sentence, wrong, right):
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


@pytest.mark.parametrize("sentence", [
    "做好群众申诉工作，申述理由要充分。",  # 申述 is a word of its own
    "推进数字化转型，建设数智化工厂。",  # a coinage of today beside the word it plays on
    "推进数字化转型，数智赋能千行百业。",
    "加强师资队伍建设，私立学校同步推进。",  # 私立 is a word (师资 / 私: shī / sī)
])
def test_a_near_sound_word_beside_its_twin_is_left_alone(sentence):
    assert typos(sentence) == []
