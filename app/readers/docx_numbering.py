"""Word auto-numbering, rendered: the "一、" a reader sees that is not in the text.

A paragraph with w:numPr (directly or through its paragraph style) shows a marker computed from
word/numbering.xml: w:num → w:abstractNum → w:lvl (numFmt, lvlText "%1、", start, lvlRestart, suff),
with w:lvlOverride/w:startOverride on the w:num. No library renders it; :class:`Numbering` does,
one call per numbered paragraph in document order.

Counters: Word keeps one set of counters per abstract list (ECMA-376 §17.9), shared by every w:num
that points to it. A w:num with a w:startOverride ("restart numbering" in Word creates such a w:num)
resets the shared counter of that level to the override where it is first used; after that the
sequence simply continues, whichever w:num the next paragraph names (LibreOffice agrees: checked
with its text export). w:lvlRestart follows the standard: absent = restart after any higher level,
0 = never (LibreOffice 7.4 restarts such a level anyway; we follow the standard).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from lxml import etree

from app.readers.docx_safety import W_NS
from app.readers.docx_styles import Styles

W = f"{{{W_NS}}}"
_VAL = W + "val"
_LEVELS = 9
_MAX_LINKS = 8  # numStyleLink indirections followed (hostile files may loop)
_PLACEHOLDER = re.compile(r"%([1-9])")

_CN_DIGITS = "〇一二三四五六七八九"  # ideographDigital: 10 → 一〇
_CN_COUNT = "零一二三四五六七八九"  # counting: 101 → 一百零一
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]  # fmt: skip
_SYMBOL_BULLETS = {"\uf0b7": "•", "\uf06c": "●", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✔"}


def chinese_counting(n: int, digits: str = _CN_COUNT, units: str = "十百千") -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 110 → 一百一十, 10000 → 一万."""
    if n <= 0:
        return digits[0] if n == 0 else str(n)
    if n >= 10000:
        high, low = divmod(n, 10000)
        head = chinese_counting(high, digits, units) + "万"
        if low == 0:
            return head
        return head + (digits[0] if low < 1000 else "") + _below_10000(low, digits, units, True)
    return _below_10000(n, digits, units, False)


def _below_10000(n: int, digits: str, units: str, inner: bool) -> str:
    parts: list[str] = []
    pending_zero = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d, n = divmod(n, power)
        if d == 0:
            if parts:
                pending_zero = True
            continue
        if pending_zero:
            parts.append(digits[0])
            pending_zero = False
        if not (power == 10 and d == 1 and not parts and not inner and digits is _CN_COUNT):
            parts.append(digits[d])  # "十一", not "一十一", at the start of a number
        parts.append(unit)
    return "".join(parts)


def _letters(n: int, base: str) -> str:
    """Word repeats the letter: 1 → A, 26 → Z, 27 → AA, 53 → AAA."""
    if n <= 0:
        return str(n)
    count, idx = divmod(n - 1, 26)
    return chr(ord(base) + idx) * (count + 1)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _circled(n: int) -> str:
    if 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if 21 <= n <= 35:
        return chr(0x3251 + n - 21)
    if 36 <= n <= 50:
        return chr(0x32B1 + n - 36)
    return str(n)


def format_number(n: int, fmt: str) -> str:
    """The value ``n`` in Word's w:numFmt ``fmt`` (unknown formats fall back to decimal)."""
    if fmt in ("decimal", "ordinal", "cardinalText", "ordinalText", "decimalHalfWidth"):
        return str(n)
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
               "taiwaneseCountingThousand", "japaneseCounting", "koreanCounting"):  # fmt: skip
        return chinese_counting(n)
    if (
        fmt == "ideographDigital"
        or fmt == "taiwaneseDigital"
        or fmt == "japaneseDigitalTenThousand"
    ):
        return "".join(_CN_DIGITS[int(c)] for c in str(n)) if n >= 0 else str(n)
    if fmt == "chineseLegalSimplified" or fmt == "ideographLegalTraditional":
        return chinese_counting(n, _CN_LEGAL, "拾佰仟")
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _circled(n)
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _DIZHI[(n - 1) % 12] if n > 0 else str(n)
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in str(n))
    if fmt == "decimalEnclosedParen":
        return chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}."
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperLetter":
        return _letters(n, "A")
    if fmt == "lowerLetter":
        return _letters(n, "a")
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "none":
        return ""
    return str(n)


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None  # lvlText; None = absent (Word shows nothing)
    restart: int | None = None  # lvlRestart: None = after any higher level, 0 = never
    suffix: str = "\t"
    legal: bool = False  # isLgl: every %n in decimal
    pstyle: str | None = None
    indent: tuple[tuple[str, str], ...] = ()  # w:pPr/w:ind's attributes: where the list sits


def _level(lvl: etree._Element) -> Level:
    out = Level()
    for child in lvl:
        tag = child.tag
        val = child.get(_VAL)
        if tag == W + "start":
            out.start = _to_int(val, 1) or 0
        elif tag == W + "numFmt":
            out.fmt = val or "decimal"
        elif tag == W + "lvlText":
            out.text = val or ""
        elif tag == W + "lvlRestart":
            out.restart = _to_int(val, None)
        elif tag == W + "suff":
            out.suffix = {"space": " ", "nothing": ""}.get(val or "", "\t")
        elif tag == W + "isLgl":
            out.legal = val is None or val not in ("0", "false", "off")
        elif tag == W + "pStyle":
            out.pstyle = val
        elif tag == W + "pPr" and (ind := child.find(W + "ind")) is not None:
            out.indent = tuple((str(k), str(v)) for k, v in ind.attrib.items())
        elif tag == W + "lvlPicBulletId" and out.fmt == "bullet":
            out.text = "•"
    return out


def _to_int(val: str | None, default: int | None) -> int | None:
    try:
        return int(val) if val is not None else default
    except ValueError:
        return default


@dataclass
class _Abstract:
    levels: dict[int, Level] = field(default_factory=dict)
    style_link: str | None = None  # w:numStyleLink: the definition lives in a numbering style


@dataclass
class _Num:
    abstract_id: str
    starts: dict[int, int] = field(default_factory=dict)  # startOverride per level
    levels: dict[int, Level] = field(default_factory=dict)  # full w:lvl overrides


class Numbering:
    """Renders list markers in document order; create one per document read."""

    def __init__(self, root: etree._Element | None, styles: Styles) -> None:
        self._abstracts: dict[str, _Abstract] = {}
        self._nums: dict[str, _Num] = {}
        self._styles = styles
        self._counters: dict[str, list[int | None]] = {}  # per abstract list
        self._seen: set[tuple[str, int]] = set()  # (numId, level) already counted
        self._resolved: dict[str, tuple[str, dict[int, Level], dict[int, int]] | None] = {}
        if root is None:
            return
        for ab in root.iter(W + "abstractNum"):
            aid = ab.get(W + "abstractNumId")
            if aid is None or aid in self._abstracts:
                continue
            a = _Abstract()
            link = ab.find(W + "numStyleLink")
            if link is not None:
                a.style_link = link.get(_VAL)
            for lvl in ab.iter(W + "lvl"):
                il = _to_int(lvl.get(W + "ilvl"), None)
                if il is not None and 0 <= il < _LEVELS:
                    a.levels[il] = _level(lvl)
            self._abstracts[aid] = a
        for num in root.iter(W + "num"):
            nid = num.get(W + "numId")
            ref = num.find(W + "abstractNumId")
            if nid is None or ref is None or nid in self._nums:
                continue
            n = _Num(abstract_id=ref.get(_VAL) or "")
            for ov in num.iter(W + "lvlOverride"):
                il = _to_int(ov.get(W + "ilvl"), None)
                if il is None or not 0 <= il < _LEVELS:
                    continue
                so = ov.find(W + "startOverride")
                if so is not None:
                    n.starts[il] = _to_int(so.get(_VAL), 0) or 0
                override = ov.find(W + "lvl")
                if override is not None:
                    n.levels[il] = _level(override)
            self._nums[nid] = n

    def __bool__(self) -> bool:
        return bool(self._nums)

    def fresh(self) -> Numbering:
        """The same definitions with every counter at its start: a second pass over the
        paragraphs (the window's re-count after an edit, :mod:`app.docx.renumber_view`) counts
        exactly as the reader did."""
        out = copy.copy(self)
        out._counters = {}
        out._seen = set()
        return out

    def _abstract(self, aid: str) -> tuple[str, dict[int, Level]]:
        """(id, levels) of abstract list ``aid``, following w:numStyleLink through numbering
        styles to the abstract list that really holds the levels."""
        for _ in range(_MAX_LINKS):
            ab = self._abstracts.get(aid)
            if ab is None:
                return aid, {}
            if ab.style_link is None:
                return aid, ab.levels
            style_num = self._styles.numbering_style_num(ab.style_link)
            num = self._nums.get(style_num) if style_num else None
            if num is None or num.abstract_id == aid:
                return aid, ab.levels
            aid = num.abstract_id
        return aid, {}

    def _resolve(self, num_id: str) -> tuple[str, dict[int, Level], dict[int, int]] | None:
        if num_id in self._resolved:
            return self._resolved[num_id]
        num = self._nums.get(num_id)
        out = None
        if num is not None:
            aid, abstract_levels = self._abstract(num.abstract_id)
            levels = dict(abstract_levels)
            levels.update(num.levels)
            # A whole w:lvl in an override restarts at its own w:start (older Word files).
            starts = {il: lvl.start for il, lvl in num.levels.items()}
            starts.update(num.starts)
            out = (aid, levels, starts)
        self._resolved[num_id] = out
        return out

    def indent(self, num_id: str, ilvl: int) -> tuple[tuple[str, str], ...]:
        """The w:ind attributes level ``ilvl`` of list ``num_id`` gives its paragraphs (() when
        it gives none): what a paragraph loses when its numbering is switched off."""
        r = self._resolve(num_id)
        lvl = r[1].get(ilvl) if r is not None else None
        return lvl.indent if lvl is not None else ()

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        """The level whose w:pStyle is ``style_id`` (how styles bind to list levels)."""
        r = self._resolve(num_id)
        if r is None:
            return None
        for il, lvl in r[1].items():
            if lvl.pstyle == style_id:
                return il
        return None

    def render(self, num_id: str | None, ilvl: int) -> str:
        """Count one paragraph of list ``num_id`` at level ``ilvl`` and return its marker with
        its suffix ("一、", "（二）\t"…); "" when the paragraph shows no marker."""
        if not num_id or num_id == "0":
            return ""
        r = self._resolve(num_id)
        if r is None:
            return ""
        key, levels, starts = r
        ilvl = ilvl if 0 <= ilvl < _LEVELS else 0
        lvl = levels.get(ilvl)
        if lvl is None:
            return ""
        counters = self._counters.get(key)
        if counters is None:
            counters = self._counters[key] = [None] * _LEVELS

        def start(i: int) -> int:
            if i in starts:
                return starts[i]
            lv = levels.get(i)
            return lv.start if lv else 1

        first_use = (num_id, ilvl) not in self._seen
        if first_use:
            self._seen.add((num_id, ilvl))
        cur = counters[ilvl]
        if first_use and ilvl in starts:
            counters[ilvl] = starts[ilvl]  # the w:num's override restarts the shared list
        else:
            counters[ilvl] = start(ilvl) if cur is None else cur + 1
        for k in range(ilvl + 1, _LEVELS):
            lv = levels.get(k)
            restart = lv.restart if lv else None
            if restart is None or (restart != 0 and ilvl < restart):
                counters[k] = None
        if lvl.text is None:
            return ""
        if lvl.fmt == "bullet":
            text = "".join(_SYMBOL_BULLETS.get(c, "•" if "\ue000" <= c <= "\uf8ff" else c)
                           for c in lvl.text)  # fmt: skip
            return text + lvl.suffix if text else ""

        def sub(m: re.Match[str]) -> str:
            i = int(m.group(1)) - 1
            count = counters[i]
            value = count if count is not None else start(i)
            lv = levels.get(i)
            fmt = "decimal" if (lvl.legal or lv is None) else lv.fmt
            return format_number(value, fmt)

        text = _PLACEHOLDER.sub(sub, lvl.text)
        return text + lvl.suffix if text else ""
