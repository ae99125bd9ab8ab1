"""Shapes of the Word file in the PDF (ui/print_shapes.py): simple ones (a rectangle, a rounded
one, an ellipse, an arrow line, a fill-in line) drawn in their colours where the file puts them,
the others (a block arrow, a group, a canvas) and pictures linked to a file outside the package
as a framed place with a line saying the PDF does not draw them. WPS's empty dot draws nothing
and says nothing. Checked as a reader of the printout would: the pixels (pdftoppm at 72 dpi,
one pixel a point), the words (pdftotext) and what ``reportdesk pdf`` prints."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reportdesk import main as reportdesk_main
from tests.conftest import REALDOCX, ROOT, needs_realdocx

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")

OBJECTS = ROOT / "tests" / "data" / "objects"
CELLS = OBJECTS / "ob07_cell_shapes.docx"
PICTURES = OBJECTS / "ob06_pictures.docx"
TEXT_LEFT_PT = 28 / 25.4 * 72  # the GB/T text area's left edge (28 mm)
TEXT_RIGHT_PT = (28 + 156) / 25.4 * 72


def _export(src: Path, out: Path, capsys) -> list[str]:
    """``reportdesk pdf src -o out``: the notices it printed."""
    assert reportdesk_main(["pdf", str(src), "-o", str(out)]) == 0
    return [line for line in capsys.readouterr().err.splitlines() if line.strip()]


def _page(pdf: Path, page: int):
    from PySide6.QtGui import QImage

    stem = pdf.with_name(f"{pdf.stem}-p{page}")
    subprocess.run(["pdftoppm", "-r", "72", "-f", str(page), "-l", str(page), "-png",
                    "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip
    return QImage(str(stem) + ".png")


def _colours(image) -> set[tuple[int, int, int]]:
    return {(c.red() >> 4, c.green() >> 4, c.blue() >> 4)
            for c in (image.pixelColor(x, y) for x in range(0, image.width(), 2)
                      for y in range(0, image.height(), 2))}  # fmt: skip


def _words(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    return [(m[4], float(m[0]), float(m[1]), float(m[2]), float(m[3])) for m in re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)<', out)]


def _rgb(hex6: str) -> tuple[int, int, int]:
    return (int(hex6[0:2], 16) >> 4, int(hex6[2:4], 16) >> 4, int(hex6[4:6], 16) >> 4)


def test_simple_shapes_are_drawn_in_their_colours(tmp_path, qapp, capsys):
    notices = _export(CELLS, tmp_path / "o.pdf", capsys)
    seen = _colours(_page(tmp_path / "o.pdf", 1))
    for fill in ("C00000", "FFC000", "00B050"):  # the rectangle, the rounded one, the ellipse
        assert _rgb(fill) in seen, fill
    assert _rgb("7030A0") not in seen  # the block arrow is not drawn …
    assert len(notices) == 1 and "第 8 段" in notices[0] and "图形" in notices[0]  # … but named


def test_a_floating_shape_sits_beside_its_paragraph(tmp_path, qapp, capsys):
    """The red rectangle floats 200 pt right of the text column's left, from the top of its
    paragraph's line: a point 250 pt in, level with the paragraph's words, is red."""
    _export(CELLS, tmp_path / "o.pdf", capsys)
    page = _page(tmp_path / "o.pdf", 1)
    word = next(w for w in _words(tmp_path / "o.pdf", 1) if "图形浮在这一段旁边" in w[0])
    c = page.pixelColor(round(TEXT_LEFT_PT + 250), round((word[2] + word[4]) / 2))
    assert (c.red() >> 4, c.green() >> 4, c.blue() >> 4) == _rgb("C00000")


def test_linked_pictures_are_named_and_the_wps_dot_is_not(tmp_path, qapp, capsys):
    notices = _export(PICTURES, tmp_path / "o.pdf", capsys)
    assert sorted(re.search(r"第 (\d+) 段", n)[1] for n in notices) == ["2", "3", "5", "6"]
    assert all("图片" in n for n in notices)
    text = subprocess.run(["pdftotext", str(tmp_path / "o.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert text.count("［图片］") == 4  # (the last one alone in its paragraph)


def _dark_runs(page, x: int, top: float, bottom: float) -> int:
    """Separate dark stretches met going down the column ``x`` from ``top`` to ``bottom``."""
    runs, dark = 0, False
    for y in range(round(top), round(bottom)):
        now = page.pixelColor(x, y).lightness() < 128
        runs += now and not dark
        dark = now
    return runs


@needs_realdocx
def test_en03_fill_in_lines_are_drawn_inside_the_form(tmp_path, qapp, capsys):
    """en03's four lines under "12 – Major/primary field of study" and "13 – List any special
    skill": drawn across the form's right cell, at the table's scale (so not off the page)."""
    src = REALDOCX / "en03_poi_form_footnotes.docx"
    pdf = tmp_path / "o.pdf"
    _export(src, pdf, capsys)
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                           check=True).stdout  # fmt: skip
    count = int(re.search(r"Pages:\s+(\d+)", pages)[1])
    at = next(n for n in range(1, count + 1)
              if any(w[0].startswith("Major/") for w in _words(pdf, n)))  # fmt: skip
    words = _words(pdf, at)
    top = max(w[4] for w in words if w[0].startswith("Major/"))  # under "12 – Major/primary …"
    bottom = min(w[2] for w in words if w[0] == "Job")  # over "14 – Job position"
    page = _page(pdf, at)
    # between the right cell's border (5148/10638 of the table) and its text (5.4 pt further)
    x = round(TEXT_LEFT_PT + 5148 / 10638 * (TEXT_RIGHT_PT - TEXT_LEFT_PT) + 3)
    assert _dark_runs(page, x, top, bottom) == 4
    right = round(TEXT_RIGHT_PT + 3)  # nothing drawn right of the form
    assert all(page.pixelColor(px, y).lightness() >= 128
               for px in range(right, page.width()) for y in range(round(top), round(bottom)))


def test_a_horizontal_rule_spans_the_text_width(tmp_path, qapp, capsys):
    """Word's <hr> (a VML rectangle of no width, o:hr; en06 has five): a band in its colour
    from the text area's left edge to its right."""
    _export(CELLS, tmp_path / "o.pdf", capsys)
    page = _page(tmp_path / "o.pdf", 1)

    def grey(x: int, y: int) -> bool:
        c = page.pixelColor(x, y)
        return (c.red() >> 4, c.green() >> 4, c.blue() >> 4) == _rgb("ACA899")

    left, right = round(TEXT_LEFT_PT + 3), round(TEXT_RIGHT_PT - 3)
    rows = [y for y in range(page.height()) if grey(left, y)]
    assert rows and all(grey(right, y) for y in rows)
