"""Left dock: the outline tree (marker + title per heading), with move and level commands.

Sections are dragged within the tree: the model never moves its own rows; a drop is reported as
``sectionDropped`` and the window moves the text, after which the tree follows the new analysis.
Each analysis updates only the rows that changed (a typed title, a new or removed heading), so
typing keeps the tree, its scroll position and its expansion as they are.
"""

from __future__ import annotations

import bisect
from itertools import compress, filterfalse
from operator import itemgetter, ne

from PySide6.QtCore import QByteArray, QItemSelectionModel, QMimeData, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView

from app.findings import Severity
from ui.icons import blank_icon, severity_icon

ID_ROLE = Qt.ItemDataRole.UserRole + 2  # paragraph id (stable across edits)
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 3  # worst severity shown on the row's icon
MIME_TYPE = "application/x-reportdesk-heading"  # the dragged heading's paragraph id
_RANK = {s: s.rank for s in Severity}
_FIRST, _SECOND = itemgetter(0), itemgetter(1)  # a row's paragraph id, its parent's


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
        self._shown: dict[int, tuple] = {}  # paragraph id → row as shown, in tree order
        self._by_id: dict[int, QStandardItem] = {}
        self._index_by_id: dict[int, int] = {}  # paragraph id → index at the last analysis
        self.rows_touched = 0  # rows written since the window opened (tests count them)
        self.rebuilds = 0  # whole-tree rebuilds (opening a document, moving a section)
        self._items: dict[int, QStandardItem] = {}  # paragraph index → item
        self._starts: list[int] = []
        self._item_list: list[QStandardItem] = []  # in tree order
        self._indexes: list[int] = []  # paragraph index of each item in tree order
        # a report without headings: say what would show here rather than an empty pane
        self.empty = QLabel(
            self.tr("No headings. Headings numbered 一、 （一） 1. （1） are listed here."),
            self.viewport(),
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(16, 16, 16, 16)
        self.empty.setEnabled(False)  # the greyed look of a hint
        self.empty.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        for signal in (self.model_.rowsInserted, self.model_.rowsRemoved, self.model_.modelReset):
            signal.connect(self._show_hint)

    def _show_hint(self, *_args) -> None:
        self.empty.setVisible(self.model_.rowCount() == 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.empty.setGeometry(self.viewport().rect())

    def set_analysis(self, analysis, texts: list[str], ids: list[int]) -> None:
        """Show ``analysis``: only the rows that changed are touched (labels, icons, inserted
        and removed headings); the tree is rebuilt only when headings changed parents or order.
        Scroll position and expansion stay. ``rows_touched`` counts the rows written."""
        # (one pass each, no recursion or property per item: with ~1,500 headings and ~3,500
        # findings on corpus x3 the tree's walk and the worst severities were most of the
        # ~24 M instructions this took after a typed heading; callgrind)
        rank = _RANK
        worst: dict[int, Severity] = {}
        get = worst.get
        for f in analysis.findings:
            seen = get(f.index)
            if seen is None or rank[f.severity] < rank[seen]:
                worst[f.index] = f.severity

        # ``analysis.headings`` is the tree's depth-first order (every heading in document
        # order, children after their parent): one comprehension, no walk of the tree
        headings = analysis.headings
        indexes = [h.index for h in headings]
        rows = [(ids[h.index], ids[h.parent.index] if h.parent is not None else None,
                 heading_label(texts[h.index], h), get(h.index)) for h in headings]
        self._starts = sorted(indexes)
        # A row's paragraph index is looked up by its id when needed (a paragraph inserted
        # above moves every index below: those rows are not rewritten for it).
        row_ids = list(map(_FIRST, rows))
        self._index_by_id = dict(zip(row_ids, indexes, strict=True))
        if not self._update_rows(rows):
            self._rebuild(rows)
        self._item_list = list(map(self._by_id.__getitem__, row_ids))
        self._indexes = indexes
        self._items = dict(zip(indexes, self._item_list, strict=True))

    def _write(self, item: QStandardItem, row: tuple) -> None:
        pid, _parent, label, sev = row
        if item.text() != label:
            item.setText(label)
            item.setToolTip(label)
        if item.data(SEVERITY_ROLE) != (sev.value if sev else None):
            item.setData(sev.value if sev else None, SEVERITY_ROLE)
            item.setIcon(severity_icon(sev) if sev is not None else blank_icon())
        self._shown[pid] = row
        self.rows_touched += 1

    def _new_item(self, row: tuple) -> QStandardItem:
        item = QStandardItem()
        item.setData(row[0], ID_ROLE)
        self._by_id[row[0]] = item
        self._write(item, row)
        return item

    def _update_rows(self, rows: list[tuple]) -> bool:
        """Apply the difference to the shown tree: rows inserted, removed, relabelled, or moved
        under another parent (a new heading adopts the items after it); False when surviving
        rows changed order (a section moved: the caller rebuilds)."""
        shown = self._shown
        if not shown:
            return False
        # (the walks over every row made in C: ~1,500 rows on corpus x3, a few of them changed)
        row_ids = list(map(_FIRST, rows))
        new_ids = set(row_ids)
        kept = list(compress(rows, map(shown.__contains__, row_ids)))
        if list(map(_FIRST, kept)) != list(filter(new_ids.__contains__, shown)):
            return False
        root = self.model_.invisibleRootItem()
        # Rows that change parent leave their old parent first, with their subtree, so that
        # removing a heading does not take them along.
        limbo: dict[int, QStandardItem] = {}
        for r in compress(kept, map(ne, map(_SECOND, map(shown.__getitem__, map(_FIRST, kept))),
                                    map(_SECOND, kept))):
            item = self._by_id[r[0]]
            (item.parent() or root).takeRow(item.row())
            limbo[r[0]] = item
        gone = list(filterfalse(new_ids.__contains__, shown))
        gone_set = set(gone)
        for pid in gone:
            item = self._by_id.pop(pid)
            parent_id = self._shown.pop(pid)[1]
            if parent_id in gone_set:
                continue  # goes with its parent
            (item.parent() or root).removeRow(item.row())
            self.rows_touched += 1
        by_id = self._by_id
        parents = list(map(_SECOND, rows))
        # only the rows that differ from what is shown (new, moved under another parent,
        # relabelled, another icon); a row inserted goes after the rows before it in the
        # document under the same parent (all in the tree by then: kept, or inserted before)
        for k in compress(range(len(rows)), map(ne, map(shown.get, row_ids), rows)):
            row = rows[k]
            parent_id = row[1]
            found = by_id.get(row[0])
            if found is None or row[0] in limbo:
                parent = by_id[parent_id] if parent_id is not None else root
                item = self._new_item(row) if found is None else limbo[row[0]]
                parent.insertRow(parents[:k].count(parent_id), item)
                if found is not None:
                    self._write(item, row)
                if parent_id is not None:
                    self.expand(parent.index())
                self.expandRecursively(item.index())
            else:
                self._write(found, row)
        self._shown = dict(zip(row_ids, rows, strict=True))  # in tree order
        return True

    def _rebuild(self, rows: list[tuple]) -> None:
        self.rebuilds += 1
        scroll = self.verticalScrollBar().value()
        self.model_.clear()
        self._by_id = {}
        self._shown = {}
        root = self.model_.invisibleRootItem()
        for row in rows:
            parent = self._by_id[row[1]] if row[1] is not None else root
            parent.appendRow(self._new_item(row))
        self._shown = {r[0]: r for r in rows}
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
        value = self.index_of(index)
        if value is not None:
            self.jumpRequested.emit(int(value))

    def current_heading_index(self) -> int | None:
        idx = self.currentIndex()
        return self.index_of(idx)

    def index_of(self, model_index) -> int | None:
        """The paragraph index of the heading at ``model_index`` (as of the last analysis)."""
        pid = model_index.data(ID_ROLE) if model_index.isValid() else None
        return self._index_by_id.get(int(pid)) if pid is not None else None

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
