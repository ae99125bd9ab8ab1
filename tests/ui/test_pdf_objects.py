"""The objects the Word export carries, in the PDF (ui.print_objects): a text box in a line of
words printed as its words in a frame where it sits, an OLE object as its preview picture, a
chart or SmartArt as a framed place naming it, with a line saying the PDF does not draw it.
Checked as a reader of the printout would: poppler's pdftotext (the words) and pdftoppm (the
pixels)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.readers import read_document
from reportdesk import main as reportdesk_main
from tests.conftest import REALDOCX, REALDOCX_FILES, ROOT, needs_realdocx
from ui import print_blocks
from ui.pdf_export import export_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

OB01 = ROOT / "tests" / "data" / "objects" / "ob01_chart_smartart_ole.docx"
PREVIEW_RGB = (200, 220, 240)  # the OLE preview's colour (tests/data/objects/make_objects.py)


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip


def _export(src: Path, out: Path, capsys) -> tuple[str, str]:
    """``reportdesk pdf src -o out``: its PDF's text and what it printed on stderr."""
    assert reportdesk_main(["pdf", str(src), "-o", str(out)]) == 0
    return _text(out), capsys.readouterr().err


def _flat(text: str) -> str:
    return "".join(text.split())


def test_a_text_box_in_a_line_prints_its_words_where_it_sits(tmp_path, qapp, capsys):
    text, _err = _export(OB01, tmp_path / "o.pdf", capsys)
    flat = _flat(text)
    assert "一、框内的标题3.框内第二行" in flat  # both of the box's lines
    # in the line's flow: after the words before it, before the words after it
    assert flat.index("见右侧文本框") < flat.index("一、框内的标题") < flat.index("框内写明要点")


def test_the_text_box_is_framed(tmp_path, qapp):
    """A dark line runs above and under the box's words (the frame), not under the words
    before it in the same line."""
    from PySide6.QtGui import QImage

    pdf = tmp_path / "o.pdf"
    export_pdf(read_document(OB01), None, pdf)
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout  # fmt: skip
    import re

    words = {m[4]: tuple(float(v) for v in m[:4]) for m in re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)<', boxes)}
    inside = next(v for k, v in words.items() if "框内的标题" in k)
    before = next(v for k, v in words.items() if k.startswith("见右侧文本框"))
    subprocess.run(["pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(pdf), str(tmp_path / "p")], check=True)  # fmt: skip
    page = QImage(str(tmp_path / "p.png"))

    def dark_above(x: float, y: float) -> bool:  # a dark pixel within 6 pt above (x, y)
        return any(page.pixelColor(round(x), round(y) - d).lightness() < 100 for d in range(1, 7))

    mid = (inside[0] + inside[2]) / 2
    assert dark_above(mid, inside[1])  # the frame's top over the box's words
    assert not dark_above((before[0] + before[2]) / 2, before[1])  # none over the line's own


def test_the_ole_object_is_drawn_as_its_preview(tmp_path, qapp):
    from PySide6.QtGui import QImage

    pdf = tmp_path / "o.pdf"
    export_pdf(read_document(OB01), None, pdf)
    subprocess.run(["pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(pdf), str(tmp_path / "p")], check=True)  # fmt: skip
    page = QImage(str(tmp_path / "p.png"))
    hits = sum(1 for y in range(0, page.height(), 2) for x in range(0, page.width(), 2)
               if all(abs(a - b) <= 6 for a, b in zip(page.pixelColor(x, y).getRgb()[:3],
                                                      PREVIEW_RGB, strict=True)))  # fmt: skip
    # the preview is 90 × 45 pt in the file: about 1,000 of its pixels sampled every 2 pt
    assert hits > 500


def test_chart_and_smartart_are_framed_places_and_reported(tmp_path, qapp, capsys):
    text, err = _export(OB01, tmp_path / "o.pdf", capsys)
    assert "PDF 中未绘制第 3 段的图表，请以 Word 文件为准。" in err
    assert "PDF 中未绘制第 4 段的SmartArt 图形，请以 Word 文件为准。" in err
    assert "嵌入对象" not in err  # its preview is drawn
    assert "图表" in _flat(text) and "SmartArt图形" in _flat(text)


@needs_realdocx
@pytest.mark.parametrize("name", ["en14_pandoc_text_in_shape", "en20_mammoth_text_box"])
def test_realdocx_text_boxes_keep_their_words(tmp_path, qapp, name):
    doc = read_document(REALDOCX / f"{name}.docx")
    words = [w for p in doc.paragraphs for o in p.objects if o.kind == "textbox"
             for w in o.text.split() if w.isalpha()]  # fmt: skip
    assert words
    export_pdf(doc, None, tmp_path / "o.pdf")
    flat = _flat(_text(tmp_path / "o.pdf"))
    assert all(w in flat for w in words)


def _has_new_objects(doc) -> bool:
    return any(o.kind in ("ole", "chart", "smartart")
               or (o.kind == "textbox" and p.text.replace("\ufffc", "").strip())
               for p in doc.paragraphs for o in p.objects)  # fmt: skip


@needs_realdocx
def test_other_realdocx_pdfs_keep_their_text(tmp_path, qapp, monkeypatch):
    """A file with none of these objects prints the same text as before them (the objects'
    drawing switched off); one with them loses none of its words."""
    checked = 0
    for src in REALDOCX_FILES:
        try:
            doc = read_document(src)
        except Exception:  # (the encrypted one)
            continue
        new, old = tmp_path / "new.pdf", tmp_path / "old.pdf"
        export_pdf(doc, None, new)
        with monkeypatch.context() as m:
            m.setattr(print_blocks, "box_words", lambda o: "")
            m.setattr(print_blocks, "drawn_below", lambda o: False)
            export_pdf(read_document(src), None, old)
        if _has_new_objects(doc):
            assert set(_text(old).split()) <= set(_text(new).split()), src.name
        else:
            assert _text(new) == _text(old), src.name
            checked += 1
    assert checked >= 20


def test_a_chart_in_a_table_cell_is_named_not_dropped(tmp_path, qapp):
    """A table's cells draw no objects: a chart in one is reported all the same."""
    from app.model import OBJECT_CHAR, CellRef, Document, InlineObject, Paragraph, Table, TableCell

    t = Table(rows=1, cols=2, cells=[TableCell(0, 0), TableCell(0, 1)])
    chart = InlineObject("chart", "图表", width_pt=100, height_pt=50)
    doc = Document([Paragraph("关于工作的报告"),
                    Paragraph("见图" + OBJECT_CHAR, cell=CellRef(t.id, 0, 0), objects=[chart]),
                    Paragraph("乙", cell=CellRef(t.id, 0, 1)), Paragraph("正文。")],
                   tables={t.id: t})  # fmt: skip
    notices: list[str] = []
    export_pdf(doc, None, tmp_path / "c.pdf", notices=notices)
    assert notices == ["PDF 中未绘制第 2 段的图表，请以 Word 文件为准。"]
