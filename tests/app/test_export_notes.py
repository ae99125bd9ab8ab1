"""Footnotes and endnotes the file holds are real notes again in the Word export (en22's two
footnotes and en04's endnote were left out): the reference mark where the text had it, the
note's text in word/footnotes.xml (endnotes.xml), numbered by Word."""

from __future__ import annotations

import zipfile

from lxml import etree

from app.engine import analyze
from app.model import OBJECT_CHAR, Document, InlineObject, Paragraph
from app.readers import read_document
from app.writers.docx import write_docx
from tests.app.docx_build import real

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def export(doc: Document, tmp_path) -> dict[str, bytes]:
    out = tmp_path / "out.docx"
    write_docx(doc, out, analysis=analyze(doc, rules=()))
    with zipfile.ZipFile(out) as z:
        return {n: z.read(n) for n in z.namelist()}


def note_texts(xml: bytes, element: str) -> dict[str, str]:
    root = etree.fromstring(xml)
    return {n.get(W + "id"): "".join(n.itertext()).strip() for n in root.iter(W + element)
            if n.get(W + "type") is None}


def test_a_footnote_and_an_endnote_are_written_as_notes(tmp_path):
    foot = InlineObject("footnote", label="脚注 1", text="数据来源：市统计局。")
    end = InlineObject("endnote", label="尾注 1", text="详见附表。\n另见第二段。")
    doc = Document([Paragraph("全年完成投资12亿元" + OBJECT_CHAR + "，同比增长5%" + OBJECT_CHAR
                              + "。", objects=[foot, end])])
    parts = export(doc, tmp_path)
    body = etree.fromstring(parts["word/document.xml"])
    par = next(p for p in body.iter(W + "p") if "全年" in "".join(p.itertext()))
    assert "".join(par.itertext()) == "全年完成投资12亿元，同比增长5%。"  # no U+FFFC
    refs = [(el.tag, el.get(W + "id")) for el in par.iter(W + "footnoteReference",
                                                            W + "endnoteReference")]
    assert refs == [(W + "footnoteReference", "1"), (W + "endnoteReference", "1")]
    assert note_texts(parts["word/footnotes.xml"], "footnote") == {"1": "数据来源：市统计局。"}
    assert note_texts(parts["word/endnotes.xml"], "endnote") == {"1": "详见附表。另见第二段。"}
    assert b"footnotes+xml" in parts["[Content_Types].xml"]
    assert b"footnotes.xml" in parts["word/_rels/document.xml.rels"]


def test_no_notes_part_without_notes(tmp_path):
    parts = export(Document([Paragraph("正文。")]), tmp_path)
    assert "word/footnotes.xml" not in parts and "word/endnotes.xml" not in parts


def test_real_footnotes_are_kept(tmp_path):
    parts = export(read_document(real("en22_docxjs_footnote_libreoffice.docx")), tmp_path)
    assert set(note_texts(parts["word/footnotes.xml"], "footnote").values()) == {
        "footnote", "footnote2"}
