"""The window's side of the controllers' views (:mod:`ui.controllers.view`).

One adapter for all of them, so that the controllers see the few things they need and nothing
else of :class:`ui.main_window.MainWindow`: its widgets stay private to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from app.engine import Analysis
from app.findings import Finding
from app.model import Document
from app.outline.change import OutlineChange
from app.storage import FileFingerprint
from ui import settings as S
from ui.ask import Ask, WindowAsk
from ui.controllers.view import Live, Safety
from ui.review_dialogs import ExportDialog, ExportOptions

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class _LiveModel:
    """:class:`ui.live.LiveAnalysis` as the typed :class:`Live` the controllers read."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window

    @property
    def document(self) -> Document:
        return self.w.live.document

    @property
    def analysis(self) -> Analysis | None:
        analysis: Analysis | None = self.w.live.analysis
        return analysis

    def flush(self) -> None:
        self.w.live.flush()


class WindowView:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self._ask = WindowAsk(window)
        self._live = _LiveModel(window)

    # ---- every view ---------------------------------------------------------------------------
    @property
    def ask(self) -> Ask:
        return self._ask

    @property
    def live(self) -> Live:
        return self._live

    @property
    def path(self) -> str | None:
        return self.w.path

    @path.setter
    def path(self, value: str | None) -> None:
        self.w.path = value

    def show_status(self, text: str, ms: int = 4000) -> None:
        self.w.show_status(text, ms)

    def current_document(self, with_spans: bool = False) -> Document:
        return self.w.current_document(with_spans)

    # ---- files --------------------------------------------------------------------------------
    @property
    def safety(self) -> Safety:
        return self.w.safety

    @property
    def fingerprint(self) -> FileFingerprint | None:
        return self.w.fingerprint

    def loading(self) -> bool:
        return bool(self.w.loader.busy)

    def is_modified(self) -> bool:
        return self.w.editor.document().isModified()

    def set_modified(self, modified: bool) -> None:
        self.w.editor.document().setModified(modified)

    def set_title(self, name: str) -> None:
        self.w.setWindowTitle(name)

    def load_document(self, doc: Document, path: str | None) -> None:
        self.w.load_document(doc, path)

    def confirm_text_save(self) -> str:
        return str(self.w.track.confirm_text_save())

    # ---- editing ------------------------------------------------------------------------------
    def text_document(self) -> QTextDocument:
        return self.w.editor.document()

    def apply_outline_change(self, change: OutlineChange) -> bool:
        return self.w.track.apply_outline(change)

    def go_to(self, index: int, start: int = 0, end: int | None = None) -> None:
        self.w.editor.go_to(index, start, end)

    def cursor_location(self) -> tuple[int, int]:
        index, offset = self.w.editor.cursor_location()
        return index, offset

    def selected_heading(self) -> int | None:
        return self.w.outline.current_heading_index()

    def select_in_outline(self, index: int) -> None:
        self.w.outline.select_paragraph(index)

    def findings_at(self, index: int) -> list[Finding]:
        return self.w.findings_by_index.get(index, [])

    def offer(self, entries: list[tuple[str, Callable[[], None]]]) -> None:
        editor = self.w.editor
        menu = QMenu(self.w)
        for label, callback in entries:
            menu.addAction(label, callback)
        rect = editor.cursorRect()
        menu.exec(editor.viewport().mapToGlobal(rect.bottomLeft()))
        menu.deleteLater()

    def reanalyze(self) -> None:
        self.w.live.run(force=True)

    # ---- export -------------------------------------------------------------------------------
    def export_options(
        self, default_path: str, comments: int, findings: int, can_track: bool, reviewer: str,
        ticked: tuple[bool, bool, bool],
    ) -> ExportOptions | None:
        dlg = ExportDialog(default_path, comments, findings, can_track, reviewer, self.w)
        dlg.set_choices(*ticked)
        dlg.opened = self.w.path
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.options()

    def original(self) -> Document | None:
        return self.w.review.original

    def reviewer(self) -> str:
        return str(S.get("author/name"))

    def busy(self) -> AbstractContextManager[object]:
        return _wait_cursor()


@contextmanager
def _wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
