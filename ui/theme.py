"""Light and dark: follow the system's colour scheme (Qt 6.5+ QStyleHints), or a forced one.

The window's chrome (docks, tables, menus) takes a Fusion palette for the scheme. The report page
is another matter. A report is reviewed as it will be printed: black characters on paper, grey
for text that is not part of the report, red/orange/blue wavy underlines chosen for a light page,
the way Word and WPS keep the page white under a dark interface. So in dark mode the page stays
paper, a soft off-white (less glare than pure white) on a dark surround; the settings offer a
dark page (light-grey text on dark grey) for those who prefer it at night.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

PAGE_LIGHT = ("#ffffff", "#1a1a1a")  # (paper, ink) in light mode
PAGE_DIMMED = ("#f2f0ea", "#1a1a1a")  # dark mode, the page kept as paper
PAGE_DARK = ("#26282b", "#d9d9d6")  # dark mode with a dark page
SURROUND_DARK = "#1b1c1e"


def system_is_dark(app: QGuiApplication | None = None) -> bool:
    app = app or QGuiApplication.instance()
    return app is not None and app.styleHints().colorScheme() == Qt.ColorScheme.Dark


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
