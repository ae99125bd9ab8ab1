"""Word's 字数统计 figures, counted without Qt (the rule is written out in docs/word-count.md).

Microsoft Word (and WPS, which copies it) shows six figures for Chinese text:

- 字数: East Asian characters + Korean words + non-Chinese words;
- 字符数（不计空格）: every character but whitespace;
- 字符数（计空格）: every character, spaces included;
- 段落数: paragraphs with something in them (empty ones do not count);
- 中文字符和朝鲜语单词: East Asian characters (each ideograph, kana, full-width form and
  Chinese punctuation mark is one) plus Korean words (a run of Hangul is one);
- 非中文单词: runs of other characters between whitespace and East Asian characters
  ("2020", "PM2.5", "G20", a lone half-width "," between two ideographs).

What is not text is not counted: an inline object (picture, text box anchor: U+FFFC) is no
character and separates words; a manual line break (U+2028) separates words and is no character
either (Word does not count paragraph marks or line breaks). Characters are code points, so an
ideograph outside the BMP (𠀀) is one character, as Word counts it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.textcache import sized_text_cache

OBJECT_CHAR = "\ufffc"
LINE_BREAK = "\u2028"

# (first, last) code points that Word counts one by one as 中文字符 (East Asian characters).
EAST_ASIAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x1100, 0x11FF),  # Hangul Jamo (handled as Korean words below)
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals
    (0x2FF0, 0x2FFF),  # ideographic description characters
    (0x3001, 0x303F),  # CJK symbols and punctuation: 、。《》「」【】〔〕 (not U+3000)
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3100, 0x312F),  # Bopomofo
    (0x3130, 0x318F),  # Hangul compatibility jamo (Korean)
    (0x3190, 0x31FF),  # Kanbun, Bopomofo extended, CJK strokes, Katakana extension
    (0x3200, 0x33FF),  # enclosed CJK letters, CJK compatibility: ㈠ ㊣ ㎡
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA960, 0xA97F),  # Hangul Jamo extended A
    (0xAC00, 0xD7FF),  # Hangul syllables, Jamo extended B
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms: ︵ ﹁
    (0xFF01, 0xFFEF),  # full-width forms: ，！？（）：；０-９Ａ-Ｚ and half-width kana
    (0x20000, 0x3FFFF),  # CJK extensions B–H and the compatibility supplement
)
# Punctuation of General Punctuation and Latin-1 that Chinese text sets full width
# (GB/T 15834): Word counts them as 中文字符 in Chinese text.
CHINESE_PUNCTUATION = frozenset("“”‘’—…·‖–")

HANGUL_RANGES: tuple[tuple[int, int], ...] = (
    (0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF),
)  # fmt: skip


def _class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)


_HANGUL = _class(HANGUL_RANGES)
_EAST = _class(EAST_ASIAN_RANGES) + re.escape("".join(sorted(CHINESE_PUNCTUATION)))
_SEPARATORS = OBJECT_CHAR + LINE_BREAK
# a Korean word | one East Asian character | a run of anything else that is no separator
_TOKEN = re.compile(
    f"(?P<korean>[{_HANGUL}]+)|(?P<asian>[{_EAST}])|(?P<word>[^\\s{_EAST}{_SEPARATORS}]+)"
)
_SPACE = re.compile(f"[^\\S{LINE_BREAK}]")


def is_hangul(ch: str) -> bool:
    return re.fullmatch(f"[{_HANGUL}]", ch) is not None


def is_east_asian(ch: str) -> bool:
    """True for a character Word counts on its own as 中文字符 (or as part of a Korean word)."""
    return re.fullmatch(f"[{_EAST}]", ch) is not None


@dataclass(frozen=True)
class WordCount:
    """The six figures of Word's 字数统计 dialog."""

    words: int = 0  # 字数
    chars_no_spaces: int = 0  # 字符数（不计空格）
    chars_with_spaces: int = 0  # 字符数（计空格）
    paragraphs: int = 0  # 段落数
    asian: int = 0  # 中文字符和朝鲜语单词
    non_asian_words: int = 0  # 非中文单词

    def __add__(self, other: WordCount) -> WordCount:
        return WordCount(
            self.words + other.words,
            self.chars_no_spaces + other.chars_no_spaces,
            self.chars_with_spaces + other.chars_with_spaces,
            self.paragraphs + other.paragraphs,
            self.asian + other.asian,
            self.non_asian_words + other.non_asian_words,
        )


@sized_text_cache(32768)
def count_paragraph(text: str) -> WordCount:
    """The figures for one paragraph's text (no paragraph mark inside)."""
    asian = non_asian = chars = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "korean":
            asian += 1  # a Korean word counts once, however many syllables
        elif kind == "asian":
            asian += 1
        else:
            non_asian += 1
        chars += m.end() - m.start()
    spaces = len(_SPACE.findall(text))
    return WordCount(
        words=asian + non_asian,
        chars_no_spaces=chars,
        chars_with_spaces=chars + spaces,
        paragraphs=1 if chars else 0,
        asian=asian,
        non_asian_words=non_asian,
    )


def count_texts(texts: Iterable[str]) -> WordCount:
    """The figures for several paragraphs (a document, or a selection split at its marks)."""
    total = WordCount()
    for text in texts:
        total = total + count_paragraph(text)
    return total
