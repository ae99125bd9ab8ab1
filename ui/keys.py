"""The keys a Word/WPS user's hands expect, in one place.

- Redo on Ctrl+Y on every platform (macOS's standard Redo lacks it) as well as Ctrl+Shift+Z.
- Ctrl+Shift+↑/↓ extend the selection by paragraph and Ctrl+↑/↓ move by paragraph, as in Word;
  moving a section went to Alt+Shift+↑/↓ (Word's outline view keys).
- Tab in the report inserts no tab character: GB/T 9704 indents by the layout (two characters
  of first-line indent), so a tab would only be wrong. The status bar says so.
- Tab in the outline and problems lists moves focus on instead of walking the rows; Enter on a
  row jumps there and leaves the keyboard in the list, so the next ↓ Enter goes on.
- Shortcuts Word users look for: reply Ctrl+Alt+R, resolve Ctrl+Alt+S, export Ctrl+E, print
  preview Ctrl+F2 (Word's), settings Ctrl+, (and the platform's own), word count Ctrl+Shift+G.
- Next/previous problem on F8 / Shift+F8: Word's F7 opens its proofing pane and Alt+F7 is taken
  by Linux window managers (move window); F8 is the "next problem" key of VS Code and many IDEs.
  In Word F8 starts extend-selection mode, which ReportDesk does not have.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QWidget

from app.findings import Finding

if TYPE_CHECKING:
    from ui.main_window import MainWindow

MOVE = QTextCursor.MoveOperation
KEEP, JUMP = QTextCursor.MoveMode.KeepAnchor, QTextCursor.MoveMode.MoveAnchor


def paragraph_step(cursor: QTextCursor, direction: int, keep: bool) -> QTextCursor:
    """Word's Ctrl+↓: to the start of the next paragraph (the end of the last one); Ctrl+↑: to
    the start of this paragraph, or of the previous one when already there."""
    mode = KEEP if keep else JUMP
    if direction > 0:
        if not cursor.movePosition(MOVE.NextBlock, mode):
            cursor.movePosition(MOVE.EndOfBlock, mode)
    elif cursor.positionInBlock() == 0:
        cursor.movePosition(MOVE.PreviousBlock, mode)
    else:
        cursor.movePosition(MOVE.StartOfBlock, mode)
    return cursor


class EditorKeys(QObject):
    """The editor's keys: paragraph moves and the Tab key (a hook on the editor's key events,
    not an event filter: see ReportEditor.add_event_hook)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        window.editor.add_event_hook((QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride),
                                     self.eventFilter)

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if not isinstance(ev, QKeyEvent):
            return False
        key = ev.key()
        if key not in _EDITOR_KEYS:  # (every key typed passes here: the rest only for these)
            return False
        kind = ev.type()
        mods = ev.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods in (ctrl, ctrl | shift):
            if kind == QEvent.Type.ShortcutOverride:
                ev.accept()  # ours, not a window shortcut's
                return True
            editor = self.w.editor
            cursor = paragraph_step(
                editor.textCursor(), 1 if key == Qt.Key.Key_Down else -1, bool(mods & shift)
            )
            editor.setTextCursor(cursor)
            editor.ensureCursorVisible()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods & ctrl:
            if kind == QEvent.Type.KeyPress:
                message = QCoreApplication.translate(
                    "Keys",
                    "Reports are indented by their layout: Tab inserts nothing "
                    "(F6 goes to the next pane)",
                )
                self.w.statusBar().showMessage(message, 4000)
            return kind == QEvent.Type.KeyPress
        return False


_EDITOR_KEYS = frozenset((Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Tab, Qt.Key.Key_Backtab))


class ListKeys(QObject):
    """Tab leaves a list; Enter jumps and keeps the keyboard in the list."""

    def __init__(self, window: MainWindow, views: list[QAbstractItemView]) -> None:
        super().__init__(window)
        self.w = window
        for view in views:
            view.setTabKeyNavigation(False)
            view.installEventFilter(self)
            view.activated.connect(lambda _i, v=view: self._keep_focus(v))
        self._keyboard = False

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.KeyPress and isinstance(ev, QKeyEvent):
            self._keyboard = ev.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if ev.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and isinstance(obj, QWidget):
                obj.focusNextPrevChild(ev.key() == Qt.Key.Key_Tab)
                return True
        return False

    def _keep_focus(self, view: QAbstractItemView) -> None:
        if self._keyboard:  # the editor took the focus when it showed the place
            self._keyboard = False
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, lambda: view.setFocus(Qt.FocusReason.OtherFocusReason))


class ProblemSteps(QObject):
    """Next / previous problem from the cursor, in text order, wrapping around."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.next_action = QAction(QCoreApplication.translate("Keys", "Ne&xt Problem"), window)
        self.next_action.setShortcut(QKeySequence("F8"))
        self.next_action.setStatusTip(
            QCoreApplication.translate("Keys", "Go to the next problem after the cursor")
        )
        self.next_action.triggered.connect(lambda: self.step(1))
        self.prev_action = QAction(QCoreApplication.translate("Keys", "Pre&vious Problem"), window)
        self.prev_action.setShortcut(QKeySequence("Shift+F8"))
        self.prev_action.setStatusTip(
            QCoreApplication.translate("Keys", "Go to the problem before the cursor")
        )
        self.prev_action.triggered.connect(lambda: self.step(-1))

    def findings(self) -> list[Finding]:
        self.w.live.flush()
        analysis = self.w.live.analysis
        found: list[Finding] = list(analysis.findings) if analysis is not None else []
        return sorted(found, key=lambda f: (f.index, f.start, f.end))

    def step(self, direction: int) -> Finding | None:
        findings = self.findings()
        if not findings:
            self.w.statusBar().showMessage(QCoreApplication.translate("Keys", "No problems"), 3000)
            return None
        editor = self.w.editor
        cur = editor.textCursor()
        block = editor.document().findBlock(cur.selectionStart())
        from ui.textpos import from_utf16

        here = (block.blockNumber(), from_utf16(block.text(), cur.selectionStart() -
                                                block.position()))  # fmt: skip
        keys = [(f.index, f.start) for f in findings]
        on_one = cur.hasSelection()  # a problem shown by the last step: go past it
        if direction > 0:
            k = next(
                (i for i, key in enumerate(keys) if key > here or (key == here and not on_one)),
                None,
            )
            wrapped = k is None
            k = 0 if k is None else k
        else:
            before = [i for i, key in enumerate(keys) if key < here]
            wrapped = not before
            k = before[-1] if before else len(findings) - 1
        f = findings[k]
        editor.go_to(f.index, f.start, max(f.end, f.start + 1))
        row = self.w.problems.row_of(
            lambda x: x.rule == f.rule and x.index == f.index and x.start == f.start
        )
        if row is not None:
            view = self.w.problems.view
            view.selectionModel().blockSignals(True)
            view.selectRow(row)
            view.selectionModel().blockSignals(False)
        where = (
            QCoreApplication.translate("Keys", "(from the start) ")
            if wrapped and direction > 0
            else ""
        )
        where = (
            QCoreApplication.translate("Keys", "(from the end) ")
            if wrapped and direction < 0
            else where
        )
        self.w.statusBar().showMessage(where + f.message, 6000)
        return f


def set_keys(action: QAction, *keys: str | QKeySequence.StandardKey) -> None:
    """``action`` answers every one of ``keys`` (platform bindings of standard keys included)."""
    seqs: list[QKeySequence] = []
    for k in keys:
        found = QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey) else [
            QKeySequence(k)]  # fmt: skip
        seqs += [s for s in found if not s.isEmpty() and s not in seqs]
    action.setShortcuts(seqs)


def install(window: MainWindow) -> ProblemSteps:
    """Give the window's actions Word's keys; returns the problem stepper (its two actions go in
    the Check menu)."""
    sk = QKeySequence.StandardKey
    set_keys(window.act_redo, "Ctrl+Y", "Ctrl+Shift+Z", sk.Redo)
    set_keys(window.act_replace, "Ctrl+H")
    set_keys(window.act_find, "Ctrl+F", sk.Find)
    set_keys(window.act_move_up, "Alt+Shift+Up")
    set_keys(window.act_move_down, "Alt+Shift+Down")
    review = window.review
    set_keys(review.act_reply, "Ctrl+Alt+R")
    set_keys(review.act_resolve, "Ctrl+Alt+S")
    set_keys(review.act_export, "Ctrl+E")
    for name, keys in (
        ("act_print_preview", ("Ctrl+F2",)),
        ("act_settings", ("Ctrl+,", sk.Preferences)),
    ):
        act = getattr(window, name, None)
        if act is not None:
            set_keys(act, *keys)
    EditorKeys(window)
    views: list[QAbstractItemView] = [window.outline, window.problems.view]
    ListKeys(window, views)
    return ProblemSteps(window)


def focus_is_in(window: MainWindow, widget: QWidget) -> bool:
    focus = window.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))
