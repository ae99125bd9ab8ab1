"""修正全部序号 as a user expects it: the cursor and the view stay where they were, the status bar
says what changed ("3 markers in 2 groups"), and the pointer shows it is busy while it works.

Renumbering only rewrites numerals inside paragraphs (never adds or removes one), so the cursor
is put back in the same paragraph, its offset moved by what changed before it. The texts before
and after are the model's (kept in step with the blocks edit by edit): reading 4,400 blocks back
from Qt twice cost more than the renumbering's own edits.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from app.engine import Analysis
from app.findings import Edit
from app.model import Document
from app.outline.change import OutlineChange
from app.outline.types import SequenceGroup
from ui.live import collected_once
from ui.textpos import from_utf16, to_utf16


def changed_spans(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """(old start, old end, new start, new end) of every change between two paragraph texts."""
    ops = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in ops if tag != "equal"]


def moved_offset(old: str, new: str, offset: int) -> int:
    """Where code-point ``offset`` of ``old`` is in ``new`` (inside a change: its end)."""
    shift = 0
    for i1, i2, j1, j2 in changed_spans(old, new):
        if i2 <= offset and i1 < offset:
            shift += (j2 - j1) - (i2 - i1)
        elif i1 < offset < i2:
            return j2
    return offset + shift


def summarize_edits(old: Sequence[str], edits: Iterable[Edit],
                    groups: Sequence[SequenceGroup]) -> tuple[int, int]:
    """(markers changed, groups they belong to). ``groups``: the analysis' SequenceGroups of
    ``old`` (each item a paragraph index and its marker). A change that touches no known
    marker counts as a marker of a group of its own.

    Read from the renumbering's own edits (each inside one paragraph, offsets in ``old``):
    only the few characters each edit replaces are compared, not the whole texts of every
    renumbered paragraph before and after (corpus×3: ~5 ms of 修正全部序号 went to diffing 219
    paragraphs). What an edit writes back unchanged is not counted."""
    edits = list(edits)
    edited = {e.index for e in edits}
    where: dict[int, list[tuple[int, int, int]]] = {}
    for g, group in enumerate(groups):
        for index, marker in group.items:
            if index in edited:
                where.setdefault(index, []).append((marker.start, marker.end, g))
    markers: set[tuple[int, int]] = set()
    touched: set[int | tuple[int, int]] = set()
    for e in edits:
        if e.end_index not in (None, e.index) or e.index >= len(old):
            continue
        # an edit may span several markers ("三是压实责任，四" → "二是压实责任，三"): the
        # changes inside it, by a diff of the two short strings
        for a1, a2, _b1, _b2 in changed_spans(old[e.index][e.start:e.end], e.replacement):
            i1, i2 = e.start + a1, e.start + a2
            hit = next(((s, g) for s, end, g in where.get(e.index, [])
                        if s <= i1 < end or (i1 < end and i2 > s)), None)
            if hit is None:
                markers.add((e.index, i1))
                touched.add((e.index, i1))
            else:
                markers.add((e.index, hit[0]))
                touched.add(hit[1])
    return len(markers), len(touched)


def draw_as_renumbered(highlighter: Any, doc: Document,
                       result: tuple[Document, Analysis], change: OutlineChange) -> None:
    """Give the renumbered paragraphs their style keys as the renumbered text's analysis has
    them, before the edits: the highlighter draws each edited block as it goes (a run-in
    heading's bold part ends later after 六、→十一、). Else the window's next analysis redraws
    them after, and a block redrawn outside an edit makes Qt walk every line to the end of the
    document (3 run-in headings of corpus×3: ~12 ms)."""
    from ui.style_keys import style_keys

    stand_in, analysis = result
    keys = style_keys(analysis, stand_in.texts)
    paragraphs = doc.paragraphs
    for e in change.edits:
        if e.index < len(paragraphs) and e.index < len(keys):
            highlighter.keys_by_id[paragraphs[e.index].id] = keys[e.index]


def _texts(window: Any) -> list[str]:
    """The paragraph texts as the editor holds them (the live model, flushed)."""
    return [p.text for p in window.live.document.paragraphs]


def fix_all_numbering(window: Any) -> bool:
    """Renumber every heading group and 一是/二是 list in one undo step (see module doc).

    The cyclic collector is held off until the edits are in (:func:`ui.live.collected_once`):
    the plan allocates ~40,000 containers (two analyses of the whole text, a stand-in
    document), so left alone the collector walked the young objects ~20 times, the middle
    generation once or twice and now and then everything (corpus×3: 5-10 ms a renumbering,
    one of four runs 33 ms)."""
    with collected_once():
        return _fix_all_numbering(window)


def _fix_all_numbering(window: Any) -> bool:
    from app.outline import edits

    editor = window.editor
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # seen only if it takes a while
    try:
        window.live.flush()
        old = _texts(window)
        groups = list(window.live.analysis.groups) if window.live.analysis else []
        parts = window.live.parts()  # (its first round parses only the parts it renumbers)
        change, result = edits.renumber_all_plan(window.live.document, window.live.analysis,
                                                 parts=parts)
        if not change:
            message = QCoreApplication.translate("Renumber", "The numbering is already in order")
            window.statusBar().showMessage(message, 4000)
            return False
        cursor = editor.textCursor()
        spots = []
        for pos in (cursor.anchor(), cursor.position()):
            block = editor.document().findBlock(pos)
            spots.append((block.blockNumber(), from_utf16(block.text(), pos - block.position())))
        bars = editor.verticalScrollBar().value(), editor.horizontalScrollBar().value()
        change.description = ""  # the status bar says what changed, below
        if result is not None:  # the plan's last round parsed the renumbered text already
            window.live.offer_outline(*result, parts=parts)
            draw_as_renumbered(editor.highlighter, window.live.document, result, change)
        done = window.apply_outline(change)
        new = _texts(window)  # apply_outline flushed the live model
        if len(new) == len(old):  # renumbering keeps paragraphs: put the cursor back
            restored = QTextCursor(editor.document())
            for k, (index, offset) in enumerate(spots):
                block = editor.document().findBlockByNumber(index)
                text = block.text()
                at = block.position() + to_utf16(text, moved_offset(old[index], text, offset))
                restored.setPosition(at, QTextCursor.MoveMode.KeepAnchor if k else
                                     QTextCursor.MoveMode.MoveAnchor)  # fmt: skip
            editor.setTextCursor(restored)
        editor.verticalScrollBar().setValue(bars[0])
        editor.horizontalScrollBar().setValue(bars[1])
        markers, touched = summarize_edits(old, change.edits, groups)
        message = (
            QCoreApplication.translate("Renumber", "Numbering fixed — markers: %1, groups: %2")
            .replace("%1", str(markers))
            .replace("%2", str(touched))
        )
        window.statusBar().showMessage(message, 8000)
        return done
    finally:
        QApplication.restoreOverrideCursor()
