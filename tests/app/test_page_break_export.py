"""A hard page break the file holds (Word's w:br type="page") starts a page in both exports
(cn05 breaks before its sample headings); the exports used to drop it with the other objects
they do not draw."""

from __future__ import annotations

from app.engine import analyze
from app.readers import read_document
from app.render_plan import plan_document
from tests.app.docx_build import exported_body as export
from tests.app.test_closing_layout import BODY, W, paragraph
from tests.app.test_docx_reader import make_docx, p, r

BREAK = '<w:r><w:br w:type="page"/></w:r>'


def breaks_before(root, text: str) -> bool:
    return paragraph(root, text).find(f"{W}pPr/{W}pageBreakBefore") is not None


def test_a_paragraph_holding_a_page_break_puts_the_next_one_on_a_new_page(tmp_path):
    body = p(BODY) + f"<w:p>{BREAK}</w:p>" + p("一级标题示例") + p(BODY + "又一段")
    path = make_docx(tmp_path, body)
    root = export(path, tmp_path / "out.docx")
    assert breaks_before(root, "一级标题示例")
    assert not breaks_before(root, BODY) and not breaks_before(root, BODY + "又一段")
    doc = read_document(path)  # the PDF's plan says the same
    planned = {q.text: q.page_break_before for q in plan_document(doc, analyze(doc, rules=()))}
    assert planned["一级标题示例"] and not planned[BODY + "又一段"]


def test_a_break_opening_a_paragraph_puts_that_paragraph_on_a_new_page(tmp_path):
    body = p(BODY) + f"<w:p>{BREAK}{r('第二页的第一段文字。')}</w:p>" + p("下一段。")
    root = export(make_docx(tmp_path, body), tmp_path / "out.docx")
    assert breaks_before(root, "第二页的第一段文字。") and not breaks_before(root, "下一段。")


def test_a_break_after_the_words_puts_the_next_paragraph_on_a_new_page(tmp_path):
    body = p(BODY) + f"<w:p>{r('本页最后一段。')}{BREAK}</w:p>" + p("下一页的段落。")
    root = export(make_docx(tmp_path, body), tmp_path / "out.docx")
    assert breaks_before(root, "下一页的段落。") and not breaks_before(root, "本页最后一段。")
