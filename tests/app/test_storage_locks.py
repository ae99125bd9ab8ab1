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
def locked_doc(tmp_path):
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


def test_same_process_twice_is_refused(data_dir, locked_doc):
    first = acquire_lock(locked_doc)
    assert first is not None and first.held
    assert acquire_lock(locked_doc) is None
    owner = lock_owner(locked_doc)
    assert owner.pid == os.getpid() and owner.path == str(locked_doc.resolve())
    assert owner.describe().startswith("报告.docx 已在另一个公文审校台窗口中打开（进程")
    first.release()
    assert lock_owner(locked_doc) is None and not lock_file(locked_doc).exists()
    with acquire_lock(locked_doc) as again:
        assert again.held


def test_two_processes_then_the_owner_is_killed(data_dir, locked_doc):
    child, state = hold_in_child(locked_doc, data_dir)
    try:
        assert state == "locked"
        assert acquire_lock(locked_doc) is None
        owner = lock_owner(locked_doc)
        assert owner.pid == child.pid
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        assert lock_file(locked_doc).exists()  # the dead owner's file is still there …
        assert lock_owner(locked_doc) is None  # … but nobody holds it
        lock = acquire_lock(locked_doc)  # taken over
        assert lock is not None and lock_owner(locked_doc).pid == os.getpid()
        second, state = hold_in_child(locked_doc, data_dir)
        second.kill()
        second.wait()
        assert state == "refused"
        lock.release()
    finally:
        child.kill()
        child.wait()


def test_stale_lock_file_from_a_dead_pid_is_taken_over(data_dir, locked_doc):
    file = lock_file(locked_doc)
    file.parent.mkdir(parents=True)
    stale = {"pid": 999_999, "host": "x", "user": "y", "started": "2020-01-01T00:00:00+08:00"}
    file.write_text(json.dumps(stale))
    assert lock_owner(locked_doc) is None
    lock = acquire_lock(locked_doc)
    assert lock is not None and json.loads(file.read_text())["pid"] == os.getpid()
    lock.release()


def test_symlink_and_real_path_share_one_lock(data_dir, locked_doc):
    link = locked_doc.with_name("快捷方式.docx")
    link.symlink_to(locked_doc.name)
    with acquire_lock(locked_doc):
        assert acquire_lock(link) is None


def test_unwritable_data_folder_does_not_prevent_opening(tmp_path, monkeypatch, locked_doc):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(blocker))
    lock = acquire_lock(locked_doc)
    assert lock is not None and not lock.held


def test_office_owner_files(locked_doc):
    assert office_lock_file(locked_doc) is None
    owner = locked_doc.with_name("~$" + locked_doc.name)
    owner.write_bytes(b"")
    assert office_lock_file(locked_doc) == owner
    owner.unlink()
    lo = locked_doc.with_name(f".~lock.{locked_doc.name}#")
    lo.write_bytes(b"")
    assert office_lock_file(locked_doc) == lo
