"""numbering/level: the nesting of the heading levels (GB/T 15834-2011 附录B.3.8).

Once a lower level is used under a heading, a higher one must not follow beneath it (一、 → 1. →
（一） is inverted). Skipping a level downward (一、 straight to 1.) is common and accepted
practice, so it is only reported as information.

An unnumbered line that reads as a title of its own (short, no punctuation, no marker: 民族宗教工作
制度 after a list （1）…（6） headed 统战工作制度) between two siblings opens a new block: the
siblings after it are not read against the levels used before it (precision20: two sets of rules
on one page, the second numbered 1、2、3、).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.model import Document, Role
from app.outline.types import Heading, MarkerKind
from app.rules.base import RuleInfo
from app.rules.numbering import display, odd_first

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.engine import Analysis

LEVEL = RuleInfo("numbering/level", Severity.WARNING, "层次倒置或跳级",
                 "GB/T 15834-2011 附录B.3.8；GB/T 9704-2012 7.3.3")
RULES = [LEVEL]

_STANDARD = (MarkerKind.CN, MarkerKind.CN_PAREN, MarkerKind.ARABIC, MarkerKind.ARABIC_PAREN)
# a title line of its own: two Chinese characters at least (and digits, quotes, title marks), no
# sentence or clause punctuation, at most _TITLE_MAX characters
_TITLE_LINE = re.compile(r"(?=(?:.*?[\u4e00-\u9fff]){2})[\u4e00-\u9fff0-9“”《》（）()]+")
_TITLE_MAX = 25


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    roots_by_part: dict[int, list[Heading]] = {}
    parts = analysis.parts
    for h in analysis.outline:
        part = bisect.bisect_right(parts, h.index) - 1  # parts are sorted starts
        roots_by_part.setdefault(part, []).append(h)
    texts = doc.texts  # (a new list at each read: once here, not at every pair of siblings)

    def titled(a: int, b: int) -> bool:
        return _title_between(texts, analysis, a, b)

    for roots in roots_by_part.values():
        out.extend(_check_siblings(None, roots, titled))
    for h in analysis.headings:
        if h.children:  # (most headings are leaves: no call for them)
            out.extend(_check_siblings(h, h.children, titled))
    return out


def _title_between(texts: list[str], analysis: Analysis, a: int, b: int) -> bool:
    """A body line between paragraphs ``a`` and ``b`` (exclusive) that is a title of its own:
    no marker, short, no punctuation (民族宗教工作制度)."""
    for i in range(a + 1, b):
        t = texts[i].strip()
        if t and len(t) <= _TITLE_MAX and analysis.roles[i] in (Role.BODY, Role.TITLE) and \
                (i >= len(analysis.markers) or analysis.markers[i] is None) and \
                _TITLE_LINE.fullmatch(t):
            return True
    return False


def _check_siblings(parent: Heading | None, children: list[Heading],
                    titled: Callable[[int, int], bool]) -> list[Finding]:
    out: list[Finding] = []
    deepest: Heading | None = None
    inverted = False
    before: Heading | None = None
    odd = odd_first(children)
    for child in children:
        if child.marker.kind not in _STANDARD:
            continue
        if before is not None and deepest is not None and titled(before.index, child.index):
            deepest = None  # a new block under a title line of its own
        before = child
        if parent is not None and parent.marker.kind in _STANDARD \
                and child.level < parent.level and not inverted:
            inverted = True  # the document's own tree puts a higher level beneath a lower one
            m = child.marker
            out.append(LEVEL.finding(
                f"层次倒置：高一级的“{m.text.strip()}”用在低一级的“"
                f"{parent.marker.text.strip()}”之下；结构层次应依次为一、（一）1.（1）",
                child.index, m.start, m.end, related=[parent.index]))
        if odd and deepest is not None and child.level < deepest.level and not inverted:
            inverted = True  # 1. then （二）（三）: the 1. is the slip (numbering.odd_first)
            m, want = deepest.marker, display(child.marker, deepest.number)
            fix = Fix((Edit(deepest.index, m.start, m.end, want),), f"改为“{want}”")
            out.append(LEVEL.finding(
                f"序号“{m.text.strip()}”与其后同级的“{child.marker.text.strip()}”不是同一层次的"
                f"写法，应为“{want}”", deepest.index, m.start, m.end, fix=fix,
                related=[child.index]))
        if deepest is not None and child.level < deepest.level and not inverted:
            inverted = True  # one finding per sibling list: the first place the order breaks
            m = child.marker
            out.append(LEVEL.finding(
                f"层次倒置：高一级的“{m.text.strip()}”出现在低一级的“"
                f"{deepest.marker.text.strip()}”之后；结构层次应依次为一、（一）1.（1）",
                child.index, m.start, m.end, related=[deepest.index]))
        if deepest is None or child.level > deepest.level:
            deepest = child
        if parent is not None and parent.marker.kind in _STANDARD and not odd \
                and child.level > parent.level + 1 and child is children[0]:
            m = child.marker
            out.append(LEVEL.finding(
                f"层次跳级：“{parent.marker.text.strip()}”下直接使用“{m.text.strip()}”，"
                f"跳过了中间层次（实践中可以接受）", child.index, m.start, m.end,
                severity=Severity.INFO, related=[parent.index]))
    return out
