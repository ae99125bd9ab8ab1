"""A paragraph-level mc:AlternateContent (runs in its mc:Choice and its mc:Fallback) through an
edit: the app shows and edits the Fallback, Word shows the Choice, so the edit used to vanish in
Word. An edited block is replaced by its Fallback's content."""

from __future__ import annotations

import zipfile

from lxml import etree

from app.docx.save import save_docx
from app.readers.docx import read_docx
from tests.app.test_docx_reader import make_docx, p, r

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
BLOCK = ('<w:p><mc:AlternateContent><mc:Choice Requires="w14">' + r("分支里的文字")
         + "</mc:Choice><mc:Fallback>" + r("分支里的文字") + "</mc:Fallback></mc:AlternateContent>"
         + r("，其后。") + "</w:p>")  # fmt: skip


def body(path) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("word/document.xml")).find(W + "body")


def word_text(q: etree._Element) -> str:
    """The text Word shows: a block's Choice (Word knows w14), not its Fallback."""
    out = []
    for el in q.iter(W + "t"):
        fallback = next(el.iterancestors(MC + "Fallback"), None)
        if fallback is None:
            out.append(el.text or "")
    return "".join(out)


def test_an_edit_in_the_fallback_reaches_word(tmp_path):
    doc = read_docx(make_docx(tmp_path, p("前一段。") + BLOCK + p("后一段。")))
    q = doc.paragraphs[1]
    assert q.text == "分支里的文字，其后。"
    q.text = "分支里新的文字，其后。"
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    saved = body(out).findall(W + "p")[1]
    assert word_text(saved) == "分支里新的文字，其后。"
    assert read_docx(out).texts == doc.texts


def test_an_edit_elsewhere_keeps_the_block(tmp_path):
    doc = read_docx(make_docx(tmp_path, p("前一段。") + BLOCK + p("后一段。")))
    doc.paragraphs[1].text = doc.paragraphs[1].text.replace("其后", "其后面")
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    saved = body(out).findall(W + "p")[1]
    assert saved.find(MC + "AlternateContent") is not None
    assert word_text(saved) == "分支里的文字，其后面。"


def test_a_tracked_edit_in_the_fallback_reaches_word(tmp_path):
    from app import revisions

    doc = read_docx(make_docx(tmp_path, p("前一段。") + BLOCK + p("后一段。")))
    q = doc.paragraphs[1]
    revisions.track_insert(doc, q.id, 3, "新", "审校员", "2026-12-05T00:00:00Z")
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    saved = body(out).findall(W + "p")[1]
    assert word_text(saved) == "分支里新的文字，其后。"
    ins = saved.find(W + "ins")
    assert ins is not None and "".join(t.text for t in ins.iter(W + "t")) == "新"
