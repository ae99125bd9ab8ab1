"""Editing the QTextDocument from engine results: fixes (Edit lists).

A fix is exactly one undo step; a replacement that splits a paragraph gives the new blocks their
own ids in that step (:func:`ui.identity.keep_ids`). Outline changes (moves, renumbering) go
through :mod:`ui.outline_apply`. Offsets from the engine are code points; they are turned into
Qt positions with :mod:`ui.textpos` only.

Edits spread over a long report (修正全部序号: 219 headings in 4,400 paragraphs) cost what Qt
does after an edit block, and that depends on how the edits are grouped (measured on corpus×3 in
the window, bench/bench_live.py): one edit block for all is reported as one change spanning the
whole document, so Qt lays out and the highlighter redraws every paragraph in between (~250 ms);
an edit block per edit costs a fixed few milliseconds each (Qt places the whole document's
blocks again) — worse. So edits closer than :data:`CLUSTER_GAP` paragraphs share an edit block,
each cluster joined to the first one's undo step (``joinPreviousEditBlock``): still one undo
step, and about half the time of either extreme. The paragraph sync is told which blocks the
edits touch (:func:`ui.paragraph_sync.changing_only`), so it reads those, not each cluster's span.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from app.findings import Edit
from ui.identity import keep_ids
from ui.paragraph_sync import changing_only
from ui.textpos import to_utf16

_BREAKS = ("\n", "\r", "\u2029")  # in a replacement, each starts a new block
# Paragraphs between two edits above which they go in separate edit blocks: a block's fixed
# cost (Qt places every block of the document again) equals laying out ~85 paragraphs of the
# window's page width (measured, see the module docstring).
CLUSTER_GAP = 80


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


def within_paragraphs(edits: Iterable[Edit]) -> bool:
    """True when no edit can add or remove a paragraph (then no block splits and no id is
    copied: :func:`~ui.identity.keep_ids` has nothing to resolve)."""
    return all(e.last_index == e.index and not any(b in e.replacement for b in _BREAKS)
               for e in edits)


def apply_edits(doc: QTextDocument, edits: Iterable[Edit]) -> bool:
    """Apply engine edits as one undo step; later edits first so earlier offsets stay valid.

    An edit with ``end_index`` spans paragraph breaks (deleting whole paragraphs when its
    replacement is empty). Edits that stay inside their paragraphs (renumbering, most fixes)
    tell the paragraph sync which blocks they touch (:func:`ui.paragraph_sync.changing_only`),
    so an edit block spread over the whole document is not read back block by block.
    """
    items = sorted(set(edits), key=lambda e: (e.index, e.start, e.last_index, e.end), reverse=True)
    if not items:
        return False
    if within_paragraphs(items):
        with changing_only(doc, {e.index for e in items}):
            return _apply_clustered(doc, items)
    first = min(e.index for e in items)
    last = max(e.last_index for e in items)
    with keep_ids(doc, first, last) as cursor:
        return _apply(doc, cursor, items)


def _apply_clustered(doc: QTextDocument, items: list[Edit]) -> bool:
    """Apply ``items`` (last first) in edit blocks of nearby paragraphs, one undo step."""
    clusters: list[list[Edit]] = []
    for e in items:
        if clusters and clusters[-1][-1].index - e.last_index <= CLUSTER_GAP:
            clusters[-1].append(e)
        else:
            clusters.append([e])
    cursor = QTextCursor(doc)
    started = False  # joined only once a block recorded an edit (never the user's last step)
    for cluster in clusters:
        if started:
            cursor.joinPreviousEditBlock()
        else:
            cursor.beginEditBlock()
        try:
            started = _apply(doc, cursor, cluster) or started
        finally:
            cursor.endEditBlock()
    return started


def _apply(doc: QTextDocument, cursor: QTextCursor, items: list[Edit]) -> bool:
    done: tuple[int, int] | None = None
    applied = 0
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
