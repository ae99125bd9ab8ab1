"""Light and dark: follow the system's colour scheme (Qt 6.5+ QStyleHints), or a forced one.

The window's chrome (docks, tables, menus) takes a Fusion palette for the scheme. The report page
is another matter. A report is reviewed as it will be printed: black characters on paper, grey
for text that is not part of the report, red/orange/blue wavy underlines chosen for a light page,
the way Word and WPS keep the page white under a dark interface. So in dark mode the page stays
paper, a soft off-white (less glare than pure white) on a dark surround; the settings offer a
dark page (light-grey text on dark grey) for those who prefer it at night.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QProxyStyle, QStyle

PAGE_LIGHT = ("#ffffff", "#1a1a1a")  # (paper, ink) in light mode
PAGE_DIMMED = ("#f2f0ea", "#1a1a1a")  # dark mode, the page kept as paper
PAGE_DARK = ("#26282b", "#d9d9d6")  # dark mode with a dark page
SURROUND_DARK = "#1b1c1e"


def system_is_dark(app: QGuiApplication | None = None) -> bool:
    running = app or QGuiApplication.instance()
    if not isinstance(running, QGuiApplication):
        return False
    return running.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(mode: str, app: QGuiApplication | None = None) -> bool:
    return mode == "dark" or (mode not in ("light", "dark") and system_is_dark(app))


def dark_palette() -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    colors = {
        roles.Window: "#2b2d30", roles.WindowText: "#dfe1e5", roles.Base: "#1f2023",
        roles.AlternateBase: "#27292c", roles.ToolTipBase: "#3c3f41",
        roles.ToolTipText: "#dfe1e5", roles.PlaceholderText: "#8c8f94", roles.Text: "#dfe1e5",
        roles.Button: "#35373b", roles.ButtonText: "#dfe1e5", roles.BrightText: "#ff6b68",
        roles.Light: "#4a4d51", roles.Midlight: "#3c3f42", roles.Mid: "#2f3134",
        roles.Dark: "#1e1f22", roles.Shadow: "#0f1011", roles.Highlight: "#2f65ca",
        roles.HighlightedText: "#ffffff", roles.Link: "#6ea8fe", roles.LinkVisited: "#b693f5",
    }  # fmt: skip
    for role, color in colors.items():
        p.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor("#6f7277"))
    p.setColor(disabled, roles.Highlight, QColor("#3a3d41"))
    return p


def apply(app, mode: str) -> bool:
    """Give the application the palette for ``mode`` ("system", "light", "dark"); True if dark.

    A forced scheme is also told to Qt (QStyleHints.setColorScheme, 6.8+) so native dialogs
    follow where the platform allows it.
    """
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):
        if mode in ("light", "dark"):
            scheme = Qt.ColorScheme.Dark if mode == "dark" else Qt.ColorScheme.Light
            hints.setColorScheme(scheme)
        else:
            hints.unsetColorScheme()
    dark = is_dark(mode, app)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    return dark


def style_editor(editor, dark: bool, dark_page: bool = False) -> None:
    """The page (viewport) and its surround (the margins around the centred page)."""
    paper, ink = PAGE_DARK if dark and dark_page else PAGE_DIMMED if dark else PAGE_LIGHT
    p = QPalette(editor.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Base, QColor(paper))
        p.setColor(group, QPalette.ColorRole.Text, QColor(ink))
    if dark:
        p.setColor(QPalette.ColorRole.Window, QColor(SURROUND_DARK))
    else:
        p.setColor(QPalette.ColorRole.Window, QGuiApplication.palette().color(
            QPalette.ColorRole.Window))  # fmt: skip
    editor.setPalette(p)
    editor.viewport().setPalette(p)


# ---- arrows that follow the palette --------------------------------------------------------------
SP = QStyle.StandardPixmap
ARROWS = {
    SP.SP_ArrowUp: "up", SP.SP_ArrowDown: "down", SP.SP_ArrowLeft: "left",
    SP.SP_ArrowRight: "right", SP.SP_ArrowBack: "left", SP.SP_ArrowForward: "right",
}  # fmt: skip
ARROW_POINTS = {
    "up": ((0.5, 0.22), (0.86, 0.72), (0.14, 0.72)),
    "down": ((0.14, 0.28), (0.86, 0.28), (0.5, 0.78)),
    "left": ((0.72, 0.14), (0.72, 0.86), (0.22, 0.5)),
    "right": ((0.28, 0.14), (0.78, 0.5), (0.28, 0.86)),
}
_engines: list = []  # the icons' engines live as long as the program (no ownership questions)


class ArrowIconEngine(QIconEngine):
    """A triangle drawn at paint time in the palette's text colour: sharp at any scale, readable
    on light and dark palettes (Fusion's arrows are fixed dark-grey bitmaps)."""

    def __init__(self, direction: str) -> None:
        super().__init__()
        self.direction = direction

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:
        palette = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else (
            QPalette.ColorGroup.Active)  # fmt: skip
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(group, QPalette.ColorRole.WindowText))
        side = min(rect.width(), rect.height())
        x0 = rect.x() + (rect.width() - side) / 2
        y0 = rect.y() + (rect.height() - side) / 2
        corners = ARROW_POINTS[self.direction]
        points = [QPointF(x0 + fx * side, y0 + fy * side) for fx, fy in corners]
        painter.drawPolygon(QPolygonF(points))
        painter.restore()

    def scaledPixmap(self, size, mode, state, scale: float = 1.0) -> QPixmap:
        pm = QPixmap(size * scale)
        pm.setDevicePixelRatio(scale)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pm

    def pixmap(self, size, mode, state) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def clone(self) -> QIconEngine:
        engine = ArrowIconEngine(self.direction)
        _engines.append(engine)
        return engine


class ReportDeskStyle(QProxyStyle):
    """Fusion, with the arrow icons drawn in the palette's colour."""

    def standardIcon(self, standard_icon, option=None, widget=None) -> QIcon:
        direction = ARROWS.get(standard_icon)
        if direction is None:
            return super().standardIcon(standard_icon, option, widget)
        engine = ArrowIconEngine(direction)
        _engines.append(engine)
        return QIcon(engine)


def make_style() -> QStyle:
    """The application style: Fusion (same look on Linux and Windows) with palette-aware arrows."""
    return ReportDeskStyle("Fusion")
