"""The side-parts dock: headers, footers, footnotes, endnotes and text boxes of the open report.

These parts live outside the body (:attr:`app.model.Document.side_parts`); the dock lists each one
with its text so that what the file holds is visible (a 公文's 发文机关标志 often sits in a text
box, its 版记 in a footer). Read-only here: they are saved as they were. Clicking an inline
placeholder in the editor selects the matching entry (same label, else same text).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem, QWidget

from app.model import InlineObject, SidePart

PREVIEW_CHARS = 60


class SidePartsDock(QDockWidget):
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

    def set_parts(self, parts: list[SidePart]) -> None:
        self.parts = list(parts)
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
