"""Desktop commands of the main window: settings, look, PDF and printing, About, window state.

Mixin for :class:`ui.main_window.MainWindow`; :meth:`install_desktop` runs at the end of its
constructor (it adds its actions to the File, Edit and Help menus, restores the window and applies
the settings).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QMessageBox

from app.errors import ReportDeskError
from ui import settings as S
from ui import theme


class DesktopCommands:
    """Uses the window's editor, live analysis, menus, ``current_document`` and ``set_zoom``."""

    dark = False

    def install_desktop(self) -> None:
        sk = QKeySequence.StandardKey
        self.act_export_pdf = self._action(self.tr("Export P&DF…"), self.export_pdf_dialog)
        self.act_print_preview = self._action(self.tr("Print Pre&view…"), self.print_preview)
        self.act_print = self._action(self.tr("&Print…"), self.print_report, sk.Print)
        self.act_settings = self._action(self.tr("&Settings…"), self.show_settings, sk.Preferences)
        self.act_about = self._action(self.tr("&About ReportDesk"), self.show_about)
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        file_menu, edit_menu = self._menu_with(self.act_quit), self._menu_with(self.act_find)
        if file_menu is not None:
            file_menu.insertActions(
                self.act_quit, [self.act_export_pdf, self.act_print_preview, self.act_print]
            )
            file_menu.insertSeparator(self.act_quit)
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addAction(self.act_settings)
        self.act_zoom_reset.triggered.disconnect()  # "actual size" is the size in the settings
        self.act_zoom_reset.triggered.connect(
            lambda: self.set_zoom(S.get("editor/fontSize") / 16.0)
        )
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.act_about)
        self.restore_window_state()
        self.installEventFilter(self)
        app = QGuiApplication.instance()
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self.apply_settings()

    def _menu_with(self, action: QAction) -> QMenu | None:
        for top in self.menuBar().actions():
            menu = top.menu()
            if menu is not None and action in menu.actions():
                return menu
        return None

    # ---- settings -----------------------------------------------------------------------------
    def apply_settings(self, changed: dict | None = None) -> None:
        """Apply the stored settings (all of them, or the ``changed`` keys)."""
        from ui import fonts

        keys = set(S.DEFAULTS) if changed is None else set(changed)
        if keys & {"ui/theme", "ui/darkPage"}:
            self.apply_theme()
        if any(k.startswith("fonts/") for k in keys):
            fonts.set_overrides(S.font_overrides())
            self.editor.highlighter.set_zoom(self.editor.highlighter.zoom)
            with self.live.suspended():
                self.editor.highlighter.rehighlight()
        if "editor/fontSize" in keys:
            self.set_zoom(S.get("editor/fontSize") / 16.0)
        if "rules/disabled" in keys:
            self.live.set_rules(S.enabled_rules())
        if "autosave/seconds" in keys:
            self.autosave_ms = S.autosave_seconds() * 1000
            timer = getattr(self, "autosave_timer", None)  # the data-safety timer, when wired
            if timer is not None:
                timer.setInterval(self.autosave_ms)

    def apply_theme(self, mode: str | None = None) -> None:
        """The stored appearance, or ``mode`` ("system", "light", "dark") for this run."""
        app = QGuiApplication.instance()
        self.dark = theme.apply(app, mode or S.get("ui/theme"))
        theme.style_editor(self.editor, self.dark, S.get("ui/darkPage"))

    def _on_scheme_changed(self, *_args) -> None:
        if S.get("ui/theme") == "system":
            self.apply_theme()

    def show_settings(self) -> bool:
        from ui.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        changed = dlg.save()
        self.apply_settings(changed)
        if "ui/language" in changed:
            self.statusBar().showMessage(
                self.tr("The language changes at the next start."), 6000
            )
        return True

    def show_about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    # ---- window state -------------------------------------------------------------------------
    def save_window_state(self) -> None:
        store = S.store()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())

    def restore_window_state(self) -> None:
        store = S.store()
        geometry, state = store.value("window/geometry"), store.value("window/state")
        if geometry:
            self.restoreGeometry(geometry)
        if state:
            self.restoreState(state)

    def eventFilter(self, obj, ev) -> bool:
        if obj is self and ev.type() == QEvent.Type.Close:
            self.save_window_state()
        return super().eventFilter(obj, ev)

    # ---- PDF and printing ---------------------------------------------------------------------
    def export_pdf_to(self, path: str) -> int:
        """Export the report as shown to ``path``; returns pages (raises ReportDeskError)."""
        from ui.pdf_export import export_pdf

        doc = self.current_document(with_spans=True)
        return export_pdf(doc, self.live.analysis, path, author=S.get("author/name"))

    def export_pdf_dialog(self) -> bool:
        from ui.files import export_start

        stem = Path(self.path).stem if self.path else self.tr("Untitled")
        start = export_start(self.path, stem + ".pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), start, self.tr("PDF document (*.pdf)")
        )
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # ~3 s for 1,000 pages
        try:
            pages = self.export_pdf_to(path)
        except (ReportDeskError, OSError) as e:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Cannot Export PDF"), str(e))
            return False
        QApplication.restoreOverrideCursor()
        message = self.tr("Exported %1 (%n page(s))", "", pages).replace("%1", path)
        self.statusBar().showMessage(message, 6000)
        return True

    def _printer(self):
        from PySide6.QtPrintSupport import QPrinter

        from ui.pdf_export import setup_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.path:
            printer.setDocName(Path(self.path).stem)
        setup_printer(printer)
        return printer

    def paint_report(self, printer) -> int:
        from ui.print_layout import paint_pages

        doc = self.current_document(with_spans=True)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return paint_pages(doc, self.live.analysis, printer).pages
        finally:
            QApplication.restoreOverrideCursor()

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        self.preview_printer = self._printer()  # not a QObject: the dialog does not own it
        self.preview_dialog = QPrintPreviewDialog(self.preview_printer, self)
        self.preview_dialog.setWindowTitle(self.tr("Print Preview"))
        self.preview_dialog.paintRequested.connect(self.paint_report)
        self.preview_dialog.resize(900, 1000)
        self.preview_dialog.exec()

    def print_report(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle(self.tr("Print"))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        self.paint_report(printer)
        return True
