"""The window's C heap: one malloc arena, and freed heap handed back after large runs.

Issue 15 asks that the window hold ≤ 300 MB with corpus×3 open after a session of typing, typed
headings and 修正全部序号 (bench/bench_live.py). What such a session adds over the opening is
not objects anyone keeps (over the session Python's live objects grow by ~1.5 MB) but heap that
glibc's malloc keeps, free, in pieces:

- **A second arena.** Each thread that allocates while another holds the main arena's lock gets
  an arena of its own: the loader's worker (a pooled Qt thread, the opening's analysis) left one
  of ~6 MB resident with ~3.6 MB of it free for good, which only that thread would reuse.
  :func:`one_arena` makes every thread allocate from the main arena (``M_ARENA_MAX`` = 1); the
  window's threads run Python under one interpreter lock, so they seldom contend for it.
- **Freed pages inside the heap.** A typed heading's analysis or a renumbering allocates and
  frees ~100,000 objects; glibc hands back only the free space at the heap's top, so the pages
  they freed in the middle stay resident. :func:`return_freed` (``malloc_trim(0)``, ~0.2–0.5 ms
  on corpus×3) gives them back; :func:`ui.live.collected_once` calls it once its collector pass
  has run, after a run that took ≥ :data:`TRIM_AFTER_MS` (a key in a sentence does not pay it).

Not glibc (no ``mallopt``/``malloc_trim``): both do nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache

M_ARENA_MAX = -8  # glibc's mallopt parameter
TRIM_AFTER_MS = 10.0  # a block of work this long gives its freed heap back after it


@cache
def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt  # noqa: B018  (glibc's: absent from musl)
        libc.malloc_trim  # noqa: B018
    except (OSError, AttributeError):
        return None
    libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    libc.malloc_trim.argtypes = [ctypes.c_size_t]
    return libc


@cache
def one_arena() -> bool:
    """Every thread allocates from malloc's main arena from now on (once a process). True when
    glibc took the setting. Takes effect for threads that have no arena yet, and threads made
    later share the existing ones."""
    libc = _libc()
    return bool(libc is not None and libc.mallopt(M_ARENA_MAX, 1))


def return_freed() -> bool:
    """Hand the heap's free pages back to the system (glibc keeps them otherwise). True when
    some memory was returned."""
    libc = _libc()
    return bool(libc is not None and libc.malloc_trim(0))
