"""numbering/level: the nesting of the heading levels (GB/T 15834-2011 附录B.3.8).

Once a lower level is used under a heading, a higher one must not follow beneath it (一、 → 1. →
（一） is inverted). Skipping a level downward (一、 straight to 1.) is common and accepted
practice, so it is only reported as information.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from app.findings import Finding, Severity
from app.model import Document
from app.outline.types import Heading, MarkerKind
from app.rules.base import RuleInfo

if TYPE_CHECKING:
    from app.engine import Analysis

LEVEL = RuleInfo("numbering/level", Severity.WARNING, "层次倒置或跳级",
                 "GB/T 15834-2011 附录B.3.8；GB/T 9704-2012 7.3.3")
RULES = [LEVEL]

_STANDARD = (MarkerKind.CN, MarkerKind.CN_PAREN, MarkerKind.ARABIC, MarkerKind.ARABIC_PAREN)


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    roots_by_part: dict[int, list[Heading]] = {}
    parts = analysis.parts
    for h in analysis.outline:
        part = bisect.bisect_right(parts, h.index) - 1  # parts are sorted starts
        roots_by_part.setdefault(part, []).append(h)
    for roots in roots_by_part.values():
        out.extend(_check_siblings(None, roots))
    for h in analysis.headings:
        if h.children:  # (most headings are leaves: no call for them)
            out.extend(_check_siblings(h, h.children))
    return out


def _check_siblings(parent: Heading | None, children: list[Heading]) -> list[Finding]:
    out: list[Finding] = []
    deepest: Heading | None = None
    inverted = False
    for child in children:
        if child.marker.kind not in _STANDARD:
            continue
        if parent is not None and parent.marker.kind in _STANDARD \
                and child.level < parent.level and not inverted:
            inverted = True  # the document's own tree puts a higher level beneath a lower one
            m = child.marker
            out.append(LEVEL.finding(
                f"层次倒置：高一级的“{m.text.strip()}”用在低一级的“"
                f"{parent.marker.text.strip()}”之下；结构层次应依次为一、（一）1.（1）",
                child.index, m.start, m.end, related=[parent.index]))
        if deepest is not None and child.level < deepest.level and not inverted:
            inverted = True  # one finding per sibling list: the first place the order breaks
            m = child.marker
            out.append(LEVEL.finding(
                f"层次倒置：高一级的“{m.text.strip()}”出现在低一级的“"
                f"{deepest.marker.text.strip()}”之后；结构层次应依次为一、（一）1.（1）",
                child.index, m.start, m.end, related=[deepest.index]))
        if deepest is None or child.level > deepest.level:
            deepest = child
        if parent is not None and parent.marker.kind in _STANDARD \
                and child.level > parent.level + 1 and child is children[0]:
            m = child.marker
            out.append(LEVEL.finding(
                f"层次跳级：“{parent.marker.text.strip()}”下直接使用“{m.text.strip()}”，"
                f"跳过了中间层次（实践中可以接受）", child.index, m.start, m.end,
                severity=Severity.INFO, related=[parent.index]))
    return out
