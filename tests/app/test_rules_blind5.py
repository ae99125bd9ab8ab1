"""Kinds of mistakes the fifth blind set (tests/data/planted_reports/blind5) found missing, each
fixed in the shared mechanism and tested here on other sentences of our own, next to sentences
that look alike and are right. Expected values are what a reviewer would mark."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document
from tests.app.sentences import sentence_checks

TITLE = "关于2026年工作情况的报告"
flagged, fixed = sentence_checks(TITLE)


# --- 错别字 in a set phrase: a rare character of the phrase's sound or shape ---------------

@pytest.mark.parametrize(("sentence", "right"), [
    ("全体干部要做到一丝不芶、严谨细致。", "一丝不苟"),     # 芶: not in the dictionary at all
    ("一批青年人才在比赛中脱颍而出。", "脱颖而出"),         # 颍: a look-alike of the same sound
    ("同志们要再接再砺，乘势而上。", "再接再厉"),           # 砺: rare, the same sound
])
def test_rare_character_in_a_set_phrase(sentence, right):
    assert [r for r, _ in flagged(sentence, "typo")] == ["typo/char"]
    assert right in fixed(sentence, "typo")


@pytest.mark.parametrize("sentence", [
    "同心同德、勠力同心，共创美好未来。",  # 勠力同心 is the 现汉 form (戮力同心: 14, a variant)
    "颍上县、颍州区开展联合执法。",        # 颍: a place name, no set phrase around it
    "各级干部要一丝不苟抓落实。",
])
def test_rare_character_outside_a_slip_stays_quiet(sentence):
    assert flagged(sentence, "typo") == []


# --- a reduplicated half typed twice with the same wrong character -------------------------

def test_doubled_half_mistyped_twice():
    sentence = "广大党员干部竞竞业业、默默奉献。"
    assert flagged(sentence, "typo") == [("typo/char", "竞竞业业")]
    assert fixed(sentence, "typo") == "广大党员干部兢兢业业、默默奉献。"


@pytest.mark.parametrize("sentence", [
    "广大党员干部兢兢业业、默默奉献。",
    "各企业竞竞争争的局面正在形成。",  # no set phrase: left alone
])
def test_doubled_half_right_stays_quiet(sentence):
    assert flagged(sentence, "typo") == []


# --- a four-character rarity one sound away from a set phrase ------------------------------

def test_rare_spelling_of_a_set_phrase():
    sentence = "加强基层治理的重要性不言而谕。"
    assert [r for r, _ in flagged(sentence, "typo")] == ["typo/char"]
    assert "不言而喻" in fixed(sentence, "typo")


def test_rare_compound_next_to_another_compound_stays_quiet():
    # 职业资格 (a floor word) is one character from 执业资格, but both are compounds of words,
    # not a set phrase: nothing says which was meant
    assert flagged("具有高级工以上职业资格的人员可适当放宽条件。", "typo") == []


# --- a slip whose correction the same paragraph writes ------------------------------------

def test_correction_written_in_the_same_paragraph():
    sentence = "对涉及拆迁补偿的纠纷依法处理，共化解折迁遗留问题27件。"
    assert flagged(sentence, "typo") == [("typo/char", "折迁")]
    assert "化解拆迁遗留问题" in fixed(sentence, "typo")


def test_same_slip_without_the_word_nearby_stays_quiet():
    # the same 折迁 gains e^7 only, below the bar, when the paragraph does not write 拆迁
    assert flagged("共化解折迁遗留问题27件。", "typo") == []


def test_common_word_elsewhere_proves_nothing():
    # 以上 stands in every report: 以商招商 is a slogan, not a slip for 以上
    assert flagged("以上措施要落实到位，大力开展以商招商。", "typo") == []


# --- confusable words ---------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "right"), [
    ("让困难群众渡过一个温暖祥和的春节。", "度过一个"),
    ("新招录公务员请于8月30日前到市委组织部报道。", "组织部报到"),
    ("请新生按时报道。", "按时报到"),
])
def test_confusable_word(sentence, right):
    assert [r for r, _ in flagged(sentence, "confusable")] == ["confusable/word"]
    assert right in fixed(sentence, "confusable")


@pytest.mark.parametrize("sentence", [
    "齐心协力渡过难关。",
    "新闻媒体要及时报道。",
    "记者前往灾区报道，",
    "央视记者到现场报道。",
    "水源地保护区界线不清，存在安全隐患。",  # a boundary on the ground: 界线 is right
    "宅基地界线不清引发的纠纷较多。",
])
def test_confusable_look_alikes_stay_quiet(sentence):
    assert flagged(sentence, "confusable") == []


def test_abstract_boundary_still_found():
    assert [r for r, _ in flagged("有的干部公私界线不清。", "confusable")] == ["confusable/word"]


# --- 的 after the person of a verb of giving ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "这次调研带给我们深刻的启示。",
    "要给予群众切实的帮助。",
])
def test_second_object_of_a_verb_of_giving_stays_quiet(sentence):
    assert flagged(sentence, "particle") == []


def test_adverbial_after_a_pivot_verb_still_found():
    sentence = "要求我们认真的落实各项任务。"
    assert flagged(sentence, "particle") == [("particle/di", "的")]


# --- a wrong last member before the formulation's name ------------------------------------

def test_wrong_last_member_pushes_the_name_away():
    sentence = "培育和践行富强、民主、文明、和睦的社会主义核心价值观。"
    assert [r for r, _ in flagged(sentence, "formulation")] == ["formulation/member"]
    assert "文明、和谐的社会主义核心价值观" in fixed(sentence, "formulation")


@pytest.mark.parametrize("sentence", [
    "培育和践行富强、民主、文明、和谐的社会主义核心价值观。",
    "建设富强、民主、文明、和谐、美丽的社会主义现代化强国。",
])
def test_right_formulation_stays_quiet(sentence):
    assert flagged(sentence, "formulation") == []


# --- 文种: a word of notifying that is not one of the 15 -----------------------------------

@pytest.mark.parametrize(("title", "wrong"), [
    ("县民政局关于做好冬季救助工作的提示", "提示"),
    ("市应急管理局关于防范强降雨的温馨提示", "温馨提示"),
    ("关于缴纳2027年度城乡居民医疗保险费的告知", "告知"),
])
def test_title_with_a_word_that_is_not_a_type(title, wrong):
    a = analyze(Document.from_lines([title, "正文。"]), ["title"])
    assert [(f.rule, title[f.start:f.end]) for f in a.findings] == [("title/no-type", wrong)]


@pytest.mark.parametrize("title", [
    "县民政局关于做好冬季救助工作的通知",
    "关于《政府工作报告》起草情况的说明",
    "关于2026年度部门预算公开的公示",
])
def test_title_with_a_type_or_an_accepted_genre_stays_quiet(title):
    a = analyze(Document.from_lines([title, "正文。"]), ["title"])
    assert a.findings == []


# --- same-sound slips that leave no stray (app/lexicon_slips.py) ---------------------------

@pytest.mark.parametrize(("sentence", "right"), [
    ("着力营造风清气正的政治生太。", "政治生态"),        # 生, 太: both stand alone every day
    ("部分项目资金使用效律偏低。", "使用效率"),          # 律 → 率: same sound and tone
    ("坚决整治形式主意、官僚主义。", "形式主义"),        # 主意 is a word, 形式主义 the compound
    ("区委部属了五项重点改革任务。", "部署了五项"),      # a noun before 了, its twin a verb
])
def test_same_sound_slip_between_real_characters(sentence, right):
    assert [r for r, _ in flagged(sentence, "typo")] == ["typo/char"]
    assert right in fixed(sentence, "typo")


@pytest.mark.parametrize("sentence", [
    "加强产业链供应链韧性，推动提质增效。",              # 提质 is tí, 体质 tǐ: not the same tone
    "一是细化实化方案，二是压实责任。",                  # a frame: 细化实化
    "推进先行先试改革举措。",                            # a frame: 先行先试
    "实行一村一策、一户一档。",
    "让形象更佳、让服务更优、让窗口更亮。",              # 更佳: the kept 更 recurs in the list
    "新禾农业科技有限公司投资建设冷链仓库。",            # a company's name
    "比亚迪、京东方、中芯国际等企业在我省设厂。",        # the last of a list of names
    "他是我多年的老部属了。",                            # 部属 at the clause end: a noun
    "老李去年患上了严重的腰椎疾病。",                    # a verb + complement jieba tags n
    "少数青年染上了网络赌博的恶习。",
    "这个主意很好，大家都赞成。",
    "我们要拿定主意，不能犹豫。",
    "要发挥机智勇敢的精神。",
])
def test_real_characters_right_stay_quiet(sentence):
    assert flagged(sentence, "typo") == []
