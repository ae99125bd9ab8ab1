"""Bottom dock: the problems table (severity, rule, message, 行:列) with filters and quick fixes."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.findings import Finding, Severity
from ui.icons import severity_icon
from ui.rule_labels import family_label, fix_label, rule_label

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class ProblemsModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

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

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f = self.findings[index.row()]
        col = index.column()
        if role == FINDING_ROLE:
            return f
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.severity_name(f.severity)
            if col == 1:
                return rule_label(f.rule)  # 序号重复 in Chinese, the id in English
            if col == 2:
                return f.message + ("  ⚡" if f.fix else "")
            return f"{f.line}:{f.column}"
        if role == SORT_ROLE:
            return [f.severity.rank, f.rule, f.message, f.index * 100000 + f.start][col]
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return severity_icon(f.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f.message
            if f.norm:
                tip += "\n" + self.tr("Basis: %1").replace("%1", f.norm)
            if f.fix:
                tip += "\n" + self.tr("Quick fix: %1").replace("%1", fix_label(f.fix.description))
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProblemsFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.severity: Severity | None = None
        self.rule_prefix: str = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, severity: Severity | None, rule_prefix: str) -> None:
        self.beginFilterChange()
        self.severity = severity
        self.rule_prefix = rule_prefix
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row, parent) -> bool:
        f = self.sourceModel().findings[row]
        if self.severity is not None and f.severity is not self.severity:
            return False
        return not self.rule_prefix or f.rule.startswith(self.rule_prefix)


class ProblemsPanel(QWidget):
    """Table plus a filter row. ``findingActivated`` on click, ``fixRequested`` for a quick fix."""

    findingActivated = Signal(object)
    fixRequested = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = ProblemsModel(self)
        self.proxy = ProblemsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("problemsView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 200)
        header.setResizeContentsPrecision(100)  # (all rows: ~0.5 s a layout with 7,000 problems)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_clicked)
        self.view.doubleClicked.connect(self._on_double)

        self.severity_box = QComboBox(self)
        self.severity_box.addItem(self.tr("All severities"), None)
        for sev in Severity:
            self.severity_box.addItem(severity_icon(sev), self.model.severity_name(sev), sev.value)
        self.rule_box = QComboBox(self)
        self.rule_box.setMinimumContentsLength(16)
        self.rule_box.addItem(self.tr("All rules"), "")
        self.severity_box.currentIndexChanged.connect(self._refilter)
        self.rule_box.currentIndexChanged.connect(self._refilter)
        self.fix_button = QPushButton(self.tr("Quick Fix"), self)
        self.fix_button.clicked.connect(self._fix_current)
        self.fix_all_button = QPushButton(self.tr("Fix All Numbering"), self)
        self.summary = QLabel(self)

        row = QHBoxLayout()
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(QLabel(self.tr("Show:"), self))
        row.addWidget(self.severity_box)
        row.addWidget(self.rule_box)
        row.addStretch(1)
        row.addWidget(self.summary)
        row.addWidget(self.fix_button)
        row.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(self.view)

    def set_findings(self, findings: list[Finding]) -> None:
        scroll = self.view.verticalScrollBar().value()
        current = self.current_finding()
        self.model.set_findings(findings)
        families = sorted({f.rule.split("/")[0] for f in findings} | {f.rule for f in findings})
        chosen = self.rule_box.currentData()
        self.rule_box.blockSignals(True)
        self.rule_box.clear()
        self.rule_box.addItem(self.tr("All rules"), "")
        for name in families:
            self.rule_box.addItem(rule_label(name) if "/" in name else family_label(name), name)
        k = self.rule_box.findData(chosen)
        self.rule_box.setCurrentIndex(max(k, 0))
        self.rule_box.blockSignals(False)
        self.proxy.set_filter(self.proxy.severity, self.rule_box.currentData() or "")
        self.summary.setText(self.tr("%n problem(s)", "", len(findings)) + "  ")
        self.view.verticalScrollBar().setValue(scroll)
        if current is not None:
            self._reselect(current)

    def _reselect(self, old: Finding) -> None:
        for row in range(self.proxy.rowCount()):
            f = self.proxy.index(row, 0).data(FINDING_ROLE)
            if f.rule == old.rule and f.paragraph_id == old.paragraph_id and f.start == old.start:
                self.view.selectionModel().blockSignals(True)
                self.view.selectRow(row)
                self.view.selectionModel().blockSignals(False)
                return

    def _refilter(self) -> None:
        value = self.severity_box.currentData()
        self.proxy.set_filter(Severity(value) if value else None, self.rule_box.currentData() or "")

    def current_finding(self) -> Finding | None:
        idx = self.view.currentIndex()
        return idx.data(FINDING_ROLE) if idx.isValid() else None

    def row_of(self, predicate) -> int | None:
        for row in range(self.proxy.rowCount()):
            if predicate(self.proxy.index(row, 0).data(FINDING_ROLE)):
                return row
        return None

    def _on_clicked(self, index) -> None:
        f = index.data(FINDING_ROLE)
        if f is not None:
            self.findingActivated.emit(f)

    def _on_double(self, index) -> None:
        f = index.data(FINDING_ROLE)
        if f is not None and f.fix is not None:
            self.fixRequested.emit(f)

    def _fix_current(self) -> None:
        f = self.current_finding()
        if f is not None and f.fix is not None:
            self.fixRequested.emit(f)
