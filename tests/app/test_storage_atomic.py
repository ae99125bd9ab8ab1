"""Atomic saves: the target is the old or the new version, never anything else."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import WriteError
from app.model import Document
from app.readers import read_document
from app.storage import atomic as atomic_mod
from app.storage.atomic import ChangedOnDiskError, atomic_write
from app.storage.backup import backup_path
from app.storage.fingerprint import FileFingerprint, changed_on_disk, describe_change
from app.storage.save import _verify_docx, save_document
from tests.conftest import ROOT

OLD = "旧版本\n第二行\n".encode()


pytestmark = pytest.mark.usefixtures("data_dir")  # (tests/conftest.py) backups go there


@pytest.fixture
def target(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    path = folder / "报告.txt"
    path.write_bytes(OLD)
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder) if n.startswith(".~"))


def doc(*lines: str) -> Document:
    return Document.from_lines(list(lines))


def test_save_replaces_and_keeps_one_backup(target, data_dir):
    r1 = save_document(doc("第一版"), target, author="张三")
    assert target.read_text(encoding="utf-8") == "第一版\n"
    assert r1.backup == backup_path(target) and r1.backup.read_bytes() == OLD
    assert str(r1.backup).startswith(str(data_dir))
    assert r1.fingerprint == FileFingerprint.of(target)
    r2 = save_document(doc("第二版"), target, author="张三")
    assert r2.backup.read_bytes() == "第一版\n".encode()  # one generation: the previous one
    assert len(os.listdir(data_dir / "backups")) == 1
    assert leftovers(target.parent) == []


def test_new_file_has_no_backup_and_usual_mode(tmp_path):
    path = tmp_path / "新.txt"
    result = save_document(doc("甲"), path, author="x")
    assert result.backup is None and path.read_text(encoding="utf-8") == "甲\n"
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_permissions_kept_and_symlink_followed(target):
    os.chmod(target, 0o640)
    link = target.with_name("link.txt")
    link.symlink_to(target.name)
    result = save_document(doc("新"), link, author="x")
    assert link.is_symlink() and result.path == target.resolve()
    assert target.read_text(encoding="utf-8") == "新\n"
    assert target.stat().st_mode & 0o777 == 0o640


def test_docx_round_trip_and_backup(tmp_path):
    path = tmp_path / "报告.docx"
    save_document(doc("关于做好安全生产工作的通知", "一、总体要求"), path, author="张三")
    result = save_document(doc("关于做好安全生产工作的通知", "二、工作措施"), path, author="张三")
    assert read_document(path).texts[-1] == "二、工作措施"
    assert read_document(result.backup).texts[-1] == "一、总体要求"
    assert leftovers(tmp_path) == []


def test_fallback_backup_next_to_file_when_data_dir_unwritable(target, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(blocker))  # mkdir below a file fails
    result = save_document(doc("新"), target, author="x")
    assert result.backup == target.with_name("报告.txt.bak")
    assert result.backup.read_bytes() == OLD


def test_unsupported_suffix_refused(tmp_path):
    with pytest.raises(WriteError, match=r"不能保存为 \.doc 格式"):
        save_document(doc("甲"), tmp_path / "a.doc", author="x")
    assert os.listdir(tmp_path) == []


# --- failures: the target is untouched, the temp removed, one Chinese line -----------------


def assert_untouched(target: Path, err: pytest.ExceptionInfo) -> None:
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []
    message = str(err.value)
    assert "\n" not in message and ".tmp" not in message and "报告.txt" in message


def test_disk_full_at_fsync(target, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(WriteError) as err:
        save_document(doc("新"), target, author="x")
    assert str(err.value) == "磁盘已满，未保存：报告.txt（原文件未改动）"
    assert_untouched(target, err)


def test_disk_full_in_the_writer_after_a_partial_write(target):
    def writer(tmp):
        with open(tmp, "wb") as f:
            f.write(b"half of it")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(WriteError, match=r"^磁盘已满，未保存：报告\.txt") as err:
        atomic_write(target, writer)
    assert_untouched(target, err)


def test_disk_full_at_replace(target, monkeypatch):
    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_mod.os, "replace", full)
    with pytest.raises(WriteError, match=r"^磁盘已满") as err:
        save_document(doc("新"), target, author="x")
    assert_untouched(target, err)


def test_writer_raising_a_bug(target):
    def writer(tmp):
        Path(tmp).write_bytes(b"partial")
        raise ValueError("bug")

    with pytest.raises(WriteError, match=r"程序内部错误：ValueError") as err:
        atomic_write(target, writer)
    assert isinstance(err.value.__cause__, ValueError)  # for the crash log
    assert_untouched(target, err)


def test_writer_producing_nothing_or_a_broken_docx(tmp_path):
    path = tmp_path / "报告.docx"
    save_document(doc("甲"), path, author="x")
    before = path.read_bytes()
    with pytest.raises(WriteError, match="没有生成文件"):
        atomic_write(path, lambda tmp: None)
    with pytest.raises(WriteError, match="校验失败"):
        atomic_write(path, lambda tmp: Path(tmp).write_bytes(before[:-100]), verify=_verify_docx)
    assert path.read_bytes() == before and leftovers(tmp_path) == []


def test_real_write_failure_from_the_kernel(target):
    """RLIMIT_FSIZE makes the kernel refuse the write half-way (EFBIG): a real partial write."""
    code = f"""
import resource, signal, sys
sys.path.insert(0, {str(ROOT)!r})
from app.errors import WriteError
from app.model import Document
from app.storage import save_document
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
doc = Document.from_lines(["公文" * 500] * 200)  # 600 KB
try:
    save_document(doc, {str(target)!r}, author="x", backup=False)
except WriteError as e:
    print(e)
"""
    if sys.platform == "win32":
        pytest.skip("RLIMIT_FSIZE is POSIX")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "文件超出系统允许的大小，未保存：报告.txt（原文件未改动）", out
    assert target.read_bytes() == OLD and leftovers(target.parent) == []


def _folder_really_read_only(folder: Path) -> bool:
    probe = folder / "probe"
    try:
        probe.write_bytes(b"")
    except PermissionError:
        return True
    probe.unlink()
    return False  # root (or CAP_DAC_OVERRIDE): chmod does not stop writes


def test_read_only_folder(target, monkeypatch):
    folder = target.parent
    os.chmod(folder, 0o555)
    try:
        if not _folder_really_read_only(folder):  # running as root: refuse creation by hand
            real_mkdir = os.mkdir

            def mkdir(path, mode=0o777, **kw):
                if Path(path).parent == folder:
                    raise PermissionError(errno.EACCES, "Permission denied")
                return real_mkdir(path, mode, **kw)

            monkeypatch.setattr(os, "mkdir", mkdir)
        with pytest.raises(WriteError) as err:
            save_document(doc("新"), target, author="x")
    finally:
        os.chmod(folder, 0o755)
    assert str(err.value).startswith("没有写入权限：报告.txt（无法在该文件夹中创建文件")
    assert_untouched(target, err)


def test_read_only_disk(target, monkeypatch):
    def mkdir(path, mode=0o777, **kw):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "mkdir", mkdir)
    with pytest.raises(WriteError, match=r"^磁盘是只读的，未保存：报告\.txt") as err:
        save_document(doc("新"), target, author="x")
    assert_untouched(target, err)


def test_read_only_file_is_not_replaced(target, monkeypatch):
    os.chmod(target, 0o444)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, m: m != os.W_OK and real_access(p, m))
    with pytest.raises(WriteError, match=r"^文件是只读的，未保存：报告\.txt") as err:
        save_document(doc("新"), target, author="x")
    assert_untouched(target, err)


def test_windows_sharing_violation_message(target):
    err = PermissionError(errno.EACCES, "The process cannot access the file")
    err.winerror = 32  # what Windows says while WPS has the file open
    message = str(atomic_mod.error_for(err, target, True))
    assert message.startswith("文件正被其他程序占用，未保存：报告.txt")


def test_temp_folder_of_a_dead_process_is_removed(target):
    prefix = atomic_mod._temp_prefix(target.name).rsplit("-", 2)[0]
    stale = target.parent / (prefix + "-999999-x.tmp")
    stale.mkdir()
    (stale / target.name).write_bytes(b"half")
    other = target.parent / ".~rd-00000000-ffff-1-x.tmp"  # another file's: left alone
    other.mkdir()
    save_document(doc("新"), target, author="x")
    assert not stale.exists() and other.exists()


# --- external modification -------------------------------------------------------------------


def test_external_change_detected_and_save_refused(target):
    fp = FileFingerprint.of(target)
    assert not changed_on_disk(fp, target) and describe_change(fp, target) is None
    st = target.stat()
    target.write_bytes(OLD.replace("旧".encode(), "新".encode()))  # same size, other bytes
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the same time stamp
    assert changed_on_disk(fp, target)
    assert "已被其他程序修改" in describe_change(fp, target)
    changed = target.read_bytes()
    with pytest.raises(ChangedOnDiskError, match="已被其他程序修改"):
        save_document(doc("我的"), target, author="x", expected=fp)
    assert target.read_bytes() == changed
    result = save_document(doc("我的"), target, author="x")  # the user said "overwrite"
    assert not changed_on_disk(result.fingerprint, target)


def test_touch_is_not_a_change_but_deletion_is(target):
    fp = FileFingerprint.of(target)
    os.utime(target, (1, 1))
    assert not changed_on_disk(fp, target)
    target.unlink()
    assert changed_on_disk(fp, target)
    assert "已被删除或移动" in describe_change(fp, target)


def test_storage_is_qt_free():
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError("no Qt here")
sys.meta_path.insert(0, Block())
import app.storage
assert not any(m.startswith("PySide6") for m in sys.modules)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
