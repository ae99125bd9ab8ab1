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


def sect(kind: str = "") -> str:
    return f'<w:sectPr>{f"<w:type w:val={chr(34)}{kind}{chr(34)}/>" if kind else ""}</w:sectPr>'


def test_a_section_that_starts_on_a_new_page_starts_one_in_the_export(tmp_path):
    """A w:sectPr's type says how its own section starts: the next section's decides whether
    the paragraph after a section's end goes to a new page (en19: five sections, five pages)."""
    body = (p("第一节的段落。", sect()) + p("第二节的段落。", sect("continuous"))
            + p("第三节的段落。", sect("oddPage")) + p("第四节的段落。")
            + '<w:sectPr><w:type w:val="continuous"/></w:sectPr>')
    root = export(make_docx(tmp_path, body), tmp_path / "out.docx")
    assert not breaks_before(root, "第一节的段落。")
    assert not breaks_before(root, "第二节的段落。")  # the second section is continuous
    assert breaks_before(root, "第三节的段落。")  # the third starts on an odd page
    assert not breaks_before(root, "第四节的段落。")  # the last one (the body's) is continuous


def test_a_paragraph_set_to_break_before_starts_a_page(tmp_path):
    body = p(BODY) + p("另起一页的段落。", "<w:pageBreakBefore/>") + p("下一段。")
    root = export(make_docx(tmp_path, body), tmp_path / "out.docx")
    assert breaks_before(root, "另起一页的段落。") and not breaks_before(root, "下一段。")


def test_real_sections_each_start_a_page(tmp_path):
    from tests.app.docx_build import real

    root = export(real("en19_pydocx_sct_section_props.docx"), tmp_path / "out.docx")
    assert all(breaks_before(root, f"Section {n} paragraph.") for n in (2, 3, 4, 5))
