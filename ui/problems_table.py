"""The problems table (ui.problems_view's panel shows it): its severity and 行:列 columns are
sized to their contents from the findings, not from the rows near the top."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from app.findings import Severity


class ProblemsTable(QTableView):
    """The problems table; its severity and 行:列 columns are sized to their contents from
    the findings (:meth:`sizeHintForColumn`)."""

    def sizeHintForColumn(self, column: int) -> int:
        """The width of the widest shown cell of ``column``, asked of the delegate as Qt does,
        but for one row per severity (column 0) or for the rows with the longest 行:列 text
        (column 3) instead of every row near the top.

        Why: the two columns are sized to their contents, and the table lays itself out again
        after every live run that inserts or changes rows; Qt's own hint asked the delegate
        for up to ``resizeContentsPrecision`` (100) rows a column, each cell through the proxy
        into Python for ~9 roles: ~64 M instructions after a typed heading on corpus x3, more
        than the outline and problems updates together (callgrind). A severity cell shows
        only its severity's name and icon; a 行:列 cell only digits and a colon, whose width
        in an interface font goes with the number of characters (the widest few by length
        are asked). So the widths are those of every shown row, not of the rows near the
        top only (a report's later lines have longer numbers)."""
        proxy = self.model()
        accepts = getattr(proxy, "accepts", None)  # (ui.problems_model.ProblemsFilter's)
        if column not in (0, 3) or accepts is None or not isinstance(proxy,
                                                                      QSortFilterProxyModel):
            return super().sizeHintForColumn(column)
        source: Any = proxy.sourceModel()  # ui.problems_model.ProblemsModel
        rows: list[int] = []
        if column == 0:
            seen: set[Severity] = set()
            for row, f in enumerate(source.findings):
                if f.severity not in seen and accepts(f):
                    seen.add(f.severity)
                    rows.append(row)
                    if len(seen) == len(Severity):
                        break
        else:
            longest = 0
            for row, f in enumerate(source.findings):
                n = len(str(f.line)) + len(str(f.column))
                if n >= longest and accepts(f):
                    if n > longest:
                        longest, rows = n, []
                    rows.append(row)
            rows = rows[:8]
        if not rows:
            return super().sizeHintForColumn(column)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        hint = 0
        for row in rows:
            index = proxy.mapFromSource(source.index(row, column))
            if index.isValid():
                hint = max(hint, self.itemDelegateForIndex(index).sizeHint(option, index).width())
        return hint + 1 if self.showGrid() else hint
