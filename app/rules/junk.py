"""junk/site-boilerplate: text a document-sharing site added that is not part of the report.

The outline parser marks those paragraphs (role JUNK, see app.outline.roles); this rule reports
each block once, with a fix that deletes the block and the blank lines after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document, Role
from app.rules.base import RuleInfo

if TYPE_CHECKING:
    from app.engine import Analysis

JUNK = RuleInfo("junk/site-boilerplate", Severity.WARNING, "非正文内容",
                "公文写作惯例：正文之外的网站水印、广告等须删除")
RULES = [JUNK]


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    roles = analysis.roles
    out: list[Finding] = []
    i, n = 0, len(roles)
    while i < n:
        try:
            i = roles.index(Role.JUNK, i)  # (the next junk line, found in C: most lines are not)
        except ValueError:
            break
        first = i
        last = i
        j = i + 1
        while j < n and roles[j] in (Role.JUNK, Role.BLANK):
            if roles[j] is Role.JUNK:
                last = j
            j += 1
        # delete through the blank lines that follow, up to the next real paragraph
        if j < n:
            edit = Edit(first, 0, 0, "", end_index=j)
        elif first > 0:
            edit = Edit(first - 1, len(doc.texts[first - 1]), len(doc.texts[n - 1]), "",
                        end_index=n - 1)
        else:
            edit = Edit(0, 0, len(doc.texts[n - 1]), "", end_index=n - 1)
        lines = sum(1 for k in range(first, last + 1) if roles[k] is Role.JUNK)
        sample = doc.texts[first].strip()[:20]
        out.append(JUNK.finding(
            f"非正文内容：第{first + 1}–{last + 1}行共{lines}段（“{sample}”等）"
            "是文档网站的水印或广告，不属于报告，应删除", first, 0, len(doc.texts[first]),
            fix=Fix((edit,), f"删除第{first + 1}–{last + 1}行"),
            related=list(range(first + 1, last + 1))))
        i = j
    return out
