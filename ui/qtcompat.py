"""Workarounds for bindings bugs, each detected at run time so a fixed PySide6 skips it.

PySide6 6.12 returns ``None`` from every void method without taking a reference (it counts on
``None`` being immortal, as it is from CPython 3.12 on). On CPython 3.11 each such call (a
``setText``, ``setPosition``, ``setFormat`` …) drops one reference to ``None``; after a few
thousand calls the interpreter aborts with "none_dealloc: deallocating None". The fix: when the
leak is seen, give ``None`` a reference count so large that it can never reach zero, which is
what 3.12 does by design. ``True`` and ``False`` get the same treatment: some call of these
bindings drops references to them too ("bool_dealloc: deallocating True or False" after a long
typing session, seen in bench/bench_live.py); they are immortal from 3.12 on as well.
"""

from __future__ import annotations

import ctypes
import sys

_DONE = False


def _leaks_none() -> bool:
    from PySide6.QtGui import QTextCharFormat

    probe = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setFontPointSize(12.0)
    return sys.getrefcount(None) < before


def make_none_immortal() -> bool:
    """Apply the workaround if this interpreter/PySide6 pair needs it; True when applied."""
    global _DONE
    if _DONE or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not _leaks_none():
        _DONE = True
        return False
    for immortal in (None, True, False):
        refcnt = ctypes.c_ssize_t.from_address(id(immortal))
        refcnt.value += 1 << 40
    _DONE = True
    return True
