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
    # the bullet keeps its •; the Symbol font's A8 is the ♦ it draws (read as "¨" before)
    assert doc.texts[1] == "项目符号\u2022\u2666"


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


def test_symbol_font_characters_read_as_the_glyphs_word_shows(tmp_path):
    """插入符号 from the Symbol font: 25°C, ±0.5, α, Ω, ≤, ×; read as U+F0B0 … (boxes on
    screen, and in the export) before."""
    body = ("<w:p>" + r("温度25") + sym("Symbol", "F0B0") + r("C，误差") + sym("Symbol", "F0B1")
            + r("0.5，系数") + sym("Symbol", "F061") + r("，电阻10") + sym("Symbol", "F057")
            + r("，") + sym("Symbol", "00A3") + r("3") + sym("Symbol", "F0B4") + r("2") + "</w:p>"
            # another font's code keeps the code Word stored
            + "<w:p>" + sym("MT Extra", "0041") + "</w:p>")  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body))
    assert doc.texts == ["温度25°C，误差±0.5，系数α，电阻10Ω，≤3×2", "A"]
    assert not any("\ue000" <= ch <= "\uf8ff" for ch in doc.texts[0])
    out = tmp_path / "out.docx"
    doc.paragraphs[0].text = doc.paragraphs[0].text.replace("温度", "室温")
    save_docx(doc, out, author="审校员")
    p = body_of(out).find(W + "p")
    assert [s.get(W + "char") for s in p.iter(W + "sym")] == ["F0B0", "F0B1", "F061", "F057",
                                                             "00A3", "F0B4"]  # fmt: skip
    assert read_docx(out).texts[0] == "室温25°C，误差±0.5，系数α，电阻10Ω，≤3×2"
