"""Kinds of mistakes the seventh blind set (tests/data/planted_reports/blind7) found missing, each
fixed in a shared mechanism and tested here on other sentences of our own, next to sentences
that look alike and are right. Expected values are what a reviewer would mark."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import modern_words
from app.rules import typo_modern
from app.rules.typo_modern import well_known_today
from app.textcache import clear_text_caches
from tests.app.sentences import sentence_checks

TITLE = "关于2026年工作情况的报告"
flagged, fixed = sentence_checks(TITLE)
CONFUSED = ("typo", "wording", "confusable")  # one wrong word: any of the three may report it


def _wrong_words(sentence: str) -> list[str]:
    return [text for family in CONFUSED for _rule, text in flagged(sentence, family)]


def _fixed(sentence: str) -> str:
    for family in CONFUSED:
        sentence = fixed(sentence, family)
    return sentence


# --- a same-tone slip into a word that is everyday today though jieba (2012) counts it low --

needs_wordfreq = pytest.mark.skipif(modern_words._source() is None,
                                    reason="wordfreq (its Chinese word list) is not installed")


@pytest.fixture
def fresh(data_dir: Path):
    """The set of words of today worked out again in a data folder of the test's own."""
    typo_modern._known_today.cache_clear()
    clear_text_caches()  # (a paragraph's typos are cached by its text)
    yield data_dir
    typo_modern._known_today.cache_clear()
    clear_text_caches()


@needs_wordfreq
@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("适龄儿童要按时接种义苗，预防传染病。", "义苗", "疫苗"),  # yì / yì, e^8.1
    ("辖区群众遇到紧急情况要第一时间抱警。", "抱警", "报警"),  # bào / bào, e^8.3
    ("统一设置门牌编浩，方便群众办事。", "编浩", "编号"),      # hào / hào, e^8.9
])
def test_same_tone_slip_into_a_word_of_today(sentence, wrong, right):
    assert _wrong_words(sentence) == [wrong]
    assert right in _fixed(sentence)


@needs_wordfreq
def test_words_of_today_come_from_the_list():
    # 疫苗 and 报警 are everyday words today; a coinage of two verbs' first characters is not
    assert well_known_today("疫苗") and well_known_today("报警")
    assert not well_known_today("产消") and not well_known_today("公益活动")


# 制衡 is 97 in jieba: under typo.TONE_COMMON (100), so only the list of today lowers its bar (疫苗,
# 373, asks typo.MIN_GAIN_TONE_COMMON, e^7.5, with or without the list: typo18)
@needs_wordfreq
def test_with_the_package_a_word_jieba_counts_low_asks_the_bar_of_today(fresh):
    assert _wrong_words("健全权力运行的制约和志衡机制。") == ["志衡"]  # e^8.5 ≥ e^8


def test_without_the_package_the_slip_needs_the_full_bar(fresh, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(modern_words, "_source", lambda: None)
    assert not well_known_today("疫苗") and not well_known_today("制衡")
    assert _wrong_words("健全权力运行的制约和志衡机制。") == []  # e^8.5 < e^9


@pytest.mark.parametrize("sentence", [
    "推动建筑垃圾产消平衡，资源化利用率达到60%。",  # 产消: 生产 and 消纳, not 产销
    "全县公益性岗位安置就业困难人员320人。",
    "接到报警后，派出所民警迅速赶到现场。",
])
def test_right_words_beside_words_of_today_stay_quiet(sentence):
    assert _wrong_words(sentence) == []


# --- real words confused by sound in a context that decides ----------------------------------

@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("今年共开展消防安全检察86次，发现隐患112处。", "检察", "检查"),
    ("建立家庭经济困难学生精准自助机制。", "自助", "资助"),
    ("个别干部纪律观念淡泊，存在侥幸心理。", "淡泊", "淡薄"),
    ("各级各部门要加强协作，凝聚整体合理。", "合理", "合力"),
    ("专项整治要坚持问题导向，收到时效。", "时效", "实效"),
    ("各级河长要认真旅行巡河职责。", "旅行", "履行"),
    ("全市外贸进出口总额创历史最高记录。", "记录", "纪录"),
    ("要为受灾群众及时发放生活必须物资。", "必须", "必需"),
    ("该村位于与两省交接的山区，交通不便。", "交接", "交界"),
    ("党员干部要分清情与法的界线。", "界线", "界限"),
    ("逐项列出整改清淡，明确责任人。", "清淡", "清单"),
    ("完善干部绩效平价体系。", "平价", "评价"),
    ("稳步推荐农村集体产权制度改革。", "推荐", "推进"),
    ("进一步巩固深化主体教育成果。", "主体教育", "主题教育"),
    ("人民调解员及时调节邻里纠纷。", "调节", "调解"),
])
def test_word_confused_in_its_context(sentence, wrong, right):
    assert wrong in _wrong_words(sentence)
    assert right in _fixed(sentence)


@pytest.mark.parametrize("sentence", [
    "市人民检察院对该案提起公诉。",
    "开展专项检察监督活动。",
    "自助服务终端覆盖全部乡镇。",
    "他一生淡泊名利，甘于奉献。",
    "统筹规划，合理布局，形成合理的产业结构。",
    "提高审批时效，注重时效性。",
    "今年暑假全家到云南旅行。",
    "认真做好会议记录。",
    "防汛物资必须在汛前储备到位。",
    "两个部门做好工作交接。",
    "省与省之间的行政区域界线已经勘定。",
    "今年蔬菜市场行情清淡。",
    "开设平价商店，稳定蔬菜价格。",
    "推荐优秀年轻干部到重要岗位锻炼。",
    "学生主体教育理论强调学生的主动性。",
    "科学调节水库水位，确保安全度汛。",
])
def test_right_words_in_look_alike_contexts_stay_quiet(sentence):
    assert _wrong_words(sentence) == []


# --- number hygiene: a decrease in 倍, a bound said twice -------------------------------------

@pytest.mark.parametrize(("sentence", "flagged_text"), [
    ("全年生产安全事故起数比上年降低了3倍。", "降低了3倍"),
    ("全市单位产值能耗减少一倍以上。", "减少一倍"),
])
def test_decrease_told_in_fold(sentence, flagged_text):
    assert flagged(sentence, "hygiene") == [("hygiene/fold-decrease", flagged_text)]


@pytest.mark.parametrize(("sentence", "flagged_text", "right"), [
    ("参训人员不少于200人以上。", "不少于200人以上", "参训人员不少于200人。"),
    ("空气质量优良天数超过90%以上。", "超过90%以上", "空气质量优良天数超过90%。"),
    ("不良贷款率低于1.5%以下。", "低于1.5%以下", "不良贷款率低于1.5%。"),
])
def test_bound_said_twice(sentence, flagged_text, right):
    assert flagged(sentence, "hygiene") == [("hygiene/bound-twice", flagged_text)]
    assert fixed(sentence, "hygiene") == right


@pytest.mark.parametrize("sentence", [
    "全市粮食产量比上年增长了2倍。",         # growth may be told in 倍
    "下降幅度是去年同期的2倍。",             # 倍 compares the decrease, does not tell it
    "产量下降到上年的三分之一。",
    "年满60周岁以上的老年人免费乘车。",       # no verb of exceeding
    "超过50%，以上数据来自统计局。",          # 以上 begins the next clause
])
def test_right_numbers_stay_quiet(sentence):
    assert [r for r, _ in flagged(sentence, "hygiene")
            if r in ("hygiene/fold-decrease", "hygiene/bound-twice")] == []


# --- formulations: 新法治十六字方针, 以人民为中心的发展思想, 新发展格局 -----------------------

@pytest.mark.parametrize(("sentence", "rule", "right"), [
    ("全面推进科学立法、严格执法、依法司法、全民守法。", "formulation/member", "公正司法"),
    ("始终践行以人民为根本的发展思想。", "formulation/wording", "以人民为中心的发展思想"),
    ("把握新发展阶段、贯彻新发展理念、融入新发展体系。", "formulation/wording",
     "新发展格局"),
])
def test_formulation_written_wrongly(sentence, rule, right):
    assert [r for r, _ in flagged(sentence, "formulation")] == [rule]
    assert right in fixed(sentence, "formulation")


@pytest.mark.parametrize("sentence", [
    "坚持科学立法、民主立法、依法立法。",      # another fixed list of the same words
    "推进严格规范公正文明执法。",
    "坚持以人民为中心的发展思想。",
    "立足新发展阶段、贯彻新发展理念、构建新发展格局。",
    "加快构建新发展格局，着力推动高质量发展。",
])
def test_right_formulations_stay_quiet(sentence):
    assert flagged(sentence, "formulation") == []


# --- titles: 关于要求……的请示 --------------------------------------------------------------------

def test_request_title_with_yaoqiu():
    title = "关于要求追加2027年度农村公路养护资金的请示"
    found = flagged_title(title)
    assert ("title/redundant-verb", "要求") in found


def test_request_title_naming_a_requirement_stays_quiet():
    assert flagged_title("关于落实安全生产责任制要求的请示") == []


def flagged_title(title: str) -> list[tuple[str, str]]:
    from app.engine import analyze
    from app.model import Document

    a = analyze(Document.from_lines([title, "特此请示。"]), ["title"])
    return [(f.rule, title[f.start:f.end]) for f in a.findings if f.index == 0]


# --- look-alikes that share their right half (similar_shape.txt, Part 3, from the glyphs) ---

def test_glyph_pairs_are_look_alikes():
    from app.lexicon import lexicon

    lex = lexicon()
    assert lex.similar_shape("拆", "诉") and lex.similar_shape("沽", "估")
    assert not lex.similar_shape("河", "何")  # the same right part drawn at another size


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("当事人对处罚决定不服的，可依法申拆。", "申拆", "申诉"),  # 拆/诉 share 斥
    ("初步沽算项目总投资约3.2亿元。", "沽算", "估算"),        # 沽/估 share 古
])
def test_look_alike_sharing_its_right_half(sentence, wrong, right):
    assert _wrong_words(sentence) == [wrong]
    assert right in _fixed(sentence)


@pytest.mark.parametrize("sentence", [
    "坚决反对沽名钓誉。",
    "推进拆迁安置工作，拆除违法建筑120处。",
    "严格落实诉源治理，及时回应群众诉求。",
    "做好农作物秸秆综合利用，推广桔梗等中药材种植。",
])
def test_words_of_those_characters_stay_quiet(sentence):
    assert _wrong_words(sentence) == []


# --- set phrases that jieba counts rare but pypinyin's phrase list holds (政通人和 at 9) -------

@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("全县上下政通人合，各项事业蓬勃发展。", "政通人合", "政通人和"),   # hé / hé
    ("对群众反映的问题不能敷衍塞则。", "敷衍塞则", "敷衍塞责"),         # zé / zé
    ("以上情况难免挂一漏完，请批评指正。", "挂一漏完", "挂一漏万"),     # wán / wàn
])
def test_set_phrase_of_the_idiom_list(sentence, wrong, right):
    assert _wrong_words(sentence) == [wrong]
    assert right in _fixed(sentence)


@pytest.mark.parametrize("sentence", [
    "呈现政通人和的良好局面。",
    "坚决纠治文山会海，为基层减负。",
    "工作中不能敷衍了事。",
])
def test_right_set_phrases_stay_quiet(sentence):
    assert _wrong_words(sentence) == []
