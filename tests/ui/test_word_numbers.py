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


def test_deleting_an_item_renumbers_the_rest_in_one_undo_step(qtbot, window, tmp_path):
    path = open_copy(window, tmp_path)
    delete_block(window, 2)  # "2.\tEntry #2, with children" (its children stay, under item 1)
    expected = [*AS_READ[:2], *AS_READ[3:6], "2.\tEntry #3", "3.\tEntry #4", *AS_READ[8:]]
    qtbot.waitUntil(lambda: texts(window) == expected)
    assert [p.text for p in window.live.document.paragraphs] == expected
    window.editor.undo()  # one step: the item and the old numbers
    qtbot.waitUntil(lambda: texts(window) == AS_READ)
    assert [p.text for p in window.live.document.paragraphs] == AS_READ
    window.editor.redo()
    qtbot.waitUntil(lambda: texts(window) == expected)
    assert window.files.save_to(str(path))
    assert [p.text for p in read_document(path).paragraphs] == expected


def test_a_longer_number_shrinks_and_comes_back(qtbot, window, tmp_path):
    path = open_copy(window, tmp_path)
    delete_block(window, 11)  # "10.\tJump…": the list of 10, 11, 12, 13 starts at 10 again
    expected = [*AS_READ[:11], "10.\tNow 11", "Normal text here", "11.\tCarrying on @ 12",
                "12.\tCarrying on @ 13", "All done!"]  # fmt: skip
    qtbot.waitUntil(lambda: texts(window) == expected)
    window.editor.undo()
    qtbot.waitUntil(lambda: texts(window) == AS_READ)
    assert [p.auto_number_len for p in window.live.document.paragraphs][11:16] == [4, 4, 0, 4, 4]
    window.editor.redo()
    qtbot.waitUntil(lambda: texts(window) == expected)
    assert window.files.save_to(str(path))
    assert [p.text for p in read_document(path).paragraphs] == expected


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
