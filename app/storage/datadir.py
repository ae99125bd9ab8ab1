"""The app data folder's place (app.storage.paths says what lives there), apart from the rest of
app.storage.paths: `check` reads its cache's list of files it knew whole
(app.storage.result_seen) before it starts its lexicon worker, and paths' imports (socket,
getpass, datetime: ~20 M instructions) would come before the worker's start, on the critical
path of a cold check."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def app_data_dir() -> Path:
    """The app data folder (not created; see app.storage.paths.data_subdir)."""
    env = os.environ.get("REPORTDESK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / "ReportDesk"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "ReportDesk"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "reportdesk"
