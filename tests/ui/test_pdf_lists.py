"""The PDF (Qt) keeps a Word list's nesting as the Word export does (app.render_lists)."""

from __future__ import annotations

import pytest

from app.readers import read_document
from tests.app.test_export_list_nesting import made
from tests.ui.test_pdf import lines_of
from tests.ui.test_print_pdf import needs_poppler
from ui.pdf_export import export_pdf


@needs_poppler
def test_the_pdf_puts_a_nested_item_further_in(tmp_path):
    """The PDF (Qt) follows the same plan: the second level's first line starts right of the
    first level's, by the Word export's left indent."""
    items = [("加强组织领导", 0), ("成立工作专班", 1), ("强化督促检查", 0)]
    doc = read_document(made(tmp_path, items))
    pdf = tmp_path / "list.pdf"
    export_pdf(doc, None, pdf)
    x = {text: x0 for x0, _y0, _x1, _y1, text in lines_of(pdf, 1)}
    one = next(v for k, v in x.items() if "加强组织领导" in k)
    a = next(v for k, v in x.items() if "成立工作专班" in k)
    two = next(v for k, v in x.items() if "强化督促检查" in k)
    assert one == pytest.approx(two, abs=0.5)
    assert a - one == pytest.approx(2.25 * 15.75, abs=2.0)  # 2¼ characters of the condensed 16 pt
