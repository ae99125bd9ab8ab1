"""The comments of the open document, their anchors, and their place in the undo history.

One undo history for text and comments: every comment operation (add, reply, edit, resolve,
reopen, delete) is made as a step on the editor's own QTextDocument undo stack. PySide6 does not
expose ``QTextDocument::appendUndoItem``, so each operation makes a tiny real change that Qt
records: adding a comment puts its anchor property on the text (undone with it) and every
operation bumps a marker property in the first block's format. The store keeps a journal of
which stack positions are its operations; when the document's undo count moves down (undo: Edit
menu, Ctrl+Z in the editor, its context menu) or up (redo), the operations passed are reverted
or applied again. Typing, fixes and comment operations therefore undo in the order they were
made, and a comment operation marks the document modified like any edit.

Comment data are :class:`app.model.Comment` objects. Top-level comments (threads) own a slot,
see :mod:`ui.comment_anchors`; replies hang on their thread (``parent_id``, flattened to the
thread's first comment as Word does). A thread whose text is gone is an orphan: it stays in the
list and remembers where its text was (a cursor that follows edits) for saving.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor

from app.model import Comment, Document, Position
from ui.comment_anchors import SlotIndex, anchor
from ui.textpos import from_utf16, to_utf16
from ui.undo_mark import mark_undo_step

SCAN_MS = 250


@dataclass
class _Op:
    apply: Callable[[], None]
    revert: Callable[[], None]
    quiet: bool = False  # changes no anchor


class CommentStore(QObject):
    changed = Signal()  # comments or their ranges changed (views refresh, coalesced)

    def __init__(self, editor, parent=None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.doc = editor.document()
        self.index = SlotIndex()
        self.comments: list[Comment] = []
        self.slot_of: dict[int, int] = {}  # thread id → slot
        self.by_slot: dict[int, int] = {}  # slot → thread id
        self.hints: dict[int, QTextCursor] = {}  # thread id → where its text starts (or was)
        self.ranges: dict[int, tuple[int, int]] = {}  # thread id → [start, end) positions
        self._next_slot = 1
        self.version = 0  # bumped on every change of the comments or their ranges
        self._cache_version = -1
        self._cache: tuple[dict, dict] = ({}, {})
        self._quiet = False  # a step that changes no anchor: its marker does not move ranges
        self._journal: dict[int, _Op] = {}
        self._steps = 0
        self._pending: _Op | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SCAN_MS)
        self._timer.timeout.connect(self.rescan)
        self._notify = QTimer(self)
        self._notify.setSingleShot(True)
        self._notify.setInterval(0)
        self._notify.timeout.connect(self.changed.emit)
        self.doc.contentsChange.connect(self._on_contents_change)
        self.doc.undoCommandAdded.connect(self._on_step_added)

    # ---- queries ------------------------------------------------------------------------------
    def _lookup(self) -> tuple[dict[int, Comment], dict[int, list[Comment]]]:
        if self._cache_version != self.version:
            by_id = {c.id: c for c in self.comments}
            replies: dict[int, list[Comment]] = {}
            for c in self.comments:
                if c.parent_id is not None:
                    replies.setdefault(c.parent_id, []).append(c)
            self._cache = (by_id, replies)
            self._cache_version = self.version
        return self._cache

    def get(self, comment_id: int | None) -> Comment | None:
        return self._lookup()[0].get(comment_id) if comment_id is not None else None

    def threads(self) -> list[Comment]:
        """Thread starters in document order (orphans where their text was)."""
        self.ensure_scanned()
        roots = [c for c in self.comments if c.parent_id is None]

        def where(c: Comment) -> tuple[int, int]:
            r = self.ranges.get(c.id)
            if r is not None:
                return r[0], 0
            hint = self.hints.get(c.id)
            return (hint.position() if hint is not None else 0), 1

        return sorted(roots, key=where)

    def replies(self, thread_id: int) -> list[Comment]:
        return list(self._lookup()[1].get(thread_id, ()))

    def thread_of(self, comment_id: int) -> int | None:
        c = self.get(comment_id)
        if c is None:
            return None
        return c.parent_id if c.parent_id is not None else c.id

    def range_of(self, thread_id: int) -> tuple[int, int] | None:
        self.ensure_scanned()
        return self.ranges.get(thread_id)

    def quoted(self, thread_id: int) -> str:
        r = self.range_of(thread_id)
        if r is None:
            return ""
        cur = QTextCursor(self.doc)
        cur.setPosition(r[0])
        cur.setPosition(r[1], QTextCursor.MoveMode.KeepAnchor)
        return cur.selectedText().replace("\u2029", " ¶ ")

    def thread_at(self, slots: Sequence[int]) -> int | None:
        for s in slots:
            tid = self.by_slot.get(s)
            if tid is not None and self.get(tid) is not None:
                return tid
        return None

    def __len__(self) -> int:
        return len(self.comments)

    # ---- ranges -------------------------------------------------------------------------------
    def ensure_scanned(self) -> None:
        if self._dirty:
            self.rescan()

    def rescan(self) -> None:
        self._timer.stop()
        self._dirty = False
        found = self.index.scan(self.doc) if self.by_slot else {}
        ranges = {}
        for slot, span in found.items():
            tid = self.by_slot.get(slot)
            if tid is None:
                continue
            ranges[tid] = span
            hint = self.hints.get(tid)
            if hint is None:
                self.hints[tid] = hint = QTextCursor(self.doc)
            hint.setPosition(span[0])
        # after a text change the quoted texts may differ even where the ranges did not move
        self.ranges = ranges
        self.version += 1
        self._changed()

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        quiet = self._sync_history() and removed == added
        if self.by_slot and not self._quiet and not quiet:
            self._dirty = True
            self._timer.start()

    # ---- loading and saving -------------------------------------------------------------------
    def prepare(self, doc: Document) -> Callable[[QTextCursor], None]:
        """Take over ``doc.comments``; returns what puts their anchors on the text, to be run
        once the editor holds ``doc``'s paragraphs, inside the loading edit block (the text is
        then laid out once, highlights included). Finish with :meth:`loaded`."""
        self.index.reset()
        self.comments, self.slot_of, self.by_slot, self.hints = [], {}, {}, {}
        self.ranges, self._journal = {}, {}
        by_id = {c.id: c for c in doc.comments}

        def top_of(c: Comment) -> Comment:
            seen = {c.id}
            while c.parent_id in by_id and c.parent_id not in seen:
                c = by_id[c.parent_id]
                seen.add(c.id)
            return c

        anchors = []
        for c in doc.comments:
            top = top_of(c)
            copy = replace(c, start=None, end=None)
            if top.id != c.id and top.parent_id not in by_id:  # a reply (loops become threads)
                copy.parent_id = top.id
            else:
                copy.parent_id = None
                anchors.append((self._new_slot(c.id), c.start, c.end))
            self.comments.append(copy)
        self.version += 1
        pos_of = {p.id: i for i, p in enumerate(doc.paragraphs)}

        def apply(cursor: QTextCursor) -> None:
            for slot, start_pos, end_pos in anchors:
                start = self._doc_pos(pos_of, start_pos)
                end = self._doc_pos(pos_of, end_pos)
                hint = QTextCursor(self.doc)
                hint.setPosition(start if start is not None else 0)
                self.hints[self.by_slot[slot]] = hint
                if start is not None and end is not None and end > start:
                    anchor(cursor, start, end, slot)

        return apply

    def loaded(self) -> None:
        self._journal = {}
        self._steps = self.doc.availableUndoSteps()
        self._dirty = True
        self.rescan()
        self._changed()

    def load(self, doc: Document) -> None:
        """:meth:`prepare` and anchor ``doc.comments`` on text the editor already shows."""
        apply = self.prepare(doc)
        undo, modified = self.doc.isUndoRedoEnabled(), self.doc.isModified()
        self.doc.setUndoRedoEnabled(False)
        cursor = QTextCursor(self.doc)
        cursor.beginEditBlock()
        apply(cursor)
        cursor.endEditBlock()
        self.doc.setUndoRedoEnabled(undo)
        self.doc.setModified(modified)
        self.loaded()

    def _doc_pos(self, pos_of: dict[int, int], p: Position | None) -> int | None:
        if p is None or p.paragraph_id not in pos_of:
            return None
        block = self.doc.findBlockByNumber(pos_of[p.paragraph_id])
        if not block.isValid():
            return None
        text = block.text()
        return block.position() + to_utf16(text, min(max(p.offset, 0), len(text)))

    def _position(self, ids: Sequence[int], pos: int) -> Position | None:
        block = self.doc.findBlock(pos)
        n = block.blockNumber()
        if not block.isValid() or n >= len(ids):
            return None
        return Position(ids[n], from_utf16(block.text(), pos - block.position()))

    def to_model(self, paragraph_ids: Sequence[int]) -> list[Comment]:
        """Copies of the comments anchored by paragraph id (``paragraph_ids[i]`` is block i's);
        an orphan is written as a point where its text was."""
        self.rescan()
        out = []
        for c in self.comments:
            c = replace(c)
            if c.parent_id is None:
                r = self.ranges.get(c.id)
                if r is not None:
                    c.start = self._position(paragraph_ids, r[0])
                    c.end = self._position(paragraph_ids, r[1])
                else:
                    hint = self.hints.get(c.id)
                    c.start = c.end = self._position(paragraph_ids, hint.position() if hint else 0)
            out.append(c)
        return out

    def _new_slot(self, thread_id: int) -> int:
        slot = self._next_slot
        self._next_slot += 1
        self.slot_of[thread_id] = slot
        self.by_slot[slot] = thread_id
        return slot

    # ---- operations (each one undo step) ------------------------------------------------------
    def add_thread(self, comment: Comment, start: int, end: int) -> Comment:
        """Comment on [start, end) (document positions)."""
        comment = replace(comment, parent_id=None, start=None, end=None)
        slot = self._new_slot(comment.id)
        hint = QTextCursor(self.doc)
        hint.setPosition(start)
        self.hints[comment.id] = hint

        def apply() -> None:
            self.comments.append(comment)
            self._dirty = True

        def revert() -> None:
            self.comments.remove(comment)

        self._step(_Op(apply, revert), start, lambda cur: anchor(cur, start, end, slot))
        self.rescan()
        return comment

    def add_reply(self, thread_id: int, comment: Comment) -> Comment:
        comment = replace(comment, parent_id=thread_id, start=None, end=None)
        last = max(
            (
                k
                for k, c in enumerate(self.comments)
                if c.id == thread_id or c.parent_id == thread_id
            ),
            default=len(self.comments) - 1,
        )

        def apply() -> None:
            self.comments.insert(last + 1, comment)

        def revert() -> None:
            self.comments.remove(comment)

        self._step(_Op(apply, revert), self._where(thread_id))
        return comment

    def edit(self, comment_id: int, text: str) -> bool:
        c = self.get(comment_id)
        if c is None or c.text == text:
            return False
        old = c.text

        def apply() -> None:
            c.text = text

        def revert() -> None:
            c.text = old

        self._step(_Op(apply, revert), self._where(self.thread_of(comment_id)))
        return True

    def set_resolved(self, thread_id: int, resolved: bool) -> bool:
        """Resolve (or reopen) a whole thread."""
        members = [c for c in self.comments if thread_id in (c.id, c.parent_id)]
        if not members or all(c.resolved == resolved for c in members):
            return False
        before = [c.resolved for c in members]

        def apply() -> None:
            for c in members:
                c.resolved = resolved

        def revert() -> None:
            for c, was in zip(members, before, strict=True):
                c.resolved = was

        self._step(_Op(apply, revert), self._where(thread_id))
        return True

    def delete(self, comment_id: int) -> bool:
        """Delete a reply, or a whole thread (its anchor stays in the text, unused, so that
        undoing the deletion brings the highlight back)."""
        c = self.get(comment_id)
        if c is None:
            return False
        gone = [(k, x) for k, x in enumerate(self.comments) if comment_id in (x.id, x.parent_id)]

        def apply() -> None:
            for _, x in gone:
                self.comments.remove(x)

        def revert() -> None:
            for k, x in gone:
                self.comments.insert(k, x)

        self._step(_Op(apply, revert), self._where(self.thread_of(comment_id)))
        return True

    def _step(self, op: _Op, at: int, change: Callable[[QTextCursor], None] | None = None) -> None:
        """Apply ``op`` as one step on the document's undo stack, with ``change`` to the text.
        The step's marker goes into the format of the block at ``at`` (so that only that
        block is laid out again)."""
        cursor = QTextCursor(self.doc)
        cursor.beginEditBlock()
        if change is not None:
            change(cursor)
        block = self.doc.findBlock(at)
        mark_undo_step(block if block.isValid() else self.doc.begin())
        self._pending = op
        op.quiet = change is None
        self._quiet = op.quiet
        self._run(op.apply)
        cursor.endEditBlock()
        self._pending = None
        self._quiet = False
        self._changed()

    def _where(self, thread_id: int | None) -> int:
        r = self.ranges.get(thread_id) if thread_id is not None else None
        if r is not None:
            return r[0]
        hint = self.hints.get(thread_id) if thread_id is not None else None
        return hint.position() if hint is not None else self.editor.textCursor().position()

    # ---- the journal --------------------------------------------------------------------------
    def _on_step_added(self) -> None:
        n = self.doc.availableUndoSteps()
        if n < self._steps:  # the history was cleared behind our back
            self._journal.clear()
        else:  # a new step: what could have been redone is gone
            for k in [k for k in self._journal if k > self._steps]:
                del self._journal[k]
        if self._pending is not None:
            self._journal[n] = self._pending
        self._steps = n

    def _sync_history(self) -> bool:
        """Revert or apply again the operations the undo stack moved past. True when it moved
        past operations only, none of which touched anchors."""
        n = self.doc.availableUndoSteps()
        if n == self._steps:
            return False
        ops = []
        if n < self._steps:
            for k in range(self._steps, n, -1):
                op = self._journal.get(k)
                if op is not None:
                    self._run(op.revert)
                    ops.append(op)
        else:
            for k in range(self._steps + 1, n + 1):
                op = self._journal.get(k)
                if op is not None:
                    self._run(op.apply)
                    ops.append(op)
        self._steps = n
        if ops:
            self._changed()
        return bool(ops) and all(op.quiet for op in ops)

    def _run(self, fn: Callable[[], None]) -> None:
        fn()
        self.version += 1

    def _changed(self) -> None:
        self._notify.start()
