"""What an altChunk holds, as text for the side pane: w:altChunk points to a part (HTML, MHT, RTF,
another .docx, plain text) that Word merges into the body when it opens the file, so the reader
sees it where the chunk sits. The editor's body is one model paragraph per w:p, so the chunk is
shown as a read-only side part ("嵌入块 N（HTML，第 K 段后）") and saved untouched (the save
patches w:p elements only and keeps every other part byte for byte).

Nothing is fetched or executed: HTML is read with the standard library's tokenizer (no entity
files, no scripts, no links followed; script and style contents skipped), an MHT archive with
the email parser (its first text/html part), a .docx chunk from its own zip with the reader's
size limits and safe XML parser, RTF by a small reader of its text commands (\\par, \\'hh in the
declared code page, \\uN) that skips the destinations holding no text.

Which chunk texts are checked (``SidePart`` kind "altchunk"): HTML, MHT, .docx and plain text,
whose words are exactly what Word shows. An RTF chunk's text comes from a heuristic decoding: it
is shown (kind "altchunk_rtf") but not checked, so a misread character can never become a
finding.
"""

from __future__ import annotations

import email
import email.policy
import io
import re
import zipfile
from html.parser import HTMLParser

from app.i18n import language
from app.i18n import tr as _tr
from app.model import SidePart
from app.readers.docx_safety import MAX_ENTRIES, MAX_PART_SIZE, Package, safe_parser

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul",
           "ol", "blockquote", "pre", "section", "article", "title", "dt", "dd"}  # fmt: skip
_SKIPPED = {"script", "style", "head", "noscript", "template"}
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")
KINDS = {"html": "HTML", "mht": "MHT", "rtf": "RTF", "docx": "Word 文档", "text": "文本"}


def chunk_kind(name: str, data: bytes) -> str | None:
    """"html", "mht", "rtf", "docx", "text", or None (a format this reader does not show)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if b"mime-version:" in head or ext in ("mht", "mhtml"):
        return "mht"
    if ext in ("htm", "html", "xhtml") or head.startswith((b"<!doctype html", b"<html", b"<?xml")):
        return "html"
    if ext == "txt":
        return "text"
    return None


def chunk_paragraphs(kind: str, data: bytes) -> list[str]:
    """The chunk's paragraph texts (empty when it cannot be read)."""
    try:
        if kind == "html":
            return html_paragraphs(_decode(data, _html_charset(data)))
        if kind == "mht":
            return _mht_paragraphs(data)
        if kind == "docx":
            return _docx_paragraphs(data)
        if kind == "rtf":
            return rtf_paragraphs(data)
        if kind == "text":
            return [line.strip() for line in _decode(data, None).splitlines() if line.strip()]
    except (ValueError, LookupError, zipfile.BadZipFile, KeyError, SyntaxError):
        return []
    return []


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0

    def _break(self) -> None:
        line = _SPACES.sub(" ", "".join(self.current)).strip()
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skip += 1
        elif tag in _BLOCKS:
            self._break()
        elif tag in ("td", "th"):
            self.current.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.current.append(data)


def html_paragraphs(html: str) -> list[str]:
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    parser._break()
    return parser.lines


def _html_charset(data: bytes) -> str | None:
    found = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", data[:4096])
    return found.group(1).decode("ascii") if found else None


def _decode(data: bytes, charset: str | None) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    for name in (charset, "utf-8"):
        if name:
            try:
                return data.decode(name)
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode("gb18030", "replace")


def _mht_paragraphs(data: bytes) -> list[str]:
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return html_paragraphs(_decode(payload, part.get_content_charset()))
    return []


def _docx_paragraphs(data: bytes) -> list[str]:
    from app.docx.atoms import atoms_text, paragraph_atoms

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = z.infolist()
        if len(infos) > MAX_ENTRIES:
            return []
        main = next((i for i in infos if i.filename.lower() == "word/document.xml"), None)
        if main is None or main.file_size > MAX_PART_SIZE:
            return []
        from lxml import etree

        root = etree.fromstring(z.read(main), safe_parser())
    out = []
    for p in root.iter(_W + "p"):
        text = atoms_text(paragraph_atoms(p)).strip()
        if text:
            out.append(text)
    return out


# RTF destinations that hold no text the reader sees
_RTF_SKIP = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer",
             "headerl", "headerr", "footerl", "footerr", "listtable", "listoverridetable",
             "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles",
             "datastore", "xmlnstbl", "fldinst", "filetbl", "revtbl"}  # fmt: skip
_RTF_TOKEN = re.compile(rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)",
                        re.S)  # fmt: skip


def rtf_paragraphs(data: bytes) -> list[str]:
    """The text of an RTF document: its paragraphs (\\par), \\'hh bytes decoded in its
    \\ansicpg code page (default cp1252), \\uN characters with their fallback skipped."""
    codepage = "cp1252"
    found = re.search(rb"\\ansicpg(\d+)", data[:4096])
    if found:
        codepage = "gb18030" if found.group(1) == b"936" else "cp" + found.group(1).decode()
    lines: list[str] = []
    current: list[str] = []
    pending = bytearray()
    stack: list[bool] = []
    skipping = False
    uc_skip = 0
    star = False

    def flush_bytes() -> None:
        if pending:
            current.append(bytes(pending).decode(codepage, "replace"))
            pending.clear()

    for m in _RTF_TOKEN.finditer(data):
        word, arg, hexbyte, sym, brace, text = m.groups()
        if brace == b"{":
            flush_bytes()
            stack.append(skipping)
            star = False
            continue
        if brace == b"}":
            flush_bytes()
            skipping = stack.pop() if stack else False
            continue
        if sym == b"*":
            star = True
            continue
        if word is not None:
            name = word.decode("ascii")
            if name in _RTF_SKIP or star:
                skipping = True
                star = False
            if skipping:
                continue
            if name in ("par", "line", "row"):
                flush_bytes()
                line = "".join(current).strip()
                if line:
                    lines.append(line)
                current = []
            elif name == "tab" or name == "cell":
                flush_bytes()
                current.append("\t" if name == "tab" else " ")
            elif name == "u" and arg is not None:
                flush_bytes()
                value = int(arg)
                current.append(chr(value + 65536 if value < 0 else value))
                uc_skip = 1
            continue
        if skipping:
            continue
        if hexbyte is not None:
            if uc_skip:
                uc_skip -= 1
                continue
            pending.append(int(hexbyte, 16))
            continue
        if sym is not None:
            flush_bytes()
            current.append(sym.decode("latin-1") if sym in (b"\\", b"{", b"}") else "")
            continue
        if text:
            if uc_skip:
                text = text[1:]
                uc_skip = 0
            flush_bytes()
            current.append(text.decode(codepage, "replace"))
    flush_bytes()
    line = "".join(current).strip()
    if line:
        lines.append(line)
    return lines


def chunk_side_part(pkg: Package, rel: tuple[str, str] | None, n: int,
                    after: int) -> SidePart:  # fmt: skip
    """The side part showing the ``n``-th altChunk of the body, which follows the ``after``-th
    paragraph (0: the chunk opens the body); ``rel``: its relationship (target, mode)."""
    data = pkg.read(rel[0]) if rel is not None and rel[1] == "Internal" and pkg.has(rel[0]) \
        else None
    kind = chunk_kind(rel[0], data) if rel is not None and data is not None else None
    where = _tr(f"第 {after} 段后", f"after paragraph {after}") if after \
        else _tr("正文开头", "at the start")
    if kind is None or data is None:
        label = _tr(f"嵌入块 {n}（{where}，无法显示）", f"Embedded chunk {n} ({where}, not shown)")
        return SidePart("altchunk_other", label, [])
    name = KINDS[kind] if kind != "docx" or language() != "en" else "Word"
    label = _tr(f"嵌入块 {n}（{name}，{where}）", f"Embedded chunk {n} ({name}, {where})")
    return SidePart("altchunk_rtf" if kind == "rtf" else "altchunk", label,
                    chunk_paragraphs(kind, data))
