"""Problems turned into comments, for :class:`ui.review.ReviewController`: the problems list's
context menu (make comment, quick fix, ignore) and the editor's context menu entries at a
problem. The texts keep the controller's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu

from app.findings import Finding
from app.model import Comment
from ui.comment_cards import short
from ui.problems_view import FINDING_ROLE
from ui.textpos import to_utf16

if TYPE_CHECKING:
    from ui.editor import ReportEditor
    from ui.main_window import MainWindow


class ProblemComments:
    """Mixed into the review controller, whose comment commands it calls."""

    w: MainWindow
    editor: ReportEditor
    doc: QTextDocument

    def ensure_author(self) -> bool:
        raise NotImplementedError

    def add_comment(self) -> bool:
        raise NotImplementedError

    def _status(self, text: str) -> None:
        raise NotImplementedError

    def _show_panel(self) -> None:
        raise NotImplementedError

    def _create(self, keep: QTextCursor, text: str, rule: str | None = None) -> Comment | None:
        raise NotImplementedError

    def comment_finding(self, f: Finding) -> Comment | None:
        """Turn a problem into a comment on its text, keeping its message and rule id."""
        now = self.w.fixes.current(f)
        if now is None or not self.ensure_author():
            return None
        f = now
        block = self.doc.findBlockByNumber(f.index)
        if not block.isValid():
            return None
        text = block.text()
        start = min(f.start, len(text))
        end = min(max(f.end, start + 1), len(text))
        if end <= start:
            start, end = 0, len(text)
        if end <= start:
            self._status(QCoreApplication.translate(
                "ReviewController", "This problem has no text to comment on"))
            return None
        keep = QTextCursor(self.doc)
        keep.setPosition(block.position() + to_utf16(text, start))
        keep.setPosition(block.position() + to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        self._show_panel()
        return self._create(keep, f.message, f.rule)

    def context_actions(self, index: int, offset: int) -> list[tuple[str, Callable[[], None]]]:
        """Entries for the editor's context menu at (paragraph, offset)."""
        out: list[tuple[str, Callable[[], None]]] = []
        if self.editor.textCursor().hasSelection():
            label = QCoreApplication.translate("ReviewController", "New Comment…")
            out.append((label + "\tCtrl+Alt+M", self._add_comment))
        for f in self.w.findings_by_index.get(index, []):
            if f.start <= offset <= max(f.end, f.start + 1):
                label = QCoreApplication.translate("ReviewController", "Make Comment: %1")
                label = label.replace("%1", short(f.message, 30))
                out.append((label, self._commenter(f)))
        return out

    def _add_comment(self) -> None:
        self.add_comment()

    def _commenter(self, f: Finding) -> Callable[[], None]:
        def comment() -> None:
            self.comment_finding(f)

        return comment

    def _problems_menu(self, pos: QPoint) -> None:
        view = self.w.problems.view
        index = view.indexAt(pos)
        f = index.data(FINDING_ROLE) if index.isValid() else None
        if f is None:
            return
        menu = QMenu(view)
        make = QCoreApplication.translate("ReviewController", "Make Comment")
        menu.addAction(make, lambda: self.comment_finding(f))
        if f.fix is not None:
            quick = QCoreApplication.translate("ReviewController", "Quick Fix")
            menu.addAction(quick, lambda: self.w.fixes.apply_fix(f))
        ignore = self.w.problems.ignore_actions(f)
        if ignore:
            menu.addSeparator()
            for label, callback in ignore:
                if callable(callback):
                    menu.addAction(label, callback)
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()
