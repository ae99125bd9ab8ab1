"""The side-parts dock: headers, footers, footnotes, endnotes and text boxes of the open report.

These parts live outside the body (:attr:`app.model.Document.side_parts`); the dock lists each one
with its text so that what the file holds is visible (a 公文's 发文机关标志 often sits in a text
box, its 版记 in a footer). Read-only here: they are saved as they were. Clicking an inline
placeholder in the editor selects the matching entry (same label, else same text).

Their text is checked too (:mod:`app.side_checks`: 错别字, 规范提法, placeholders …): each
problem is a row under its part, the part opened, and the dock's title counts them. The check
waits for the window's lexicon preload (as the live analysis's second stage does) so that
opening a report never stalls on it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem, QWidget

from app.findings import Finding
from app.model import InlineObject, SidePart
from ui.icons import severity_icon

PREVIEW_CHARS = 60
WAIT_LEXICON_MS = 50  # how often the check looks whether the lexicon's preload is done


class SidePartsDock(QDockWidget):
    findingsCounted = Signal(int)  # how many problems the parts hold (0 while unchecked)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Headers, Footers and Notes"), parent)
        self.setObjectName("sidePartsDock")
        self.list = QTreeWidget(self)
        self.list.setObjectName("sidePartsList")
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Part"), self.tr("Text")])
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.setWidget(self.list)
        self.parts: list[SidePart] = []
        self.findings: list[Finding] = []
        self._check: Callable[[], list[Finding]] | None = None  # pending: runs when ready
        self._source: Callable[[], list[Finding]] | None = None  # what recheck() runs again
        self._wait = QTimer(self)
        self._wait.setInterval(WAIT_LEXICON_MS)
        self._wait.timeout.connect(self._check_when_ready)
        self._title = self.windowTitle()
        self.raise_on_findings = False  # the window sets it when the report has no comments

    def set_parts(self, parts: list[SidePart],
                  check: Callable[[], list[Finding]] | None = None) -> None:
        """Show ``parts``; ``check`` gives their findings (run once the lexicon is loaded)."""
        self.parts = list(parts)
        self.findings = []
        self.findingsCounted.emit(0)
        self.setWindowTitle(self._title)
        self.list.setRootIsDecorated(False)
        self.list.clear()
        for part in self.parts:
            text = "\n".join(part.paragraphs).strip()
            shown = " ".join(text.split())
            if len(shown) > PREVIEW_CHARS:
                shown = shown[:PREVIEW_CHARS] + "…"
            item = QTreeWidgetItem([part.label, shown or self.tr("(empty)")])
            item.setToolTip(1, text)
            self.list.addTopLevelItem(item)
        if not self.parts:
            item = QTreeWidgetItem(
                ["", self.tr("This report has no headers, footers, notes or text boxes.")]
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        self._source = check
        self._check = check if self.parts else None
        if self._check is not None:
            self._wait.start()
        else:
            self._wait.stop()

    def recheck(self) -> None:
        """List the parts again and check them anew (the rules in force changed)."""
        if self.parts and self._source is not None:
            self.set_parts(self.parts, self._source)

    def _check_when_ready(self) -> None:
        from ui.live import lexicon_loading

        if lexicon_loading() or self._check is None:
            return
        self._wait.stop()
        check, self._check = self._check, None
        self.show_findings(check())

    def show_findings(self, findings: list[Finding]) -> None:
        """One row per finding under its part (matched by label), those parts opened."""
        self.findings = list(findings)
        labels = {part.label: k for k, part in enumerate(self.parts)}
        for f in self.findings:
            item = self.list.topLevelItem(labels.get(f.part or "", -1))
            if item is None:
                continue
            row = QTreeWidgetItem([f"{f.line}:{f.column}", f.message])  # 行:列 in the part
            row.setIcon(0, severity_icon(f.severity))
            row.setToolTip(1, f"{f.message}\n{f.rule}")
            item.addChild(row)
            item.setExpanded(True)
        self.findingsCounted.emit(len(self.findings))
        if self.findings:
            self.list.setRootIsDecorated(True)
            self.setWindowTitle(f"{self._title} ({len(self.findings)})")
            self.list.resizeColumnToContents(0)
            if self.raise_on_findings:
                self.raise_()  # over the comments tab, which has nothing to show

    def select_object(self, obj: InlineObject) -> bool:
        """Select the entry of the object a placeholder stands for; True when one matched."""
        text = obj.text.strip()
        matches = [k for k, part in enumerate(self.parts) if obj.label and part.label == obj.label]
        matches += [
            k for k, part in enumerate(self.parts)
            if text and "\n".join(part.paragraphs).strip() == text
        ]  # fmt: skip
        if not matches:
            return False
        self.show()
        self.raise_()
        item = self.list.topLevelItem(matches[0])
        if item is None:
            return False
        self.list.setCurrentItem(item)
        self.list.scrollToItem(item)
        return True
