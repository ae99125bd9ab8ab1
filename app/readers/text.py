"""Plain-text reports: guess the encoding, clean the text, one paragraph per line.

Reports arrive as UTF-8 (with or without BOM), GB18030/GBK, UTF-16 (with or without BOM) and Big5
(docs/REFERENCE.md §4). Detectors alone get short samples wrong (a one-line GBK heading read as
UTF-16BE), and GB18030 decodes Big5 bytes without error, so the order is fixed here:

1. a BOM (UTF-32, UTF-8, UTF-16) decides;
2. NUL bytes: only BOM-less UTF-16 may have them, anything else is binary;
3. strict UTF-8 (unless it reads as control characters or non-ASCII without any hanzi, and
   BOM-less UTF-16 reads well: short CJK UTF-16 can be valid UTF-8);
4. BOM-less UTF-16 LE/BE, only if the result is overwhelmingly ASCII and common CJK;
5. GB18030 vs Big5: both are decoded and scored (:func:`_score`), the one with mojibake loses;
6. charset_normalizer, if installed, as the last resort.

"Common CJK" is GB2312 level 1 (the 3755 most used simplified characters; 99.9 % of the hanzi in
../shared/corpus) for GB18030 and Big5 level 1 (the 5401 most used traditional ones) for Big5,
taken from the codecs rather than from a frequency list, so that the tests, which use the corpus,
do not test the detector against its own training data.
"""

from __future__ import annotations

import codecs
import os
import re
from functools import cache

from app.errors import ReadError
from app.i18n import language, tr
from app.model import LINE_BREAK, OBJECT_CHAR, Document, InlineObject, Paragraph
from app.textclean import FORBIDDEN, clean_text
from app.textsource import (
    MANUAL_BREAK,
    PAGE_BREAK,
    PAGE_BREAK_LABEL,
    SourceLine,
    TextSource,
    dominant_ending,
)

__all__ = ["clean_text", "decode_text", "display_name", "parse_text", "read_text", "split_lines"]

MAX_TEXT_BYTES = 50 * 1024 * 1024
"""Larger files are refused before they are read: 50 MiB is ~25 million hanzi, a hundred times the
longest real report, and the checks and the editor would crawl (or eat the memory) long before."""

MAX_LINES = 200_000
"""More lines are refused too: the longest real report has ~5,000 paragraphs, and each Paragraph
costs ~250 bytes, so 50 MB of bare line ends would need ~10 GB."""

_BOMS = (  # UTF-32 first: its LE BOM starts with the UTF-16 LE one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LABELS = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}

# What clean_text removes: XML-forbidden characters and U+FEFF (see app.textclean).
_UNWANTED = FORBIDDEN
# Line ends an editor counts: paragraph n must be line n. Not \v \f (a manual line break and a
# page break inside the paragraph) nor \x1c-\x1e (removed).
_LINE_BREAK = re.compile("\r\n|[\r\n\u2028\u2029]")
_LINE_END = re.compile("(\r\n|[\r\n\u2028\u2029])")  # split keeping the ends
# Signs of a binary file: what _UNWANTED removes, but for Word's \v and \f.
_BINARY_SIGNS = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufeff\ufffe\uffff]")
_C0 = re.compile("[\x00-\x08\x0e-\x1f]")  # the removals the user is told about
_ASCII_RUN = re.compile("[\x00-\x7f]+")
_HANZI = re.compile("[\u4e00-\u9fff]")
# What mojibake looks like in a Chinese text: kana, Hangul, bopomofo, Yi, box drawing, private use
# (where GB18030 puts Big5 punctuation), compatibility and small/vertical forms. Not Greek and
# Cyrillic: reports do use α, β, Ω, and counting them as mojibake measured worse.
_MOJIBAKE = re.compile(
    "[\x80-\x9f\u0300-\u036f\u1100-\u11ff\u2501-\u259f\u3040-\u30fa\u30fc-\u30ff\u3100-\u31ff"
    "\ua000-\ua4cf\uac00-\ud7af\ue000-\ufaff\ufe10-\ufe1f\ufe30-\ufe6f\uff61-\uffdc\ufffd"
    "\U000f0000-\U0010ffff]"
)
_PUNCTUATION = "\xa0\u3000〇○∶─、。〃〈〉《》「」『』【】〔〕〖〗“”‘’—―…·•×÷‰※№℃°"
_PINYIN = "āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüê"
_NUMBERS = ((0x2160, 0x217F), (0x2460, 0x249B), (0x3220, 0x3229))  # Ⅰ ⅰ ① ⑴ ⒈ ㈠, for lists

_SAMPLE_CHARS = 65_536  # scoring looks at this much text: enough to judge, and keeps it linear
_UTF16_MIN_SHARE = 0.95  # BOM-less UTF-16 must be at least this share ASCII text + hanzi
_UTF16_MIN_COMMON = 0.7  # … and this share ASCII text + common CJK
_LEGACY_MIN_SCORE = 0.5  # below this a GB18030/Big5 reading is doubtful: ask the detector first
_BIG5_HANDICAP = 0.2  # mainland reports are far more often GBK: Big5 must score clearly better
_DETECTOR_MIN_BYTES = 32  # charset_normalizer is asked only about this much data or more
_MAX_CONTROL_SHARE = 0.05  # more removed control characters than this (and > 3): binary file


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes; return (cleaned text, Python codec name that decodes ``data``).

    The text has the characters XML forbids removed (see ``_UNWANTED``; \\x0b and \\x0c too: the
    reader maps those to a line and a page break instead) but its line ends kept.
    Raises ReadError (a one-line reason in Chinese) for binary or undecodable data.
    """
    text, encoding = _decode_checked(data)
    return _UNWANTED.sub("", text), encoding


def _decode_checked(data: bytes) -> tuple[str, str]:
    """The decoded text with its control characters, after the size and binary checks."""
    text, encoding, _clean = _decode_clean(data)
    return text, encoding


def _decode_clean(data: bytes) -> tuple[str, str, bool]:
    """:func:`_decode_checked`, and whether the text holds nothing ``_UNWANTED`` matches (so
    that the reader need not look again: each scan of a long report's text for these
    characters is ~30 M instructions)."""
    if len(data) > MAX_TEXT_BYTES:
        raise _too_big(None, len(data))
    decoded = _decode(data)
    if decoded is None:
        raise ReadError(tr("无法识别文字编码（不是 UTF-8、UTF-16、GB18030/GBK 或 Big5 文本）",
                           "unknown text encoding (not UTF-8, UTF-16, GB18030/GBK or Big5"
                           " text)"))
    text, encoding = decoded[:2]
    # (_decode's UTF-8 reading looked for them already: its answer, else one search here)
    if len(decoded) == 3 or not _UNWANTED.search(text):
        return text, encoding, True  # (nothing of _BINARY_SIGNS either: a part of _UNWANTED)
    # \x0b and \x0c are Word's line and page breaks in text copied out of it: not binary signs.
    removed = len(_BINARY_SIGNS.findall(text))
    if removed > 3 and removed > len(text) * _MAX_CONTROL_SHARE:
        raise ReadError(tr("不是文本文件（含有大量控制字符，可能是二进制文件）",
                           "not a text file (many control characters: probably a binary"
                           " file)"))
    return text, encoding, False


def split_lines(text: str) -> list[str]:
    """One entry per editor line; a final line end does not open an empty last line."""
    if not text:
        return []
    lines = _LINE_BREAK.split(text)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines


def read_text(path: str | os.PathLike[str]) -> Document:
    """Read a plain-text report (size checked first, see MAX_TEXT_BYTES); one paragraph per line.

    ``doc.source`` is a :class:`~app.textsource.TextSource`: encoding, BOM, each line's end and
    original bytes, so that Save writes back what was not edited byte for byte. Control
    characters: \\x0b becomes a manual line break, \\x0c a page break object; others (stray NULs)
    are removed and ``doc.properties["notice"]`` says so in one line.
    """
    name = display_name(path)
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            # st_size is 0 for pipes and devices: the read is capped as well.
            data = f.read(MAX_TEXT_BYTES + 1) if size <= MAX_TEXT_BYTES else b""
    except OSError as err:
        raise ReadError(os_error_message(name, err)) from None
    if size > MAX_TEXT_BYTES or len(data) > MAX_TEXT_BYTES:
        raise _too_big(name, size)
    try:
        text, encoding, clean = _decode_clean(data)
    except ReadError as err:
        raise ReadError(tr(f"无法读取文件 {name}：{err}", f"Cannot read {name}: {err}")) from None
    # Counted before splitting, so that millions of empty lines are not even listed.
    breaks = text.count("\n") + text.count("\r") + text.count("\u2028") + text.count("\u2029")
    if breaks > 2 * MAX_LINES:
        raise _too_many_lines(name)
    doc, removed = _document(data, text, encoding, clean)
    if len(doc.paragraphs) > MAX_LINES:  # pragma: no cover - the count of breaks says it first
        raise _too_many_lines(name)
    doc.path = os.fspath(path)
    if removed:
        doc.properties["notice"] = _removed_notice(removed)
    return doc


def parse_text(data: bytes) -> Document:
    """The Document of a text file's bytes (what :func:`read_text` does after reading; no line
    limit). Raises ReadError for binary or undecodable data."""
    text, encoding, clean = _decode_clean(data)
    doc, removed = _document(data, text, encoding, clean)
    if removed:
        doc.properties["notice"] = _removed_notice(removed)
    return doc


def _removed_notice(removed: int) -> str:
    return tr(f"已删除 {removed} 个无法显示的控制字符（如 NUL）：编辑过的行保存后不再含有它们",
              f"{removed} control character(s) that cannot be shown (such as NUL) were removed:"
              " edited lines are saved without them")


def _too_many_lines(name: str) -> ReadError:
    return ReadError(tr(f"文件 {name} 行数过多（超过 {MAX_LINES:,} 行），不像是一份报告",
                        f"{name} has too many lines (more than {MAX_LINES:,}): not a report"))


def _document(data: bytes, text: str, decoded_with: str, clean: bool = False
              ) -> tuple[Document, int]:
    """Paragraphs and their :class:`TextSource` from the decoded ``text`` of ``data``; the
    number of control characters removed. ``clean``: ``text`` is known to hold nothing
    ``_UNWANTED`` matches (no line is searched for it again)."""
    codec, bom = TextSource.codec_and_bom(decoded_with, data)
    if codec == "gb18030" and _is_gbk(data, text):
        codec = "gbk"  # GBK stays GBK: a character only GB18030 has is asked about on save
    source = TextSource(codec=codec, bom=bom)
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        parts = _LINE_END.split(text)  # line, end, line, end, …, rest after the last end
        lines, endings = parts[0::2], parts[1::2]
    else:  # "\n" the only line end (the common case): the same lists, at C speed
        lines = text.split("\n")
        endings = ["\n"] * (len(lines) - 1)
    source.final_newline = bool(endings) and lines[-1] == ""
    if source.final_newline or not text:
        lines.pop()
    endings.append("")  # the last line's (none when the file does not end with one)
    exact = _encodes_to(bom, text, codec, data)
    cursor = len(bom)
    paragraphs: list[Paragraph] = []
    removed = 0
    for raw_line, ending in zip(lines, endings, strict=False):
        paragraph, dropped = (Paragraph(text=raw_line), 0) if clean else _paragraph(raw_line)
        removed += dropped
        raw: bytes | None = None
        try:
            if not exact:  # keep the line's own bytes when re-encoding would not give them
                body = raw_line.encode(codec, "surrogatepass")
                piece = data[cursor : cursor + len(body)]
                if piece != body and _decodes_to(piece, codec, raw_line):
                    raw = piece
                cursor += len(body) + len(ending.encode(codec))
            if dropped and raw is None:
                raw = raw_line.encode(codec, "surrogatepass")
        except UnicodeError:  # an odd detector codec: the line is written re-encoded
            raw = None
        source.lines[paragraph.id] = SourceLine(paragraph.text, ending, raw)
        source.order.append(paragraph.id)
        paragraphs.append(paragraph)
    source.dominant = dominant_ending(endings)
    doc = Document(paragraphs=paragraphs, source_format="txt", source=source)
    doc.properties["encoding"] = source.label  # shown in the status bar
    return doc, removed


def _paragraph(line: str) -> tuple[Paragraph, int]:
    """The paragraph for one line: \\x0b → manual line break, \\x0c → page break object, other
    XML-forbidden characters removed (their number is returned)."""
    if not _UNWANTED.search(line):
        return Paragraph(text=line), 0
    objects: list[InlineObject] = []
    removed = len(_C0.findall(line))
    line = line.replace(MANUAL_BREAK, LINE_BREAK)
    if PAGE_BREAK in line:
        count = line.count(PAGE_BREAK)
        label = tr(PAGE_BREAK_LABEL, "Page break")
        objects = [InlineObject(kind="pagebreak", label=label) for _ in range(count)]
        line = line.replace(PAGE_BREAK, OBJECT_CHAR)
    return Paragraph(text=_UNWANTED.sub("", line), objects=objects), removed


def _encodes_to(bom: bytes, text: str, codec: str, data: bytes) -> bool:
    """True when encoding ``text`` again gives ``data`` (not for Big5's duplicate codes)."""
    try:
        return bom + text.encode(codec, "surrogatepass") == data
    except UnicodeError:
        return False


def _is_gbk(data: bytes, text: str) -> bool:
    """True when ``data`` is GBK (GB18030 without its four-byte codes) and reads as ``text``."""
    try:
        return data.decode("gbk") == text
    except UnicodeDecodeError:
        return False


def _decodes_to(piece: bytes, codec: str, text: str) -> bool:
    """True when ``piece`` (a line's bytes, by the cursor walk) really is that line."""
    try:
        return piece.decode(codec) == text
    except UnicodeDecodeError:
        return False


def _too_big(name: str | None, size: int) -> ReadError:
    """The file ``name`` (None: the text) is larger than a text file may be."""
    top = MAX_TEXT_BYTES // 2**20
    if language() == "en":
        shown = f" ({size / 2**20:.1f} MB)" if size > MAX_TEXT_BYTES else ""
        return ReadError(f"{name or 'The text'} is too large{shown}: text files are limited to"
                         f" {top} MB")
    shown = f"（{size / 2**20:.1f} MB）" if size > MAX_TEXT_BYTES else ""
    what = "文本" if name is None else f"文件 {name} "
    return ReadError(f"{what}太大{shown}，超过文本文件的上限 {top} MB")


def display_name(path: str | os.PathLike[str] | bytes) -> str:
    """The path as one printable line: control characters and undecodable bytes become "?"."""
    return re.sub("[\x00-\x1f\x7f\u2028\u2029\ud800-\udfff]", "?", os.fsdecode(path))


def os_error_message(name: str, err: OSError) -> str:
    """A one-line message for a failed open/read; ``name`` comes from display_name."""
    if isinstance(err, FileNotFoundError):
        return tr(f"找不到文件：{name}", f"File not found: {name}")
    if isinstance(err, IsADirectoryError):
        return tr(f"{name} 是文件夹，不是文件", f"{name} is a folder, not a file")
    if isinstance(err, PermissionError):
        return tr(f"没有权限读取文件：{name}", f"No permission to read {name}")
    reason = (err.strerror or type(err).__name__).replace("\n", " ")
    return tr(f"无法读取文件 {name}：{reason}", f"Cannot read {name}: {reason}")


def _decode(data: bytes) -> tuple[str, str] | tuple[str, str, bool] | None:
    """The detection order of the module docstring; None when nothing fits. A UTF-8 reading
    found to hold nothing ``_UNWANTED`` matches says so with a third item, True."""
    if not data:
        return "", "utf-8"
    marked = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:  # FF FE 00 00 may be UTF-16 LE + U+0000: try on
                marked = marked or _LABELS[encoding]
    if marked:
        raise ReadError(tr(f"文件以 {marked} 标记开头，但内容不是有效的 {marked}（文件可能已损坏）",
                           f"the file starts with a {marked} mark but is not valid {marked}"
                           " (it may be damaged)"))
    if b"\x00" in data:
        utf16 = _utf16(data)
        if utf16 is not None:
            return utf16[1], utf16[2]
        nuls = data.count(b"\x00")
        if nuls > 3 and nuls > len(data) * _MAX_CONTROL_SHARE:
            raise ReadError(tr("不是文本文件（含有二进制数据）", "not a text file (binary data)"))
        # A few stray NULs (a crashed editor's padding): read the rest, they are removed.
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # Short CJK UTF-16 can be valid UTF-8 ("雇单位所在地" is "ǖUSMO@b(W0W"): if the UTF-8
        # reading has control characters, or non-ASCII but no hanzi, UTF-16 may read it better.
        if _UNWANTED.search(text) or not (text.isascii() or _HANZI.search(text)):
            utf16 = _utf16(data)
            if utf16:
                return utf16[1], utf16[2]
        else:
            return text, "utf-8", True  # (searched: nothing _UNWANTED matches)
        return text, "utf-8"
    utf16 = _utf16(data)
    # No NUL byte, so no ASCII in a UTF-16 reading: one short line of hanzi, which Big5 bytes
    # can also give (年上半年工 is 约垤报约疤 in UTF-16 LE): the better-scoring reading wins.
    legacy = _legacy(data)
    if utf16 and (legacy is None or utf16[0] >= legacy[0]):
        return utf16[1], utf16[2]
    if legacy is not None and legacy[0] >= _LEGACY_MIN_SCORE:
        return legacy[1], legacy[2]
    # Detectors guess wildly on a few bytes (REFERENCE §4): there a plausible reading is better.
    guess = _decode_with_detector(data) if len(data) >= _DETECTOR_MIN_BYTES else None
    if guess is None and legacy is not None and legacy[0] > 0:
        guess = legacy[1], legacy[2]
    return guess


def _utf16(data: bytes) -> tuple[float, str, str] | None:
    """(score, text, codec) of BOM-less UTF-16 LE/BE, if it reads as ASCII text and hanzi.

    Score: the share of printable ASCII and common CJK. GB18030 bytes read as UTF-16 give Hangul,
    Yi and private-use characters, Big5 bytes mostly so; rare hanzi (names, 殡) are allowed a bit.
    """
    if len(data) % 2:
        return None
    best: tuple[float, str, str] | None = None
    good = _utf16_good()
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:_SAMPLE_CHARS]
        common = sum(ch in good for ch in sample) / len(sample)
        rare = sum(ch not in good for ch in _HANZI.findall(sample)) / len(sample)
        plausible = common + rare >= _UTF16_MIN_SHARE and common >= _UTF16_MIN_COMMON
        if plausible and (best is None or common > best[0]):
            best = (common, text, encoding)
    return best


def _legacy(data: bytes) -> tuple[float, str, str] | None:
    """(score, text, codec) of GB18030 or Big5, whichever scores better (see _BIG5_HANDICAP)."""
    found: list[tuple[float, str, str]] = []
    for encoding in ("gb18030", "big5", "cp950"):
        if encoding == "cp950" and found and found[-1][2] == "big5":
            continue  # cp950 (Windows Big5) only for the few codes plain Big5 lacks
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        common = _common("gb2312" if encoding == "gb18030" else "big5")
        found.append((_score(text, common), text, encoding))
    # max() keeps the first of equals: GB18030 wins a tie.
    return max(found, key=lambda f: f[0] - (f[2] != "gb18030") * _BIG5_HANDICAP, default=None)


def _decode_with_detector(data: bytes) -> tuple[str, str] | None:
    """charset_normalizer's guess, if the package is installed (it is optional)."""
    try:
        from charset_normalizer import from_bytes  # type: ignore[import-not-found]
    except ImportError:
        return None
    match = from_bytes(data).best()
    return None if match is None else (str(match), match.encoding)


def _score(text: str, common: frozenset[str]) -> float:
    """How Chinese a decoded text looks, from -3 to 1, judged on its non-ASCII characters.

    Each character in ``common`` (the reading's own script: GB2312 level 1 for GB18030, Big5 level 1
    for Big5) counts 1, each mojibake character -3, anything else (rare hanzi, symbols) 0. Right
    readings score ~1. GB18030 over Big5 turns punctuation into private-use characters, frequent
    hanzi into kana/Cyrillic and the rest into traditional or rare hanzi; Big5 over GBK turns
    punctuation into bopomofo and half the hanzi into rare ones.
    """
    sample = _ASCII_RUN.sub("", text[: _SAMPLE_CHARS * 4])[:_SAMPLE_CHARS]
    if not sample:
        return 1.0
    good = sum(ch in common for ch in sample)
    bad = len(_MOJIBAKE.findall(sample))
    return (good - 3 * bad) / len(sample)


@cache
def _common(encoding: str) -> frozenset[str]:
    """The hanzi in level 1 of "gb2312" or "big5" (the most used ones) and Chinese punctuation."""
    leads, trails, last = _LEVEL_1[encoding]
    chars = set(_PUNCTUATION + _PINYIN) | {chr(c) for c in range(0xFF01, 0xFF5F)}  # fullwidth forms
    chars.update(chr(c) for first, end in _NUMBERS for c in range(first, end + 1))
    for lead in leads:
        for trail in trails:
            code = bytes((lead, trail))
            if code <= last:
                chars.add(code.decode(encoding))
    return frozenset(chars)


_LEVEL_1 = {  # lead bytes, trail bytes, last code
    "gb2312": (range(0xB0, 0xD8), range(0xA1, 0xFF), b"\xd7\xf9"),
    "big5": (range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)], b"\xc6\x7e"),
}


@cache
def _utf16_good() -> frozenset[str]:
    """Characters a real BOM-less UTF-16 report is made of: printable ASCII and common CJK."""
    ascii_text = {chr(c) for c in range(0x20, 0x7F)} | {"\t", "\n", "\r"}
    return _common("gb2312") | _common("big5") | ascii_text
