"""The window's desktop side: settings, look, About, printing dialogs, saved window state.

:class:`Desktop` is created at the end of the window's constructor (its actions are the
window's ``act_settings``, ``act_about``, ``act_print`` …, built with the others); it restores
the window, applies the settings and follows the system's light/dark scheme. What is printed is
painted by :class:`ui.controllers.export.ExportController`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget

from ui import settings as S
from ui import theme

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from ui.main_window import MainWindow


class Desktop(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.dark = False
        self.autosave_ms = S.autosave_seconds() * 1000
        self.preview_printer: QPrinter | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.restore_window_state()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self.apply_settings()

    # ---- settings -----------------------------------------------------------------------------
    def apply_settings(self, changed: dict[str, Any] | None = None) -> None:
        """Apply the stored settings (all of them, or the ``changed`` keys)."""
        from ui import fonts

        w = self.w
        keys = set(S.DEFAULTS) if changed is None else set(changed)
        if keys & {"ui/theme", "ui/darkPage"}:
            self.apply_theme()
        if any(k.startswith("fonts/") for k in keys):
            fonts.set_overrides(S.font_overrides())
            w.editor.highlighter.set_zoom(w.editor.highlighter.zoom)
            with w.live.suspended():
                w.editor.highlighter.rehighlight()
        if "editor/fontSize" in keys:
            w.set_zoom(S.get("editor/fontSize") / 16.0)
        if "rules/disabled" in keys:
            w.live.set_rules(S.enabled_rules())
            w.side_parts.recheck()
        if "autosave/seconds" in keys:
            self.autosave_ms = S.autosave_seconds() * 1000
            timer = getattr(w, "autosave_timer", None)  # the data-safety timer, when wired
            if timer is not None:
                timer.setInterval(self.autosave_ms)

    def apply_theme(self, mode: str | None = None) -> None:
        """The stored appearance, or ``mode`` ("system", "light", "dark") for this run."""
        app = QGuiApplication.instance()
        assert isinstance(app, QApplication)
        self.dark = theme.apply(app, mode or S.get("ui/theme"))
        theme.style_editor(self.w.editor, self.dark, S.get("ui/darkPage"))

    def _on_scheme_changed(self, *_args: object) -> None:
        if S.get("ui/theme") == "system":
            self.apply_theme()

    def show_settings(self) -> bool:
        from ui.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        changed = dlg.save()
        self.apply_settings(changed)
        if "ui/language" in changed:
            self.w.show_status(self.tr("The language changes at the next start."), 6000)
        return True

    def show_about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self.w).exec()

    # ---- window state -------------------------------------------------------------------------
    def save_window_state(self) -> None:
        store = S.store()
        store.setValue("window/geometry", self.w.saveGeometry())
        store.setValue("window/state", self.w.saveState())

    def restore_window_state(self) -> None:
        store = S.store()
        geometry, state = store.value("window/geometry"), store.value("window/state")
        if geometry:
            self.w.restoreGeometry(geometry)
        if state:
            self.w.restoreState(state)

    def fit_docks(self) -> None:
        """Give the side panes at most their share of a window narrower than the layout they
        were sized for (the 1,400 pixels the window asks for, or a saved layout of a wider
        screen): the outline 22 % and the right-hand panes 24 % of the width, so the text keeps
        half of it. On an 800-pixel screen their fixed widths left the text a column two
        characters wide. Nothing changes while the text has half the width or more. (The
        right-hand panes can be that narrow: their filters elide and their summaries wrap.)"""
        width = self.w.width()
        central = self.w.centralWidget()
        if central is None or central.width() >= width // 2:
            return
        area = Qt.DockWidgetArea
        for side, share, most in ((area.LeftDockWidgetArea, 22, 380),
                                  (area.RightDockWidgetArea, 24, 340)):
            docks = [d for d in self.w.findChildren(QDockWidget)
                     if self.w.dockWidgetArea(d) == side and d.isVisible()]
            if docks:
                size = min(most, width * share // 100)
                self.w.resizeDocks(docks, [size] * len(docks), Qt.Orientation.Horizontal)

    def closing(self) -> None:
        """The window is asked to close (called by its closeEvent; an event filter on the window
        would be a call into Python for each of its events: two a keystroke, for the repaint)."""
        self.save_window_state()

    # ---- printing -----------------------------------------------------------------------------
    def _printer(self) -> QPrinter:
        from pathlib import Path

        from PySide6.QtPrintSupport import QPrinter

        from ui.pdf_export import setup_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.w.path:
            printer.setDocName(Path(self.w.path).stem)
        setup_printer(printer)
        return printer

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        self.preview_printer = self._printer()  # not a QObject: the dialog does not own it
        self.preview_dialog = QPrintPreviewDialog(self.preview_printer, self.w)
        self.preview_dialog.setWindowTitle(self.tr("Print Preview"))
        self.preview_dialog.paintRequested.connect(self.w.exports.paint)
        self.preview_dialog.resize(900, 1000)
        self.preview_dialog.exec()

    def print_report(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dlg = QPrintDialog(printer, self.w)
        dlg.setWindowTitle(self.tr("Print"))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        self.w.exports.paint(printer)
        return True
