"""The window's C heap: one malloc arena for every thread.

Issue 15 asks that the window hold ≤ 300 MB with corpus×3 open after a session of typing, typed
headings and 修正全部序号 (bench/bench_live.py). What such a session adds over the opening is
not objects anyone keeps (over the session Python's live objects grow by ~1.5 MB) but heap that
glibc's malloc keeps free in pieces. One source of it is a second arena: each thread that
allocates while another holds the main arena's lock gets an arena of its own, and the loader's
worker (a pooled Qt thread, the opening's analysis) left one of ~6 MB resident with ~3.6 MB of
it free for good, which only that thread would reuse — more the busier the machine, as the two
threads then contend more (bench_live's session: 303 MB at load 1, 309–312 at load 5–13).
:func:`one_arena` makes every thread allocate from the main arena (``M_ARENA_MAX`` = 1); the
window's threads run Python under one interpreter lock, and glibc's per-thread cache serves most
small allocations without the arena's lock.

Tried and dropped (live21): handing the freed heap back (``malloc_trim``) after each large run
lowered the session's end by ~2 MB, but the next renumbering then faulted the returned pages in
again: 修正全部序号 +10–20 ms CPU, a cost callgrind does not see (the kernel's).

Not glibc (no ``mallopt``): nothing is done.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache

M_ARENA_MAX = -8  # glibc's mallopt parameter


@cache
def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt  # noqa: B018  (glibc's: absent from musl)
    except (OSError, AttributeError):
        return None
    libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    return libc


@cache
def one_arena() -> bool:
    """Every thread allocates from malloc's main arena from now on (once a process). True when
    glibc took the setting. Takes effect for threads that have no arena yet, and threads made
    later share the existing ones."""
    libc = _libc()
    return bool(libc is not None and libc.mallopt(M_ARENA_MAX, 1))
