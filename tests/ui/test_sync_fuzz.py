"""The incremental model never drifts from the editor: after any mix of typing, splitting,
joining, deleting across paragraphs and tables, undo and redo, the model's paragraphs are exactly
what a full read of the blocks gives (seeded, reproducible)."""

from __future__ import annotations

import random

from PySide6.QtGui import QTextCursor

from app.model import Document, Paragraph
from tests.ui.test_rich_content import rich_document
from ui.identity import block_id
from ui.paragraph_sync import cell_of_block


def blocks(window) -> list[tuple[int, str, object]]:
    out, block = [], window.editor.document().begin()
    while block.isValid():
        out.append((block_id(block), block.text(), cell_of_block(block)))
        block = block.next()
    return out


def check(window) -> None:
    model = [(p.id, p.text, p.cell) for p in window.live.document.paragraphs]
    assert model == blocks(window)
    assert len({i for i, _, _ in model}) == len(model)


def random_edit(rng: random.Random, window) -> None:
    doc = window.editor.document()
    end = doc.characterCount() - 1
    cur = QTextCursor(doc)
    a = rng.randint(0, end)
    kind = rng.choice(["type", "type", "enter", "delete", "span", "undo", "redo"])
    if kind == "undo":
        window.undo()
        return
    if kind == "redo":
        window.redo()
        return
    cur.setPosition(a)
    if kind == "span":
        cur.setPosition(min(end, a + rng.randint(1, 40)), QTextCursor.MoveMode.KeepAnchor)
        kind = "delete"
    if kind == "delete":
        if not cur.hasSelection():
            cur.setPosition(min(end, a + rng.randint(1, 3)), QTextCursor.MoveMode.KeepAnchor)
        cur.removeSelectedText()
    elif kind == "enter":
        window.editor.setTextCursor(cur)
        window.editor.insertFromMimeData(_mime(rng.choice(["\n", "甲\n乙", "\n\n"])))
    else:
        cur.insertText(rng.choice(["字", "二、", "abc", "，"]))


def _mime(text: str):
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText(text)
    return mime


def test_plain_document(qtbot, window):
    rng = random.Random(20261202)
    texts = [f"第{i}段：今年以来工作有序推进。" for i in range(30)]
    window.load_document(Document(paragraphs=[Paragraph(t) for t in texts]), None)
    for _ in range(300):
        random_edit(rng, window)
        check(window)


def test_document_with_tables_and_objects(qtbot, window):
    rng = random.Random(7)
    window.load_document(rich_document(), None)
    for _ in range(300):
        random_edit(rng, window)
        check(window)
