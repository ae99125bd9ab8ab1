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


# --- comments ------------------------------------------------------------------------------------


def comment_xml(tmp_path: Path) -> Path:
    """A file with one comment anchored on 甲乙 (no commentsExtended part)."""
    body = (
        '<w:p><w:commentRangeStart w:id="0"/>' + r("甲乙") + '<w:commentRangeEnd w:id="0"/>'
        + '<w:r><w:commentReference w:id="0"/></w:r>' + r("丙丁") + "</w:p>" + p("第二段")
    )
    base = make_docx(tmp_path, body, name="c0.docx")
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')  # fmt: skip
    comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {ns}>'
                '<w:comment w:id="0" w:author="张三" w:date="2026-11-01T08:00:00Z" '
                'w:initials="ZS">'
                '<w:p w14:paraId="1A2B3C4D"><w:r><w:annotationRef/></w:r>'
                '<w:r><w:t>原有批注</w:t></w:r></w:p>'
                '</w:comment></w:comments>').encode()  # fmt: skip
    from tests.app.test_docx_reader import rewrite

    ct = ('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.comments+xml"/>')  # fmt: skip
    rel = ('<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
           'relationships/comments" Target="comments.xml"/>')  # fmt: skip
    return rewrite(base, tmp_path / "c.docx", {"word/comments.xml": comments}, ct, rel)


def parts_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_new_comment_goes_next_to_the_old_one(tmp_path):
    from app.model import Comment, Position

    src = comment_xml(tmp_path)
    doc = read_docx(src)
    second = doc.paragraphs[1]
    doc.comments.append(Comment("新意见", "审校员", start=Position(second.id, 0),
                                end=Position(second.id, 2)))  # fmt: skip
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    root = etree.fromstring(parts_of(out)["word/comments.xml"])
    comments = root.findall(W + "comment")
    assert [c.get(W + "author") for c in comments] == ["张三", "审校员"]
    old = etree.fromstring(parts_of(src)["word/comments.xml"]).find(W + "comment")
    assert etree.tostring(comments[0], method="c14n") == etree.tostring(old, method="c14n")
    again = read_docx(out)
    assert [(c.text, c.start.offset, c.end.offset) for c in again.comments] == [
        ("原有批注", 0, 2), ("新意见", 0, 2)]  # fmt: skip
    assert again.comments[1].start.paragraph_id == again.paragraphs[1].id


def test_comment_edited_resolved_replied_and_deleted(tmp_path):
    from app.model import Comment

    doc = read_docx(comment_xml(tmp_path))
    [old] = doc.comments
    old.text = "改过的批注"
    old.resolved = True
    doc.comments.append(Comment("回复", "审校员", parent_id=old.id))
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    again = read_docx(out)
    top, reply = again.comments
    assert (top.text, top.resolved, top.start.offset, top.end.offset) == ("改过的批注", True, 0, 2)
    assert (reply.text, reply.parent_id) == ("回复", top.id)
    again.comments.remove(reply)
    again.comments.remove(top)
    save_docx(again, tmp_path / "none.docx", author="审校员")
    final = parts_of(tmp_path / "none.docx")
    assert etree.fromstring(final["word/comments.xml"]).findall(W + "comment") == []
    body = etree.fromstring(final["word/document.xml"])
    assert not list(body.iter(W + "commentRangeStart", W + "commentReference"))
    assert read_docx(tmp_path / "none.docx").texts == ["甲乙丙丁", "第二段"]


def test_typing_before_a_comment_keeps_its_anchor(tmp_path):
    doc = read_docx(comment_xml(tmp_path))
    first = doc.paragraphs[0]
    first.text = "前" + first.text
    c = doc.comments[0]
    from app.model import Position

    c.start, c.end = Position(first.id, 1), Position(first.id, 3)
    save_docx(doc, tmp_path / "out.docx", author="审校员")
    again = read_docx(tmp_path / "out.docx")
    assert (again.texts[0], again.comments[0].start.offset, again.comments[0].end.offset) == (
        "前甲乙丙丁", 1, 3)  # fmt: skip


# --- roles, virtual paragraphs, objects -----------------------------------------------------


def test_promoted_heading_uses_the_documents_heading_style(tmp_path):
    from app.model import Role

    d = docx.Document()
    d.add_heading("一、总体要求", level=1)
    d.add_paragraph("（一）指导思想")
    d.add_paragraph("正文。")
    d.save(tmp_path / "h.docx")
    doc = read_docx(tmp_path / "h.docx")
    assert doc.paragraphs[0].role is Role.HEADING_1
    doc.paragraphs[1].role, doc.paragraphs[1].role_fixed = Role.HEADING_1, True
    doc.paragraphs[0].role = Role.BODY  # demoted
    save_docx(doc, tmp_path / "out.docx", author="审校员")
    again = read_docx(tmp_path / "out.docx")
    assert [(q.role, q.role_fixed) for q in again.paragraphs[:2]] == [
        (None, False), (Role.HEADING_1, True)]  # fmt: skip
    styles = [q.find(f"{W}pPr/{W}pStyle") for q in body_of(tmp_path / "out.docx").iter(W + "p")]
    assert styles[1] is not None and styles[1].get(W + "val") == "Heading1"


def test_virtual_paragraphs_are_written_only_when_typed_into(tmp_path):
    doc = read_docx(make_docx(tmp_path, MERGED))
    table_first = next(k for k, q in enumerate(doc.paragraphs) if q.cell is not None)
    doc.paragraphs.insert(table_first, Paragraph("", virtual=True))
    save_docx(doc, tmp_path / "empty.docx", author="审校员")
    assert read_docx(tmp_path / "empty.docx").texts == read_docx(make_docx(tmp_path, MERGED,
                                                                 name="m2.docx")).texts  # fmt: skip
    doc.paragraphs[table_first].text = "表格标题"
    save_docx(doc, tmp_path / "typed.docx", author="审校员")
    again = read_docx(tmp_path / "typed.docx")
    assert again.texts[:3] == ["表前", "表格标题", "横跨两列"]
    assert again.paragraphs[1].cell is None


def test_an_image_moved_to_another_paragraph_keeps_its_picture(tmp_path):
    picture = png(2, 2)
    (tmp_path / "p.png").write_bytes(picture)
    d = docx.Document()
    d.add_paragraph("图在此").add_run().add_picture(str(tmp_path / "p.png"), width=Pt(36))
    d.add_paragraph("移到这里")
    d.save(tmp_path / "img.docx")
    doc = read_docx(tmp_path / "img.docx")
    first, second = doc.paragraphs
    obj = first.objects.pop()
    first.text = "图在此"
    second.text += "\ufffc"
    second.objects.append(obj)
    save_docx(doc, tmp_path / "out.docx", author="审校员")
    again = read_docx(tmp_path / "out.docx")
    assert again.texts == ["图在此", "移到这里\ufffc"]
    assert again.paragraphs[1].objects[0].image == picture


def test_cli_fix_patches_a_copy_of_the_original(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    d = docx.Document()
    d.add_paragraph("一、总体要求")
    d.add_paragraph("一、主要任务")  # duplicate number: the fix makes it 二、
    d.sections[0].header.paragraphs[0].text = "页眉文字"
    d.save(tmp_path / "in.docx")
    env = {"REPORTDESK_LANG": "zh", "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-m", "app", "fix", str(tmp_path / "in.docx"), "-o",
                    str(tmp_path / "out.docx")], check=True, env=env, timeout=120)  # fmt: skip
    doc = read_docx(tmp_path / "out.docx")
    assert doc.texts == ["一、总体要求", "二、主要任务"]
    assert any(s.paragraphs == ["页眉文字"] for s in doc.side_parts if s.kind == "header")
    before, after = parts_of(tmp_path / "in.docx"), parts_of(tmp_path / "out.docx")
    assert before.keys() == after.keys()
    assert before["word/styles.xml"] == after["word/styles.xml"]  # not the GB/T rebuild


def test_a_text_document_saved_as_docx_is_exported(tmp_path):
    from app.model import Document
    from app.storage import save_document

    doc = Document.from_lines(["关于开展检查的通知", "各单位："])
    save_document(doc, tmp_path / "t.docx", author="审校员", backup=False,
                  data_dir=tmp_path / "data")  # fmt: skip
    assert read_docx(tmp_path / "t.docx").texts[:2] == ["关于开展检查的通知", "各单位："]
    assert b"GwBody" in parts_of(tmp_path / "t.docx")["word/styles.xml"]


def test_a_failing_patch_is_one_line_and_leaves_the_file(tmp_path, monkeypatch):
    from app.docx import save as save_module
    from app.errors import WriteError

    src = make_docx(tmp_path, p("正文"))
    doc = read_docx(src)
    out = tmp_path / "out.docx"
    out.write_bytes(b"old")

    def broken(*args, **kwargs):
        raise KeyError("bug")

    monkeypatch.setattr(save_module, "patched_parts", broken)
    with pytest.raises(WriteError, match="原文件未改动"):
        save_docx(doc, out, author="审校员")
    assert out.read_bytes() == b"old"


def test_source_keeps_each_paragraphs_original_element(tmp_path):
    doc = read_docx(make_docx(tmp_path, MERGED))
    for q in doc.paragraphs:
        el = doc.source.element(q.id)
        assert "".join(t.text or "" for t in el.iter(W + "t")) == q.text
    assert doc.source.element(-1) is None


def test_bolding_inside_a_tracked_format_change_keeps_revision_ids_unique(tmp_path):
    change = ('<w:rPrChange w:id="5" w:author="同事" w:date="2026-11-01T08:00:00Z">'
              "<w:rPr/></w:rPrChange>")  # fmt: skip
    doc = read_docx(make_docx(tmp_path, p("前中后", rpr='<w:color w:val="FF0000"/>' + change)))
    doc.paragraphs[0].spans = [Span(1, 2, bold=True)]
    save_docx(doc, tmp_path / "out.docx", author="审校员")
    ids = [e.get(W + "id") for e in body_of(tmp_path / "out.docx").iter(W + "rPrChange")]
    assert len(ids) == 3 and len(set(ids)) == 3
    assert [(s.start, s.end, s.bold) for s in read_docx(tmp_path / "out.docx").paragraphs[0].spans
            ] == [(1, 2, True)]  # fmt: skip


def test_deleting_the_paragraph_a_comment_starts_in_keeps_the_comment_whole(tmp_path):
    from app.model import Comment, Position

    doc = read_docx(make_docx(tmp_path, p("第一段") + p("第二段") + p("第三段")))
    one, two, _ = doc.paragraphs
    doc.comments.append(Comment("跨段", "审校员", start=Position(one.id, 1),
                                end=Position(two.id, 2)))  # fmt: skip
    save_docx(doc, tmp_path / "c.docx", author="审校员")
    doc = read_docx(tmp_path / "c.docx")
    doc.paragraphs.pop(0)  # the comment's start goes with it; the model is not told
    save_docx(doc, tmp_path / "out.docx", author="审校员")
    body = body_of(tmp_path / "out.docx")
    assert [len(list(body.iter(W + t))) for t in
            ("commentRangeStart", "commentRangeEnd", "commentReference")] == [1, 1, 1]  # fmt: skip
    [c] = read_docx(tmp_path / "out.docx").comments
    assert (c.start.offset, c.end.offset) == (0, 2)


def test_moved_paragraphs_move_in_the_file(tmp_path):
    section_end = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    body = (p("一、甲", '<w:jc w:val="center"/>') + p("甲的正文") + p("二、乙") + p("乙的正文")
            + p("结尾", section_end) + p("末节"))  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body))
    a, a_body, b, b_body, end, last = doc.paragraphs
    doc.paragraphs = [b, b_body, a, a_body, end, last]  # the outline moved section 二 up
    a_body.text += "（改）"
    save_docx(doc, tmp_path / "out.docx", author="审校员")
    again = read_docx(tmp_path / "out.docx")
    assert again.texts == ["二、乙", "乙的正文", "一、甲", "甲的正文（改）", "结尾", "末节"]
    ps = body_of(tmp_path / "out.docx").findall(W + "p")
    assert ps[2].find(f"{W}pPr/{W}jc") is not None  # it moved with its properties
    assert ps[4].find(f"{W}pPr/{W}sectPr") is not None


def test_a_paragraph_moved_into_another_cell(tmp_path):
    doc = read_docx(make_docx(tmp_path, MERGED))
    by_text = {q.text: q for q in doc.paragraphs}
    moving = by_text["A2"]
    doc.paragraphs.remove(moving)
    moving.cell = by_text["B2后"].cell
    doc.paragraphs.insert(doc.paragraphs.index(by_text["B2后"]) + 1, moving)
    save_docx(doc, tmp_path / "out.docx", author="审校员")
    again = read_docx(tmp_path / "out.docx")
    cells = {q.text: (q.cell.row, q.cell.col) for q in again.paragraphs if q.cell}
    assert cells["A2"] == (1, 1) and cells[""] == (1, 0)  # the emptied cell keeps a paragraph
