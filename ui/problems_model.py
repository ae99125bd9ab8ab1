"""The problems list's data: a table model over the findings (severity, rule, message, 行:列)
and the filter in front of it (severity, rule family, ignored shown or not), for
:class:`ui.problems_view.ProblemsPanel`.

The model answers Qt's roles from the findings as given, with no copy per row; the filter
sorts the 行:列 column by paragraph and offset, not by the text shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPalette

from app.findings import Finding, Severity
from app.incremental import FindingKey, finding_key
from ui.icons import severity_icon
from ui.rule_labels import fix_label, rule_label

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The proxy's filter role: filterAcceptsRow reads the findings, not a role; an unused role keeps
# a dataChanged for the shown text only (_SHOWN_ROLES) from making the proxy filter again.
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3
_SHOWN_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.ForegroundRole]
_LINE_SPAN = 100000  # SORT_ROLE's line column orders by index * _LINE_SPAN + start
# the roles ProblemsModel.data answers, as plain ints (see data)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FINDING, _SORT = int(FINDING_ROLE), int(SORT_ROLE)
_ANSWERED = frozenset({_DISPLAY, _DECORATION, _TOOLTIP, _FOREGROUND, _ALIGNMENT, _FINDING, _SORT})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ProblemsModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self._keys: list[tuple] = []  # finding_key of each row
        self.rows_touched = 0  # rows written since the panel was made (tests count them)
        self.lines_moved = False  # the last set_findings moved line numbers without a signal

    def set_findings(self, findings: list[Finding],
                     keys: Sequence[FindingKey] | None = None) -> bool:
        """Show ``findings`` (in document order). Rows are removed, inserted and updated by
        difference, so the view keeps its selection and scroll and redraws only what changed;
        a full reset only when surviving rows changed order (a section moved). Returns whether
        it was a reset. ``rows_touched`` counts the rows written. ``keys``: the findings'
        :func:`~app.incremental.finding_key` values when the caller has them (the live
        analysis' delta: not worked out twice for ~3,500 findings a run)."""
        self.lines_moved = False
        new_keys = list(keys) if keys is not None else [finding_key(f) for f in findings]
        new_set = set(new_keys)
        old_keys = self._keys
        kept_old = [k for k in old_keys if k in new_set]
        old_set = set(old_keys)
        if not self.findings or kept_old != [k for k in new_keys if k in old_set]:
            self.beginResetModel()
            self.findings, self._keys = list(findings), new_keys
            self.endResetModel()
            self.rows_touched += len(findings)
            return True
        row = len(old_keys) - 1
        while row >= 0:  # removed rows, in runs, from the bottom up
            if old_keys[row] in new_set:
                row -= 1
                continue
            last = row
            while row >= 0 and old_keys[row] not in new_set:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row + 1, last)
            del self.findings[row + 1:last + 1]
            del old_keys[row + 1:last + 1]
            self.endRemoveRows()
            self.rows_touched += last - row
        # Kept rows take their new finding before any row is inserted: the proxy places an
        # inserted row by comparing it with its neighbours' current line numbers.
        changed: list[int] = []  # rows whose line, fix or ignore state changed
        marked: list[int] = []  # … of them, those whose fix or ignore state changed
        # the proxy must sort and filter again: an ignore state changed, or the line column's
        # sort value does not follow document order (a start past _LINE_SPAN)
        full = any(f.start >= _LINE_SPAN for f in findings)
        old_row = 0
        for k, f in zip(new_keys, findings, strict=True):
            if k not in old_set:
                continue
            old = self.findings[old_row]
            self.findings[old_row] = f
            if old is not f and (old.index, old.fix is None, old.ignored) != (
                    f.index, f.fix is None, f.ignored):
                changed.append(old_row)  # its line number moved, or its fix or ignore state
                if (old.fix is None, old.ignored) != (f.fix is None, f.ignored):
                    marked.append(old_row)
                    full = full or old.ignored != f.ignored
            old_row += 1
        # Rows whose line number only moved (a paragraph inserted or removed above them: often
        # most of the table) keep their order and filter, and nothing reads their data but the
        # view's paint; the signal for them made the proxy map every row of the span, calling
        # into Python for each (~26 M instructions after a typed heading on corpus x3). The
        # panel lays the table out and draws it again instead (``lines_moved``), as the view
        # does for rows inserted or removed.
        self.lines_moved = bool(changed) and not full and len(marked) < len(changed)
        if not full:
            changed = marked
        row = 0
        while row < len(new_keys):  # inserted rows, in runs
            if new_keys[row] in old_set:
                row += 1
                continue
            first = row
            while row < len(new_keys) and new_keys[row] not in old_set:
                row += 1
            self.beginInsertRows(QModelIndex(), first, row - 1)
            self.findings[first:first] = findings[first:row]
            self.endInsertRows()
            self.rows_touched += row - first
        if changed:  # one signal for the span: a paragraph inserted above moves many lines
            rows = [i for i, k in enumerate(new_keys) if k in old_set]  # kept rows, now
            top, bottom = rows[changed[0]], rows[changed[-1]]
            # Lines moved by a paragraph inserted or removed above keep their order (the model
            # resets when kept rows change order), so the proxy need not sort or filter them
            # again: the roles it sorts and filters by are left out of the signal.
            roles = [] if full else _SHOWN_ROLES
            self.dataChanged.emit(self.index(top, 0), self.index(bottom, self.COLUMNS - 1),
                                  roles)
            self.rows_touched += len(changed)
        self._keys = new_keys
        return False

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Severity"), self.tr("Rule"), self.tr("Message"), self.tr("Line:Col")][
                section
            ]
        return None

    def severity_name(self, severity: Severity) -> str:
        return {
            Severity.ERROR: self.tr("Error"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Info"),
        }[severity]

    def data(self, index, role=_DISPLAY):
        """A cell's data. Roles are compared as plain ints, and the roles the table does not
        answer (size hint, font, background, check state: half of the ~8 a cell is asked for
        each time it is painted or measured) return at once: each call comes from Qt into
        Python, and comparing an int with Qt's role enums one by one made a call ~5x dearer."""
        if role not in _ANSWERED or not index.isValid():
            return None
        f = self.findings[index.row()]
        col = index.column()
        if role == _DISPLAY:
            if col == 0:
                return self.severity_name(f.severity)
            if col == 1:
                return rule_label(f.rule)  # 序号重复 in Chinese, the id in English
            if col == 2:
                shown = f.message + ("  ⚡" if f.fix else "")
                return shown + "  " + self.tr("(ignored)") if f.ignored else shown
            return f"{f.line}:{f.column}"
        if role == _FINDING:
            return f
        if role == _FOREGROUND:
            if f.ignored:
                return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return None
        if role == _SORT:
            return [f.severity.rank, f.rule, f.message, f.index * _LINE_SPAN + f.start][col]
        if role == _DECORATION:
            return severity_icon(f.severity) if col == 0 else None
        if role == _TOOLTIP:
            tip = f.message
            if f.norm:
                tip += "\n" + self.tr("Basis: %1").replace("%1", f.norm)
            if f.fix:
                tip += "\n" + self.tr("Quick fix: %1").replace("%1", fix_label(f.fix.description))
            return tip
        return _RIGHT if col == 3 else None  # (_ALIGNMENT)


class ProblemsFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.severity: Severity | None = None
        self.rule_prefix: str = ""
        self.show_ignored = False
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)

    def set_filter(self, severity: Severity | None, rule_prefix: str) -> None:
        self.beginFilterChange()
        self.severity = severity
        self.rule_prefix = rule_prefix
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_ignored(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_ignored = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, left, right) -> bool:
        """The sort role's comparison, read from the findings for the integer columns
        (severity, line): Qt's own ``lessThan`` asks the model for both rows' SORT_ROLE data
        through two calls into Python each time. Rows inserted after a run (a typed heading's
        new problems) are placed by a binary search, ~12 comparisons each: ~300 a run on
        corpus x3, ~40,000 instructions apiece the stock way (callgrind). Same order: the
        values compared are those ``ProblemsModel.data`` gives for SORT_ROLE."""
        column = left.column()
        if column == 3 or column == 0:
            source = self.sourceModel()
            assert isinstance(source, ProblemsModel)  # the only model this filter is given
            a, b = source.findings[left.row()], source.findings[right.row()]
            if column == 3:
                return a.index * _LINE_SPAN + a.start < b.index * _LINE_SPAN + b.start
            return a.severity.rank < b.severity.rank
        return super().lessThan(left, right)

    def filterAcceptsRow(self, row, parent) -> bool:
        source = self.sourceModel()
        assert isinstance(source, ProblemsModel)  # the only model this filter is given
        return self.accepts(source.findings[row])

    def accepts(self, f: Finding) -> bool:
        """Whether the table shows ``f`` under the current filters."""
        if f.ignored and not self.show_ignored:
            return False
        if self.severity is not None and f.severity is not self.severity:
            return False
        return not self.rule_prefix or f.rule.startswith(self.rule_prefix)
