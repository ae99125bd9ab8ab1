"""punctuation/width: half-width , ; : ? ! ( ) inside Chinese text (GB/T 15834-2011 3.1).

Only punctuation touching a Chinese character is flagged: "8:30", "1,000", "Windows 10 (x64)"
and English sentences are left alone. The fix swaps in the full-width mark.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document, Role
from app.rules.base import RuleInfo

WIDTH = RuleInfo("punctuation/width", Severity.WARNING, "半角标点",
                 "GB/T 15834-2011 3.1：中文文本使用全角标点")
RULES = [WIDTH]

_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_ANY = re.compile(r"[,;:?!()]")


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"


@lru_cache(maxsize=65536)
def half_width_marks(text: str, skip_to: int = 0) -> tuple[tuple[int, str], ...]:
    """(offset, mark) of each half-width mark inside Chinese text, past a heading marker."""
    return tuple((m.start(), m.group()) for m in _ANY.finditer(text, skip_to)
                 if _flag(text, m.start(), m.group()))


def check(doc: Document, analysis) -> list[Finding]:
    out: list[Finding] = []
    for i, text in enumerate(doc.texts):
        if analysis.roles[i] in (Role.JUNK, Role.BLANK) or not _ANY.search(text):
            continue
        marker = analysis.markers[i] if analysis.markers else None
        skip_to = marker.end if marker is not None else 0
        for pos, c in half_width_marks(text, skip_to):
            fix = Fix((Edit(i, pos, pos + 1, _FULL[c]),), f"改为全角“{_FULL[c]}”")
            out.append(WIDTH.finding(f"中文文本中使用了半角“{c}”，应为全角“{_FULL[c]}”",
                                     i, pos, pos + 1, fix=fix))
    return out


def _flag(text: str, pos: int, c: str) -> bool:
    before = text[pos - 1] if pos else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if c == "(":
        return _cjk(before) or _cjk(after)
    if c == ")":
        opener = text.rfind("(", 0, pos)
        return opener != -1 and (_cjk(text[opener - 1] if opener else "") or
                                 _cjk(text[opener + 1] if opener + 1 < len(text) else ""))
    if c in ",:" and before.isdigit() and after.isdigit():
        return False  # 1,000 and 8:30
    return _cjk(before) and (not after or _cjk(after) or after in " “‘")
