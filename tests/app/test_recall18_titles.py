"""The document's own 关于-title against its body and its own marks (app/rules/doc_title_body.py,
recall18): a 请示 that closes with 特此报告, a 报告 that closes asking for approval, 转发 of a text
the issuing organ wrote itself, a sentence mark inside the title. Reports of our own."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.model import Document


def title_rules(lines: list[str]) -> list[tuple[str, str]]:
    a = analyze(Document.from_lines(lines), ["title"])
    return [(f.rule, lines[f.index][f.start:f.end]) for f in a.findings]


REQUEST = ["××县财政局关于追加2027年度政务公开专项经费的请示", "县人民政府：",
           "为保障政务公开专区正常运行，需追加专项经费36万元。"]
REPORT = ["××县财政局关于落实过紧日子要求情况的自查报告", "县委、县人民政府：",
          "现将自查情况报告如下：全年压减一般性支出1 260万元。"]


def test_a_request_closing_like_a_report():
    assert title_rules([*REQUEST, "特此报告。"]) == [("title/wrong-type", "特此报告")]
    assert title_rules([*REQUEST, "妥否，请批示。"]) == []


def test_a_report_closing_with_a_request():
    assert title_rules([*REPORT, "以上报告，妥否，请批示。"]) == [
        ("title/wrong-type", "以上报告，妥否，请批示")]
    assert title_rules([*REPORT, "当否，请批复。"]) == [("title/wrong-type", "当否，请批复")]


@pytest.mark.parametrize("closing", ["特此报告。", "以上报告，请审阅。", "请批示的事项另行请示。"])
def test_a_report_closing_as_a_report_stays(closing):
    assert title_rules([*REPORT, closing]) == []


def test_forwarding_the_organs_own_text():
    lines = ["××县财政局关于转发《××县财政局2027年度预算编制手册》的通知", "局属各单位："]
    assert title_rules(lines) == [("title/forwarding", "转发")]
    # another organ's, or the office of the organ that issues it
    for title in ("××县财政局关于转发《××市财政局关于加强预算管理的通知》的通知",
                  "××县人民政府关于转发《××县人民政府办公室关于做好防汛工作的意见》的通知"):
        assert title_rules([title, "各乡镇人民政府："]) == [], title


def test_a_word_where_the_type_should_be():
    lines = ["县发展和改革局关于全县营商环境建设工作情况汇报", "县人民政府："]
    assert title_rules(lines) == [("title/no-type", "情况汇报")]
    a = analyze(Document.from_lines(lines), ["title"])
    assert a.findings[0].fix.edits[0].replacement == "情况的报告"
    lines = ["县信访局关于滨河花园小区业主集体上访问题的情况说明", "县人民政府："]
    assert title_rules(lines) == [("title/no-type", "情况说明")]


def test_a_sentence_mark_inside_a_title():
    lines = ["××县人民政府办公室关于进一步做好政务公开工作，提升政府透明度的通知",
             "各乡镇人民政府："]
    assert title_rules(lines) == [("title/punctuation", "，")]
    for title in ("××县人民政府办公室关于做好防汛、抗旱工作的通知",
                  "关于开展“学党史、悟思想”主题活动的通知",
                  "关于开展“我为群众办实事，争做时代先锋”活动的通知",
                  "关于开展乡村振兴的调研报告——以产业为引领，助推乡村振兴"):
        assert title_rules([title, "各乡镇人民政府："]) == [], title
    # a short document whose body line the outline takes into the title run: no 文种 ends it
    assert title_rules(["关于工作的报告", "正文内容，请填写XX"]) == []


def test_retitling_a_request_as_a_report_reports_its_closing_while_typing():
    # the closing formula is far from the title: a changed title is a changed context line of
    # doc_title (app.incremental_scope), so the whole document is read again
    from app.incremental import IncrementalAnalyzer

    lines = [*REQUEST, *["资金将专款专用，接受审计监督。"] * 12, "妥否，请批示。"]
    doc = Document.from_lines(lines)
    live = IncrementalAnalyzer()
    assert [f.rule for f in live.analyze(doc).findings if f.rule.startswith("title/")] == []
    title = doc.paragraphs[0]
    title.text = title.text.replace("的请示", "的报告")
    delta = live.update(doc, [title.id])
    cold = [(f.rule, f.index) for f in analyze(doc, ["title"]).findings]
    assert cold == [("title/wrong-type", len(lines) - 1)]
    assert [(f.rule, f.index) for f in delta.analysis.findings
            if f.rule.startswith("title/")] == cold


def test_typing_a_wrong_closing_is_reported_while_typing():
    from app.incremental import IncrementalAnalyzer

    lines = [*REQUEST, *["资金将专款专用，接受审计监督。"] * 12, "妥否，请批示。"]
    doc = Document.from_lines(lines)
    live = IncrementalAnalyzer()
    live.analyze(doc)
    closing = doc.paragraphs[-1]
    for text, expected in (("特此报告。", [("title/wrong-type", len(lines) - 1)]),
                           ("妥否，请批示。", [])):
        closing.text = text
        delta = live.update(doc, [closing.id])
        cold = [(f.rule, f.index) for f in analyze(doc, ["title"]).findings]
        assert cold == expected, text
        assert [(f.rule, f.index) for f in delta.analysis.findings
                if f.rule.startswith("title/")] == cold, text
