"""numbering/marker: the marker's form is wrong for its level (GB/T 15834-2011 附录B.3).

"一." "一，" → "一、"; "1、" → "1."; "（一）、" → "（一）"; "(1)" → "（1）"; "㈠" → "（一）";
"第一、" → "第一，". The fix rewrites the marker only, never the numeral's value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document
from app.rules.base import RuleInfo

if TYPE_CHECKING:
    from app.engine import Analysis

MARKER = RuleInfo("numbering/marker", Severity.WARNING, "序号标点",
                  "GB/T 15834-2011 附录B.3.1–B.3.4")
RULES = [MARKER]


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    # (only markers written wrong are read on: a few of the thousands)
    markers = [(h.index, m) for h in analysis.all_headings if (m := h.marker).problem]
    for g in analysis.groups:
        if g.kind.is_inline:
            markers.extend(item for item in g.items if item[1].problem)
    for index, m in markers:
        if (index, m.start) in seen:
            continue
        seen.add((index, m.start))
        canonical = m.canonical
        severity = Severity.INFO if "宜用" in m.problem else None
        fix = Fix((Edit(index, m.start, m.end, canonical),), f"改为“{canonical}”")
        out.append(MARKER.finding(f"序号“{m.text.strip()}”写法不规范：{m.problem}，应为“{canonical}”",
                                  index, m.start, m.end, fix=fix, severity=severity))
    return out

