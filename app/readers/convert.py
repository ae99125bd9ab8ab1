"""Open the formats users receive but we do not read (.doc, .wps, .rtf, .odt) through LibreOffice.

LibreOffice, when installed, converts the file to .docx; the .docx reader reads that. Safety:

- the original is copied into a private temp folder first and never touched (LibreOffice's lock
  file and any output land in the temp folder, which is removed afterwards);
- a private, throw-away profile (``-env:UserInstallation``) whose settings disable macro
  execution (the highest macro security, ``DisableMacrosExecution``) and block loading linked
  pictures from the network (``BlockUntrustedRefererLinks``); the update check is off;
- ``--headless --norestore --nolockcheck``, a timeout (:data:`TIMEOUT_S`) after which the
  process tree is killed.

The Document remembers where it came from (``properties["converted_from"]``): the window saves it
as a new .docx beside the original and never over it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.errors import ReadError
from app.i18n import tr
from app.model import Document

CONVERTED_SUFFIXES: tuple[str, ...] = (".doc", ".wps", ".rtf", ".odt")
"""Opened through LibreOffice; never saved under their own name."""

TIMEOUT_S = 120
"""A real 100-page .doc converts in ~5 s (~3 s of that LibreOffice starting): two minutes means it
hangs (a hostile file, a dialog it waits on) and is killed."""

SOFFICE_ENV = "REPORTDESK_SOFFICE"
"""Path of soffice to use instead of looking for it (tests, unusual installs); a path that does
not exist means "not installed"."""

_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">\
<prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">\
<prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">\
<prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Jobs/Jobs/org.openoffice.Office.Jobs:Job['UpdateCheck']/\
Arguments"><prop oor:name="AutoCheckEnabled" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc/.wps (compound file)
_OLE_MIN_BYTES = 1536  # its header and the first two sectors: anything shorter is cut off
_WINDOWS_PLACES = ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432")


def find_soffice() -> str | None:
    """The LibreOffice program (soffice), or None when it is not installed."""
    override = os.environ.get(SOFFICE_ENV)
    if override:
        return override if os.path.isfile(override) else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    candidates: list[Path] = []
    if sys.platform == "win32":
        for var in _WINDOWS_PLACES:
            base = os.environ.get(var)
            if base:
                candidates.append(Path(base) / "LibreOffice" / "program" / "soffice.exe")
    elif sys.platform == "darwin":
        candidates.append(Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"))
    return next((os.fspath(c) for c in candidates if c.is_file()), None)


def read_converted(
    path: str | os.PathLike[str],
    name: str,
    read_docx: Callable[[str], Document],
) -> Document:
    """Convert ``path`` (.doc/.wps/.rtf/.odt) to .docx with LibreOffice and read it with
    ``read_docx``. Raises ReadError with one line of Chinese when that cannot be done."""
    suffix = os.path.splitext(os.fsdecode(path))[1].lower()
    _check_complete(path, name, suffix)
    soffice = find_soffice()
    if soffice is None:
        raise ReadError(
            tr(f"无法打开 {name}：{suffix} 文件需要 LibreOffice 转换，本机未安装 LibreOffice"
               "（可在 Word/WPS 中另存为 .docx 后打开）",
               f"Cannot open {name}: a {suffix} file needs LibreOffice to convert it, and"
               " LibreOffice is not installed (save it as .docx in Word/WPS, then open that)")
        )
    with tempfile.TemporaryDirectory(prefix="reportdesk-convert-") as folder:
        work = Path(folder)
        source = work / "in" / f"document{suffix}"  # ASCII: no code-page trouble on Windows
        source.parent.mkdir()
        try:
            shutil.copyfile(path, source)
        except OSError as err:
            raise _unreadable(name, err) from None
        out = work / "out"
        out.mkdir()
        profile = work / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(
            _PROFILE_SETTINGS, encoding="utf-8"
        )
        command = [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            os.fspath(out),
            os.fspath(source),
        ]
        _run(command, work, name)
        result = out / "document.docx"
        if not result.is_file() or result.stat().st_size == 0:
            raise ReadError(
                tr(f"LibreOffice 无法转换 {name}（文件可能已损坏或加密），"
                   "请在 Word/WPS 中另存为 .docx 后打开",
                   f"LibreOffice cannot convert {name} (the file may be damaged or encrypted):"
                   " save it as .docx in Word/WPS, then open that")
            )
        doc = read_docx(os.fspath(result))
    doc.path = os.fspath(path)
    doc.properties["converted_from"] = os.fspath(path)
    doc.properties["notice"] = (
        tr(f"{os.path.basename(name)} 已由 LibreOffice 转换为 Word 格式打开；"
           "保存时将另存为 .docx，原文件不变",
           f"{os.path.basename(name)} was converted to Word format by LibreOffice; saving"
           " writes a new .docx and leaves the original unchanged")
    )
    return doc


def _check_complete(path: str | os.PathLike[str], name: str, suffix: str) -> None:
    """Refuse an empty or truncated file before LibreOffice, which would import the bytes of a
    broken Word file as text and show garbage instead of saying so."""
    try:
        with open(path, "rb") as f:
            head = f.read(_OLE_MIN_BYTES)
    except OSError as err:
        raise _unreadable(name, err) from None
    if not head:
        raise ReadError(tr(f"无法打开 {name}：文件为空", f"Cannot open {name}: the file is empty"))
    if head.startswith(_OLE_MAGIC) and len(head) < _OLE_MIN_BYTES:
        raise ReadError(tr(f"无法打开 {name}：{suffix} 文件不完整（已损坏）",
                           f"Cannot open {name}: the {suffix} file is incomplete (damaged)"))


def _unreadable(name: str, err: OSError) -> ReadError:
    why = err.strerror or err
    return ReadError(tr(f"无法读取文件 {name}：{why}", f"Cannot read {name}: {why}"))


def _run(command: list[str], work: Path, name: str) -> None:
    """Run LibreOffice with no window, no network profile, a timeout; kill its tree on timeout."""
    env = dict(os.environ)
    env["HOME"] = os.fspath(work)  # nothing of the user's profile is read or written
    env.setdefault("SAL_USE_VCLPLUGIN", "svp")
    options: dict[str, object] = {}
    if sys.platform == "win32":
        flags = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
        flags |= getattr(subprocess, "CREATE_NO_WINDOW", 0)
        options["creationflags"] = flags
    else:
        options["start_new_session"] = True
    try:
        proc = subprocess.Popen(
            command,
            cwd=work,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            **options,  # type: ignore[call-overload]
        )
    except OSError as err:
        why = err.strerror or err
        raise ReadError(tr(f"无法启动 LibreOffice 转换 {name}：{why}",
                           f"Cannot start LibreOffice to convert {name}: {why}")) from None
    try:
        proc.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        _kill_tree(proc)
        raise ReadError(
            tr(f"LibreOffice 转换 {name} 超时（{TIMEOUT_S} 秒），"
               "请在 Word/WPS 中另存为 .docx 后打开",
               f"LibreOffice took too long to convert {name} ({TIMEOUT_S} s): save it as .docx"
               " in Word/WPS, then open that")
        ) from None


def _kill_tree(proc: subprocess.Popen[bytes]) -> None:
    """soffice starts soffice.bin: the whole group/tree goes, not just the launcher."""
    if sys.platform == "win32":
        with contextlib.suppress(OSError):
            subprocess.run(
                ["taskkill", "/F", "/T", "/PID", str(proc.pid)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
    else:
        with contextlib.suppress(OSError):
            os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        proc.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)
