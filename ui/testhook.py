"""``REPORTDESK_TEST_SCRIPT``: lets a test drive the real app in a subprocess, for what only a
real process shows (tests/ui/test_data_safety_kill.py: SIGKILL after an autosave, then start
again and restore). Without the variable this module does nothing.

The variable holds a JSON object; every key is optional:

- ``"recovery"``: ``"restore"``, ``"discard"`` or ``"later"`` answers the start-up recovery offer
  for every entry (instead of showing the dialog);
- ``"autosave_ms"``: the autosave interval for this run (the setting allows 10–30 s);
- ``"type"``: text typed key by key at the end of the first window's document;
- ``"dump"``: a file to write, once every window is idle, as JSON
  ``[{"path", "modified", "text"}, …]`` (one entry per window);
- ``"quit"``: leave after the dump, without closing the windows (as a crash would, minus the
  crash: recovery files stay, the session ends cleanly).
"""

from __future__ import annotations

import json
import os
import sys

VARIABLE = "REPORTDESK_TEST_SCRIPT"


def script() -> dict:
    raw = os.environ.get(VARIABLE, "")
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        print(f"{VARIABLE}: not JSON, ignored", file=sys.stderr)
        return {}
    return value if isinstance(value, dict) else {}


def prepare(script: dict) -> None:
    """Before the recovery offer: answer it as the script says."""
    action = script.get("recovery")
    if action not in ("restore", "discard", "later"):
        return
    from ui import session

    def decide(parent, entries):
        return [] if action == "later" else [(entry, action) for entry in entries]

    session.decide = decide


def run(script: dict, app) -> None:
    """After the windows are up: autosave interval, typing, dump, quit (from the event loop)."""
    if not script:
        return
    from PySide6.QtCore import QTimer

    from ui import autosave

    def windows():
        return [w for w in autosave.windows() if w.safety.key is not None]

    def idle() -> bool:
        return all(not w.loader.busy for w in windows())

    steps = []
    if script.get("autosave_ms"):

        def interval() -> None:
            for w in windows():
                w.autosave_timer.setInterval(int(script["autosave_ms"]))

        steps.append(interval)
    if script.get("type"):
        steps.append(lambda: _type(windows()[0], str(script["type"])))
    if script.get("dump"):
        steps.append(lambda: _dump(windows(), script["dump"]))
    if script.get("quit"):
        steps.append(lambda: app.exit(0))  # (quit() would close the windows: "save?")

    def next_step() -> None:
        if not idle():
            QTimer.singleShot(50, next_step)
            return
        if steps:
            steps.pop(0)()
            QTimer.singleShot(0, next_step)

    QTimer.singleShot(0, next_step)


def _type(window, text: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            ev = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(window.editor, ev)
    print("typed", flush=True)


def _dump(windows, out: str) -> None:
    data = [
        {
            "path": w.path,
            "modified": w.editor.document().isModified(),
            "text": w.editor.toPlainText(),
        }
        for w in windows
    ]
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
