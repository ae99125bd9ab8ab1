"""Keys typed at a paragraph's edges reach the model (ui.paragraph_sync): the analysis, outline
and problems read the model, so what is typed at the first or last character of a paragraph, or
pasted up to the start of the next one, must be in it — and the paragraphs not typed into stay
the very objects they were (the incremental analysis keys its work on that)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.model import Document, Paragraph

TEXTS = ["一、总体情况", "今年以来工作有序推进。", "二、存在问题", "问题主要有三个方面。"]


def model_texts(window) -> list[str]:
    return [p.text for p in window.live.document.paragraphs]


def editor_texts(window) -> list[str]:
    doc = window.editor.document()
    return [doc.findBlockByNumber(i).text() for i in range(doc.blockCount())]


def loaded(window):
    window.load_document(Document(paragraphs=[Paragraph(t) for t in TEXTS]), None)
    return list(window.live.document.paragraphs)


def test_keys_at_the_end_and_start_of_a_paragraph_reach_that_paragraph_only(qtbot, window):
    before = loaded(window)
    window.editor.go_to(1, len(TEXTS[1]))  # after the last character of paragraph 1
    qtbot.keyClicks(window.editor, "ab")
    window.editor.go_to(3, 0)  # before the first character of paragraph 3
    qtbot.keyClicks(window.editor, "c")
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)  # joins paragraph 3 to paragraph 2
    assert editor_texts(window) == [TEXTS[0], TEXTS[1] + "ab", TEXTS[2] + TEXTS[3]]
    assert model_texts(window) == editor_texts(window)
    now = window.live.document.paragraphs
    assert now[0] is before[0] and now[1] is before[1]  # typed into: the same paragraph
    window.editor.go_to(0, len(TEXTS[0]))
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)  # the change ends where the new one starts
    assert model_texts(window) == editor_texts(window)
    qtbot.keyClicks(window.editor, "d")
    assert editor_texts(window) == [TEXTS[0], "d", TEXTS[1] + "ab", TEXTS[2] + TEXTS[3]]
    assert model_texts(window) == editor_texts(window)
    assert window.live.document.paragraphs[0] is before[0]


def test_an_edit_ending_at_the_start_of_the_next_paragraph_splits_as_the_editor_shows(
        qtbot, window):
    loaded(window)
    cursor = QTextCursor(window.editor.document().findBlockByNumber(1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.beginEditBlock()  # one change for Qt to report: it ends where the next block starts
    cursor.insertText("补充一句。")
    cursor.insertBlock()
    cursor.endEditBlock()
    assert editor_texts(window) == [TEXTS[0], TEXTS[1] + "补充一句。", "", TEXTS[2], TEXTS[3]]
    assert model_texts(window) == editor_texts(window)
    ids = [p.id for p in window.live.document.paragraphs]
    assert len(set(ids)) == len(ids)
