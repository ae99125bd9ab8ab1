"""A table in the PDF: its cells side by side in a grid with lines, as a reader of the printout
expects (ui.print_tables). Checked with poppler's pdftotext (where the words are) and pdftoppm
(where the lines are)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.engine import analyze
from app.model import Border, CellRef, Document, Paragraph, Table, TableCell, TableLook
from tests.ui.test_pdf import TEXT_LEFT, TEXT_RIGHT, lines_of
from ui.pdf_export import export_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _table_doc(look: TableLook | None = None, rows: int = 3) -> tuple[Document, Table]:
    """A 表 of ``rows`` rows × 3 columns, the first row's first cell over two columns."""
    cells = [TableCell(0, 0, col_span=2), TableCell(0, 2)]
    cells += [TableCell(r, c) for r in range(1, rows) for c in range(3)]
    t = Table(rows=rows, cols=3, cells=cells, look=look)
    paragraphs = [Paragraph("关于开展安全检查的通知"), Paragraph("检查安排如下。"),
                  Paragraph("检查项目", cell=CellRef(t.id, 0, 0)),
                  Paragraph("责任单位", cell=CellRef(t.id, 0, 2))]
    for r in range(1, rows):
        for c, word in enumerate(("消防", "通道", "各区")):
            paragraphs.append(Paragraph(f"{word}{r}", cell=CellRef(t.id, r, c)))
    paragraphs.append(Paragraph("请认真落实。"))
    return Document(paragraphs, tables={t.id: t}), t


def _words(path, page: int = 1) -> dict[str, tuple[float, float, float, float]]:
    return {ln[4]: ln[:4] for ln in lines_of(path, page)}


def test_cells_of_a_row_sit_side_by_side_on_one_line(tmp_path, qapp):
    doc, _t = _table_doc()
    path = tmp_path / "t.pdf"
    export_pdf(doc, analyze(doc), path)
    at = _words(path)
    row1 = [at["消防1"], at["通道1"], at["各区1"]]
    assert len({round(box[1]) for box in row1}) == 1  # one line of the page
    assert row1[0][2] < row1[1][0] < row1[1][2] < row1[2][0]  # left to right
    assert at["检查项目"][1] < at["消防1"][1] < at["消防2"][1] < at["请认真落实。"][1]
    assert at["责任单位"][0] == pytest.approx(at["各区1"][0], abs=1)  # the same column
    # equal columns without a file grid: the third starts two thirds across the text area
    third = TEXT_LEFT + 2 * (TEXT_RIGHT - TEXT_LEFT) / 3
    assert third < at["各区1"][0] < third + 12


def _dark_rows(path, tmp_path, x: float, top: float, bottom: float) -> list[int]:
    """The rows (pt, from the page's top) between ``top`` and ``bottom`` where the page is dark
    at ``x`` (pt), black or coloured: the horizontal lines a vertical walk crosses."""
    from PySide6.QtGui import QImage

    subprocess.run(["pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(path), str(tmp_path / "p")], check=True)  # fmt: skip
    image = QImage(str(tmp_path / "p.png"))
    return [y for y in range(int(top), int(bottom))
            if image.pixelColor(int(x), y).lightness() < 200]


def test_the_grid_lines_are_drawn_and_a_borderless_layout_table_has_none(tmp_path, qapp):
    doc, _t = _table_doc()
    path = tmp_path / "grid.pdf"
    export_pdf(doc, analyze(doc), path)
    at = _words(path)
    x = at["通道1"][2] + 15  # right of the text, inside the cell
    rows = _dark_rows(path, tmp_path, x, at["检查项目"][1] - 20, at["请认真落实。"][1])
    groups = [y for k, y in enumerate(rows) if k == 0 or y - rows[k - 1] > 2]
    assert len(groups) == 4, rows  # the top, two lines between rows, the bottom

    plain = TableLook()  # a .docx layout table: the file draws no line at all
    doc2, _t2 = _table_doc(plain)
    path2 = tmp_path / "plain.pdf"
    export_pdf(doc2, analyze(doc2), path2)
    at2 = _words(path2)
    x2 = at2["通道1"][2] + 15
    blank = tmp_path / "b"
    blank.mkdir()
    assert _dark_rows(path2, blank, x2, at2["检查项目"][1] - 20, at2["请认真落实。"][1]) == []


def test_the_files_column_widths_and_borders_are_used(tmp_path, qapp):
    red = Border(1.5, "#FF0000")
    look = TableLook(col_widths_pt=(50.0, 50.0, 300.0))
    t_doc, t = _table_doc(look)
    for c in t.cells:
        look.cells[(c.row, c.col)] = (red, red, red, red)
    path = tmp_path / "w.pdf"
    export_pdf(t_doc, analyze(t_doc), path)
    at = _words(path)
    # the third column starts a quarter across the text area (100 of 400 pt of grid)
    quarter = TEXT_LEFT + (TEXT_RIGHT - TEXT_LEFT) / 4
    assert quarter < at["各区1"][0] < quarter + 12


def test_a_long_table_breaks_between_rows_and_loses_no_cell(tmp_path, qapp):
    doc, _t = _table_doc(rows=40)
    path = tmp_path / "long.pdf"
    pages = export_pdf(doc, analyze(doc), path)
    assert pages >= 2
    page_of = {ln[4]: page for page in range(1, pages + 1) for ln in lines_of(path, page)}
    for r in range(1, 40):  # every cell drawn, and a row's three cells on one page
        assert page_of[f"消防{r}"] == page_of[f"通道{r}"] == page_of[f"各区{r}"]
    assert page_of["消防39"] > page_of["消防1"]


def test_a_cell_keeps_its_files_type_size(tmp_path, qapp):
    """A .docx table set in 五号 (10.5 pt) prints in 五号, not in the body's 三号."""
    from app.model import ParaLook, RunLook

    doc, _t = _table_doc()
    for par in doc.paragraphs:
        if par.cell is not None and par.cell.row == 1:
            par.look = ParaLook(runs=((0, len(par.text), RunLook(size_pt=10.5)),), text=par.text)
    path = tmp_path / "small.pdf"
    export_pdf(doc, analyze(doc), path)
    at = _words(path)
    small, body = at["通道1"], at["通道2"]
    assert (small[3] - small[1]) < 0.8 * (body[3] - body[1])
    assert (small[2] - small[0]) < 0.8 * (body[2] - body[0])


def test_a_red_head_held_in_a_table_stays_above_its_red_line(tmp_path, qapp):
    """WPS red-head templates put the 发文机关标志 in a table row whose bottom border is the red
    separator line: the large type takes the grid lines it needs, and the line runs under it."""
    from app.model import ParaLook, RunLook

    red = Border(1.5, "#FF0000")
    head, number = "XX市人民政府文件", "X政发〔2025〕1号"
    t = Table(rows=2, cols=1, cells=[TableCell(0, 0), TableCell(1, 0)],
              look=TableLook(cells={(0, 0): (None, None, red, None),
                                    (1, 0): (None, None, red, None)}))
    big = ParaLook(align="center", runs=((0, len(head), RunLook(color="#FF0000", size_pt=36.0)),),
                   text=head)
    doc = Document([Paragraph(head, cell=CellRef(t.id, 0, 0), look=big),
                    Paragraph(number, cell=CellRef(t.id, 1, 0)),
                    Paragraph("关于做好安全生产工作的通知"), Paragraph("各单位要高度重视。")],
                   tables={t.id: t})
    path = tmp_path / "head.pdf"
    export_pdf(doc, analyze(doc), path)
    at = _words(path)
    box = at[head]
    lines = _dark_rows(path, tmp_path, TEXT_RIGHT - 4, box[1] - 30, at[number][3] + 20)
    groups = [y for k, y in enumerate(lines) if k == 0 or y - lines[k - 1] > 2]
    assert len(groups) == 2, lines  # the two red lines, right of all the text
    assert box[3] <= groups[0] < at[number][1] and at[number][3] <= groups[1]
