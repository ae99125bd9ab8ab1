"""The window follows the text cursor: status bar position, outline row, role box, B/I/U buttons.

A cursor moved by a click, a jump or a command is followed at once. A cursor moved by a key
(typing, IME commits, arrows) is followed once the keys pause (:data:`FOLLOW_MS` after the last
one): setting the position label's text changes its size hint, which lays the status bar and
the whole main window out again (docks included) and repaints the status bar — in the middle of
corpus ×3 that was 2.5 M of the window's ~20 M instructions a key (callgrind), the largest
thing a bare QTextEdit does not do, and it bought nothing while the keys kept coming.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

FOLLOW_MS = 100  # after the last key: a typist's keys come 100-250 ms apart, a burst faster


class CursorFollow(QObject):
    """Calls ``follow`` when the editor's cursor moves: at once, or after typing pauses."""

    def __init__(self, editor, follow: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._follow = follow
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FOLLOW_MS)
        self.timer.timeout.connect(self.now)
        editor.cursorPositionChanged.connect(self._moved)

    @property
    def pending(self) -> bool:
        """A move by a key is not followed yet (the keys have not paused)."""
        return self.timer.isActive()

    def _moved(self) -> None:
        if self.editor.typing:
            self.timer.start()  # (restarted by each key: runs once the keys pause)
        else:
            self.now()

    def now(self) -> None:
        """Follow the cursor now (a pending follow is then done)."""
        self.timer.stop()
        self._follow()
