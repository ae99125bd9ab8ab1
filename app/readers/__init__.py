"""Open a report file: pick the reader from the extension and the first bytes.

Everything the user can hand us ends either in a Document or in a ReadError with a one-line
message in the user's language (app.i18n) that names the file, never in a traceback: a wrong
extension (a .docx renamed to .txt, an old .doc renamed to .docx) is the commonest mistake, so the
content is sniffed as well.
"""

from __future__ import annotations

import os
import stat
import zipfile

from app.errors import ReadError
from app.i18n import tr
from app.model import Document
from app.readers.convert import CONVERTED_SUFFIXES, read_converted
from app.readers.text import display_name, os_error_message, read_text

__all__ = [
    "CONVERTED_SUFFIXES",
    "MAX_PARAGRAPH_CHARS",
    "SUPPORTED_SUFFIXES",
    "UNSAVABLE_SUFFIXES",
    "check_paragraphs",
    "read_document",
]

SUPPORTED_SUFFIXES: tuple[str, ...] = (".docx", ".txt", *CONVERTED_SUFFIXES)
"""What the open dialog offers (.doc/.wps/.rtf/.odt through LibreOffice, see
:mod:`app.readers.convert`). Any other name not in _UNSUPPORTED is tried as plain text."""

_SAVE_AS_DOCX = ("请在 Word/WPS 中另存为 .docx", "save it as .docx in Word/WPS")
_SHEET = ("表格文件不是报告", "a spreadsheet is not a report")
_SLIDES = ("演示文稿不是报告", "a presentation is not a report")
_UNSUPPORTED = {  # suffix → what to tell the user (Chinese, English)
    ".dot": _SAVE_AS_DOCX,
    ".docm": ("含宏的 Word 文档，" + _SAVE_AS_DOCX[0], "a Word document with macros: "
              + _SAVE_AS_DOCX[1]),
    ".dotm": ("含宏的 Word 模板，" + _SAVE_AS_DOCX[0], "a Word template with macros: "
              + _SAVE_AS_DOCX[1]),
    ".dotx": ("Word 模板，" + _SAVE_AS_DOCX[0], "a Word template: " + _SAVE_AS_DOCX[1]),
    ".wpt": _SAVE_AS_DOCX,
    ".pdf": ("PDF 无法可靠还原段落，请用原始的 Word 文件，或复制文字到 .txt",
             "a PDF does not give back its paragraphs reliably: use the original Word file, or"
             " copy the text into a .txt"),
    ".ofd": ("OFD 版式文件无法还原段落，请用原始的 Word 文件",
             "an OFD file does not give back its paragraphs: use the original Word file"),
    ".xls": _SHEET,
    ".xlsx": _SHEET,
    ".et": _SHEET,
    ".ppt": _SLIDES,
    ".pptx": _SLIDES,
    ".dps": _SLIDES,
}
UNSAVABLE_SUFFIXES: frozenset[str] = frozenset(_UNSUPPORTED) | frozenset(CONVERTED_SUFFIXES)
"""Names Save refuses: text under them would make a file nothing opens, and a converted
document is saved as a new .docx, never over its original."""

# (magic bytes, what a file starting with them is in Chinese and English), checked when the
# extension is not .docx
_MAGIC = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "旧版 Office/WPS 文件（.doc/.wps）或加密文档",
     "an old Office/WPS file (.doc/.wps) or an encrypted document"),
    (b"%PDF-", "PDF 文件", "a PDF file"),
    (b"{\\rtf", "RTF 文件", "an RTF file"),
)


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read a .docx or a text file into a Document; anything else raises ReadError."""
    name = display_name(path)
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        raise ReadError(os_error_message(name, err)) from None
    if stat.S_ISDIR(mode):
        raise ReadError(tr(f"{name} 是文件夹，不是文件", f"{name} is a folder, not a file"))
    if not stat.S_ISREG(mode):
        raise ReadError(tr(f"{name} 不是普通文件", f"{name} is not a regular file"))
    suffix = os.path.splitext(os.fsdecode(path))[1].lower()
    if suffix in _UNSUPPORTED:
        zh, en = _UNSUPPORTED[suffix]
        raise ReadError(tr(f"无法打开 {name}：不支持的文件类型 {suffix}（{zh}）",
                           f"Cannot open {name}: unsupported file type {suffix} ({en})"))
    if suffix in CONVERTED_SUFFIXES:
        doc = read_converted(path, name, _read_docx)
        check_paragraphs(doc, name)
        return doc
    head = _head(path, name)
    if suffix == ".docx":
        if head.startswith(_MAGIC[0][0]):  # a renamed .doc, or an encrypted .docx
            _, zh, en = _MAGIC[0]
            raise ReadError(tr(f"{name} 不是有效的 .docx 文件：是{zh}，{_SAVE_AS_DOCX[0]}",
                               f"{name} is not a valid .docx file: it is {en}; "
                               + _SAVE_AS_DOCX[1]))
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
        top = f"{MAX_PARAGRAPH_CHARS:,}"
        raise ReadError(tr(f"{name} 中有一段长达 {longest:,} 字，"
                           f"不像是一份报告（单段上限 {top} 字）",
                           f"{name} has a paragraph of {longest:,} characters: not a report"
                           f" (limit {top} per paragraph)"))


def _read_docx(path: str | os.PathLike[str]) -> Document:
    """Import the .docx reader only when needed (python-docx/lxml are slow to import)."""
    try:
        from app.readers.docx import read_docx
    except ModuleNotFoundError as err:
        if err.name in ("app.readers.docx", None):
            raise ReadError(tr("暂不支持 .docx 文件", ".docx files are not supported")) from None
        raise ReadError(tr(f"暂不支持 .docx 文件（缺少组件 {err.name}）",
                           f".docx files are not supported (missing {err.name})")) from None
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
            raise ReadError(tr(f"{name} 看起来是 Word 文件（.docx），请把扩展名改为 .docx 再打开",
                               f"{name} looks like a Word file (.docx): rename it to .docx and"
                               " open it again"))
        raise ReadError(tr(f"无法读取文件 {name}：是压缩包（zip），不是文本文件",
                           f"Cannot read {name}: it is a zip archive, not a text file"))
    for magic, zh, en in _MAGIC:
        if head.startswith(magic):
            raise ReadError(tr(f"无法读取文件 {name}：是{zh}，不是文本文件（{_SAVE_AS_DOCX[0]}）",
                               f"Cannot read {name}: it is {en}, not a text file"
                               f" ({_SAVE_AS_DOCX[1]})"))


def _is_docx(path: str | os.PathLike[str]) -> bool:
    """True for a zip holding word/document.xml (reads the central directory only)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile, ValueError):
        return True  # a broken zip that starts like a .docx: most likely one
