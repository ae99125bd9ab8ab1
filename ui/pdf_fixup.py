"""Repair the text layer of PDFs written by Qt: CJK characters that came out as radicals.

Qt's PDF engine writes each embedded font's ToUnicode map from the *lowest* BMP code point whose
glyph is the one drawn. CJK fonts share glyphs between unified ideographs and the Kangxi radicals
(U+2F00…) or the CJK radical supplement (U+2E80…): 文 becomes ⽂ (U+2F42), 民 becomes ⺠, 见 becomes
⻅ … The page looks right, but copying, searching and pdftotext give the radical. Here the maps are
rewritten so each glyph maps back to the character the report used.

:func:`unicode_fixes` builds {code point Qt will write: the text drawn} for the fonts used (a
doubled dash "——" drawn as one glyph comes out as ⸺ U+2E3A and is mapped back to two dashes);
:func:`patch_tounicode` rewrites a finished PDF file in place (the CMap streams, their
/Length, the cross-reference offsets). Qt writes a classic xref table and uncompressed CMaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from PySide6.QtGui import QFont, QRawFont, QTextLayout

_BMP = "".join(chr(c) for c in range(1, 0x10000) if not 0xD800 <= c < 0xE000)


@cache
def _lowest_by_glyph(family: str, weight: int, italic: bool) -> tuple[dict[int, int], QRawFont]:
    font = QFont(family)
    font.setWeight(QFont.Weight(weight))
    font.setItalic(italic)
    font.setPixelSize(32)
    raw = QRawFont.fromFont(font)
    lowest: dict[int, int] = {}
    for ch, glyph in zip(_BMP, raw.glyphIndexesForString(_BMP), strict=False):
        if glyph and glyph not in lowest:
            lowest[glyph] = ord(ch)
    return lowest, raw


LIGATURES = ("——", "……")  # CJK fonts draw a doubled dash or ellipsis as one wide glyph


def _ligature_glyph(font: QFont, seq: str) -> int | None:
    layout = QTextLayout(seq, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = [g for run in layout.glyphRuns() for g in run.glyphIndexes()]
    return glyphs[0] if len(glyphs) == 1 else None


def unicode_fixes(fonts: Iterable[QFont], text: str) -> dict[int, str]:
    """{code point Qt writes for a glyph: the text of ``text`` drawn with that glyph}."""
    chars = sorted({c for c in text if ord(c) < 0x10000 and not c.isspace()})
    joined = "".join(chars)
    used_set = {ord(c) for c in chars}
    fixes: dict[int, str] = {}
    seen = set()
    for font in fonts:
        key = (font.family(), int(font.weight()), font.italic())
        if key in seen:
            continue
        seen.add(key)
        lowest, raw = _lowest_by_glyph(*key)
        for ch, glyph in zip(chars, raw.glyphIndexesForString(joined), strict=False):
            low = lowest.get(glyph)
            if low is not None and low != ord(ch) and low not in used_set:
                fixes.setdefault(low, ch)
        for seq in LIGATURES:
            ligature = _ligature_glyph(font, seq) if seq in text else None
            ligature_low = lowest.get(ligature) if ligature else None
            if ligature_low is not None and ligature_low not in used_set:
                fixes.setdefault(ligature_low, seq)
    return fixes


_CMAP = re.compile(
    rb"<< /Length (\d+) >>\nstream\n(/CIDInit /ProcSet findresource begin.*?)endstream", re.S
)
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)> (\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>")
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def _hex_to_text(h: bytes) -> str:
    return bytes.fromhex(h.decode()).decode("utf-16-be", errors="replace")


def _text_to_hex(s: str) -> bytes:
    return s.encode("utf-16-be").hex().upper().encode()


def _parse(cmap: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange\n(.*?)endbfrange", cmap, re.S):
        for m in _RANGE.finditer(block):
            lo, hi = int(m.group(1), 16), int(m.group(2), 16)
            dst = m.group(3)
            if dst.startswith(b"["):
                for k, h in enumerate(_HEX.findall(dst)):
                    mapping[lo + k] = _hex_to_text(h)
            else:
                first = _hex_to_text(dst[1:-1])
                for k in range(hi - lo + 1):
                    mapping[lo + k] = first[:-1] + chr(ord(first[-1]) + k) if first else ""
    for block in re.findall(rb"beginbfchar\n(.*?)endbfchar", cmap, re.S):
        for m in _CHAR.finditer(block):
            mapping[int(m.group(1), 16)] = _hex_to_text(m.group(2))
    return mapping


def _write_cmap(head: bytes, mapping: dict[int, str], tail: bytes) -> bytes:
    cids = sorted(mapping)
    out = [head]
    for k in range(0, len(cids), 100):  # at most 100 entries per block (PDF reference)
        chunk = cids[k : k + 100]
        out.append(b"%d beginbfchar\n" % len(chunk))
        for cid in chunk:
            out.append(b"<%04X> <%s>\n" % (cid, _text_to_hex(mapping[cid])))
        out.append(b"endbfchar\n")
    out.append(tail)
    return b"".join(out)


def _fixed_cmap(cmap: bytes, fixes: dict[int, str]) -> bytes | None:
    mapping = _parse(cmap)
    changed = False
    for cid, text in mapping.items():
        if len(text) == 1 and ord(text) in fixes:
            mapping[cid] = fixes[ord(text)]
            changed = True
    if not changed:
        return None
    first = min(
        (i for i in (cmap.find(b" beginbfrange"), cmap.find(b" beginbfchar")) if i >= 0),
        default=-1,
    )
    end = max(cmap.rfind(b"endbfrange\n"), cmap.rfind(b"endbfchar\n"))
    if first < 0 or end < 0:
        return None
    head = cmap[: cmap.rfind(b"\n", 0, first) + 1]
    tail = cmap[cmap.find(b"\n", end) + 1 :]
    return _write_cmap(head, mapping, tail)


def patch_tounicode(path: str, fixes: dict[int, str]) -> int:
    """Rewrite the ToUnicode maps of the PDF at ``path``; returns how many maps changed."""
    if not fixes:
        return 0
    with open(path, "rb") as fh:
        data = fh.read()
    edits: list[tuple[int, int, bytes]] = []  # (start, end, replacement) in the old file
    for m in _CMAP.finditer(data):
        new = _fixed_cmap(m.group(2), fixes)
        if new is None:
            continue
        edits.append((m.start(1), m.end(1), str(len(new)).encode()))
        edits.append((m.start(2), m.end(2), new))
    if not edits:
        return 0
    sx = data.rfind(b"startxref")
    xref_at = int(data[sx + 9 :].split()[0])
    table = re.compile(rb"xref\n0 (\d+)\n").match(data, xref_at)
    if table is None:  # not the layout Qt writes: leave the file alone
        return 0

    def moved(offset: int) -> int:
        return offset + sum(len(new) - (e - s) for s, e, new in edits if e <= offset)

    pieces, pos = [], 0
    for s, e, new in edits:
        pieces += [data[pos:s], new]
        pos = e
    pieces.append(data[pos:xref_at])
    count = int(table.group(1))
    rows = data[table.end() : table.end() + 20 * count]
    xref = [b"xref\n0 %d\n" % count]
    for k in range(count):
        row = rows[20 * k : 20 * k + 20]
        offset, gen, kind = row[:10], row[11:16], row[17:18]
        if kind == b"n":
            offset = b"%010d" % moved(int(offset))
        xref.append(offset + b" " + gen + b" " + kind + b" \n")
    rest = data[table.end() + 20 * count : sx]
    out = b"".join(pieces) + b"".join(xref) + rest
    out += b"startxref\n%d \n%%%%EOF\n" % moved(xref_at)
    with open(path, "wb") as out_fh:
        out_fh.write(out)
    return len(edits) // 2
