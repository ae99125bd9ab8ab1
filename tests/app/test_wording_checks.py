"""The wording checks on sentences of our own: 错别字 (curated list and general method),
confusable words, 的/地/得, repeated characters and words. Each family finds what it should,
keeps quiet on look-alike text that is right, and offers the fix a reviewer would make."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.fixes import apply_fixes
from app.model import LINE_BREAK, OBJECT_CHAR, Document

TITLE = "关于2024年工作情况的报告"


def run(line: str, family: str) -> list:
    a = analyze(Document.from_lines([TITLE, line]), [family])
    return [f for f in a.findings if f.rule.split("/")[0] == family and f.index == 1]


def fixed(line: str, family: str) -> str:
    findings = run(line, family)
    texts, _ = apply_fixes([TITLE, line], [f.fix for f in findings if f.fix])
    return texts[1]


# --- wording/misused: the curated first layer ------------------------------------------------

def test_curated_misspelling_is_an_error_with_its_fix():
    (f,) = run("区委专题研究部暑了下半年工作。", "wording")
    assert (f.rule, f.severity.value) == ("wording/misused", "error")
    assert fixed("区委专题研究部暑了下半年工作。", "wording") == "区委专题研究部署了下半年工作。"


@pytest.mark.parametrize("line", [
    "要加强预防犯罪工作，维护社会稳定。",  # 防犯 is the seam of 预防|犯罪
    "以防犯错，要先学后干。",  # 以防|犯错
])
def test_curated_entry_across_a_word_seam_is_not_reported(line):
    assert run(line, "wording") == []


def test_curated_entry_standing_as_a_word_is_still_reported():
    (f,) = run("各单位要做好防犯工作。", "wording")
    assert "防范" in f.message


# --- typo/char: the general method -----------------------------------------------------------

@pytest.mark.parametrize(("line", "right"), [
    ("全市营商环境不断优化，市场竟争更加公平有序。", "市场竞争更加公平有序"),  # shape + sound
    ("全年目标任务己经提前一个月完成。", "已经提前"),  # shape
    ("老一辈戌边人扎根边疆、无私奉献。", "戍边人"),  # shape, a rare character
    ("要严格执行财务制度，杜绝铺张狼费。", "铺张浪费"),  # sound
    ("当前要警惕通货膨涨对居民消费的影响。", "通货膨胀"),  # a misspelling the dictionary keeps
])
def test_general_method_finds_a_wrong_character_and_fixes_it(line, right):
    findings = run(line, "typo")
    assert [f.rule for f in findings] == ["typo/char"]
    assert findings[0].severity.value == "warning"
    assert right in fixed(line, "typo")


@pytest.mark.parametrize("line", [
    "市场竞争更加公平有序，全年目标任务已经完成。",  # the right spelling
    "省长　王予波",  # a name after a title
    "加快深汕特别合作区建设，推进深汕比亚迪二期。",  # a place used twice in the document
    "推动“智汇云南”计划落地见效。",  # a coined slogan in quotes
    "完善赋权、赋能、赋责相统一的管理体制。",  # a series on one pattern
    "完善政务公开、厂务公开、村务公开等制度。",  # the same, with the odd character inside
    "合肥与蔚来的合作超越了传统的招商引资关系。",  # a rare character only sounding like 未
    "汇聚万众一心、勠力同心的磅礴力量。",  # a rare character chosen on purpose
])
def test_general_method_leaves_names_coinages_and_series_alone(line):
    assert run(line, "typo") == []


def test_a_word_the_curated_list_reports_is_not_reported_twice():
    findings = analyze(Document.from_lines([TITLE, "我们要认真部暑，不能防碍执法。"])).findings
    rules = sorted(f.rule for f in findings if f.index == 1)
    assert rules.count("wording/misused") == 2
    assert "typo/char" not in rules


def test_typo_never_reads_across_an_object_or_a_line_break():
    for sep in (OBJECT_CHAR, LINE_BREAK):
        assert run(f"全年目标任务己{sep}经提前完成。", "typo") == []


# --- confusable/word -------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "wrong", "right"), [
    ("当前经济形式严峻复杂，稳增长任务艰巨。", "形式", "形势"),
    ("坚决反对形势主义、官僚主义。", "形势", "形式"),
    ("孩子们在社区渡过了一个快乐的暑假。", "渡过", "度过"),
    ("企业在各方帮助下度过难关。", "度过", "渡过"),
    ("市人社局发布招聘启示。", "启示", "启事"),
    ("这一案例带给我们深刻的启事。", "启事", "启示"),
    ("要与违法违规行为划清界线。", "界线", "界限"),
    ("会议听取了其它同志的意见。", "其它", "其他"),
    ("规划要充分反应城市发展规律。", "反应", "反映"),
    ("截止2024年底，全区新增就业1.2万人。", "截止", "截至"),
    ("领导干部必需坚持以人民为中心。", "必需", "必须"),
    ("全年未发生重大事故，也未有火灾发声。", "发声", "发生"),
])
def test_confusable_word_decided_by_context(line, wrong, right):
    (f,) = run(line, "confusable")
    assert line[f.start:f.end] == wrong
    assert f.rule == "confusable/word" and f.severity.value == "warning"
    assert fixed(line, "confusable") == line.replace(wrong, right, 1)


@pytest.mark.parametrize("line", [
    "坚持多种经济形式共同发展。",  # 形式: forms of ownership
    "丰富宣传形式，创新组织形式。",
    "当前形势严峻复杂。",
    "全家人一起度过了春节。",
    "渡过长江天险。",
    "这次经历给了我们很多启示。",
    "划清界限，守住底线。",
    "其它事项另行通知。",  # 其它 of things
    "这一做法引起强烈反应。",
    "化学反应的规律",
    "群众反映的问题要件件有落实。",
    "截至2024年底，全区新增就业1.2万人。",
    "报名截止日期为6月30日。",  # 截止 with nothing after it to reach
    "粮油等生活必需品供应充足。",
    "代表们踊跃发声，建言献策。",
])
def test_confusable_word_left_alone_where_context_does_not_decide(line):
    assert run(line, "confusable") == []


# --- particle/di and particle/de -------------------------------------------------------------

@pytest.mark.parametrize(("line", "right", "rule"), [
    ("各部门要积极的推进政务服务改革。", "积极地推进", "particle/di"),
    ("工作组深入的开展了调查研究。", "深入地开展", "particle/di"),
    ("全区上下认真的学习了会议精神。", "认真地学习", "particle/di"),
    ("一些单位整改落实的不够到位。", "落实得不够到位", "particle/de"),
    ("这项改革推进的很好。", "推进得很好", "particle/de"),
    ("今年的防汛工作开展的比较扎实。", "开展得比较扎实", "particle/de"),
])
def test_particle_in_an_unambiguous_place(line, right, rule):
    (f,) = run(line, "particle")
    assert f.rule == rule and line[f.start:f.end] == "的"
    assert f"“{right.replace(right[2], '的', 1)}”" in f.message  # the phrase, as written
    assert right in fixed(line, "particle")


@pytest.mark.parametrize("line", [
    "要采取更加有力的措施。",  # adjective + 的 + noun
    "建立更加有效的节能环保监督管理制度。",  # the object of 建立
    "如果不加以有效的解决，后果严重。",  # after 加以 the verb is a noun
    "积极的推进作用",  # 推进 modifies 作用
    "这种做法是积极的。",  # predicate
    "他们做的很多工作得到了肯定。",  # 很多 modifies 工作: not a complement
    "积极的发展态势",  # 发展 as a noun
    "认真的态度",
])
def test_particle_left_alone_where_de_is_right(line):
    assert run(line, "particle") == []


@pytest.mark.parametrize(("line", "right"), [
    ("救援队伍来的很及时，群众安全转移。", "来得很及时"),
    ("脱贫以后，乡亲们的日子过的很红火。", "过得很红火"),
    ("运送防汛物资的车辆跑的非常快，当天全部送达。", "跑得非常快"),
])
def test_one_character_verb_without_object_takes_de_before_its_complement(line, right):
    (f,) = run(line, "particle")
    assert f.rule == "particle/de"
    assert right in fixed(line, "particle")


@pytest.mark.parametrize("line", [
    "今天来的很多，会场坐满了。",  # those who came: a quantity, not a complement
    "我们去的地方很偏远。",  # 的 before a noun
    "他走的路很长。",
])
def test_one_character_verb_before_a_noun_or_a_quantity_keeps_its_de(line):
    assert run(line, "particle") == []


# --- repeat/char and repeat/word -------------------------------------------------------------

@pytest.mark.parametrize(("line", "right", "rule"), [
    ("我们们要进一步提高思想认识。", "我们要进一步", "repeat/char"),
    ("这是是一项长期而艰巨的任务。", "这是一项", "repeat/char"),
    ("要在在全市范围内推广。", "要在全市", "repeat/char"),
    ("要加强加强干部队伍建设。", "要加强干部", "repeat/word"),
    ("这个方案要再研究研究研究。", "再研究研究。", "repeat/word"),  # ABAB typed three times
    ("关于印发《新余市新余市绿色建筑管理办法》的通知", "《新余市绿色", "repeat/word"),
    ("全年引进企业15家家，到位资金3亿元。", "企业15家，", "repeat/char"),  # counted: not "each"
    ("共建成示范点三个个。", "三个。", "repeat/char"),
    ("要坚持不懈地地推进作风建设。", "不懈地推进", "repeat/char"),  # the particle 地 twice
])
def test_repeated_character_or_word(line, right, rule):
    (f,) = run(line, "repeat")
    assert f.rule == rule
    assert right in fixed(line, "repeat")


@pytest.mark.parametrize("line", [
    "我们常常说，好好学习，天天向上。",  # AA words
    "要把问题讲得清清楚楚、明明白白。",  # AABB
    "这件事我们再研究研究，讨论讨论。",  # ABAB of a verb of trying
    "其中中国企业占三成。",  # two words share the character at the seam
    "问题不了了之的现象要坚决杜绝。",  # inside one word
    "人人参与，个个争先，一一落实。",  # measure words and numerals
    "一个个难题得到解决，一项项措施落到实处。",  # 一 + AA: one by one
    "连续5年年均增长8%，共有5个个体工商户。",  # the second copy begins a word
    "要一个一个地安排落实，一批一批地整顿。",  # 一A一A
    "建设超超临界火电机组，打造安全全链条监管。",  # terms
    "的的确确取得了实效。",
    "他是地地道道的农民，该地地处山区。",  # AABB; 该地 | 地处
    "落实耕地地力保护补贴政策。",  # 耕地 | 地力: the noun 地, no verb after
])
def test_repeat_leaves_legitimate_reduplication_alone(line):
    assert run(line, "repeat") == []


def test_repeat_never_joins_across_an_object():
    assert run(f"我们{OBJECT_CHAR}们要提高认识。", "repeat") == []


def test_typo_does_not_search_text_that_is_not_prose():
    """Random characters (a garbled paste) would cost ten times more than prose and mean
    nothing to a model of words: the check gives them up instead of searching them."""
    from app.rules import typo

    garbled = "".join(chr(0x4E00 + 37 * i % 3000) for i in range(300)) + "。"
    assert typo._windows(garbled) == {}
    assert typo._windows("全年目标任务己经提前一个月完成。") != {}


@pytest.mark.parametrize(("line", "family", "wrong"), [
    ("今年以来，全市安全生产形式总体平稳。", "confusable", "形式"),
    ("全年未发声较大以上生产安全事故。", "confusable", "发声"),
    ("我们将坚定不移的贯彻落实新发展理念。", "particle", "的"),
    ("有的干部学习贯彻的还不够深入。", "particle", "的"),
    ("切实落实落实安全生产责任制。", "repeat", "落实"),
])
def test_more_contexts_that_decide(line, family, wrong):
    (f,) = run(line, family)
    assert line[f.start:f.end] == wrong


def test_fang_huan_yu_wei_ran():
    """防患于未然 (《现代汉语词典》 防患未然): 防范 slips in for 防患 by sense."""
    assert fixed("要做到防范于未然。", "wording") == "要做到防患于未然。"
    assert run("要做好风险防范，把问题解决在萌芽状态。", "wording") == []
