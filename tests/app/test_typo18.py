"""typo/char's eighteenth-session changes (docs/checks.md, "Typo recall, eighteenth session").

1. Two characters one basic stroke apart are look-alikes (app/data/similar_shape.txt Part 5, from
   the decompositions of 漢語拆字字典 by packaging/make_shape_pairs.py --part5): 休/体 (木 and
   本 = 木 + 一), 阴/阻, 汁/汗. 五位一休 was missed because the table did not pair 休 and 体.
2. A same-sound, same-tone slip into a common word the dictionary counts 100–499 times (贴近 323,
   涣散 140, 姑息 142) asks e^7.5 instead of the general e^9 (well-known words, ≥ 500, ask e^6).
   Real text's nearest such corrections gain e^7.3 at most (大思政课 → 政客, a name 澄德 → 承德),
   which stay quiet.
3. The place-or-body suffix guard (a stretch before 县, 市, 乡, 局 … is taken for a name) does not
   hold where the correction is a verb: a place or body is named by a noun, and after a verb the
   character begins its object (紧紧围饶县委中心工作 → 围绕; 丰阳县 beside 凤阳 stays a name).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.lexicon import lexicon
from tests.app.test_typo_pairs import typos
from tests.conftest import packaging_script

ROOT = Path(__file__).resolve().parents[2]


def _one(wrong: str, right: str) -> list[tuple[str, str]]:
    return [(wrong, f"疑似错别字：“{wrong}”应为“{right}”")]


@pytest.mark.parametrize("sentence, wrong, right", [
    ("坚持五位一休总体布局，统筹推进各项工作。", "一休", "一体"),
    ("推进城乡一休化发展，缩小城乡差距。", "一休化", "一体化"),
    ("坚决阴止各类违法违规行为。", "阴止", "阻止"),
    ("工作人员汁流浃背，坚守岗位。", "汁流浃背", "汗流浃背"),
])
def test_a_slip_one_stroke_away_is_found(sentence, wrong, right):
    assert typos(sentence) == _one(wrong, right)


@pytest.mark.parametrize("sentence", [
    "坚持五位一体总体布局，做好离退休干部体检工作。",
    "节假日休息期间，要阻止私搭乱建，阴雨天气注意防滑。",
    "工作人员汗流浃背，送来了果汁和矿泉水。",
    "一休一体化，休整体系。",  # 一休 written twice: used on purpose
])
def test_both_characters_of_a_stroke_pair_in_their_own_words_stay_quiet(sentence):
    assert typos(sentence) == []


def test_the_stroke_pairs_are_in_the_shape_table():
    lex = lexicon()
    for a, b in ("休体", "阴阻", "汁汗", "问间"):
        assert lex.similar_shape(a, b) and lex.similar_shape(b, a), (a, b)


def _script():
    return packaging_script("make_shape_pairs")


def test_the_stroke_derivation_reads_a_decomposition_table():
    parts = {"休": ("人", "木"), "体": ("人", "本"), "本": ("木", "一"),
             "侯": ("人", "乛", "一", "矢"), "候": ("人", "丨", "乛", "一", "矢"),
             "和": ("禾", "口"), "香": ("禾", "日"),  # 日 is no 口 with a stroke in the table
             "伙": ("人", "火"), "仁": ("人", "二"), "二": ("一", "一")}
    # 仁/伙: 火 is no 二 plus a stroke; a stroke with a stroke (二 = 一 一) makes no pair
    assert _script().stroke_pairs(parts) == {("休", "体"), ("侯", "候")}


@pytest.mark.parametrize("sentence, wrong, right", [
    ("要贴晋群众需求，改进工作作风。", "贴晋", "贴近"),
    ("部分干部作风幻散，纪律松弛。", "幻散", "涣散"),
    ("对发现的问题不能姑希。", "姑希", "姑息"),
])
def test_a_same_tone_slip_into_a_common_word_asks_a_middle_bar(sentence, wrong, right):
    assert typos(sentence) == _one(wrong, right)


@pytest.mark.parametrize("sentence", [
    "深化大思政课建设，加强思想政治教育。",  # 政课 → 政客 gains e^7.3
    "澄德现代庄园、牧春民宿等项目建成投用。",  # a name: 承德 gains e^7.2
    "要贴近群众需求，防止作风涣散，对问题不能姑息。",
])
def test_real_words_and_names_under_the_middle_bar_stay_quiet(sentence):
    assert typos(sentence) == []


@pytest.mark.parametrize("sentence, wrong, right", [
    ("全局上下围饶市委市政府决策部署扎实工作。", "围饶", "围绕"),
    ("紧紧围饶县委中心工作，狠抓落实。", "围饶", "围绕"),
    ("围饶乡村振兴战略，推进各项工作。", "围饶", "围绕"),
    ("加快推近县城城镇化建设。", "推近", "推进"),
    ("坚决制址乡镇违规举债行为。", "制址", "制止"),
])
def test_a_verb_slip_before_a_place_suffix_is_no_name(sentence, wrong, right):
    assert typos(sentence) == _one(wrong, right)


@pytest.mark.parametrize("sentence", [
    "丰阳县人民政府办公室关于印发方案的通知。",  # 凤阳 is a noun: a county's name
    "无锡新区鸿山街道组织80余名志愿者。",  # 洪山
    "紧紧围绕市委中心工作，推进县城城镇化建设。",
])
def test_a_noun_before_a_place_suffix_stays_a_name(sentence):
    assert typos(sentence) == []
