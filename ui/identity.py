"""Paragraph identity in the editor: each block carries its paragraph's id in its block format.

Why a block-format property: Qt's undo stack records block formats, so undo/redo gives a block
its id back, and moving a block with its format carries its id along. Nothing else in the window
matches old and new paragraphs: the model (:mod:`ui.paragraph_sync`), comments, tracked changes
and the .docx patch-save all follow these ids.

When a block splits (Enter, a paste of several paragraphs, a fix that inserts a paragraph break)
Qt copies the block format, so the id appears twice. :func:`keep_ids` wraps such an edit: inside
the same undo step it leaves the id on the block that kept most of the original text (Enter at
the very start leaves it on the text, not on the new empty block) and gives the others new ids.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

from app.model import new_id

PARAGRAPH_ID_PROPERTY = int(QTextFormat.Property.UserProperty) + 2  # block: Paragraph.id
VIRTUAL_PROPERTY = int(QTextFormat.Property.UserProperty) + 3  # block: Paragraph.virtual
OBJECT_PROPERTY = int(QTextFormat.Property.UserProperty) + 4  # char: key of an InlineObject
TABLE_ID_PROPERTY = int(QTextFormat.Property.UserProperty) + 5  # table format: Table.id


def format_property(fmt: QTextFormat, key: int) -> object:
    """``fmt.property(key)``, or None when ``fmt`` does not have it. Always use this: PySide6
    returns None for a missing property without counting the reference, and enough such reads
    crash the interpreter ("deallocating None")."""
    return fmt.property(key) if fmt.hasProperty(key) else None


def block_id(block: QTextBlock) -> int:
    """The paragraph id of ``block`` (0 when it has none yet)."""
    return format_id(block.blockFormat())


def format_id(fmt: QTextBlockFormat) -> int:
    """The paragraph id a block format carries (0 when none): :func:`block_id` for a caller
    that has read the block's format already."""
    value = format_property(fmt, PARAGRAPH_ID_PROPERTY)
    return value if isinstance(value, int) else 0


def set_block_id(block: QTextBlock, pid: int) -> None:
    """Put ``pid`` on ``block`` (undoable when the document records undo)."""
    fmt = block.blockFormat()
    fmt.setProperty(PARAGRAPH_ID_PROPERTY, pid)
    QTextCursor(block).setBlockFormat(fmt)


def affinity(old: str, new: str) -> int:
    """How much of ``old`` survives in ``new`` as a common prefix plus a common suffix."""
    n = min(len(old), len(new))
    a = 0
    while a < n and old[a] == new[a]:
        a += 1
    b = 0
    while b < n - a and old[-1 - b] == new[-1 - b]:
        b += 1
    return a + b


def resolve_copies(doc: QTextDocument, first: int, last: int, old_texts: dict[int, str]) -> int:
    """Blocks ``first``..``last`` may hold copies of one id (a split): keep each id on the block
    that kept most of its text (ties: the first one), give the other copies new ids, and give
    blocks without an id one. ``old_texts``: id → text before the edit. Returns ids assigned."""
    groups: dict[int, list[QTextBlock]] = {}
    block = doc.findBlockByNumber(max(first, 0))
    k = max(first, 0)
    while block.isValid() and k <= last:
        groups.setdefault(block_id(block), []).append(block)
        block = block.next()
        k += 1
    assigned = 0
    for pid, blocks in groups.items():
        if pid and len(blocks) == 1:
            continue
        keeper = None
        if pid:
            old = old_texts.get(pid, "")
            best = -1
            for b in blocks:
                score = affinity(old, b.text())
                if score > best:
                    keeper, best = b, score
        for b in blocks:
            if b != keeper:
                set_block_id(b, new_id())
                assigned += 1
    return assigned


@contextmanager
def keep_ids(doc: QTextDocument, first: int, last: int) -> Iterator[QTextCursor]:
    """Run an edit of blocks ``first``..``last`` (block numbers before the edit) as one undo
    step whose split blocks are given their own ids (see :func:`resolve_copies`)."""
    old_texts: dict[int, str] = {}
    block = doc.findBlockByNumber(max(first, 0))
    k = max(first, 0)
    while block.isValid() and k <= last:
        old_texts.setdefault(block_id(block), block.text())
        block = block.next()
        k += 1
    before = doc.blockCount()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    try:
        yield cursor
    finally:
        grown = doc.blockCount() - before
        resolve_copies(doc, first, last + max(grown, 0), old_texts)
        cursor.endEditBlock()
