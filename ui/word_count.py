"""字数统计: Word's dialog (Review ▸ Word Count, Ctrl+Shift+G) and the status bar count.

The figures come from :mod:`app.wordcount` (Qt-free, rule in docs/word-count.md). The dialog shows
them for the whole document and for the selection side by side; the status bar shows
"字数：N", or "字数：选中/全部" while text is selected, as Word does, and a click on it opens
the dialog.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.wordcount import WordCount, count_paragraph, count_texts
from ui.stats import LONG_TEXT, ParagraphTally, by_sentence

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SIDE_KINDS = ("footnote", "endnote", "textbox")  # Word's "包括文本框、脚注和尾注"


def selection_texts(editor: QTextEdit) -> list[str]:
    """The selected text split into paragraphs (Qt joins them with U+2029)."""
    cursor = editor.textCursor()
    if not cursor.hasSelection():
        return []
    return cursor.selectedText().split("\u2029")


def document_texts(editor: QTextEdit) -> list[str]:
    out = []
    block = editor.document().begin()
    while block.isValid():
        out.append(block.text())
        block = block.next()
    return out


def count_long(text: str) -> WordCount:
    """:func:`count_paragraph` of a paragraph of any length, counted sentence by sentence
    (:func:`ui.stats.by_sentence`); a paragraph is one paragraph however many pieces it had."""
    c = by_sentence(text, count_paragraph)
    return replace(c, paragraphs=1 if c.chars_no_spaces else 0) if len(text) >= LONG_TEXT else c


def grouped(n: int) -> str:
    """12345 → "12,345" (Word groups digits in the dialog and the status bar)."""
    return f"{n:,}"


class WordCountDialog(QDialog):
    """Word's figures for the document and for the selection; the box adds text boxes, foot-
    and endnotes (which the document keeps beside the body) to both."""

    def __init__(
        self,
        body: list[str],
        selection: list[str],
        side: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wordCountDialog")
        self.setWindowTitle(self.tr("Word Count"))
        self.body, self.selection, self.side = body, selection, side or []
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addWidget(QLabel("<b>" + self.tr("Statistics:") + "</b>", self), 0, 0)
        grid.addWidget(QLabel("<b>" + self.tr("Document") + "</b>", self), 0, 1,
                       Qt.AlignmentFlag.AlignRight)  # fmt: skip
        grid.addWidget(QLabel("<b>" + self.tr("Selection") + "</b>", self), 0, 2,
                       Qt.AlignmentFlag.AlignRight)  # fmt: skip
        self.rows = [
            ("words", self.tr("Words")),
            ("chars_no_spaces", self.tr("Characters (no spaces)")),
            ("chars_with_spaces", self.tr("Characters (with spaces)")),
            ("paragraphs", self.tr("Paragraphs")),
            ("asian", self.tr("Asian characters and Korean words")),
            ("non_asian_words", self.tr("Non-Asian words")),
        ]
        self.values: dict[tuple[str, str], QLabel] = {}
        for r, (key, name) in enumerate(self.rows, 1):
            grid.addWidget(QLabel(name, self), r, 0)
            for c, which in enumerate(("document", "selection"), 1):
                label = QLabel(self)
                label.setObjectName(f"{which}_{key}")
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, r, c)
                self.values[(which, key)] = label
        self.side_box = QCheckBox(self.tr("Include text boxes, footnotes and endnotes"), self)
        self.side_box.setChecked(bool(self.side))
        self.side_box.setEnabled(bool(self.side))
        self.side_box.toggled.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(self.side_box)
        lay.addWidget(buttons)
        self.refresh()

    def figures(self) -> tuple[WordCount, WordCount]:
        side = self.side if self.side_box.isChecked() else []
        return count_texts(self.body + side), count_texts(self.selection)

    def refresh(self) -> None:
        document, selection = self.figures()
        for key, _name in self.rows:
            self.values[("document", key)].setText(grouped(getattr(document, key)))
            value = grouped(getattr(selection, key)) if self.selection else "—"
            self.values[("selection", key)].setText(value)


class ClickableLabel(QLabel):
    """The status bar count: a click opens the dialog, as in Word."""

    clicked = Signal()

    def mousePressEvent(self, ev: QMouseEvent) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(ev)


class WordCountStatus(QObject):
    """The Word Count action (object name wordCountAction) and the status bar count."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.editor = window.editor
        self.action = QAction(self.tr("Word &Count…"), window)
        self.action.setObjectName("wordCountAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+G"))  # Word's key
        self.action.setStatusTip(self.tr("Words, characters and paragraphs, as Word counts them"))
        self.action.triggered.connect(self.show_dialog)
        self.label = ClickableLabel(window)
        self.label.setObjectName("wordCountLabel")
        self.label.setContentsMargins(8, 0, 8, 0)
        self.label.setToolTip(self.tr("Word count (click for details)"))
        self.label.clicked.connect(self.show_dialog)
        window.statusBar().addPermanentWidget(self.label)
        self._document = WordCount()
        self._tally = ParagraphTally(count_long)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # recount the document once typing pauses
        self._timer.timeout.connect(self.recount)
        self.editor.document().contentsChanged.connect(self._timer.start)
        self.editor.selectionChanged.connect(self.update_label)
        self.dialog: WordCountDialog | None = None
        self.recount()

    def recount(self) -> None:
        # A recount pending from an earlier change would count the same text again: the window
        # recounts after each analysis, and restyling the document (contentsChanged) starts the
        # timer without changing a word. A later edit starts it again.
        self._timer.stop()
        self._document = self._tally.update(self._paragraphs())
        self.update_label()

    def _paragraphs(self) -> list[str]:
        """The text of every paragraph: from the window's model, which follows each edit (and
        keeps an unchanged paragraph's string), when it is in step with the blocks (reading
        4,400 blocks back costs ~20 ms)."""
        live = getattr(self.w, "live", None)
        doc = getattr(live, "document", None)
        paragraphs = getattr(doc, "paragraphs", None)
        if paragraphs is not None and len(paragraphs) == self.editor.document().blockCount():
            return [p.text for p in paragraphs]
        return document_texts(self.editor)

    def side_texts(self) -> list[str]:
        doc = getattr(self.w.live, "document", None)
        parts = getattr(doc, "side_parts", None) or []
        return [t for p in parts if p.kind in SIDE_KINDS for t in p.paragraphs]

    def update_label(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.recount()
            return
        total = grouped(self._document.words)
        selected = selection_texts(self.editor)
        if selected:
            value = grouped(count_texts(selected).words) + "/" + total
        else:
            value = total
        self.label.setText(self.tr("Words: %1").replace("%1", value))

    def show_dialog(self) -> WordCountDialog:
        self.dialog = WordCountDialog(
            document_texts(self.editor), selection_texts(self.editor), self.side_texts(), self.w
        )
        self.dialog.show()
        return self.dialog


def install(window: MainWindow) -> WordCountStatus:
    """Add the count to the window's status bar; the caller puts ``.action`` in a menu."""
    return WordCountStatus(window)
