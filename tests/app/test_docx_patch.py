"""The .docx model (tables, objects, side parts) and the patching Save on files built here."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from lxml import etree

from app.docx.save import save_docx
from app.model import Paragraph, Span
from app.readers.docx import read_docx
from tests.app.test_docx_reader import make_docx, p, r

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REAL = Path(__file__).resolve().parents[3] / "shared" / "realdocx"


def real(name: str) -> Path:
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"../shared/realdocx/{name} is absent (third-party file, not in the repo)")
    return path


def body_of(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("word/document.xml")).find(W + "body")


def png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)  # fmt: skip

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))  # fmt: skip


def cell(*content: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>" + "".join(content) + "</w:tc>"


MERGED = (
    p("表前")
    + "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
    + "<w:tr>" + cell(p("横跨两列"), props='<w:gridSpan w:val="2"/>')
    + cell(p("竖并上"), props='<w:vMerge w:val="restart"/>') + "</w:tr>"
    + "<w:tr>" + cell(p("A2"))
    + cell(p("B2"), "<w:tbl><w:tblPr/><w:tr>" + cell(p("内")) + "</w:tr></w:tbl>", p("B2后"))
    + cell(p("被覆盖"), props="<w:vMerge/>") + "</w:tr>"
    + '<w:tr><w:trPr><w:del w:id="9" w:author="a"/></w:trPr>' + cell(p("删行")) + cell(p("x"))
    + cell(p("y")) + "</w:tr>"
    + "</w:tbl>"
    + p("表后", '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>')
    + p("第二节")
)  # fmt: skip


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


def test_delete_add_edit_cell_and_bold(tmp_path):
    doc = read_docx(make_docx(tmp_path, MERGED))
    by_text = {q.text: q for q in doc.paragraphs}
    doc.paragraphs.remove(by_text["表后"])  # it ends section 1: the break moves to 第二节? no:
    k = doc.paragraphs.index(by_text["表前"])
    doc.paragraphs.insert(k + 1, Paragraph("新段落"))
    a2 = by_text["A2"]
    a2.text = "A2改"
    doc.paragraphs.insert(doc.paragraphs.index(a2) + 1, Paragraph("A2新增", cell=a2.cell))
    first = by_text["第二节"]
    first.spans = [Span(0, 2, bold=True)]
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    again = read_docx(out)
    assert again.texts == ["表前", "新段落", "横跨两列", "竖并上", "A2改", "A2新增", "B2", "内",
                           "B2后", "第二节"]  # fmt: skip
    assert [(q.cell.row, q.cell.col) if q.cell else None for q in again.paragraphs][4:6] == [
        (1, 0), (1, 0)]  # fmt: skip
    assert [(s.start, s.end, s.bold) for s in again.paragraphs[-1].spans] == [(0, 2, True)]
    body = body_of(out)
    sections = [s for s in body.iter(W + "sectPr")]
    assert len(sections) == 2  # the deleted paragraph's section break went to its neighbour
    assert "被覆盖" in "".join(t.text or "" for t in body.iter(W + "t"))  # covered cell kept


def test_new_paragraph_takes_neighbour_properties(tmp_path):
    body = p("正文一", '<w:jc w:val="center"/>', "<w:sz w:val=\"32\"/>")
    doc = read_docx(make_docx(tmp_path, body))
    doc.paragraphs.append(Paragraph("正文二"))
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    ps = body_of(out).findall(W + "p")
    assert [etree.tostring(q.find(W + "pPr"), method="c14n") for q in ps] == [
        etree.tostring(ps[0].find(W + "pPr"), method="c14n")] * 2  # fmt: skip
    assert ps[1].find(f"{W}r/{W}rPr/{W}sz").get(W + "val") == "32"


def test_edit_keeps_run_properties_around_the_edit(tmp_path):
    body = "<w:p>" + r("红色", '<w:color w:val="FF0000"/>') + r("黑色") + "</w:p>"
    doc = read_docx(make_docx(tmp_path, body))
    doc.paragraphs[0].text = "红色字黑色"
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    runs = body_of(out).find(W + "p").findall(W + "r")
    assert [("".join(t.text for t in run.iter(W + "t")), run.find(f"{W}rPr/{W}color") is not None)
            for run in runs] == [("红色字", True), ("黑色", False)]  # fmt: skip


def test_saving_twice_gives_the_same_file(tmp_path):
    doc = read_docx(make_docx(tmp_path, MERGED))
    doc.paragraphs[0].text = "表前改"
    save_docx(doc, tmp_path / "a.docx", author="审校员")
    save_docx(doc, tmp_path / "b.docx", author="审校员")
    with zipfile.ZipFile(tmp_path / "a.docx") as a, zipfile.ZipFile(tmp_path / "b.docx") as b:
        assert a.read("word/document.xml") == b.read("word/document.xml")


NUMBERING = (
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/>'
    '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)


def test_auto_numbering_stays_unless_the_number_is_edited(tmp_path):
    num = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    doc = read_docx(make_docx(tmp_path, p("总体要求", num) + p("主要任务", num),
                              numbering=NUMBERING))  # fmt: skip
    assert doc.texts == ["一、总体要求", "二、主要任务"]
    doc.paragraphs[0].text = "一、总体目标"
    doc.paragraphs[1].text = "三、主要任务"  # edited inside the rendered number
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    again = read_docx(out)
    assert again.texts == ["一、总体目标", "三、主要任务"]
    assert [q.auto_number_len for q in again.paragraphs] == [2, 0]


def test_custom_xml_part_added_and_replaced(tmp_path):
    doc = read_docx(make_docx(tmp_path, p("正文")))
    ns = "urn:reportdesk:ignored"
    doc.source.set_custom_xml(f'<ignored xmlns="{ns}"><rule id="a"/></ignored>'.encode())
    save_docx(doc, tmp_path / "one.docx", author="审校员")
    again = read_docx(tmp_path / "one.docx")
    assert b'rule id="a"' in again.source.custom_xml_part(ns)
    again.source.set_custom_xml(f'<ignored xmlns="{ns}"><rule id="b"/></ignored>'.encode())
    save_docx(again, tmp_path / "two.docx", author="审校员")
    with zipfile.ZipFile(tmp_path / "two.docx") as z:
        items = [n for n in z.namelist() if n.startswith("customXml/item") and "Props" not in n
                 and ns.encode() in z.read(n)]  # fmt: skip
        assert len(items) == 1 and b'rule id="b"' in z.read(items[0])
        rels = z.read("word/_rels/document.xml.rels").decode()
        assert rels.count(items[0].split("/")[1]) == 1
        assert "customXmlProperties+xml" in z.read("[Content_Types].xml").decode()
