"""punctuation/box-dash: box-drawing lines typed for the dash (precision22, a slip of unseen21's
real pages: "──经济运行实现企稳向好。" as the item of a 政府工作报告's list).

GB/T 15834-2011 4.9 gives the 破折号 as "——", two em dashes (U+2014), and 4.13 the 一字线 "—" of a
span. A word processor's or an input method's symbol table also offers the box-drawing lines
─ and ━ (U+2500, U+2501) that look alike on screen; they are table-drawing characters, printed
as a line the full width of the cell (joined to the next character in many fonts) and no
punctuation: the text is searched and read aloud wrong. A run of one to four of them touching
Chinese text (or a digit, a span 2021─2025年) is such a dash. Left alone: a table or a frame
drawn with text (any other box-drawing character in the paragraph: ┌ ┬ │ ├ …), a rule line of
box characters and spaces only, and a page number between two lines (── 3 ──), which touch no
Chinese text.

punctuation/small-form: the "small form variants" of Unicode (U+FE50–FE6B: ﹐﹑﹔﹕﹖﹗﹙﹚﹝﹞﹪
…), compatibility characters for CNS 11643's small marks, typed for the marks themselves in Chinese
text (履约率90﹪, precision22: a 投资促进 summary of unseen22). They are smaller glyphs of another
character, sorted and searched apart from the real mark (a search for 90% misses 90﹪), and no
standard punctuation; the fix is the mark they stand for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document
from app.rules.base import RuleInfo, prose_paragraphs

if TYPE_CHECKING:
    from app.engine import Analysis

BOX_DASH = RuleInfo("punctuation/box-dash", Severity.WARNING, "制表线误作破折号",
                    "GB/T 15834-2011 4.9、4.13：破折号为“——”，一字线为“—”；制表线“─”不是标点")
SMALL = RuleInfo("punctuation/small-form", Severity.WARNING, "小号变体标点",
                 "GB/T 15834-2011 3.1：中文文本使用全角标点；小号变体（﹐﹑﹪等）不是标点")
RULES = [BOX_DASH, SMALL]

# each small form variant and the mark it stands for in Chinese text
_SMALL = {"﹐": "，", "﹑": "、", "﹒": "．", "﹔": "；", "﹕": "：", "﹖": "？", "﹗": "！",
          "﹙": "（", "﹚": "）", "﹛": "｛", "﹜": "｝", "﹝": "〔", "﹞": "〕", "﹟": "#",
          "﹠": "&", "﹡": "*", "﹢": "+", "﹣": "-", "﹤": "<", "﹥": ">", "﹦": "=",
          "﹨": "\\", "﹩": "$", "﹪": "%", "﹫": "@"}
_SMALL_ANY = re.compile("[" + re.escape("".join(_SMALL)) + "]")
_HAN = re.compile("[\u4e00-\u9fff]")

_LINES = "─━"
# Chinese text, its punctuation, or a digit on one side of the run
_NEAR = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》0-9]")
_RUN = re.compile(f"[{_LINES}]{{1,4}}")
# the box-drawing block (U+2500–U+257F) without the two plain lines: corners, tees, verticals
_DRAWING = re.compile("[\u2502-\u257f]")


def box_dashes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of box lines that stands for a dash in ``text``."""
    if ("─" not in text and "━" not in text) or _DRAWING.search(text):
        return []
    out = []
    for m in _RUN.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if (before and _NEAR.match(before)) or (after and _NEAR.match(after)):
            out.append((m.start(), m.end()))
    return out


def small_forms(text: str) -> list[int]:
    """Offsets of the small form variants in ``text``, a paragraph of Chinese text."""
    if not _SMALL_ANY.search(text) or not _HAN.search(text):
        return []
    return [m.start() for m in _SMALL_ANY.finditer(text)]


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    for i, text in prose_paragraphs(doc, analysis):
        for at in small_forms(text):
            right = _SMALL[text[at]]
            fix = Fix((Edit(i, at, at + 1, right),), f"改为“{right}”")
            out.append(SMALL.finding(f"“{text[at]}”是小号变体字符，不是标准标点，应为“{right}”",
                                     i, at, at + 1, fix=fix))
        for start, end in box_dashes(text):
            run = text[start:end]
            right = "—" if end - start == 1 else "——"
            what = "一字线" if right == "—" else "破折号"
            fix = Fix((Edit(i, start, end, right),), f"改为“{right}”")
            out.append(BOX_DASH.finding(f"“{run}”是制表线，不是标点：{what}应为“{right}”",
                                        i, start, end, fix=fix))
    return out
