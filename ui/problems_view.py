"""Bottom dock: the problems table (severity, rule, message, 行:列) with filters and quick fixes.

Ignoring works as in WPS 校对: 忽略 (this finding), 全部忽略 (this text everywhere, this rule),
对本文档关闭此规则. The panel edits the document's :class:`app.ignores.IgnoreList` (reached through
``document_getter``), keeps the lists it replaced for 撤销忽略, and emits ``ignoresChanged`` so the
window re-analyses and stores the list. Ignored findings are hidden unless 显示已忽略 is ticked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.findings import Finding, Severity
from app.ignores import IgnoreList
from app.incremental import FindingKey
from ui.icons import severity_icon
from ui.problems_model import FINDING_ROLE, ProblemsFilter, ProblemsModel
from ui.problems_table import ProblemsTable
from ui.rule_labels import family_label, rule_label


class ProblemsPanel(QWidget):
    """Table plus a filter row. ``findingActivated`` on click, ``fixRequested`` for a quick fix."""

    findingActivated = Signal(object)
    fixRequested = Signal(object)
    ignoresChanged = Signal()  # the document's ignore list changed: re-analyse, store it

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document_getter = None  # () -> app.model.Document | None, set by the window
        self._ignore_undo: list[IgnoreList] = []
        self._families: list[str] | None = None
        self.model = ProblemsModel(self)
        self.proxy = ProblemsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = ProblemsTable(self)
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
        self.fix_button.setEnabled(False)  # until a problem with a fix is selected
        self.fix_all_button = QPushButton(self.tr("Fix All Numbering"), self)
        self.show_ignored_box = QCheckBox(self.tr("Show Ignored"), self)
        self.show_ignored_box.toggled.connect(self.proxy.set_show_ignored)
        self.undo_ignore_button = QPushButton(self.tr("Undo Ignore"), self)
        self.undo_ignore_button.setVisible(False)  # shown once there is an ignore to undo
        self.undo_ignore_button.clicked.connect(self.undo_ignore)
        self.summary = QLabel(self)
        self._counts = (0, 0)  # (problems shown, problems including the ignored ones)
        self._elsewhere = 0  # problems the side-parts dock lists

        row = QHBoxLayout()
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(QLabel(self.tr("Show:"), self))
        row.addWidget(self.severity_box)
        row.addWidget(self.rule_box)
        row.addWidget(self.show_ignored_box)
        row.addStretch(1)
        row.addWidget(self.summary)
        row.addWidget(self.undo_ignore_button)
        row.addWidget(self.fix_button)
        row.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.view.selectionModel().currentChanged.connect(self._update_fix_button)
        for signal in (self.proxy.modelReset, self.proxy.rowsRemoved, self.proxy.layoutChanged):
            signal.connect(self._update_fix_button)

    def _update_fix_button(self, *_args) -> None:
        """快速修复 is clickable when the selected problem has a fix (else it did nothing)."""
        f = self.current_finding()
        self.fix_button.setEnabled(f is not None and f.fix is not None)

    def set_elsewhere(self, count: int) -> None:
        """Say how many problems the side-parts dock lists (headers, footers, notes, text
        boxes): they are not rows here, and a reviewer reading only this count would think the
        report clean where its 版记's text box still holds an XXXX."""
        self._elsewhere = count
        self._show_summary()

    def _show_summary(self) -> None:
        shown, total = self._counts
        summary = self.tr("%n problem(s)", "", shown)
        if shown != total:
            summary += self.tr(" (%n ignored)", "", total - shown)
        if self._elsewhere:
            summary += self.tr(" (+%n in headers, footers and notes)", "", self._elsewhere)
        self.summary.setText(summary + "  ")

    def set_findings(self, findings: list[Finding],
                     keys: Sequence[FindingKey] | None = None) -> None:
        scroll = self.view.verticalScrollBar().value()
        current = self.current_finding()
        reset = self.model.set_findings(findings, keys)
        families = sorted({f.rule.split("/")[0] for f in findings} | {f.rule for f in findings})
        if families != self._families:  # the rule filter's choices changed
            self._families = families
            chosen = self.rule_box.currentData()
            self.rule_box.blockSignals(True)
            self.rule_box.clear()
            self.rule_box.addItem(self.tr("All rules"), "")
            for name in families:
                self.rule_box.addItem(rule_label(name) if "/" in name else family_label(name),
                                      name)
            k = self.rule_box.findData(chosen)
            self.rule_box.setCurrentIndex(max(k, 0))
            self.rule_box.blockSignals(False)
            self.proxy.set_filter(self.proxy.severity, self.rule_box.currentData() or "")
        self._counts = (sum(1 for f in findings if not f.ignored), len(findings))
        self._show_summary()
        if self.model.lines_moved:  # shown line numbers moved (see ProblemsModel): drawn
            # again with the layout rows inserted or removed ask for (one paint for both), which
            # also fits the 行:列 column to the new numbers
            self.view.scheduleDelayedItemsLayout()
        if reset:  # rows updated in place keep their selection and scroll by themselves
            self.view.verticalScrollBar().setValue(scroll)
            if current is not None:
                self._reselect(current)
        self._update_fix_button()

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

    # ---- ignoring (WPS 校对: 忽略 / 全部忽略 / 关闭此规则) ---------------------------------

    def _document(self):
        return self.document_getter() if self.document_getter is not None else None

    def _paragraph_text(self, doc, f: Finding) -> str | None:
        """The finding's paragraph as it is now (found by id: edits may have moved it)."""
        paras = doc.paragraphs
        if 0 <= f.index < len(paras) and (f.paragraph_id is None
                                          or paras[f.index].id == f.paragraph_id):
            return paras[f.index].text
        return next((p.text for p in paras if p.id == f.paragraph_id), None)

    def ignore_actions(self, f: Finding) -> list[tuple[str, object]]:
        """(label, callback) entries for a finding's context menu."""
        if self._document() is None:
            return []
        if f.ignored:
            return [(self.tr("Stop Ignoring"), lambda: self.change_ignores(f, "forget"))]
        return [(self.tr("Ignore"), lambda: self.change_ignores(f, "one")),
                (self.tr("Ignore All"), lambda: self.change_ignores(f, "all")),
                (self.tr("Turn Off This Rule for This Document"),
                 lambda: self.change_ignores(f, "rule"))]

    def change_ignores(self, f: Finding, how: str) -> bool:
        """Apply one ignore action ("one", "all", "rule", "forget") to the document's list."""
        doc = self._document()
        text = self._paragraph_text(doc, f) if doc is not None else None
        if doc is None or text is None:
            return False
        previous = doc.ignores.copy()
        if how == "one":
            doc.ignores.ignore(f, text)
        elif how == "all":
            doc.ignores.ignore_everywhere(f, text)
        elif how == "rule":
            doc.ignores.turn_off(f.rule)
        elif not doc.ignores.forget(f, text):
            return False
        self._ignore_undo.append(previous)
        self.undo_ignore_button.setVisible(True)
        self.ignoresChanged.emit()
        return True

    def undo_ignore(self) -> bool:
        """Put back the ignore list as it was before the last ignore action (撤销忽略)."""
        doc = self._document()
        if doc is None or not self._ignore_undo:
            return False
        doc.ignores = self._ignore_undo.pop()
        self.undo_ignore_button.setVisible(bool(self._ignore_undo))
        self.ignoresChanged.emit()
        return True

    def reset_ignore_undo(self) -> None:
        """Another document is shown: its ignore history starts empty."""
        self._ignore_undo.clear()
        self.undo_ignore_button.setVisible(False)
