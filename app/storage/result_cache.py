"""The data folder's cache of the lexicon families' findings, per paragraph (`reportdesk check`);
the paragraph-local modules' findings are kept in it too (app.local_results), under keys of
their own.

Why: the lexicon families (app.lexicon_results) cost a fixed ~0.2 s of rjieba and table loading
in every process before they look at a paragraph; a reviewer re-checks the same reports after a
few edits. Their findings on a paragraph are a function of the paragraph's text and role and of
the engine (app.lexicon_results says why, module by module), so they are kept here by a digest
of (role, text), and a re-check loads the lexicon only for the paragraphs it has not seen.

What keeps a stale entry from ever being shown:
- The file is named by :func:`engine_key`: a digest of the *contents* of the engine's code and
  data (app/*.py, app/rules/*.py, app/data/*: reading and hashing ~0.7 MB costs ~2 ms, so no
  cheaper mtime stand-in is needed for them), of the third-party files the lexicon is built from
  (jieba's dict.txt, pypinyin's tables, wordfreq's list, rjieba's package: path, size and mtime,
  which an upgrade changes, since pip writes files anew; hashing 30 MB would cost ~50 ms), of
  this interpreter's version and of :data:`FORMAT`. Any change gives another file; the old one
  is removed at the next write.
- An entry holds only findings that round-trip exactly (:func:`to_rows` refuses the others,
  which are then found again every time).
- A file that cannot be read, is truncated, or does not have the expected shape is ignored
  (and replaced at the next write); an entry of a wrong shape is treated as missing.

Format: marshal (the format of the lexicon's own cache next to it): it builds data, never runs
code, and reads ~10× faster than json. Written to a temp file beside the target and moved in
with one ``os.replace`` (two `check`s at once: the last one's file wins, neither is torn).
Bounded: at most :data:`MAX_ENTRIES` paragraphs (a reviewer's dozens of reports), the least
recently used dropped first.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.digests import blake2b
from app.storage.paths import prune_cache_files
from app.storage.result_seen import SEEN as SEEN
from app.storage.result_seen import _read_seen as _read_seen
from app.storage.result_seen import _seen_path as _seen_path
from app.storage.result_seen import file_stamp as file_stamp
from app.storage.result_seen import seen_whole as seen_whole

if TYPE_CHECKING:
    from app.findings import Finding

FORMAT = 1  # bump when the rows or the file change shape
_MAGIC = "reportdesk-lexicon-results"
KIND = "results"
# Paragraph entries kept: a report has a few hundred distinct paragraphs (the corpus x3 test
# file ~1,500); 60,000 is dozens of reports, a file of ~2 MB read in a few milliseconds.
MAX_ENTRIES = 60_000
KEEP_AFTER_EVICTION = 45_000  # evict in one go down to this, not one entry per write
# An entry used by a check is stamped anew (so that it is evicted last) only when its stamp is
# this many writes old: a re-check of a known report then writes nothing most of the time.
REFRESH_AFTER = 4
MAX_SEEN = 500

# One finding as stored: (rule, severity, message, start, end, norm, fix), fix None or
# (description, ((start, end, replacement), ...)) of edits in the finding's own paragraph.
Row = tuple[str, str, str, int, int, str, "tuple[str, tuple[tuple[int, int, str], ...]] | None"]
Rows = tuple[Row, ...]
Entry = tuple[int, dict[str, Rows]]  # (stamp, module name → rows)

# The third-party files the lexicon and the typo check read (package, file in it; "" for every
# file of the package's folder, which is how rjieba's compiled dictionary is covered).
_PACKAGE_FILES = (("jieba", "dict.txt"), ("pypinyin", "pinyin_dict.json"),
                  ("pypinyin", "phrases_dict.json"), ("wordfreq", "data/jieba_zh.txt"),
                  ("rjieba", ""))


def _app_root() -> Path:
    return Path(__file__).resolve().parents[1]


def engine_files(root: Path | None = None) -> list[Path]:
    """The engine files whose contents key the cache: every module of the app package's top
    level (the lexicon, its slips, the model, the findings, the worker, app.lexicon_results …),
    the rule modules, their data, and this module (tests/app/test_result_cache.py checks that
    every app module the lexicon families import is among them)."""
    root = root or _app_root()
    files = [*root.glob("*.py"), *root.glob("rules/*.py"), root / "outline" / "numerals.py",
             *(p for p in root.glob("data/*") if p.is_file()), Path(__file__).resolve()]
    return sorted(set(files))


def _package_stamp(package: str, name: str) -> list[object]:
    """Path, size and mtime of a package's data file (or of every file of its folder), found
    without importing the package; ``[package, None]`` when it is not installed."""
    import importlib.util

    bundled = Path(getattr(sys, "_MEIPASS", "")) / package / name
    if getattr(sys, "frozen", False) and name and bundled.is_file():
        paths = [bundled]
    else:
        try:
            spec = importlib.util.find_spec(package)
        except (ImportError, ValueError):
            spec = None
        if spec is None:
            return [package, None]
        if spec.submodule_search_locations:
            folder = Path(next(iter(spec.submodule_search_locations)))
        else:
            folder = Path(spec.origin or "").parent
        paths = [folder / name] if name else sorted(
            p for p in folder.iterdir() if p.is_file())
    out: list[object] = [package]
    for p in paths:
        try:
            st = p.stat()
            out += [str(p), st.st_size, st.st_mtime_ns]
        except OSError:
            out += [str(p), None]
    return out


def engine_key(root: Path | None = None) -> str:
    """The digest naming the cache file (see the module docstring for what it covers)."""
    h = blake2b(digest_size=16)
    h.update(repr((_MAGIC, FORMAT, sys.version, marshal.version, sys.byteorder)).encode())
    if getattr(sys, "frozen", False):  # the bundle's code is inside its executable
        with contextlib.suppress(OSError):
            st = os.stat(sys.executable)
            h.update(repr((sys.executable, st.st_size, st.st_mtime_ns)).encode())
    for path in engine_files(root):
        h.update(str(path.name).encode("utf-8", "surrogatepass") + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"\0unreadable")
    for package, name in _PACKAGE_FILES:
        h.update(repr(_package_stamp(package, name)).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def paragraph_key(text: str, role: str) -> bytes:
    """A paragraph's key: a 128-bit digest of its role and text (no report text on disk)."""
    return blake2b(f"{role}\n{text}".encode("utf-8", "surrogatepass"),
                           digest_size=16).digest()


def to_rows(findings: Iterable[Finding], index: int) -> Rows | None:
    """``findings`` of the paragraph at ``index`` as rows, or None when one of them would not
    come back the same (related paragraphs, an edit elsewhere or across paragraphs, a fix shared
    between findings, a finding already tied to a paragraph id or ignored)."""
    rows: list[Row] = []
    fixes: set[int] = set()
    for f in findings:
        if f.index != index or f.related or f.paragraph_id is not None or f.ignored:
            return None
        fix: tuple[str, tuple[tuple[int, int, str], ...]] | None = None
        if f.fix is not None:
            if id(f.fix) in fixes or any(e.index != index or e.end_index is not None
                                         for e in f.fix.edits):
                return None
            fixes.add(id(f.fix))
            fix = (f.fix.description,
                   tuple((e.start, e.end, e.replacement) for e in f.fix.edits))
        rows.append((f.rule, f.severity.value, f.message, f.start, f.end, f.norm, fix))
    return tuple(rows)


def from_rows(rows: Rows, index: int) -> list[Finding]:
    """The findings of ``rows`` at paragraph ``index`` (new objects each time). Raises
    ValueError/TypeError on a row of a wrong shape (the caller treats the entry as missing)."""
    from app.findings import Edit, Finding, Fix, Severity

    out = []
    for rule, severity, message, start, end, norm, fix in rows:
        made = None
        if fix is not None:
            description, edits = fix
            made = Fix(tuple(Edit(index, s, e, r) for s, e, r in edits), description)
        out.append(Finding(rule, Severity(severity), message, index, start, end, norm, made))
    return out


def _write(path: Path, data: Any) -> None:
    """``data`` marshalled into a temp file beside ``path``, then moved in (``os.replace``:
    a reader sees the old file or the new one, never a torn one). Not app.storage.atomic's
    ``atomic_write``: that one makes the bytes durable (two fsyncs) and imports the backup
    machinery (~60 ms), which a cache that can always be rebuilt does not need."""
    import tempfile

    tmp = ""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{KIND}-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(data))
        os.replace(tmp, path)
        tmp = ""
    finally:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


class ResultStore:
    """The cache file of one engine key, loaded once per command and written back once."""

    def __init__(self, path: Path | None, key: str) -> None:
        self.path = path
        self.key = key
        self.stamp = 0  # this command's stamp: one more than the file's
        self.entries: dict[bytes, Entry] = {}
        self.dirty = False
        # the files checked: (size, mtime, this cache file's name) when found whole in it
        self.files: dict[str, tuple[int, int, str] | None] = {}

    @classmethod
    def open(cls, data_dir: Path | None = None) -> ResultStore:
        """The store of the current engine in the data folder (empty when there is no file or
        it cannot be read; ``path`` None when there is no data folder at all)."""
        key = engine_key()
        try:
            if data_dir is None:
                from app.storage.paths import app_data_dir

                data_dir = app_data_dir()
            path: Path | None = Path(data_dir) / "cache" / f"{KIND}-{key[:24]}.marshal"
        except OSError:
            path = None
        store = cls(path, key)
        store._read()
        return store

    def _read(self) -> None:
        if self.path is None:
            return
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return  # none yet, unreadable or damaged: start empty, replaced at the next write
        if isinstance(data, tuple) and len(data) == 4 and data[0] == _MAGIC and \
                data[1] == self.key and isinstance(data[2], int) and isinstance(data[3], dict):
            self.stamp = data[2] + 1
            self.entries = data[3]

    def get(self, key: bytes, module: str) -> Rows | None:
        """The rows of ``module`` for the paragraph ``key``, or None when not known (or the
        entry is damaged)."""
        entry = self.entries.get(key)
        if not isinstance(entry, tuple) or len(entry) != 2 or not isinstance(entry[1], dict):
            return None
        rows = entry[1].get(module)
        if not isinstance(rows, tuple):
            return None
        stamp = entry[0]
        if not isinstance(stamp, int) or stamp < self.stamp - REFRESH_AFTER:
            self.entries[key] = (self.stamp, entry[1])  # used: evicted last
            self.dirty = True
        return rows

    def put(self, key: bytes, module: str, rows: Rows) -> None:
        entry = self.entries.get(key)
        modules = dict(entry[1]) if isinstance(entry, tuple) and len(entry) == 2 and \
            isinstance(entry[1], dict) else {}
        modules[module] = rows
        self.entries[key] = (self.stamp, modules)
        self.dirty = True

    def put_all(self, rows: dict[bytes, dict[str, Rows]]) -> None:
        """:meth:`put` of each paragraph key's modules' rows, one new entry a key (not one a
        module: app.lexicon_results stores a whole document's units after the worker's
        reply)."""
        entries = self.entries
        for key, modules in rows.items():
            entry = entries.get(key)
            if isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], dict):
                modules = {**entry[1], **modules}
            entries[key] = (self.stamp, modules)
            self.dirty = True

    def note_file(self, stamp: tuple[str, int, int] | None, whole: bool) -> None:
        """A file was checked (its :func:`file_stamp` from before it was read): all of it is
        in the cache now (``whole``), or not."""
        if stamp is not None and self.path is not None:
            self.files[stamp[0]] = (*stamp[1:], self.path.name) if whole else None

    def save(self) -> None:
        """Write the store back if anything changed: evict the least recently used entries
        beyond the bound, write a temp file beside the target, move it in, and remove the files
        of other engine keys beyond the few most recent (another version sharing the folder);
        then the list of files seen whole. A failure (read-only or full disk) only costs the
        cache."""
        if self.path is None:
            return
        folder = self.path.parent
        try:
            if self.dirty:
                if len(self.entries) > MAX_ENTRIES:
                    newest = sorted(self.entries, key=lambda k: _stamp_of(self.entries[k]),
                                    reverse=True)
                    self.entries = {k: self.entries[k] for k in newest[:KEEP_AFTER_EVICTION]}
                _write(self.path, (_MAGIC, self.key, self.stamp, self.entries))
                self.dirty = False
                prune_cache_files(folder, KIND, self.path.name)
                for stale in folder.glob(f".{KIND}-*.tmp"):  # a killed writer's temp file
                    if _older_than(stale, 3600):
                        stale.unlink(missing_ok=True)
            self._save_seen(folder.parent)
        except (OSError, ValueError):
            pass

    def _save_seen(self, data_dir: Path) -> None:
        if not self.files:
            return
        seen = _read_seen(data_dir)
        changed = False
        for real, stamp in self.files.items():
            if seen.get(real) != stamp:
                seen.pop(real, None)  # (re-inserted last: the oldest go first)
                if stamp is not None:
                    seen[real] = stamp
                changed = True
        if changed:
            _write(_seen_path(data_dir), dict(list(seen.items())[-MAX_SEEN:]))


def _stamp_of(entry: Any) -> int:
    stamp = entry[0] if isinstance(entry, tuple) and entry else -1
    return stamp if isinstance(stamp, int) else -1


def _older_than(path: Path, seconds: float) -> bool:
    import time

    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False
