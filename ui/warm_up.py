"""What the window's first outline edit would import, imported once a report is shown.

修正全部序号 (and 升级/降级, moving a section) import the outline's edit planning and the code
that applies an outline change to the editor on first use (``app.outline.edits``,
``app.fixes``, ``ui.outline_apply``, ``ui.track_outline`` with the tracked moves it needs):
kept out of the window's start, which does not need them. Imported at the user's first
修正全部序号 they cost that click ~11 ms of its ~190 on corpus×3 (~100 M of its ~1,750 M
instructions, callgrind: bench/bench_key_instructions.py ``--fix``, which counts one fix after
opening). So they are imported once a report has been put into the window, from a zero-time
timer: after the report is shown and drawn, in the pause the user takes before the first
command, once per process.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QTimer

# imported by the first outline edit (checked: sys.modules before and after a 修正全部序号)
OUTLINE_EDIT_MODULES = ("app.outline.edits", "app.fixes", "ui.outline_apply", "ui.track_outline")

_state = {"queued": False, "done": False}


def warm_up() -> None:
    """Import :data:`OUTLINE_EDIT_MODULES` (once)."""
    if _state["done"]:
        return
    _state["done"] = True
    for name in OUTLINE_EDIT_MODULES:
        importlib.import_module(name)


def warm_up_later() -> None:
    """:func:`warm_up` from the event loop, after what is queued now (the report's paint)."""
    if _state["queued"] or _state["done"]:
        return
    _state["queued"] = True
    QTimer.singleShot(0, warm_up)
