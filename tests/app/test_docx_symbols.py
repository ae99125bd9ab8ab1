"""Check boxes a form inserts as Wingdings symbols (插入符号: w:sym w:font="Wingdings") read as
the boxes they show, □ ☑ ☒, not as the Latin-1 character of their code ("¨" for 00A8, cn06):
so the editor, the checks and the GB/T 9704 export all see a box, and a save keeps the symbol."""

from __future__ import annotations

import zipfile

from lxml import etree

from app.docx.save import save_docx
from app.engine import analyze
from app.readers.docx import read_docx
from app.writers.docx import write_docx
from tests.app.docx_build import W, body_of
from tests.app.test_docx_reader import make_docx, r


def sym(font: str, char: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


BODY = ("<w:p>" + r("已告知") + sym("Wingdings", "00A8") + r("未告知") + sym("Wingdings", "F0FE")
        + r("拒绝") + sym("Wingdings", "F0FD") + "</w:p>"
        + "<w:p>" + r("项目符号") + sym("Wingdings", "F06C") + sym("Symbol", "00A8") + "</w:p>")


def test_wingdings_boxes_read_as_boxes(tmp_path):
    doc = read_docx(make_docx(tmp_path, BODY))
    assert doc.texts[0] == "已告知□未告知☑拒绝☒"
    # the bullet keeps its •; a code of another font stays the code Word stored
    assert doc.texts[1] == "项目符号\u2022\u00a8"


def test_the_export_prints_the_box(tmp_path):
    doc = read_docx(make_docx(tmp_path, BODY))
    out = tmp_path / "out.docx"
    write_docx(doc, out, analysis=analyze(doc))
    with zipfile.ZipFile(out) as z:
        text = "".join(etree.fromstring(z.read("word/document.xml")).itertext())
    assert "已告知□未告知☑拒绝☒" in text and "¨已" not in text


def test_an_edit_beside_the_box_keeps_the_symbol(tmp_path):
    doc = read_docx(make_docx(tmp_path, BODY))
    doc.paragraphs[0].text = doc.paragraphs[0].text.replace("已告知", "已经告知")
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    p = body_of(out).find(W + "p")
    assert [s.get(W + "char") for s in p.iter(W + "sym")] == ["00A8", "F0FE", "F0FD"]
    assert "".join(t.text for t in p.iter(W + "t")) == "已经告知未告知拒绝"
