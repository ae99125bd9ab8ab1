"""Never lose a report: atomic saves, backups, change detection, recovery, locks, crash logs.

Qt-free like the rest of :mod:`app`; the window wires these in (see docs/data-safety.md).
Every failure a user can meet is a :class:`~app.errors.WriteError` or
:class:`~app.errors.ReadError` with a one-line Chinese message.

Each name is imported from its submodule on first use (PEP 562): a command that needs one
of them (`reportdesk check` needs only :func:`app_data_dir`) does not import them all.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.storage.atomic import ChangedOnDiskError, SaveResult, atomic_write
    from app.storage.backup import backup_path
    from app.storage.crashlog import CrashLog, install_crash_logging
    from app.storage.fingerprint import FileFingerprint, changed_on_disk, describe_change
    from app.storage.locks import Lock, LockOwner, acquire_lock, lock_owner, office_lock_file
    from app.storage.paths import app_data_dir
    from app.storage.recovery import RecoveryEntry, RecoveryStore, Snapshot, new_doc_key
    from app.storage.save import export_docx, save_document, write_checked_docx
    from app.storage.serialize import from_json, to_json

_WHERE = {
    "ChangedOnDiskError": "app.storage.atomic",
    "SaveResult": "app.storage.atomic",
    "atomic_write": "app.storage.atomic",
    "backup_path": "app.storage.backup",
    "CrashLog": "app.storage.crashlog",
    "install_crash_logging": "app.storage.crashlog",
    "FileFingerprint": "app.storage.fingerprint",
    "changed_on_disk": "app.storage.fingerprint",
    "describe_change": "app.storage.fingerprint",
    "Lock": "app.storage.locks",
    "LockOwner": "app.storage.locks",
    "acquire_lock": "app.storage.locks",
    "lock_owner": "app.storage.locks",
    "office_lock_file": "app.storage.locks",
    "app_data_dir": "app.storage.paths",
    "RecoveryEntry": "app.storage.recovery",
    "RecoveryStore": "app.storage.recovery",
    "Snapshot": "app.storage.recovery",
    "new_doc_key": "app.storage.recovery",
    "export_docx": "app.storage.save",
    "save_document": "app.storage.save",
    "write_checked_docx": "app.storage.save",
    "from_json": "app.storage.serialize",
    "to_json": "app.storage.serialize",
}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where), name)
    globals()[name] = value
    return value


__all__ = [
    "ChangedOnDiskError",
    "CrashLog",
    "FileFingerprint",
    "Lock",
    "LockOwner",
    "RecoveryEntry",
    "RecoveryStore",
    "SaveResult",
    "Snapshot",
    "acquire_lock",
    "app_data_dir",
    "atomic_write",
    "backup_path",
    "changed_on_disk",
    "describe_change",
    "export_docx",
    "from_json",
    "install_crash_logging",
    "lock_owner",
    "new_doc_key",
    "office_lock_file",
    "save_document",
    "to_json",
    "write_checked_docx",
]
