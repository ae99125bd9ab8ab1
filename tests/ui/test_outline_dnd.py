"""Dragging sections in the outline: the text moves, both groups are renumbered, one undo step.

Real mouse drags cannot run offscreen (QDrag.exec blocks), so the drop goes through the model's
drag and drop API exactly as QAbstractItemView.dropEvent calls it: mimeData of the dragged
index, then dropMimeData with the row and parent under the drop indicator.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from tests.ui.helpers import index_starting, outline_item, texts

MOVE = Qt.DropAction.MoveAction


def drop(window, dragged: str, row: int, parent: str | None) -> None:
    """Drop the heading labelled ``dragged`` at ``row`` of ``parent`` (-1: onto ``parent``)."""
    model = window.outline.model_
    data = model.mimeData([outline_item(window, dragged)])
    target = outline_item(window, parent) if parent else QModelIndex()
    assert model.canDropMimeData(data, MOVE, row, 0, target)
    model.dropMimeData(data, MOVE, row, 0, target)


def test_outline_accepts_internal_moves(sample_window):
    view = sample_window.outline
    assert view.dragDropMode() == view.DragDropMode.InternalMove
    assert view.dragEnabled()
    assert view.model_.mimeTypes() == ["application/x-reportdesk-heading"]


def test_drag_subsection_before_its_sibling_renumbers_in_one_undo_step(sample_window):
    w = sample_window
    original = texts(w)
    first = index_starting(w, "（一）坚持党组核心作用")
    second = index_starting(w, "（二）坚持党组引领作用")
    assert second == first + 1 == 19  # line 20 of the sample
    drop(w, "（二）坚持党组引领作用", 0, "一、")
    new = texts(w)
    assert new[first] == "（一）" + original[second][3:]
    assert new[second] == "（二）" + original[first][3:]
    assert new[:first] == original[:first] and new[second + 1 :] == original[second + 1 :]
    assert w.outline.currentIndex().data().startswith("（一）坚持党组引领作用")
    assert w.editor.textCursor().block().blockNumber() == first
    w.act_undo.trigger()
    assert texts(w) == original


def test_drop_below_the_next_sibling_counts_rows_without_the_dragged_one(sample_window):
    w = sample_window
    original = texts(w)
    first = index_starting(w, "（一）坚持党组核心作用")
    drop(w, "（一）坚持党组核心作用", 2, "一、")  # below （二）: Qt's row counts the dragged row
    assert texts(w)[first + 1] == "（二）" + original[first][3:]
    assert w.outline.currentIndex().data().startswith("（二）坚持党组核心作用")


def test_drag_top_level_section_onto_another_changes_its_level(sample_window):
    w = sample_window
    original = texts(w)
    two = index_starting(w, "二、")
    drop(w, "二、坚持政治引领意识", -1, "一、")  # onto 一、: its last child
    new = texts(w)
    assert new[two] == "（三）" + original[two][2:]
    assert new[two + 1].startswith("1.坚持政治建党理念不动摇")
    assert new[two + 2].startswith("2.坚持丰富党建活动为依托")
    labels = w.outline.top_level_labels()
    assert [label[:2] for label in labels] == ["一、", "二、", "三、"]  # left group renumbered
    assert w.outline.currentIndex().data().startswith("（三）坚持政治引领意识")
    root = w.outline.model_.invisibleRootItem()
    assert root.child(0).rowCount() == 3
    w.act_undo.trigger()
    assert texts(w) == original


def test_drop_into_its_own_section_is_refused(sample_window):
    w = sample_window
    original = texts(w)
    model = w.outline.model_
    data = model.mimeData([outline_item(w, "一、")])
    inside = outline_item(w, "（一）坚持党组核心作用")
    assert not model.canDropMimeData(data, MOVE, -1, 0, inside)
    assert not model.canDropMimeData(data, MOVE, 0, 0, outline_item(w, "一、"))
    assert not model.dropMimeData(data, MOVE, -1, 0, inside)
    assert texts(w) == original
    assert not w.editor.document().isUndoAvailable()


def test_drop_the_engine_refuses_changes_nothing(sample_window):
    w = sample_window
    original = texts(w)
    drop(w, "一、", 0, None)  # already first
    assert texts(w) == original
    assert not w.editor.document().isUndoAvailable()
    assert not w.headings.drop_section(10**9, -1, 0)  # unknown paragraph id
