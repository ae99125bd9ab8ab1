"""count/mismatch: an intro promises "以下四项" / "三个方面：" and another number of items follows.

A promise announces what follows: its sentence ends the paragraph with "：" or points forward
(以下/如下/下列). A quantity that reports a result ("完成15项重点指标", "整治9条黑臭水体"), counts
what was just named ("建成甲路、乙路两条出口路") or sits in a quote or fixed phrase (“四个意识”,
两个维护) promises nothing. What a promise covers is the promising paragraph's own inline run
(一是……), or else its own following sibling group: the headings that open right below it, counted
within their group — never a list inside one of them, never the next section's list. Notes,
glossaries and attachment lists after the body quote other documents' numbers: no promise there.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from app.findings import Finding, Severity
from app.model import Document, Role
from app.outline.inline import find_inline_items
from app.outline.numerals import parse_chinese
from app.outline.types import SequenceGroup
from app.rules.base import RuleInfo, scan_document
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

COUNT = RuleInfo("count/mismatch", Severity.WARNING, "数量不符",
                 "公文写作惯例：总述所列数目须与分述条目一致")
RULES = [COUNT]

_NUM = "[两二三四五六七八九十]{1,3}|[2-9]|1[0-9]"
_PROMISE = re.compile(
    rf"(?<![第0-9０-９.一二三四五六七八九十百])(?P<num>{_NUM})(?![0-9])(?:个|项|点|条|大|方面)?"
    r"(?:方面|项(?:重点)?(?:工作|任务|措施|举措|内容|要求)?|点(?:建议|意见|要求|体会|做法)?"
    r"|条(?:建议|措施|意见)?|个(?:方面|问题|重点)|大(?:任务|工程|行动|板块))"
)
_FORWARD = re.compile("以下|如下|下列|下述|下面")
# A verb of result right before the number: a statistic, not an announcement.
_RESULT = re.compile("(?:完成|建成|建设|新建|实现|达到|累计|新增|整治|开工|竣工|投入|落地|"
                     "签约|引进|办结|出台|制定|修订|印发|发布|评选|命名|获评|获得|荣获|有)$")
_FIXED = ("两个维护", "四个意识", "四个自信", "两个确立", "三会一课", "两学一做", "三严三实",
          "五位一体", "四个全面", "十四五", "十五五", "十三五", "两个作用", "两不误", "三个代表",
          "两个一百年", "八项规定", "四风", "三农", "两新", "两重", "四下基层", "五好")
_DIGITS = re.compile(r"[两二三四五六七八九十2-9]")
_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|《[^》]*》|「[^」]*」|\"[^\"]*\"")


def _last_sentence(text: str) -> tuple[int, str]:
    body = text.rstrip("：:。 \u3000")
    cut = max(body.rfind(c) for c in "。！？；")
    return cut + 1, text[cut + 1:]


@text_cache
def find_promise(text: str) -> tuple[int, int, int] | None:
    """(count, start, end) of a promise that introduces what follows, or None.

    The promise sits in the paragraph's last sentence, or right before a 一是… run that starts
    inside the paragraph ("重点抓好三个方面：一是……二是……").
    """
    first = next((m for m in find_inline_items(text) if m.number == 1 and m.start > 0), None)
    if first is not None:
        return _promise_in(text[:first.start])
    return _promise_in(text)


def _promise_in(text: str) -> tuple[int, int, int] | None:
    stripped = text.rstrip(" \u3000")
    if not stripped or stripped[-1] not in "：:。，":
        return None
    offset, sentence = _last_sentence(stripped)
    if not _PROMISE.search(sentence):
        return None  # most sentences announce nothing: skip the masking below
    masked = _QUOTED.sub(lambda m: "＿" * len(m.group(0)), sentence)
    for fixed in _FIXED:
        masked = masked.replace(fixed, "＿" * len(fixed))
    forward = bool(_FORWARD.search(masked))
    if not forward and not stripped.endswith(("：", ":")):
        return None  # a statement, not an announcement of what follows
    best = None
    for m in _PROMISE.finditer(masked):
        num = m.group("num")
        if num.isdigit() and not forward:
            continue  # "完成15项重点指标：…" reports a figure; announcements count in words
        clause = masked[:m.start()]
        clause = clause[max(clause.rfind(c) for c in "，,；;：:") + 1:]
        if "、" in clause or _RESULT.search(clause):
            continue  # counts what was just named, or reports a result
        n = int(num) if num.isdigit() else parse_chinese(num.replace("两", "二"))
        if n and n >= 2:
            best = (n, offset + m.start(), offset + m.end())
    return best


def _own_run(index: int, after: int, runs: dict[int, list[SequenceGroup]]
             ) -> SequenceGroup | None:
    """The inline run that starts in paragraph ``index`` at or after offset ``after``."""
    for g in runs.get(index, ()):
        if g.items[0][1].start >= after:
            return g
    return None


def _following_items(index: int, promise_end: int, roles: list[Role],
                     runs: dict[int, list[SequenceGroup]],
                     group_at: dict[int, tuple[SequenceGroup, int]],
                     has_lead: dict[int, bool]) -> tuple[int, str] | None:
    """How many items the promise at ``index`` covers, and what they are, or None if unknown.

    ``has_lead``: for a paragraph where a run starts, whether text stands before its first item
    (then that run belongs to its own lead, not to the promise above it).
    """
    g = _own_run(index, promise_end, runs)
    if g is not None:
        return len(g.items), f"“{g.items[0][1].text}……”"
    nxt = index + 1
    while nxt < len(roles) and roles[nxt] in (Role.BLANK, Role.JUNK):
        nxt += 1
    found = group_at.get(nxt)
    if found is not None:  # headings open right below: their own sibling group
        group, pos = found
        count = len(group.items) - pos
        first = group.items[pos][1]
        return count, f"“{first.text.strip()}”开头的{count}个标题"
    g = _own_run(nxt, 0, runs)
    if g is not None and not has_lead.get(nxt, True):
        return len(g.items), f"“{g.items[0][1].text}……”"
    return None


_NO_PROMISE = frozenset({Role.BLANK, Role.JUNK, Role.TITLE, Role.MASTHEAD})


def scan(text: str, role: Role, in_cell: bool) -> tuple[int, int, int] | None:
    """The promise of one paragraph (:func:`find_promise`), where a promise may stand."""
    if role in _NO_PROMISE or in_cell or not _DIGITS.search(text):
        return None
    return find_promise(text)


def combine(doc: Document, analysis: Analysis,
            hits: dict[int, tuple[int, int, int]]) -> list[Finding]:
    """Each promise of ``hits`` (from :func:`scan`) against the items that follow it."""
    out: list[Finding] = []
    if not hits:
        return out
    texts, roles = doc.texts, analysis.roles
    # Only the promises' own paragraphs and the next non-blank line after each are looked up
    # below: the groups are indexed for those alone (a document has thousands of items).
    near: set[int] = set()
    for i in hits:
        nxt = i + 1
        while nxt < len(roles) and roles[nxt] in (Role.BLANK, Role.JUNK):
            nxt += 1
        near.update((i, nxt))
    runs: dict[int, list[SequenceGroup]] = {}
    group_at: dict[int, tuple[SequenceGroup, int]] = {}
    leads: dict[int, bool] = {}
    for g in analysis.groups:
        first_index, first = g.items[0]
        if g.kind.is_inline:
            if first.number == 1 and first_index in near:
                runs.setdefault(first_index, []).append(g)
                leads.setdefault(first_index, bool(texts[first_index][:first.start].strip()))
        else:
            for pos, (i, _m) in enumerate(g.items):
                if i in near:
                    group_at.setdefault(i, (g, pos))
    appendix = sorted(analysis.appendix_parts)
    for i, (n, start, end) in hits.items():
        if _in_appendix(i, appendix, analysis.parts):
            continue
        found = _following_items(i, end, roles, runs, group_at, leads)
        if found is None or found[0] == n or found[0] < 2:
            continue
        actual, what = found
        out.append(COUNT.finding(
            f"数量不符：此处说“{texts[i][start:end]}”，后文实际列出{actual}项（{what}）；"
            f"请核对总述数目或分述条目", i, start, end))
    return out


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    return combine(doc, analysis, scan_document(scan, doc, analysis))


def _in_appendix(index: int, appendix: list[int], parts: list[int]) -> bool:
    """Is paragraph ``index`` inside a notes / glossary / attachment-list block?"""
    if not appendix:
        return False
    k = bisect.bisect_right(parts, index) - 1
    return k >= 0 and parts[k] in appendix
