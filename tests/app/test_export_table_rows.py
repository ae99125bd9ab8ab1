"""A table set in small type (五号, 10.5 pt) keeps rows of its own size in the Word export: its
cells' lines are single-spaced for their type, not put on the page's exact 28.95 pt grid line,
which made such tables about twice as tall as in the file (en23). Body text keeps the grid."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.shared import Pt
from lxml import etree

from app.engine import analyze
from app.readers import read_document
from app.writers.docx import write_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
GRID_PT = 28.95  # GB/T 9704: 22 lines on the type area


def line_pt(p: etree._Element, size_pt: float) -> float:
    """The height of one line of ``p`` as Word sets it: an exact or at-least rule in points,
    an auto rule as a multiple of single spacing (about 1.3 × the type size); the page's grid
    when the paragraph says nothing (the export's Normal style: exact 28.95 pt)."""
    spacing = p.find(f"{W}pPr/{W}spacing")
    if spacing is None or spacing.get(W + "line") is None:
        return GRID_PT
    value = int(spacing.get(W + "line"))
    if spacing.get(W + "lineRule", "auto") == "auto":
        snap = p.find(f"{W}pPr/{W}snapToGrid")
        single = 1.3 * size_pt
        if snap is None or snap.get(W + "val") not in ("0", "false"):
            return max(single * value / 240, GRID_PT)  # on the document grid: whole grid lines
        return single * value / 240
    return value / 20


def exported(tmp_path: Path, size_pt: float) -> etree._Element:
    """The exported body of a report with a 3 × 2 table whose cells are in ``size_pt``."""
    made = docx.Document()
    made.add_paragraph("各单位要认真做好年度工作，统计数据如下。")
    table = made.add_table(rows=3, cols=2)
    for r, (name, value) in enumerate([("项目", "金额"), ("投资", "12亿元"), ("收入", "5亿元")]):
        for c, text in enumerate((name, value)):
            cell = table.cell(r, c).paragraphs[0]
            cell.paragraph_format.space_after = Pt(6)
            cell.add_run(text).font.size = Pt(size_pt)
    src = tmp_path / "table.docx"
    made.save(src)
    doc = read_document(src)
    out = tmp_path / "out.docx"
    write_docx(doc, out, analysis=analyze(doc, rules=()))
    with zipfile.ZipFile(out) as z:
        return etree.fromstring(z.read("word/document.xml"))


def cells_of(body: etree._Element) -> list[etree._Element]:
    return [p for p in body.iter(W + "p") if any(a.tag == W + "tc" for a in p.iterancestors())]


def test_small_type_table_rows_are_not_grid_tall(tmp_path: Path):
    body = exported(tmp_path, 10.5)
    cells = cells_of(body)
    assert len(cells) == 6
    for p in cells:
        assert line_pt(p, 10.5) < GRID_PT / 2 + 1  # one 五号 line, about 14 pt
        assert p.find(f"{W}pPr/{W}spacing").get(W + "after") == "120"  # the file's 6 pt
    prose = next(p for p in body.iter(W + "p") if "统计数据" in "".join(p.itertext()))
    assert line_pt(prose, 16) == GRID_PT


def test_a_table_in_body_size_stays_on_the_grid(tmp_path: Path):
    """A form or a 版记 in 三号/四号 keeps the GB/T 9704 line grid."""
    for p in cells_of(exported(tmp_path, 16)):
        assert line_pt(p, 16) == GRID_PT
