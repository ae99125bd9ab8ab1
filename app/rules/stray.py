"""junk/stray-fragment: a paragraph that is only a leftover of a broken line.

Text copied from web pages or PDFs breaks lines inside words: "PM" / "2.5" / "年平均浓度…", or
"（" / "三）改革开放…" (both in real government reports). A paragraph of a few digits, dots and
brackets only is such a fragment; joining it back needs a human eye, so there is no fix.
"""

from __future__ import annotations

import re

from app.findings import Finding, Severity
from app.model import Document, Role
from app.rules.base import RuleInfo

STRAY = RuleInfo("junk/stray-fragment", Severity.WARNING, "断行残留",
                 "文本整理惯例：复制网页或PDF时产生的断行须合并")
RULES = [STRAY]

_FRAGMENT = re.compile(r"^[\s\u3000]*[0-9０-９.．,，%％（）()“”\"'、-]{1,6}[\s\u3000]*$")
_PAGE_NUMBER = re.compile(r"^[\s\u3000]*[—－-]\s*\d+\s*[—－-][\s\u3000]*$")


def check(doc: Document, analysis) -> list[Finding]:
    out: list[Finding] = []
    for i, text in enumerate(doc.texts):
        if analysis.roles[i] in (Role.BLANK, Role.JUNK) or not _FRAGMENT.match(text):
            continue
        if _PAGE_NUMBER.match(text):
            continue
        shown = text.strip()
        out.append(STRAY.finding(
            f"本段只有“{shown}”，疑为复制时断开的残留（如“PM2.5”“（三）”被拆行）；"
            "请与上下文合并或删除", i, 0, len(text)))
    return out
