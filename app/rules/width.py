"""punctuation/width: half-width , ; : ? ! ( ) and straight quotes in Chinese text (GB/T 15834 3.1).

Only punctuation touching a Chinese character is flagged: "8:30", "1,000", "Windows 10 (x64)"
and English sentences are left alone. A "," ";" ":" between a number (or %) and Chinese text
("增长10.1%;地方", "时间:8时") is Chinese punctuation too, and so is a "," inside a run of numbers
that Chinese text touches where it is no thousands separator: after a percentage
("增长22.2%,28.6%和15%") or between numbers not grouped by three ("第3,5,7条", "2019,2020年",
which take 、: GB/T 15834 4.5.3.1, a pause between coordinate items). ASCII straight quotes
around Chinese text ("放管服") become “”. The fix swaps in the full-width mark.

punctuation/ellipsis: an ellipsis typed as half-width periods ("问题...需要") beside Chinese
text, for the six dots of "……" (GB/T 15834-2011 4.11). A lone "…" is left alone: fonts and
input methods differ in how they give it; "。。。" is hygiene/doubled-punct's.
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
ELLIPSIS = RuleInfo("punctuation/ellipsis", Severity.WARNING, "省略号写法",
                    "GB/T 15834-2011 4.11：省略号的形式为“……”，占两个字的位置")
RULES = [WIDTH, ELLIPSIS]

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


_DOTS = re.compile(r"\.{3,6}")


@text_cache
def typed_ellipses(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each ellipsis typed as three to six periods beside a Chinese character
    or mark (not "1...10", a range, nor "etc..." of English text). At a paragraph's end too
    (标明安置地点...): a web page cutting its text so is no writer's, but the norm is the same."""
    out = []
    for m in _DOTS.finditer(text):
        a, b = m.span()
        if (a and _cjk(text[a - 1])) or (b < len(text) and _cjk(text[b])):
            out.append((a, b))
    return tuple(out)


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    for i, text in enumerate(doc.texts):
        if analysis.roles[i] in (Role.JUNK, Role.BLANK):
            continue
        if "..." in text:
            for a, b in typed_ellipses(text):
                fix = Fix((Edit(i, a, b, "……"),), "改为“……”")
                out.append(ELLIPSIS.finding(f"省略号应为“……”，不用“{text[a:b]}”", i, a, b,
                                            fix=fix))
        if not _ANY.search(text):
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
            full = _FULL[c]
            if c == "," and text[pos + 1:pos + 2].isdigit():
                full = _list_comma(text, pos) or full
            fix = Fix((Edit(i, pos, pos + 1, full),), f"改为全角“{full}”")
            out.append(WIDTH.finding(f"中文文本中使用了半角“{c}”，应为全角“{full}”",
                                     i, pos, pos + 1, fix=fix))
    return out


_NUMBER_RUN = re.compile(r"[0-9.,%％]+")
# a number in thousands groups, whole: no digit before it, none right after its last group
_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?%?")


def _list_comma(text: str, pos: int) -> str | None:
    """The mark a "," at ``pos``, between a number or % and a digit, stands for: None where it
    is no Chinese punctuation (a thousands separator, 1,000 and 12,345.6; a number run that no
    Chinese character touches, as in English text); "、" between integers listed one after the
    other (第3,5,7条, 2019,2020年); "，" after a percentage (增长22.2%,28.6%和15%)."""
    run = next((m for m in _NUMBER_RUN.finditer(text, max(0, pos - 40))
                if m.start() <= pos < m.end()), None)
    if run is None:
        return None
    a, b = run.span()
    if not ((a and _cjk(text[a - 1])) or (b < len(text) and _cjk(text[b]))):
        return None
    # the number the comma belongs to: thousands groups read from the left of the run
    for m in _THOUSANDS.finditer(text, a, b):
        if m.start() < pos < m.end():
            return None
    if text[pos - 1] in "%％":
        return "，"
    items = run.group().split(",")
    return "、" if all(x.isdigit() for x in items) else "，"


def _flag(text: str, pos: int, c: str) -> bool:
    before = text[pos - 1] if pos else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if c == "(":
        return _cjk(before) or _cjk(after)
    if c == ")":
        opener = text.rfind("(", 0, pos)
        return opener != -1 and (_cjk(text[opener - 1] if opener else "") or
                                 _cjk(text[opener + 1] if opener + 1 < len(text) else ""))
    if c == "," and after.isdigit() and (before.isdigit() or before in "%％"):
        return _list_comma(text, pos) is not None  # 1,000 no, 22.2%,28.6%和 / 3,5,7条 yes
    if c in ",:" and before.isdigit() and after.isdigit():
        return False  # 8:30
    if c in ",;:" and ((before in _NUMBERISH and _cjk(after))
                       or (_cjk(before) and after.isdigit() and after.isascii())):
        return True  # "增长10.1%;地方", "时间:8时": Chinese punctuation beside a number
    if c in ",;:" and ((_cjk(before) and after.isascii() and after.isalpha()) or
                       (before.isascii() and before.isupper() and _cjk(after))):
        return True  # "主要指标:GDP", "GDP,增长": between Chinese text and a Latin term
    return _cjk(before) and (not after or _cjk(after) or after in " “‘")
