"""The keystroke path (issue 15): what follows each key is done once the keys pause, and the
editor's event hooks stand in for event filters without changing what the keys do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.model import Document, Paragraph
from ui.editor import ReportEditor


def _load(window, *texts: str) -> None:
    window.load_document(Document(paragraphs=[Paragraph(t) for t in texts]), None)


def test_status_bar_follows_typing_once_the_keys_pause(qtbot, window):
    _load(window, "关于做好工作的报告", "正文第一段")
    window.editor.go_to(1, 2)  # a jump is followed at once
    assert window.position_label.text() == "Para 2, Col 3"
    QTest.keyClicks(window.editor, "abc")
    # the keys came without a pause: the label has not been set for each of them
    assert window.cursor_follow.pending
    assert window.position_label.text() == "Para 2, Col 3"
    qtbot.waitUntil(lambda: window.position_label.text() == "Para 2, Col 6", timeout=3000)
    assert not window.cursor_follow.pending


def test_outline_and_role_box_follow_typed_enter_after_the_pause(qtbot, window):
    _load(window, "关于做好工作的报告", "一、总体情况", "正文")
    window.editor.go_to(2, 2)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.position_label.text() == "Para 4, Col 1", timeout=3000)


def test_an_analysis_follows_the_cursor_at_once(qtbot, window):
    _load(window, "关于做好工作的报告", "正文")
    window.editor.go_to(1, 0)
    QTest.keyClicks(window.editor, "xy")
    window.live.flush()  # the analysis shows the place with its results
    assert not window.cursor_follow.pending
    assert window.position_label.text() == "Para 2, Col 3"


def test_typing_is_true_only_while_a_key_is_handled(qtbot):
    editor = ReportEditor()
    qtbot.addWidget(editor)
    seen: list[bool] = []
    editor.cursorPositionChanged.connect(lambda: seen.append(editor.typing))
    QTest.keyClicks(editor, "ab")
    editor.setPlainText("text set by a command")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    assert seen[:2] == [True, True]
    assert not any(seen[2:]) and len(seen) > 2
    assert not editor.typing


def test_event_hooks_see_keys_and_can_take_them(qtbot):
    editor = ReportEditor()
    qtbot.addWidget(editor)
    order: list[str] = []

    def first(_obj, ev) -> bool:
        order.append("first")
        return False

    def later(_obj, ev) -> bool:  # added later: asked first, as an event filter would be
        order.append("later")
        return ev.key() == Qt.Key.Key_X  # takes X

    editor.add_event_hook((QEvent.Type.KeyPress,), first)
    editor.add_event_hook((QEvent.Type.KeyPress,), later)
    QTest.keyClicks(editor, "axb")
    assert editor.toPlainText() == "ab"
    assert order == ["later", "first", "later", "later", "first"]


def test_resize_hooks_hear_the_viewport(qtbot):
    editor = ReportEditor()
    qtbot.addWidget(editor)
    editor.show()
    receivers: list[object] = []
    editor.add_event_hook((QEvent.Type.Resize,), lambda obj, _ev: receivers.append(obj) or False)
    editor.resize(editor.width() + 40, editor.height() + 30)
    qtbot.waitUntil(lambda: editor.viewport() in receivers, timeout=3000)
    QApplication.sendEvent(editor, QResizeEvent(QSize(300, 200), editor.size()))
    assert editor in receivers


def test_a_long_paragraph_shows_the_underlines_near_the_view(qtbot):
    from app.findings import Severity
    from ui.underlines import NEAR, Mark

    editor = ReportEditor()
    qtbot.addWidget(editor)
    editor.resize(600, 400)
    editor.show()
    text = "这是一个很长的段落。" * 3000  # 30,000 characters, one paragraph
    editor.setPlainText(text)
    editor.go_to(0, 0)
    far = len(text) - 20
    editor.set_marks([Mark(0, 2, 4, Severity.ERROR, "near"), Mark(0, far, far + 2,
                                                               Severity.WARNING, "far")])
    assert far > 2 * NEAR  # (the far one is well below the view)

    def shown() -> list[str]:
        return sorted(sel.cursor.selectedText() for sel in editor.extraSelections())

    assert shown() == [text[2:4]]
    assert [m.message for m in editor.marks_at(0, far)] == ["far"]  # its tip is there anyway
    editor.go_to(0, far)  # the view moves to the end of the paragraph
    qtbot.waitUntil(lambda: shown() == [text[far:far + 2]], timeout=3000)
    editor.go_to(0, 0)
    qtbot.waitUntil(lambda: shown() == [text[2:4]], timeout=3000)
