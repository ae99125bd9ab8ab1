"""typo/char finds a slip in a character that often stands alone when it sits beside a stray
(持续深化该革 → 改革: 该 stands alone, so the search never put it in doubt), and a look-alike of
the same sound and tone (失校 → 失效; the dictionary's floor spelling 消毁 → 销毁) on the lower
bars of app/rules/typo.py, and a correction followed by 的 and a lone character (安全阴患的楼栋);
the same shapes on real pages (abbreviations, coinages, a series the writer repeats) stay
untouched."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document

TITLE = "关于2025年重点工作推进情况的报告"


def typos(sentence: str) -> list[tuple[str, str]]:
    """(the stretch marked, the message) of each typo/char finding of ``sentence``."""
    a = analyze(Document.from_lines([TITLE, "", sentence]), ["typo"])
    return [(sentence[f.start:f.end], f.message) for f in a.findings
            if f.index == 2 and f.rule == "typo/char"]


# the wrong character stands alone often (共, 该, 间, 使, 副); its neighbour is the stray
@pytest.mark.parametrize("sentence, wrong, right", [
    ("汛期要严防共涝灾害发生。", "共涝", "洪涝"),
    ("持续深化该革，扩大对外开放。", "该革", "改革"),
    ("加强对权力运行的间督。", "间督", "监督"),
    ("在使践中不断总结经验。", "使践", "实践"),
])
def test_a_frequent_character_beside_a_stray_may_be_the_slip(sentence, wrong, right):
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


# a look-alike of the same sound and tone (校/效 xiào, 消/销 xiāo, 正/证 zhèng, 决/诀 jué)
@pytest.mark.parametrize("sentence, wrong, right", [
    ("相关规定已经失校。", "失校", "失效"),
    ("对过期药品依法消毁处理。", "消毁", "销毁"),
    ("要辩正看待当前形势。", "辩正", "辩证"),
    ("总结工作中的决窍。", "决窍", "诀窍"),
])
def test_a_look_alike_of_the_same_sound_and_tone_is_corrected(sentence, wrong, right):
    assert typos(sentence) == [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


# the same shapes on real pages (../shared/corpus and unseen pages): two characters that each
# stand alone beside a stray, one change from a word (提出, 雷达, 客人, 征集, 攻克), and
# look-alikes of one sound and tone in a coinage or a series (产销, 用材, 同城化)
@pytest.mark.parametrize("sentence", [
    "代替烧油，把替出的石油用于国民经济。",
    "雷打滩水电站正抓紧建设。",
    "实施引客入赣工程。",
    "落实增值税即征即退政策。",
    "政府齐心协力，共克时艰。",
    "率先实现磷石膏产消动态平衡。",
    "懂得生财、聚财、用财之道。",
    "推进都市圈同城化发展。",
])
def test_real_coinages_and_series_stay_untouched(sentence):
    assert typos(sentence) == []


# a single character two places after the correction, beyond a word that stands alone often
# (的), belongs to the next phrase (楼|栋 is no dictionary word): not a leftover of the correction
def test_a_stray_beyond_a_particle_does_not_hold_the_correction_back():
    assert typos("全面排查存在安全阴患的楼栋。") == [("阴患", "疑似错别字：“阴患”应为“隐患”")]


# … while a stray right beside the correction still does (因城施策 → 因城市策 would leave 策)
@pytest.mark.parametrize("sentence", ["坚持因城施策，支持刚性住房需求。",
                                      "对违章搭建的棚舍依法拆除。"])
def test_a_stray_beside_the_correction_still_holds_it_back(sentence):
    assert typos(sentence) == []
