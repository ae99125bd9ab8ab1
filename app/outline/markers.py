"""Recognise the serial number at the start of a paragraph, in the form the author meant.

Wrong forms (GB/T 15834-2011 appendix B.3) are recognised as the level the author meant and carry
a ``problem`` and the ``canonical`` form, so one rule can report and fix them. Body lines that only
look numbered ("一、二季度", "1.5万元", "2023年", "（此页无正文）") are not markers.
"""

from __future__ import annotations

import re

from app.outline.numerals import (
    ARABIC_CLASS,
    CIRCLED,
    CN_NUMERAL_CLASS,
    PAREN_CN,
    PAREN_DIGITS,
    parse_arabic,
    parse_chinese,
    to_chinese,
)
from app.outline.types import Marker, MarkerKind
from app.textcache import text_cache

_WS = "[ \t\u3000\u00a0]*"
_CN = f"{CN_NUMERAL_CLASS}{{1,7}}"  # up to 一千一百一十一 (long regulations)
_AR = f"{ARABIC_CLASS}{{1,3}}"

_CHAPTER = re.compile(rf"{_WS}(第)({_CN}|{_AR})(章|节|部分|编)(?=[ \t\u3000\u00a0]|$|[^\w])?")
_ARTICLE = re.compile(rf"{_WS}(第)({_CN}|{_AR})(条)(?=[ \t\u3000\u00a0])")
_PAREN = re.compile(rf"{_WS}([（(])[ \u3000]?({_CN}|{_AR})[ \u3000]?([）)])([、.．，,。]?)")
_SPECIAL = re.compile(rf"{_WS}([{PAREN_CN}{PAREN_DIGITS}{CIRCLED}])([、.．，,]?)")
_CN_PLAIN = re.compile(rf"{_WS}({_CN})([、.．，,。]|[ \u3000]+)")
_DECIMAL = re.compile(rf"{_WS}({_AR}(?:[.．]{_AR})+)[.．]?[ \t\u3000]+(?=\S)")
_DECIMAL_TOP = re.compile(rf"{_WS}({_AR})[ \t\u3000]+(?=[\u4e00-\u9fff])")
# After "三 " a lone character and then a colon, a space or the end: "三 审：李某" (三审),
# "二 审 王某": a two-character word letter-spaced, as news pages set their credit lines
# ("编 辑" "监 制" "三 审"), not heading 三 whose title is one character.
_SPACED_WORD = re.compile(r"[\u4e00-\u9fff](?:[：:]|[ \t\u3000\u00a0]|$)")
_ARABIC = re.compile(rf"{_WS}({_AR})([.．、，,。])")

_CN_DIGIT_CHARS = set("一二三四五六七八九十")
_SPECIAL_CHARS = frozenset(PAREN_CN + PAREN_DIGITS + CIRCLED)
_CN_START = frozenset("一二三四五六七八九十百千零〇")
_DIGIT_START = frozenset("0123456789０１２３４５６７８９")
_SEP_NAMES = {"、": "顿号“、”", ".": "点号“.”", "．": "全角点“．”", "，": "逗号“，”",
              ",": "逗号“,”", "。": "句号“。”"}


def _next_is_numeral(text: str, pos: int) -> bool:
    return pos < len(text) and (text[pos].isdigit() or text[pos] in _CN_DIGIT_CHARS)


def _has_text_after(text: str, pos: int) -> bool:
    return bool(text[pos:].strip())


@text_cache
def find_marker(text: str) -> Marker | None:
    """The heading/list marker at the start of ``text``, or None. Cached: text is immutable."""
    if not text or len(text) < 2:
        return None
    first = text.lstrip(" \t\u3000\u00a0")[:1]
    # Dispatch on the first character: most paragraphs start with none of these and are
    # settled without trying a single pattern.
    if first == "第":
        return _chapter(text)
    if first in "（(":
        return _paren(text)
    if first in _SPECIAL_CHARS:
        return _special(text)
    if first in _CN_START:
        return _cn_plain(text)
    if first in _DIGIT_START:
        return _decimal(text) or _arabic(text)
    return None


def _chapter(text: str) -> Marker | None:
    for pattern, kind in ((_ARTICLE, MarkerKind.ARTICLE), (_CHAPTER, None)):
        m = pattern.match(text)
        if not m:
            continue
        n = parse_chinese(m.group(2)) or parse_arabic(m.group(2))
        if not n:
            return None
        if kind is None:
            kind = MarkerKind.SECTION if m.group(3) == "节" else MarkerKind.CHAPTER
        return Marker(kind, n, m.start(1), m.end(3), m.start(2), m.end(2), m.group(0).strip(),
                      m.group(0).strip())
    return None


def _paren(text: str) -> Marker | None:
    m = _PAREN.match(text)
    if not m or not _has_text_after(text, m.end()):
        return None
    num = m.group(2)
    cn = parse_chinese(num)
    n = cn if cn is not None else parse_arabic(num)
    if not n:
        return None
    kind = MarkerKind.CN_PAREN if cn is not None else MarkerKind.ARABIC_PAREN
    ascii_num = str(n) if kind is MarkerKind.ARABIC_PAREN else num
    canonical = f"（{ascii_num}）"
    problems = []
    if m.group(1) == "(" or m.group(3) == ")":
        problems.append("应使用全角括号“（）”")
    if m.group(4):
        problems.append(f"括号序号后不加标点（多了{_SEP_NAMES[m.group(4)]}）")
    if m.end(3) - m.start(1) != len(num) + 2:
        problems.append("括号内不应有空格")
    if kind is MarkerKind.ARABIC_PAREN and num != ascii_num:
        problems.append("序号应使用半角阿拉伯数字")
    return Marker(kind, n, m.start(1), m.end(), m.start(2), m.end(2), m.group(0).lstrip(),
                  canonical, "；".join(problems))


def _special(text: str) -> Marker | None:
    m = _SPECIAL.match(text)
    if not m or not _has_text_after(text, m.end()):
        return None
    ch = m.group(1)
    sep_problem = f"序号后不加标点（多了{_SEP_NAMES[m.group(2)]}）" if m.group(2) else ""
    if ch in CIRCLED:
        n = CIRCLED.index(ch) + 1
        return Marker(MarkerKind.CIRCLED, n, m.start(1), m.end(), m.start(1), m.end(1),
                      m.group(0).lstrip(), ch, sep_problem)
    if ch in PAREN_CN:
        n = PAREN_CN.index(ch) + 1
        kind, canonical = MarkerKind.CN_PAREN, f"（{to_chinese(n)}）"
    else:
        n = PAREN_DIGITS.index(ch) + 1
        kind, canonical = MarkerKind.ARABIC_PAREN, f"（{n}）"
    problem = f"“{ch}”是特殊符号，应写作“{canonical}”"
    # The numeral lives inside the symbol: renumbering rewrites the whole marker.
    return Marker(kind, n, m.start(1), m.end(), m.start(1), m.end(), m.group(0).lstrip(),
                  canonical, "；".join(p for p in (problem, sep_problem) if p))


def _cn_plain(text: str, before_numeral: bool = False) -> Marker | None:
    """"一、…" (or "一，" "一." "一 "); with ``before_numeral``, only the marker that a Chinese
    numeral after it makes ambiguous ("一、二级标题"), which :func:`find_marker` leaves out."""
    m = _CN_PLAIN.match(text)
    if not m or not _has_text_after(text, m.end()):
        return None
    n = parse_chinese(m.group(1))
    if not n:
        return None
    sep = m.group(2)
    after = m.end()
    # "一、二季度" / "一、二、三产业": the numeral is part of a list of numerals, not a marker.
    # ("一、2025年工作回顾" is a heading: only a Chinese numeral continues the list.)
    listed = sep in "、，," and after < len(text) and text[after] in _CN_DIGIT_CHARS
    if listed is not before_numeral:
        return None
    # "一.5" or "十.1" never occur as markers
    if sep in ".．。" and _next_is_numeral(text, after):
        return None
    if not sep.strip() and _SPACED_WORD.match(text, after):
        return None
    canonical = f"{m.group(1)}、"
    problem = "" if sep == "、" else (
        "汉字序号后应使用顿号“、”" + (f"，不用{_SEP_NAMES[sep]}" if sep.strip() else "，不用空格"))
    return Marker(MarkerKind.CN, n, m.start(1), m.end(), m.start(1), m.end(1),
                  m.group(0).lstrip(), canonical, problem)


def _decimal(text: str) -> Marker | None:
    m = _DECIMAL.match(text)
    if m:
        parts = re.split("[.．]", m.group(1))
        values = [parse_arabic(p) for p in parts]
        if any(v is None for v in values):
            return None
        last = m.group(1).rfind(parts[-1])
        return Marker(MarkerKind.DECIMAL, values[-1] or 0, m.start(1), m.end(),
                      m.start(1) + last, m.end(1), m.group(0).lstrip(), m.group(0).lstrip(),
                      depth=len(parts))
    m = _DECIMAL_TOP.match(text)
    if m and len(text) <= 40 and not re.search("[。；，：]", text):
        n = parse_arabic(m.group(1))
        if n:
            return Marker(MarkerKind.DECIMAL, n, m.start(1), m.end(), m.start(1), m.end(1),
                          m.group(0).lstrip(), m.group(0).lstrip(), depth=1)
    return None


def find_marker_before_numeral(text: str) -> Marker | None:
    """"一、二级标题" read as heading 一: only for the parser, where its neighbours decide."""
    first = text.lstrip(" \t\u3000\u00a0")[:1]
    return _cn_plain(text, before_numeral=True) if first in _CN_START else None


def find_marker_before_number(text: str) -> Marker | None:
    """"20.2026年10件民生实事" read as item 20: only for the parser to use in a running list."""
    return _arabic(text, loose=True)


def _arabic(text: str, loose: bool = False) -> Marker | None:
    m = _ARABIC.match(text)
    if not m or not _has_text_after(text, m.end()):
        return None
    num, sep = m.group(1), m.group(2)
    after = m.end()
    # "1.5万元", "3、4月份", "2,000": the number goes on; not a marker. A Chinese numeral after
    # it starts the heading's words ("1．四级标题", "2.三项机制"): no number mixes the two.
    if not loose and ((after < len(text) and text[after].isdigit())
                      or text[after:after + 1] in ("%", "％")):
        return None
    n = parse_arabic(num)
    if not n:
        return None
    canonical = f"{n}."
    problems = []
    if sep != ".":
        if sep == "．":
            problems.append("阿拉伯数字序号后宜用半角点“.”")
        else:
            problems.append(f"阿拉伯数字序号后应使用点号“.”，不用{_SEP_NAMES[sep]}")
    if num != str(n):
        problems.append("序号应使用半角阿拉伯数字")
    return Marker(MarkerKind.ARABIC, n, m.start(1), m.end(), m.start(1), m.end(1),
                  m.group(0).lstrip(), canonical, "；".join(problems))


def render_number(marker: Marker, n: int) -> str:
    """The numeral for ``n`` in the system ``marker`` uses (replaces number_start:number_end)."""
    kind = marker.kind
    if kind in (MarkerKind.CN, MarkerKind.CN_PAREN, MarkerKind.CHAPTER, MarkerKind.SECTION,
                MarkerKind.ARTICLE, MarkerKind.INLINE_SHI, MarkerKind.INLINE_YAO,
                MarkerKind.INLINE_DI):
        if marker.text and marker.text[0] in PAREN_CN:
            return f"（{to_chinese(n)}）"
        original = marker.text[marker.number_start - marker.start:
                               marker.number_end - marker.start]
        if original and original[0].isdigit():
            return str(n)
        return to_chinese(n)
    if kind is MarkerKind.CIRCLED:
        return CIRCLED[n - 1] if n <= len(CIRCLED) else f"（{n}）"
    if marker.text and marker.text[0] in PAREN_DIGITS:
        return f"（{n}）"
    original = marker.text[marker.number_start - marker.start:marker.number_end - marker.start]
    if original and original[0] in "０１２３４５６７８９":
        return "".join("０１２３４５６７８９"[int(d)] for d in str(n))
    return str(n)
