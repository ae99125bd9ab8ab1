"""The patching Save on files built here: edits, new/deleted/moved paragraphs, cells,
formatting, numbering, roles, custom XML, the CLI fix and the export for non-Word documents."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.shared import Pt
from lxml import etree

from app.docx.save import save_docx
from app.model import Paragraph, Span
from app.readers.docx import read_docx
from tests.app.docx_build import MERGED, NUMBERING, W, body_of, parts_of, png
from tests.app.test_docx_reader import make_docx, p, r


def test_delete_add_edit_cell_and_bold(tmp_path):
    doc = read_docx(make_docx(tmp_path, MERGED))
    by_text = {q.text: q for q in doc.paragraphs}
    doc.paragraphs.remove(by_text["表后"])  # it ends section 1, right after the table
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
    # the deleted paragraph's section break went to its neighbour (after it: a table is before)
    breaks = [q for q in body.iter(W + "p") if q.find(f"{W}pPr/{W}sectPr") is not None]
    assert ["".join(t.text for t in q.iter(W + "t")) for q in breaks] == ["第二节"]
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


def test_text_typed_after_a_link_or_field_goes_after_it(tmp_path):
    link = ('<w:hyperlink r:id="rId99"><w:r><w:rPr><w:color w:val="0000FF"/><w:u w:val="single"/>'
            '</w:rPr><w:t>链接</w:t></w:r></w:hyperlink>')  # fmt: skip
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText>'
             '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2026年</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip
    body = "<w:p>" + r("见") + link + "</w:p><w:p>" + field + "</w:p>"
    doc = read_docx(make_docx(tmp_path, body))
    assert doc.texts == ["见链接", "2026年"]
    doc.paragraphs[0].text = "见链接。"
    doc.paragraphs[1].text = "2026年12月"
    save_docx(doc, tmp_path / "out.docx", author="审校员")
    ps = body_of(tmp_path / "out.docx").findall(W + "p")
    link_text = "".join(t.text for t in ps[0].find(W + "hyperlink").iter(W + "t"))
    after = ps[0][-1]
    assert link_text == "链接" and after.tag == W + "r" and after.find(W + "t").text == "。"
    assert after.find(f"{W}rPr/{W}u") is None  # not underlined like the link
    last = ps[1][-1]
    assert last.find(W + "t").text == "12月" and last.getprevious().find(W + "fldChar") is not None
    assert read_docx(tmp_path / "out.docx").texts == ["见链接。", "2026年12月"]


def test_text_typed_after_a_colleagues_insertion_is_not_theirs(tmp_path):
    ins = '<w:ins w:id="3" w:author="同事" w:date="2026-11-01T08:00:00Z">' + r("补充") + "</w:ins>"
    doc = read_docx(make_docx(tmp_path, "<w:p>" + r("原文") + ins + "</w:p>"))
    doc.paragraphs[0].text = "原文补充内容"
    save_docx(doc, tmp_path / "out.docx", author="审校员")
    p0 = body_of(tmp_path / "out.docx").find(W + "p")
    assert "".join(t.text for t in p0.find(W + "ins").iter(W + "t")) == "补充"
    assert p0[-1].tag == W + "r" and p0[-1].find(W + "t").text == "内容"


def test_a_table_removed_from_the_model_leaves_the_file(tmp_path):
    doc = read_docx(make_docx(tmp_path, MERGED))
    outer = next(t for t in doc.tables.values() if t.parent is None)
    doc.paragraphs = [q for q in doc.paragraphs if q.cell is None]
    doc.tables = {}
    save_docx(doc, tmp_path / "out.docx", author="审校员")
    again = read_docx(tmp_path / "out.docx")
    assert again.texts == ["表前", "表后", "第二节"] and again.tables == {}
    assert outer.id not in again.tables
    # a table still in the model keeps its cells, each with an empty paragraph
    doc = read_docx(make_docx(tmp_path, MERGED, name="m3.docx"))
    doc.paragraphs = [q for q in doc.paragraphs if q.cell is None]
    save_docx(doc, tmp_path / "kept.docx", author="审校员")
    kept = read_docx(tmp_path / "kept.docx")
    assert len(kept.tables) == 2 and {q.text for q in kept.paragraphs if q.cell} == {""}


def test_the_reviewers_ignores_travel_in_the_file(tmp_path):
    from app.engine import analyze

    title, body = p("关于做好2024年统计工作的通知"), p("请于5月底前报送,逾期不候。")
    source = make_docx(tmp_path, title + body)
    doc = read_docx(source)
    (finding,) = [f for f in analyze(doc).findings if f.rule == "punctuation/width"]
    unchanged = tmp_path / "unchanged.docx"
    save_docx(doc, unchanged, author="审校员")  # no ignore yet: no custom part is added
    assert parts_of(unchanged).keys() == parts_of(source).keys()
    doc.ignores.ignore(finding, doc.paragraphs[1].text)
    out = tmp_path / "ignored.docx"
    save_docx(doc, out, author="审校员")
    again = read_docx(out)
    (same,) = [f for f in analyze(again).findings if f.rule == "punctuation/width"]
    assert again.ignores.matches(same, again.paragraphs[1].text)
    resaved = tmp_path / "resaved.docx"
    save_docx(again, resaved, author="审校员")  # the list read back is not written again
    assert parts_of(resaved)["word/document.xml"] == parts_of(out)["word/document.xml"]
    assert {n for n in parts_of(resaved) if n.startswith("customXml/")} == {
        n for n in parts_of(out) if n.startswith("customXml/")}
