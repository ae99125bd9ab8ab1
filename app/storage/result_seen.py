"""The files `check` found whole in its cache of findings (app/storage/result_cache.py), read
before the command starts its lexicon worker: a file listed with the same size and time is
re-checked without the worker. Apart from result_cache, whose imports (hashlib, and through
app.storage.paths socket, getpass and datetime: ~30 M instructions) would otherwise all come
before the worker's start, on the critical path of a cold check; result_cache imports these
names, and they are its own."""

from __future__ import annotations

import marshal
import os
from collections.abc import Iterable
from pathlib import Path

# The files a check found whole in the cache: path → (size, mtime when it was read, the cache
# file's name). Read before `check` starts its lexicon worker, which it then does not start for
# a file listed with the same size and time while that cache file is there (a guess only: when
# it is wrong, the worker is started once the missing paragraphs are known).
SEEN = "results_seen.marshal"


def file_stamp(path: str) -> tuple[str, int, int] | None:
    """(real path, size, mtime) of a file about to be checked, None when it cannot be had."""
    try:
        real = os.path.realpath(path)
        st = os.stat(real)
    except (OSError, ValueError):
        return None
    return real, st.st_size, st.st_mtime_ns


def _seen_path(data_dir: Path | None = None) -> Path:
    if data_dir is None:
        from app.storage.datadir import app_data_dir

        data_dir = app_data_dir()
    return Path(data_dir) / "cache" / SEEN


def _read_seen(data_dir: Path | None = None) -> dict[str, tuple[int, int, str]]:
    try:
        seen = marshal.loads(_seen_path(data_dir).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return seen if isinstance(seen, dict) else {}


def seen_whole(paths: Iterable[str], data_dir: Path | None = None) -> bool:
    """Whether the last check of each of these files found all of it in the cache, the file
    has the same size and time now, and the cache file it was found in is still there (~0.2
    ms: a few stats and a small file)."""
    stamps = [file_stamp(p) for p in paths]
    if not stamps or None in stamps:
        return False
    seen = _read_seen(data_dir)
    folder = _seen_path(data_dir).parent
    for stamp in stamps:
        entry = seen.get(stamp[0]) if stamp is not None else None
        if stamp is None or not isinstance(entry, tuple) or len(entry) != 3 or \
                entry[:2] != stamp[1:] or not isinstance(entry[2], str) or \
                not (folder / entry[2]).is_file():
            return False
    return True
