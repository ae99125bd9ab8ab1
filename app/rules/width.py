"""punctuation/width: half-width , ; : ? ! ( ) and straight quotes in Chinese text (GB/T 15834 3.1).

Only punctuation touching a Chinese character is flagged: "8:30", "1,000", "Windows 10 (x64)"
and English sentences are left alone. A "," ";" ":" between a number (or %) and Chinese text
("增长10.1%;地方", "时间:8时") is Chinese punctuation too. ASCII straight quotes around Chinese
text ("放管服") become “”. The fix swaps in the full-width mark.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document, Role
from app.rules.base import RuleInfo
from app.rules.hygiene import entity_spans, lost_questions
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

WIDTH = RuleInfo("punctuation/width", Severity.WARNING, "半角标点",
                 "GB/T 15834-2011 3.1：中文文本使用全角标点")
RULES = [WIDTH]

_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_ANY = re.compile(r"[,;:?!()\"']")
_NUMBERISH = frozenset("0123456789%％")


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"


@text_cache
def half_width_marks(text: str, skip_to: int = 0) -> tuple[tuple[int, str], ...]:
    """(offset, mark) of each half-width mark inside Chinese text, past a heading marker."""
    lost = {start for start, _ in lost_questions(text)} if "?" in text else set()
    if "&" in text:  # the ; of an HTML entity left by a web copy is hygiene's finding
        lost.update(m.end() - 1 for m in entity_spans(text))
    marks = [(m.start(), m.group()) for m in _ANY.finditer(text, skip_to)
             if m.group() not in "\"'" and m.start() not in lost
             and _flag(text, m.start(), m.group())]
    if '"' in text:
        marks += _straight_quotes(text, skip_to, '"', "“”")
    if "'" in text:
        marks += _straight_quotes(text, skip_to, "'", "‘’")
    return tuple(sorted(marks))


def _straight_quotes(text: str, skip_to: int, quote: str, pair: str) -> list[tuple[int, str]]:
    """Pairs of " (or ') that enclose Chinese text: the opener reads “ (‘) and the closer ” (’).
    An apostrophe of English text (don't) encloses no Chinese and is left alone."""
    found: list[tuple[int, str]] = []
    quotes = [m.start() for m in re.finditer(quote, text) if m.start() >= skip_to]
    for opener, closer in zip(quotes[::2], quotes[1::2], strict=False):
        inside = text[opener + 1:closer]
        if quote == "'" and not all(_cjk(c) or c.isdigit() for c in inside):
            continue  # an apostrophe of English text or code
        if inside and any("\u4e00" <= c <= "\u9fff" for c in inside):
            found += [(opener, pair[0]), (closer, pair[1])]
    return found


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    for i, text in enumerate(doc.texts):
        if analysis.roles[i] in (Role.JUNK, Role.BLANK) or not _ANY.search(text):
            continue
        marker = analysis.markers[i] if analysis.markers else None
        skip_to = marker.end if marker is not None else 0
        for pos, c in half_width_marks(text, skip_to):
            if c in "“”‘’":
                straight = '"' if c in "“”" else "'"
                fix = Fix((Edit(i, pos, pos + 1, c),), f"改为“{c}”")
                out.append(WIDTH.finding(
                    f"中文文本中使用了英文直引号“{straight}”，应为中文引号“{c}”",
                    i, pos, pos + 1, fix=fix))
                continue
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
    if c in ",;:" and ((before in _NUMBERISH and _cjk(after))
                       or (_cjk(before) and after.isdigit() and after.isascii())):
        return True  # "增长10.1%;地方", "时间:8时": Chinese punctuation beside a number
    if c in ",;:" and ((_cjk(before) and after.isascii() and after.isalpha()) or
                       (before.isascii() and before.isupper() and _cjk(after))):
        return True  # "主要指标:GDP", "GDP,增长": between Chinese text and a Latin term
    return _cjk(before) and (not after or _cjk(after) or after in " “‘")
