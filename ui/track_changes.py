"""The 修订 (track changes) commands of the window: the switch, the views, the pane, resolving.

- 修订 (Ctrl+Shift+E, checkable): the reviewer's edits are recorded (:mod:`ui.track_recorder`)
  with the name of the reviewer (settings author/name) and the time; the switch is saved in the
  .docx (w:trackRevisions).
- Views: 显示标记的最终状态 (insertions underlined, deletions in balloons:
  :mod:`ui.revision_marks`),
  最终状态 (no marks), 原始状态 (the text before the changes, read-only).
- Accept/reject the change at the cursor or every change in the selection, previous/next change,
  accept all / reject all (of the reviewer chosen in the pane, or everyone). Each is one step
  of the editor's undo: the controller applies the model change (:mod:`app.revisions`), then
  brings the touched blocks to the new text in one edit block, and remembers the model before
  and after it; undoing that step puts the model back (:meth:`undo` / :meth:`redo`).
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QTextEdit, QToolTip

from app import revisions as rv
from app import revisions_resolve as rvr
from app.model import Document, Paragraph, Position, Revision
from app.outline.change import OutlineChange
from app.revisions_record import predicted_marks, shown_marks
from app.revisions_side import side_revisions
from ui import settings as S
from ui.doc_ops import redraw_joined
from ui.identity import block_id
from ui.revision_marks import (
    BALLOON_WIDTH,
    AuthorColors,
    RevisionMarks,
    colon,
    describe,
    original_text,
    paint_block,
)
from ui.revision_marks import short_time as _time
from ui.revisions_view import MARKUP, ORIGINAL, RevisionsPanel
from ui.textpos import from_utf16, to_utf16
from ui.track_recorder import Recorder
from ui.track_sync import sync_editor

log = logging.getLogger(__name__)


class TrackChanges(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.editor = window.editor
        self.qdoc = self.editor.document()
        self.colors = AuthorColors()
        self.view = MARKUP
        self._author = ("", -10.0)
        # Resolutions in the editor's undo stack (positions count Qt's commands): the position
        # after it → (position before it, the model before, the model after)
        self._ops: dict[int, tuple[int, rv.Undo, rv.Undo]] = {}
        self.recorder = Recorder(self.editor, lambda: self.w.live.document, self.author,
                                 self._recorded)  # fmt: skip
        self.marks = RevisionMarks(self.editor, self._paragraph, self.colors, self._jump)
        self.panel = RevisionsPanel(window)
        self.dock = QDockWidget(self.tr("Revisions"), window)
        self.dock.setObjectName("revisionsDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.original_view = QTextEdit(self.editor)
        self.original_view.setObjectName("originalView")
        self.original_view.setReadOnly(True)
        self.original_view.hide()
        self._build_actions()
        for act in (self.act_accept, self.act_reject, self.act_prev, self.act_next):
            self.panel.add_button(act)
        self.panel.buttons.add_stretch()
        self.panel.activated.connect(self._activate)
        self.panel.viewChanged.connect(self.set_view)
        self._repaint: set[int] = set()
        self._painted: set[int] | None = None  # blocks drawn while an undo is replayed
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh)
        # the margin's balloons and bars laid out later (after an edit, a resize, a view change):
        # once Qt has finished the edit (asking the layout for block and cursor rectangles inside
        # its change notification crashed Qt: bench/fuzz_window.py 30 --edits 60 --only en01),
        # and never after the editor is gone (a bare single-shot outlived a closed window)
        self._marks_timer = QTimer(self.editor)  # goes with the editor: never fires after it
        self._marks_timer.setSingleShot(True)
        self._marks_timer.setInterval(0)
        self._marks_timer.timeout.connect(self.marks.update)
        previous = self.editor.highlighter.overlay
        self.editor.highlighter.overlay = lambda h, text: self._paint(previous, h, text)
        self.editor.verticalScrollBar().valueChanged.connect(lambda _v: self.marks.update())
        self.editor.add_event_hook((QEvent.Type.KeyPress, QEvent.Type.Resize, QEvent.Type.ToolTip),
                                   self.on_event)  # (not an event filter: see add_event_hook)

    # ---- construction -------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot, shortcut: str | None = None) -> QAction:
        act = QAction(text, self.w)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        self.act_track = self._action("trackChangesAction", self.tr("&Track Changes"),
                                      self.set_tracking, "Ctrl+Shift+E")  # fmt: skip
        self.act_track.setCheckable(True)
        self.act_accept = self._action("acceptChangeAction", self.tr("&Accept"),
                                       lambda: self.resolve_here(True))  # fmt: skip
        self.act_reject = self._action("rejectChangeAction", self.tr("&Reject"),
                                       lambda: self.resolve_here(False))  # fmt: skip
        self.act_accept_all = self._action("acceptAllChangesAction", self.tr("Accept A&ll"),
                                           lambda: self.resolve_all(True))  # fmt: skip
        self.act_reject_all = self._action("rejectAllChangesAction", self.tr("Reject All"),
                                           lambda: self.resolve_all(False))  # fmt: skip
        self.act_next = self._action("nextChangeAction", self.tr("&Next Change"),
                                     lambda: self.step(1))  # fmt: skip
        self.act_prev = self._action("previousChangeAction", self.tr("&Previous Change"),
                                     lambda: self.step(-1))  # fmt: skip
        self.act_next.setIconText("↓")
        self.act_prev.setIconText("↑")

    def build_menu(self, menubar) -> QMenu:
        m = menubar.addMenu(self.tr("Trac&k Changes"))
        m.addAction(self.act_track)
        m.addSeparator()
        m.addActions([self.act_accept, self.act_reject, self.act_accept_all, self.act_reject_all])
        m.addSeparator()
        m.addActions([self.act_prev, self.act_next])
        m.addSeparator()
        m.addAction(self.dock.toggleViewAction())
        return m

    # ---- the reviewer, the document -----------------------------------------------------------
    def author(self) -> str:
        now = time.monotonic()
        if now - self._author[1] > 2.0:  # (read again every 2 s: not at every key)
            self._author = (str(S.get("author/name") or "") or self.tr("Reviewer"), now)
        return self._author[0]

    @property
    def doc(self) -> Document:
        return self.w.live.document

    def _paragraph(self, pid: int) -> Paragraph | None:
        return self.recorder.paragraph(pid) if pid else None

    def loaded(self) -> None:
        """A document is in the editor: its switch, its revisions."""
        on = self.doc.track_revisions
        self.act_track.blockSignals(True)
        self.act_track.setChecked(on)
        self.act_track.blockSignals(False)
        self.recorder.on = on
        self.recorder.remember_all()
        self._ops.clear()
        self._rehighlight({p.id for p in self.doc.paragraphs if p.revisions})  # (load knew none)
        self.refresh()

    def set_tracking(self, on: bool) -> None:
        self._author = ("", -10.0)  # the name as set now
        self.doc.track_revisions = on
        self.recorder.set_on(on)
        self.w.statusBar().showMessage(
            self.tr("Track changes on: your edits are recorded as revisions") if on
            else self.tr("Track changes off"), 4000)  # fmt: skip

    # ---- showing -------------------------------------------------------------------------------
    def _paint(self, previous, highlighter, text: str) -> None:
        if previous is not None:
            previous(highlighter, text)
        if self._painted is not None:
            self._painted.add(block_id(highlighter.currentBlock()))
        if self.view != MARKUP:
            return
        block = highlighter.currentBlock()
        p = self._paragraph(block_id(block))
        if p is None or not (p.revisions or (self.recorder.on and p.text != text)):
            return
        marks = shown_marks(p)
        if p.text != text:  # the model follows this edit right after: paint where it will be
            author = self.author() if self.recorder.on else None
            marks = predicted_marks(marks, p.text, text, author)
        paint_block(highlighter, text, marks, self.colors)

    def refresh(self) -> None:
        rows = rv.all_revisions(self.doc)
        side = side_revisions(self.doc)
        self.panel.show_revisions(rows, self.colors, side)
        self.marks.set_enabled(self.view == MARKUP and bool(rows))
        self.editor.balloon_width = BALLOON_WIDTH if self.view == MARKUP and rows else 0
        self.editor._center_page()
        self.marks.update()
        self._marks_timer.start()  # once the page has its new margins
        self._set_enabled(bool(rows or side))

    def _set_enabled(self, enabled: bool) -> None:
        for act in (self.act_accept, self.act_reject, self.act_accept_all, self.act_reject_all,
                    self.act_next, self.act_prev):  # fmt: skip
            act.setEnabled(enabled)

    def set_view(self, view: str) -> None:
        self.view = view
        self.panel.set_view(view)
        if view == ORIGINAL:
            texts = [original_text(p) for p in self.doc.paragraphs
                     if not (any(r.kind == "para_ins" for r in p.revisions)
                             and not original_text(p))]  # fmt: skip
            self.original_view.setPlainText("\n".join(texts))
            self.original_view.setGeometry(self.editor.rect())
            self.original_view.show()
            self.original_view.raise_()
        else:
            self.original_view.hide()
        self._rehighlight({p.id for p in self.doc.paragraphs if p.revisions})
        self.refresh()

    def _recorded(self, paragraphs: list[Paragraph], repaint: list[Paragraph]) -> None:
        """New marks are drawn once Qt has finished the edit (never inside its notification)."""
        self._repaint.update(p.id for p in repaint)
        if not self.act_accept.isEnabled():
            self._set_enabled(True)  # the pane follows shortly (not on every keystroke)
        self._refresh_timer.start()
        if self._repaint:
            QTimer.singleShot(0, self.editor, self._rehighlight_recorded)  # not after the editor
        if self.marks.affected_by(paragraphs):
            self._marks_timer.start()

    def _rehighlight_recorded(self) -> None:
        ids, self._repaint = self._repaint, set()
        if not ids:
            return
        self.recorder.busy += 1
        try:
            for pid in ids:
                block = self.recorder.blocks.get(pid)
                if block is not None and block.isValid() and block_id(block) == pid:
                    self.editor.highlighter.rehighlightBlock(block)
        finally:
            self.recorder.busy -= 1

    def on_event(self, obj, ev) -> bool:
        kind = ev.type()  # (read once: every key passes here)
        if kind == QEvent.Type.KeyPress:
            if not ev.modifiers():  # undo/redo need a modifier
                return False
            if ev.matches(QKeySequence.StandardKey.Undo):
                self.undo() or self.editor.undo()
                return True
            if ev.matches(QKeySequence.StandardKey.Redo):
                self.redo() or self.editor.redo()
                return True
        elif kind == QEvent.Type.Resize:
            if obj is self.editor:
                self.original_view.setGeometry(self.editor.rect())
            self._marks_timer.start()
        elif kind == QEvent.Type.ToolTip:
            return self._tooltip(ev)
        return False

    def _tooltip(self, ev) -> bool:
        cur = self.editor.cursorForPosition(self.editor.viewport_pos(ev.pos()))
        block = cur.block()
        p = self._paragraph(block_id(block))
        offset = from_utf16(block.text(), cur.positionInBlock())
        found = [r for r in (p.revisions if p is not None and self.view == MARKUP else [])
                 if r.start <= offset <= r.end]  # fmt: skip
        if not found or p is None:
            return False
        lines = [f"{r.author} {_time(r.date)}{colon()}{describe(r, p)}" for r in found]
        QToolTip.showText(ev.globalPos(), "\n".join(lines), self.editor)
        return True

    # ---- moving between changes ----------------------------------------------------------------
    def _block_of(self, p: Paragraph):
        k = next((i for i, q in enumerate(self.doc.paragraphs) if q is p), -1)
        block = self.qdoc.findBlockByNumber(k) if k >= 0 else None
        return block if block is not None and block.isValid() else None

    def _jump(self, p: Paragraph, r: Revision) -> None:
        block = self._block_of(p)
        if block is None:
            return
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + to_utf16(p.text, min(r.start, len(p.text))))
        if r.end > r.start:
            cursor.setPosition(block.position() + to_utf16(p.text, min(r.end, len(p.text))),
                               QTextCursor.MoveMode.KeepAnchor)  # fmt: skip
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.panel.select(p.id, r.id)
        self.marks.update()

    def _activate(self, pid: int, rid: int) -> None:
        p = self._paragraph(pid)
        r = next((r for r in p.revisions if r.id == rid), None) if p is not None else None
        if p is not None and r is not None:
            self._jump(p, r)
            self.editor.setFocus()

    def _cursor_point(self) -> tuple[int, int]:
        cur = self.editor.textCursor()
        block = cur.block()
        return block.blockNumber(), from_utf16(block.text(), cur.positionInBlock())

    def step(self, direction: int) -> None:
        rows = [(k, p, r) for k, p in enumerate(self.doc.paragraphs) for r in p.revisions]
        if not rows:
            return
        here = self._cursor_point()
        if direction > 0:
            target = next(((p, r) for k, p, r in rows if (k, r.start) > here), None)
            target = target or (rows[0][1], rows[0][2])
        else:
            target = next(((p, r) for k, p, r in reversed(rows)
                           if (k, max(r.end, r.start)) < here), None)  # fmt: skip
            target = target or (rows[-1][1], rows[-1][2])
        self._jump(*target)

    # ---- resolving -----------------------------------------------------------------------------
    def resolve_here(self, accept: bool) -> None:
        """The change at the cursor, or every change in the selection."""
        cur = self.editor.textCursor()
        a, b = cur.selectionStart(), cur.selectionEnd()
        ba, bb = self.qdoc.findBlock(a), self.qdoc.findBlock(b)
        pa, pb = self._paragraph(block_id(ba)), self._paragraph(block_id(bb))
        if pa is None or pb is None:
            return
        start = Position(pa.id, from_utf16(ba.text(), a - ba.position()))
        end = Position(pb.id, from_utf16(bb.text(), b - bb.position()))
        self._apply(lambda: rvr.resolve_range(self.doc, start, end, accept))

    def resolve_all(self, accept: bool) -> None:
        author = self.panel.author() or None
        outside = any(author is None or s.revision.author == author
                      for s in side_revisions(self.doc))  # fmt: skip
        self._apply(lambda: rvr.resolve_all(self.doc, accept, author))
        if outside:  # headers, footers, notes change on Save: there is something to save
            self.qdoc.setModified(True)

    def _apply(self, operation) -> None:
        self.w.live.flush()
        try:
            before = operation()
        except Exception as err:  # a one-line message, never a traceback
            QMessageBox.warning(self.w, self.tr("Track Changes"), str(err))
            return
        touched = [p for p in self.doc.paragraphs if p.id in before.states]
        after = rv._undo(self.doc, touched)
        start = self.qdoc.availableUndoSteps()
        sync_editor(self.editor, self.recorder, self.doc, before)
        self.recorder.remember_all()  # (what the marks are painted from)
        marked = _revised(before)
        if self.qdoc.availableUndoSteps() > start:  # the marks drawn in the resolution's step
            marked -= self._redraw_joined(marked)
        end = self.qdoc.availableUndoSteps()
        if end > start:
            self._ops = {k: v for k, v in self._ops.items() if k <= start}  # no redo past it
            self._ops[end] = (start, before, after)
        self._rehighlight(marked)
        self.refresh()

    def _redraw_joined(self, ids: set[int]) -> set[int]:
        """Paint the marks of these paragraphs again inside the undo step just made, a layout
        pass for each cluster of nearby blocks (:func:`ui.doc_ops.redraw_joined`), not one
        with a walk to the end of the document for each block. Returns the ids painted."""
        if not ids:
            return set()
        numbers = {k: p.id for k, p in enumerate(self.doc.paragraphs) if p.id in ids}
        numbers = {k: pid for k, pid in numbers.items()  # (the rest: one by one, after)
                   if block_id(self.qdoc.findBlockByNumber(k)) == pid}
        self.recorder.busy += 1  # (no text changes: the sync need not read the clusters back)
        loading, self.editor.loading = self.editor.loading, True
        try:
            drawn = redraw_joined(self.qdoc, numbers)
        finally:
            self.editor.loading = loading
            self.recorder.busy -= 1
        return {numbers[n] for n in drawn}

    def _rehighlight(self, ids: set[int]) -> None:
        """Paint the marks again in the blocks of these paragraphs only (a whole-document
        rehighlight lays out every block: seconds on a long report)."""
        if not ids:
            return
        self.recorder.busy += 1
        try:
            block = self.qdoc.firstBlock()
            while block.isValid():
                if block_id(block) in ids:
                    self.editor.highlighter.rehighlightBlock(block)
                block = block.next()
        finally:
            self.recorder.busy -= 1

    def undo(self) -> bool:
        """Undo a resolution (True), or leave the step to the editor (False)."""
        op = self._ops.get(self.qdoc.availableUndoSteps())
        if op is None:
            return False
        self._replay(self.editor.undo, op[1], op[0])
        return True

    def redo(self) -> bool:
        here = self.qdoc.availableUndoSteps()
        end = next((k for k, v in self._ops.items() if v[0] == here), None)
        if end is None or not self.qdoc.isRedoAvailable():
            return False
        self._replay(self.editor.redo, self._ops[end][2], end)
        return True

    def _replay(self, step, state: rv.Undo, target: int) -> None:
        """Undo/redo the editor's steps of an operation (a tracked move takes two) without the
        sync, the model put as it was then first: the highlighter draws the blocks Qt changes
        with the marks they have then, in the same layout pass as the change (an operation's
        step spans its paragraphs: :meth:`_redraw_joined`), so drawing them again after
        changes nothing and lays nothing out (a block drawn again outside an edit costs a walk
        to the end of the document when its formats change)."""
        state.restore()
        self.recorder.remember_all()
        self.recorder.busy += 1
        loading, self.editor.loading = self.editor.loading, True
        self._painted = set()
        try:
            while self.qdoc.availableUndoSteps() != target:
                at = self.qdoc.availableUndoSteps()
                step()
                if self.qdoc.availableUndoSteps() == at:
                    break
        finally:
            self.editor.loading = loading
            self.recorder.busy -= 1
            painted, self._painted = self._painted, None
        self._rehighlight((_revised(state) | {p.id for p in self.doc.paragraphs if p.revisions})
                          - painted)
        self.refresh()

    # ---- outline moves -------------------------------------------------------------------------
    def apply_outline(self, change: OutlineChange) -> bool:
        """Apply an outline change; with 修订 on in a Word document its moves are recorded as
        moves (:func:`ui.track_outline.apply_tracked_outline`)."""
        from ui.track_outline import apply_tracked_outline

        return apply_tracked_outline(self, change)

    # ---- saving a text file --------------------------------------------------------------------
    def confirm_text_save(self) -> str:
        """Before saving as .txt: "ok" (nothing pending), "docx" (save as Word instead),
        "cancel"; with "accept" the revisions are accepted first and the save goes on."""
        if not rv.has_revisions(self.doc):
            return "ok"
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Pending Revisions"),
                          self.tr("A text file has no place for tracked changes."), parent=self.w)
        accept = box.addButton(self.tr("Accept All and Save"), QMessageBox.ButtonRole.AcceptRole)
        docx = box.addButton(self.tr("Save as Word…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is accept:
            self.resolve_all(True)
            return "ok"
        return "docx" if box.clickedButton() is docx else "cancel"


def _revised(state: rv.Undo) -> set[int]:
    """Paragraphs that had revisions in ``state`` (their marks change when it is applied)."""
    return {pid for pid, held in state.states.items() if held[3]}
