"""规范提法 widened from the documents that fix them (安全生产法 2021 第三条, 环境保护法 第五条,
2024 政府工作报告, 十九大/二十大报告 and 党章, 二十届三中全会《决定》), and the three levels of
社会主义核心价值观 read as one formulation: a wrong member, a wrong order or a missing word is
reported; partial quotations, older official wordings and free lists that share two words stay
quiet."""

from __future__ import annotations

import pytest

from tests.app.test_rules_formulation import fixed, flagged, found

CORE = ("倡导富强、民主、文明、和谐，倡导{}，倡导爱国、敬业、诚信、友善，"
        "积极培育和践行社会主义核心价值观。")


def test_a_level_of_the_core_values_with_a_member_missing():
    # the name stands at the end of the sentence; the other levels quoted in full say what it is
    s = CORE.format("自由、平等、法治")
    (f,) = found(s)
    assert f.rule == "formulation/member" and "公正" in f.message
    assert s[f.start:f.end] == "自由、平等、法治"
    s = ("倡导富强、民主、文明、和谐，倡导自由、平等、公正、法治，倡导爱国、诚信、友善，"
         "践行社会主义核心价值观。")
    (f,) = found(s)
    assert "敬业" in f.message


def test_core_values_quiet_when_whole_or_without_the_name():
    assert flagged(CORE.format("自由、平等、公正、法治")) == []
    # a free list of the same words, no name, no other level in full: not the formulation
    assert flagged("营造自由、平等、法治的营商氛围，倡导诚信经营。") == []
    # another level in full in the sentence does not make two shared words a level
    assert flagged("倡导爱国、敬业、诚信、友善的社会主义核心价值观，营造民主、和谐的氛围。") == []
    # the 基本路线 of 1987–2002 (富强、民主、文明) is no core value missing 和谐
    assert flagged("为把我国建设成为富强、民主、文明的社会主义现代化国家而奋斗。") == []


@pytest.mark.parametrize("sentence, wrong, right", [
    ("坚持安全第一、预防为主、综合管理的安全生产方针。", "综合管理", "综合治理"),
    ("坚持管行业必须管安全、管业务必须管安全、管生产必须管安全。",
     "管生产必须管安全", "管生产经营必须管安全"),
])
def test_a_wrong_member_of_a_safety_formulation(sentence, wrong, right):
    assert flagged(sentence) == [("formulation/member", wrong)]
    assert fixed(sentence) == sentence.replace(wrong, right)


@pytest.mark.parametrize("sentence, right", [
    ("坚持安全第一、综合治理、预防为主的方针，压实安全责任。",
     "坚持安全第一、预防为主、综合治理的方针，压实安全责任。"),
    ("我们要坚持稳中求进、先立后破、以进促稳。", "我们要坚持稳中求进、以进促稳、先立后破。"),
    ("全面贯彻党的基本理论、基本方略、基本路线。", "全面贯彻党的基本理论、基本路线、基本方略。"),
])
def test_the_order_fixed_by_the_document(sentence, right):
    assert [r for r, _ in flagged(sentence)] == ["formulation/order"]
    assert fixed(sentence) == right


def test_a_principle_of_the_environment_law_missing_next_to_its_name():
    s = "环境保护坚持保护优先、预防为主、综合治理、损害担责的原则。"
    (f,) = found(s)
    assert f.rule == "formulation/member" and "公众参与" in f.message and "环境保护法" in f.message


@pytest.mark.parametrize("sentence, short, right", [
    ("加快推进国家治理体系和能力现代化。",
     "国家治理体系和能力现代化", "国家治理体系和治理能力现代化"),
    ("到本世纪中叶建成富强民主文明美丽的社会主义现代化强国。",
     "富强民主文明美丽的社会主义现代化强国", "富强民主文明和谐美丽的社会主义现代化强国"),
    ("奋力以中国式现代化推进中华民族伟大复兴。",
     "以中国式现代化推进中华民族伟大复兴", "以中国式现代化全面推进中华民族伟大复兴"),
])
def test_a_fixed_phrase_with_a_word_left_out(sentence, short, right):
    assert flagged(sentence) == [("formulation/wording", short)]
    assert fixed(sentence) == sentence.replace(short, right)


@pytest.mark.parametrize("sentence", [
    # partial quotations
    "坚持预防为主、综合治理，消除事故隐患。",
    "坚持稳中求进、以进促稳，推动高质量发展。",
    # other laws' principles that share two or three words, in their own order
    "水污染防治应当坚持预防为主、防治结合、综合治理的原则。",
    "土壤污染防治应当坚持预防为主、保护优先、分类管理、风险管控、污染担责、公众参与的原则。",
    "水土保持工作实行预防为主、保护优先、全面规划、综合治理、因地制宜、突出重点、科学管理、注重效益的方针。",
    # the older 基本纲领 (十五大–十八大) is an official wording of its time
    "坚持党的基本理论、基本路线、基本纲领、基本经验、基本要求。",
    # the whole phrases, and the same words for another subject
    "推进国家治理体系和治理能力现代化，提升乡村治理体系和治理能力。",
    "把我国建成富强民主文明和谐美丽的社会主义现代化强国。",
    "以中国式现代化全面推进中华民族伟大复兴。",
    "生产管理必须管安全，管生产必须管安全是企业的老传统。",
])
def test_look_alikes_stay_quiet(sentence):
    assert flagged(sentence) == []
