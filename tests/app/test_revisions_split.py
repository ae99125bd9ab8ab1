"""Enter inside a paragraph with 修订 on, in the engine: the w:p split in two with the first
mark inserted (as Word records it), the section break kept by the second, and LibreOffice
still seeing the inserted mark after its own .docx round trip. Expected values come from the
XML the test writes."""

from __future__ import annotations

from lxml import etree

from app.model import Paragraph, Span
from app.readers import read_document
from app.revisions_split import record_split
from tests.app.test_docx_reader import make_docx, p
from tests.app.test_revisions import (
    document_xml,
    libreoffice_xml,
    needs_libreoffice,
    saved,
    validate_issues,
)
from tests.app.test_revisions_move import walk

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def split_doc(tmp_path):
    path = make_docx(tmp_path, p("第一段文字") + p("第二段"))
    doc = read_document(path)
    first = doc.paragraphs[0]
    old = (first.text, [Span(s.start, s.end, s.bold, s.italic, s.underline) for s in first.spans],
           list(first.objects))  # fmt: skip
    second = Paragraph("文字")
    first.text = "第一段"  # what the editor's Enter left
    doc.paragraphs.insert(1, second)
    assert record_split(doc, first, second, first, old, "王审校", "2026-12-02T10:00:00Z")
    return path, doc


def test_a_split_is_one_inserted_mark(tmp_path):
    path, doc = split_doc(tmp_path)
    assert [q.text for q in doc.paragraphs] == ["第一段", "文字", "第二段"]
    assert [[r.kind for r in q.revisions] for q in doc.paragraphs] == [["para_ins"], [], []]
    out = saved(doc, tmp_path)
    xml = document_xml(out)
    paras = etree.fromstring(xml).find(W + "body").findall(W + "p")
    assert paras[0].find(f"{W}pPr/{W}rPr/{W}ins").get(W + "author") == "王审校"
    assert paras[1].find(f"{W}pPr/{W}rPr/{W}ins") is None
    assert walk(xml, accept=True) == ["第一段", "文字", "第二段"]
    assert walk(xml, accept=False) == ["第一段文字", "第二段"]
    assert validate_issues(out) <= validate_issues(path)


@needs_libreoffice
def test_libreoffice_keeps_the_inserted_mark(tmp_path):
    _path, doc = split_doc(tmp_path)
    xml = libreoffice_xml(saved(doc, tmp_path, "split.docx"), tmp_path)
    assert walk(xml, accept=False) == ["第一段文字", "第二段"]
    assert walk(xml, accept=True) == ["第一段", "文字", "第二段"]


def test_splitting_a_paragraph_whose_mark_a_colleague_inserted(tmp_path):
    """The first half's mark is the reviewer's new one; the colleague's inserted mark stays
    with the second half, and no mark carries two w:ins (Word refuses that)."""
    colleague = '<w:rPr><w:ins w:id="1" w:author="张三" w:date="2026-01-01T00:00:00Z"/></w:rPr>'
    path = make_docx(tmp_path, p("第一段文字", ppr=colleague) + p("第二段"))
    doc = read_document(path)
    first = doc.paragraphs[0]
    old = (first.text, list(first.spans), list(first.objects))
    second = Paragraph("文字")
    first.text = "第一段"
    doc.paragraphs.insert(1, second)
    assert record_split(doc, first, second, first, old, "王审校", "2026-12-02T10:00:00Z")
    out = saved(doc, tmp_path)
    paras = etree.fromstring(document_xml(out)).find(W + "body").findall(W + "p")
    marks = [[i.get(W + "author") for i in q.findall(f"{W}pPr/{W}rPr/{W}ins")] for q in paras]
    assert marks == [["王审校"], ["张三"], []]
    assert validate_issues(out) <= validate_issues(path)


def test_a_colleague_insertion_cut_by_the_split_has_one_id_per_half(tmp_path):
    """Enter inside a colleague's inserted words: each half holds part of the insertion, and
    each part needs its own w:id (validate.py: "revision id used 2 times")."""
    body = ('<w:p><w:ins w:id="5" w:author="张三" w:date="2026-01-01T00:00:00Z"><w:r>'
            '<w:t>第一段文字</w:t></w:r></w:ins></w:p>' + p("第二段"))
    path = make_docx(tmp_path, body)
    doc = read_document(path)
    first = doc.paragraphs[0]
    old = (first.text, list(first.spans), list(first.objects))
    second = Paragraph("文字", revisions=[])
    first.text = "第一段"
    doc.paragraphs.insert(1, second)
    assert record_split(doc, first, second, first, old, "王审校", "2026-12-02T10:00:00Z")
    out = saved(doc, tmp_path)
    root = etree.fromstring(document_xml(out))
    ids = [i.get(W + "id") for i in root.iter(W + "ins")]
    assert len(ids) == len(set(ids)) == 3  # two halves of 张三's and the reviewer's mark
    texts = ["".join(t.text for t in q.iter(W + "t")) for q in root.iter(W + "p")]
    assert texts == ["第一段", "文字", "第二段"]
    assert validate_issues(out) <= validate_issues(path)
