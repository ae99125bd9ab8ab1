"""Edit → Settings…: the reviewer, language, look, autosave, screen fonts, rules, export defaults.

The dialog only reads and writes :mod:`ui.settings`; the window applies the result
(:meth:`ui.desktop.Desktop.apply_settings`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import settings as S
from ui.fonts import Face, resolve
from ui.rule_labels import rule_name

FACES = (Face.TITLE, Face.HEI, Face.KAI, Face.FANGSONG)


class SettingsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._fonts_tab(), self.tr("Editor and Fonts"))
        self.tabs.addTab(self._rules_tab(), self.tr("Checks"))
        self.tabs.addTab(self._export_tab(), self.tr("Word Export"))
        sb = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(sb.Ok | sb.Cancel | sb.RestoreDefaults, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(sb.RestoreDefaults).clicked.connect(lambda: self.load(S.DEFAULTS))
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(buttons)
        self.load({key: S.get(key) for key in S.DEFAULTS})
        self.resize(600, 500)

    # ---- tabs ---------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        self.name_edit = QLineEdit(page)
        self.name_edit.setPlaceholderText(self.tr("Shown on comments and in exported files"))
        self.initials_edit = QLineEdit(page)
        self.initials_edit.setMaxLength(8)
        self.initials_edit.setPlaceholderText(self.tr("Taken from the name when empty"))
        self.language_box = QComboBox(page)
        self.language_box.addItem("中文（简体）", "zh_CN")
        self.language_box.addItem("English", "en")
        self.theme_box = QComboBox(page)
        self.theme_box.addItem(self.tr("Follow the system"), "system")
        self.theme_box.addItem(self.tr("Light"), "light")
        self.theme_box.addItem(self.tr("Dark"), "dark")
        self.dark_page_box = QCheckBox(self.tr("Dark page in dark mode"), page)
        self.dark_page_box.setToolTip(
            self.tr("Off: the page stays paper-coloured, as it prints, on a dark surround")
        )
        self.autosave_spin = QSpinBox(page)
        self.autosave_spin.setRange(S.AUTOSAVE_MIN, S.AUTOSAVE_MAX)
        self.autosave_spin.setSuffix(self.tr(" s"))
        lay = QVBoxLayout(page)
        who = QGroupBox(self.tr("Reviewer"), page)
        form = QFormLayout(who)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Initials:"), self.initials_edit)
        look = QGroupBox(self.tr("Interface"), page)
        form = QFormLayout(look)
        form.addRow(self.tr("Language:"), self.language_box)
        note = QLabel(self.tr("The language changes at the next start."), look)
        note.setEnabled(False)
        form.addRow("", note)
        form.addRow(self.tr("Appearance:"), self.theme_box)
        form.addRow("", self.dark_page_box)
        safety = QGroupBox(self.tr("Unsaved work"), page)
        form = QFormLayout(safety)
        form.addRow(self.tr("Autosave every:"), self.autosave_spin)
        note = QLabel(self.tr("A recovery copy is kept; after a crash it is offered at start."))
        note.setEnabled(False)
        note.setWordWrap(True)
        form.addRow("", note)
        for group in (who, look, safety):
            lay.addWidget(group)
        lay.addStretch(1)
        return page

    def _fonts_tab(self) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        editor = QGroupBox(self.tr("Editor"), page)
        form = QFormLayout(editor)
        self.size_spin = QDoubleSpinBox(page)
        self.size_spin.setRange(S.FONT_SIZE_MIN, S.FONT_SIZE_MAX)
        self.size_spin.setDecimals(1)
        self.size_spin.setSingleStep(1.0)
        self.size_spin.setSuffix(self.tr(" pt"))
        form.addRow(self.tr("Body text size on screen:"), self.size_spin)
        lay.addWidget(editor)
        group = QGroupBox(self.tr("Screen and PDF fonts"), page)
        fonts = QFormLayout(group)
        labels = {
            Face.TITLE: self.tr("Title (小标宋):"),
            Face.HEI: self.tr("Level-1 headings (黑体):"),
            Face.KAI: self.tr("Level-2 headings (楷体):"),
            Face.FANGSONG: self.tr("Body (仿宋):"),
        }
        chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
        self.font_boxes: dict[Face, QComboBox] = {}
        for face in FACES:
            box = QComboBox(group)
            box.setObjectName(f"font_{face.value}")
            box.addItem(self.tr("Automatic (%1)").replace("%1", self._automatic(face)), "")
            for family in chinese:
                box.addItem(family, family)
                box.setItemData(box.count() - 1, QFont(family), Qt.ItemDataRole.FontRole)
            self.font_boxes[face] = box
            fonts.addRow(labels[face], box)
        lay.addWidget(group)
        note = QLabel(
            self.tr(
                "Word files always name the fonts of the reader's machine (仿宋_GB2312, 黑体, "
                "楷体_GB2312, 方正小标宋简体); these choices only change what this screen and "
                "the PDF show."
            ),
            page,
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        lay.addWidget(note)
        lay.addStretch(1)
        return page

    def _automatic(self, face: Face) -> str:
        from ui import fonts

        saved = dict(fonts._overrides)
        fonts.set_overrides({})
        family = resolve(face).family
        fonts.set_overrides({k.value: v for k, v in saved.items()})
        return family

    def family_label(self, family: str) -> str:
        names = {
            "numbering": self.tr("Numbering of headings and lists"),
            "count": self.tr("Stated counts"),
            "placeholder": self.tr("Placeholders left in"),
            "punctuation": self.tr("Punctuation"),
            "consistency": self.tr("Consistent names"),
            "junk": self.tr("Text that is not part of the report"),
            "wording": self.tr("Misused words"),
            "typo": self.tr("Wrong characters (general check)"),
            "confusable": self.tr("Confused words"),
            "particle": self.tr("的, 地 and 得"),
            "repeat": self.tr("Repeated characters and words"),
            "date": self.tr("Dates"),
            "formulation": self.tr("Fixed formulations of party and state documents"),
            "title": self.tr("Document titles and types"),
            "hygiene": self.tr("Number and character hygiene"),
            "grammar": self.tr("Sentence structure"),
        }
        return names.get(family, family)

    def _rules_tab(self) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        label = QLabel(self.tr("Checks run while you type:"), page)
        self.rules_tree = QTreeWidget(page)
        self.rules_tree.setObjectName("rulesTree")
        self.rules_tree.setHeaderLabels([self.tr("Check"), self.tr("Rule")])
        self.rules_tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.family_items: dict[str, QTreeWidgetItem] = {}
        for family, rules in S.rule_families().items():
            item = QTreeWidgetItem([self.family_label(family), family])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            bold = QFont(item.font(0))
            bold.setBold(True)
            item.setFont(0, bold)
            for rule in rules:
                child = QTreeWidgetItem([rule_name(rule.id, rule.name), rule.id])
                child.setToolTip(0, rule.norm)
                item.addChild(child)
            self.rules_tree.addTopLevelItem(item)
            self.family_items[family] = item
        self.rules_tree.expandAll()
        self.rules_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(label)
        lay.addWidget(self.rules_tree)
        return page

    def _export_tab(self) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        lay.addWidget(QLabel(self.tr("Checked by default in File → Export to Word:"), page))
        self.export_comments = QCheckBox(self.tr("Comments"), page)
        self.export_findings = QCheckBox(self.tr("Problems found, as comments"), page)
        self.export_tracked = QCheckBox(self.tr("My edits as tracked changes"), page)
        for box in (self.export_comments, self.export_findings, self.export_tracked):
            lay.addWidget(box)
        lay.addStretch(1)
        return page

    # ---- values -------------------------------------------------------------------------------
    def load(self, values: dict) -> None:
        self.name_edit.setText(str(values["author/name"]))
        self.initials_edit.setText(str(values["author/initials"]))
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(values["ui/language"])))
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(values["ui/theme"])))
        self.dark_page_box.setChecked(bool(values["ui/darkPage"]))
        seconds = int(values["autosave/seconds"])
        self.autosave_spin.setValue(max(S.AUTOSAVE_MIN, min(S.AUTOSAVE_MAX, seconds)))
        self.size_spin.setValue(float(values["editor/fontSize"]))
        for face, box in self.font_boxes.items():
            box.setCurrentIndex(max(0, box.findData(values[f"fonts/{face.value}"])))
        off = set(values["rules/disabled"])
        for family, item in self.family_items.items():
            on = family not in off
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.export_comments.setChecked(bool(values["export/comments"]))
        self.export_findings.setChecked(bool(values["export/findingsAsComments"]))
        self.export_tracked.setChecked(bool(values["export/trackedChanges"]))

    def values(self) -> dict:
        return {
            "author/name": self.name_edit.text().strip(),
            "author/initials": self.initials_edit.text().strip(),
            "ui/language": self.language_box.currentData(),
            "ui/theme": self.theme_box.currentData(),
            "ui/darkPage": self.dark_page_box.isChecked(),
            "autosave/seconds": self.autosave_spin.value(),
            "editor/fontSize": self.size_spin.value(),
            **{f"fonts/{f.value}": box.currentData() or "" for f, box in self.font_boxes.items()},
            "rules/disabled": [
                family for family, item in self.family_items.items()
                if item.checkState(0) != Qt.CheckState.Checked
            ],
            "export/comments": self.export_comments.isChecked(),
            "export/findingsAsComments": self.export_findings.isChecked(),
            "export/trackedChanges": self.export_tracked.isChecked(),
        }

    def save(self) -> dict:
        """Write the values; returns the keys whose value changed, with their new values."""
        store = S.store()
        changed = {}
        for key, value in self.values().items():
            if S.get(key, store) != value:
                changed[key] = value
            S.put(key, value, store)
        store.sync()
        return changed
