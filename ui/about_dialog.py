"""Help → About: version, what the program is, and the licences of the bundled components."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app import __version__
from ui.icons import app_icon

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


def etree_version() -> str:
    try:
        from lxml import etree
    except ImportError:  # pragma: no cover
        return ""
    return ".".join(str(n) for n in etree.LXML_VERSION[:3])


def components() -> list[tuple[str, str, str]]:
    """(component, version, licence) of what the program is built on and ships with."""
    rows = [
        ("Qt", qVersion(), "LGPLv3"),
        ("PySide6", pyside_version, "LGPLv3"),
        ("python-docx", _version("python-docx"), "MIT"),  # (the bundle leaves it out)
        ("lxml", _version("lxml") or etree_version(), "BSD-3-Clause"),
        ("Python", platform.python_version(), "PSF-2.0"),
    ]
    rows = [r for r in rows if r[1] or r[0] != "python-docx"]
    if any(FONTS.glob("Noto*CJK*")):  # shipped with the program (not the system's fonts)
        rows.append(("Noto CJK", "", "SIL OFL 1.1"))
    return rows


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About ReportDesk"))
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        name = self.tr("ReportDesk")
        title = QLabel(f"<h2>{name}</h2>", self)
        version = QLabel(self.tr("Version %1").replace("%1", __version__), self)
        version.setObjectName("versionLabel")
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(
            self.tr(
                "Drafting and review of Chinese official reports: heading numbering, counts, "
                "placeholders, punctuation; Word and PDF in the GB/T 9704 layout."
            ),
            self,
        )
        blurb.setWordWrap(True)
        head = QVBoxLayout()
        for w in (title, version, blurb):
            head.addWidget(w)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(head, 1)
        self.table = QTreeWidget(self)
        self.table.setObjectName("componentsTable")
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        for row in components():
            self.table.addTopLevelItem(QTreeWidgetItem(list(row)))
        for col in range(3):
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, self.table.columnWidth(col) + 24)
        note = QLabel(
            self.tr(
                "Qt and PySide6 are used under the GNU LGPL version 3; you may replace them with "
                "your own build. The program itself is MIT-licensed."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(QLabel(self.tr("Built with:"), self))
        lay.addWidget(self.table)
        lay.addWidget(note)
        lay.addWidget(buttons)
        self.resize(540, 380)
