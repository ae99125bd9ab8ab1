"""File helpers of the window: the reader the loader calls, recent files (and their menu), where
exports start.

The file commands themselves (New, Open, Save …) are :class:`ui.controllers.files.FilesController`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from app.model import Document
from app.readers import read_document as engine_read
from ui import settings as S

MAX_RECENT = 10
translate = QCoreApplication.translate


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


def recent_files() -> list[str]:
    return [p for p in S.get("recentFiles") if p]


def remember(path: str) -> None:
    """Put ``path`` first in the recent files."""
    path = os.path.abspath(path)
    items = [path] + [p for p in recent_files() if p != path]
    S.put("recentFiles", items[:MAX_RECENT])


def clear_recent() -> None:
    S.put("recentFiles", [])


def fill_recent_menu(menu: QMenu, open_path: Callable[[str], object]) -> None:
    """File → Open Recent, as it is about to show: one entry per file (its folder in the tip)."""
    menu.clear()
    items = recent_files()
    for k, path in enumerate(items, 1):
        act = menu.addAction(f"&{k % 10} {Path(path).name}")
        act.setToolTip(path)
        act.triggered.connect(lambda _=False, p=path: open_path(p))
    if not items:
        menu.addAction(translate("RecentFiles", "(none)")).setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(translate("RecentFiles", "Clear Recent Files"), clear_recent)
