"""Other formats users receive (.doc, .wps, .rtf, .odt) open through LibreOffice (issue 10 item 6).

The .odt/.rtf/.doc files are made here by LibreOffice itself from a .docx this test writes;
the tests that need it skip when soffice is not installed. The failure paths (not installed,
fails, hangs) use stand-ins for soffice.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.errors import ReadError, WriteError
from app.model import Document
from app.readers import convert as convert_module
from app.readers import read_document
from app.storage import save_document

SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
LINES = ["关于2024年工作情况的报告", "一、总体情况", "今年以来，各项工作稳步推进。"]


@pytest.fixture(scope="module")
def made_by_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """来文.odt, 来文.rtf, 来文.doc and 来文.wps (a .doc under WPS's name), made by LibreOffice."""
    assert SOFFICE is not None
    folder = tmp_path_factory.mktemp("converted")
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    source = folder / "来文.docx"
    document.save(source)
    made = {}
    for target, filter_name in (("odt", "odt"), ("rtf", "rtf"), ("doc", 'doc:"MS Word 97"')):
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
             "--convert-to", filter_name.replace('"', ""), "--outdir", str(folder), str(source)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        made[target] = folder / f"来文.{target}"
    made["wps"] = folder / "来文.wps"
    shutil.copyfile(made["doc"], made["wps"])
    return made


@needs_soffice
@pytest.mark.parametrize("kind", ["odt", "rtf", "doc", "wps"])
def test_opens_through_libreoffice(made_by_libreoffice: dict[str, Path], kind: str) -> None:
    path = made_by_libreoffice[kind]
    original = path.read_bytes()
    doc = read_document(path)
    assert [t for t in doc.texts if t] == LINES
    assert doc.properties["converted_from"] == str(path)
    assert "LibreOffice" in doc.properties["notice"] and "\n" not in doc.properties["notice"]
    assert path.read_bytes() == original  # untouched
    leftovers = [p.name for p in path.parent.iterdir() if p.name.startswith((".~lock", "~$"))]
    assert leftovers == []  # LibreOffice worked on a copy elsewhere


@needs_soffice
def test_saved_as_docx_never_over_the_original(
    made_by_libreoffice: dict[str, Path], tmp_path: Path
) -> None:
    path = made_by_libreoffice["odt"]
    doc = read_document(path)
    with pytest.raises(WriteError, match=r"\.odt"):
        save_document(doc, path, author="测", data_dir=tmp_path)
    beside = tmp_path / "来文.docx"
    save_document(doc, beside, author="测", data_dir=tmp_path)
    assert [t for t in read_document(beside).texts if t] == LINES


def fake_soffice(tmp_path: Path, body: str) -> str:
    script = tmp_path / "soffice"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


def a_doc(tmp_path: Path) -> Path:
    path = tmp_path / "旧文件.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    return path


def test_missing_libreoffice_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(convert_module.SOFFICE_ENV, str(tmp_path / "没有这个程序"))
    with pytest.raises(ReadError) as err:
        read_document(a_doc(tmp_path))
    message = str(err.value)
    assert "未安装 LibreOffice" in message and "旧文件.doc" in message and "\n" not in message


@pytest.mark.skipif(sys.platform == "win32", reason="shell-script stand-in for soffice")
def test_failed_conversion_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(convert_module.SOFFICE_ENV, fake_soffice(tmp_path, "exit 1"))
    with pytest.raises(ReadError, match=r"LibreOffice 无法转换 .*旧文件\.doc"):
        read_document(a_doc(tmp_path))


@pytest.mark.skipif(sys.platform == "win32", reason="shell-script stand-in for soffice")
def test_hanging_conversion_is_killed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pid_file = tmp_path / "pid"
    # A launcher that starts a child and both hang, as soffice starts soffice.bin.
    script = fake_soffice(tmp_path, f"sleep 300 & echo $! > {pid_file}\nwait")
    monkeypatch.setenv(convert_module.SOFFICE_ENV, script)
    monkeypatch.setattr(convert_module, "TIMEOUT_S", 1)
    with pytest.raises(ReadError, match="超时"):
        read_document(a_doc(tmp_path))
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.05)  # the kill was sent; the child is reaped by init
    assert not _alive(child)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie counts as gone
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


def test_new_document_still_refuses_those_names(tmp_path: Path) -> None:
    for suffix in (".doc", ".wps", ".rtf", ".odt"):
        with pytest.raises(WriteError, match=suffix.replace(".", r"\.")):
            save_document(Document.from_lines(LINES), tmp_path / f"x{suffix}", author="测")
