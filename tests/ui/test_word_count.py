"""字数统计: the dialog (document and selection) and the status bar count, counted by hand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QLabel

from app.model import Document

# Hand count of the text below:
#   "一、总体情况"      一 、 总 体 情 况: 6 Chinese characters
#   ""                 empty: no paragraph
#   "2020年GDP增长5%"  see below
LINES = ["一、总体情况", "", "2020年GDP增长5%", "张三 李四"]
# paragraph 3: "2020" word, 年 Chinese, "GDP" word, 增 长 Chinese, "5%" word → 3 + 3 = 6 words,
#   characters: 2020(4) 年(1) GDP(3) 增长(2) 5%(2) = 12
# paragraph 4: 张 三 李 四 = 4 Chinese, one space → 4 words, 4 characters, 5 with the space
# document: words 6 + 6 + 4 = 16; characters 6 + 12 + 4 = 22; with spaces 23; paragraphs 3;
#   Chinese 6 + 3 + 4 = 13; non-Chinese words 3.
DOCUMENT = {"words": 16, "chars_no_spaces": 22, "chars_with_spaces": 23, "paragraphs": 3,
            "asian": 13, "non_asian_words": 3}  # fmt: skip


def load(window) -> None:
    window.load_document(Document.from_lines(LINES), None)


def shown(dialog, which: str) -> dict[str, int | None]:
    out = {}
    for key in DOCUMENT:
        text = dialog.findChild(QLabel, f"{which}_{key}").text()
        out[key] = None if text == "—" else int(text.replace(",", ""))
    return out


def test_the_action_is_in_the_review_menu(window):
    act = window.findChild(QAction, "wordCountAction")
    assert act is window.word_count.action
    menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
    assert any(act in m.actions() and window.review.act_add in m.actions() for m in menus)


def test_dialog_figures_for_the_document_and_the_selection(qtbot, window):
    load(window)
    window.editor.go_to(3, 0, 2)  # select 张三
    window.findChild(QAction, "wordCountAction").trigger()
    dlg = window.word_count.dialog
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.windowTitle() == "Word Count"
    assert shown(dlg, "document") == DOCUMENT
    # 张 三: 2 Chinese characters, one paragraph
    assert shown(dlg, "selection") == {
        "words": 2,
        "chars_no_spaces": 2,
        "chars_with_spaces": 2,
        "paragraphs": 1,
        "asian": 2,
        "non_asian_words": 0,
    }


def test_no_selection_shows_a_dash_and_side_parts_count_when_asked(qtbot, window):
    from ui.word_count import WordCountDialog

    # body 一、总体情况: 6; footnote "注：GB/T 9704": 注 ： (2 Chinese) + "GB/T", "9704" (2)
    dlg = WordCountDialog(["一、总体情况"], [], ["注：GB/T 9704"], window)
    qtbot.addWidget(dlg)
    assert shown(dlg, "selection") == dict.fromkeys(DOCUMENT)
    assert shown(dlg, "document")["words"] == 6 + 4
    dlg.side_box.setChecked(False)
    assert shown(dlg, "document")["words"] == 6


def test_status_bar_shows_the_selection_and_the_total(qtbot, window):
    load(window)
    label = window.word_count.label
    qtbot.waitUntil(lambda: label.text() == "Words: 16")
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)  # 一、总体情况 and its paragraph mark: 6
    assert label.text() == "Words: 6/16"
    window.editor.go_to(0, 0)
    assert label.text() == "Words: 16"
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert window.word_count.dialog.isVisible()
    window.word_count.dialog.close()


def test_status_bar_follows_typing_deleting_and_undo(qtbot, window):
    """The total is kept by paragraph (only edited ones counted again): it must still say what
    counting the whole text says after typing, deleting a paragraph and undoing it."""
    load(window)
    label = window.word_count.label
    qtbot.waitUntil(lambda: label.text() == "Words: 16")
    window.editor.go_to(3, 5)  # after 张三 李四: two non-Chinese words more
    qtbot.keyClicks(window.editor, " ab cd")
    qtbot.waitUntil(lambda: label.text() == "Words: 18")
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()  # 一、总体情况 and its mark gone: 6 fewer
    window.editor.setTextCursor(cursor)
    qtbot.waitUntil(lambda: label.text() == "Words: 12")
    window.editor.undo()
    qtbot.waitUntil(lambda: label.text() == "Words: 18")


def test_a_long_paragraph_is_counted_as_a_whole_would_be():
    """count_long counts sentence by sentence: the figures of the paragraph as one text."""
    from app.wordcount import count_paragraph
    from ui.word_count import LONG_TEXT, count_long

    sentence = "2020年GDP增长5%，张三 李四说：“好。”Hello world。。"
    text = (sentence * (LONG_TEXT // len(sentence) + 2))[: LONG_TEXT + 7]
    for t in (text, "。" + text + "。", text.replace("。", " 。 "), "ab。cd" * 1000):
        assert count_long(t) == count_paragraph(t)
