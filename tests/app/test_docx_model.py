"""The .docx model read from a file: tables with merged cells, images, notes, headers and
footers, text boxes, tracked deletions kept in the file."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.shared import Pt
from lxml import etree

from app.docx.save import save_docx
from app.readers.docx import read_docx
from tests.app.docx_build import MERGED, W, png, real
from tests.app.test_docx_reader import make_docx


def test_tables_with_merged_cells(tmp_path):
    doc = read_docx(make_docx(tmp_path, MERGED))
    assert doc.texts == ["表前", "横跨两列", "竖并上", "A2", "B2", "内", "B2后", "表后", "第二节"]
    outer, inner = sorted(doc.tables.values(), key=lambda t: t.parent is not None)
    assert (outer.rows, outer.cols, inner.rows, inner.cols) == (2, 3, 1, 1)
    spans = {(c.row, c.col): (c.row_span, c.col_span) for c in outer.cells}
    assert spans == {(0, 0): (1, 2), (0, 2): (2, 1), (1, 0): (1, 1), (1, 1): (1, 1)}
    cells = [(q.cell.row, q.cell.col) if q.cell else None for q in doc.paragraphs]
    assert cells == [None, (0, 0), (0, 2), (1, 0), (1, 1), (0, 0), (1, 1), None, None]
    assert doc.paragraphs[5].cell.table_id == inner.id
    assert inner.parent == doc.paragraphs[4].cell


def test_image_has_its_bytes_and_size(tmp_path):
    picture = png(4, 3)
    (tmp_path / "p.png").write_bytes(picture)
    d = docx.Document()
    d.add_paragraph("图前").add_run().add_picture(str(tmp_path / "p.png"), width=Pt(144))
    d.save(tmp_path / "img.docx")
    doc = read_docx(tmp_path / "img.docx")
    assert doc.texts == ["图前\ufffc"]
    [obj] = doc.paragraphs[0].objects
    assert obj.kind == "image" and obj.image == picture
    assert obj.width_pt == pytest.approx(144) and obj.height_pt == pytest.approx(108)


def test_notes_headers_and_footers_are_side_parts():
    doc = read_docx(real("en04_poi_endnotes.docx"))
    notes = [o for p in doc.paragraphs for o in p.objects if o.kind == "endnote"]
    assert [o.label for o in notes] == ["尾注 1"] and notes[0].text
    assert any(s.kind == "endnote" and s.label == "尾注 1" for s in doc.side_parts)
    doc = read_docx(real("en12_poi_DiffFirstPageHeadFoot.docx"))
    labels = {s.label for s in doc.side_parts}
    assert {"页眉（第1节）", "页眉（第1节，首页）", "页脚（第1节，首页）"} <= labels


def test_deleted_text_stays_out_of_the_text_but_in_the_file(tmp_path):
    path = real("en01_poi_delins.docx")
    doc = read_docx(path)
    with zipfile.ZipFile(path) as z:
        deleted = "".join(t.text or "" for t in etree.fromstring(
            z.read("word/document.xml")).iter(W + "delText"))  # fmt: skip
    assert deleted.strip()
    assert deleted.strip() not in "".join(doc.texts)
    doc.paragraphs[0].text += "。"
    save_docx(doc, tmp_path / "out.docx", author="审校员")
    with zipfile.ZipFile(tmp_path / "out.docx") as z:
        kept = "".join(t.text or "" for t in etree.fromstring(
            z.read("word/document.xml")).iter(W + "delText"))  # fmt: skip
    assert kept == deleted


def test_source_keeps_each_paragraphs_original_element(tmp_path):
    doc = read_docx(make_docx(tmp_path, MERGED))
    for q in doc.paragraphs:
        el = doc.source.element(q.id)
        assert "".join(t.text or "" for t in el.iter(W + "t")) == q.text
    assert doc.source.element(-1) is None


def test_footnotes_are_objects_with_their_text():
    doc = read_docx(real("en22_docxjs_footnote_libreoffice.docx"))
    notes = [(o.kind, o.label, o.text) for q in doc.paragraphs for o in q.objects
             if o.kind == "footnote"]  # fmt: skip
    assert notes == [("footnote", "脚注 1", "footnote"), ("footnote", "脚注 2", "footnote2")]
    assert [(s.label, s.paragraphs) for s in doc.side_parts if s.kind == "footnote"] == [
        ("脚注 1", ["footnote"]), ("脚注 2", ["footnote2"])]  # fmt: skip


def test_headers_and_footers_per_section(tmp_path):
    from docx.enum.section import WD_SECTION

    d = docx.Document()
    d.add_paragraph("第一节正文")
    d.sections[0].header.paragraphs[0].text = "一节页眉"
    d.sections[0].different_first_page_header_footer = True
    d.sections[0].first_page_footer.paragraphs[0].text = "首页页脚"
    d.add_section(WD_SECTION.NEW_PAGE)
    d.add_paragraph("第二节正文")
    second = d.sections[1]
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "二节页眉"
    d.save(tmp_path / "hf.docx")
    doc = read_docx(tmp_path / "hf.docx")
    parts = {(s.label, tuple(s.paragraphs)) for s in doc.side_parts}
    assert {("页眉（第1节）", ("一节页眉",)), ("页脚（第1节，首页）", ("首页页脚",)),
            ("页眉（第2节）", ("二节页眉",))} <= parts  # fmt: skip
    assert [t for t in doc.texts if t] == ["第一节正文", "第二节正文"]


def test_equations_charts_and_smartart_are_labelled_objects(tmp_path):
    def graphic(uri: str) -> str:
        return ('<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
                'drawingml/2006/wordprocessingDrawing"><wp:extent cx="12700" cy="25400"/>'
                '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                f'<a:graphicData uri="{uri}"/></a:graphic></wp:inline>'
                "</w:drawing></w:r>")  # fmt: skip

    base = "http://schemas.openxmlformats.org/drawingml/2006/"
    body = ("<w:p><m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath>" + graphic(base + "chart")
            + graphic(base + "diagram") + '<w:r><w:object w:dxaOrig="10" w:dyaOrig="10"/></w:r>'
            + "</w:p>")  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body))
    assert doc.texts == ["\ufffc" * 4]
    objs = [(o.kind, o.label, o.text) for o in doc.paragraphs[0].objects]
    assert objs == [("equation", "公式", "x=1"), ("chart", "图表", ""),
                    ("smartart", "SmartArt 图形", ""), ("ole", "嵌入对象", "")]  # fmt: skip
    chart = doc.paragraphs[0].objects[1]
    assert (chart.width_pt, chart.height_pt) == (1, 2)
