"""A side pane's row of text buttons that folds into a » menu when the pane is narrow.

A row of plain buttons asks for the width of all its labels: in English ("Reply", "Edit
Comment", "Resolve", "Delete Comment" …) that pushed the right-hand dock so wide that the page
no longer fitted the editor of a 1400-pixel window and a horizontal scroll bar appeared. A
QToolBar lays out what fits and puts the rest behind its extension button, so the row never
decides the pane's minimum width; the actions stay the same QActions (shortcuts, menus, enabled
state are shared).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolBar, QToolButton, QWidget


class ActionRow(QToolBar):
    """Text-only buttons for ``QAction``s; :meth:`add_stretch` pushes what follows to the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionRow")
        self.setMovable(False)
        self.setFloatable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setContentsMargins(0, 0, 0, 0)

    def add(self, action: QAction) -> QToolButton | None:
        self.addAction(action)
        button = self.widgetForAction(action)
        if not isinstance(button, QToolButton):
            return None
        # a toolbar's buttons take no focus; these did as plain buttons (Tab reaches Reply …)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def add_stretch(self) -> None:
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
