"""What the window keeps in memory that it does not need (issue 15: ≤ 300 MB with corpus×3)."""

from __future__ import annotations

import linecache


def test_the_window_keeps_no_module_sources(window):
    """PySide's import hook reads every module's source into linecache as it is imported (about
    6 MB for the window's modules); a built window has let them go."""
    import ui.main_window  # noqa: F401 - the window's modules are all imported

    lines = sum(len(entry[2]) for entry in linecache.cache.values() if len(entry) > 2)
    assert lines < 5000, lines
