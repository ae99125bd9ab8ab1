"""Editing the QTextDocument from engine results: fixes (Edit lists) and whole new paragraph lists.

Everything here runs inside one ``beginEditBlock``/``endEditBlock`` so that a fix, a section move or
a renumbering is exactly one undo step. Offsets from the engine are code points; they are turned
into Qt positions with :mod:`ui.textpos` only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextDocumentFragment

from app.findings import Edit
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
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
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
    cursor.endEditBlock()
    return applied > 0


def _replace_inside(cursor: QTextCursor, block: QTextBlock, new: str) -> None:
    """Turn ``block``'s text into ``new`` by replacing only the part that differs."""
    old = block.text()
    if old == new:
        return
    a = 0
    limit = min(len(old), len(new))
    while a < limit and old[a] == new[a]:
        a += 1
    b = 0
    while b < limit - a and old[-1 - b] == new[-1 - b]:
        b += 1
    _select(cursor, block, a, len(old) - b)
    cursor.insertText(new[a : len(new) - b])


def _affinity(x: str, y: str) -> int:
    n = min(len(x), len(y))
    a = 0
    while a < n and x[a] == y[a]:
        a += 1
    b = 0
    while b < n - a and x[-1 - b] == y[-1 - b]:
        b += 1
    return a + b


def apply_texts(doc: QTextDocument, new_texts: Sequence[str]) -> bool:
    """Make the document's paragraphs equal ``new_texts`` in one undo step.

    Paragraphs that only changed inside (renumbered markers) are edited in place. When paragraphs
    moved, each new paragraph is rebuilt from the old block it came from (its character formats
    and block format travel with it) and then edited in place.
    """
    old = block_texts(doc)
    n = min(len(old), len(new_texts))
    p = 0
    while p < n and old[p] == new_texts[p]:
        p += 1
    if p == len(old) == len(new_texts):
        return False
    s = 0
    while s < n - p and old[-1 - s] == new_texts[-1 - s]:
        s += 1
    old_mid = list(range(p, len(old) - s))
    new_mid = list(new_texts[p : len(new_texts) - s])
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    try:
        if len(old_mid) != len(new_mid):
            first = doc.findBlockByNumber(p)
            last = doc.findBlockByNumber(len(old) - s - 1)
            if old_mid:
                cursor.setPosition(first.position())
                cursor.setPosition(
                    last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor
                )
                cursor.insertText("\n".join(new_mid))
            else:
                block = doc.findBlockByNumber(p - 1) if p else doc.begin()
                cursor.setPosition(block.position() + block.length() - 1 if p else 0)
                text = "\n".join(new_mid)
                cursor.insertText("\n" + text if p else text + "\n")
            return True
        sources = _match_sources(old, old_mid, new_mid)
        if all(src == p + k for k, src in enumerate(sources)):
            for k, text in enumerate(new_mid):
                _replace_inside(cursor, doc.findBlockByNumber(p + k), text)
            return True
        pieces = []
        for src in sources:
            block = doc.findBlockByNumber(src)
            sel = QTextCursor(doc)
            sel.setPosition(block.position())
            sel.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            pieces.append((block.blockFormat(), block.charFormat(), sel.selection()))
        first = doc.findBlockByNumber(p)
        last = doc.findBlockByNumber(p + len(old_mid) - 1)
        cursor.setPosition(first.position())
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        for k, (block_format, char_format, fragment) in enumerate(pieces):
            if k:
                cursor.insertBlock(block_format, char_format)
            else:
                cursor.setBlockFormat(block_format)
            cursor.insertFragment(QTextDocumentFragment(fragment))
        for k, text in enumerate(new_mid):
            _replace_inside(cursor, doc.findBlockByNumber(p + k), text)
        return True
    finally:
        cursor.endEditBlock()


def _match_sources(old: list[str], old_mid: list[int], new_mid: list[str]) -> list[int]:
    """For each new paragraph, the old block it most likely came from (exact text first)."""
    unused = set(old_mid)
    by_text: dict[str, list[int]] = {}
    for i in old_mid:
        by_text.setdefault(old[i], []).append(i)
    sources: list[int | None] = []
    for text in new_mid:
        cands = [i for i in by_text.get(text, []) if i in unused]
        if cands:
            unused.discard(cands[0])
            sources.append(cands[0])
        else:
            sources.append(None)
    for k, src in enumerate(sources):
        if src is None:
            best = max(sorted(unused), key=lambda i: _affinity(old[i], new_mid[k]))
            unused.discard(best)
            sources[k] = best
    return [int(s) for s in sources]  # type: ignore[arg-type]
