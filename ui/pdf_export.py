"""PDF export and printing through Qt alone (no LibreOffice), headless or from the window.

    from ui.pdf_export import export_pdf
    pages = export_pdf(doc, analysis, "out.pdf")   # analysis may be None: analysed here

Works without a window: a QGuiApplication on the offscreen platform is created when none exists
(the CLI can call it directly). Pages are laid out by :mod:`ui.print_layout`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter

from app import __version__
from app.errors import WriteError
from app.model import Document, Role
from ui.pdf_fixup import patch_tounicode, unicode_fixes
from ui.print_layout import page_number_text, paint_pages

RESOLUTION = 1200  # device units per inch for the PDF (text positions are exact to 1/1200")


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new offscreen one (fonts need a GUI application)."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["reportdesk"])
    return app


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
    doc: Document, analysis, path, *, author: str = "", resolution: int = RESOLUTION
) -> int:
    """Write ``doc`` as a GB/T 9704 PDF to ``path`` (atomically); returns the page count.

    ``analysis``: :func:`app.engine.analyze` of ``doc`` (None: analysed here). Raises
    :class:`WriteError` with a one-line Chinese message when the file cannot be written.
    """
    ensure_gui_app()
    if analysis is None:
        from app.engine import analyze

        analysis = analyze(doc)
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError(f"无法导出 PDF：文件夹不存在：{folder}")
    fd, tmp = tempfile.mkstemp(prefix=".reportdesk-", suffix=".pdf", dir=folder)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(resolution)
        writer.setPageLayout(a4_layout())
        writer.setTitle(report_title(doc, analysis))
        writer.setCreator(f"ReportDesk {__version__}")
        if author:
            writer.setAuthor(author)
        painted = paint_pages(doc, analysis, writer)
        del writer
        text = "\n".join(p.text for p in doc.paragraphs) + page_number_text(painted.pages)
        patch_tounicode(tmp, unicode_fixes(painted.fonts, text + "0123456789"))
        os.replace(tmp, target)
    except OSError as e:
        raise WriteError(f"无法导出 PDF：{target.name}：{e.strerror or e}") from e
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return painted.pages
