"""Word auto-numbers in the window follow the edits (ui/word_numbers.py), on a real Word file
with nested and restarted lists: delete item 2 and item 3 shows "2.", as Word shows the saved
file; one Undo brings back the item and the numbers; with 修订 on, a re-counted number is not
recorded as the reviewer's revision. Expected numbers: Word's (ECMA-376 §17.9)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from app.readers import read_document
from tests.ui.helpers import texts, type_text

SOURCE = Path(__file__).resolve().parents[3] / "shared" / "realdocx" / (
    "en10_poi_ComplexNumberedLists.docx")  # fmt: skip
pytestmark = pytest.mark.skipif(
    not SOURCE.is_file(), reason="../shared/realdocx is absent (third-party files)"
)

AS_READ = [
    "This is a document with numbered lists", "1.\tEntry #1", "2.\tEntry #2, with children",
    "a.\t2-a", "b.\t2-b", "c.\t2-c", "3.\tEntry #3", "4.\tEntry #4", "1.\tRestarted to 1 from 5",
    "2.\tRestarted @ 2", "3.\tRestarted @ 3", "10.\tJump to new list at 10", "11.\tNow 11",
    "Normal text here", "12.\tCarrying on @ 12", "13.\tCarrying on @ 13", "All done!",
]  # fmt: skip


def open_copy(window, tmp_path: Path) -> Path:
    path = tmp_path / SOURCE.name
    shutil.copyfile(SOURCE, path)
    assert window.files.open_path(str(path), ask=False)
    assert texts(window) == AS_READ
    return path


def delete_block(window, number: int) -> None:
    doc = window.editor.document()
    block = doc.findBlockByNumber(number)
    cursor = QTextCursor(doc)
    cursor.setPosition(block.position())
    cursor.setPosition(block.next().position(), QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()


def delete_undo_redo_save(qtbot, window, tmp_path: Path, block: int,
                          expected: list[str]) -> None:  # fmt: skip
    """Delete ``block``: the window shows ``expected``; one Undo brings back the item and the
    numbers as read; Redo, Save: the saved file reads as ``expected``."""
    path = open_copy(window, tmp_path)
    delete_block(window, block)
    qtbot.waitUntil(lambda: texts(window) == expected)
    assert [p.text for p in window.live.document.paragraphs] == expected
    window.editor.undo()  # one step: the item and the old numbers
    qtbot.waitUntil(lambda: texts(window) == AS_READ)
    assert [p.text for p in window.live.document.paragraphs] == AS_READ
    window.editor.redo()
    qtbot.waitUntil(lambda: texts(window) == expected)
    assert window.files.save_to(str(path))
    assert [p.text for p in read_document(path).paragraphs] == expected


def test_deleting_an_item_renumbers_the_rest_in_one_undo_step(qtbot, window, tmp_path):
    # "2.\tEntry #2, with children" goes (its children stay, under item 1)
    expected = [*AS_READ[:2], *AS_READ[3:6], "2.\tEntry #3", "3.\tEntry #4", *AS_READ[8:]]
    delete_undo_redo_save(qtbot, window, tmp_path, 2, expected)


def test_a_longer_number_shrinks_and_comes_back(qtbot, window, tmp_path):
    # "10.\tJump…" goes: the list of 10, 11, 12, 13 starts at 10 again
    expected = [*AS_READ[:11], "10.\tNow 11", "Normal text here", "11.\tCarrying on @ 12",
                "12.\tCarrying on @ 13", "All done!"]  # fmt: skip
    delete_undo_redo_save(qtbot, window, tmp_path, 11, expected)
    window.editor.undo()
    qtbot.waitUntil(lambda: texts(window) == AS_READ)
    assert [p.auto_number_len for p in window.live.document.paragraphs][11:16] == [4, 4, 0, 4, 4]


def test_number_typed_into_with_track_changes_on(qtbot, window, tmp_path):
    path = open_copy(window, tmp_path)
    window.track.set_tracking(True)
    window.editor.go_to(6, 1)  # "3|.\tEntry #3"
    type_text(window.editor, "x")  # inside Word's number: it becomes text, numbering off
    expected = [*AS_READ[:6], "3x.\tEntry #3", "3.\tEntry #4", *AS_READ[8:]]
    qtbot.waitUntil(lambda: texts(window) == expected)
    item = window.live.document.paragraphs[7]
    assert item.revisions == []  # Word's number, counted again: no revision of the reviewer
    window.editor.go_to(7, len(expected[7]))
    type_text(window.editor, "y")  # typed after it: the reviewer's revision, and only that
    qtbot.waitUntil(lambda: len(item.revisions) == 1)
    assert [(r.kind, item.text[r.start : r.end]) for r in item.revisions] == [("ins", "y")]
    expected[7] += "y"
    assert window.files.save_to(str(path))
    again = read_document(path).paragraphs
    assert [p.text for p in again] == expected
    assert [p.auto_number_len for p in again][6:8] == [0, 3]


def test_a_colleagues_revision_stays_on_its_text_when_the_number_shrinks(qtbot, window,
                                                                          tmp_path):  # fmt: skip
    """Item 10 holds a colleague's tracked insertion; deleting item 1 makes it "9.": the
    revision still covers the inserted words, after Undo and Redo too, and in the saved file."""
    from tests.app.test_docx_reader import make_docx, p, r

    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:suff w:val="nothing"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    num = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    tenth = (f"<w:p>{num}" + r("第十项")
             + '<w:ins w:id="7" w:author="同事" w:date="2024-01-01T00:00:00Z">'
             + r("补充内容") + "</w:ins></w:p>")  # fmt: skip
    body = "".join(p(f"第{k}项", num[7:-8]) for k in range(1, 10)) + tenth
    path = make_docx(tmp_path, body, numbering=numbering, name="ten.docx")
    assert window.files.open_path(str(path), ask=False)
    item = window.live.document.paragraphs[9]
    assert item.text == "10.第十项补充内容"

    def inserted() -> list[str]:
        return [item.text[rev.start : rev.end] for rev in item.revisions]

    assert inserted() == ["补充内容"]
    delete_block(window, 0)
    qtbot.waitUntil(lambda: item.text == "9.第十项补充内容")
    assert inserted() == ["补充内容"]
    window.editor.undo()
    qtbot.waitUntil(lambda: item.text == "10.第十项补充内容")
    assert inserted() == ["补充内容"]
    for _ in range(2):  # the second time over the XML the first Redo kept for it
        window.editor.redo()
        qtbot.waitUntil(lambda: item.text == "9.第十项补充内容")
        assert inserted() == ["补充内容"]
        window.editor.undo()
        qtbot.waitUntil(lambda: item.text == "10.第十项补充内容")
        assert item.auto_number_len == 3 and inserted() == ["补充内容"]
    window.editor.redo()
    qtbot.waitUntil(lambda: item.text == "9.第十项补充内容")
    assert window.files.save_to(str(path))
    again = read_document(path).paragraphs[-1]
    assert again.text == "9.第十项补充内容"
    assert [again.text[rev.start : rev.end] for rev in again.revisions] == ["补充内容"]
