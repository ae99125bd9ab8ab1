"""页宽 (fit the page width to the window), as Word's View ▸ Zoom ▸ Page Width.

The page is 28 body characters wide (GB/T 9704); "page width" chooses the zoom at which that
page fills the editor's width, and keeps choosing it when the window or the docks change size,
until another zoom (in, out, actual size) is picked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from ui.editor import ReportEditor
    from ui.main_window import MainWindow


def available_width(editor: ReportEditor) -> int:
    """Pixels the page may take: the editor less its frame and vertical scroll bar."""
    bar = editor.verticalScrollBar()
    scroll = bar.width() if bar.isVisible() else 0
    return editor.width() - 2 * editor.frameWidth() - scroll


def fit_zoom(editor: ReportEditor, width: int | None = None) -> float:
    """The largest zoom at which :meth:`ReportEditor.page_width` is at most ``width`` (default:
    what the editor has). Font sizes come in whole pixels, so no zoom may fit exactly: the
    page width grows in steps with the zoom, and a bisection finds the last step that fits."""
    target = available_width(editor) if width is None else width
    lo, hi = 0.5, 3.0
    if _page_width(editor, lo) > target:
        return lo
    for _ in range(24):
        mid = (lo + hi) / 2
        if _page_width(editor, mid) <= target:
            lo = mid
        else:
            hi = mid
    return lo


def _page_width(editor: ReportEditor, zoom: float) -> int:
    keep = editor._zoom
    editor._zoom = zoom
    try:
        return editor.page_width()
    finally:
        editor._zoom = keep


class PageWidthZoom(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.active = False
        self.action = QAction(QCoreApplication.translate("Zoom", "Page &Width"), window)
        self.action.setObjectName("pageWidthAction")
        self.action.setShortcut(QKeySequence("Ctrl+Alt+0"))
        self.action.setCheckable(True)
        self.action.setStatusTip(
            QCoreApplication.translate("Zoom", "Zoom so that the page fills the window's width")
        )
        self.action.triggered.connect(self.toggle)
        for other in (window.act_zoom_in, window.act_zoom_out, window.act_zoom_reset):
            other.triggered.connect(self.stop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self.fit)
        window.editor.add_event_hook((QEvent.Type.Resize,), self.on_resize)  # (not a filter)

    def toggle(self, on: bool) -> None:
        self.active = on
        if on:
            self.fit()

    def stop(self) -> None:
        self.active = False
        self.action.setChecked(False)

    def fit(self) -> float:
        """Zoom to the page width now."""
        zoom = fit_zoom(self.w.editor)
        if abs(zoom - self.w.zoom) > 0.005:
            self.w.set_zoom(zoom)
        return zoom

    def on_resize(self, obj: QObject, ev: QEvent) -> bool:
        if self.active:
            self._timer.start()
        return False


def install(window: MainWindow) -> PageWidthZoom:
    return PageWidthZoom(window)
