"""typo/char leaves alone what official prose writes on purpose next to names and bodies, each
shape met on real pages of local government (docs/checks.md, precision7): a road or a reservoir
named before its kind (胜丽公路), a person's name before a title (我部许建国同志), a body's
abbreviation after its level (市防指), a compound of two kinds of units (股室), a conjunction
standing between two nouns (大赛暨表彰大会, 沟渠及村道); and it keeps finding a slip beside the
same words."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document

TITLE = "关于2025年基层治理工作情况的报告"


def typos(sentence: str) -> list[str]:
    a = analyze(Document.from_lines([TITLE, "", sentence]), ["typo"])
    return [sentence[f.start:f.end] for f in a.findings if f.index == 2]


@pytest.mark.parametrize("sentence", [
    # a name before the kind of road or works it names
    "全力推进胜丽公路拓宽改造。",
    "加固景华水库大坝，确保安全度汛。",
    # the stretch ends on a surname that begins a name before a title
    "春节期间，我部许建国同志带队坚守一线。",
    "春节期间，市委办黎建国同志带队坚守一线。",
    # a body's abbreviation after its level (防汛抗旱指挥部), not the verb 防止
    "市防指统一调度抢险力量。",
    # two kinds of units make one word, as 科室 and 处室 do
    "各股室负责同志参加会议。",
    # a conjunction between two nouns: it is meant, and the noun after it is not 及时
    "举办第三届职工技能大赛暨表彰大会。",
    "沟渠及村道两侧杂草丛生，需及时清理。",
])
def test_names_and_bodies_are_meant(sentence):
    assert typos(sentence) == []


@pytest.mark.parametrize("sentence, slip", [
    ("加强公路养护，提高通行效律。", "效律"),  # 公路 after the sentence's slip, not after it
    ("这次活动效律高，王军同志功不可没。", "效律"),  # a title further on
    ("由县统愁安排。", "统愁"),  # a level before a verb is its subject: no abbreviation
    ("我们坚持标本兼制，既抓河道清淤又抓源头管控。", "标本兼制"),  # 兼 inside a set phrase
])
def test_a_slip_beside_the_same_words_is_still_found(sentence, slip):
    assert typos(sentence) == [slip]
