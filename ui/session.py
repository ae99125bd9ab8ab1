"""The data-safety side of a run: crash logging, the recovery offer at start, the crash dialog.

:func:`start` (first thing in :func:`ui.app.main`) installs :mod:`app.storage.crashlog` with an
``on_error`` that only emits a queued signal (it runs in whatever thread raised); the GUI thread
then saves every modified document to recovery and offers Save As (:func:`on_crash`).
:func:`offer_recovery` lists the autosaves that crashed or killed sessions left
(:meth:`RecoveryStore.list_pending`) and asks, for each: 恢复 / 放弃 / 以后再说.
"""

from __future__ import annotations

import contextlib
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model import Document
from app.storage.recovery import RecoveryEntry
from ui import ask, autosave

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate
_extra_windows: list = []  # windows opened for restored documents (kept alive here)
_crash_dialog_open = False
_last_crash_dialog = 0.0
CRASH_DIALOG_EVERY_S = 10.0  # a burst of errors shows one dialog; the rest go to the status bar


def start(app: QCoreApplication) -> None:
    """Crash log + recovery hub; at exit the writer finishes and the session lock goes."""
    from app.storage import install_crash_logging

    hub = autosave.hub()
    hub.crashed.connect(on_crash, Qt.ConnectionType.QueuedConnection)
    autosave.crash_log = install_crash_logging(
        on_error=lambda summary, log_path: hub.crashed.emit(summary, str(log_path))
    )
    app.aboutToQuit.connect(hub.shutdown)


# ---- the recovery offer -----------------------------------------------------------------------
class RecoveryDialog(QDialog):
    """The autosaved documents of sessions that ended without saving; one decision each."""

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover Unsaved Documents"))
        self.decisions: list[tuple[RecoveryEntry, str]] = []
        self._entries = {}
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "ReportDesk did not close normally last time. These documents have autosaved "
                "copies with changes that were never saved:"
            ),
            self,
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.list = QTreeWidget(self)
        self.list.setObjectName("recoveryList")
        self.list.setHeaderLabels([self.tr("Autosaved documents")])
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for entry in entries:
            item = QTreeWidgetItem(self.list, [self.describe(entry)])
            item.setToolTip(0, entry.original_path or entry.title)
            self._entries[id(item)] = (item, entry)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        lay.addWidget(self.list)
        box = QDialogButtonBox(self)
        self.restore_button = box.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = box.addButton(
            self.tr("Discard"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.later_button = box.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        for button, action in (
            (self.restore_button, "restore"),
            (self.discard_button, "discard"),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=action: self.decide(a))
        self.restore_button.setDefault(True)
        self.later_button.clicked.connect(self.reject)
        note = QLabel(self.tr("Later: the copies stay and are offered at the next start."), self)
        note.setWordWrap(True)
        lay.addWidget(note)
        lay.addWidget(box)
        self.resize(560, 360)

    def describe(self, entry: RecoveryEntry) -> str:
        lines = [
            self.tr("%1 — autosaved %2, %3 paragraphs")
            .replace("%1", entry.title)
            .replace("%2", _when(entry.saved_at))
            .replace("%3", str(entry.paragraph_count))
        ]
        lines += [f"    {line}" for line in entry.preview]
        return "\n".join(lines)

    def decide(self, action: str) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        entry = self._entries[id(item)][1]
        if action == "discard":
            choice = ask.choose(
                self,
                self.tr("Discard Copy"),
                self.tr("Delete the autosaved copy of %1 for good?").replace("%1", entry.title),
                [("discard", self.tr("Discard")), ("cancel", self.tr("Cancel"))],
                "cancel",
                icon=ask.Icon.Warning,
            )
            if choice != "discard":
                return
        self.decisions.append((entry, action))
        self.list.takeTopLevelItem(self.list.indexOfTopLevelItem(item))
        del self._entries[id(item)]
        if self.list.topLevelItemCount() == 0:
            self.accept()


def decide(parent: QWidget | None, entries: list[RecoveryEntry]) -> list[tuple[RecoveryEntry, str]]:
    """Ask about ``entries``: [(entry, "restore" | "discard")]; the rest are "later"."""
    dlg = RecoveryDialog(entries, parent)
    dlg.exec()
    return dlg.decisions


def offer_recovery(window: MainWindow) -> list:
    """Offer the pending autosaves; returns the windows that now show restored documents (the
    first goes into ``window`` when it is still empty)."""
    store = autosave.hub().store
    entries = store.list_pending()
    if not entries:
        return []
    shown: list[MainWindow] = []
    for entry, action in decide(window, entries):
        if action == "discard":
            with contextlib.suppress(OSError):
                store.discard(entry)
        elif action == "restore":
            target = window if not shown and is_blank(window) else new_window()
            target.safety.restore_entry(entry)
            shown.append(target)
    return shown


def open_session(window: MainWindow, path: str | None) -> None:
    """At start: offer recovery, then open ``path`` (unless a restored window shows it)."""
    log = autosave.crash_log
    if log is not None and log.previous_run_crashed:
        window.statusBar().showMessage(
            translate("Session", "The last run ended abnormally; its trace is in %1").replace(
                "%1", str(log.path)
            ),
            15000,
        )
    restored = offer_recovery(window)
    if path and window_for(path) is None:
        target = window if window not in restored and is_blank(window) else new_window()
        target.files.open_path(path, ask=False)


def is_blank(window: MainWindow) -> bool:
    doc = window.editor.document()
    return window.path is None and not doc.isModified() and not doc.toPlainText().strip()


def new_window() -> MainWindow:
    """Another main window (deleted when closed)."""
    import shiboken6

    from ui.main_window import MainWindow

    _extra_windows[:] = [w for w in _extra_windows if shiboken6.isValid(w) and w.isVisible()]
    w = MainWindow()
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _extra_windows.append(w)
    w.show()
    return w


def window_for(path: str) -> MainWindow | None:
    """The open window that shows ``path``, if any."""
    from ui.safety import same_file

    for w in autosave.windows():
        if w.safety.key is not None and same_file(w.path, path):
            return w
    return None


# ---- a crash ----------------------------------------------------------------------------------
def save_all_to_recovery() -> tuple[int, list[str]]:
    """Every modified document to its recovery file, now: (saved, errors)."""
    hub = autosave.hub()
    saved, errors = 0, []
    for w in autosave.windows():
        safety = getattr(w, "safety", None)
        if safety is None or safety.key is None or not w.editor.document().isModified():
            continue
        if w.loader.filling:  # half shown: its recovery copy (if any) is the better one
            continue
        try:
            doc = w.current_document(with_spans=True)
        except Exception:  # the error may be in the analysis: take the bare text
            from ui.doc_ops import block_texts

            doc = Document.from_lines(block_texts(w.editor.document()), path=w.path)
        error = hub.write_now(safety.key, doc, w.path)
        if error:
            errors.append(error)
        else:
            saved += 1
    return saved, errors


def on_crash(summary: str, log_path: str) -> str | None:
    """An uncaught error (any thread; called queued in the GUI thread): save everything to
    recovery, then tell the user and offer Save As. Returns the choice (for tests)."""
    global _crash_dialog_open, _last_crash_dialog
    saved, errors = save_all_to_recovery()
    wins = [w for w in autosave.windows() if getattr(w, "safety", None) and w.safety.key]
    active = QApplication.activeWindow()
    target: MainWindow | None = (
        wins[wins.index(active)] if active in wins else (wins[0] if wins else None)
    )
    now = time.monotonic()
    if _crash_dialog_open or now - _last_crash_dialog < CRASH_DIALOG_EVERY_S:
        if target is not None:
            target.statusBar().showMessage(
                translate("Session", "Another internal error (recorded in the log)"), 8000
            )
        return None
    _crash_dialog_open = True
    text = translate("Session", "ReportDesk hit an internal error: %1").replace("%1", summary)
    if saved:
        text += "\n" + translate(
            "Session", "Unsaved documents were copied for recovery (%1)."
        ).replace("%1", str(saved))
    text += "\n" + translate("Session", "It is safest to save your work under a new name now.")
    details = translate("Session", "Details are in %1").replace("%1", log_path)
    if errors:
        details += "\n" + "\n".join(errors)
    try:
        choice = ask.choose(
            target,
            translate("Session", "Internal Error"),
            text,
            [
                ("save_as", translate("Session", "Save As…")),
                ("continue", translate("Session", "Continue Working")),
            ],
            "save_as",
            icon=ask.Icon.Critical,
            details=details,
        )
    finally:
        _crash_dialog_open = False
        _last_crash_dialog = time.monotonic()
    if choice == "save_as" and target is not None:
        target.files.save_as()
    return choice


def _when(iso: str) -> str:
    from ui.safety import _shown_time

    return _shown_time(iso)
