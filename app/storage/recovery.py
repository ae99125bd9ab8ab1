"""Unsaved work survives a crash: autosaved copies in the app data folder.

Each open document autosaves under a key (:func:`new_doc_key`) to
``<data dir>/recovery/<key>.rdrec``: one line of JSON about it (original path, time, paragraph
count, first lines, the SHA-256 of the next line), then one line with the whole document
(:mod:`app.storage.serialize`). Files are written with :func:`atomic_write`, so a crash during
an autosave leaves the previous autosave; the user's own file is never written here.

The document line is never built as one string: :meth:`RecoveryStore.snapshot` keeps one small
record a paragraph (no dicts), and :meth:`RecoveryStore.write` encodes them a batch at a time
into UTF-8 pieces (their checksum goes into the header line), then writes the pieces. The bytes
are those of ``json.dumps(to_json(doc), ensure_ascii=False, separators=(",", ":"))``; built
whole, that text, its UTF-8 and the file's bytes were ~7 MB of short-lived copies for a long
report every 30 s, and the dicts it came from 2.8 MB of small objects, which fragmented the
window's heap (docs/benchmarks.md, mem12).

Every store holds a session lock (``<data dir>/sessions/<id>.lock``) while the process lives. A
recovery file whose session is no longer held belongs to an instance that ended without dealing
with it (crash, kill, power loss): :meth:`RecoveryStore.list_pending` offers exactly those.
The UI discards a document's file when it is saved or the user closes it without saving.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import re
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import ReadError, WriteError
from app.i18n import tr
from app.model import Document
from app.storage.atomic import atomic_write, short_reason
from app.storage.oslock import HeldFile, is_held, try_hold
from app.storage.paths import (
    RECOVERY,
    SESSIONS,
    app_data_dir,
    data_subdir,
    now_iso,
    owner_info,
    real_path,
)
from app.storage.serialize import ParagraphState, from_json, json_chunks, to_json_parts

SUFFIX = ".rdrec"
FORMAT = "reportdesk-recovery/1"
_KEY = re.compile(r"[A-Za-z0-9_-]{1,64}")
_PREVIEW_LINES = 3
_PREVIEW_CHARS = 40


def new_doc_key() -> str:
    """A key for a document opened or created in this session."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class RecoveryEntry:
    """An autosaved document found in the recovery folder."""

    key: str
    file: Path  # the recovery file
    original_path: str | None  # the report it is a copy of (None: never saved)
    saved_at: str  # ISO 8601 with offset
    paragraph_count: int
    preview: tuple[str, ...]  # first non-blank lines, shortened
    session: str
    pid: int
    host: str

    @property
    def title(self) -> str:
        """The name to show: the original file's name, or "未命名文档"."""
        return _title(self.original_path)


@dataclass(frozen=True)
class Snapshot:
    """A document's state for one autosave: plain data, shares nothing mutable with the
    Document (:func:`~app.storage.serialize.to_json_parts`)."""

    key: str
    data: dict[str, Any]  # the document's JSON but its paragraphs' (``"paragraphs"``: None)
    paragraphs: tuple[ParagraphState, ...]
    original_path: str | None
    paragraph_count: int
    preview: tuple[str, ...]


class RecoveryStore:
    """Autosave, list, load and discard recovery files (one store per process)."""

    def __init__(self, data_dir: str | os.PathLike[str] | None = None):
        self.data_dir = Path(data_dir) if data_dir is not None else app_data_dir()
        self.session = uuid.uuid4().hex
        self._session_lock: HeldFile | None = None
        self._session_guard = threading.Lock()

    @property
    def folder(self) -> Path:
        return self.data_dir / RECOVERY

    def file_for(self, doc_key: str) -> Path:
        if not _KEY.fullmatch(doc_key):
            raise ValueError(f"bad recovery key: {doc_key!r}")
        return self.folder / f"{doc_key}{SUFFIX}"

    def snapshot(
        self, doc_key: str, doc: Document, original_path: str | os.PathLike[str] | None = None
    ) -> Snapshot:
        """Copy what an autosave needs out of ``doc`` (fast; in the thread that edits it)."""
        self.file_for(doc_key)  # validates the key
        lines = (t for p in doc.paragraphs if (t := p.text.strip()))
        frame, paragraphs = to_json_parts(doc)
        return Snapshot(
            key=doc_key,
            data=frame,
            paragraphs=paragraphs,
            original_path=None if original_path is None else os.fspath(original_path),
            paragraph_count=sum(not p.virtual for p in doc.paragraphs),
            preview=tuple(t[:_PREVIEW_CHARS] for t in itertools.islice(lines, _PREVIEW_LINES)),
        )

    def write(self, snap: Snapshot) -> RecoveryEntry:
        """Write a snapshot (atomically; may run in a worker thread, one write at a time).
        WriteError: "自动保存失败（磁盘已满）：报告.docx" — keep editing, show it quietly."""
        target = self.file_for(snap.key)
        original = snap.original_path
        if original is not None and real_path(original) == real_path(target):
            raise WriteError(
                tr(
                    "自动保存失败：恢复副本不能写在原文件上",
                    "Autosave failed: the recovery copy cannot go over the original file",
                )
            )
        body = list(_body(snap))  # ~240 KB pieces; the text is never joined
        digest = hashlib.sha256()
        for piece in body:
            digest.update(piece)
        header = self._header(snap, digest.hexdigest())
        try:
            data_subdir(RECOVERY, self.data_dir)
            self._ensure_session()
        except OSError as err:
            reason = short_reason(err)
            raise WriteError(
                tr(
                    f"自动保存失败（{reason}）：无法写入数据文件夹 {self.data_dir}",
                    f"Autosave failed ({reason}): cannot write the data folder {self.data_dir}",
                )
            ) from err
        try:
            self._put(target, _line(header), *body, b"\n")
        except WriteError as err:
            reason = short_reason(err)
            raise WriteError(
                tr(
                    f"自动保存失败（{reason}）：{_title(original)}",
                    f"Autosave failed ({reason}): {_title(original)}",
                )
            ) from err
        return _entry(target, header)

    def save(
        self, doc_key: str, doc: Document, original_path: str | os.PathLike[str] | None = None
    ) -> RecoveryEntry:
        """Autosave ``doc`` now: :meth:`snapshot` then :meth:`write`, in this thread."""
        return self.write(self.snapshot(doc_key, doc, original_path))

    def list_pending(self) -> list[RecoveryEntry]:
        """Recovery files left by instances that are gone, newest first."""
        self._remove_dead_sessions()
        entries = []
        try:
            files = sorted(self.folder.glob(f"*{SUFFIX}"))
        except OSError:
            return []
        for file in files:
            header = _read_header(file)
            if header is None or header.get("session") == self.session:
                continue
            if self._session_alive(str(header.get("session", ""))):
                continue
            with contextlib.suppress(KeyError, TypeError, ValueError):
                entries.append(_entry(file, header))
        return sorted(entries, key=lambda e: e.saved_at, reverse=True)

    def load(self, entry: RecoveryEntry, *, claim: bool = True) -> Document:
        """The autosaved Document (fresh ids; ``path`` is the original's). With ``claim``, the
        file now belongs to this session: go on autosaving it under ``entry.key``."""
        try:
            raw = entry.file.read_bytes()
        except OSError as err:
            why = err.strerror or err
            raise ReadError(
                tr(
                    f"无法读取恢复文件：{entry.title}（{why}）",
                    f"Cannot read the recovery file: {entry.title} ({why})",
                )
            ) from None
        head, _, body = raw.partition(b"\n")
        try:
            header = json.loads(_decode(head))
            body = body.rstrip(b"\n")
            if hashlib.sha256(body).hexdigest() != header["doc_sha256"]:
                raise ValueError("checksum")
            payload = json.loads(_decode(body))
        except (ValueError, KeyError, TypeError):
            raise ReadError(
                tr(f"恢复文件已损坏：{entry.title}", f"Recovery file damaged: {entry.title}")
            ) from None
        owner = str(header.get("session", ""))
        if owner not in (entry.session, self.session) and self._session_alive(owner):
            raise ReadError(
                tr(
                    f"{entry.title} 的恢复副本已在另一个窗口中打开",
                    f"The recovery copy of {entry.title} is open in another window",
                )
            )
        doc = from_json(payload)
        if claim and owner != self.session:
            header["session"] = self.session
            header.update({k: v for k, v in owner_info().items() if k in ("pid", "host")})
            with contextlib.suppress(OSError, WriteError):
                self._ensure_session()
                self._put(entry.file, _line(header) + body + b"\n")
        return doc

    def discard(self, entry: RecoveryEntry | str) -> None:
        """Delete a recovery file (the user saved, closed without saving, or declined it)."""
        file = entry.file if isinstance(entry, RecoveryEntry) else self.file_for(entry)
        with contextlib.suppress(FileNotFoundError):
            file.unlink()

    def close(self) -> None:
        """Give up the session (at exit; recovery files not discarded become pending)."""
        if self._session_lock is not None:
            self._session_lock.release()
            self._session_lock = None

    def _ensure_session(self) -> None:
        with self._session_guard:
            if self._session_lock is None:
                folder = data_subdir(SESSIONS, self.data_dir)
                held = try_hold(folder / f"{self.session}.lock", {"session": self.session})
                if held is None:  # a uuid nobody else has: cannot happen, never share one
                    raise OSError(0, "session lock busy")
                self._session_lock = held

    def _put(self, file: Path, *pieces: bytes) -> None:
        def write(tmp: str) -> None:
            with open(tmp, "wb") as f:
                for piece in pieces:
                    f.write(piece)

        atomic_write(file, write, backup=False, fingerprint=False, data_dir=self.data_dir)

    def _session_alive(self, session: str) -> bool:
        if session == self.session:
            return self._session_lock is not None
        if not _KEY.fullmatch(session):
            return False
        return is_held(self.data_dir / SESSIONS / f"{session}.lock")

    def _remove_dead_sessions(self) -> None:
        """Session lock files nobody holds: their process is gone for good."""
        with contextlib.suppress(OSError):
            for file in (self.data_dir / SESSIONS).glob("*.lock"):
                if file.stem != self.session and not is_held(file):
                    with contextlib.suppress(OSError):
                        file.unlink()

    def _header(self, snap: Snapshot, body_sha256: str) -> dict[str, Any]:
        info = owner_info()
        return {
            "format": FORMAT,
            "key": snap.key,
            "original_path": snap.original_path,
            "saved_at": now_iso(),
            "session": self.session,
            "pid": info["pid"],
            "host": info["host"],
            "paragraph_count": snap.paragraph_count,
            "preview": list(snap.preview),
            "doc_sha256": body_sha256,
        }


def _title(original_path: str | os.PathLike[str] | None) -> str:
    if original_path:
        text = os.fspath(original_path)
        return os.path.basename(text) or text
    return "未命名文档"


def _body(snap: Snapshot) -> Iterator[bytes]:
    """The document line's bytes in pieces (UTF-8 piece by piece is UTF-8 of the whole: pieces
    end between JSON values, never inside a character)."""
    for text in json_chunks(snap.data, snap.paragraphs):
        yield _encode(text)


def _line(header: dict[str, Any]) -> bytes:
    return _encode(json.dumps(header, ensure_ascii=False)) + b"\n"


def _encode(text: str) -> bytes:
    """UTF-8 that also carries lone surrogates (undecodable file names, odd pasted text)."""
    return text.encode("utf-8", "surrogatepass")


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")


def _read_header(file: Path) -> dict[str, Any] | None:
    try:
        with open(file, "rb") as f:
            header = json.loads(_decode(f.readline(1 << 20)))
    except (OSError, ValueError):
        return None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        return None
    return header


def _entry(file: Path, header: dict[str, Any]) -> RecoveryEntry:
    return RecoveryEntry(
        key=str(header["key"]),
        file=file,
        original_path=header.get("original_path"),
        saved_at=str(header["saved_at"]),
        paragraph_count=int(header["paragraph_count"]),
        preview=tuple(str(t) for t in header.get("preview", [])),
        session=str(header["session"]),
        pid=int(header.get("pid", 0)),
        host=str(header.get("host", "?")),
    )
