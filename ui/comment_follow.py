"""Comment cards follow their anchors as the text scrolls, like Word's markup area.

After the report scrolls (or the window, the list or the comments change), the comments list is
scrolled so that the card of the first thread whose text is in view sits at the height of that
text; the cards after it follow in text order. The list may still be scrolled by hand: it is
only moved again when the report moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QTextCursor

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class CommentFollow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.editor = window.editor
        self.review = window.review
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)  # once per burst of scroll events
        self.timer.timeout.connect(self.align)
        self.editor.verticalScrollBar().valueChanged.connect(lambda _v: self.timer.start())
        self.editor.add_event_hook((QEvent.Type.Resize,), self.eventFilter)  # (not a filter)
        self.review.panel.view.viewport().installEventFilter(self)
        self.review.store.changed.connect(self.timer.start)

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.Resize:
            self.timer.start()
        return False

    def anchor_y(self, thread_id: int) -> int | None:
        """Top of the thread's text in the editor's viewport (None for an orphan)."""
        r = self.review.store.range_of(thread_id)
        if r is None:
            return None
        cur = QTextCursor(self.editor.document())
        cur.setPosition(r[0])
        return self.editor.cursorRect(cur).top()

    def lead(self) -> tuple[int, int] | None:
        """(thread id, anchor y) of the first thread whose text is in view, else of the last one
        above the view (its card stays at the top while the text under it is read)."""
        height = self.editor.viewport().height()
        above = None
        for tid in self.review.panel.ids():
            y = self.anchor_y(tid)
            if y is None:
                continue
            if y < 0:
                above = (tid, y)
            elif y <= height:
                return tid, y
            else:
                break
        return above

    def align(self) -> bool:
        panel = self.review.panel
        if not self.review.dock.isVisible() or not panel.view.isVisible():
            return False
        lead = self.lead()
        if lead is None:
            return False
        tid, y = lead
        item = panel._items.get(tid)
        if item is None:
            return False
        view = panel.view
        card = view.visualRect(item.index())
        anchor = self.editor.viewport().mapToGlobal(QPoint(0, max(y, 0)))
        want = view.viewport().mapFromGlobal(anchor).y()  # where the card's top should be
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + card.top() - max(want, 0))
        return True


def install(window: MainWindow) -> CommentFollow:
    return CommentFollow(window)
