"""Review comments as a reviewer uses them: comment, type around, reply, resolve, save, reopen,
delete the text, undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import texts, type_text
from ui.comment_anchors import CURRENT_COLOR, OPEN_COLOR, RESOLVED_COLOR
from ui.comments_view import HTML_ROLE, STATE_ROLE

WORD = "兵乓球"


@pytest.fixture
def reviewer(window):
    s = window.settings()
    s.setValue("author/name", "张审核")
    s.setValue("author/initials", "张审")
    yield window
    s.remove("author")


@pytest.fixture
def sample(reviewer):
    from tests.ui.conftest import SAMPLE

    assert reviewer.files.open_path(str(SAMPLE), ask=False)
    return reviewer


def select_text(window, text: str) -> QTextCursor:
    cur = window.editor.document().find(text)
    assert not cur.isNull(), text
    window.editor.setTextCursor(cur)
    return cur


def put_cursor(window, position: int) -> None:
    cur = QTextCursor(window.editor.document())
    cur.setPosition(position)
    window.editor.setTextCursor(cur)


def comment(qtbot, window, text: str):
    """Ctrl+Alt+M in the editor, type the comment, Ctrl+Enter."""
    review = window.review
    window.activateWindow()
    window.editor.setFocus()
    if QApplication.activeWindow() is window:
        qtbot.keyClick(
            window.editor, Qt.Key.Key_M,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
        )  # fmt: skip
    else:  # a shortcut needs an active window
        review.act_add.trigger()
    assert review.panel.composing()
    type_text(review.panel.compose, text)
    qtbot.keyClick(review.panel.compose, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not review.panel.composing()
    return review.store.get(review.panel.current_id())


def settle(window) -> None:
    window.review.store.rescan()
    QApplication.processEvents()


def undo(window, redo: bool = False) -> None:
    """Edit → Undo (or Redo); the panel follows once events are processed."""
    (window.redo if redo else window.undo)()
    QApplication.processEvents()


def row_html(window, comment_id: int) -> str:
    item = window.review.panel._items[comment_id]
    return item.data(HTML_ROLE)


def painted(window, position: int):
    """Background the highlighter painted on the character at ``position`` (or None)."""
    block = window.editor.document().findBlock(position)
    offset = position - block.position()
    for r in block.layout().formats():
        if r.start <= offset < r.start + r.length and r.format.hasProperty(0x820):  # background
            return r.format.background().color()
    return None


def test_comment_follows_edits_reply_resolve_save_reopen(qtbot, sample, tmp_path):
    w = sample
    review = w.review
    select_text(w, WORD)
    c = comment(qtbot, w, "应为“乒乓球”")
    assert (c.text, c.author, c.initials) == ("应为“乒乓球”", "张审核", "张审")
    assert review.store.quoted(c.id) == WORD
    start, end = review.store.range_of(c.id)
    assert painted(w, start) in (OPEN_COLOR, CURRENT_COLOR)
    assert painted(w, start - 1) is None
    assert "“兵乓球”" in row_html(w, c.id)

    # type before, after and inside the range: only the text typed inside joins it
    put_cursor(w, start)
    type_text(w.editor, "积极")
    settle(w)
    start, end = review.store.range_of(c.id)
    put_cursor(w, end)
    type_text(w.editor, "和")
    settle(w)
    assert review.store.quoted(c.id) == WORD
    put_cursor(w, start + 1)
    type_text(w.editor, "（")
    settle(w)
    assert review.store.quoted(c.id) == "兵（乓球"
    assert "人员积极兵（乓球和、羽毛球" in "".join(texts(w))
    assert "“兵（乓球”" in row_html(w, c.id)

    # a reply, then resolve the thread
    review.panel.select(c.id)
    review.act_reply.trigger()
    type_text(review.panel.compose, "已改")
    review.panel.submit()
    replies = review.store.replies(c.id)
    assert [r.text for r in replies] == ["已改"]
    review.panel.select(c.id)
    review.act_resolve.trigger()
    assert review.store.get(c.id).resolved
    assert review.act_resolve.text().replace("&", "") == "Reopen"
    put_cursor(w, 0)
    settle(w)
    assert painted(w, review.store.range_of(c.id)[0]) == RESOLVED_COLOR

    out = tmp_path / "审阅.docx"
    assert w.files.save_to(str(out))
    assert w.files.open_path(str(out), ask=False)
    store = w.review.store
    [root] = store.threads()
    assert (root.text, root.author, root.resolved) == ("应为“乒乓球”", "张审核", True)
    assert [r.text for r in store.replies(root.id)] == ["已改"]
    assert store.quoted(root.id) == "兵（乓球"
    assert w.review.panel.model.rowCount() == 1
    assert w.review.panel.model.item(0).rowCount() == 1


def test_deleting_the_text_keeps_an_orphan_and_undo_brings_it_back(qtbot, sample):
    w = sample
    review = w.review
    select_text(w, WORD)
    c = comment(qtbot, w, "错别字")
    select_text(w, "人员" + WORD + "、")
    qtbot.keyClick(w.editor, Qt.Key.Key_Delete)
    settle(w)
    assert WORD not in "".join(texts(w))
    assert review.store.range_of(c.id) is None
    assert review.panel.ids() == [c.id]
    assert review.panel._items[c.id].data(STATE_ROLE) == "orphan"
    assert "Original text deleted" in row_html(w, c.id)
    # the orphan still saves, where its text was
    [saved] = w.current_document().comments
    assert saved.start == saved.end and saved.start is not None

    undo(w)
    settle(w)
    assert review.store.quoted(c.id) == WORD
    assert review.panel._items[c.id].data(STATE_ROLE) == "open"


def test_undo_redo_of_add_resolve_delete(qtbot, sample):
    w = sample
    review = w.review
    store = review.store
    w.editor.document().setModified(False)
    select_text(w, WORD)
    c = comment(qtbot, w, "一")
    assert w.isWindowModified()
    review.panel.select(c.id)
    review.act_resolve.trigger()
    put_cursor(w, 0)
    type_text(w.editor, "甲")
    review.panel.select(c.id)
    review.act_delete.trigger()
    assert store.get(c.id) is None and review.panel.ids() == []

    undo(w)  # delete
    assert store.get(c.id) is not None and store.get(c.id).resolved
    assert review.panel.ids() == [c.id]
    undo(w)  # typing
    assert texts(w)[0] == texts(w)[0].lstrip("甲") and store.get(c.id).resolved
    undo(w)  # resolve
    assert not store.get(c.id).resolved
    w.editor.setFocus()
    qtbot.keyClick(w.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # add
    QApplication.processEvents()
    assert store.get(c.id) is None
    settle(w)
    assert store.range_of(c.id) is None and review.panel.ids() == []
    assert not w.isWindowModified()

    undo(w, redo=True)
    settle(w)
    assert store.quoted(c.id) == WORD and review.panel.ids() == [c.id]
    undo(w, redo=True)
    assert store.get(c.id).resolved
    undo(w, redo=True)
    undo(w, redo=True)
    assert store.get(c.id) is None
    # a new edit after undo drops the comment operations that could have been redone
    undo(w)
    type_text(w.editor, "乙")
    undo(w, redo=True)
    assert store.get(c.id) is not None


def test_edit_filter_and_navigation(qtbot, sample):
    w = sample
    review = w.review
    select_text(w, WORD)
    first = comment(qtbot, w, "一")
    select_text(w, "羽毛球")
    second = comment(qtbot, w, "二")
    select_text(w, "信访")
    zero = comment(qtbot, w, "零")
    assert review.panel.ids() == [zero.id, first.id, second.id]  # text order
    review.panel.select(second.id)
    review.act_edit.trigger()
    assert review.panel.compose.toPlainText() == "二"
    review.panel.compose.setPlainText("二（改）")
    review.panel.submit()
    assert review.store.get(second.id).text == "二（改）"
    review.panel.select(first.id)
    review.act_resolve.trigger()

    review.panel.set_filter("open")
    assert review.panel.ids() == [zero.id, second.id]
    review.panel.set_filter("resolved")
    assert review.panel.ids() == [first.id]
    review.panel.set_filter("all")
    assert "1 resolved" in review.panel.summary.text()

    put_cursor(w, 0)
    review.current = None
    review.act_next.trigger()
    assert review.current == zero.id
    assert w.editor.textCursor().selectedText() == "信访"
    review.act_next.trigger()
    assert w.editor.textCursor().selectedText() == WORD
    review.act_prev.trigger()
    assert review.current == zero.id
    review.act_prev.trigger()  # wraps around
    assert review.current == second.id

    # clicking a card selects its text
    review.panel.activated.emit(first.id)
    assert w.editor.textCursor().selectedText() == WORD
    # putting the cursor in a range makes its card current
    put_cursor(w, review.store.range_of(second.id)[0] + 1)
    assert review.panel.current_id() == second.id


def test_finding_becomes_a_comment(qtbot, sample, tmp_path):
    w = sample
    w.live.flush()
    f = next(f for f in w.live.analysis.findings if f.rule.startswith("numbering/"))
    c = w.review.comment_finding(f)
    assert (c.text, c.rule) == (f.message, f.rule)
    assert w.review.store.range_of(c.id) is not None
    # no "[rule/id]" before the text: the rule is named in the card's head (metadata)
    assert f"[{f.rule}]" not in row_html(w, c.id) and f.rule in row_html(w, c.id)
    # the editor's context menu offers it on the underlined text
    labels = [label for label, _ in w.review.context_actions(f.index, f.start)]
    assert any(label.startswith("Make Comment") for label in labels)
    out = tmp_path / "a.docx"
    assert w.files.save_to(str(out))
    assert w.files.open_path(str(out), ask=False)
    [back] = w.review.store.threads()
    assert (back.text, back.rule) == (f.message, f.rule)


def test_author_is_asked_once(qtbot, window, monkeypatch):
    from PySide6.QtCore import QTimer

    window.settings().remove("author")
    type_text(window.editor, "一、总体情况")
    select_text(window, "总体")
    asked = []

    def answer():
        dlg = QApplication.activeModalWidget()
        asked.append(dlg.objectName())
        dlg.name_edit.setText("Li Qiang")
        dlg.buttons.accepted.emit()

    QTimer.singleShot(0, answer)
    c = comment(qtbot, window, "ok")
    assert asked == ["authorDialog"]
    assert (c.author, c.initials) == ("Li Qiang", "LQ")
    assert window.settings().value("author/name") == "Li Qiang"
    select_text(window, "情况")
    comment(qtbot, window, "again")
    assert asked == ["authorDialog"]
    window.settings().remove("author")


def test_saving_as_text_asks_before_dropping_comments(qtbot, sample, tmp_path):
    w = sample
    select_text(w, WORD)
    comment(qtbot, w, "一")
    assert not w.files.save_to(str(tmp_path / "a.txt"))  # the test answers Cancel
    assert any("comment" in text for text in w.asked)
    assert not (tmp_path / "a.txt").exists()


def test_positions_after_characters_beyond_the_bmp_survive_a_save(qtbot, reviewer, tmp_path):
    from app.model import Document

    w = reviewer
    astral = "\U00020bb7"  # 𠮷: two UTF-16 units
    w.load_document(Document.from_lines(["标题", f"{astral}{astral}同志组织兵乓球比赛。"]), None)
    select_text(w, WORD)
    c = comment(qtbot, w, "错别字")
    [saved] = w.current_document().comments
    assert (saved.start.offset, saved.end.offset) == (6, 9)  # code points, as the model counts
    out = tmp_path / "astral.docx"
    assert w.files.save_to(str(out))
    assert w.files.open_path(str(out), ask=False)
    [back] = w.review.store.threads()
    assert w.review.store.quoted(back.id) == WORD
    assert back.text == c.text


def test_moving_a_section_carries_its_comments(qtbot, reviewer):
    from app.model import Document

    w = reviewer
    lines = ["关于工作情况的报告", "一、第一部分", "甲段兵乓球。", "二、第二部分", "乙段正文。"]
    w.load_document(Document.from_lines(lines), None)
    select_text(w, WORD)
    c = comment(qtbot, w, "错别字")
    w.live.flush()
    w.outline.select_paragraph(1)
    assert w.headings.move_section(1)
    settle(w)
    assert texts(w).index("甲段兵乓球。") > texts(w).index("乙段正文。")
    assert w.review.store.quoted(c.id) == WORD
    undo(w)
    settle(w)
    assert w.review.store.quoted(c.id) == WORD
