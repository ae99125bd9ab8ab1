"""Editing the QTextDocument from engine results: fixes (Edit lists).

A fix runs inside one edit block so that it is exactly one undo step; a replacement that splits a
paragraph gives the new blocks their own ids in that step (:func:`ui.identity.keep_ids`). Outline
changes (moves, renumbering) go through :mod:`ui.outline_apply`. Offsets from the engine are code
points; they are turned into Qt positions with :mod:`ui.textpos` only.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from app.findings import Edit
from ui.identity import keep_ids
from ui.textpos import to_utf16


def block_texts(doc: QTextDocument) -> list[str]:
    out = []
    block = doc.begin()
    while block.isValid():
        out.append(block.text())
        block = block.next()
    return out


def _select(cursor: QTextCursor, block: QTextBlock, start: int, end: int) -> None:
    """Select code points [start, end) of ``block``."""
    text = block.text()
    cursor.setPosition(block.position() + to_utf16(text, start))
    cursor.setPosition(block.position() + to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)


def select_range(doc: QTextDocument, index: int, start: int, end: int) -> QTextCursor:
    cursor = QTextCursor(doc)
    block = doc.findBlockByNumber(index)
    if block.isValid():
        _select(cursor, block, start, min(end, len(block.text())))
    return cursor


def _position(doc: QTextDocument, index: int, offset: int) -> int | None:
    block = doc.findBlockByNumber(index)
    if not block.isValid() or offset > len(block.text()):
        return None
    return block.position() + to_utf16(block.text(), offset)


def apply_edits(doc: QTextDocument, edits: Iterable[Edit]) -> bool:
    """Apply engine edits as one undo step; later edits first so earlier offsets stay valid.

    An edit with ``end_index`` spans paragraph breaks (deleting whole paragraphs when its
    replacement is empty).
    """
    items = sorted(set(edits), key=lambda e: (e.index, e.start, e.last_index, e.end), reverse=True)
    if not items:
        return False
    first = min(e.index for e in items)
    last = max(e.last_index for e in items)
    done: tuple[int, int] | None = None
    applied = 0
    with keep_ids(doc, first, last) as cursor:
        for e in items:
            if done is not None and (e.last_index, e.end) > done:
                continue  # overlaps an edit already applied
            start = _position(doc, e.index, e.start)
            end = _position(doc, e.last_index, e.end)
            if start is None or end is None or end < start:
                continue
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(e.replacement)
            done = (e.index, e.start)
            applied += 1
    return applied > 0
