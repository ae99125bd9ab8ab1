"""File → Export to Word from the window carries the file's chart, SmartArt, OLE object and text
box over (the window's document keeps the objects it read), and says which object it could not
carry instead of dropping it silently."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ui.review_dialogs import ExportOptions

DATA = Path(__file__).resolve().parents[1] / "data" / "objects"


def test_window_export_carries_objects(window, tmp_path):
    assert window.files.open_path(str(DATA / "ob01_chart_smartart_ole.docx"), ask=False)
    out = tmp_path / "out.docx"
    assert window.exports.export_word(ExportOptions(str(out)))
    names = zipfile.ZipFile(out).namelist()
    assert "word/charts/chart1.xml" in names and "word/diagrams/data1.xml" in names
    assert "word/embeddings/oleObject1.bin" in names
    body = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "框内的标题" in body
    assert window.told == []


def test_window_export_names_what_it_could_not_carry(window, tmp_path):
    assert window.files.open_path(str(DATA / "ob02_linked_ole.docx"), ask=False)
    assert window.exports.export_word(ExportOptions(str(tmp_path / "out.docx")))
    assert len(window.told) == 1 and "未能带入第 2 段的嵌入对象" in window.told[0]


def test_window_pdf_export_names_the_chart_it_does_not_draw(window, tmp_path, monkeypatch):
    assert window.files.open_path(str(DATA / "ob01_chart_smartart_ole.docx"), ask=False)
    out = tmp_path / "out.pdf"
    monkeypatch.setattr(window.exports.view.ask, "save_file", lambda *a, **k: (str(out), ""))
    assert window.exports.export_pdf_dialog()
    assert out.read_bytes().startswith(b"%PDF")
    assert len(window.told) == 1
    assert "PDF 中未绘制第 3 段的图表，请以 Word 文件为准。" in window.told[0]
    assert "SmartArt 图形" in window.told[0]
