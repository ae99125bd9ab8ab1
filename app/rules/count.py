"""count/mismatch: an intro promises "三个方面" / "以下四项" and another number of items follows.

Only a promise in the last sentence of a paragraph that introduces what follows counts, and only
when what follows is enumerable: the next headings of one level, or a 一是/二是 run. A number in
quotes (“四个意识”) or in a fixed political phrase (两个维护, 三会一课, 十四五) promises nothing.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from app.findings import Finding, Severity
from app.model import Document, Role
from app.outline.inline import find_inline_items
from app.outline.numerals import parse_chinese
from app.rules.base import RuleInfo

COUNT = RuleInfo("count/mismatch", Severity.ERROR, "数量不符",
                 "公文写作惯例：总述所列数目须与分述条目一致")
RULES = [COUNT]

_NUM = "[两二三四五六七八九十]{1,3}|[2-9]|1[0-9]"
_PROMISE = re.compile(
    rf"(?<![第0-9０-９.一二三四五六七八九十百])(?P<num>{_NUM})(?![0-9])(?:个|项|点|条|大|方面)?"
    r"(?:方面|项(?:重点)?(?:工作|任务|措施|举措|内容|要求)?|点(?:建议|意见|要求|体会|做法)?"
    r"|条(?:建议|措施|意见)?|个(?:方面|问题|重点)|大(?:任务|工程|行动|板块))"
)
_INTRO = re.compile("以下|如下|下列|从|做好|抓好|着力|重点|主要|围绕|提出|包括|分为|突出|推进|落实")
_FIXED = ("两个维护", "四个意识", "四个自信", "两个确立", "三会一课", "两学一做", "三严三实",
          "五位一体", "四个全面", "十四五", "十五五", "十三五", "两个作用", "两不误", "三个代表",
          "两个一百年", "八项规定", "四风", "三农", "两新", "两重", "四下基层", "五好")
_DIGITS = re.compile(r"[两二三四五六七八九十2-9]")
_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|《[^》]*》|「[^」]*」")


def _last_sentence(text: str) -> tuple[int, str]:
    body = text.rstrip("：:。 \u3000")
    cut = max(body.rfind(c) for c in "。！？；")
    return cut + 1, text[cut + 1:]


@lru_cache(maxsize=65536)
def find_promise(text: str) -> tuple[int, int, int] | None:
    """(count, start, end) of a promise that introduces what follows, or None.

    The promise sits in the paragraph's last sentence, or right before a 一是… run that starts
    inside the paragraph ("重点抓好三个方面：一是……二是……").
    """
    first = next((m for m in find_inline_items(text) if m.number == 1 and m.start > 0), None)
    if first is not None:
        found = _promise_in(text[:first.start])
        if found:
            return found
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
    if not _INTRO.search(masked) and not stripped.endswith(("：", ":")):
        return None
    best = None
    for m in _PROMISE.finditer(masked):
        num = m.group("num")
        n = int(num) if num.isdigit() else parse_chinese(num.replace("两", "二"))
        if n and n >= 2:
            best = (n, offset + m.start(), offset + m.end())
    return best


def _following_items(index: int, analysis, runs: dict[int, object]) -> tuple[int, str] | None:
    """How many items follow paragraph ``index``, and what they are, or None if unknown.

    ``runs`` maps a paragraph index to the inline 一是… run that starts there.
    """
    roles = analysis.roles
    nxt_para = index + 1
    while nxt_para < len(roles) and roles[nxt_para] in (Role.BLANK, Role.JUNK):
        nxt_para += 1
    # An inline run that starts in the promise's paragraph or right after it.
    for at in (index, nxt_para):
        g = runs.get(at)
        if g is not None:
            return len(g.items), f"“{g.items[0][1].text}……”"
    # Headings right below: count siblings at that level until a higher level or a new part.
    headings = analysis.headings
    k = bisect.bisect_left([h.index for h in headings], nxt_para)
    if k == len(headings) or headings[k].index != nxt_para:
        return None
    first = headings[k]
    part_end = next((p for p in analysis.parts if p > first.index), len(roles))
    count = 0
    for h in headings[k:]:
        if h.level < first.level or h.index >= part_end:
            break
        if h.level == first.level:
            count += 1
    return count, f"“{first.marker.text.strip()}”开头的{count}个标题"


def check(doc: Document, analysis) -> list[Finding]:
    out: list[Finding] = []
    texts = doc.texts
    runs: dict[int, object] = {}
    for g in analysis.groups:
        if g.kind.is_inline and g.items[0][1].number == 1:
            runs.setdefault(g.items[0][0], g)
    for i, text in enumerate(texts):
        if analysis.roles[i] in (Role.BLANK, Role.JUNK, Role.TITLE) or not _DIGITS.search(text):
            continue
        promise = find_promise(text)
        if promise is None:
            continue
        n, start, end = promise
        found = _following_items(i, analysis, runs)
        if found is None or found[0] == n or found[0] < 2:
            continue
        actual, what = found
        out.append(COUNT.finding(
            f"数量不符：此处说“{text[start:end]}”，后文实际列出{actual}项（{what}）；"
            f"请核对总述数目或分述条目", i, start, end))
    return out
