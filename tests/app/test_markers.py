"""Marker recognition: the four levels, their wrong forms, and lines that only look numbered."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document
from app.outline.markers import find_marker
from app.outline.numerals import parse_chinese, to_chinese
from app.outline.types import MarkerKind


@pytest.mark.parametrize("text,kind,number,level", [
    ("一、总体要求", MarkerKind.CN, 1, 1),
    ("十一、各部部长", MarkerKind.CN, 11, 1),
    ("（一）指导思想。", MarkerKind.CN_PAREN, 1, 2),
    ("（十三）推动企业", MarkerKind.CN_PAREN, 13, 2),
    ("1.问题导向。", MarkerKind.ARABIC, 1, 3),
    ("10.法人社会团体", MarkerKind.ARABIC, 10, 3),
    ("（1）有专职工作人员；", MarkerKind.ARABIC_PAREN, 1, 4),
    ("①优化营商环境", MarkerKind.CIRCLED, 1, 5),
    ("第一章　总  则", MarkerKind.CHAPTER, 1, 0),
    ("第十七条　纳税人", MarkerKind.ARTICLE, 17, 9),
    ("1.2.1　国家级（Ⅰ级）", MarkerKind.DECIMAL, 1, 3),
    ("一、2025年工作回顾", MarkerKind.CN, 1, 1),
    # a Chinese numeral starting the heading's words (a WPS template's sample, real headings)
    ("1.四级标题", MarkerKind.ARABIC, 1, 3),
    ("2.三项机制建设情况", MarkerKind.ARABIC, 2, 3),
    ("（1）一把手带头", MarkerKind.ARABIC_PAREN, 1, 4),
])
def test_correct_markers(text, kind, number, level):
    m = find_marker(text)
    assert m is not None and (m.kind, m.number, m.level) == (kind, number, level)
    assert m.problem == ""


@pytest.mark.parametrize("text,kind,canonical", [
    ("一.总体要求", MarkerKind.CN, "一、"),
    ("一，总体要求", MarkerKind.CN, "一、"),
    # the 句号 after a marker, typed for its own separator or added after a bracket
    ("一。总体要求", MarkerKind.CN, "一、"),
    ("（一）。强化组织领导", MarkerKind.CN_PAREN, "（一）"),
    ("1。加强理论学习", MarkerKind.ARABIC, "1."),
    ("一 总体要求", MarkerKind.CN, "一、"),
    ("(一)指导思想", MarkerKind.CN_PAREN, "（一）"),
    ("（一）、指导思想", MarkerKind.CN_PAREN, "（一）"),
    ("㈠新型节能建筑体系", MarkerKind.CN_PAREN, "（一）"),
    ("1、问题导向", MarkerKind.ARABIC, "1."),
    ("１．问题导向", MarkerKind.ARABIC, "1."),
    ("(1)有专职", MarkerKind.ARABIC_PAREN, "（1）"),
    ("（1）.有专职", MarkerKind.ARABIC_PAREN, "（1）"),
    ("⑴有专职", MarkerKind.ARABIC_PAREN, "（1）"),
    # a spaced marker whose title starts with a character a credit line also uses
    ("三 审核把关", MarkerKind.CN, "三、"),
    ("二 监督检查：每季度一次", MarkerKind.CN, "二、"),
])
def test_wrong_forms_are_read_as_the_level_meant(text, kind, canonical):
    m = find_marker(text)
    assert m is not None and m.kind is kind
    assert m.problem and m.canonical == canonical


@pytest.mark.parametrize("text", [
    "一、二季度，全市经济运行平稳",  # = 一季度、二季度
    "1.5万元用于补助",
    "3、4月份完成招标",
    "1.２万人次参加",  # a full-width digit goes on the number too
    "2023年全市实现地区生产总值",
    "12345热线接诉即办",
    "（此页无正文）",
    "（牵头单位：市发展改革委）",
    "2.5",  # PM2.5 split over lines
    "3.8%的增长",
    "三、",  # a marker with nothing after it is not a heading
    # a news page's letter-spaced credit lines: 三审, 二审, not heading 三 titled "审"
    "三 审：周某某",
    "二 审 钱某  终 审 孙某",
    "一 审",
    "",
])
def test_body_lines_are_not_markers(text):
    assert find_marker(text) is None


def test_chinese_numerals_round_trip():
    for n in range(1, 10000):
        assert parse_chinese(to_chinese(n)) == n
    assert to_chinese(10) == "十" and to_chinese(21) == "二十一" and to_chinese(101) == "一百零一"
    assert to_chinese(1010) == "一千零一十" and to_chinese(110) == "一百一十"
    assert parse_chinese("一二") is None


def headings(lines: list[str]) -> list[tuple[str, int]]:
    a = analyze(Document.from_lines(["关于上半年工作情况的报告", *lines]))
    return [(lines[h.index - 1][:2], h.level) for h in a.headings]


def test_a_heading_that_begins_with_a_numeral_is_one_where_the_outline_needs_it():
    # "一、二级标题": heading 一 when its "（一）" follows (a WPS 公文 template has this line)
    assert headings(["一、二级标题", "（一）三级标题", "1.四级标题"]) == [
        ("一、", 1), ("（一", 2), ("1.", 3)]
    # … or when "二、" follows it: no false "should start at 一、"
    assert headings(["一、二季度经济运行情况", "二、下半年工作打算"]) == [("一、", 1), ("二、", 1)]
    doc = Document.from_lines(["关于上半年工作情况的报告", "一、二季度经济运行情况",
                               "二、下半年工作打算"])
    assert [f.rule for f in analyze(doc).findings if f.rule.startswith("numbering")] == []
    # a sentence that starts "一、二季度" stays body text, whatever follows
    assert headings(["一、二季度，全市经济运行稳中有进。", "（一）工业生产稳定"]) == [("（一", 2)]
    # and so does a heading-shaped line that nothing around it makes a heading
    assert headings(["一、二季度经济运行情况", "全市经济运行稳中有进。"]) == []


def test_credit_lines_of_a_news_page_are_not_numbered_headings():
    doc = Document.from_lines([
        "关于召开安全生产工作会议的报道", "会议要求各单位压实责任。",
        "编 辑：赵某", "二 审：钱某", "三 审：孙某"])
    assert [f.rule for f in analyze(doc).findings if f.rule.startswith("numbering")] == []
    # the same shape with a real title is a heading written with a space after its numeral
    doc = Document.from_lines([
        "关于安全生产工作的报告", "一、基本情况", "全年未发生事故。",
        "二 审查发现的问题", "部分台账不全。"])
    markers = [f for f in analyze(doc).findings if f.rule == "numbering/marker"]
    assert [(f.index, f.fix.edits[0].replacement) for f in markers if f.fix] == [(3, "二、")]
