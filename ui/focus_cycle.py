"""F6 / Shift+F6: move the keyboard between the report and the panes, as Word's F6 does.

The cycle is the editor, then each pane the window has and shows, in a fixed order: search,
outline, problems, comments, revisions (a pane that does not exist yet, or that the user closed,
is skipped; a pane tabbed behind another is brought to the front). A pane is known by its dock's
object name, so panes added later only need a name in :data:`PANE_DOCKS`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# dock object names in cycle order (after the editor)
PANE_DOCKS = ("searchDock", "outlineDock", "problemsDock", "commentsView", "revisionsDock")


def focus_target(dock: QDockWidget) -> QWidget | None:
    """The widget that takes the keys in a pane: its search box or list, else the first widget
    that accepts focus."""
    root = dock.widget()
    if root is None:
        return None
    for name in ("searchEdit",):
        found = root.findChild(QWidget, name)
        if found is not None and found.isVisibleTo(root):
            return found
    for view in root.findChildren(QAbstractItemView):
        if view.isVisibleTo(root) and type(view).__name__ != "QHeaderView":
            return view
    for w in root.findChildren(QWidget):
        if w.isVisibleTo(root) and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return w
    return root


class FocusCycle:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self.next_action = QAction(QCoreApplication.translate("FocusCycle", "Next Pane"), window)
        self.next_action.setShortcut(QKeySequence("F6"))
        self.next_action.triggered.connect(lambda: self.cycle(1))
        self.prev_action = QAction(
            QCoreApplication.translate("FocusCycle", "Previous Pane"), window
        )
        self.prev_action.setShortcut(QKeySequence("Shift+F6"))
        self.prev_action.triggered.connect(lambda: self.cycle(-1))
        window.addAction(self.next_action)
        window.addAction(self.prev_action)

    def panes(self) -> list[tuple[QDockWidget | None, QWidget]]:
        """(dock or None for the editor, widget to focus) for every pane that is open."""
        out: list[tuple[QDockWidget | None, QWidget]] = [(None, self.w.editor)]
        for name in PANE_DOCKS:
            dock = self.w.findChild(QDockWidget, name)
            if dock is None or not dock.toggleViewAction().isChecked():
                continue
            target = focus_target(dock)
            if target is not None:
                out.append((dock, target))
        return out

    def current(self, panes: list[tuple[QDockWidget | None, QWidget]]) -> int:
        focus = self.w.focusWidget()
        for k, (dock, widget) in enumerate(panes):
            holder = widget if dock is None else dock
            if focus is not None and (focus is holder or holder.isAncestorOf(focus)):
                return k
        return -1

    def cycle(self, direction: int) -> QWidget:
        panes = self.panes()
        k = self.current(panes)
        k = (k + direction) % len(panes) if k >= 0 else (0 if direction > 0 else len(panes) - 1)
        dock, widget = panes[k]
        if dock is not None:
            dock.raise_()
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return widget


def install(window: MainWindow) -> FocusCycle:
    return FocusCycle(window)
