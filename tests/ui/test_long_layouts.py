"""Paragraphs typed into, and long ones, keep their laid-out text between keystrokes
(ui.styling.keep_layout: Qt would otherwise itemize and shape a whole paragraph again twice a key
to place and draw the caret), and what is kept is what a fresh layout of the same text shows:
the same lines, the caret at the same place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextEdit

from app.model import Document, Paragraph
from tests.ui.helpers import type_text
from ui.styling import KEEP_LAYOUT_FROM

LONG = "我们坚持以人民为中心，推进GDP增长5.2%，完成投资3,456.78万元——超额完成。" * 80


def _load(window, *texts: str) -> None:
    window.load_document(Document(paragraphs=[Paragraph(t) for t in texts]), None)


def _kept(window, index: int) -> bool:
    return window.editor.document().findBlockByNumber(index).layout().cacheEnabled()


def test_long_paragraphs_and_those_typed_into_keep_their_layout(qtbot, window):
    assert len(LONG) > KEEP_LAYOUT_FROM
    _load(window, "关于做好工作的报告", LONG, "正文第一段", "正文第二段")
    assert _kept(window, 1)  # opened long
    assert not any(_kept(window, i) for i in (0, 2, 3))
    window.editor.go_to(2, 2)
    type_text(window.editor, "短")
    assert _kept(window, 2)  # typed into
    assert not _kept(window, 0) and not _kept(window, 3)  # (the others are left as they are)
    assert window.editor.document().findBlockByNumber(2).text() == "正文短第一段"


def _lines(block) -> list[tuple[int, int, float]]:
    layout = block.layout()
    return [(layout.lineAt(i).textStart(), layout.lineAt(i).textLength(),
             round(layout.lineAt(i).naturalTextWidth(), 2)) for i in range(layout.lineCount())]


def _x(line, pos: int) -> float:
    x = line.cursorToX(pos)
    return x[0] if isinstance(x, tuple) else x


def test_a_kept_layout_shows_the_lines_and_caret_of_a_fresh_one(qtbot, window):
    _load(window, "关于做好工作的报告", LONG, "正文")
    editor = window.editor
    editor.go_to(1, len(LONG) // 2)
    type_text(editor, "新增内容abc")
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not window.live.dirty, timeout=5000)
    block = editor.document().findBlockByNumber(1)
    assert block.layout().cacheEnabled() and "新增内容ab" in block.text()
    # the same document laid out afresh (a clone has new layouts, none of them kept)
    fresh = QTextEdit()
    qtbot.addWidget(fresh)
    fresh.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
    fresh.setLineWrapColumnOrWidth(editor.lineWrapColumnOrWidth())
    fresh.setDocument(editor.document().clone(fresh))
    fresh.resize(editor.size())
    fresh.show()
    fresh.document().documentLayout().documentSize()
    other = fresh.document().findBlockByNumber(1)
    assert not other.layout().cacheEnabled()
    assert _lines(block) == _lines(other) and len(_lines(block)) > 20
    pos = editor.textCursor().positionInBlock()
    mine, theirs = block.layout(), other.layout()
    mine_line, their_line = mine.lineForTextPosition(pos), theirs.lineForTextPosition(pos)
    assert mine_line.lineNumber() == their_line.lineNumber()
    assert _x(mine_line, pos) == _x(their_line, pos)
    assert block.text() == other.text()
