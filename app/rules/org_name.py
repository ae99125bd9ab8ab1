"""consistency/org-name: the report's own unit named two ways (市信访局, then 市信访办).

Only the unit that writes the report is checked — the one named in the title or the signature —
because a report may well mention other units. A name with another level in front (区信访局 in a
report of the 市信访局) is another body at another level, never a misspelling of the author's
name; what is checked is the same level and core written with another kind of body
(局 / 办 / 委 …), which is the same unit named two ways.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document, Role
from app.rules.base import RuleInfo

if TYPE_CHECKING:
    from app.engine import Analysis

ORG = RuleInfo("consistency/org-name", Severity.WARNING, "单位名称不一致",
               "公文写作惯例：同一单位名称前后一致"
               "（GB/T 9704-2012 7.3.2 发文机关名称应使用全称或规范化简称）")
RULES = [ORG]

_LEVELS = "省市县区镇乡"
_SUFFIXES = ("委员会", "办公室", "局", "委", "办", "厅", "中心")
_SUFFIX = "|".join(_SUFFIXES)
_ORG = re.compile(rf"([{_LEVELS}])([\u4e00-\u9fff]{{1,6}}?)({_SUFFIX})")


def _own_units(doc: Document, roles: list[Role]) -> dict[tuple[str, str], str]:
    """{(level character, core name): kind of body} for units named in the red head's 发文机关标志,
    the title or the signature."""
    own: dict[tuple[str, str], str] = {}
    for text, role in zip(doc.texts, roles, strict=False):
        if role in (Role.TITLE, Role.SIGNATURE, Role.MASTHEAD):
            for m in _ORG.finditer(text):
                if m.start() == 0 or text[m.start() - 1] not in _LEVELS:
                    own.setdefault((m.group(1), m.group(2)), m.group(3))
    return own


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    own = _own_units(doc, analysis.roles)
    if not own:
        return []
    out: list[Finding] = []
    for i, text in enumerate(doc.texts):
        if analysis.roles[i] in (Role.TITLE, Role.SIGNATURE, Role.JUNK, Role.BLANK, Role.MASTHEAD) \
                or doc.paragraphs[i].cell is not None:
            continue
        for (level, core), kind in own.items():
            name = level + core
            start = 0
            while (pos := text.find(name, start)) != -1:
                start = pos + len(name)
                if pos > 0 and text[pos - 1] in _LEVELS:
                    continue  # 省市信访局: another body
                rest = text[start:]
                other = next((s for s in _SUFFIXES if rest.startswith(s)), None)
                if other is None or other == kind:
                    continue  # the author's own name
                if {kind, other} <= {"委", "委员会"} or {kind, other} <= {"办", "办公室"}:
                    continue  # full name and its standard short form
                wrong = name + other
                right = name + kind
                fix = Fix((Edit(i, start, start + len(other), kind),), f"改为“{right}”")
                out.append(ORG.finding(
                    f"单位名称不一致：此处为“{wrong}”，标题/署名中为“{right}”；"
                    "同一单位应使用同一名称", i, pos, start + len(other), fix=fix))
    return out
