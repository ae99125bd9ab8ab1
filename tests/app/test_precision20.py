"""False alarms found on a fourteenth set of unseen real pages (issue 13, precision20), each
cause on sentences written for this test after the page's shape: the legitimate shape stays quiet
(reported before the change), the look-alike mistake is still reported. The real pages stay
outside the repository (/work/notes/unseen20); docs/checks.md, section precision20, names them.
"""

from __future__ import annotations

import pytest

from tests.app.sentences import family_findings, needs_lexicon, where

TITLE = "县纪委监察局年度工作总结"


def found(family: str, body: list[str]) -> list[tuple[int, str, str]]:
    lines = [TITLE, *body]
    return where(lines, family_findings(lines, family))


# --- typo/char: a collocation slip whose typed word the writer uses again (执法监察) ----------

# 监察 sounds as 检查 does, and jieba holds 执法检查; but a paragraph that names the 监察局 means
# 监察 where it writes 执法监察 (the rarer twin, picked on purpose).
@needs_lexicon
@pytest.mark.parametrize("body", [
    ["县纪委监察局创新工作方法，全年开展执法监察项目12个，查处违纪案件8件。"],
    ["开展执法监察项目12个，推动监察工作向基层延伸。"],
])
def test_a_rarer_twin_the_paragraph_uses_again_is_no_slip(body):
    assert found("typo", body) == []


@needs_lexicon
@pytest.mark.parametrize(("body", "want"), [
    # the typed word is the frequent twin (知道 beside 指导): written again, it says nothing
    (["各级领导要加强检查知道，群众都知道这项工作的重要性。"],
     [(2, "typo/char", "检查知道")]),
    # the rarer twin that the paragraph does not use again is still a slip (密切练习 → 联系)
    (["党员干部要与群众保持密切练习，倾听群众呼声。"], [(2, "typo/char", "密切练习")]),
])
def test_a_collocation_slip_is_still_found(body, want):
    assert found("typo", body) == want


# --- particle/di: 的 before a noun phrase that a verb takes as its object ----------------------

@needs_lexicon
@pytest.mark.parametrize("body", [
    # two attributes side by side (坚实有力) after a verb of providing: the noun phrase 保障
    ["为全县高质量发展提供坚实有力的保障。"],
    ["为企业发展提供精准有力的支持。"],
    # the walk back stops at a listed verb jieba tags as an adjective (珍惜 takes the phrase)
    ["全体学员要珍惜难得的培训机会，认真完成各项学习任务。"],
    # an adjective and a verbal noun as the predicate (丰富发展), the phrase its object
    ["各地要丰富发展积极的就业政策，稳住就业基本盘。"],
])
def test_an_attribute_of_a_verbs_object_keeps_de(body):
    assert found("particle", body) == []


@needs_lexicon
@pytest.mark.parametrize(("body", "want"), [
    # the adjectives follow a modal: an adverbial before its verb (要……地推进)
    (["要坚实有力的推进各项改革。"], [(2, "particle/di", "的")]),
    (["各部门要积极稳妥的推进机构改革。"], [(2, "particle/di", "的")]),
    # a verbal noun after a noun is a subject's head: 地 is meant (职工培训有序地推进)
    (["职工培训有序的推进。"], [(2, "particle/di", "的")]),
])
def test_an_adverbial_before_its_verb_is_still_reported(body, want):
    assert found("particle", body) == want


# --- numbering/level: a title line of its own opens a new block (two sets of rules) -----------

RULES_A = ["统战工作规则", "（1）例会制度。每季度召开一次例会。",
           "（2）通报制度。及时通报有关情况。"]
RULES_B = ["1.学习制度。每月组织一次集中学习。", "2.走访制度。定期走访联系对象。"]


def test_a_list_under_its_own_title_line_is_not_inverted():
    assert found("numbering/level", [*RULES_A, "民族宗教工作规则", *RULES_B]) == []


def test_an_inverted_list_without_a_title_line_is_still_reported():
    want = [(5, "numbering/level", "1.")]
    assert found("numbering/level", [*RULES_A, *RULES_B]) == want
    # a sentence between (it ends in 。) is body text, not a title: still inverted
    assert found("numbering/level", [*RULES_A, "下面是另一组规则。", *RULES_B]) == \
        [(6, "numbering/level", "1.")]


# --- a miss: the year of a 发文字号 in round brackets (锡署发（2010）183号) -----------------------

@pytest.mark.parametrize(("line", "year"), [
    ("根据市政发（2010）18号文件精神，制定本办法。", "（2010）"),
    # half-width: one finding, the brackets (not a second one for their width)
    ("根据县政办发(2019)5号文件精神，制定本办法。", "(2019)"),
])
def test_a_document_number_year_in_round_brackets_is_found(line, year):
    assert found("hygiene/docnum-bracket", [line]) == [(2, "hygiene/docnum-bracket", year)]
    assert found("punctuation/width", [line]) == []


@pytest.mark.parametrize("line", [
    # a court's case number: its court's code follows the bracket
    "法院作出（2021）京01民初15号判决。",
    # a year in brackets that no 发文 character opens (场馆 numbered 3号)
    "运动会（2019）3号场馆已经完工。",
])
def test_other_round_bracketed_years_are_left_alone(line):
    assert found("hygiene/docnum-bracket", [line]) == []


# --- a miss: a month past 12 with no day (截至111月份: a range's mark lost) ---------------------

@pytest.mark.parametrize(("line", "month"), [
    ("截至111月份，已完成投资640万元。", "111月"),
    ("全年共召开会议12次，其中13月召开2次。", "13月"),
])
def test_a_month_past_twelve_is_found(line, month):
    assert found("hygiene/no-such-date", [line]) == [(2, "hygiene/no-such-date", month)]


@pytest.mark.parametrize("line", [
    "为6至36月龄婴幼儿发放营养包。",  # months of age
    "3至15月共完成项目20个。",  # … and a range's end is left alone
    "20105月下旬召开会议。",  # a year run into its month: the other finding, once
])
def test_counts_of_months_are_no_month(line):
    assert [m for _l, _r, m in found("hygiene/no-such-date", [line])] in ([], ["20105月"])
