"""An eighteenth set of unseen real pages (issue 13, precision24): the false alarms it showed,
each fixed at its cause and tested on sentences written for this test after the page's shape:
the legitimate look-alike stays quiet, the mistake next to it is still reported. The real pages
stay outside the repository (/work/notes/unseen24); docs/checks.md, section precision24, names
them.
"""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.incremental import IncrementalAnalyzer
from app.model import Document
from tests.app.sentences import family_findings, where

TITLE = "县财政局关于部门预算编制情况的说明"


def found(family: str, body: list[str]) -> list[tuple[int, str, str]]:
    lines = [TITLE, *body]
    return where(lines, family_findings(lines, family))


# --- a table of contents typed as text: dot leaders, then the body's own headings ----------------

CONTENTS = [
    "目录",
    "一、部门基本职能及主要工作..................................",
    "二、部门预算单位构成情况..................................... 3",
    "三、部门收支预算情况说明..........................................5",
    "一、部门基本职能及主要工作",
    "本部门负责全县财政收支管理、预算编制和执行工作。",
    "二、部门预算单位构成情况",
    "纳入本部门预算编制范围的单位共3个。",
    "三、部门收支预算情况说明",
    "本年收入预算总额1250万元，支出预算总额1250万元。",
]


def test_a_contents_leader_is_no_ellipsis():
    assert found("punctuation", CONTENTS) == []


def test_the_body_headings_after_the_contents_are_no_repeat():
    assert found("numbering", CONTENTS) == []


@pytest.mark.parametrize("body", [
    # six periods ending a sentence: the typed ellipsis of a writer, still reported
    ["请各村标明安置地点......"],
    # a long run inside the line, no leader (text goes on after it)
    ["各乡镇要做好防汛准备.........并及时上报情况。"],
])
def test_an_ellipsis_typed_as_periods_is_still_found(body):
    hits = found("punctuation/ellipsis", body)
    assert hits and all(line == 2 and set(text) == {"."} for line, _, text in hits)


def test_a_heading_repeated_without_contents_is_still_a_repeat():
    body = ["一、部门基本职能", "本部门负责财政工作。", "二、预算单位构成", "单位共3个。",
            "一、收支预算情况", "收入1250万元。"]
    assert [(line, rule) for line, rule, _ in found("numbering", body)] == \
        [(6, "numbering/duplicate")]


def test_typing_a_leader_into_a_heading_is_seen_as_you_type():
    """The outline signature of a line holds its leader: typing dots after a heading turns it into
    a contents line and the live outline follows (app/outline/signature.py)."""
    lines = [TITLE, "一、部门基本职能", "本部门负责财政工作。", "二、预算单位构成", "单位共3个。",
             "一、收支预算情况", "收入1250万元。"]
    doc = Document.from_lines(lines)
    live = IncrementalAnalyzer()

    def repeats(findings: list) -> list[int]:
        return [f.index for f in findings if f.rule == "numbering/duplicate"]

    assert repeats(live.analyze(doc).findings) == [5]
    first, second = doc.paragraphs[1], doc.paragraphs[3]
    first.text = "一、部门基本职能........................ 1"
    second.text = "二、预算单位构成........................ 2"
    assert repeats(live.update(doc, [first.id, second.id]).analysis.findings) == [] == \
        repeats(analyze(doc).findings)


# --- typo/char: a person's name in a byline or a list of authors ---------------------------------

@pytest.mark.parametrize("body", [
    # the byline of a news item: the name follows 记者 in brackets
    ["（记者陈艺军）连日来，雨水天气连续不断，街道对辖区内地质灾害点开展隐患排查。"],
    # two authors side by side; the first has a surname the list of common ones lacks
    ["仝志辉 刘传磊", "县域乡村治理数字化有相同的政策背景，但推进模式具有县域特色。"],
])
def test_a_name_in_a_byline_is_no_typo(body):
    assert found("typo", body) == []


@pytest.mark.parametrize(("body", "want"), [
    # 陈毅 misspelt in running prose, no byline
    (["我们参观了陈艺纪念馆，缅怀革命先辈。"], [(2, "typo/char", "陈艺")]),
    # 林立 misspelt in prose, as before
    (["城区高楼林莉，道路宽阔整洁。"], [(2, "typo/char", "林莉")]),
])
def test_the_same_slips_in_prose_are_still_found(body, want):
    assert found("typo/char", body) == want


# --- typo/char: a province's one-character name after 在 (中央在渝企业) -----------------------

def test_a_body_based_in_a_province_is_no_typo():
    body = ["市应急局警示约谈中央在渝企业3个、地方企业103家。"]
    assert found("typo", body) == []


def test_zaiyu_before_a_verb_is_still_zaiyu():
    body = ["做好这项工作的关键在渝落实各项措施。"]
    assert found("typo/char", body) == [(2, "typo/char", "在渝")]


# --- particle/de: 的 in the noun phrase after 随着 --------------------------------------------

def test_de_in_the_object_of_suizhe_is_right():
    body = ["随着城乡发展的不平衡，农村人口不断外流，村庄管理面临挑战。"]
    assert found("particle", body) == []


@pytest.mark.parametrize("body", [
    # no preposition before it: 开展得不平衡
    ["各项工作开展的不平衡，需要加强统筹。"],
    # 随着 closes at its comma; the next clause's verb takes a complement
    ["随着改革的深入，各项工作开展的很好。"],
])
def test_a_complement_outside_the_suizhe_phrase_is_still_found(body):
    assert [rule for _, rule, _ in found("particle", body)] == ["particle/de"]


# --- a real slip of the set now found: 截止 before a date of the lunar calendar -----------------

def test_jiezhi_before_a_lunar_date_is_jiezhi():
    body = ["据了解，截止正月十二，该镇78名代表委员全部按时上交作业。"]
    assert found("confusable", body) == [(2, "confusable/word", "截止")]


def test_jiezhi_ending_a_clause_stays():
    body = ["作业上交时间于正月十二截止，逾期不再受理。"]
    assert found("confusable", body) == []
