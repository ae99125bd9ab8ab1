"""Work the window would otherwise do at a user's first command, done before it.

**The rules' first-use tables** (:func:`preload_rules`, the window's lexicon preload thread,
ui/app.py): the wording checks' lexicon, then every rule once over the bundled sample report,
so that what a rule builds at its first use (the typo family's set-phrase index, attested
modern words, twins, …) is built in that thread and not in the GUI thread's first slice of a
long report's second stage (corpus×3, the stage's first two steps: 149 / 73 and 141 / 67 ms
CPU with the lexicon, attested words and twins preloaded, 4 / 15 and 19 / 16 ms with this).
The second stage waits for the preload thread rather than for its locks
(ui.live.lexicon_loading). Whatever tables the rules add later are covered without a list.

**The outline edit's modules** (:func:`warm_up_later`): what the window's first outline edit
would import, imported once a report is shown.

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
from pathlib import Path

from PySide6.QtCore import QTimer

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / \
    "xinfang-dangjian-2020h1.txt"

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


def preload_rules(sample: Path = SAMPLE) -> None:
    """The lexicon and the rules' first-use tables (module docstring); for a background thread.
    Only caches are filled: no finding depends on whether this ran (tests/ui/test_warm_up.py)."""
    from app.engine import analyze
    from app.lexicon import lexicon, spans
    from app.model import Document
    from app.modern_words import attested_set
    from app.rules.typo_joined import twins

    lexicon()
    spans("预热")
    attested_set()  # (worked out once after an install: ~0.2 s, then read from the cache)
    twins()  # (likewise, ~0.45 s)
    analyze(Document.from_lines(sample.read_text("utf-8").splitlines()))
