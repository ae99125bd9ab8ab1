"""修正全部序号: cursor and view stay, the status bar says what changed, a wait cursor meanwhile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.model import Document
from tests.ui.helpers import texts
from ui.renumber import moved_offset, summarize

LINES = [
    "关于工作的报告",
    "一、总体情况",
    "今年以来，一是加强领导，三是压实责任，四是强化督查。",
    "二、主要做法",
    "（一）建立台账",
    "（三）定期调度",
    "正文" * 40,
    "四、下步打算",
    "正文" * 40,
]


def test_moved_offset_follows_a_longer_numeral():
    assert moved_offset("九、标题", "十、标题", 3) == 3
    assert moved_offset("十、标题", "十一、标题", 3) == 4  # one character longer before it
    assert moved_offset("十、标题", "十一、标题", 0) == 0


def test_cursor_view_and_message(qtbot, window):
    window.resize(900, 300)  # short: the text scrolls
    window.load_document(Document.from_lines(LINES + ["正文" * 60] * 12), None)
    window.live.flush()
    editor = window.editor
    editor.go_to(7, 2, 4)  # "下步" of "四、下步打算", selected
    bar = editor.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    assert window.headings.fix_all_numbering()
    assert texts(window)[:9] == [
        "关于工作的报告", "一、总体情况", "今年以来，一是加强领导，二是压实责任，三是强化督查。",
        "二、主要做法", "（一）建立台账", "（二）定期调度", "正文" * 40, "三、下步打算",
        "正文" * 40,
    ]  # fmt: skip
    assert editor.textCursor().selectedText() == "下步"
    assert bar.value() == before
    # hand count: 三是→二是, 四是→三是 (one 一是 list), （三）→（二） (one heading group),
    # 四、→三、 (the 一、 group): 4 markers in 3 groups
    assert window.statusBar().currentMessage() == "Renumbered 4 marker(s) in 3 group(s)"
    window.undo()
    assert texts(window)[:9] == LINES


def test_nothing_to_do_says_so(window):
    window.load_document(Document.from_lines(["一、总体情况", "二、主要做法"]), None)
    assert not window.headings.fix_all_numbering()
    assert window.statusBar().currentMessage() == "The numbering is already in order"


def test_wait_cursor_while_it_works(window, monkeypatch):
    import app.outline.edits

    seen = []
    real = app.outline.edits.plan_renumber_all

    def slow(*args):
        cursor = QApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        return real(*args)

    monkeypatch.setattr(app.outline.edits, "plan_renumber_all", slow)
    window.load_document(Document.from_lines(["一、总体情况", "三、主要做法"]), None)
    assert window.headings.fix_all_numbering()
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None


def test_summary_counts_markers_once_per_group():
    class G:
        def __init__(self, items):
            self.items = items

    class M:
        def __init__(self, start, end):
            self.start, self.end = start, end

    old = ["一、甲", "三、乙", "一是甲，三是乙"]
    new = ["一、甲", "二、乙", "一是甲，二是乙"]
    groups = [G([(0, M(0, 2)), (1, M(0, 2))]), G([(2, M(0, 2)), (2, M(4, 6))])]
    assert summarize(old, new, groups) == (2, 2)
