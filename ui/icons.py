"""Small generated icons (severity dots, outline markers) so the UI needs no image files."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from app.findings import Severity

COLORS = {Severity.ERROR: "#d32f2f", Severity.WARNING: "#ef8f00", Severity.INFO: "#1e88e5"}
GLYPHS = {Severity.ERROR: "×", Severity.WARNING: "!", Severity.INFO: "i"}


def _pixmap(color: str, glyph: str, size: int, shape: str) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(color))
    r = QRectF(1, 1, size - 2, size - 2)
    if shape == "triangle":
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QPolygonF

        p.drawPolygon(
            QPolygonF([QPointF(size / 2, 1), QPointF(size - 1, size - 1), QPointF(1, size - 1)])
        )
        r = QRectF(1, size * 0.25, size - 2, size * 0.75)
    else:
        p.drawEllipse(r)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.62))
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(r, Qt.AlignmentFlag.AlignCenter, glyph)
    p.end()
    return pm


@cache
def severity_icon(severity: Severity) -> QIcon:
    icon = QIcon()
    shape = "triangle" if severity is Severity.WARNING else "circle"
    for size in (16, 24, 32):
        icon.addPixmap(_pixmap(COLORS[severity], GLYPHS[severity], size, shape))
    return icon


ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"


@cache
def app_icon() -> QIcon:
    """The application icon: the hicolor PNGs (pixel-fitted small sizes) plus the SVG for any
    other size; a painted 文 when the files are missing (a source checkout without resources)."""
    icon = QIcon()
    for png in sorted(ICON_DIR.glob("hicolor/*x*/apps/reportdesk.png")):
        icon.addFile(str(png))
    svg = ICON_DIR / "reportdesk.svg"
    if svg.exists():
        icon.addFile(str(svg))
    if not icon.isNull() and icon.availableSizes():
        return icon
    return _painted_app_icon()


def _painted_app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 64, 128):
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor("#b71c1c"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
        font = QFont()
        font.setPixelSize(int(size * 0.6))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "文")
        p.end()
        icon.addPixmap(pm)
    return icon


@cache
def blank_icon() -> QIcon:
    """A transparent icon so rows without a problem line up with rows that have one."""
    pm = QPixmap(16, 16)
    pm.fill(Qt.GlobalColor.transparent)
    return QIcon(pm)
