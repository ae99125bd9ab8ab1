"""Bringing the editor's blocks to the model after a revision was accepted or rejected.

Accepting or rejecting changes the model first (app.revisions); the editor then has to show
the result — paragraphs joined where a deleted paragraph mark was accepted, texts changed
where an insertion was rejected — as ONE undo step, without the recorder taking the edit for
the reviewer's own typing (its ``busy`` count) and without the live sync re-reading what the
model already holds (the editor's ``loading`` flag).
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from app import revisions as rv
from app.model import Document
from ui.identity import block_id
from ui.revision_marks import set_block_text
from ui.track_recorder import Recorder
from ui.undo_mark import mark_undo_step


def sync_editor(editor, recorder: Recorder, doc: Document, before: rv.Undo) -> None:
    """Bring the blocks of the paragraphs ``before`` held to ``doc`` in one undo step."""
    alive = {p.id: p for p in doc.paragraphs}
    qdoc = editor.document()
    recorder.busy += 1
    loading, editor.loading = editor.loading, True
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    try:
        changed = False
        block = qdoc.lastBlock()
        while block.isValid():
            prev = block.previous()
            pid = block_id(block)
            if pid in before.states and pid not in alive and prev.isValid():
                cursor.setPosition(block.position() - 1)
                cursor.deleteChar()  # joined with the paragraph before
                changed = True
            block = prev
        block = qdoc.firstBlock()
        first = None
        while block.isValid():
            p = alive.get(block_id(block))
            if p is not None and p.id in before.states:
                first = first or block
                if block.text() != p.text:
                    set_block_text(cursor, block, p.text)
                    changed = True
            block = block.next()
        if not changed and first is not None:
            mark_undo_step(first)  # accepted insertions: no character moved
    finally:
        cursor.endEditBlock()
        editor.loading = loading
        recorder.busy -= 1
