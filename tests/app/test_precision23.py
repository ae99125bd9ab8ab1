"""A seventeenth set of unseen real pages (issue 13, precision23): the false alarms it showed,
each fixed at its cause and tested on sentences written for this test after the page's shape:
the legitimate look-alike stays quiet, the mistake next to it is still reported. The real pages
stay outside the repository (/work/notes/unseen23); docs/checks.md, section precision23, names
them.
"""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.fixes import apply_fixes
from app.incremental import IncrementalAnalyzer
from app.model import Document
from tests.app.sentences import family_findings, where

TITLE = "县人民政府关于近期工作情况的报告"


def found(family: str, body: list[str]) -> list[tuple[int, str, str]]:
    lines = [TITLE, *body]
    return where(lines, family_findings(lines, family))


# --- placeholder: a title in 《》 offered as a model after 如 (公文 writing guides) -------------

@pytest.mark.parametrize("body", [
    # a guide to 表彰性通报: the title's form, shown with a model title
    ["表彰性通报常用的标题形式有两种：“发文单位名称+缘由+文种”，如：《××县卫生局关于表彰×××同志"
     "见义勇为事迹的通报》；“缘由+文种”。"],
    # a guide to 请示: no colon after 如
    ["①发文机关+事由+文种，如《××县水利局关于申请防汛物资的请示》。"],
    # in brackets
    ["标题应写明事由和文种（如《XX镇关于调整村级规划的请示》），不得只写“请示”。"],
])
def test_a_model_title_after_ru_is_no_blank(body):
    assert found("placeholder", body) == []


@pytest.mark.parametrize(("body", "want"), [
    # a title with no model cue: a 范文's slot left unfilled
    (["现将《××县关于做好防汛工作的通知》转发给你们。"], [(2, "placeholder", "××县")]),
    # 假如 is no "such as": the blank stays
    (["假如《XX县年度报告》未按时报送，将予以通报。"], [(2, "placeholder", "XX县")]),
    # the blank outside the model title is still one
    (["标题写明事由，如《××县关于表彰的通报》，请于X月X日前报送。"],
     [(2, "placeholder", "X月X日")]),
])
def test_a_title_slot_that_is_no_model_is_still_found(body, want):
    assert found("placeholder", body) == want


# --- typo/char: the issuing organ's code before a masked year (常建〔20xx〕94号) ------------

def test_an_organ_code_before_a_masked_year_is_no_typo():
    body = ["你局报来的《关于调整道路工程初步设计概算的函》（常建〔20xx〕94号）及相关资料收悉。"]
    assert found("typo", body) == []
    # the masked year itself is still a blank
    assert found("placeholder", body) == [(2, "placeholder", "20xx")]


def test_the_same_slip_in_prose_is_still_a_typo():
    # 常建 for 常见 in running prose
    assert found("typo", ["以下是一些常建问题及解答。"]) == [(2, "typo/char", "常建")]
    assert found("typo", ["基层常建的困难有以下几类。"]) == [(2, "typo/char", "常建")]


# --- numbering/start: the first item written after a label (会议内容：一、……) -------------------

MINUTES = [
    "时间：2023年3月18日",
    "会议内容：一、传达学习全县安全生产工作会议精神，部署本单位安全工作。",
    "二、明确责任分工，落实值班值守制度。",
    "三、抓好隐患排查整治，确保不发生安全事故。",
]


def test_a_list_opened_after_a_label_starts_at_its_first_item():
    assert found("numbering", MINUTES) == []


@pytest.mark.parametrize(("second", "want"), [
    # no 一、 in the label's paragraph: the list starts at 二、
    ("会议内容：传达学习全县安全生产工作会议精神。", [(4, "numbering/start", "二、")]),
    # 一、 in the middle of the paragraph, not after the label
    ("会议传达了精神，并强调一、要提高认识。", [(4, "numbering/start", "二、")]),
    # a sentence, not a label, before 一、
    ("会议认为，各单位要抓好以下工作：一、提高认识。", [(4, "numbering/start", "二、")]),
])
def test_a_list_without_its_first_item_after_a_label_is_still_found(second, want):
    assert found("numbering", [MINUTES[0], second, *MINUTES[2:]]) == want


def test_typing_the_label_paragraph_updates_the_start_finding():
    """numbering reads the paragraph before a group when it opens with a label: an edit there
    must run it again (app/incremental_scope.py TEXT_GATES), not keep the old findings."""
    doc = Document.from_lines([TITLE, *MINUTES])
    live = IncrementalAnalyzer()

    def starts(findings: list) -> list[int]:
        return [f.index for f in findings if f.rule == "numbering/start"]

    assert starts(live.analyze(doc).findings) == []
    label = doc.paragraphs[2]
    label.text = "会议内容：传达学习全县安全生产工作会议精神，部署本单位安全工作。"
    assert starts(live.update(doc, [label.id]).analysis.findings) == [3] == \
        starts(analyze(doc).findings)
    label.text = MINUTES[1]
    assert starts(live.update(doc, [label.id]).analysis.findings) == [] == \
        starts(analyze(doc).findings)


# --- formulation/wording: a template blank standing for the name (以XXX新时代……思想) ----------

def test_a_blank_where_the_name_goes_is_left_to_placeholder():
    body = ["我县坚持以XXX新时代中国特色社会主义思想为指引，深入推进各项工作。"]
    assert found("formulation", body) == []
    assert found("placeholder", body) == [(2, "placeholder", "XXX")]


@pytest.mark.parametrize("body", [
    # the name left out, no blank
    ["我县坚持以新时代中国特色社会主义思想为指引，深入推进各项工作。"],
    # a blank, but not right before the phrase
    ["XXX同志强调，要以新时代中国特色社会主义思想为指引。"],
])
def test_the_name_left_out_is_still_found(body):
    assert [r for _, r, _ in found("formulation", body)] == ["formulation/wording"]


# --- formulation/wording: the always-quoted names typed bare (a real slip of unseen23) -----------

def test_the_quoted_names_typed_bare_are_found_with_their_quotes_as_fix():
    body = "各单位要树牢四个意识，坚定四个自信，坚决做到两个维护，不断增强政治自觉。"
    assert found("formulation", [body]) == [
        (2, "formulation/wording", "四个意识"), (2, "formulation/wording", "四个自信"),
        (2, "formulation/wording", "两个维护")]
    doc = Document.from_lines([TITLE, body])
    fixes = [f.fix for f in analyze(doc, ["formulation"]).findings if f.fix is not None]
    assert apply_fixes([TITLE, body], fixes)[0][1] == \
        "各单位要树牢“四个意识”，坚定“四个自信”，坚决做到“两个维护”，不断增强政治自觉。"
    # one name alone, after the verb it goes with
    assert found("formulation", ["全体党员要增强四个意识。"]) == \
        [(2, "formulation/wording", "四个意识")]


@pytest.mark.parametrize("body", [
    ["增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“两个确立”的决定性意义。"],
    # a count of stations, and 意识形态 carried on: no name
    ["全县新建两个维护站，建成四个意识形态阵地。"],
    # a name alone with no verb of its own: a count as likely as a name
    ["会上讨论了两个维护问题。"],
    # the name inside a quoted phrase or a title
    ["会议提出“树牢四个意识”的要求，印发《关于增强四个意识的通知》。"],
])
def test_quoted_names_and_plain_counts_stay_quiet(body):
    assert found("formulation", body) == []
