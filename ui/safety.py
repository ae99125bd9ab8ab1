"""Data safety of one window: document lock, recovery key, autosave, external changes, opening.

The window's file commands (:mod:`ui.controllers.files`) go through :class:`DocumentSafety` for
everything that can lose work (see docs/data-safety.md, "For the window"):

- open (asked for by :class:`ui.controllers.files.FilesController`): the lock of a report
  another window or instance has open, fingerprint before reading, read and analyse in a worker
  for big files (:mod:`ui.loader`), replace the current document only once the new one is
  complete;
- while editing: autosave (:mod:`ui.autosave`), watch the file: offer to reload it when another
  program changed it and there are no local edits, else warn once (the save asks);
- save: the lock of a new name, the answer to "changed on disk", the recovery file and the old
  lock dropped once the save is done;
- close: recovery file discarded and lock released once the user saved or discarded.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from app.errors import ReportDeskError
from app.storage import (
    FileFingerprint,
    Lock,
    acquire_lock,
    changed_on_disk,
    lock_owner,
    new_doc_key,
    office_lock_file,
)
from app.storage.paths import real_path
from app.storage.versions import OPENED, PREVIOUS, kept_versions, restore_version
from ui import ask, autosave, files
from ui.loader import Loaded, analysed, read_report, runs_in_background

WATCH_DELAY_MS = 400  # a program saving writes, renames, touches: look once it is done
# Fingerprint that matches no file: the save asks before overwriting (restored documents whose
# file changed after the autosave).
UNKNOWN = FileFingerprint(-1, 0, "")


def same_file(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and bool(a and b) and real_path(a) == real_path(b)


class DocumentSafety(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.key: str | None = new_doc_key()
        self.lock: Lock | None = None
        self.autosaver = autosave.Autosaver(window)
        self.autosaver.reset(self.key, None)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_file_event)
        self._watch_timer = QTimer(self)
        self._watch_timer.setSingleShot(True)
        self._watch_timer.setInterval(WATCH_DELAY_MS)
        self._watch_timer.timeout.connect(self.check_disk)
        self._seen_external: str | None = None  # sha256 of the outside version already handled
        self._asking = False
        # The file whose copy "as opened" this session's first save made (app.storage.versions):
        # later saves must not replace it; opening a file starts a new session.
        self.opened_kept_for: Path | None = None
        self.act_restore_backup = window._action(
            self.tr("Restore Prev&ious Version…"),
            self.restore_previous_version,
            tip=self.tr("Load the version the last save replaced (the file changes when you save)"),
        )
        self._add_to_file_menu()
        autosave.register(window)

    def _add_to_file_menu(self) -> None:
        """Restore Previous Version goes right after Save As."""
        act = self.w.act_save_as
        for top in self.w.menuBar().actions():
            menu = top.menu()
            actions = menu.actions() if menu is not None else []
            if act in actions:
                k = actions.index(act)
                if k + 1 < len(actions):
                    menu.insertAction(actions[k + 1], self.act_restore_backup)
                else:
                    menu.addAction(self.act_restore_backup)
                return

    # ---- locks --------------------------------------------------------------------------------
    def window_with(self, path: str):
        """Another window of this process that has ``path`` open."""
        for other in autosave.windows():
            closed = getattr(other, "safety", None) is None or other.safety.key is None
            if other is not self.w and not closed and same_file(other.path, path):
                return other
        return None

    def lock_for(self, path: str) -> Lock | None:
        """The lock for opening or saving as ``path``; None (after telling the user) when the
        user would rather not use a report another window has open."""
        lock = acquire_lock(path)
        if lock is not None:
            return lock  # (held is False when the data folder cannot be written: go on)
        name = os.path.basename(path)
        owner = lock_owner(path)
        if owner is None:  # released meanwhile
            return acquire_lock(path) or Lock(real_path(path), None)
        if owner.pid == os.getpid():
            if self.window_with(path) is None:  # left by a window that is gone: not a conflict
                return Lock(real_path(path), None)
            ask.notify(
                self.w,
                self.tr("Already Open"),
                self.tr("%1 is already open in another window of this program.").replace(
                    "%1", name
                ),
                warning=False,
            )
            return None
        choice = ask.choose(
            self.w,
            self.tr("Already Open"),
            owner.describe(),
            [("open", self.tr("Open Anyway")), ("cancel", self.tr("Cancel"))],
            "cancel",
            icon=ask.Icon.Warning,
            details=self.tr(
                "Both windows could then change the report; saving asks before overwriting "
                "changes made elsewhere."
            ),
        )
        return Lock(real_path(path), None) if choice == "open" else None

    def drop(self, lock: Lock | None) -> None:
        """Release ``lock`` unless it is the one this window keeps."""
        if lock is not None and lock is not self.lock:
            lock.release()

    # ---- opening ------------------------------------------------------------------------------
    def bring_forward(self, path: str) -> bool:
        """When another window of this process has ``path`` open, bring it to the front."""
        other = None if same_file(path, self.w.path) else self.window_with(path)
        if other is None:
            return False
        other.show()
        other.raise_()
        other.activateWindow()
        return True

    def read(self, path: str, lock: Lock | None, failed: Callable[[str], None]) -> bool:
        """Read ``path`` (in a worker when big) and show it in place of the current document,
        which the user saved, discarded or did not change; ``lock``: the one for ``path``.
        When it cannot be read, ``lock`` is dropped and ``failed(one line)`` called, the current
        document staying as it is. True when it is open (or opening in the background)."""
        analyze = self.w.live.analyze_now
        return self._run(
            path,
            lambda: read_report(path, analyze),
            lambda loaded: self._adopt(loaded, path, lock, new_doc_key(), opened=True),
            lock,
            runs_in_background(path),
            failed,
        )

    def _run(self, path, work, done, lock, background, tell=None) -> bool:
        """``tell(message)``: how a failure is told (default: a notice over the window)."""
        name = os.path.basename(path) if path else self.tr("Untitled")
        w = self.w
        result: list[bool] = []

        def failed(message: str) -> None:
            self.drop(lock)
            result.append(False)
            if tell is not None:
                tell(message)
            else:
                ask.notify(w, self.tr("Cannot Open File"), message)

        def cancelled() -> None:
            self.drop(lock)
            w.statusBar().showMessage(self.tr("Opening %1 cancelled").replace("%1", name), 6000)

        def finish(loaded: Loaded) -> None:
            result.append(True)
            done(loaded)

        w.loader.run(name, work, finish, failed, background, cancelled)
        return result[0] if result else True  # still running in the background: True

    def _adopt(self, loaded: Loaded, path, lock, key, opened=False, after=None) -> None:
        """Show ``loaded`` in place of the current document (which the user saved, discarded or
        did not change): its recovery file and lock go, the new ones come."""
        w = self.w
        self.unwatch()
        hub = autosave.hub()
        if self.key != key:
            hub.discard(self.key)
        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.lock, self.key = lock, key
        if loaded.fingerprint is not None:
            w.fingerprint = loaded.fingerprint
        self._seen_external = None

        if opened:
            self.opened_kept_for = None

        def then() -> None:
            self.autosaver.reset(key, path)
            self.watch(path)
            if opened:
                files.remember(path)
                w.statusBar().showMessage(self.tr("Opened %1").replace("%1", path), 4000)
                self.hint_office(path)
                notice = loaded.doc.properties.get("notice")
                if notice:  # what the reader changed or how it read the file (one line)
                    w.statusBar().showMessage(notice, 15000)
            if after is not None:
                after()

        w.loader.show(loaded, path, then)

    def hint_office(self, path: str) -> None:
        owner = office_lock_file(path)
        if owner is not None:
            self.w.statusBar().showMessage(
                self.tr("WPS or Word seems to have %1 open (%2): saving in both will conflict.")
                .replace("%1", os.path.basename(path))
                .replace("%2", owner.name),
                15000,
            )

    def new_document(self) -> None:
        """The window shows a new, empty document (the old one was saved or discarded)."""
        self.release()
        self.key = new_doc_key()
        self.autosaver.reset(self.key, None)
        self.w.fingerprint = None
        self.opened_kept_for = None

    def first_save_of(self, path: str) -> bool:
        """True when saving ``path`` now is the first save over it since it was opened here: the
        file as it is on disk is then kept as the copy "as opened"."""
        return self.opened_kept_for != real_path(path)

    def reload(self) -> bool:
        """Read the file again (changed by another program), dropping what the editor has."""
        path = self.w.path
        if not path:
            return False
        return bool(self.w.files.open_path(path, ask=False))

    # ---- saving ---------------------------------------------------------------------------------
    def saved(self, path: str, lock: Lock | None, result) -> None:
        """``path`` now holds the document: new fingerprint, the recovery file goes, the lock of
        a new name replaces the old one."""
        if lock is not None and lock is not self.lock:
            if self.lock is not None:
                self.lock.release()
            self.lock = lock
        self.w.fingerprint = result.fingerprint
        self._seen_external = None
        self.opened_kept_for = real_path(path)
        autosave.hub().discard(self.key)
        self.autosaver.reset(self.key, path)
        self.watch(path)

    def save_failed(self) -> None:
        """The text stays in the editor, modified; make sure recovery has it too."""
        self.autosaver.tick()

    # ---- closing --------------------------------------------------------------------------------
    def can_close(self) -> bool:
        if self.w.loader.filling:
            self.w.statusBar().showMessage(self.tr("Wait until the report is shown"), 4000)
            return False
        return True

    def release(self) -> None:
        """The document was saved or discarded and goes away: recovery file, lock, watch."""
        self.unwatch()
        autosave.hub().discard(self.key)
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def close(self) -> None:
        self.w.loader.cancel()  # a read still running: its result and its lock are dropped
        self.release()
        self.autosaver.stop()
        self.key = None

    # ---- recovery -------------------------------------------------------------------------------
    def restore_entry(self, entry) -> bool:
        """Show an autosaved document of a crashed session, modified, under its key."""
        store = autosave.hub().store
        path = entry.original_path
        lock = None
        if path and os.path.exists(path):
            lock = acquire_lock(path)
            if lock is None:
                owner = lock_owner(path)
                if owner is not None:
                    self.w.statusBar().showMessage(owner.describe(), 15000)
        analyze = self.w.live.analyze_now

        def work() -> Loaded:
            doc = store.load(entry)
            return analysed(doc, self._restored_fingerprint(path, entry.saved_at), analyze)

        def done(loaded: Loaded) -> None:
            if loaded.fingerprint is None:
                self.w.fingerprint = None

            def after() -> None:
                self.w.editor.document().setModified(True)
                self.w.statusBar().showMessage(
                    self.tr("Restored %1 (autosaved %2): save it to keep it")
                    .replace("%1", entry.title)
                    .replace("%2", _shown_time(entry.saved_at)),
                    15000,
                )

            self._adopt(loaded, path, lock, entry.key, after=after)

        big = entry.paragraph_count > 2000
        return self._run(path or entry.title, work, done, lock, big)

    @staticmethod
    def _restored_fingerprint(path: str | None, saved_at: str) -> FileFingerprint | None:
        """The file's fingerprint now; UNKNOWN (the save asks) if it changed after the autosave."""
        if not path:
            return None
        try:
            fp = FileFingerprint.of(path)
            when = datetime.fromisoformat(saved_at).timestamp()
        except (OSError, ValueError):
            return UNKNOWN
        return UNKNOWN if fp.mtime_ns / 1e9 > when + 1 else fp

    def restore_previous_version(self) -> bool:
        """File → Restore Previous Version: put a version the saves kept (the file as opened,
        or as it was before the last save) back in place of the file itself, byte for byte,
        then show it (app.storage.versions). The replaced file is kept as the previous version."""
        w = self.w
        path = w.path
        title = self.tr("Restore Previous Version")
        versions = kept_versions(path) if path else []
        if not versions:
            ask.notify(
                w,
                title,
                self.tr(
                    "There is no previous version of this report yet: one is kept each time "
                    "it is saved."
                ),
                warning=False,
            )
            return False
        labels = {
            OPENED: self.tr("As Opened (%1)"),
            PREVIOUS: self.tr("Before the Last Save (%1)"),
        }
        options = [(v.kind, labels[v.kind].replace("%1", _file_time(v.mtime))) for v in versions]
        text = self.tr("Put an earlier version back in place of %1?").replace(
            "%1", os.path.basename(path)
        )
        if w.editor.document().isModified():
            text += "\n" + self.tr("Your unsaved changes will be lost.")
        choice = ask.choose(
            w,
            title,
            text,
            [*options, ("cancel", self.tr("Cancel"))],
            options[0][0],
            details=self.tr("The file is replaced now; the version it replaces is kept."),
        )
        chosen = next((v for v in versions if v.kind == choice), None)
        if chosen is None:
            return False
        try:
            restore_version(path, chosen)
        except ReportDeskError as err:
            ask.notify(w, title, str(err))
            return False
        analyze = w.live.analyze_now

        def done(loaded: Loaded) -> None:
            def after() -> None:
                w.statusBar().showMessage(self.tr("Earlier version restored"), 8000)

            self._adopt(loaded, path, self.lock, new_doc_key(), after=after)

        return self._run(
            path,
            lambda: read_report(path, analyze),
            done,
            self.lock,
            runs_in_background(path),
        )

    # ---- watching the file --------------------------------------------------------------------
    def watch(self, path: str | None) -> None:
        self.unwatch()
        if path and os.path.exists(path):
            self.watcher.addPath(path)

    def unwatch(self) -> None:
        files = self.watcher.files()
        if files:
            self.watcher.removePaths(files)
        self._watch_timer.stop()

    def _on_file_event(self, _path: str) -> None:
        self._watch_timer.start()

    def check_disk(self) -> str | None:
        """Look at the file after a change notice: "reload", "warned", "asked" or None."""
        w = self.w
        path = w.path
        if not path:
            return None
        exists = os.path.exists(path)
        if exists and path not in self.watcher.files():
            self.watcher.addPath(path)  # replaced by rename (WPS, our own saves): watch the new one
        fp = w.fingerprint
        if fp is None or not exists or w.loader.busy or self._asking:
            return None
        if not changed_on_disk(fp, path):
            return None
        try:
            now = FileFingerprint.of(path)
        except OSError:
            return None
        if now.sha256 == self._seen_external:
            return None
        self._seen_external = now.sha256
        name = os.path.basename(path)
        self._asking = True
        try:
            if w.editor.document().isModified():
                text = self.tr(
                    "%1 was changed by another program. Your changes here are not saved yet; "
                    "saving will ask whether to overwrite the other version."
                ).replace("%1", name)
                w.statusBar().showMessage(text, 15000)
                ask.notify(w, self.tr("File Changed on Disk"), text, warning=False)
                return "warned"
            choice = ask.choose(
                w,
                self.tr("File Changed on Disk"),
                self.tr("%1 was changed by another program. Reload it?").replace("%1", name),
                [("reload", self.tr("Reload")), ("keep", self.tr("Keep This Version"))],
                "reload",
            )
        finally:
            self._asking = False
        if choice == "reload" and not w.editor.document().isModified():
            self.reload()
            return "reload"
        return "asked"


def _file_time(mtime: float) -> str:
    return datetime.fromtimestamp(mtime).strftime("%m-%d %H:%M")


def _shown_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%m-%d %H:%M")
    except ValueError:
        return iso
