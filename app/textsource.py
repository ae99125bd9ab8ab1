"""What a text file was made of, so that Save can write back the very bytes it did not edit.

The text reader (:mod:`app.readers.text`) fills a :class:`TextSource` into ``Document.source``;
the text writer (:mod:`app.writers.text`) reads it. It lives in this neutral module so that
neither imports the other. The promise (docs/data-safety.md, "Text files keep their bytes"):

- the encoding stays (GB18030/GBK, Big5, UTF-16 LE/BE, UTF-8 …), and so does the BOM;
- every line keeps its own line end (CRLF stays CRLF, a mixed file stays mixed), and the file
  keeps or lacks its final line end;
- a line the user did not edit is written back from its original bytes (even when the reader
  had to drop a NUL from what the editor shows); an edited line keeps its line end; a new line
  takes the file's most common one.

Lines are matched to paragraphs by paragraph id (the editor keeps ids while the text is edited).
A paragraph whose id is unknown but which stands, one for one, in the place of lines whose
paragraphs are gone (an editor that made a new paragraph object for an edited line) takes
those lines' ends, so that a one-character edit never changes a line end.
"""

from __future__ import annotations

import codecs
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from app.errors import WriteError
from app.model import LINE_BREAK, OBJECT_CHAR, Paragraph, new_id

MANUAL_BREAK = "\x0b"
"""How a text file holds a manual line break (Word's Shift+Enter when text is copied out)."""
PAGE_BREAK = "\x0c"
"""How a text file holds a page break (Word's Ctrl+Enter, pdftotext between pages)."""
PAGE_BREAK_LABEL = "分页符"

_BOM_CODECS = {  # the BOM a codec name implies, and the codec that writes the rest
    "utf-8-sig": (codecs.BOM_UTF8, "utf-8"),
    "utf-16-le": (b"", "utf-16-le"),
    "utf-16-be": (b"", "utf-16-be"),
}
_LABELS = {
    "utf-8": "UTF-8",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32-le": "UTF-32 LE",
    "utf-32-be": "UTF-32 BE",
    "gb18030": "GB18030",
    "gbk": "GBK",
    "big5": "Big5",
    "cp950": "Big5 (CP950)",
}
_SHOWN_CHARS = 10  # an unencodable-characters message names at most this many


class UnencodableError(WriteError):
    """Typed characters that the file's encoding cannot hold; nothing was written.

    ``chars``: the distinct characters, in order of appearance; ``encoding``: the label
    ("GBK", "Big5"). The window asks whether to save as UTF-8 instead
    (:meth:`TextSource.switch_to_utf8`).
    """

    def __init__(self, chars: list[str], encoding: str) -> None:
        self.chars = chars
        self.encoding = encoding
        shown = "".join(chars[:_SHOWN_CHARS]) + ("…" if len(chars) > _SHOWN_CHARS else "")
        super().__init__(f"以下字符无法用 {encoding} 编码保存：{shown}（共 {len(chars)} 个）")


@dataclass(slots=True)
class SourceLine:
    """One line of the file as read."""

    text: str  # the paragraph text the reader made of it (what an unedited paragraph still has)
    ending: str  # "\r\n", "\n", "\r", "\u2028", "\u2029", or "" (last line, no final line end)
    raw: bytes | None = None  # its bytes, when they are not what encoding ``text`` gives


@dataclass
class TextSource:
    """The encoding, BOM and lines of a text file (see the module docstring)."""

    codec: str  # Python codec for the body, BOM-less: "utf-8", "gb18030", "utf-16-le" …
    bom: bytes = b""
    lines: dict[int, SourceLine] = field(default_factory=dict)  # by paragraph id
    order: list[int] = field(default_factory=list)  # paragraph ids in file order
    dominant: str = "\n"  # the commonest line end: new lines take it
    final_newline: bool = True  # the file ended with a line end
    switched: bool = False  # the user chose UTF-8 because typed characters did not fit

    @staticmethod
    def codec_and_bom(decoded_with: str, data: bytes) -> tuple[str, bytes]:
        """The codec to write with and the BOM to put first, for a file that ``decoded_with``
        (a codec name from the reader: "utf-16" and "utf-32" read the BOM) decoded."""
        name = codecs.lookup(decoded_with).name
        if name in ("utf-16", "utf-32"):
            size = 2 if name == "utf-16" else 4
            bom = data[:size]
            little = bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF32_LE)
            return f"{name}-{'le' if little else 'be'}", bom
        if name in _BOM_CODECS:
            return _BOM_CODECS[name][1], _BOM_CODECS[name][0]
        return name, b""

    @property
    def label(self) -> str:
        """The encoding as users know it ("GBK", "UTF-8 BOM"), for the status bar."""
        shown = _LABELS.get(self.codec, self.codec.upper())
        return shown + (" BOM" if self.bom and self.codec.startswith("utf-8") else "")

    def switch_to_utf8(self) -> None:
        """From now on write UTF-8, with a BOM (the file was GBK/Big5/UTF-16: Windows tools
        that find no BOM would read UTF-8 as the local code page). Line ends stay."""
        if self.codec == "utf-8":
            return
        self.codec = "utf-8"
        self.bom = codecs.BOM_UTF8
        self.switched = True
        for line in self.lines.values():
            line.raw = None  # re-encoded: the old bytes are in the old encoding

    def encode(self, paragraphs: list[Paragraph]) -> bytes:
        """The file's bytes for ``paragraphs``; raises :class:`UnencodableError` when a typed
        character does not fit the encoding (nothing is written then)."""
        kept = self._match(paragraphs)
        last = len(paragraphs) - 1
        pieces = [self.bom]
        bad: dict[str, None] = {}
        for k, p in enumerate(paragraphs):
            line = kept[k]
            if line is not None and line.raw is not None and p.text == line.text:
                pieces.append(line.raw)
            else:
                pieces.append(self._encode_text(file_text(p, orphan=PAGE_BREAK), bad))
            if k < last:
                ending = line.ending if line is not None and line.ending else self.dominant
            elif not self.final_newline:
                ending = ""
            else:
                ending = line.ending if line is not None and line.ending else self.dominant
            if ending:
                pieces.append(ending.encode(self.codec))
        if bad:
            raise UnencodableError(list(bad), self.label)
        return b"".join(pieces)

    def to_json(self) -> dict[str, Any]:
        """Plain data for a recovery file (app.storage.serialize)."""
        return {
            "kind": "text",
            "codec": self.codec,
            "bom": self.bom.hex(),
            "dominant": self.dominant,
            "final_newline": self.final_newline,
            "switched": self.switched,
            "lines": [
                [pid, line.text, line.ending, None if line.raw is None else line.raw.hex()]
                for pid in self.order
                if (line := self.lines.get(pid)) is not None
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], ids: dict[int, int]) -> TextSource:
        """The TextSource of :meth:`to_json`; ``ids`` maps the paragraph ids written to the
        recovered ones (lines of paragraphs deleted before the autosave get fresh ids).
        Raises KeyError/TypeError/ValueError on malformed data."""
        try:
            codecs.lookup(str(data["codec"]))
        except LookupError:
            raise ValueError("unknown codec") from None
        source = cls(
            codec=str(data["codec"]),
            bom=bytes.fromhex(str(data["bom"])),
            dominant=str(data["dominant"]),
            final_newline=bool(data["final_newline"]),
            switched=bool(data.get("switched", False)),
        )
        for pid, text, ending, raw in data["lines"]:
            new = ids.get(int(pid)) or new_id()
            source.lines[new] = SourceLine(
                str(text), str(ending), None if raw is None else bytes.fromhex(str(raw))
            )
            source.order.append(new)
        return source

    def _encode_text(self, text: str, bad: dict[str, None]) -> bytes:
        try:
            return text.encode(self.codec)
        except UnicodeEncodeError:
            for ch in text:
                try:
                    ch.encode(self.codec)
                except UnicodeEncodeError:
                    bad[ch] = None
            return b""

    def _match(self, paragraphs: list[Paragraph]) -> list[SourceLine | None]:
        """The source line of each paragraph: by id; then, one for one in file order, unknown
        paragraphs standing where lines of vanished paragraphs stood (see module docstring)."""
        found = [self.lines.get(p.id) for p in paragraphs]
        if all(line is not None for line in found):
            return found
        present = {p.id for p in paragraphs}
        position = {pid: k for k, pid in enumerate(self.order)}
        k = 0
        n = len(paragraphs)
        while k < n:
            if found[k] is not None:
                k += 1
                continue
            end = k
            while end < n and found[end] is None:
                end += 1
            # The file lines between the known neighbours whose paragraphs are gone.
            before = position[paragraphs[k - 1].id] if k > 0 else -1
            after = position[paragraphs[end].id] if end < n else len(self.order)
            gone = [pid for pid in self.order[before + 1 : after] if pid not in present]
            if before < after and len(gone) == end - k:
                for j, pid in enumerate(gone):
                    line = self.lines[pid]
                    found[k + j] = SourceLine(text="\0", ending=line.ending)  # ending only
            k = end
        return found


def file_text(p: Paragraph, orphan: str = "") -> str:
    """A paragraph's text as a text file holds it: manual line breaks become \\x0b, page
    breaks \\x0c; other inline objects (images, text boxes) cannot be plain text and are left
    out. ``orphan``: what an object character without its InlineObject becomes (an editor that
    rebuilt the paragraph from its text; in a text file the only object is a page break)."""
    text = p.text.replace(LINE_BREAK, MANUAL_BREAK)
    if OBJECT_CHAR not in text:
        return text
    parts = text.split(OBJECT_CHAR)
    out = [parts[0]]
    for k, part in enumerate(parts[1:]):
        if k >= len(p.objects):
            out.append(orphan)
        else:
            out.append(PAGE_BREAK if p.objects[k].kind == "pagebreak" else "")
        out.append(part)
    return "".join(out)


def dominant_ending(endings: list[str]) -> str:
    """The commonest line end ("\\n" when there is none; CRLF wins a tie: Windows files)."""
    counts = Counter(e for e in endings if e)
    if not counts:
        return "\n"
    best = max(counts.values())
    for candidate in ("\r\n", "\n", "\r", "\u2028", "\u2029"):
        if counts.get(candidate) == best:
            return candidate
    return "\n"
