"""Never lose a report: atomic saves, backups, change detection, recovery, locks, crash logs.

Qt-free like the rest of :mod:`app`; the window wires these in (see docs/data-safety.md).
Every failure a user can meet is a :class:`~app.errors.WriteError` or
:class:`~app.errors.ReadError` with a one-line Chinese message.
"""

from app.storage.atomic import ChangedOnDiskError, SaveResult, atomic_write
from app.storage.backup import backup_path
from app.storage.crashlog import CrashLog, install_crash_logging
from app.storage.fingerprint import FileFingerprint, changed_on_disk, describe_change
from app.storage.locks import Lock, LockOwner, acquire_lock, lock_owner, office_lock_file
from app.storage.paths import app_data_dir
from app.storage.recovery import RecoveryEntry, RecoveryStore, Snapshot, new_doc_key
from app.storage.save import export_docx, save_document, write_checked_docx
from app.storage.serialize import from_json, to_json

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
