"""typo/slot: a noun typed where the syntax needs the verb of the same sound (经公式 → 经公示,
依法等级 → 依法登记), and silence where the noun is right or the slot takes a noun."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document

TITLE = "关于2026年度人才工作情况的报告"


def slots(sentence: str) -> list[tuple[str, str]]:
    """(wrong word, the fix's text) of each typo/slot finding on ``sentence``."""
    a = analyze(Document.from_lines([TITLE, "", sentence]), ["typo"])
    return [(sentence[f.start:f.end], f.fix.edits[0].replacement if f.fix else "")
            for f in a.findings if f.index == 2 and f.rule == "typo/slot"]


@pytest.mark.parametrize("sentence, wrong, right", [
    ("评选首批“山城英才”30名，名单经公式无异议后予以命名。", "公式", "公示"),
    ("对未依法等级的经营主体要责令限期整改。", "等级", "登记"),
    ("相关人员名单已公式。", "公式", "公示"),
])
def test_a_noun_in_a_verbs_place_is_found(sentence, wrong, right):
    assert slots(sentence) == [(wrong, right)]


@pytest.mark.parametrize("sentence", [
    "名单经公示无异议后予以命名。",  # the right verb
    "对未依法登记的经营主体要责令限期整改。",
    "坚持和加强党的全面领导。",  # 全面 takes a noun: no slot
    "统一思想、统一意志、统一行动。",
    "重要统计数据需经上级政府统计机构审核。",  # a noun follows: an attribute
    "依法大力整治网络乱象。",  # a verb follows: an adverbial
    "确保教育经费及时足额拨付到位。",
    "以及子女均已去世的年满60岁的祖父母。",  # 去世 is no noun
    "开展技能等级认定，新增高技能人才860名。",  # 等级 after no slot word
    "公式推导已完成，计算结果如下。",
])
def test_a_right_word_or_a_noun_slot_stays_quiet(sentence):
    assert slots(sentence) == []


def test_a_spelling_used_twice_is_meant():
    lines = [TITLE, "", "名单经公式无异议后予以命名。", "", "公式已经编入教材。"]
    a = analyze(Document.from_lines(lines), ["typo"])
    assert [f for f in a.findings if f.rule == "typo/slot"] == []
