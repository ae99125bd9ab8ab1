"""A fake window for the controllers (ui.controllers): a scripted Ask, the text in a plain
QTextDocument, the model and analysis rebuilt from it by the engine, and a Safety that records
what it was asked to do. No widget is created and no dialog class is patched."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field

from PySide6.QtGui import QTextDocument

from app.engine import analyze
from app.model import Document, Paragraph
from ui.identity import block_id, set_block_id
from ui.loader import failure_message, read_report


class ScriptedAsk:
    """Answers questions from a queue (then: the question's escape or last answer) and records
    what was asked (title, text, answer keys), told, and which file dialogs were shown."""

    def __init__(self, *answers: object) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, str, list[str]]] = []
        self.told: list[str] = []
        self.dialogs: list[tuple[str, str]] = []  # (title, start)

    def choose(self, title, text, options, default=None, *, escape=None, icon=None, details=""):
        keys = [key for key, _ in options]
        self.asked.append((title, text, keys))
        if self.answers:
            answer = self.answers.pop(0)
            assert answer in keys, (answer, keys)
            return answer
        return escape or keys[-1]

    def notify(self, title, text, *, warning=True):
        self.told.append(text)

    def save_file(self, title, start, filters):
        self.dialogs.append((title, start))
        return self.answers.pop(0) if self.answers else ("", "")

    def open_file(self, title, start, filters):
        self.dialogs.append((title, start))
        return self.answers.pop(0) if self.answers else ""


class TextLive:
    """The model of ``text`` (a QTextDocument) and its analysis, brought up to date on flush.
    A paragraph's id lives in its block's format (ui.identity), as in the editor, so it travels
    with a moved paragraph."""

    def __init__(self, text: QTextDocument, doc: Document) -> None:
        self.text = text
        self.document = doc
        text.setPlainText("\n".join(p.text for p in doc.paragraphs))
        block = text.begin()
        for p in doc.paragraphs:
            set_block_id(block, p.id)
            block = block.next()
        text.clearUndoRedoStacks()
        self.analysis = None
        self.flush()

    def flush(self) -> None:
        paragraphs = []
        block = self.text.begin()
        while block.isValid():
            pid = block_id(block)
            paragraphs.append(Paragraph(block.text(), id=pid) if pid else Paragraph(block.text()))
            block = block.next()
        self.document.paragraphs = paragraphs
        self.analysis = analyze(self.document)


@dataclass
class RecordingSafety:
    """Hands out a lock per name, records saves, failures, drops and opens, and keeps the view's
    fingerprint as ui.safety does (the file as last saved)."""

    view: object = None
    lock: object | None = None
    dropped: list[object] = field(default_factory=list)
    saved_as: list[str] = field(default_factory=list)
    failed: int = 0
    opened: list[str] = field(default_factory=list)
    new: int = 0
    reloaded: int = 0
    open_elsewhere: list[str] = field(default_factory=list)  # by other windows

    def lock_for(self, path):
        return ("lock", path)

    def drop(self, lock):
        if lock is not None and lock is not self.lock:
            self.dropped.append(lock)

    def first_save_of(self, path):
        return True

    def bring_forward(self, path):
        return path in self.open_elsewhere

    def read(self, path, lock, failed):
        """What ui.loader does for a small file, at once: read and analyse, then show it, or
        drop the lock and tell the one-line failure."""
        self.opened.append(path)
        try:
            loaded = read_report(path, analyze)
        except Exception as err:
            self.drop(lock)
            failed(failure_message(err, os.path.basename(path)))
            return False
        self.view.load_document(loaded.doc, path)
        self.lock = lock
        return True

    def reload(self):
        self.reloaded += 1
        return True

    def saved(self, path, lock, result):
        self.saved_as.append(path)
        self.lock = lock
        self.view.fingerprint = result.fingerprint

    def save_failed(self):
        self.failed += 1

    def new_document(self):
        self.new += 1


class FakeView:
    """Every view of ui.controllers.view at once."""

    def __init__(self, doc: Document | None = None, *answers: object, path: str | None = None):
        self.ask = ScriptedAsk(*answers)
        self.text = QTextDocument()
        self.live = TextLive(self.text, doc or Document(paragraphs=[Paragraph("")]))
        self.text.setModified(False)
        self.path = path
        self.fingerprint = None
        self.safety = RecordingSafety(self)
        self.status: list[str] = []
        self.title = ""
        self.loaded: list[tuple[Document, str | None]] = []
        self.text_save = "ok"
        self.comments = []
        self.cursor = (0, 0)
        self.heading: int | None = None
        self.shown_in_outline: list[int] = []
        self.offered: list[list[str]] = []
        self.reanalysed = 0
        self.options = None
        self.original_doc: Document | None = None
        self.reviewer_name = "王科长"

    # every view
    def show_status(self, text, ms=4000):
        self.status.append(text)

    def current_document(self, with_spans=False):
        self.live.flush()
        self.live.document.comments = list(self.comments)
        return self.live.document

    # files
    def loading(self):
        return False

    def is_modified(self):
        return self.text.isModified()

    def set_modified(self, modified):
        self.text.setModified(modified)

    def set_title(self, name):
        self.title = name

    def load_document(self, doc, path):
        self.loaded.append((doc, path))
        self.path = path
        self.live = TextLive(self.text, doc)
        self.text.setModified(False)

    def confirm_text_save(self):
        return self.text_save

    # editing
    def text_document(self):
        return self.text

    def apply_outline_change(self, change):
        from ui.outline_apply import apply_outline_change

        return apply_outline_change(self.text, change)

    def go_to(self, index, start=0, end=None):
        self.cursor = (index, start)

    def cursor_location(self):
        return self.cursor

    def selected_heading(self):
        return self.heading

    def select_in_outline(self, index):
        self.shown_in_outline.append(index)

    def findings_at(self, index):
        analysis = self.live.analysis
        return [f for f in analysis.findings if f.index == index] if analysis else []

    def offer(self, entries):
        self.offered.append([label for label, _ in entries])

    def reanalyze(self):
        self.reanalysed += 1
        self.live.flush()

    # export
    def export_options(self, default_path, comments, findings, can_track, reviewer, ticked):
        self.offered_export = (default_path, comments, findings, can_track, reviewer, ticked)
        return self.options

    def original(self):
        return self.original_doc

    def reviewer(self):
        return self.reviewer_name

    def busy(self):
        return contextlib.nullcontext()


def report(*texts: str) -> Document:
    return Document(paragraphs=[Paragraph(t) for t in texts])
