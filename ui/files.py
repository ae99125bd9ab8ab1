"""File commands of the main window: New, Open, Save, Save As, recent files, close guard."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.errors import ReportDeskError
from app.model import Document, Paragraph
from app.readers import read_document as engine_read
from app.storage import ChangedOnDiskError, FileFingerprint, save_document
from app.textsource import UnencodableError
from ui import ask
from ui import settings as S

MAX_RECENT = 10


def export_start(doc_path: str | None, name: str) -> str:
    """Where an export's file dialog starts: ``name`` in the report's own folder; for a report
    never saved, in the folder of the most recent file (else the home folder), never the
    program's working directory."""
    if doc_path:
        return str(Path(doc_path).with_name(name))
    recent = [Path(p).parent for p in S.get("recentFiles") if p]
    folder = next((f for f in recent if f.is_dir()), Path.home())
    return str(folder / name)


def read_document(path: str) -> Document:
    """The engine's reader (.txt in any of the encodings it detects, .docx): one line of Chinese
    in a :class:`ReadError` when the file cannot be used."""
    return engine_read(path)


def docx_writer_available() -> bool:
    try:
        import app.writers.docx  # noqa: F401
    except ImportError:
        return False
    return True


class FileCommands:
    """Mixin for :class:`ui.main_window.MainWindow` (uses its editor, live analysis, settings)."""

    path: str | None = None
    fingerprint: FileFingerprint | None = None  # of the file as opened or last saved

    def settings(self) -> QSettings:
        return S.store()

    # ---- recent files ------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        return [p for p in S.get("recentFiles") if p]

    def _remember(self, path: str) -> None:
        path = os.path.abspath(path)
        items = [path] + [p for p in self.recent_files() if p != path]
        S.put("recentFiles", items[:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        items = self.recent_files()
        for k, path in enumerate(items, 1):
            act = menu.addAction(f"&{k % 10} {Path(path).name}")
            act.setToolTip(path)
            act.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not items:
            menu.addAction(self.tr("(none)")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Recent Files"), self._clear_recent)

    def _clear_recent(self) -> None:
        S.put("recentFiles", [])

    # ---- commands -----------------------------------------------------------------------------
    def new_document(self) -> None:
        if self.loader.busy or not self.maybe_save():
            return
        self.safety.new_document()
        self.load_document(Document(paragraphs=[Paragraph("")]), None)
        self.fingerprint = None

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = os.path.dirname(self.path) if self.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Report"),
            start,
            self.tr("Reports (*.txt *.docx *.doc *.wps *.rtf *.odt);;All files (*)"),
        )
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str, ask: bool = True) -> bool:
        """Open ``path`` (big files in the background, see ui.loader); on a read error show it in
        one line and keep the current document (ui.safety: locks, fingerprint, recovery)."""
        return self.safety.open(path, ask_first=ask)

    def save(self) -> bool:
        if not self.path or (self.path.lower().endswith(".docx") and not docx_writer_available()):
            return self.save_as()
        if self.converted_from() is not None:
            return self.save_converted()
        return self.save_to(self.path)

    def converted_from(self) -> str | None:
        """The .doc/.wps/.rtf/.odt the document was converted from, while it is still the file
        this window has open (it is never saved over)."""
        original = self.live.document.properties.get("converted_from")
        if original and self.path and os.path.abspath(original) == os.path.abspath(self.path):
            return original
        return None

    def save_converted(self) -> bool:
        """A converted document is saved as a new .docx beside the original (asked for)."""
        original = Path(self.converted_from() or "")
        start = str(original.with_suffix(".docx"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as Word Document"), start, self.tr("Word document (*.docx)")
        )
        if not path:
            return False
        if not path.lower().endswith(".docx"):
            path += ".docx"
        return self.save_to(path)

    def save_as(self) -> bool:
        filters = self.tr("Text (*.txt)")
        if docx_writer_available():
            filters = self.tr("Word document (*.docx)") + ";;" + filters
        start = self.path or self.tr("Untitled") + ".txt"
        if self.converted_from() is not None:  # never offer the .doc/.wps/.rtf/.odt itself
            start = str(Path(start).with_suffix(".docx"))
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save Report As"), start, filters)
        if not path:
            return False
        if not os.path.splitext(path)[1]:
            path += ".docx" if "docx" in chosen else ".txt"
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Save atomically (with a backup of the previous version); if the file changed on
        disk since it was opened or saved here, ask before overwriting it."""
        if not path.lower().endswith(".docx"):  # a text file has no place for revisions
            choice = self.track.confirm_text_save()
            if choice == "docx":
                return self.save_as()
            if choice == "cancel":
                return False
        doc = self.current_document(with_spans=True)
        if doc.comments and not path.lower().endswith(".docx"):
            answer = QMessageBox.question(
                self,
                self.tr("Comments Not Saved"),
                self.tr("A text file cannot keep the %n comment(s). Save without them?", "",
                        len(doc.comments)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
        author = S.get("author/name")
        same_file = self.path is not None and os.path.abspath(path) == os.path.abspath(self.path)
        safety = self.safety
        lock = safety.lock if same_file else safety.lock_for(path)  # Save As: the new name's
        if lock is None and not same_file:
            return False
        expected = self.fingerprint if same_file else None
        first = safety.first_save_of(path)
        try:
            while True:
                try:
                    result = save_document(
                        doc,
                        path,
                        author=author,
                        expected=expected,
                        analysis=self.live.analysis,
                        keep_opened=first,
                    )
                    break
                except ChangedOnDiskError as e:
                    choice = safety.ask_changed_on_disk(str(e), path)
                    if choice != "overwrite":
                        safety._drop(lock)
                        if choice == "save_as":
                            return self.save_as()
                        if choice == "reload":
                            safety.reload()
                        return False
                    expected = None
                except UnencodableError as e:
                    if not self._ask_utf8(e, path):
                        safety._drop(lock)
                        return False
                    doc.source.switch_to_utf8()  # type: ignore[union-attr]
        except (ReportDeskError, OSError) as e:
            safety._drop(lock)
            QMessageBox.warning(self, self.tr("Cannot Save File"), str(e))
            safety.save_failed()  # the text stays here, modified, and goes to recovery
            return False
        self.path = path
        doc.path = path
        self.editor.document().setModified(False)
        safety.saved(path, lock, result)
        self._remember(path)
        self.update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 4000)
        return True

    def _ask_utf8(self, err: UnencodableError, path: str) -> bool:
        """Typed characters do not fit the file's encoding: 保存为 UTF-8 / 取消."""
        choice = ask.choose(
            self,
            self.tr("Characters Not in the File's Encoding"),
            str(err),
            [("utf8", self.tr("Save as UTF-8")), ("cancel", self.tr("Cancel"))],
            "cancel",
            icon=ask.Icon.Warning,
            details=self.tr(
                "%1 will then be UTF-8 (with a BOM) from now on; its line ends stay."
            ).replace("%1", os.path.basename(path)),
        )
        return choice == "utf8"

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current text (saved, discarded or unchanged)."""
        if not self.editor.document().isModified():
            return True
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved Changes"),
            self.tr("The report has unsaved changes. Save them?"),
            buttons,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def update_title(self) -> None:
        name = Path(self.path).name if self.path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — " + self.tr("ReportDesk"))
