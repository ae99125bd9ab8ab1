"""hygiene/fullwidth-alnum across a document: a full-width ％ after a half-width number in a
paragraph that writes no other percentage, where the rest of the document writes the half-width
% (recall20, the nineteenth blind set: 解读率达到100％ in a 工作要点 whose other percentages are
2%). The paragraph check of app/rules/hygiene.py compares the two widths inside one paragraph;
a paragraph with one percentage has nothing to compare with, so the document is the measure.
A document written mostly in ％, as older 政府工作报告 are, is left alone."""

from __future__ import annotations

import re

from app.rules.base import Raw

_HALF = re.compile(r"\d%")
_WIDE = re.compile(r"(?<=[0-9])％")


def lone_wide_percents(paragraphs: list[tuple[int, str]], rule: str) -> list[tuple[int, Raw]]:
    """(paragraph index, finding) for each ％ after a half-width digit in a paragraph without a
    half-width % (those the paragraph check reads), when the document writes % at least as
    often (a tie counts, as it does in a paragraph: % is the standard's width)."""
    half = sum(len(_HALF.findall(t)) for _i, t in paragraphs)
    wide = sum(len(_WIDE.findall(t)) for _i, t in paragraphs)
    if wide == 0 or half < wide:
        return []
    return [(i, Raw(rule, m.start(), m.end(),
                    "全文百分号多用半角“%”，此处全角“％”应为半角“%”", "%"))
            for i, t in paragraphs if "％" in t and not _HALF.search(t)
            for m in _WIDE.finditer(t)]
