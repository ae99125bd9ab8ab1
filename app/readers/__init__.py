"""Open a report file: pick the reader from the extension and the first bytes.

Everything the user can hand us ends either in a Document or in a ReadError with a one-line Chinese
message that names the file, never in a traceback: a wrong extension (a .docx renamed to .txt, an
old .doc renamed to .docx) is the commonest mistake, so the content is sniffed as well.
"""

from __future__ import annotations

import os
import stat
import zipfile

from app.errors import ReadError
from app.model import Document
from app.readers.text import display_name, os_error_message, read_text

__all__ = ["MAX_PARAGRAPH_CHARS", "SUPPORTED_SUFFIXES", "check_paragraphs", "read_document"]

SUPPORTED_SUFFIXES: tuple[str, ...] = (".docx", ".txt")
"""What the open dialog offers. Any other name not in UNSUPPORTED_SUFFIXES is read as text."""

_SAVE_AS_DOCX = "请在 Word/WPS 中另存为 .docx"
UNSUPPORTED_SUFFIXES = {  # suffix → what to tell the user
    ".doc": _SAVE_AS_DOCX,
    ".dot": _SAVE_AS_DOCX,
    ".docm": "含宏的 Word 文档，" + _SAVE_AS_DOCX,
    ".dotm": "含宏的 Word 模板，" + _SAVE_AS_DOCX,
    ".dotx": "Word 模板，" + _SAVE_AS_DOCX,
    ".wps": _SAVE_AS_DOCX,
    ".wpt": _SAVE_AS_DOCX,
    ".rtf": _SAVE_AS_DOCX,
    ".odt": _SAVE_AS_DOCX,
    ".pdf": "PDF 无法可靠还原段落，请用原始的 Word 文件，或复制文字到 .txt",
    ".ofd": "OFD 版式文件无法还原段落，请用原始的 Word 文件",
    ".xls": "表格文件不是报告",
    ".xlsx": "表格文件不是报告",
    ".et": "表格文件不是报告",
    ".ppt": "演示文稿不是报告",
    ".pptx": "演示文稿不是报告",
    ".dps": "演示文稿不是报告",
}
# (magic bytes, what a file starting with them is), checked when the extension is not .docx
_MAGIC = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "旧版 Office/WPS 文件（.doc/.wps）或加密文档"),
    (b"%PDF-", "PDF 文件"),
    (b"{\\rtf", "RTF 文件"),
)


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read a .docx or a text file into a Document; anything else raises ReadError."""
    name = display_name(path)
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        raise ReadError(os_error_message(name, err)) from None
    if stat.S_ISDIR(mode):
        raise ReadError(f"{name} 是文件夹，不是文件")
    if not stat.S_ISREG(mode):
        raise ReadError(f"{name} 不是普通文件")
    suffix = os.path.splitext(os.fsdecode(path))[1].lower()
    if suffix in UNSUPPORTED_SUFFIXES:
        raise ReadError(f"不支持的文件类型：{suffix}（{UNSUPPORTED_SUFFIXES[suffix]}）")
    head = _head(path, name)
    if suffix == ".docx":
        if head.startswith(_MAGIC[0][0]):  # a renamed .doc, or an encrypted .docx
            raise ReadError(f"{name} 不是有效的 .docx 文件：是{_MAGIC[0][1]}，{_SAVE_AS_DOCX}")
        doc = _read_docx(path)
    else:
        _refuse_non_text(path, name, head)
        doc = read_text(path)
    check_paragraphs(doc, name)
    return doc


MAX_PARAGRAPH_CHARS = 200_000
"""One paragraph longer than this is not a report but a dump (base64, a log, a 30 MB single
line): no editor can show it, and the checks would spend minutes and gigabytes on it. The
longest paragraph in the corpus has 1,014 characters."""


def check_paragraphs(doc: Document, name: str) -> None:
    """Refuse what no editor can show and no report contains: an enormous single paragraph."""
    longest = max((len(p.text) for p in doc.paragraphs), default=0)
    if longest > MAX_PARAGRAPH_CHARS:
        limit = f"单段上限 {MAX_PARAGRAPH_CHARS:,} 字"
        raise ReadError(f"{name} 中有一段长达 {longest:,} 字，不像是一份报告（{limit}）")


def _read_docx(path: str | os.PathLike[str]) -> Document:
    """Import the .docx reader only when needed (python-docx/lxml are slow to import)."""
    try:
        from app.readers.docx import read_docx
    except ModuleNotFoundError as err:
        if err.name in ("app.readers.docx", None):
            raise ReadError("暂不支持 .docx 文件") from None
        raise ReadError(f"暂不支持 .docx 文件（缺少组件 {err.name}）") from None
    return read_docx(path)


def _head(path: str | os.PathLike[str], name: str) -> bytes:
    """The first bytes of the file, for sniffing."""
    try:
        with open(path, "rb") as f:
            return f.read(8)
    except OSError as err:
        raise ReadError(os_error_message(name, err)) from None


def _refuse_non_text(path: str | os.PathLike[str], name: str, head: bytes) -> None:
    """Raise ReadError if a file to be read as text is really a Word, PDF … file."""
    if head.startswith(b"PK\x03\x04"):
        if _is_docx(path):
            raise ReadError(f"{name} 看起来是 Word 文件（.docx），请把扩展名改为 .docx 再打开")
        raise ReadError(f"无法读取文件 {name}：是压缩包（zip），不是文本文件")
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise ReadError(f"无法读取文件 {name}：是{what}，不是文本文件（{_SAVE_AS_DOCX}）")


def _is_docx(path: str | os.PathLike[str]) -> bool:
    """True for a zip holding word/document.xml (reads the central directory only)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile, ValueError):
        return True  # a broken zip that starts like a .docx: most likely one
