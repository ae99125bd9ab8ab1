"""What the controllers need from the window: one small protocol each.

The window's side is :class:`ui.window_view.WindowView`; tests pass a plain object with the same
attributes. Nothing here is a widget: the editor's text is a QTextDocument (a QObject a test can
make without a window), questions go through :class:`ui.ask.Ask`.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Protocol

from PySide6.QtGui import QTextDocument

from app.engine import Analysis
from app.findings import Finding
from app.model import Document
from app.outline.change import OutlineChange
from app.storage import FileFingerprint, Lock, SaveResult
from ui.ask import Ask
from ui.review_dialogs import ExportOptions


class Live(Protocol):
    """The model of the editor's text and its analysis (:class:`ui.live.LiveAnalysis`)."""

    @property
    def document(self) -> Document: ...

    @property
    def analysis(self) -> Analysis | None: ...

    def flush(self) -> None:
        """Bring the model and the analysis up to date with the editor (before using indexes)."""


class Safety(Protocol):
    """Locks, recovery and opening (:class:`ui.safety.DocumentSafety`)."""

    @property
    def lock(self) -> Lock | None: ...

    def lock_for(self, path: str) -> Lock | None: ...

    def drop(self, lock: Lock | None) -> None: ...

    def first_save_of(self, path: str) -> bool: ...

    def bring_forward(self, path: str) -> bool:
        """Another window of this program has ``path`` open: bring it to the front."""

    def read(self, path: str, lock: Lock | None, failed: Callable[[str], None]) -> bool:
        """Read ``path`` and show it in place of the current document; when it cannot be read,
        drop ``lock`` and call ``failed(one line)``. True when open or opening."""

    def reload(self) -> bool: ...

    def saved(self, path: str, lock: Lock | None, result: SaveResult) -> None: ...

    def save_failed(self) -> None: ...

    def new_document(self) -> None: ...


class BaseView(Protocol):
    @property
    def ask(self) -> Ask: ...

    @property
    def live(self) -> Live: ...

    @property
    def path(self) -> str | None: ...

    def show_status(self, text: str, ms: int = 4000) -> None: ...

    def current_document(self, with_spans: bool = False) -> Document:
        """The document as the editor holds it now (comments and, with ``with_spans``, the
        character formats included)."""


class FilesView(BaseView, Protocol):
    @property
    def safety(self) -> Safety: ...

    @property
    def path(self) -> str | None: ...

    @path.setter
    def path(self, value: str | None) -> None: ...

    @property
    def fingerprint(self) -> FileFingerprint | None: ...

    def loading(self) -> bool:
        """A file is still being read or shown."""

    def is_modified(self) -> bool: ...

    def set_modified(self, modified: bool) -> None: ...

    def set_title(self, name: str) -> None: ...

    def load_document(self, doc: Document, path: str | None) -> None: ...

    def confirm_text_save(self) -> str:
        """Tracked changes before a .txt save: "ok", "docx" (save as Word instead), "cancel"."""


class EditView(BaseView, Protocol):
    """The editor's text, for the commands that change it."""

    def text_document(self) -> QTextDocument: ...

    def go_to(self, index: int, start: int = 0, end: int | None = None) -> None:
        """Put the cursor on paragraph ``index`` (select ``start``–``end`` code points)."""

    def cursor_location(self) -> tuple[int, int]:
        """(paragraph, code-point offset) of the cursor."""


class OutlineView(EditView, Protocol):
    def selected_heading(self) -> int | None:
        """The paragraph of the heading selected in the outline pane."""

    def apply_outline_change(self, change: OutlineChange) -> bool:
        """Put an outline change into the editor's text as one undo step (with 修订 on in a
        Word document, its moves recorded as moves)."""

    def select_in_outline(self, index: int) -> None: ...


class ExportView(BaseView, Protocol):
    def export_options(
        self, default_path: str, comments: int, findings: int, can_track: bool, reviewer: str,
        ticked: tuple[bool, bool, bool],
    ) -> ExportOptions | None:
        """The Export to Word dialog (``ticked``: comments, problems, tracked changes at
        first): the options chosen, None when cancelled."""

    def original(self) -> Document | None:
        """The document as opened (for tracked changes), None for a new one."""

    def reviewer(self) -> str:
        """The reviewer's name from the settings ("" when not set)."""

    def busy(self) -> AbstractContextManager[object]:
        """The wait cursor while something slow runs."""


class FixesView(EditView, Protocol):
    def findings_at(self, index: int) -> list[Finding]:
        """The findings of the last analysis on paragraph ``index``."""

    def offer(self, entries: list[tuple[str, Callable[[], None]]]) -> None:
        """Let the user pick one of several commands (a menu at the cursor)."""

    def set_modified(self, modified: bool) -> None: ...

    def reanalyze(self) -> None:
        """Run the analysis again now (the ignore list changed)."""
