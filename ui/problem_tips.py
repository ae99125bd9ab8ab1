"""Hovering a wavy underline shows its problem, as Word shows a proofing mark's reason.

Qt sends tool-tip events to the text edit's *viewport*; they come up to the editor, whose
event hooks (:meth:`ui.editor.ReportEditor.add_event_hook`) hand them here before its own
handler, which answers the nearest character. This hook finds the character exactly under the
pointer (a hit test that misses in the blank space beside a line) and shows the messages of the
problems marked there, or, when there are none, what the inline object under the pointer is (a
text box's or a note's text, an image's description): the hook takes every tool tip, so the
editor's own handler never gets the chance to say it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QToolTip

from ui.inline_objects import object_tooltip
from ui.textpos import from_utf16

if TYPE_CHECKING:
    from ui.editor import ReportEditor


class ProblemTips(QObject):
    def __init__(self, editor: ReportEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        editor.add_event_hook((QEvent.Type.ToolTip,), self.on_tooltip)  # (not an event filter)

    def text_at(self, pos: QPoint) -> str:
        """The problem messages at viewport point ``pos`` ("" when none)."""
        editor = self.editor
        offset = QPointF(editor.horizontalScrollBar().value(), editor.verticalScrollBar().value())
        layout = editor.document().documentLayout()
        position = layout.hitTest(QPointF(pos) + offset, Qt.HitTestAccuracy.ExactHit)
        if position < 0:
            return ""
        block = editor.document().findBlock(position)
        text = block.text()
        units = position - block.position()
        # hitTest answers the nearest caret position: the character is the one the caret is
        # before, unless the pointer is on the right half of the previous one
        rect = editor.cursorRect(_cursor_at(editor, position))
        if pos.x() < rect.x() and units > 0:
            units -= 1
        offset_cp = from_utf16(text, units)
        if offset_cp >= len(text):
            return ""
        marks = [m for m in editor.marks_at(block.blockNumber(), offset_cp)
                 if m.start <= offset_cp < max(m.end, m.start + 1)]  # fmt: skip
        return "\n".join(m.message for m in marks)

    def on_tooltip(self, obj: QObject, ev: QEvent) -> bool:
        """A tool tip over the text (it comes up from the viewport to the editor)."""
        if isinstance(ev, QHelpEvent):
            pos = self.editor.viewport_pos(ev.pos())
            text = self.text_at(pos)
            if not text:
                thing = self.editor.object_at_point(pos)
                text = object_tooltip(thing) if thing is not None else ""
            if text:
                QToolTip.showText(ev.globalPos(), text, self.editor.viewport())
            else:
                QToolTip.hideText()
            ev.accept()  # an ignored tool-tip event goes on to the parent: the editor's own
            return True  # handler, which answered the nearest character, not the one under it
        return False


def _cursor_at(editor: ReportEditor, position: int) -> QTextCursor:
    cur = QTextCursor(editor.document())
    cur.setPosition(position)
    return cur


def install(editor: ReportEditor) -> ProblemTips:
    return ProblemTips(editor)
