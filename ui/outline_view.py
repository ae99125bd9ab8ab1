"""Left dock: the outline tree (marker + title per heading), with move and level commands.

Sections are dragged within the tree: the model never moves its own rows; a drop is reported as
``sectionDropped`` and the window moves the text, after which the tree is rebuilt from the new
analysis.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QByteArray, QItemSelectionModel, QMimeData, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from app.findings import Severity
from ui.icons import blank_icon, severity_icon

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1  # paragraph index at the last analysis
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # paragraph id (stable across edits)
MIME_TYPE = "application/x-reportdesk-heading"  # the dragged heading's paragraph id


def dragged_id(data: QMimeData) -> int | None:
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        return int(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
    except ValueError:
        return None


def heading_label(text: str, heading) -> str:
    marker = text[heading.marker.start : heading.marker.end]
    title = heading.title.strip()
    title = title.removeprefix(marker)
    return f"{marker}{title}" if title else marker


class OutlineModel(QStandardItemModel):
    """Drags carry the heading's paragraph id; a drop calls the view's ``drop_section(id, parent
    item, row)`` (row -1: onto the parent, as its last child) instead of moving rows."""

    def __init__(self, view: OutlineView) -> None:
        super().__init__(view)
        self._view = view

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = [i.data(ID_ROLE) for i in indexes if i.isValid() and i.data(ID_ROLE) is not None]
        if ids:
            data.setData(MIME_TYPE, QByteArray(str(int(ids[0])).encode("ascii")))
        return data

    def _target(self, data, parent):
        """(dragged id, parent item) when the drop can be offered, else None."""
        source = dragged_id(data)
        if source is None:
            return None
        item = self.itemFromIndex(parent) if parent.isValid() else None
        walk = item
        while walk is not None:  # not into the dragged section itself
            if walk.data(ID_ROLE) == source:
                return None
            walk = walk.parent()
        return source, item

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self._target(data, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        target = self._target(data, parent)
        if target is not None:
            self._view.drop_section(target[0], target[1], row)
        return False  # the rows are rebuilt from the text, never moved by Qt


class OutlineView(QTreeView):
    """Shows ``analysis.outline``; emits ``jumpRequested(index)`` when the user picks a heading."""

    jumpRequested = Signal(int)
    # (dragged heading id, new parent heading id or -1 for the top level, position among the
    # new siblings counted without the dragged one)
    sectionDropped = Signal(int, int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("outlineView")
        self.model_ = OutlineModel(self)
        self.setModel(self.model_)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.clicked.connect(self._on_clicked)
        self.activated.connect(self._on_clicked)
        self._signature: tuple = ()
        self._items: dict[int, QStandardItem] = {}  # paragraph index → item
        self._starts: list[int] = []
        self._item_list: list[QStandardItem] = []  # in tree order
        self._indexes: list[int] = []  # paragraph index of each item in tree order

    def set_analysis(self, analysis, texts: list[str], ids: list[int]) -> None:
        """Rebuild when the tree's shape or labels changed; keep scroll and expansion otherwise."""
        worst: dict[int, Severity] = {}
        for f in analysis.findings:
            if f.severity.rank < worst.get(f.index, Severity.INFO).rank or f.index not in worst:
                worst[f.index] = f.severity

        rows = []

        def walk(nodes, depth):
            for h in nodes:
                rows.append((depth, h.index, heading_label(texts[h.index], h), worst.get(h.index)))
                walk(h.children, depth + 1)

        walk(analysis.outline, 0)
        signature = tuple((d, label, sev) for d, _i, label, sev in rows)
        self._starts = sorted(i for _d, i, _l, _s in rows)
        if signature == self._signature:
            indexes = [i for _d, i, _l, _s in rows]
            if indexes != self._indexes:  # same tree, paragraphs shifted: update the links
                for index, item in zip(indexes, self._item_list, strict=True):
                    item.setData(index, INDEX_ROLE)
                    item.setData(ids[index], ID_ROLE)
                self._items = dict(zip(indexes, self._item_list, strict=True))
                self._indexes = indexes
            return
        self._signature = signature
        scroll = self.verticalScrollBar().value()
        self.model_.clear()
        self._items = {}
        self._item_list = []
        parents = [self.model_.invisibleRootItem()]
        for depth, index, label, sev in rows:
            item = QStandardItem(label)
            item.setData(index, INDEX_ROLE)
            item.setData(ids[index], ID_ROLE)
            item.setToolTip(label)
            item.setIcon(severity_icon(sev) if sev is not None else blank_icon())
            del parents[depth + 1 :]
            parents[-1].appendRow(item)
            parents.append(item)
            self._items[index] = item
            self._item_list.append(item)
        self._indexes = [i for _d, i, _l, _s in rows]
        self.expandAll()
        self.verticalScrollBar().setValue(scroll)

    def drop_section(self, source_id: int, parent: QStandardItem | None, row: int) -> None:
        """Turn a drop position into (parent, position without the dragged item) and report it."""
        group = parent if parent is not None else self.model_.invisibleRootItem()
        rows = [group.child(r).data(ID_ROLE) for r in range(group.rowCount())]
        if row < 0 or row > len(rows):
            row = len(rows)
        position = row - sum(1 for r in rows[:row] if r == source_id)
        parent_id = int(parent.data(ID_ROLE)) if parent is not None else -1
        self.sectionDropped.emit(source_id, parent_id, position)

    def _walk_items(self):
        stack = [self.model_.invisibleRootItem()]
        out = []

        def rec(item):
            for r in range(item.rowCount()):
                child = item.child(r)
                out.append(child)
                rec(child)

        rec(stack[0])
        return out

    def top_level_labels(self) -> list[str]:
        root = self.model_.invisibleRootItem()
        return [root.child(r).text() for r in range(root.rowCount())]

    def _on_clicked(self, index) -> None:
        value = index.data(INDEX_ROLE)
        if value is not None:
            self.jumpRequested.emit(int(value))

    def current_heading_index(self) -> int | None:
        idx = self.currentIndex()
        value = idx.data(INDEX_ROLE) if idx.isValid() else None
        return int(value) if value is not None else None

    def follow_cursor(self, paragraph_index: int) -> None:
        """Highlight the section the text cursor is in (without jumping the editor)."""
        k = bisect.bisect_right(self._starts, paragraph_index) - 1
        if k < 0:
            self.clearSelection()
            return
        item = self._items.get(self._starts[k])
        if item is None:
            return
        idx = item.index()
        if idx != self.currentIndex():
            self.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.scrollTo(idx)

    def select_paragraph(self, paragraph_index: int) -> None:
        item = self._items.get(paragraph_index)
        if item is not None:
            self.setCurrentIndex(item.index())
