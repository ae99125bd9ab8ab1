"""The commented text's highlight in the editor, for :class:`ui.review.ReviewController`.

Commented ranges are painted on the role highlighter's layer (its ``overlay`` calls
:meth:`CommentHighlights._paint` for each block it highlights); when a thread's look changes
(added, resolved, made current by the cursor) only the blocks of that thread are highlighted
again, never the whole document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextDocument

from ui.comment_anchors import (
    CURRENT_COLOR,
    OPEN_COLOR,
    RESOLVED_COLOR,
    insertion_format,
    paint_block,
)

if TYPE_CHECKING:
    from ui.comment_store import CommentStore
    from ui.comments_view import CommentsPanel
    from ui.editor import ReportEditor


class CommentHighlights:
    """Mixed into the review controller, whose store, editor and panel it paints for."""

    store: CommentStore
    editor: ReportEditor
    doc: QTextDocument
    panel: CommentsPanel
    current: int | None
    _painted: dict[int, object]

    def _update_actions(self, *_: object) -> None:
        raise NotImplementedError

    def _color(self, slots: tuple[int, ...]) -> QColor | None:
        color = None
        for s in slots:
            tid = self.store.by_slot.get(s)
            c = self.store.get(tid) if tid is not None else None
            if c is None:
                continue
            if tid == self.current:
                return CURRENT_COLOR
            if not c.resolved:
                color = OPEN_COLOR
            elif color is None:
                color = RESOLVED_COLOR
        return color

    def _paint(self, highlighter: QSyntaxHighlighter, text: str) -> None:
        if self.store.by_slot and text:
            paint_block(highlighter, self.store.index, self._color)

    def _paint_state(self) -> dict[int, object]:
        out: dict[int, object] = {}
        for tid in self.store.ranges:
            c = self.store.get(tid)
            out[tid] = None if c is None else (c.resolved, tid == self.current)
        return out

    def _repaint(self) -> None:
        """Re-highlight the blocks of threads whose look changed (added, resolved, current…)."""
        state = self._paint_state()
        changed = [t for t in state.keys() | self._painted.keys()
                   if state.get(t) != self._painted.get(t)]  # fmt: skip
        self._painted = state
        hl = self.editor.highlighter
        for tid in changed:
            r = self.store.ranges.get(tid)
            if r is None:
                continue
            block = self.doc.findBlock(r[0])
            while block.isValid() and block.position() <= r[1]:
                hl.rehighlightBlock(block)
                block = block.next()

    def _on_cursor(self) -> None:
        if not self.store.by_slot:
            return
        tid = self.store.thread_at(insertion_format(self.editor, self.store.index))
        if tid != self.current:
            self.current = tid
            if tid is not None:
                self.panel.select(tid)
                self._update_actions()
            self._repaint()
