"""hygiene/percent-range and hygiene/weekday: two number slips whose truth a rule can compute,
called from :mod:`app.rules.hygiene_numbers` (same paragraphs, same settings group).

- ``hygiene/percent-range`` (百分数范围省略前一个百分号): "40～60%" for "40%～60%". A percentage
  is a number with its sign, and a range joins two numbers of the same kind: written "40～60%"
  it reads 40 to 0.60 (编辑规范 on 量值范围, e.g. 中国计量网《数值（量值）范围和公差等的表示》:
  "书写百分数范围，每个百分数后面的“%”都要重复写出，“18%～25%”不得写作“18～25%”"; GB/T
  15834-2011 marks a range of values with ～). Only a bare number right before the dash whose second
  number carries % (or ‰); a year span (2021－2025年), a code (GB/T 15834-2011) or a number
  with its own % stay alone, and so does a digit run glued to Latin letters.
- ``hygiene/weekday`` (日期与星期不符): a full date followed by its weekday in brackets
  ("2026年3月12日（星期三）") where the calendar gives another day. The date is computed, not
  guessed: only a year of four digits, a real month and day, and 星期/周 + 一…日/天 right after
  (in brackets or not). A date without its year is left alone (the year cannot be known).
"""

from __future__ import annotations

import datetime
import re

from app.findings import Severity
from app.rules.base import Raw, RuleInfo

PERCENT_RANGE = RuleInfo("hygiene/percent-range", Severity.WARNING, "百分数范围缺百分号",
                         "数值范围的表示（GB 3101/3102 宣贯及编辑规范）：百分数范围每个数值都带"
                         "“%”，如“18%～25%”，不写作“18～25%”")
WEEKDAY = RuleInfo("hygiene/weekday", Severity.WARNING, "日期与星期不符",
                   "公历推算：日期后所注星期应与该日实际星期一致")
RULES = [PERCENT_RANGE, WEEKDAY]

# a bare number, a range mark, a number with % or ‰: not after a Latin letter, a digit, a dot or
# a sign of its own (a code, a version, a second range)
_RANGE = re.compile(r"(?<![A-Za-z\d.%‰％/\-－])(\d+(?:\.\d+)?)[ ]?([～~〜—－\-–至到])[ ]?"
                    r"(\d+(?:\.\d+)?)([%‰％])")
_WEEK = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日[（(]?(星期|周)([一二三四五六日天])")
_DAYS = "一二三四五六日"


def paragraph_findings(text: str) -> list[Raw]:
    """Both checks over one paragraph (cheap tests first: most paragraphs hold neither)."""
    out: list[Raw] = []
    if "%" in text or "‰" in text or "％" in text:
        out += _percent_ranges(text)
    if "星期" in text or "周" in text:
        out += _weekdays(text)
    return out


def _percent_ranges(text: str) -> list[Raw]:
    out = []
    for m in _RANGE.finditer(text):
        sign = m.group(4)
        fixed = f"{m.group(1)}{sign}{m.group(2)}{m.group(3)}{sign}"
        out.append(Raw(PERCENT_RANGE.id, m.start(), m.end(),
                       f"百分数范围“{m.group()}”前一个数值缺百分号，应为“{fixed}”", fixed))
    return out


def _weekdays(text: str) -> list[Raw]:
    out = []
    for m in _WEEK.finditer(text):
        try:
            day = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue  # no such date: not this check's to say
        written = _DAYS.index("日" if m.group(5) == "天" else m.group(5))
        if written == day.weekday():
            continue
        right = m.group(4) + _DAYS[day.weekday()]
        at = m.start(4)
        out.append(Raw(WEEKDAY.id, at, m.end(),
                       f"{m.group(1)}年{m.group(2)}月{m.group(3)}日是{right}，"
                       f"不是“{m.group(4)}{m.group(5)}”", right))
    return out
