"""Print and PDF as a user checks them: the preview's pages, a long title, permissions, folders."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.engine import analyze
from app.model import Document
from app.readers import read_document
from app.storage import export_docx, save_document
from tests.ui.conftest import SAMPLE
from ui.pdf_export import export_pdf

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def preview_page(qtbot, page: int, doc: Document):
    """Page ``page`` of the print preview as the dialog shows it (QPrintPreviewWidget records the
    pages as pictures and replays them on screen), cut to the paper."""
    from PySide6.QtGui import QColor
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

    from ui.pdf_export import setup_printer
    from ui.print_layout import paint_pages

    analysis = analyze(doc)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer(printer)
    preview = QPrintPreviewWidget(printer)
    qtbot.addWidget(preview)
    preview.paintRequested.connect(lambda p: paint_pages(doc, analysis, p))
    preview.setViewMode(QPrintPreviewWidget.ViewMode.SinglePageView)
    preview.resize(1000, 1400)
    preview.show()
    preview.updatePreview()
    qtbot.waitUntil(lambda: preview.pageCount() > 1)
    preview.setCurrentPage(page)
    preview.fitInView()
    qtbot.waitExposed(preview)
    image = preview.grab().toImage()
    white = QColor("white").rgb()
    mid_y = image.height() // 2
    xs = [x for x in range(image.width()) if image.pixel(x, mid_y) == white]
    mid_x = (xs[0] + xs[-1]) // 2
    ys = [y for y in range(image.height()) if image.pixel(mid_x, y) == white]
    return image.copy(xs[0], ys[0], xs[-1] - xs[0] + 1, ys[-1] - ys[0] + 1)


def ink_bands(image) -> list[tuple[int, int]]:
    """(first row, last row) of each run of rows with dark pixels inside the text area."""
    w, h = image.width(), image.height()
    x0, x1 = int(w * 28 / 210), int(w * 184 / 210)
    y0, y1 = int(h * 36 / 297), int(h * 263 / 297)  # the text area, not the page number
    rows = [y for y in range(y0, y1)
            if any(image.pixelColor(x, y).value() < 140 for x in range(x0, x1, 1))]  # fmt: skip
    bands: list[list[int]] = []
    for y in rows:
        if bands and y == bands[-1][1] + 1:
            bands[-1][1] = y
        else:
            bands.append([y, y])
    return [(a, b) for a, b in bands]


def test_print_preview_page_2_has_no_characters_between_the_lines(qtbot, qapp):
    """Every line of page 2 is a band of ink of one line's height with white above and below:
    a character laid out again by the preview and pushed onto the next line would sit between
    two grid lines, over the characters there, and merge two bands."""
    image = preview_page(qtbot, 2, read_document(str(SAMPLE)))
    bands = ink_bands(image)
    heights = [b - a + 1 for a, b in bands]
    assert len(bands) >= 20, bands  # a full page: 22 grid lines
    usual = statistics.median(heights)
    assert max(heights) <= usual * 1.25, (usual, heights)


@needs_poppler
def test_a_long_title_breaks_between_words_in_the_pdf(tmp_path, qapp):
    from tests.ui.test_pdf import TEXT_TOP, lines_of

    doc = read_document(str(SAMPLE))
    path = tmp_path / "sample.pdf"
    export_pdf(doc, None, path)
    title = [ln[4] for ln in lines_of(path, 1) if ln[1] < TEXT_TOP + 2 * 28.95]
    assert title == ["市信访局2020年上半年党建", "工作总结及下步工作打算"]  # 党建|工作总结


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_pdf_and_word_exports_get_the_permissions_of_saved_reports(tmp_path, qapp):
    doc = read_document(str(SAMPLE))
    saved = save_document(doc, tmp_path / "saved.docx", author="测试").path
    pdf = tmp_path / "new.pdf"
    export_pdf(doc, None, pdf)
    word = export_docx(doc, tmp_path / "new.docx", author="测试").path
    mode = saved.stat().st_mode & 0o777
    assert mode == 0o666 & ~_umask()  # a new report: what the umask allows, not private 0600
    assert pdf.stat().st_mode & 0o777 == mode
    assert word.stat().st_mode & 0o777 == mode
    pdf.chmod(0o640)  # a file shared with the group keeps its bits when exported over
    export_pdf(doc, None, pdf)
    assert pdf.stat().st_mode & 0o777 == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]


def test_exports_start_in_the_reports_folder(tmp_path, monkeypatch):
    from ui import settings as S
    from ui.files import export_start

    report = tmp_path / "报告" / "总结.docx"
    assert Path(export_start(str(report), "总结.pdf")) == tmp_path / "报告" / "总结.pdf"
    # never saved: beside the most recent file, not in the program's working directory
    recent = tmp_path / "近期"
    recent.mkdir()
    monkeypatch.chdir(tmp_path)
    S.put("recentFiles", [str(recent / "a.docx")])
    try:
        assert Path(export_start(None, "未命名.pdf")) == recent / "未命名.pdf"
    finally:
        S.put("recentFiles", [])
    assert Path(export_start(None, "未命名.pdf")) == Path.home() / "未命名.pdf"


@needs_poppler
def test_print_to_pdf_breaks_the_title_like_the_export(tmp_path, qapp):
    """The print path (a QPrinter, as the print dialog hands it over) lays out the same lines."""
    from PySide6.QtPrintSupport import QPrinter

    from tests.ui.test_pdf import TEXT_TOP, lines_of
    from ui.pdf_export import setup_printer
    from ui.print_layout import paint_pages

    doc = read_document(str(SAMPLE))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_pages(doc, analyze(doc), printer)
    del printer
    out = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True,
                         text=True).stdout  # fmt: skip
    assert "A4" in out or "595" in out
    lines = lines_of(tmp_path / "printed.pdf", 1)
    # (a printer's PDF has no ToUnicode repair: 工 may read as the radical ⼯, NFKC maps it back)
    title = [unicodedata.normalize("NFKC", ln[4]) for ln in lines if ln[1] < TEXT_TOP + 2 * 28.95]
    assert title == ["市信访局2020年上半年党建", "工作总结及下步工作打算"]


@needs_poppler
def test_a_figure_paragraph_is_drawn_in_the_pdf(tmp_path, qapp):
    from app.model import OBJECT_CHAR, InlineObject, Paragraph
    from tests.app.test_render_plan import png
    from tests.ui.test_pdf import lines_of

    picture = InlineObject("image", "图片", image=png(400, 150))  # 300 × 112.5 pt at 96 dpi
    doc = Document([Paragraph("关于开展安全检查的通知"), Paragraph("检查情况见下图。"),
                    Paragraph(OBJECT_CHAR, objects=[picture]),
                    Paragraph("以上为检查情况。")])  # fmt: skip
    path = tmp_path / "figure.pdf"
    export_pdf(doc, None, path)
    listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]  # fmt: skip
    assert len(listed) == 1 and listed[0].split()[3:5] == ["400", "150"]
    lines = {ln[4]: ln for ln in lines_of(path, 1)}
    above, below = lines["检查情况见下图。"], lines["以上为检查情况。"]
    # 112.5 pt of picture take 4 grid lines of 28.95 pt between the two text lines
    assert below[1] - above[1] == pytest.approx(5 * 28.95, abs=1.0)
    assert "\ufffc" not in "".join(lines)


@needs_poppler
def test_a_red_head_is_printed_red_with_its_rule(tmp_path, qapp):
    """A .txt 通知 under a 发文机关标志: the PDF prints the organ's mark red above the 发文字号
    and a red rule across the text area under it (GB/T 9704 7.2.4, 7.2.7); the title stays
    black."""
    from PySide6.QtGui import QImage

    from app.readers.text import read_text
    from tests.app.test_masthead_role import NOTICE

    src = tmp_path / "notice.txt"
    src.write_text(NOTICE, encoding="utf-8")
    path = tmp_path / "notice.pdf"
    export_pdf(read_text(src), None, path)
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    w, h = image.width(), image.height()

    def red(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return c.red() > 180 and c.green() < 110 and c.blue() < 110

    red_rows = [y for y in range(h) if sum(red(x, y) for x in range(w)) > 0]
    assert red_rows, "nothing red on the page"
    text_w = w * 156 / 210
    rule_rows = [y for y in red_rows if sum(red(x, y) for x in range(w)) > 0.9 * text_w]
    assert rule_rows, "no red rule across the text area"
    mark_rows = [y for y in red_rows if y < rule_rows[0] - 2]
    assert mark_rows and mark_rows[0] < h * 0.25  # the red mark sits at the head of the page
    dark = [y for y in range(rule_rows[-1] + 3, h)
            if any(image.pixelColor(x, y).value() < 100 for x in range(w))]  # fmt: skip
    assert dark and not any(y in red_rows for y in dark[:10])  # black text follows the rule
