"""hygiene/percent-range, hygiene/weekday, hygiene/no-such-date and hygiene/docnum-bracket:
number slips whose truth a rule can compute or a norm fixes, called from
:mod:`app.rules.hygiene_numbers` (same paragraphs, same settings group).

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
- ``hygiene/no-such-date`` (日期不存在): a month and day the calendar does not have ("6月31日",
  "2月30日", "2027年2月29日"). Computed as the weekday is: the day must not pass the month's
  length (February 29 days when the year is not written, 28 or 29 by the year when it is),
  and the month must be 1–12; and a year run into its month, the 年 lost ("20105月下旬" →
  2010年5月). Only a number right before 月 and right before 日, with no digit
  before the month (a range 3—6月 ends in the month and has no 日). A month past 12 without a
  day too (截至111月份, a range's mark lost: precision20), when no digit, range mark or 第 stands
  before it and no 龄 or 薪 after it (36月龄, 13月薪 count months, they name none).
- ``hygiene/docnum-bracket`` (发文字号年份括号): the year of a 发文字号 in other brackets than
  the 六角括号 (许政办 [2021] 15号, 国办发„2009‟3号, 国发【2024】5号 → 许政办〔2021〕15号):
  GB/T 9704-2012 7.2.4, "年份应标全称，用六角括号“〔〕”括入". Only an organ's code of Chinese
  characters, a four-digit year in square, lenticular or „‟ brackets (web copies and converted
  PDFs make them; a round bracket also opens a court's case number, （2021）京01民初15号, and is
  left alone), and the serial number with 号 right after: a shape nothing else has. The fix
  writes 〔〕 and drops the spaces around the year. Round brackets too where the organ's code
  ends in a 文种 or 发文 character (发, 函, 字, 办, 呈, 复, 令, 文, 电) right before the bracket and
  the serial number follows the bracket at once (锡署发（2010）183号, 国办发(2019)5号:
  precision20): a court's case number has its court's code after the bracket (（2021）京01…).
"""

from __future__ import annotations

import datetime
import re

from app.findings import Severity
from app.rules.base import Raw, RuleInfo
from app.rules.hygiene_points import PERCENT_POINT, percent_points

PERCENT_RANGE = RuleInfo("hygiene/percent-range", Severity.WARNING, "百分数范围缺百分号",
                         "数值范围的表示（GB 3101/3102 宣贯及编辑规范）：百分数范围每个数值都带"
                         "“%”，如“18%～25%”，不写作“18～25%”")
WEEKDAY = RuleInfo("hygiene/weekday", Severity.WARNING, "日期与星期不符",
                   "公历推算：日期后所注星期应与该日实际星期一致")
NO_SUCH_DATE = RuleInfo("hygiene/no-such-date", Severity.WARNING, "日期不存在",
                        "公历：各月天数一定（小月30日，二月28日、闰年29日），日期不能超出")
DOCNUM = RuleInfo("hygiene/docnum-bracket", Severity.WARNING, "发文字号年份括号",
                  "GB/T 9704-2012 7.2.4：发文字号由发文机关代字、年份、发文顺序号组成，"
                  "年份应标全称，用六角括号“〔〕”括入")
RULES = [PERCENT_RANGE, WEEKDAY, NO_SUCH_DATE, DOCNUM, PERCENT_POINT]

# a bare number, a range mark, a number with % or ‰: not after a Latin letter, a digit, a dot or
# a sign of its own (a code, a version, a second range)
_RANGE = re.compile(r"(?<![A-Za-z\d.%‰％/\-－])(\d+(?:\.\d+)?)[ ]?([～~〜—－\-–至到])[ ]?"
                    r"(\d+(?:\.\d+)?)([%‰％])")
_WEEK = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日[（(]?(星期|周)([一二三四五六日天])")
_DAYS = "一二三四五六日"
_DATE = re.compile(r"(?<![\d.\-－—～~])(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
# a year and its month run together, the 年 lost (20105月下旬 for 2010年5月)
_GLUED_YEAR = re.compile(r"(?<![A-Za-z\d.\-－—～~])((?:19|20)\d\d)(1[0-2]|0?[1-9])月")
# a month past 12 with no day: not after a digit, a range mark or 第, no count (月龄, 月薪)
_NO_SUCH_MONTH = re.compile(r"(?<![\d.\-－—～~第/:：])(?<!\d至)(?<!\d到)"
                            r"(1[3-9]|[2-9]\d|\d{3})月(?![龄薪日\d])")
# an organ's code, the year in the wrong brackets (spaces around it), the serial number and 号
_DOCNUM = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]?([\[［【„])[ \u3000]?((?:19|20)\d\d)"
                     r"[ \u3000]?([\]］】‟])[ \u3000]?(?=第?\d{1,4}[ \u3000]?号)")
# … in round brackets, after a code ending in a 发文 character, the serial number right after
_DOCNUM_ROUND = re.compile(r"(?<=[发函字办呈复令文电])([（(])((?:19|20)\d\d)([）)])"
                           r"(?=第?\d{1,4}号)")


def paragraph_findings(text: str) -> list[Raw]:
    """Both checks over one paragraph (cheap tests first: most paragraphs hold neither)."""
    out: list[Raw] = []
    if "%" in text or "‰" in text or "％" in text:
        out += _percent_ranges(text)
    if "%" in text or "％" in text or "百分点" in text:
        out += percent_points(text)
    if "星期" in text or "周" in text:
        out += _weekdays(text)
    if "月" in text and "日" in text:
        out += _no_such_dates(text)
    if "月" in text:
        out += [Raw(NO_SUCH_DATE.id, m.start(), m.end(),
                    f"月份“{m.group()}”不存在（一年只有12个月）", None)
                for m in _NO_SUCH_MONTH.finditer(text)]
        out += [Raw(NO_SUCH_DATE.id, m.start(), m.end(),
                    f"日期缺“年”：“{m.group()}”应为“{m.group(1)}年{int(m.group(2))}月”",
                    f"{m.group(1)}年{int(m.group(2))}月") for m in _GLUED_YEAR.finditer(text)]
    if "号" in text:
        out += _docnum_brackets(text)
    return out


def _docnum_brackets(text: str) -> list[Raw]:
    return [Raw(DOCNUM.id, m.start(), m.end(),
                f"发文字号的年份应用六角括号：“{m.group().strip()}”应为“〔{m.group(2)}〕”",
                f"〔{m.group(2)}〕") for pattern in (_DOCNUM, _DOCNUM_ROUND)
            for m in pattern.finditer(text)]


def _no_such_dates(text: str) -> list[Raw]:
    out = []
    for m in _DATE.finditer(text):
        year, month, day = int(m.group(1) or 2024), int(m.group(2)), int(m.group(3))
        if 1 <= month <= 12 and day >= 1:
            try:
                datetime.date(year, month, day)  # 2024 is a leap year: 2月29日 with no year
                continue
            except ValueError:
                pass
        elif month == 0 or day == 0:
            continue  # 0月 / 0日: a typo of another kind, not a calendar slip
        at = m.start(2)
        if not 1 <= month <= 12:
            why = "一年只有12个月"
        elif m.group(1):
            why = f"{year}年{month}月只有{_month_days(year, month)}天"
        else:
            why = f"{month}月最多{_month_days(year, month)}天"
        out.append(Raw(NO_SUCH_DATE.id, at, m.end(),
                       f"日期“{m.group(2)}月{m.group(3)}日”不存在（{why}）", None))
    return out


def _month_days(year: int, month: int) -> int:
    after = datetime.date(year + month // 12, month % 12 + 1, 1)
    return (after - datetime.timedelta(days=1)).day


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
