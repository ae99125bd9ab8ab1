"""Every save path works without what Windows lacks (issue 10 item 8, issue 16 "one of each").

Windows' ``os`` has no ``fchmod`` and no ``fchown``; ``os.umask`` exists there but reading it
means setting it, process-wide, racing with threads that create files (the autosave writer).
Here those three are removed from ``os`` and every save path runs: a .txt save, a .docx save
through ``app.storage.save_document``, an autosave (recovery write), the backups (as opened,
previous) and a restore. The files must hold the right bytes and the right permission bits
(an existing file keeps its bits; a new one gets what any new file there gets).
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from app.model import Document
from app.readers import read_document
from app.storage import RecoveryStore, save_document
from app.storage.backup import backup_path, make_backup, opened_backup_path
from app.storage.versions import kept_versions, restore_version
from app.writers.output import write_replacing

LINES = ["关于工作情况的报告", "一、总体情况", "今年以来，各项工作稳步推进。"]


@pytest.fixture
def new_file_bits(tmp_path: Path) -> int:
    """What a new file gets here, asked of the OS before os.umask goes away."""
    probe = tmp_path / "probe"
    probe.touch()
    bits = stat.S_IMODE(probe.stat().st_mode)
    probe.unlink()
    return bits


@pytest.fixture
def windows_os(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("fchmod", "fchown", "umask"):
        if hasattr(os, name):
            monkeypatch.delattr(os, name)
    assert not hasattr(os, "fchmod") and not hasattr(os, "umask")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_text_save_paths(tmp_path: Path, windows_os: None, new_file_bits: int) -> None:
    data_dir = tmp_path / "data"
    report = tmp_path / "报告.txt"
    original = ("\r\n".join(LINES) + "\r\n").encode("gbk")
    report.write_bytes(original)
    report.chmod(0o640)
    doc = read_document(report)
    doc.paragraphs[1].text += "（修改）"
    save_document(doc, report, author="测", data_dir=data_dir, keep_opened=True)
    assert report.read_bytes() == original.replace(
        "总体情况".encode("gbk"), "总体情况（修改）".encode("gbk")
    )
    assert mode(report) == 0o640  # the existing file's bits
    assert opened_backup_path(report, data_dir).read_bytes() == original
    assert backup_path(report, data_dir).read_bytes() == original

    fresh = tmp_path / "新报告.txt"
    save_document(Document.from_lines(LINES), fresh, author="测", data_dir=data_dir)
    assert fresh.read_text(encoding="utf-8") == "\n".join(LINES) + "\n"
    assert mode(fresh) == new_file_bits

    [opened] = kept_versions(report, data_dir)  # previous == as opened: offered once
    restore_version(report, opened, data_dir)
    assert report.read_bytes() == original


def test_docx_save_path(tmp_path: Path, windows_os: None, new_file_bits: int) -> None:
    report = tmp_path / "报告.docx"
    save_document(Document.from_lines(LINES), report, author="测", data_dir=tmp_path / "data")
    assert read_document(report).texts == LINES
    assert mode(report) == new_file_bits
    report.chmod(0o604)
    save_document(read_document(report), report, author="测", data_dir=tmp_path / "data")
    assert read_document(report).texts == LINES and mode(report) == 0o604


def test_writer_output_and_backup(tmp_path: Path, windows_os: None, new_file_bits: int) -> None:
    out = tmp_path / "导出.txt"
    write_replacing(out, lambda fh: fh.write(b"abc"))  # the CLI's export path
    assert out.read_bytes() == b"abc" and mode(out) == new_file_bits
    kept = make_backup(out, tmp_path / "data")
    assert kept is not None and kept.read_bytes() == b"abc"


def test_autosave_in_a_thread(tmp_path: Path, windows_os: None) -> None:
    store = RecoveryStore(tmp_path / "data")
    doc = Document.from_lines(LINES)
    written: list[object] = []

    def autosave() -> None:
        try:
            written.append(store.save("k1", doc, tmp_path / "报告.txt"))
        except BaseException as err:  # reported below
            written.append(err)

    worker = threading.Thread(target=autosave)  # as the autosave writer runs
    worker.start()
    worker.join()
    [entry] = written
    assert not isinstance(entry, BaseException), entry
    assert store.load(entry, claim=False).texts == LINES  # type: ignore[arg-type]
    store.close()
