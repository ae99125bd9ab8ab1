"""Comments where the eye is: cards follow their text, Ctrl+Alt+M without a selection, years."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from app.model import Document
from tests.ui.test_comments import comment, reviewer, row_html  # noqa: F401 - fixture
from ui.comment_cards import shown_time


def test_ctrl_alt_m_without_selection_comments_the_word_at_the_cursor(qtbot, reviewer):  # noqa: F811
    w = reviewer
    w.load_document(Document.from_lines(["2020年GDP增长较快"]), None)
    w.editor.go_to(0, 6)  # inside "GDP"
    c = comment(qtbot, w, "核对数据")
    assert w.review.store.quoted(c.id) == "GDP"
    w.editor.go_to(0, 2)  # inside "2020"
    c = comment(qtbot, w, "年份")
    assert w.review.store.quoted(c.id) == "2020"


def test_ctrl_alt_m_on_a_problem_comments_its_text(qtbot, reviewer):  # noqa: F811
    w = reviewer
    w.load_document(Document.from_lines(["关于工作的报告", "正文内容，请填写XX。"]), None)
    w.live.flush()
    f = next(f for f in w.live.analysis.findings if f.index == 1)
    w.editor.go_to(1, f.start + 1)
    c = comment(qtbot, w, "请补全")
    assert w.review.store.quoted(c.id) == "XX"


def test_ctrl_alt_m_on_blank_says_what_to_do(qtbot, reviewer):  # noqa: F811
    w = reviewer
    w.load_document(Document.from_lines(["   "]), None)
    w.editor.go_to(0, 1)
    assert not w.review.add_comment()
    assert "Select the text" in w.statusBar().currentMessage()


def test_comment_times_show_the_year():
    this_year = datetime.now().year
    shown = shown_time(f"{this_year}-03-05T02:30:00Z")
    assert shown.startswith(f"{this_year}-03-0")  # (local time may shift the day)
    assert shown_time("2024-11-25T10:00:00Z").startswith("2024-11-2")


def test_problem_comments_are_signed_by_the_reviewer_without_a_prefix(reviewer):  # noqa: F811
    w = reviewer
    w.load_document(Document.from_lines(["关于工作的报告", "正文内容，请填写XX。"]), None)
    w.live.flush()
    f = next(f for f in w.live.analysis.findings if f.index == 1)
    c = w.review.comment_finding(f)
    assert c.author == "张审核" and c.text == f.message and c.rule == f.rule
    assert "[" not in row_html(w, c.id)


def anchor_and_card_tops(w, tid):
    editor, view = w.editor, w.review.panel.view
    r = w.review.store.range_of(tid)
    cur = QTextCursor(editor.document())
    cur.setPosition(r[0])
    anchor = editor.viewport().mapToGlobal(QPoint(0, editor.cursorRect(cur).top())).y()
    card = view.visualRect(w.review.panel._items[tid].index())
    return anchor, view.viewport().mapToGlobal(QPoint(0, card.top())).y()


def test_cards_follow_their_text_as_it_scrolls(qtbot, reviewer):  # noqa: F811
    w = reviewer
    w.resize(1200, 700)
    lines = []
    for k in range(40):
        lines.append(f"第{k + 1}段正文内容，用于检查批注跟随。" + "说明" * 30)
    w.load_document(Document.from_lines(lines), None)
    w.review.dock.show()
    store = w.review.store
    from app.model import Comment

    ids = []
    for k in range(0, 40, 4):  # a comment every fourth paragraph
        block = w.editor.document().findBlockByNumber(k)
        c = store.add_thread(Comment(f"批注{k}", "张审核", "张审", "2026-11-25T10:00:00Z"),
                             block.position(), block.position() + 3)  # fmt: skip
        ids.append(c.id)
    w.review.refresh()
    bar = w.editor.verticalScrollBar()
    for target in (ids[3], ids[6]):
        r = store.range_of(target)
        cur = QTextCursor(w.editor.document())
        cur.setPosition(r[0])
        y = w.editor.cursorRect(cur).top() + bar.value()
        bar.setValue(y - 200)  # the commented paragraph 200 px down the view
        # the card at the height of its text (the first one in view leads)
        qtbot.waitUntil(lambda t=target: abs(anchor_and_card_tops(w, t)[0]
                                             - anchor_and_card_tops(w, t)[1]) <= 2)  # fmt: skip
    # the list is not at its top: it scrolled with the text
    assert w.review.panel.view.verticalScrollBar().value() > 0
    # at the top of the report the first card goes back up
    bar.setValue(0)
    qtbot.waitUntil(lambda: w.review.panel.view.verticalScrollBar().value() == 0)
