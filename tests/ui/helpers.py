"""Small helpers shared by the UI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.doc_ops import block_texts


def texts(window) -> list[str]:
    return block_texts(window.editor.document())


def index_starting(window, prefix: str, nth: int = 0) -> int:
    hits = [i for i, t in enumerate(texts(window)) if t.startswith(prefix)]
    return hits[nth]


def click_row(qtbot, view, row: int, column: int = 2) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def outline_item(window, label_prefix: str):
    model = window.outline.model_
    for item in window.outline._walk_items():
        if item.text().startswith(label_prefix):
            return model.indexFromItem(item)
    raise AssertionError(label_prefix)


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII; CJK arrives as key text)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            ev = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, ev)
