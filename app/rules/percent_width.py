"""hygiene/percent-width: a full-width ％ after a half-width number in a paragraph that writes no
other percentage, where the rest of the document writes the half-width % (recall20, the
nineteenth blind set: 解读率达到100％ in a 工作要点 whose other percentages are 2%).

hygiene/fullwidth-alnum (app/rules/hygiene.py) compares the two widths inside one paragraph; a
paragraph with one percentage has nothing to compare with, so the document is the measure. That
makes this check read the whole document, so it is a module of its own: app.rules.hygiene is
paragraph-local (app.incremental_scope.PARAGRAPH_LOCAL, app.local_results caches its findings
per paragraph), and this one is re-run on the whole document. A document written mostly in ％,
as older 政府工作报告 are, is left alone; a tie counts, as in a paragraph (% is the width the
standard prints)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document
from app.rules.base import RuleInfo, prose_paragraphs
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

PERCENT = RuleInfo("hygiene/percent-width", Severity.WARNING, "百分号全半角不一",
                   "排版惯例：阿拉伯数字及其后的百分号用半角（GB/T 15835-2011"
                   "《出版物上数字用法》），全文统一")
RULES = [PERCENT]

_HALF = re.compile(r"\d%")
_WIDE = re.compile(r"(?<=[0-9])％")


def lone_wide_percents(paragraphs: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """(paragraph index, offset) of each ％ after a half-width digit in a paragraph without a
    half-width % (those hygiene/fullwidth-alnum reads), when the document writes % at least as
    often as ％."""
    counted = [(i, _percents(t)) for i, t in paragraphs if "%" in t or "％" in t]
    half = sum(n for _i, (n, _wide) in counted)
    wide = sum(len(at) for _i, (_n, at) in counted)
    if wide == 0 or half < wide:
        return []
    return [(i, k) for i, (n, at) in counted if not n for k in at]


@text_cache
def _percents(text: str) -> tuple[int, tuple[int, ...]]:
    """A paragraph's half-width percentages (how many) and its ％ after a digit (where): read
    once per text, since the window runs this whole-document check again after every edit."""
    half = len(_HALF.findall(text)) if "%" in text else 0
    return half, tuple(m.start() for m in _WIDE.finditer(text)) if "％" in text else ()


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    if not any("％" in t for t in doc.texts):
        return []
    return [PERCENT.finding("全文百分号多用半角“%”，此处全角“％”应为半角“%”", i, at, at + 1,
                            fix=Fix((Edit(i, at, at + 1, "%"),), "改为“%”"))
            for i, at in lone_wide_percents(prose_paragraphs(doc, analysis))]
