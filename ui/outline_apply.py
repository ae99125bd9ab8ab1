"""Apply an :class:`~app.outline.change.OutlineChange` to the editor in one undo step.

Moves move whole blocks: each moved block keeps its block format (paragraph id, fixed role,
layout) and its text keeps its character formats (bold, comment anchors, inline objects), so a
moved section is the same paragraphs in a new place — the model, the comments and the .docx
patch-save all follow. Then the text edits (renumbered markers) are applied in place, then the
fixed roles that follow a new heading level.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from app.outline.change import Move, OutlineChange
from ui.doc_ops import apply_edits, within_paragraphs
from ui.identity import PARAGRAPH_ID_PROPERTY
from ui.styling import FIXED_ROLE_PROPERTY, block_format_for


def _block_formats(doc: QTextDocument, first: int, last: int) -> list[QTextBlockFormat]:
    out = []
    block = doc.findBlockByNumber(first)
    for _ in range(first, last + 1):
        out.append(block.blockFormat())
        block = block.next()
    return out


def move_blocks(doc: QTextDocument, move: Move) -> bool:
    """Move blocks ``move.first``..``move.last`` before block ``move.before`` (see Move)."""
    count_all = doc.blockCount()
    first, last, before = move.first, move.last, move.before
    if not (0 <= first <= last < count_all and 0 <= before <= count_all):
        return False
    if first <= before <= last + 1:
        return False  # already there, or inside the moved range: nothing to do
    formats = _block_formats(doc, first, last)
    first_block, last_block = doc.findBlockByNumber(first), doc.findBlockByNumber(last)
    cursor = QTextCursor(doc)
    cursor.setPosition(first_block.position())
    cursor.setPosition(
        last_block.position() + last_block.length() - 1, QTextCursor.MoveMode.KeepAnchor
    )
    fragment = cursor.selection()
    if last < count_all - 1:  # take the blocks with their trailing paragraph separators
        cursor.setPosition(first_block.position())
        cursor.setPosition(last_block.next().position(), QTextCursor.MoveMode.KeepAnchor)
    else:  # the last blocks: take the separator before them instead
        cursor.setPosition(first_block.position() - 1)
        cursor.setPosition(
            last_block.position() + last_block.length() - 1, QTextCursor.MoveMode.KeepAnchor
        )
    cursor.removeSelectedText()
    count = last - first + 1
    target = before if before < first else before - count
    if target < doc.blockCount():
        block = doc.findBlockByNumber(target)
        target_format, target_chars = block.blockFormat(), block.charFormat()
        cursor.setPosition(block.position())
        cursor.insertFragment(fragment)
        cursor.insertBlock(target_format, target_chars)
        follower = doc.findBlockByNumber(target + count)
        QTextCursor(follower).setBlockFormat(target_format)
    else:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock(formats[0])
        cursor.insertFragment(fragment)
    block = doc.findBlockByNumber(target)
    for fmt in formats:
        QTextCursor(block).setBlockFormat(fmt)
        block = block.next()
    return True


def apply_outline_change(doc: QTextDocument, change: OutlineChange) -> bool:
    """Apply ``change`` (moves, then edits, then fixed roles) as one undo step."""
    if not change:
        return False
    if not change.moves and not change.roles and within_paragraphs(change.edits):
        return apply_edits(doc, change.edits)  # renumbering: see ui.doc_ops
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    try:
        done = False
        for move in change.moves:
            done = move_blocks(doc, move) or done
        if change.edits:
            done = apply_edits(doc, change.edits) or done
        for index, role in sorted(change.roles.items()):
            block = doc.findBlockByNumber(index)
            if not block.isValid():
                continue
            fmt = block_format_for(role, block.blockFormat())
            fmt.setProperty(FIXED_ROLE_PROPERTY, role.value)
            QTextCursor(block).setBlockFormat(fmt)
            done = True
        return done
    finally:
        cursor.endEditBlock()


def insert_empty_blocks(doc: QTextDocument, places: list[tuple[int, int]]) -> None:
    """Empty blocks carrying paragraph ids: ``places`` is (block number in the result, id),
    ascending — the origins of a tracked move, which the model already holds. The caller
    makes it one edit block and keeps the paragraph sync out of it."""
    for number, pid in places:
        cursor = QTextCursor(doc)
        fmt = QTextBlockFormat()
        fmt.setProperty(PARAGRAPH_ID_PROPERTY, pid)
        if number == 0:  # before the first block: split it, the text goes on with its format
            first = doc.firstBlock()
            cursor.setPosition(0)
            cursor.insertBlock(first.blockFormat(), first.charFormat())
            QTextCursor(doc.firstBlock()).setBlockFormat(fmt)
            continue
        prev = doc.findBlockByNumber(number - 1)
        cursor.setPosition(prev.position() + prev.length() - 1)
        cursor.insertBlock(fmt, QTextCharFormat())
