"""Crash logging, in child processes (it installs process-wide hooks)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

PRELUDE = f"""
import sys, threading
sys.path.insert(0, {str(ROOT)!r})
from app.storage import crashlog
"""


def run(code: str, data_dir) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", PRELUDE + code.replace("DATA", repr(str(data_dir)))],
        capture_output=True,
        text=True,
        timeout=60,
    )


def log_text(data_dir) -> str:
    return (data_dir / "logs" / "crash.log").read_text(encoding="utf-8")


def test_uncaught_exception_logged_then_default_hook_runs(tmp_path):
    out = run(
        """
log = crashlog.install_crash_logging(DATA, on_error=lambda s, p: print("DIALOG", s, p.name))
print("crashed before:", log.previous_run_crashed, flush=True)
raise RuntimeError("测试崩溃")
""",
        tmp_path,
    )
    assert out.returncode == 1
    assert "crashed before: False" in out.stdout
    assert "DIALOG RuntimeError: 测试崩溃 crash.log" in out.stdout
    assert "RuntimeError: 测试崩溃" in out.stderr  # the previous hook still prints it
    text = log_text(tmp_path)
    assert "=== " in text and " main ===" in text and "Traceback (most recent call last)" in text


def test_thread_exception_logged(tmp_path):
    out = run(
        """
crashlog.install_crash_logging(DATA, on_error=lambda s, p: print("DIALOG", s))
def work():
    {}["missing"]
t = threading.Thread(target=work, name="autosave")
t.start(); t.join()
print("still running")
""",
        tmp_path,
    )
    assert out.returncode == 0 and "still running" in out.stdout
    assert "DIALOG KeyError: 'missing'" in out.stdout
    assert "thread autosave ===" in log_text(tmp_path)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGSEGV exit status is POSIX")
def test_segfault_dumped_and_noticed_at_next_start(tmp_path):
    out = run(
        "crashlog.install_crash_logging(DATA)\nimport faulthandler\nfaulthandler._sigsegv()",
        tmp_path,
    )
    assert out.returncode != 0
    assert "Fatal Python error: Segmentation fault" in log_text(tmp_path)
    check = "print(crashlog.install_crash_logging(DATA).previous_run_crashed)"
    assert run(check, tmp_path).stdout.strip() == "True"
    assert run(check, tmp_path).stdout.strip() == "False"  # that run exited cleanly


def test_log_rotates_and_faulthandler_follows(tmp_path):
    out = run(
        """
crashlog.MAX_LOG_BYTES = 4000
log = crashlog.install_crash_logging(DATA)
for i in range(100):
    try:
        raise ValueError("x" * 200)
    except ValueError as e:
        log.record(type(e), e, e.__traceback__)
import faulthandler
faulthandler.dump_traceback(file=log._fault_file)
""",
        tmp_path,
    )
    assert out.returncode == 0, out.stderr
    logs = tmp_path / "logs"
    assert (logs / "crash.log.1").stat().st_size < 5000
    assert (logs / "crash.log").stat().st_size < 5000
    assert "Current thread" in log_text(tmp_path)  # written to the new file, not the rotated one


def test_unwritable_data_folder_means_no_log(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    out = run(f"print(crashlog.install_crash_logging({str(blocker)!r}))", tmp_path)
    assert out.stdout.strip() == "None"
