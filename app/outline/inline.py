"""Inline enumerations inside body paragraphs: 一是……二是……, 一要……, 第一，……第二，…….

They are sequences (a duplicate 二是 or a skipped 三是 is a real mistake) but never headings.
An item counts only at the start of a sentence or clause, so "统一是" or "第一次" are not items.
"""

from __future__ import annotations

import itertools
import re

from app.outline.numerals import parse_chinese, to_chinese
from app.outline.types import Marker, MarkerKind
from app.textcache import text_cache

# Items start a paragraph or follow a sentence or clause end (。；：，…). The candidates are found
# with plain patterns and the boundary is checked by hand: a look-behind at every position made
# this scan the slowest part of a cold analysis.
_CLAUSE_ENDS = frozenset("。；;！？!?：:，")
_SENTENCE_ENDS = frozenset("。；;！？!?：:")  # 第一 only after these: "，第一、第三产业" is a list
_SHI_YAO = re.compile(r"([一二三四五六七八九十]{1,2})([是要])")
_DI = re.compile(r"(第)([一二三四五六七八九十]{1,2})([，,、：:])")

_KINDS = {"是": MarkerKind.INLINE_SHI, "要": MarkerKind.INLINE_YAO}


def _at_boundary(text: str, start: int, skip: int, ends: frozenset[str]) -> bool:
    """True when only spaces stand between ``start`` and the paragraph start or a clause end.
    A half-width full stop right after a Chinese character ends a sentence too (弘扬以德治村精神.
    一要……: the writer's 。 typed in the wrong width, which punctuation/width reports; the item
    after it is still an item, or the next paragraph's 二要 would look like a wrong start)."""
    j = start - 1
    while j >= skip and text[j] in " \u3000":
        j -= 1
    return j < skip or text[j] in ends or \
        (text[j] == "." and j > skip and "\u4e00" <= text[j - 1] <= "\u9fff")


@text_cache
def find_inline_items(text: str, skip: int = 0) -> tuple[Marker, ...]:
    """Inline sequence items in ``text`` at or after offset ``skip`` (past a heading marker)."""
    items: list[Marker] = []
    for m in _SHI_YAO.finditer(text, skip):
        start = m.start(1)
        if start > skip and text[start - 1] in "一二三四五六七八九十":
            continue  # "统一二是" never happens; a longer numeral run is not an item
        if not _at_boundary(text, start, skip, _CLAUSE_ENDS):
            continue
        n = parse_chinese(m.group(1))
        if not n or _is_idiom(text, start):
            continue
        items.append(Marker(_KINDS[m.group(2)], n, start, m.end(2), start, m.end(1),
                            m.group(1) + m.group(2), m.group(1) + m.group(2)))
    if "第" in text:
        for m in _DI.finditer(text, skip):
            if not _at_boundary(text, m.start(1), skip, _SENTENCE_ENDS):
                continue
            n = parse_chinese(m.group(2))
            if not n:
                continue
            sep = m.group(3)
            problem = "" if sep == "，" else f"“第{m.group(2)}”后应使用逗号“，”"
            items.append(Marker(MarkerKind.INLINE_DI, n, m.start(1), m.end(3), m.start(2),
                                m.end(2), m.group(0).strip(), f"第{m.group(2)}，", problem))
    items.sort(key=lambda mk: mk.start)
    if items:
        items.extend(_glued_items(text, items))
        items.sort(key=lambda mk: mk.start)
    return tuple(items)


# characters before which a glued 二是 is a word of its own (其二是, 唯一是) or a numeral run
_NOT_BEFORE_GLUED = frozenset("其唯统之")
_MIDDLE = {MarkerKind.INLINE_DI: "第{n}", MarkerKind.INLINE_SHI: "{n}是",
           MarkerKind.INLINE_YAO: "{n}要"}
_DI_SEPARATORS = "，,、：:"


def _glued_items(text: str, items: list[Marker]) -> list[Marker]:
    """The missing middle item of a sequence, written glued to the sentence before it (……健康
    成长第二，全面规范……第三，): 第一 and 第三 stand at sentence starts and 第二 stands between
    them right after a character, its sentence's full stop left out. Reporting 第三 as a skip
    would send the reader after a number that is there; the item is taken as the sequence's and
    its marker reported for the missing mark (numbering/marker), with the mark the next item
    has before it. Only a lone candidate between two items two apart is taken: "全国第二，仅次
    于" in a sentence of its own has no neighbours to fill a gap between. After the last item,
    a lone 二是/二要 (one more than it) glued to a word is the next item, its mark lost too
    (一是抓责任落实。……措施落实二是抓集中攻坚: precision19's unseen19); not 第二 there (an
    ordinal: 全国第二), nor 其二是/唯一是."""
    out = []
    last = items[-1]  # … and the item after the last one, glued the same way: 一是……落实二是抓
    for a, b in (*itertools.pairwise(items), (last, None)):
        if b is None:
            if a.kind is MarkerKind.INLINE_DI or a.number < 1:
                continue  # 第二 glued after a word is an ordinal (全国第二)
            end_at = len(text)
        elif a.kind is not b.kind or b.number != a.number + 2:
            continue
        else:
            end_at = b.start
        middle = _MIDDLE[a.kind].format(n=to_chinese(a.number + 1))
        at = text.find(middle, a.end, end_at)
        if at < 0 or text.find(middle, at + 1, end_at) >= 0:
            continue
        if b is None and (text[at - 1] in _NOT_BEFORE_GLUED or
                          _at_boundary(text, at, 0, _CLAUSE_ENDS)):
            continue
        end = at + len(middle)
        if a.kind is MarkerKind.INLINE_DI and b is not None:
            if end >= b.start or text[end] not in _DI_SEPARATORS:
                continue
            end += 1
        if not ("\u4e00" <= text[at - 1] <= "\u9fff") or text[at - 1] in "一二三四五六七八九十第":
            continue  # only right after a word: a numeral run or a listed 第 is something else
        mark = text[b.start - 1] if b is not None and text[b.start - 1] in _SENTENCE_ENDS else "。"
        marker = text[at:end]
        out.append(Marker(a.kind, a.number + 1, at, end, at + (a.kind is MarkerKind.INLINE_DI),
                          at + (a.kind is MarkerKind.INLINE_DI) + len(to_chinese(a.number + 1)),
                          marker, mark + marker, f"前一句末尾缺少“{mark}”"))
    return out


def _is_idiom(text: str, start: int) -> bool:
    """"一是一，二是二" (say things as they are) is an idiom, not an enumeration; "一是一些……",
    "一是一批……" are items (unseen21: 一是一些整改任务进展滞后), so the idiom's 一 (二) must end
    its words: punctuation, the end, or the idiom's other half right after it."""
    for head in ("一是一", "二是二"):
        if text.startswith(head, start):
            after = text[start + 3:start + 4]
            return not ("\u4e00" <= after <= "\u9fff") or text.startswith("二是二", start + 3)
    return False
