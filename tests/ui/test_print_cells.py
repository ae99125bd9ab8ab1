"""A table cell's lines in the PDF as in the Word export (which keeps the file's w:jc): a
justified cell justified, a cell the file sets left ragged, not stretched to both edges."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPdfWriter

from app.engine import analyze
from app.readers import read_document
from tests.app.test_docx_reader import make_docx, p
from tests.app.test_head_table import grid_table
from ui.print_blocks import blocks_of
from ui.print_layout import break_block
from ui.print_page import PageGeometry

LONG = "本单元格的文字较长，需要折成好几行才能放下，用来比较两端对齐和左对齐的不同排法"


@pytest.mark.parametrize("jc, want", [("both", Qt.AlignmentFlag.AlignJustify),
                                      ("left", Qt.AlignmentFlag.AlignLeft),
                                      ("", Qt.AlignmentFlag.AlignLeft)])
def test_a_cells_lines_are_set_as_the_file_sets_them(tmp_path, qapp, jc, want):
    body = grid_table([4000, 4000], [(LONG, jc), ("", "")]) + p("正文。")
    doc = read_document(make_docx(tmp_path, body))
    block = next(b for b in blocks_of(doc, analyze(doc, rules=())) if b.text == LONG)
    geo = PageGeometry(QPdfWriter(str(tmp_path / "x.pdf")))
    layout, lines = break_block(geo, block, geo.width / 2)
    assert len(lines) > 1  # several lines, where justified and ragged differ
    assert layout.textOption().alignment() & (Qt.AlignmentFlag.AlignJustify
                                              | Qt.AlignmentFlag.AlignLeft) == want
