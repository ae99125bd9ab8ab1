"""Causes found by the fifteenth blind set (recall16): each test is what a reader of the report
would mark, beside the look-alike a reader would leave alone."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document
from tests.app.test_rules_blind13 import marked, texts_of

# --- 的 after a jieba adverb (tag d) before a verb ----------------------------------------------


@pytest.mark.parametrize(("text", "phrase"), [
    ("接到预警后，值班人员果断的关闭了闸门。", "果断的关闭"),
    ("个别工作人员擅自的修改了台账数据。", "擅自的修改"),
    ("广大党员默默的坚守在抗洪一线。", "默默的坚守"),
])  # fmt: skip
def test_de_after_an_adverb_before_a_verb_is_marked(text, phrase):
    assert phrase in text and marked(text, "particle") == [("particle/di", "的")]


@pytest.mark.parametrize("text", [
    "在全体干部职工共同的努力下，任务如期完成。",  # 共同 heads a noun phrase
    "最新的研究表明，早期干预效果更好。",
    "各村储备必要的抢险物资。",
    "这才是真正的生财之道。",
    "按照权责一致的要求行使职权。",
    "果断地关闭了闸门。",  # already 地
])  # fmt: skip
def test_adverbs_heading_a_noun_phrase_stay_silent(text):
    assert marked(text, "particle") == []


# --- a manner word + 的 + a preposition that opens the verb's phrase ----------------------------


@pytest.mark.parametrize(("text", "phrase"), [
    ("社区干部耐心的向居民解释政策。", "耐心的向"),
    ("志愿者主动的给独居老人送去了棉被。", "主动的给"),
    ("切实的为基层减负。", "切实的为"),
])  # fmt: skip
def test_de_before_a_preposition_and_its_verb_is_marked(text, phrase):
    assert phrase in text and marked(text, "particle") == [("particle/di", "的")]


@pytest.mark.parametrize("text", [
    "积极的对外开放政策吸引了大批客商。",  # 对外 is one word: a noun phrase
    "热情的向日葵开满了山坡。",
    "他耐心的态度赢得了群众信任。",
    "建立积极的对口帮扶机制。",  # 对口 is one word
])  # fmt: skip
def test_noun_phrases_after_a_manner_word_stay_silent(text):
    assert marked(text, "particle") == []


# --- 又A又B as a verb's complement ---------------------------------------------------------


@pytest.mark.parametrize(("text", "phrase"), [
    ("调解员把邻里纠纷化解的又快又好。", "化解的又快又好"),
    ("要确保这项工作完成的又好又快。", "完成的又好又快"),
    ("网格员把底数核对的又准又细，群众很满意。", "核对的又准又细"),
])  # fmt: skip
def test_de_before_a_paired_complement_is_marked(text, phrase):
    assert phrase in text and marked(text, "particle") == [("particle/de", "的")]


@pytest.mark.parametrize("text", [
    "他写的又多又好的文章被编入文集。",  # a noun follows: an attribute
    "所做的又快又好，大家都看在眼里。",  # 所 makes a noun phrase
    "这批衣服买的又贵又旧。",  # 贵, 旧 are no evaluation of the buying
    "工作完成得又快又好。",
])  # fmt: skip
def test_paired_evaluations_that_are_no_complement_stay_silent(text):
    assert texts_of(text, "particle") == []


# --- a one-character verb typed twice inside a clause ----------------------------------------


@pytest.mark.parametrize("text", [
    "各单位要对照问题清单建立立工作台账。",
    "请尽快确定定实施方案并报县政府。",
])  # fmt: skip
def test_a_verb_character_typed_twice_inside_a_clause_is_marked(text):
    assert [r for r, _t in marked(text, "repeat")] == ["repeat/char"]


@pytest.mark.parametrize("text", [
    "强化食品药品安全全链条监管。",  # 全链条: a term after 安全
    "明确各方立场，确立立德树人根本任务。",  # 立德树人 is a word
    "坚持合作作为主要方式。",  # 作为 is a word
    "推动工作落实到位。",
])  # fmt: skip
def test_terms_and_words_across_the_seam_stay_silent(text):
    assert marked(text, "repeat") == []


# --- a date the calendar does not have -----------------------------------------------------


@pytest.mark.parametrize(("text", "date"), [
    ("发现的隐患须于2026年6月31日前全部整改到位。", "6月31日"),
    ("会议定于2月30日上午召开。", "2月30日"),
    ("申报截止时间为2027年2月29日。", "2月29日"),  # 2027 is no leap year
    ("活动时间为9月31日至10月7日。", "9月31日"),
    ("20105月下旬，县委召开专题会议。", "20105月"),  # the year's 年 lost (unseen19)
    ("截至202612月底，共完成投资8亿元。", "202612月"),
])  # fmt: skip
def test_a_day_past_the_end_of_its_month_is_marked(text, date):
    assert marked(text, "hygiene") == [("hygiene/no-such-date", date)]


@pytest.mark.parametrize("text", [
    "申报截止时间为2028年2月29日。",  # a leap year
    "每年2月29日前报送。",  # no year: February may have 29 days
    "全年工作截至12月31日。",
    "演练安排在3—6月，每月30日前报送总结。",
    "全年完成产量120万吨，2026年5月投产。",
    "项目编号HX20265月度计划已报送。",  # a code's digits: a Latin letter before
])  # fmt: skip
def test_real_dates_stay_silent(text):
    assert [r for r, _t in marked(text, "hygiene") if r == "hygiene/no-such-date"] == []


# --- a 事务文书 title with an end mark -------------------------------------------------------


def test_a_summary_title_ending_in_a_full_stop_is_marked():
    title = "××县应急管理局关于2026年度地震应急演练工作的总结。"
    assert ("title/punctuation", "。") in title_rules_of(title)


@pytest.mark.parametrize("title", [
    "××县应急管理局关于2026年度地震应急演练工作的总结",
    "关于做好2027年防汛工作的实施方案",
])  # fmt: skip
def test_summary_titles_without_an_end_mark_stay_silent(title):
    assert [r for r, _t in title_rules_of(title) if r == "title/punctuation"] == []


def title_rules_of(first_line: str) -> list[tuple[str, str]]:
    """(rule, marked text) of the title findings on the first line of a short report."""
    a = analyze(Document.from_lines([first_line, "", "2026年，我局组织开展演练5场。"]), ["title"])
    return [(f.rule, first_line[f.start:f.end]) for f in a.findings if f.index == 0]


# --- confusable words in contexts that decide ----------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("部分企业资金链紧张，以至迟迟未能投产。", "以至"),
    ("前期手续不全，以至项目无法按期开工。", "以至"),
    ("决不能利用手中的权利为亲友谋取好处。", "权利"),
    ("各村人民调节委员会要定期排查矛盾。", "调节"),
    ("聘请专职调节员20名。", "调节"),
])  # fmt: skip
def test_confused_words_in_a_deciding_context_are_marked(text, word):
    assert marked(text, "confusable") == [("confusable/word", word)]


@pytest.mark.parametrize("text", [
    "要坚持三年、五年以至更长时间不懈努力。",  # 以至: extension
    "依法保障公民享有的各项权利。",
    "告知当事人手中的权利义务清单。",  # 权利义务: rights
    "室内温度调节系统运行正常。",
    "人民调解委员会要定期排查矛盾。",
])  # fmt: skip
def test_the_right_words_and_other_senses_stay_silent(text):
    assert marked(text, "confusable") == []


# --- 自治、法治、德治相结合 with a member changed ---------------------------------------------


def test_a_changed_member_of_the_three_governances_is_marked():
    # 党的十九大报告 (2017) / 二十届三中全会《决定》 (2024): 自治、法治、德治相结合
    assert marked("完善党组织领导的自治、法治、善治相结合的治理体系。", "formulation") == \
        [("formulation/member", "善治")]


@pytest.mark.parametrize("text", [
    "健全党组织领导的自治、法治、德治相结合的城乡基层治理体系。",
    "探索自治、法治、德治、智治融合的基层治理新路子。",  # a local 四治 variation
])  # fmt: skip
def test_the_three_governances_and_local_variations_stay_silent(text):
    assert marked(text, "formulation") == []


# --- a Chinese quotation closed (or opened) with a straight quote -------------------------------


@pytest.mark.parametrize(("text", "mark"), [
    ("授予李××同志“优秀网格员\"称号。", "”"),
    ("开展\"网格连心”行动。", "“"),
])  # fmt: skip
def test_a_straight_quote_pairing_with_a_chinese_one_is_marked_alone(text, mark):
    a = analyze(Document.from_lines(["关于工作情况的报告", text]), ["punctuation"])
    found = [(f.rule, text[f.start:f.end]) for f in a.findings if f.index == 1]
    assert found == [("punctuation/width", '"')]  # and no unpaired “ or ” beside it
    assert mark in next(f.message for f in a.findings if f.index == 1)


@pytest.mark.parametrize("text", [
    "他说：“群众的事再小也是大事。”",
    "标注\"A\"等级和“B”等级。",  # straight quotes around Latin text
])  # fmt: skip
def test_paired_quotes_stay_silent(text):
    assert marked(text, "punctuation") == []
