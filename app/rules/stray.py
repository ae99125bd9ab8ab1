"""junk/stray-fragment: a paragraph that is only a leftover of a broken line.

Text copied from web pages or PDFs breaks lines inside words: "PM" / "2.5" / "年平均浓度…", or
"（" / "三）改革开放…" (both in real government reports). A paragraph of a few digits, dots and
brackets only is such a fragment; joining it back needs a human eye, so there is no fix.

Numbers are data: a number next to other short cells (a table flattened into lines, one cell a
line) is the table, not a fragment, and table-cell paragraphs are never checked. A lone number
is only ever suggested for joining back, never for deletion.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.findings import Finding, Severity
from app.model import Document, Role
from app.rules.base import RuleInfo, scan_document

if TYPE_CHECKING:
    from app.engine import Analysis

STRAY = RuleInfo("junk/stray-fragment", Severity.WARNING, "断行残留",
                 "文本整理惯例：复制网页或PDF时产生的断行须合并")
RULES = [STRAY]

_FRAGMENT = re.compile(r"^[\s\u3000]*[0-9０-９.．,，%％（）()“”\"'、-]{1,6}[\s\u3000]*$")
_PAGE_NUMBER = re.compile(r"^[\s\u3000]*[—－-]\s*\d+\s*[—－-][\s\u3000]*$")


_CELL_LIKE = re.compile(r"^[\s\u3000]*[^。；，：！？,;:!?]{1,10}[\s\u3000]*$")
_DIGIT = re.compile(r"[0-9０-９]")


def _neighbour(texts: list[str], i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(texts) and not texts[j].strip():
        j += step
    return texts[j] if 0 <= j < len(texts) else ""


def scan(text: str, role: Role, in_cell: bool) -> bool | None:
    """True for a paragraph that reads as a fragment on its own (its neighbours decide later)."""
    if role in (Role.BLANK, Role.JUNK) or not _FRAGMENT.match(text):
        return None
    if _PAGE_NUMBER.match(text) or in_cell:
        return None
    return True


def combine(doc: Document, analysis: Analysis, hits: dict[int, bool]) -> list[Finding]:
    """The fragments of ``hits`` (from :func:`scan`) that their nearest neighbours do not make
    a flattened table."""
    out: list[Finding] = []
    texts = doc.texts if hits else []
    for i in hits:
        text = texts[i]
        shown = text.strip()
        numeric = bool(_DIGIT.search(shown))
        around = [_neighbour(texts, i, step) for step in (-1, 1)]
        if numeric and (any(_FRAGMENT.match(t) and _DIGIT.search(t) for t in around)
                        or all(_CELL_LIKE.match(t) for t in around)):
            continue  # a flattened table: its cells are data
        advice = ("请核对是否应与上一行合并（数字是数据，不要删除）" if numeric
                  else "请与上下文合并或删除")
        out.append(STRAY.finding(
            f"本段只有“{shown}”，疑为复制时断开的残留（如“PM2.5”“（三）”被拆行）；{advice}",
            i, 0, len(text)))
    return out


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    return combine(doc, analysis, scan_document(scan, doc, analysis))
