"""New, Open, Save, Save As and the ask-to-save guard, behind :class:`FilesView`.

Saving goes through ``app.storage.save_document`` (atomic, checked, backup); every question on
the way (unsaved changes, comments a .txt cannot keep, characters its encoding cannot hold, the
file changed on disk) is asked through the view's :class:`ui.ask.Ask` and named by its answer.
Locks, recovery and the reading itself stay in :class:`ui.safety.DocumentSafety` (the view's
``safety``).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject

from app.errors import ReportDeskError
from app.model import Document, Paragraph
from app.storage import ChangedOnDiskError, save_document
from app.textsource import TextSource, UnencodableError
from ui import files
from ui import settings as S
from ui.ask import Icon
from ui.controllers.view import FilesView
from ui.safety import same_file


class FilesController(QObject):
    def __init__(self, view: FilesView) -> None:
        super().__init__()
        self.view = view

    # ---- New, Open ----------------------------------------------------------------------------
    def new_document(self) -> bool:
        v = self.view
        if v.loading() or not self.maybe_save():
            return False
        v.safety.new_document()
        v.load_document(Document(paragraphs=[Paragraph("")]), None)
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        start = os.path.dirname(self.view.path) if self.view.path else ""
        path = self.view.ask.open_file(
            self.tr("Open Report"),
            start,
            self.tr("Reports (*.txt *.docx *.doc *.wps *.rtf *.odt);;All files (*)"),
        )
        return bool(path) and self.open_path(path, ask=False)

    def open_path(self, path: str, ask: bool = True) -> bool:
        """Open ``path`` in this window: True when it is open (or opening in the background).
        ``ask``: ask first whether to save the current document's changes. On a read error say
        it in one line and keep the current document (ui.safety: locks, fingerprint, reading)."""
        v = self.view
        if v.loading():
            v.show_status(self.tr("Still opening another file…"), 4000)
            return False
        path = os.path.abspath(path)
        name = os.path.basename(path)
        if v.safety.bring_forward(path):
            v.ask.notify(
                self.tr("Already Open"),
                self.tr("%1 is already open in another window.").replace("%1", name),
                warning=False,
            )
            return False
        if ask and not self.maybe_save():
            return False
        same = same_file(path, v.path)
        lock = v.safety.lock if same else v.safety.lock_for(path)
        if lock is None and not same:
            return False

        def failed(message: str) -> None:
            v.ask.notify(self.tr("Cannot Open File"), message)

        return v.safety.read(path, lock, failed)

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current text (saved, discarded or unchanged)."""
        if not self.view.is_modified():
            return True
        answer = self.view.ask.choose(
            self.tr("Unsaved Changes"),
            self.tr("The report has unsaved changes. Save them?"),
            [
                ("save", self.tr("Save")),
                ("discard", self.tr("Don't Save")),
                ("cancel", self.tr("Cancel")),
            ],
            "save",
            escape="cancel",
        )
        if answer == "save":
            return self.save()
        return answer == "discard"

    # ---- Save ---------------------------------------------------------------------------------
    def save(self) -> bool:
        path = self.view.path
        if not path or (path.lower().endswith(".docx") and not files.docx_writer_available()):
            return self.save_as()
        if self.converted_from() is not None:
            return self.save_converted()
        return self.save_to(path)

    def converted_from(self) -> str | None:
        """The .doc/.wps/.rtf/.odt the document was converted from, while it is still the file
        this window has open (it is never saved over)."""
        original = self.view.live.document.properties.get("converted_from")
        path = self.view.path
        if original and path and os.path.abspath(original) == os.path.abspath(path):
            return str(original)
        return None

    def save_converted(self) -> bool:
        """A converted document is saved as a new .docx beside the original (asked for)."""
        original = Path(self.converted_from() or "")
        start = str(original.with_suffix(".docx"))
        path, _ = self.view.ask.save_file(
            self.tr("Save as Word Document"), start, self.tr("Word document (*.docx)")
        )
        if not path:
            return False
        if not path.lower().endswith(".docx"):
            path += ".docx"
        return self.save_to(path)

    def save_as(self) -> bool:
        filters = self.tr("Text (*.txt)")
        if files.docx_writer_available():
            filters = self.tr("Word document (*.docx)") + ";;" + filters
        start = self.view.path or self.tr("Untitled") + ".txt"
        if self.converted_from() is not None:  # never offer the .doc/.wps/.rtf/.odt itself
            start = str(Path(start).with_suffix(".docx"))
        path, chosen = self.view.ask.save_file(self.tr("Save Report As"), start, filters)
        if not path:
            return False
        if not os.path.splitext(path)[1]:
            path += ".docx" if "docx" in chosen else ".txt"
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Save atomically (with a backup of the previous version); if the file changed on
        disk since it was opened or saved here, ask before overwriting it."""
        v = self.view
        is_text = not path.lower().endswith(".docx")
        if is_text:  # a text file has no place for revisions
            choice = v.confirm_text_save()
            if choice == "docx":
                return self.save_as()
            if choice == "cancel":
                return False
        doc = v.current_document(with_spans=True)
        if doc.comments and is_text and not self.ask_drop_comments(len(doc.comments)):
            return False
        same = v.path is not None and os.path.abspath(path) == os.path.abspath(v.path)
        safety = v.safety
        lock = safety.lock if same else safety.lock_for(path)  # Save As: the new name's
        if lock is None and not same:
            return False
        expected = v.fingerprint if same else None
        first = safety.first_save_of(path)
        try:
            while True:
                try:
                    result = save_document(
                        doc, path, author=S.get("author/name"), expected=expected,
                        analysis=v.live.analysis, keep_opened=first,
                    )  # fmt: skip
                    break
                except ChangedOnDiskError as e:
                    choice = self.ask_changed_on_disk(str(e), path)
                    if choice != "overwrite":
                        safety.drop(lock)
                        if choice == "save_as":
                            return self.save_as()
                        if choice == "reload":
                            safety.reload()
                        return False
                    expected = None
                except UnencodableError as e:
                    if not self.ask_utf8(e, path) or not isinstance(doc.source, TextSource):
                        safety.drop(lock)
                        return False
                    doc.source.switch_to_utf8()
        except (ReportDeskError, OSError) as e:
            safety.drop(lock)
            v.ask.notify(self.tr("Cannot Save File"), str(e))
            safety.save_failed()  # the text stays here, modified, and goes to recovery
            return False
        v.path = path
        doc.path = path
        v.set_modified(False)
        safety.saved(path, lock, result)
        files.remember(path)
        self.update_title()
        v.show_status(self.tr("Saved %1").replace("%1", path), 4000)
        return True

    # ---- the questions of a save --------------------------------------------------------------
    def ask_drop_comments(self, count: int) -> bool:
        """A .txt has no place for comments: save without them?"""
        answer = self.view.ask.choose(
            self.tr("Comments Not Saved"),
            self.tr("A text file cannot keep the %n comment(s). Save without them?", "", count),
            [("save", self.tr("Save Without Them")), ("cancel", self.tr("Cancel"))],
            "cancel",
        )
        return answer == "save"

    def ask_utf8(self, err: UnencodableError, path: str) -> bool:
        """Typed characters do not fit the file's encoding: 保存为 UTF-8 / 取消."""
        choice = self.view.ask.choose(
            self.tr("Characters Not in the File's Encoding"),
            str(err),
            [("utf8", self.tr("Save as UTF-8")), ("cancel", self.tr("Cancel"))],
            "cancel",
            icon=Icon.Warning,
            details=self.tr(
                "%1 will then be UTF-8 (with a BOM) from now on; its line ends stay."
            ).replace("%1", os.path.basename(path)),
        )
        return choice == "utf8"

    def ask_changed_on_disk(self, message: str, path: str) -> str:
        """覆盖 / 另存为 / 重新载入 / 取消 → "overwrite", "save_as", "reload" or "cancel"."""
        options = [("overwrite", self.tr("Overwrite")), ("save_as", self.tr("Save As…"))]
        if os.path.isfile(path) and same_file(path, self.view.path):
            options.append(("reload", self.tr("Reload (Drop My Changes)")))
        options.append(("cancel", self.tr("Cancel")))
        choice = self.view.ask.choose(
            self.tr("File Changed on Disk"),
            message,
            options,
            "cancel",
            icon=Icon.Warning,
            details=self.tr("The version on disk is kept as the backup if you overwrite it."),
        )
        return choice or "cancel"

    # ---- title, recent files ------------------------------------------------------------------
    def title(self) -> str:
        path = self.view.path
        name = Path(path).name if path else self.tr("Untitled")
        return f"{name}[*] — " + self.tr("ReportDesk")

    def update_title(self) -> None:
        self.view.set_title(self.title())

    def recent_files(self) -> list[str]:
        return files.recent_files()
