"""Kinds of mistakes the ninth blind set (tests/data/planted_reports/blind9) found missing, each
fixed in a shared mechanism or with sourced data and tested here on other sentences of our own,
next to sentences that look alike and are right. Expected values are what a reviewer would mark."""

from __future__ import annotations

import pytest

from tests.app.sentences import sentence_checks

TITLE = "关于2026年工作情况的报告"
flagged, fixed = sentence_checks(TITLE)


# --- formulations of the united front, the 政协, the mass organisations, poverty relief --------

@pytest.mark.parametrize(("sentence", "right"), [
    ("市政协认真履行民主监督、政治协商、参政议政职能。",
     "市政协认真履行政治协商、民主监督、参政议政职能。"),
    ("坚持互相监督、长期共存、肝胆相照、荣辱与共的方针。",
     "坚持长期共存、互相监督、肝胆相照、荣辱与共的方针。"),
    ("在全社会弘扬工匠精神、劳模精神、劳动精神。",
     "在全社会弘扬劳模精神、劳动精神、工匠精神。"),
    ("团组织要增强政治性、群众性、先进性。", "团组织要增强政治性、先进性、群众性。"),
    ("统筹处理好民族关系、政党关系、宗教关系、阶层关系、海内外同胞关系。",
     "统筹处理好政党关系、民族关系、宗教关系、阶层关系、海内外同胞关系。"),
])
def test_formulation_order(sentence, right):
    assert fixed(sentence, "formulation") == right


def test_formulation_wrong_member_of_four_not_remove():
    sentence = "全镇做到摘帽不摘责任、摘帽不摘政策、摘帽不摘资金、摘帽不摘监管。"
    assert fixed(sentence, "formulation") == \
        "全镇做到摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘监管。"


@pytest.mark.parametrize("sentence", [
    "提高政治协商、民主监督、参政议政水平。",                 # right order
    "弘扬劳动精神、奋斗精神、奉献精神、创造精神、勤俭节约精神。",  # another list of spirits
    "共青团要增强政治性、时代性、先进性、群众性。",           # 时代性 added by the 团's own texts
    "坚持长期共存、互相监督的方针。",                         # the 1956 eight characters
    "要弘扬工匠精神，也要弘扬劳模精神。",                     # no enumeration
    "民主监督和参政议政是政治协商的拓展。",
])
def test_formulation_lookalikes_stay(sentence):
    assert flagged(sentence, "formulation") == []


# --- a one-character adverb typed twice ----------------------------------------------------

@pytest.mark.parametrize(("sentence", "right"), [
    ("全年共共接待来访群众300人次。", "全年共接待来访群众300人次。"),
    ("三个项目已已竣工验收。", "三个项目已竣工验收。"),
    ("各乡镇均均建立了工作台账。", "各乡镇均建立了工作台账。"),
])
def test_doubled_adverb(sentence, right):
    assert fixed(sentence, "repeat") == right


@pytest.mark.parametrize("sentence", [
    "仅仅依靠财政投入是不够的。",      # AA adverb of the dictionary
    "会议刚刚结束。",
    "每每想到这里都很感动。",
    "他的曾曾祖父是一名教师。",        # 曾曾祖父, a kinship term
    "区文化馆馆长参加了会议。",        # a seam between two words
    "这是最最重要的一条。",
])
def test_adverb_doubling_lookalikes_stay(sentence):
    assert flagged(sentence, "repeat") == []


# --- 的/地: 逐 + a measure word is an adverbial; 地 after a verb of providing + 了 -------------

@pytest.mark.parametrize(("sentence", "right"), [
    ("工作组逐项的核对整改台账。", "工作组逐项地核对整改台账。"),
    ("网格员逐户的登记住户信息。", "网格员逐户地登记住户信息。"),
    ("这些措施为企业提供了有益地帮助。", "这些措施为企业提供了有益的帮助。"),
    ("前期工作为项目奠定了坚实地基础。", "前期工作为项目奠定了坚实的基础。"),
])
def test_particle(sentence, right):
    assert fixed(sentence, "particle") == right


@pytest.mark.parametrize("sentence", [
    "工作组逐项地核对问题清单。",          # already 地
    "为企业提供了有益的帮助。",            # already 的
    "为群众提供了场地。",                  # 场地 is a word
    "要逐步扩大覆盖面。",                  # no 的
    "专班逐户走访，逐一登记。",
])
def test_particle_lookalikes_stay(sentence):
    assert flagged(sentence, "particle") == []


# --- typo: a floor spelling of a set phrase with a same-tone slip --------------------------------

def test_set_phrase_floor_spelling_same_tone():
    assert fixed("会上大家集思广议，形成了共识。", "typo") == "会上大家集思广益，形成了共识。"


# --- typo: a stray beside a floor word is no stray (红白|理事会) --------------------------------

def test_correction_next_to_a_floor_word():
    assert fixed("各村成立了红白礼事会。", "typo") == "各村成立了红白理事会。"


# --- typo: the kind word ending a cited title (《……条列》, 《中华人民共和国……发》) -------------

@pytest.mark.parametrize(("sentence", "right"), [
    ("严格执行《中华人民共和国土地管理发》有关规定。",
     "严格执行《中华人民共和国土地管理法》有关规定。"),
    ("认真贯彻《物业管理条列》。", "认真贯彻《物业管理条例》。"),
    ("按照《项目资金管理办发》拨付资金。", "按照《项目资金管理办法》拨付资金。"),
    ("市政府印发了《关于促进消费的若干意件》。", "市政府印发了《关于促进消费的若干意见》。"),
])
def test_slip_in_the_kind_word_of_a_cited_title(sentence, right):
    assert fixed(sentence, "typo") == right


@pytest.mark.parametrize("sentence", [
    "认真贯彻《物业管理条例》。",
    "依据《中华人民共和国治安管理处罚》一书。",   # 处罚 is a word: a title cut short, no slip
    "组织学习《人民日报》评论员文章。",
    "合唱《长江之歌》。",
    "关于印发《2027年工作要点》的通知。",
    "对提案逐件明确主办单位和协办单位。",          # 逐件: 逐 + a measure word, not 逐渐
])
def test_cited_title_lookalikes_stay(sentence):
    assert flagged(sentence, "typo") == []


# --- typo: a fixed formulation written with a homophone of the same tone ---------------------

@pytest.mark.parametrize(("sentence", "right"), [
    ("要把筑牢中华民族共同体意识作为主线。", "要把铸牢中华民族共同体意识作为主线。"),
    ("坚持人与自然和谐共升。", "坚持人与自然和谐共生。"),
    ("坚持以经济建设为中新。", "坚持以经济建设为中心。"),
    ("切实保障人民当家做主。", "切实保障人民当家作主。"),     # a member outside an enumeration
])
def test_fixed_formulation_with_a_homophone(sentence, right):
    assert fixed(sentence, "typo") == right


@pytest.mark.parametrize("sentence", [
    "要筑牢安全生产防线。",                      # 筑牢 is right outside the formulation
    "铸牢中华民族共同体意识。",
    "坚持人与自然和谐共处的理念。",              # another wording (chù), not a homophone
    "坚持以经济建设为中心。",
])
def test_fixed_formulation_lookalikes_stay(sentence):
    assert flagged(sentence, "typo") == []


def test_member_in_an_enumeration_is_left_to_the_formulation_check():
    sentence = "坚持党的领导、人民当家做主、依法治国有机统一。"
    assert flagged(sentence, "typo") == []
    assert flagged(sentence, "formulation") != []
