"""Left dock: the outline tree (marker + title per heading), with move and level commands."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from app.findings import Severity
from ui.icons import blank_icon, severity_icon

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1  # paragraph index at the last analysis
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # paragraph id (stable across edits)


def heading_label(text: str, heading) -> str:
    marker = text[heading.marker.start : heading.marker.end]
    title = heading.title.strip()
    title = title.removeprefix(marker)
    return f"{marker}{title}" if title else marker


class OutlineView(QTreeView):
    """Shows ``analysis.outline``; emits ``jumpRequested(index)`` when the user picks a heading."""

    jumpRequested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("outlineView")
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
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

    def current_heading_id(self) -> int | None:
        idx = self.currentIndex()
        value = idx.data(ID_ROLE) if idx.isValid() else None
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
