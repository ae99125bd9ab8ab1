"""hygiene/year-zero and hygiene/short-year: how a year is written (GB/T 15835-2011), split from
:mod:`app.rules.hygiene_numbers`, which runs them with the other number checks of a paragraph:

- a year in Chinese digits has 〇 for its zero, not 零 (二零二六年) nor an Arabic 0, a letter O
  or a circle typed for it (二0二六年, 二○二六年);
- a year is not cut to two digits before a month (24年3月)."""

from __future__ import annotations

import re

from app.findings import Severity
from app.rules.base import Raw, RuleInfo

YEAR_ZERO = RuleInfo("hygiene/year-zero", Severity.WARNING, "年份“〇”写作“零”",
                     "GB/T 15835-2011：“0”用作编号（如年份）时汉字写作“〇”，"
                     "“二〇一二年”不写为“二零一二年”；用作计量时写作“零”")
SHORT_YEAR = RuleInfo("hygiene/short-year", Severity.WARNING, "年份简写",
                      "GB/T 15835《出版物上数字用法》：年份不简写，“1990年”不写作“90年”")
RULES = [YEAR_ZERO, SHORT_YEAR]


def year_findings(text: str) -> list[Raw]:
    """The year checks' findings in a paragraph's text."""
    return _year_zero(text) + _short_years(text)


# a year in Chinese digits, one character a digit, four of them, with 零 among them; or with
# an Arabic 0 or a Latin O typed for 〇 (二0二六年, 二O二六年: the 〇 is not on the keyboard), as
# long as the other digits are Chinese
_YEAR_DIGITS = "〇零一二三四五六七八九"
# (and the geometric circles ○ ◯ and the full-width letter Ｏ an input method's symbol table
# offers for it: they look like 〇 in print, but 〇 is the numeral GB/T 15835 names)
_ZERO_SLIPS = "零0Oo○◯Ｏ"
_YEAR = re.compile(rf"(?<![{_YEAR_DIGITS}十百千万亿两\dA-Za-z])"
                   rf"[{_YEAR_DIGITS}{_ZERO_SLIPS}]{{4}}(?=年)")


# a year in Chinese digits at all (it opens with 一 or 二): a set the regex engine scans for
# quickly, so paragraphs with an Arabic 0 but no such year (most of them) cost one scan
_ANY_HAN_YEAR = re.compile(rf"[一二][〇一二三四五六七八九{_ZERO_SLIPS}]{{3}}年")


def _year_zero(text: str) -> list[Raw]:
    if "零" not in text and not (any(z in text for z in _ZERO_SLIPS[1:]) and
                                 _ANY_HAN_YEAR.search(text)):
        return []
    out = []
    for m in _YEAR.finditer(text):
        year = m.group()
        slips = [z for z in _ZERO_SLIPS if z in year]
        if slips and any(c in "一二三四五六七八九" for c in year):
            fixed = year.translate({ord(z): "〇" for z in _ZERO_SLIPS})
            out.append(Raw(YEAR_ZERO.id, m.start(), m.end(),
                           f"年份“{year}年”中的“{slips[0]}”应写作“〇”（“{fixed}年”）", fixed))
    return out


# two digits (not part of a longer number, a code or a range's second year 2025—26) before 年
# and a month number right after: a date with its year cut short
_SHORT_YEAR = re.compile(r"(?<![\d.\-—－/～~A-Za-z])(\d{2})年(\d{1,2})月")


def _short_years(text: str) -> list[Raw]:
    # looked for from each 年 with a digit on both sides (a few per paragraph), not by running
    # the pattern's look-behind at every character
    out = []
    at = text.find("年", 2)
    while at != -1:
        m = None
        if text[at - 1].isdigit() and text[at + 1:at + 2].isdigit():
            m = _SHORT_YEAR.match(text, at - 2)
        at = text.find("年", at + 1)
        if m is None:
            continue
        if not 1 <= int(m.group(2)) <= 12:
            continue
        out.append(Raw(SHORT_YEAR.id, m.start(1), m.end(1) + 1,
                       f"年份“{m.group(1)}年”应写全（如“20{m.group(1)}年”或“19{m.group(1)}年”）"))
    return out
