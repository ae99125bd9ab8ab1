"""The painted pages (PDF, printer, preview) show a file's footnotes and endnotes: the mark where
the file has it, a footnote's text at the foot of the page of its mark, endnotes after the body."""

from __future__ import annotations

import subprocess

from app.model import OBJECT_CHAR, Document, InlineObject, Paragraph
from tests.ui.test_pdf import lines_of
from tests.ui.test_print_pdf import needs_poppler
from ui.pdf_export import export_pdf
from ui.print_notes import roman


def noted(before: str, kind: str, note: str, after: str = "。") -> Paragraph:
    return Paragraph(before + OBJECT_CHAR + after, objects=[InlineObject(kind, "脚注", note)])


def page_texts(pdf) -> list[str]:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    return out.split("\f")[:-1]


def test_endnotes_are_numbered_in_roman_as_word_does():
    assert [roman(n) for n in (1, 2, 4, 9, 14, 40, 1994)] == [
        "i", "ii", "iv", "ix", "xiv", "xl", "mcmxciv"]  # fmt: skip


@needs_poppler
def test_a_footnote_sits_at_the_foot_of_its_page_under_the_body(tmp_path):
    doc = Document([
        Paragraph("关于重点项目建设情况的报告"),
        noted("今年全市共实施重点项目一百二十个", "footnote", "重点项目指列入年度计划的项目"),
        Paragraph("各项工作有序推进。"),
    ])  # fmt: skip
    pdf = tmp_path / "notes.pdf"
    assert export_pdf(doc, None, pdf) == 1
    lines = lines_of(pdf, 1)
    note = next(line for line in lines if "重点项目指列入年度计划的项目" in line[4])
    body = [line for line in lines if "一百二十个" in line[4] or "有序推进" in line[4]]
    number = next(line for line in lines if "—" in line[4])
    assert all(b[3] < note[1] for b in body)  # under the body text
    assert note[3] < number[1]  # over the page number
    assert note[1] > 600  # at the page's foot (A4 is 842 pt; the text area ends at 743)
    mark = next(line for line in lines if line[4] == "1")  # its number, raised, before it
    assert mark[2] < note[0] and abs(mark[1] - note[1]) < 3
    assert any("一百二十个1。" in line[4] for line in body)  # the mark where the file has it


@needs_poppler
def test_every_footnote_is_on_the_page_of_its_mark(tmp_path):
    """Forty marked paragraphs over several pages: a line whose note would not fit under it
    moves to the next page with its note, and the body never runs into the notes."""
    paragraphs = [Paragraph("关于重点项目建设情况的报告")]
    for k in range(1, 41):
        note = f"说明{k}号：数据来源于统计部门年度报表"
        paragraphs.append(noted(f"第{k}项工作", "footnote", note,
                                "按计划推进并已完成阶段目标，成效明显，群众满意度持续提升。"))
    pdf = tmp_path / "many.pdf"
    pages = export_pdf(Document(paragraphs), None, pdf)
    texts = page_texts(pdf)
    assert len(texts) == pages > 2
    for k in range(1, 41):
        mark_page = next(i for i, t in enumerate(texts) if f"第{k}项工作" in t)
        note_page = next(i for i, t in enumerate(texts) if f"说明{k}号" in t)
        assert mark_page == note_page, k
    for page in range(1, pages + 1):
        lines = lines_of(pdf, page)
        notes = [line for line in lines if "说明" in line[4]]
        body = [line for line in lines if "项工作" in line[4] or "群众满意度" in line[4]]
        if notes and body:
            assert max(b[3] for b in body) < min(n[1] for n in notes), page


@needs_poppler
def test_endnotes_follow_the_body_in_roman_numbers(tmp_path):
    doc = Document([
        Paragraph("关于重点项目建设情况的报告"),
        noted("全年完成投资八十亿元", "endnote", "含中央预算内投资"),
        noted("新开工项目三十个", "endnote", "不含续建项目"),
        Paragraph("下一步将继续抓好项目建设。"),
    ])  # fmt: skip
    pdf = tmp_path / "end.pdf"
    export_pdf(doc, None, pdf)
    lines = lines_of(pdf, 1)
    last_body = next(line for line in lines if "继续抓好项目建设" in line[4])
    first = next(line for line in lines if "含中央预算内投资" in line[4])
    second = next(line for line in lines if "不含续建项目" in line[4])
    assert last_body[3] < first[1] < second[1]
    marks = [line[4] for line in lines if line[1] > last_body[3] and line[4] in ("i", "ii")]
    assert marks == ["i", "ii"]
    assert any("八十亿元i。" in line[4] for line in lines)


@needs_poppler
def test_a_paragraph_without_notes_prints_as_before(tmp_path):
    """An object that is not a note (a text box) leaves no note mark in the line: the box's own
    words print where it sits (ui.print_objects), no number."""
    doc = Document([Paragraph("关于工作的报告"),
                    Paragraph("正文一" + OBJECT_CHAR + "正文二。",
                              objects=[InlineObject("textbox", "文本框", "框内文字")])])
    pdf = tmp_path / "box.pdf"
    export_pdf(doc, None, pdf)
    flat = "".join("".join(line[4].split()) for line in lines_of(pdf, 1))
    assert "正文一框内文字正文二。" in flat and "1" not in flat.split("正文一")[1][:8]
