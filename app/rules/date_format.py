"""date/format: the 成文日期 in Arabic numerals without leading zeros (GB/T 9704-2012 7.3.5.4).

"二〇〇四年六月二十六日" (the outdated 1999 form) → "2004年6月26日", also when the 〇 is typed as
a digit or a letter (二0一0年九月二十六日, 二OO八年); "2024年07月01日" → "2024年7月1日".
Only the date line of the signature block is checked: dates in the body follow the text's own
conventions.
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
RULES = [DATE]

_CN = re.compile(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月"
                 r"([一二三四五六七八九十]{1,3})日")
# what writers type for 〇 in a year of Chinese numerals: the circle ○, the digit 0, the letter O
# (二0一0年, 二OO八年); one character for one, so the match's offsets are the text's
_ZEROS = str.maketrans({"○": "〇", "0": "〇", "O": "〇", "Ｏ": "〇", "０": "〇"})
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


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    for i, text in enumerate(doc.texts):
        if analysis.roles[i] is not Role.DATE:
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
