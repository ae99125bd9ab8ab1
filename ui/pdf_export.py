"""PDF export and printing through Qt alone (no LibreOffice), headless or from the window.

    from ui.pdf_export import export_pdf
    pages = export_pdf(doc, analysis, "out.pdf")   # analysis may be None: analysed here

Works without a window: a QGuiApplication on the offscreen platform is created when none exists
(the CLI can call it directly). Pages are laid out by :mod:`ui.print_layout`.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter

from app import __version__
from app.errors import WriteError
from app.i18n import tr as pick  # (not "tr": lupdate would take it for a Qt string)
from app.model import Document, Role
from app.storage import atomic_write
from ui.pdf_fixup import patch_tounicode, unicode_fixes
from ui.print_layout import paint_pages
from ui.print_page import page_number_text

RESOLUTION = 1200  # device units per inch for the PDF (text positions are exact to 1/1200")


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new offscreen one (fonts need a GUI application)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):  # (a QApplication is one too)
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["reportdesk"])


def a4_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def setup_printer(printer) -> None:
    """A QPrinter for the GB/T 9704 page: A4 portrait, coordinates from the paper's edge."""
    printer.setFullPage(True)
    printer.setPageLayout(a4_layout())
    printer.setDocName(printer.docName() or "ReportDesk")


def report_title(doc: Document, analysis) -> str:
    titles = [p.text.strip() for p, r in zip(doc.paragraphs, analysis.roles, strict=False)
              if r is Role.TITLE]  # fmt: skip
    return doc.properties.get("title") or "".join(titles)


def export_pdf(
    doc: Document, analysis, path, *, author: str = "", resolution: int = RESOLUTION,
    notices: list[str] | None = None,
) -> int:
    """Write ``doc`` as a GB/T 9704 PDF to ``path`` (atomically); returns the page count.

    ``analysis``: :func:`app.engine.analyze` of ``doc`` (None: analysed here). Raises
    :class:`WriteError` with a one-line Chinese message when the file cannot be written.
    ``notices``: gets one Chinese line for each object drawn only as a framed place (a chart,
    SmartArt: ui.print_objects), as the Word export's notices.
    """
    ensure_gui_app()
    if analysis is None:
        from app.engine import analyze

        analysis = analyze(doc)
    pages: list[int] = []

    def write(tmp: str) -> None:
        writer = QPdfWriter(tmp)
        writer.setResolution(resolution)
        writer.setPageLayout(a4_layout())
        writer.setTitle(report_title(doc, analysis))
        writer.setCreator(f"ReportDesk {__version__}")
        if author:
            writer.setAuthor(author)
        painted = paint_pages(doc, analysis, writer)
        del writer  # finishes the file
        text = "\n".join(p.text for p in doc.paragraphs) + page_number_text(painted.pages)
        text += painted.extra
        patch_tounicode(tmp, unicode_fixes(painted.fonts, text + "0123456789"))
        pages.append(painted.pages)
        if notices is not None:
            notices.extend(painted.notices or [])

    # The safe write every saved file takes: atomic, checked, the previous file kept, and the
    # permissions of a saved report (a temp file of its own would leave the PDF private, 0600).
    atomic_write(path, write, verify=_verify_pdf)
    return pages[0]


def _verify_pdf(tmp: str) -> None:
    """A complete PDF: the header and, near the end, the end-of-file marker."""
    with open(tmp, "rb") as f:
        head = f.read(5)
        f.seek(max(0, os.path.getsize(tmp) - 1024))
        tail = f.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        name = Path(tmp).name
        raise WriteError(
            pick(
                f"PDF 校验失败（文件不完整），未导出：{name}",
                f"Check of the PDF failed (incomplete file), not exported: {name}",
            )
        )
