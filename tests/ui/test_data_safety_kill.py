"""The real thing, in real processes: the app (``python -m ui.app FILE``, offscreen) types text
and autosaves; the test SIGKILLs it, starts the app again, and the recovery offer brings the text
back. The app is driven by REPORTDESK_TEST_SCRIPT (ui/testhook.py)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from app.storage import RecoveryStore
from tests.ui.conftest import ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

TYPED = "杀进程前打的字：第三季度要抓好落实。"


def app_env(tmp_path, script: dict) -> dict:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        REPORTDESK_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        REPORTDESK_LANG="zh_CN",
        REPORTDESK_TEST_SCRIPT=json.dumps(script, ensure_ascii=False),
    )
    return env


def autosaved_with(folder, text: str) -> bool:
    needle = text.encode("utf-8")
    return (
        any(needle in f.read_bytes() for f in folder.glob("*.rdrec")) if folder.exists() else False
    )


def test_sigkill_after_autosave_then_restore(tmp_path):
    report = tmp_path / "季度报告.txt"
    original = "关于第三季度工作情况的报告\n一、总体情况\n各项工作稳步推进。\n"
    report.write_text(original, encoding="utf-8")
    recovery = tmp_path / "data" / "recovery"

    script = {"type": TYPED, "autosave_ms": 500}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.app", str(report)],
        cwd=ROOT,
        env=app_env(tmp_path, script),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    typed_at: list[float] = []

    def watch_stdout() -> None:
        for line in proc.stdout:
            if line.strip() == "typed":
                typed_at.append(time.monotonic())

    reader = threading.Thread(target=watch_stdout, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while not autosaved_with(recovery, TYPED):
            assert proc.poll() is None, "the app ended by itself"
            assert time.monotonic() < deadline, "no autosave with the typed text"
            time.sleep(0.05)
        saved_at = time.monotonic()
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert typed_at and saved_at >= typed_at[0]  # the autosave (awaited above) followed the typing
    assert report.read_text(encoding="utf-8") == original  # never saved: the file is as it was
    [entry] = RecoveryStore(tmp_path / "data").list_pending()  # the killed session's copy
    assert entry.original_path == str(report)

    out = tmp_path / "restored.json"
    script = {"recovery": "restore", "dump": str(out), "quit": True}
    done = subprocess.run(
        [sys.executable, "-m", "ui.app"],
        cwd=ROOT,
        env=app_env(tmp_path, script),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    [window] = json.loads(out.read_text(encoding="utf-8"))
    assert window["path"] == str(report)
    assert window["modified"] is True
    assert window["text"].split("\n")[-1] == "各项工作稳步推进。" + TYPED
    assert report.read_text(encoding="utf-8") == original
    # restored but not saved: the copy stays, and is offered again at the next start
    assert len(RecoveryStore(tmp_path / "data").list_pending()) == 1
