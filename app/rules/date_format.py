"""date/format: the 成文日期 in Arabic numerals without leading zeros (GB/T 9704-2012 7.3.5.4).

"二〇〇四年六月二十六日" (the outdated 1999 form) → "2004年6月26日", also when the 〇 is typed as
a digit or a letter (二0一0年九月二十六日, 二OO八年); "2024年07月01日" → "2024年7月1日".
Only the date line of the signature block is checked: dates in the body follow the text's own
conventions.

date/day-hao: a day of the month written with the spoken 号 in the body ("10月21号国务院常务会议"
→ 10月21日; precision22, a slip of unseen21's real pages). GB/T 15835-2011 and GB/T 9704 write a
date's day 日; 号 is speech. Only a month's day (月 before the number), so 1号文件, 3号楼, 字号,
第5号台风 are no dates; nor a number that 号 makes an ordinal of something after it (5月10号线开通:
a metro line), nor words inside quotation marks, which may quote speech (“下个月5号交”). A
warning: the date is right, only its register is not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document, Role
from app.outline.numerals import parse_date_numeral
from app.rules.base import RuleInfo

if TYPE_CHECKING:
    from app.engine import Analysis

DATE = RuleInfo("date/format", Severity.WARNING, "成文日期格式",
                "GB/T 9704-2012 7.3.5.4：成文日期用阿拉伯数字将年、月、日标全，月、日不编虚位")
HAO = RuleInfo("date/day-hao", Severity.WARNING, "日期用“号”",
               "GB/T 15835-2011：日期写作“×月×日”；“号”是口语说法，公文正文用“日”")
RULES = [DATE, HAO]

_CN = re.compile(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月"
                 r"([一二三四五六七八九十]{1,3})日")
# what writers type for 〇 in a year of Chinese numerals: the circle ○, the digit 0, the letter O
# (二0一0年, 二OO八年); one character for one, so the match's offsets are the text's
_ZEROS = str.maketrans({"○": "〇", "0": "〇", "O": "〇", "Ｏ": "〇", "０": "〇"})
_NUM = "(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
# a month's day with 号 (月 right before the day's number), unless 号 makes an ordinal of the
# noun after it (10号线, 3号楼, 1号文件, 5号令, 2号院 …)
_HAO = re.compile(rf"(?<=月){_NUM}号(?![线楼院令文馆桥门台机车站井仓房床码窗])")
_AR = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")


def normalise(text: str) -> tuple[int, int, str] | None:
    """(start, end, correct form) of a date written against the norm, or None if it is fine."""
    compact = text.translate(_ZEROS)
    m = _CN.search(compact)
    if m:
        y, mo, d = (parse_date_numeral(g) for g in m.groups())
        if y and mo and d:
            return m.start(), m.end(), f"{y}年{mo}月{d}日"
    found = _AR.search(text)
    if found:
        year, month, day = found.groups()
        right = f"{int(year)}年{int(month)}月{int(day)}日"
        if text[found.start():found.end()] != right:
            return found.start(), found.end(), right
    return None


def spoken_days(text: str) -> list[tuple[int, int]]:
    """(start, end) of each day written 号 after its month, outside quotation marks."""
    if "号" not in text or "月" not in text:
        return []
    return [(m.start(), m.end()) for m in _HAO.finditer(text)
            if text.count("“", 0, m.start()) <= text.count("”", 0, m.start())]


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    for i, text in enumerate(doc.texts):
        if analysis.roles[i] is not Role.DATE:
            if analysis.roles[i] not in (Role.JUNK, Role.BLANK):
                for start, end in spoken_days(text):
                    day = text[start:end - 1]
                    fix = Fix((Edit(i, end - 1, end, "日"),), "改为“日”")
                    out.append(HAO.finding(f"日期中的“{day}号”宜写作“{day}日”：公文正文中日期用“日”，"
                                           "“号”是口语", i, start, end, fix=fix))
            continue
        found = normalise(text)
        if found is None:
            continue
        start, end, right = found
        fix = Fix((Edit(i, start, end, right),), f"改为“{right}”")
        why = "成文日期的“日”不写作“号”" if text[end - 1] == "号" else \
            "成文日期应使用阿拉伯数字、月日不编虚位"
        out.append(DATE.finding(f"{why}：“{text[start:end]}”应为“{right}”", i, start, end,
                                fix=fix))
    return out
