"""Document locks: a second window or instance is refused; a dead owner's lock is taken over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from app.storage.locks import acquire_lock, lock_file, lock_owner, office_lock_file
from tests.conftest import ROOT

HOLD = """
import sys
sys.path.insert(0, {root!r})
from app.storage.locks import acquire_lock
lock = acquire_lock({path!r})
print("locked" if lock else "refused", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "appdata"
    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "报告.docx"
    path.write_bytes(b"x")
    return path


def hold_in_child(path, data_dir):
    code = HOLD.format(root=str(ROOT), path=str(path))
    env = {**os.environ, "REPORTDESK_DATA_DIR": str(data_dir)}
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    return child, child.stdout.readline().strip()


def test_same_process_twice_is_refused(data_dir, report):
    first = acquire_lock(report)
    assert first is not None and first.held
    assert acquire_lock(report) is None
    owner = lock_owner(report)
    assert owner.pid == os.getpid() and owner.path == str(report.resolve())
    assert owner.describe().startswith("报告.docx 已在另一个公文审校台窗口中打开（进程")
    first.release()
    assert lock_owner(report) is None and not lock_file(report).exists()
    with acquire_lock(report) as again:
        assert again.held


def test_two_processes_then_the_owner_is_killed(data_dir, report):
    child, state = hold_in_child(report, data_dir)
    try:
        assert state == "locked"
        assert acquire_lock(report) is None
        owner = lock_owner(report)
        assert owner.pid == child.pid
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        assert lock_file(report).exists()  # the dead owner's file is still there …
        assert lock_owner(report) is None  # … but nobody holds it
        lock = acquire_lock(report)  # taken over
        assert lock is not None and lock_owner(report).pid == os.getpid()
        second, state = hold_in_child(report, data_dir)
        second.kill()
        second.wait()
        assert state == "refused"
        lock.release()
    finally:
        child.kill()
        child.wait()


def test_stale_lock_file_from_a_dead_pid_is_taken_over(data_dir, report):
    file = lock_file(report)
    file.parent.mkdir(parents=True)
    stale = {"pid": 999_999, "host": "x", "user": "y", "started": "2020-01-01T00:00:00+08:00"}
    file.write_text(json.dumps(stale))
    assert lock_owner(report) is None
    lock = acquire_lock(report)
    assert lock is not None and json.loads(file.read_text())["pid"] == os.getpid()
    lock.release()


def test_symlink_and_real_path_share_one_lock(data_dir, report):
    link = report.with_name("快捷方式.docx")
    link.symlink_to(report.name)
    with acquire_lock(report):
        assert acquire_lock(link) is None


def test_unwritable_data_folder_does_not_prevent_opening(tmp_path, monkeypatch, report):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(blocker))
    lock = acquire_lock(report)
    assert lock is not None and not lock.held


def test_office_owner_files(report):
    assert office_lock_file(report) is None
    owner = report.with_name("~$" + report.name)
    owner.write_bytes(b"")
    assert office_lock_file(report) == owner
    owner.unlink()
    lo = report.with_name(f".~lock.{report.name}#")
    lo.write_bytes(b"")
    assert office_lock_file(report) == lo
