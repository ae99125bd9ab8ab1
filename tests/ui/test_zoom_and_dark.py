"""Zoom: 页宽 fits the page to the window; at 120 % no line is cut off. Dark mode: labels read."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import SAMPLE


def widest_line(editor) -> float:
    widest = 0.0
    block = editor.document().begin()
    while block.isValid():
        layout = block.layout()
        for k in range(layout.lineCount()):
            line = layout.lineAt(k)
            widest = max(widest, line.x() + line.naturalTextWidth())
        block = block.next()
    return widest


def test_no_line_is_cut_off_at_120_percent(qtbot, sample_window):
    w = sample_window
    w.resize(1400, 900)
    w.set_zoom(1.2)
    editor = w.editor
    qtbot.waitUntil(lambda: editor.viewport().width() > 0)
    assert editor.page_width() > editor.viewport().width()  # the page no longer fits …
    assert editor.horizontalScrollBar().maximum() == 0  # … yet nothing scrolls sideways
    assert widest_line(editor) <= editor.viewport().width()
    w.set_zoom(1.0)
    assert editor.lineWrapColumnOrWidth() == min(editor.page_width(), editor.viewport().width())


def test_page_width_zoom_fills_the_window_and_follows_it(qtbot, sample_window):
    w = sample_window
    w.resize(1400, 900)
    act = w.page_width.action
    menus = [a.menu() for a in w.menuBar().actions() if a.menu()]
    assert any(act in m.actions() and w.act_zoom_in in m.actions() for m in menus)
    act.trigger()
    editor = w.editor

    def fits() -> bool:  # the page fills the view to within one character, never beyond it
        avail = editor.viewport().width() + 2 * editor.viewportMargins().left()
        return 0 <= avail - editor.page_width() < editor.page_width() / 28

    qtbot.waitUntil(fits)
    before = w.zoom
    w.outline_dock.close()  # the editor gets wider: the page follows
    qtbot.waitUntil(lambda: w.zoom > before + 0.05 and fits())
    w.act_zoom_reset.trigger()  # another zoom ends page width
    assert not act.isChecked() and not w.page_width.active


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_dark_mode_labels_are_readable(qtbot, window):
    assert window.files.open_path(str(SAMPLE), ask=False)
    window.desktop.apply_theme("dark")
    try:
        window.review.dock.show()
        window.review.refresh()
        qtbot.wait(50)  # the new palette reaches every widget through events
        image = window.grab().toImage()
        low = []
        for label in window.findChildren(QLabel):
            if (
                not label.isVisible()
                or not label.text().strip()
                or label.pixmap().isNull() is False
            ):
                continue
            # the colours the label is drawn in: its palette, or the colour its style sheet sets
            fg = label.palette().color(QPalette.ColorRole.WindowText)
            sheet = label.styleSheet()
            if "color:" in sheet.replace(" ", ""):
                fg = QColor(sheet.replace(" ", "").split("color:")[1].split(";")[0])
            center = label.mapTo(window, label.rect().topLeft())
            bg = QColor(image.pixel(center.x() + 1, center.y() + 1))
            if contrast(fg, bg) < 4.5:
                low.append((label.objectName() or label.text()[:20], fg.name(), bg.name()))
        assert low == []
        summary = window.review.panel.summary
        assert summary.isVisible() and summary.text()
    finally:
        window.desktop.apply_theme("light")
