"""Recording the reviewer's edits as tracked changes while 修订 is on (Ctrl+Shift+E).

Everything that changes text goes through the editor — typing, deleting, pasting, quick fixes,
修正全部序号, replace-all, outline renumbering — and the paragraph sync brings the model's
paragraph to the block's text. Right after that (this recorder listens to the same
notification, connected after the sync) the change of each touched paragraph is recorded:
:func:`app.revisions_record.record_edit` turns "old text → new text" into tracked deletions and
insertions with the reviewer's name and the time; the paragraph's text stays what the editor
shows. A role change (promote/demote, the role chooser) records the old paragraph properties.

Joining two paragraphs is not done while recording: Backspace at the start of a paragraph (or
Delete at its end) marks the paragraph mark deleted instead, as Word does; a selection over
several paragraphs is deleted paragraph by paragraph and the marks between them marked deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextBlock, QTextCursor

from app import revisions as rv
from app.model import Document, Paragraph
from app.revisions_record import ParagraphState, predicted_marks, record_edit, shown_marks
from app.revisions_split import record_split
from ui.identity import block_id


class Recorder(QObject):
    def __init__(self, editor, document: Callable[[], Document], author: Callable[[], str],
                 changed: Callable[[list[Paragraph], list[Paragraph]], None]) -> None:  # fmt: skip
        super().__init__(editor)
        self.editor = editor
        self.qdoc = editor.document()
        self.document = document
        self.author = author
        self.changed = changed
        self.on = False
        self.busy = 0  # our own edits of the editor (resolving, undo of a resolution)
        self.states: dict[int, tuple[ParagraphState, object]] = {}
        self._by_id: dict[int, Paragraph] = {}
        self.blocks: dict[int, QTextBlock] = {}  # paragraph id → its block, as last recorded
        self.qdoc.contentsChange.connect(self._on_change)
        editor.add_event_hook((QEvent.Type.KeyPress,), self.on_key)  # (not an event filter)

    # ---- state -------------------------------------------------------------------------------
    def set_on(self, on: bool) -> None:
        self.on = on
        self.remember_all()

    def remember_all(self) -> None:
        """What every paragraph holds now: the "before" of the next edit."""
        doc = self.document()
        self._by_id = {p.id: p for p in doc.paragraphs}
        self.states = {p.id: (ParagraphState.of(p), p.role) for p in doc.paragraphs
                       if self.on or p.revisions}  # off: only what has revisions to follow

    def remember(self, paragraphs: list[Paragraph]) -> None:
        for p in paragraphs:
            if self.on or p.revisions:
                self.states[p.id] = (ParagraphState.of(p), p.role)
                self._by_id[p.id] = p

    def paragraph(self, pid: int) -> Paragraph | None:
        p = self._by_id.get(pid)
        if p is None:  # a paragraph made since (a new block): look again
            self._by_id = {q.id: q for q in self.document().paragraphs}
            p = self._by_id.get(pid)
        return p

    # ---- recording ---------------------------------------------------------------------------
    def _on_change(self, position: int, removed: int, added: int) -> None:
        if self.busy or getattr(self.editor, "loading", False) or not (self.on or self.states):
            return
        if removed == added and removed > 0 and self._same_text(position, added):
            return  # a format-only change (the highlighters repaint)
        first = self.qdoc.findBlock(position)
        last = self.qdoc.findBlock(min(position + added, self.qdoc.characterCount() - 1))
        touched: list[Paragraph] = []
        repaint: list[Paragraph] = []
        block = first
        author = self.author()
        doc = self.document()
        paragraphs = doc.paragraphs
        found: list[Paragraph] = []
        while block.isValid():
            n = block.blockNumber()  # the sync keeps paragraph k on block k (a new block's
            p = paragraphs[n] if n < len(paragraphs) else None  # id is written only later)
            if p is not None and p.text == block.text():
                self.blocks[p.id] = block
                found.append(p)
            if block == last:
                break
            block = block.next()
        split = self._split(doc, found, author) if self.on and len(found) > 1 else set()
        for p in found:
            if p.id in split:
                touched.append(p)
                repaint.append(p)
            elif self.on:
                touched.append(p)
                if not self._record(doc, p, author):
                    repaint.append(p)  # the editor painted other marks than recorded
            elif p.id in self.states:  # an ordinary edit in a paragraph with revisions
                rv.follow_edit(doc, p, self.states[p.id][0].text)
                self.remember([p])
                touched.append(p)
                repaint.append(p)
        if touched:
            self.busy += 1
            try:
                self.changed(touched, repaint)
            finally:
                self.busy -= 1

    def _same_text(self, position: int, length: int) -> bool:
        block = self.qdoc.findBlock(position)
        p = self.paragraph(block_id(block))
        if p is None:
            return False
        state = self.states.get(p.id)
        return state is not None and state[0].text == p.text and state[1] == p.role \
            and self.qdoc.findBlock(position + length) == block  # fmt: skip

    def _split(self, doc: Document, found: list[Paragraph], author: str) -> set[int]:
        """Enter inside a paragraph (of two neighbours one is new, the other held both texts):
        recorded as an inserted paragraph mark (:func:`app.revisions_split.record_split`).
        The ids of the two, or nothing."""
        for first, second in pairwise(found):
            a, b = self.states.get(first.id), self.states.get(second.id)
            if (a is None) == (b is None) or not (first.text and second.text):
                continue  # Enter at either end: a new paragraph, recorded as such
            keeper, state = (first, a) if a is not None else (second, b)
            assert state is not None
            before = state[0]
            if before.text != first.text + second.text or not record_split(
                doc, first, second, keeper, (before.text, before.spans, before.objects), author
            ):
                continue
            for p in (first, second):
                self.states[p.id] = (ParagraphState.of(p), p.role)
            return {first.id, second.id}
        return set()

    def _record(self, doc: Document, p: Paragraph, author: str) -> bool:
        """Record the edit of ``p``; True when the marks are where the editor already painted
        them (:func:`app.revisions_record.predicted_marks`)."""
        state = self.states.get(p.id)
        if state is None:  # a paragraph the reviewer added (Enter, a paste)
            rv.track_new_paragraph(doc, p.id, author)
            before = ParagraphState("")
            expected = predicted_marks([], "", p.text, author)
            record_edit(doc, p, before, author)
        else:
            before, role = state
            expected = predicted_marks(shown_marks(p), before.text, p.text, author)
            if p.role != role and rv_in_file(doc, p):
                rv.track_props_change(doc, p.id, author)
            record_edit(doc, p, before, author)
        self.states[p.id] = (ParagraphState.of(p), p.role)
        return shown_marks(p) == expected

    # ---- joins become deleted paragraph marks -----------------------------------------------
    def on_key(self, obj, ev) -> bool:
        if not self.on:
            return False
        assert isinstance(ev, QKeyEvent)
        cursor = self.editor.textCursor()
        key = ev.key()
        backspace = key == Qt.Key.Key_Backspace
        delete = key == Qt.Key.Key_Delete or (
            bool(ev.modifiers()) and ev.matches(QKeySequence.StandardKey.Delete))
        if not (backspace or delete or cursor.hasSelection()):
            return False  # (a typed character: the common case, decided here)
        if cursor.hasSelection():
            start = self.qdoc.findBlock(cursor.selectionStart())
            end = self.qdoc.findBlock(cursor.selectionEnd())
            if start != end and (backspace or delete or ev.text()):
                self._delete_across(cursor)
                return backspace or delete
            return False
        block = cursor.block()
        if not ((backspace and cursor.atBlockStart()) or (delete and cursor.atBlockEnd())):
            return False
        if not self._same_container(block, block.previous() if backspace else block.next()):
            return False  # never across a table cell (the editor does not join those either)
        if backspace and cursor.atBlockStart() and block.previous().isValid():
            self._mark_join(block.previous())
            cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
            self.editor.setTextCursor(cursor)
            return True
        if delete and cursor.atBlockEnd() and block.next().isValid():
            self._mark_join(block)
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
            self.editor.setTextCursor(cursor)
            return True
        return False

    def _same_container(self, a, b) -> bool:
        if not (a.isValid() and b.isValid()):
            return False
        pa, pb = self.paragraph(block_id(a)), self.paragraph(block_id(b))
        return pa is not None and pb is not None and pa.cell == pb.cell

    def _mark_join(self, block) -> None:
        p = self.paragraph(block_id(block))
        if p is None or any(r.kind == "para_del" for r in p.revisions):
            return
        rv.track_join(self.document(), p.id, self.author())
        self.changed([p], [p])

    def _delete_across(self, cursor: QTextCursor) -> None:
        """Delete a selection over several paragraphs one paragraph at a time (each deletion is
        recorded), marking the paragraph marks in between deleted."""
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        blocks = []
        block = self.qdoc.findBlock(start)
        while block.isValid() and block.position() <= end:
            blocks.append(block)
            block = block.next()
        edit = QTextCursor(self.qdoc)
        edit.beginEditBlock()
        for block in reversed(blocks):
            a = max(start, block.position())
            b = min(end, block.position() + block.length() - 1)
            if b > a:
                edit.setPosition(a)
                edit.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
                edit.removeSelectedText()
        edit.endEditBlock()
        for block in blocks[:-1]:
            self._mark_join(block)
        cursor.setPosition(start)
        self.editor.setTextCursor(cursor)


def rv_in_file(doc: Document, p: Paragraph) -> bool:
    """Whether ``p`` has Word XML behind it (its property change can be recorded there)."""
    from app.docx.package import DocxSource

    return isinstance(doc.source, DocxSource) and p.id in doc.source.paragraphs
