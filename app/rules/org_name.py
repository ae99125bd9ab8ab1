"""consistency/org-name: the report's own unit named two ways (市信访局, then 县信访局).

Only the unit that writes the report is checked — the one named in the title or the signature —
because a report may well mention other units with the same core name (各县信访局).
"""

from __future__ import annotations

import re

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document, Role
from app.rules.base import RuleInfo

ORG = RuleInfo("consistency/org-name", Severity.WARNING, "单位名称不一致",
               "公文写作惯例：同一单位名称前后一致"
               "（GB/T 9704-2012 7.3.2 发文机关名称应使用全称或规范化简称）")
RULES = [ORG]

_LEVELS = "省市县区镇乡"
_SUFFIX = "局|委员会|委|办公室|办|厅|院|中心|所|站|队|部|处|科"
_ORG = re.compile(rf"([{_LEVELS}])([\u4e00-\u9fff]{{1,6}}?(?:{_SUFFIX}))")
_OTHERS = (*tuple("各全本该和与及、"), "有关", "所属", "下级", "上级", "兄弟")


def _own_units(doc: Document, roles: list[Role]) -> dict[str, str]:
    """{core name: level character} for units named in the title or signature."""
    own: dict[str, str] = {}
    for text, role in zip(doc.texts, roles, strict=False):
        if role in (Role.TITLE, Role.SIGNATURE):
            for m in _ORG.finditer(text):
                if m.start() == 0 or text[m.start() - 1] not in _LEVELS:
                    own.setdefault(m.group(2), m.group(1))
    return own


def check(doc: Document, analysis) -> list[Finding]:
    own = _own_units(doc, analysis.roles)
    if not own:
        return []
    out: list[Finding] = []
    for i, text in enumerate(doc.texts):
        if analysis.roles[i] in (Role.TITLE, Role.SIGNATURE, Role.JUNK, Role.BLANK):
            continue
        for core, level in own.items():
            start = 0
            while (pos := text.find(core, start)) != -1:
                start = pos + len(core)
                if pos == 0 or text[pos - 1] not in _LEVELS or text[pos - 1] == level:
                    continue
                before = text[:pos - 1]
                if before.endswith(_OTHERS) or (pos >= 2 and text[pos - 2] in _LEVELS):
                    continue  # 各县信访局, 省市信访局: other units, not the author
                wrong = text[pos - 1] + core
                right = level + core
                fix = Fix((Edit(i, pos - 1, pos, level),), f"改为“{right}”")
                out.append(ORG.finding(
                    f"单位名称不一致：此处为“{wrong}”，标题/署名中为“{right}”；"
                    "同一单位应使用同一名称", i, pos - 1, pos + len(core), fix=fix))
    return out
