"""wording/variant: a non-recommended 异形词 of 《第一批异形词整理表》 (GF 1001-2001), reported as
a warning with its recommended form (an info for the 264-group draft's entries), only where it
stands as a word; quiet where its characters belong to the words around it. Sentences of our own
(docs/checks.md, variant18)."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.findings import Severity
from app.fixes import apply_fixes
from app.model import Document
from app.rules import SUPERSEDED_BY, variant, wording
from app.rules.base import data_lines

TITLE = "关于2024年工作情况的报告"


def findings(line: str, families: list[str] | None = None) -> list:
    a = analyze(Document.from_lines([TITLE, line]), families)
    return [f for f in a.findings if f.index == 1]


def variants(line: str) -> list[tuple[str, str]]:
    return [(line[f.start:f.end], f.fix.label if f.fix else "")
            for f in findings(line) if f.rule == "wording/variant"]


def fixed(line: str) -> str:
    fixes = [f.fix for f in findings(line, ["wording/variant"]) if f.fix]
    return apply_fixes([TITLE, line], fixes)[0][1]


@pytest.mark.parametrize(("line", "wrong", "right"), [
    ("本月新增定单3000余份。", "定单", "订单"),
    ("所有汉字的笔划都要书写规范。", "笔划", "笔画"),
    ("经检测，该批产品的主要成份符合国家标准。", "成份", "成分"),
    ("群众文化生活丰富多采，满意度逐年提高。", "丰富多采", "丰富多彩"),
    ("各部门要主动担责，不得互相推委。", "推委", "推诿"),
    ("这种情况在本地十分希罕。", "希罕", "稀罕"),
    ("新建道路联接了三个乡镇。", "联接", "连接"),
    ("请与会代表按座次依次入座，会后一起参预讨论。", "参预", "参与"),
    ("要克服畏难情绪，不能一遇到困难就耽心。", "耽心", "担心"),
    ("监控图象已全部接入指挥中心。", "图象", "图像"),
])
def test_a_variant_is_reported_with_its_recommended_form(line, wrong, right):
    found = [f for f in findings(line) if f.rule == "wording/variant"]
    assert [line[f.start:f.end] for f in found] == [wrong]
    f = found[0]
    assert f.severity == Severity.WARNING  # a norm deviation, never an error
    assert f"“{right}”" in f.message and "GF 1001-2001" in f.message
    assert fixed(line) == line.replace(wrong, right)


def test_a_draft_entry_is_an_info_naming_the_draft():
    line = "这是解决问题的惟一途径。"
    found = [f for f in findings(line) if f.rule == "wording/variant"]
    assert [(line[f.start:f.end], f.severity) for f in found] == [("惟一", Severity.INFO)]
    assert "草案" in found[0].message
    assert fixed(line) == "这是解决问题的唯一途径。"


@pytest.mark.parametrize("line", [
    "要尽快确定单位名称和法定代表人。",  # 确定|单位 around 定单
    "大力推行绿色采购和绿色办公。",  # 绿色|采购 around 色采
    "合作社按股分红，社员增收明显。",  # 按股|分红 around 股分
    "村里有一座座落在半山腰的古庙。",  # 一座 + 座落: a measure word
    "全市有多座落在山区的小型水库。",
    "花了100元来购买应急物资。",  # 元|来, both words alone
    "会议开始后他就坐在第一排。",  # 就|坐在
    "干与不干不一样，干好干坏更不一样。",  # 干|与
    "局机关连续八年获评先进单位。",  # 机关|连续
    "现代汉语有不少联绵词。",  # the term the table keeps
    "认真学习《关于规范产品成份标注的通知》。",  # a title cited as issued
    "说明书【成份】项应列出全部辅料。",  # a drug label's heading, as the regulation names it
    "要提升标识标牌的规范化水平。",  # 标识 is a word of its own today
    "街道组织居民凑份子办起了百家宴。",  # 份子 (fènzi) is another word
    "丁宁同志作典型发言。",  # a name
    "会上，李惟一作交流发言。",  # a surname alone before it: a given name
    "经研究，惟一同志任办公室主任。",  # a person's title after it
])
def test_look_alikes_stay_quiet(line):
    assert variants(line) == []


def test_a_mistake_another_rule_reports_is_reported_once():
    # 透澈 is a variant in the table and a slip the typo rule corrects: one finding, the one
    # that names the table's form
    line = "要把问题剖析透澈，把原因找准。"
    assert [f.rule for f in findings(line)] == ["wording/variant"]
    # with the variant rule off, the typo rule still reports it
    assert [f.rule for f in findings(line, ["typo"])] == ["typo/char"]
    # no rule gives way to the other both ways (both findings would be lost)
    assert "typo/char" not in SUPERSEDED_BY["wording/variant"]


def test_the_list_leaves_the_misused_words_to_wording_misused():
    listed = {line.split("\t")[0] for line in data_lines("variant_words.txt")}
    assert not listed & set(wording.MISUSED)
    assert "标识" not in listed and "份子" not in listed


def test_every_entry_names_a_known_source_and_another_form():
    for line in data_lines("variant_words.txt"):
        wrong, right, source = line.split("\t")
        assert source in {"G", "GA", "D"} and wrong != right, line
    assert variant.VARIANTS["座落"] == ("坐落", "D")


def test_switched_off_with_the_wording_family_or_by_id():
    line = "所有汉字的笔划都要书写规范。"
    assert [f.rule for f in findings(line, ["numbering"])] == []
    assert [f.rule for f in findings(line, ["wording"])] == ["wording/variant"]
    assert [f.rule for f in findings(line, ["wording/misused"])] == []
