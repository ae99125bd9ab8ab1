"""Word auto-numbers in the editor follow the edits: delete item 2 and item 3 shows "2.", as Word
(and a re-read of the saved file) shows it.

The engine counts (:mod:`app.docx.renumber_view`); this module puts the new numbers into the
blocks. After the paragraph sync reports a change that can move numbers (a paragraph added,
removed or moved, a number typed into or back), the stale prefixes are replaced right after the
edit, joined to its undo step (one Undo restores the edit and the numbers), with the 修订 recorder
paused: a re-counted number is Word's, not a revision of the reviewer.

The number a block shows since it was re-counted is kept in its block format
(:data:`NUMBER_PROPERTY`), so Qt's undo and redo bring it back with the text; the model's copy
(``DocxSource.rendered``, which Save compares with, and ``Paragraph.auto_number_len``) is read
from the blocks whenever the sync reads them. A block without it shows the number as read.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

from app import revisions as rv
from app.docx.package import DocxSource
from app.docx.renumber_view import set_shown, shown_prefix, stale
from app.model import Document, Paragraph
from ui.identity import block_id
from ui.textpos import utf16_len
from ui.track_recorder import Recorder

NUMBER_PROPERTY = int(QTextFormat.Property.UserProperty) + 7  # block: Word number re-counted


class WordNumbers:
    """Keeps the Word numbers of one editor document current (see the module docstring)."""

    def __init__(self, qdoc: QTextDocument, document: Document) -> None:
        self.qdoc = qdoc
        self.document = document
        self.replaced = 0  # prefixes replaced so far (for tests and the fuzz tool)
        self._on: set[int] = set()  # ids whose numbering was on at the last count
        self._pending = False

    def reset(self, document: Document) -> None:
        self.document = document
        self._pending = False
        source = document.source
        self._on = ({p.id for p in document.paragraphs if shown_prefix(source, p) is not None}
                    if isinstance(source, DocxSource) and source.numbering else set())  # fmt: skip

    def read(self, first: int, fresh: Iterable[Paragraph], structural: bool) -> None:
        """The sync read ``fresh`` from blocks ``first``…: take their shown numbers from the
        blocks and count again when numbers may have moved."""
        source = self.document.source
        if not isinstance(source, DocxSource) or source.numbering is None:
            return
        block = self.qdoc.findBlockByNumber(first)
        moved = structural
        for p in fresh:
            if block.isValid() and block_id(block) == p.id:
                shown = block.blockFormat().property(NUMBER_PROPERTY)
                set_shown(self.document, p.id, shown if isinstance(shown, str) else None)
                block = block.next()
            prefix = shown_prefix(source, p)
            if prefix is not None:
                p.auto_number_len = len(prefix)
            if (prefix is not None) != (p.id in self._on):
                moved = True
        if moved and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.update)

    def update(self) -> None:
        """Replace the stale numbers in the editor, in the undo step of the edit before."""
        self._pending = False
        doc = self.document
        source = doc.source
        if not isinstance(source, DocxSource):
            return
        found = stale(doc)
        self._on = {p.id for p in doc.paragraphs if shown_prefix(source, p) is not None}
        if not found or self.qdoc.availableRedoSteps() > 0:
            return  # an undone state is as it was: its numbers came back with it
        from ui.paragraph_sync import changing_only

        recorder = _recorder(self.qdoc)
        if recorder is not None:
            recorder.busy += 1
        if self.qdoc.blockCount() != len(doc.paragraphs):
            return  # not in step (a document being loaded): the next change counts again
        cursor = QTextCursor(self.qdoc)
        cursor.joinPreviousEditBlock()
        changed: list[Paragraph] = []
        before: dict[int, str] = {}
        try:
            with changing_only(self.qdoc, [k for k, _ in found]):
                for k, number in found:
                    p = doc.paragraphs[k]
                    block = self.qdoc.findBlockByNumber(k)
                    if not block.isValid() or block_id(block) != p.id:
                        continue
                    before[p.id] = p.text  # (the sync reads the block when the step ends)
                    start = block.position()
                    cursor.setPosition(start)
                    cursor.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
                    fmt = cursor.charFormat()
                    cursor.setPosition(start)
                    cursor.setPosition(start + utf16_len(number.shown),
                                       QTextCursor.MoveMode.KeepAnchor)  # fmt: skip
                    cursor.insertText(number.now, fmt)
                    mark = QTextBlockFormat()
                    mark.setProperty(NUMBER_PROPERTY, number.now)
                    cursor.mergeBlockFormat(mark)
                    changed.append(p)
                    self.replaced += 1
        finally:
            cursor.endEditBlock()
            revised = [p for p in changed if p.revisions and p.text != before[p.id]]
            for p in revised:  # a colleague's revisions after a longer/shorter number move
                rv.follow_edit(doc, p, before[p.id])
            if recorder is not None:
                if revised:
                    recorder.changed(revised, revised)
                recorder.busy -= 1
                recorder.remember(changed)


def _recorder(qdoc: QTextDocument) -> Recorder | None:
    """The window's 修订 recorder of this document (a child of its editor), if any."""
    obj: QObject | None = qdoc
    while obj is not None:
        found = obj.findChildren(Recorder)
        if found:
            recorder = found[0]
            assert isinstance(recorder, Recorder)
            return recorder
        obj = obj.parent()
    return None
