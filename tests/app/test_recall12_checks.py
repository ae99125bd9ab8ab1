"""Causes found by the twelfth blind set (recall12): each test is what a reader of the report
would mark, beside the look-alike a reader would leave alone."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document

TITLE = "关于2026年重点工作推进情况的报告"


def marked(sentence: str, family: str) -> list[tuple[str, str]]:
    """(rule, marked text) of each finding of ``family`` in ``sentence`` (after a title)."""
    a = analyze(Document.from_lines([TITLE, sentence]), [family])
    return [(f.rule, sentence[f.start:f.end]) for f in a.findings if f.index == 1]


def rules_of(sentence: str, family: str) -> list[str]:
    return [r for r, _ in marked(sentence, family)]


# --- a year cut to two digits in a date (GB/T 15835: 1990年 not 90年) ----------------------------

def test_a_two_digit_year_before_a_month_is_marked():
    assert marked("自26年3月起，集中整治。", "hygiene") == [("hygiene/short-year", "26年")]
    assert marked("该项目于98年10月建成投用。", "hygiene") == [("hygiene/short-year", "98年")]


@pytest.mark.parametrize("text", [
    "他在基层工作26年3个月。",  # a span: 个月
    "历时26年，终于建成。",  # no month after it
    "自2026年3月起实施。",  # the full year
    "2025—26年3月的数据。",  # a range's second year
    "共计26年13月份",  # no month 13
])  # fmt: skip
def test_spans_and_full_years_stay_silent(text):
    assert "hygiene/short-year" not in rules_of(text, "hygiene")


# --- an Arabic number counted in 千/百 (GB/T 15835: only 万 and 亿 as counting units) -----------

@pytest.mark.parametrize(("text", "span"), [
    ("新增学位约3千个。", "3千"),
    ("投入资金2百万元。", "2百"),
    ("参训人员达1.5千人次。", "1.5千"),
    ("完成投资3千多万元。", "3千"),
    ("资料检索11千余人次。", "11千"),  # (unseen12) 1.1万余人次
    ("家禽存栏513百羽。", "513百"),  # a three-digit number is still the spoken slip
])  # fmt: skip
def test_an_arabic_number_counted_in_qian_or_bai_is_marked(text, span):
    assert marked(text, "hygiene") == [("hygiene/digit-unit", span)]


@pytest.mark.parametrize("text", [
    "新建防火道路3千米。",  # 千米: a unit of measurement
    "每袋重5千克。",
    "年发电量2千瓦时以上。",
    "新增学位约3000个。",
    "新增学位约三千个。",  # all in words
    "气压为1000百帕左右。",
    # (unseen12, lead) a book's length in 千字 (GB/T 12450), and a bulletin's chosen scale: a
    # precise number of four or more digits counted in 百 (家禽存栏51313百羽)
    "全书约2.87千字。",
    "年末家禽存栏51313百羽，同比下降33.88%。",
])  # fmt: skip
def test_units_of_measurement_and_right_numbers_stay_silent(text):
    assert "hygiene/digit-unit" not in rules_of(text, "hygiene")


# --- two neighbouring Arabic digits with a 顿号 as an approximate number (七八级, not 7、8级) ----

@pytest.mark.parametrize(("text", "span"), [
    ("遇7、8级大风天气，要提前预置力量。", "7、8"),
    ("每村建成2、3个示范点。", "2、3"),
])  # fmt: skip
def test_an_approximate_number_in_digits_with_a_dunhao_is_marked(text, span):
    assert marked(text, "punctuation") == [("punctuation/approx-comma", span)]


@pytest.mark.parametrize("text", [
    "5、6月份降雨偏多。",  # two months named
    "1、2号楼已完工。",  # two buildings
    "3、4年级学生参加。",
    "分获1、2名。",  # places in a ranking
    "建成1、5个示范点。",  # not neighbours
    "第1、2条规定。",
])  # fmt: skip
def test_two_numbers_named_stay_silent(text):
    assert "punctuation/approx-comma" not in rules_of(text, "punctuation")


# --- 必须 is an adverb (必须的 + noun is 必需); 启用 a person is 起用; 权力观 beside 政绩观 ---

@pytest.mark.parametrize(("text", "span"), [
    ("新建学校应同步配齐教学必须的设施设备。", "必须"),
    ("为企业提供发展所必须的要素保障。", "必须"),
    ("大胆启用一批年轻干部。", "启用"),
    ("树立正确的权利观、政绩观、事业观。", "权利观"),
])  # fmt: skip
def test_confused_words_the_context_decides_are_marked(text, span):
    assert marked(text, "confusable") == [("confusable/word", span)]


@pytest.mark.parametrize("text", [
    "严格落实安全责任是必须的。",  # predicative
    "必须的话可以延期。",
    "全面启用新的办公系统。",  # a thing
    "启用干部档案管理系统。",
    "树立正确的权利观和义务观。",  # law teaching
    "配齐教学必需的设施设备。",
])  # fmt: skip
def test_right_uses_stay_silent(text):
    assert "confusable/word" not in rules_of(text, "confusable")


# --- a doubled preposition before a word that only looks like a listed seam word ----------------

def test_a_doubled_zai_before_yongdi_is_marked():
    assert marked("在在用地安排上，建议调整。", "repeat") == [("repeat/char", "在")]


@pytest.mark.parametrize("text", [
    "在在用设备中，发现隐患3处。",  # 在|在用设备: the seam word is there
    "在在建项目中，推行实名制。",
])  # fmt: skip
def test_a_preposition_before_a_seam_word_stays_silent(text):
    assert "repeat/char" not in rules_of(text, "repeat")


# --- a one-character complement of strictness after 的 (抓的不紧 → 抓得不紧) ---------------------

@pytest.mark.parametrize("text", [
    "理论学习抓的不紧，有时以干代学。",
    "对干部管的不严，问题较多。",
])  # fmt: skip
def test_a_verb_with_a_complement_of_strictness_is_marked(text):
    assert rules_of(text, "particle") == ["particle/de"]


@pytest.mark.parametrize("text", [
    "理论学习抓得不紧，有时以干代学。",
    "这是我们要的紧缺物资。",
    "严格的管理制度。",
])  # fmt: skip
def test_right_particles_stay_silent(text):
    assert rules_of(text, "particle") == []


# --- a fixed phrase with two neighbouring parts swapped -------------------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("推进国有资本和国有企业做强做大做优，提升核心竞争力。", "国有资本和国有企业做强做大做优"),
    ("培养德智体劳美全面发展的社会主义建设者和接班人。", "德智体劳美"),
    ("建成富强文明民主和谐美丽的社会主义现代化强国。", "富强文明民主和谐美丽的社会主义现代化强国"),
])  # fmt: skip
def test_a_fixed_phrase_with_two_parts_swapped_is_marked(text, span):
    assert marked(text, "formulation") == [("formulation/order", span)]


@pytest.mark.parametrize("text", [
    "推动国有资本和国有企业做强做优做大。",
    "培养德智体美劳全面发展的社会主义建设者和接班人。",
    "做大做强特色产业。",  # another subject, a free phrase
    "促进学生德智体全面发展。",  # the older formula, not a swap
])  # fmt: skip
def test_fixed_phrases_in_order_stay_silent(text):
    assert rules_of(text, "formulation") == []


# --- a 转发 of a 转发 in the document's own title (handbooks: keep one 转发) --------------------

def titled(*lines: str) -> list[tuple[str, str]]:
    a = analyze(Document.from_lines(list(lines)), ["title"])
    return [(f.rule, lines[f.index][f.start:f.end]) for f in a.findings]


def test_a_forwarded_forwarding_is_marked():
    title = ("县应急管理局关于转发《市应急管理局关于转发〈省应急管理厅关于加强汛期安全生产"
             "工作的通知〉的通知》的通知")
    assert titled(title, "各乡镇人民政府：", "现将有关文件转发给你们。") == [
        ("title/forwarding", "转发")]


@pytest.mark.parametrize("title", [
    "县应急管理局关于转发《省应急管理厅关于加强汛期安全生产工作的通知》的通知",
    "县人民政府办公室关于印发《关于转发工作的若干规定》的通知",  # 印发, one level
])  # fmt: skip
def test_one_level_of_forwarding_stays_silent(title):
    assert titled(title, "各乡镇人民政府：", "现将有关文件转发给你们。") == []


# --- a slogan pair whose long halves are joined by 和 (两个健康, 二十大报告) ----------------------

def test_a_long_slogan_half_changed_after_he_is_marked():
    text = "促进非公有制经济健康发展和非公有制经济人士健康发展。"
    assert marked(text, "formulation") == [("formulation/member", "非公有制经济人士健康发展")]


@pytest.mark.parametrize("text", [
    "促进非公有制经济健康发展和非公有制经济人士健康成长。",
    "促进民营经济健康发展和民营经济人士健康成长。",  # 《民营经济促进法》's own wording
    "保持谦虚谨慎和艰苦朴素的作风。",  # four-character words joined by 和: a free phrase
])  # fmt: skip
def test_right_halves_and_free_phrases_with_he_stay_silent(text):
    assert rules_of(text, "formulation") == []
