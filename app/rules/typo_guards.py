"""The tests that keep typo/char quiet where a correction would be wrong (app/rules/typo.py):
the correction leaves a stray character beside it, the stretch is one item of a series built on
one pattern, or it is a name (a title or a body's kind word beside it, a list of names, a short
quoted phrase). Each was added for a false alarm met on real text (docs/checks.md)."""

from __future__ import annotations

import re

from app.lexicon import lexicon
from app.lexicon_slips import STANDALONE

TITLES = ("同志", "书记", "省长", "市长", "县长", "区长", "镇长", "乡长", "村长", "主任", "局长",
          "厅长", "部长", "处长", "科长", "主席", "总理", "委员", "代表", "教授", "院士", "先生",
          "女士", "董事长", "经理", "院长", "校长", "所长", "秘书长", "副", "等同志", "烈士")
PLACE_BODY = set("省市县区镇乡村屯寨街路巷河江湖山岭峰湾港桥寺庙局厅委办署院所校馆站场厂矿社队部")


def absorbs(words: list[str], start: int, end: int) -> bool:
    """The correction is a word of the corrected clause, and it leaves no stray character next
    to it: 因城施策 → 因城市策 keeps a lone 策, so 城市 is not what the writer meant. A
    four-character set phrase may stand beside a single character (全力以赴稳增长: 稳 is the
    verb of the next phrase), so only shorter corrections are held to that."""
    pos = 0
    whole = end - start >= 4
    covered = False
    for w in words:
        a, b = pos, pos + len(w)
        pos = b
        if a <= start and end <= b:
            covered = True
        elif not whole and len(w) == 1 and start - 2 <= a < end + 2 and \
                lexicon().freq.get(w, 0) < STANDALONE:
            return False
    return covered


def in_series(text: str, start: int, end: int, k: int) -> bool:
    """The stretch is one item of a series built on one pattern, so its odd character is
    meant: 赋权、赋能、赋责 and 扶优、扶大、扶强 (a neighbour across a 、 differs in one
    character), 政务公开、厂务公开 (the same words around another character close by)."""
    n = end - start
    word = text[start:end]
    if n == 2 and any(len(w) == 2 and (w[0] == word[0] or w[1] == word[1])
                      for w in (text[max(0, start - 2):start], text[end:end + 2])):
        return True  # a frame: 先行先试, 一村一策, 细化实化, 首城首站
    if n == 2 and _kept_in_next_item(text, start, end, word[1 - k]):
        return True  # 让形象更佳、让服务更优: the kept 更 recurs in the next item
    neighbours = []
    if start > n and text[start - 1] == "、":
        neighbours.append(text[start - 1 - n:start - 1])
    if text[end:end + 1] == "、":
        neighbours.append(text[end + 1:end + 1 + n])
    if any(len(w) == n and sum(x != y for x, y in zip(w, word, strict=True)) == 1
           for w in neighbours):
        return True
    p = start + k  # the character the correction would change
    pattern = re.compile(re.escape(text[max(0, p - 2):p]) + "[\u4e00-\u9fff]" +
                         re.escape(text[p + 1:p + 3]))
    lo, hi = max(0, p - 14), min(len(text), p + 15)
    return sum(1 for _m in pattern.finditer(text, lo, hi)) > 1


# an organisation's name running on after the stretch (its kind word within ten characters)
_BODY_AFTER = re.compile("[\u4e00-\u9fff]{0,10}?(?:有限公司|有限责任公司|股份公司|集团|合作社|"
                         "协会|商会|学会|基金会|研究院|研究所|银行|医院|大学|学院)")
# the last item of a list of names (……、京东方、中芯国际等企业): from a 、 to 等 + their kind
_NAMES_END = re.compile("[\u4e00-\u9fff]{0,4}等(?:企业|公司|单位|机构|品牌|集团|高校|院校|医院|"
                        "平台)")
_ITEM_START = re.compile("、[\u4e00-\u9fff]{0,4}$")


_BOUNDARY = re.compile("[、，。；：！？,;:!?]")


def _kept_in_next_item(text: str, start: int, end: int, kept: str) -> bool:
    """The stretch stands in an item of a 、-list whose neighbouring item holds the character
    the correction would keep, in a parallel build (让形象更佳、让服务更优、让窗口更亮)."""
    before = [m.end() for m in _BOUNDARY.finditer(text, max(0, start - 12), start)]
    a = before[-1] if before else max(0, start - 12)
    m = _BOUNDARY.search(text, end, end + 12)
    b = m.start() if m else min(len(text), end + 12)
    items = []
    if b < len(text) and text[b] == "、":
        nxt = _BOUNDARY.search(text, b + 1, b + 14)
        items.append(text[b + 1:nxt.start() if nxt else b + 14])
    if a > 0 and text[a - 1] == "、":
        prev = [m.end() for m in _BOUNDARY.finditer(text, max(0, a - 14), a - 1)]
        items.append(text[prev[-1] if prev else max(0, a - 14):a - 1])
    return any(kept in item for item in items)


def looks_like_name(text: str, start: int, end: int) -> bool:
    """A person, place or body, or a coined slogan: a title before or after it, a place or body
    suffix after it, or a short quoted phrase around it (“智汇云南”, 《…》)."""
    after = text[end:end + 4]
    if any(after.startswith(t) for t in TITLES) or after[:1] in PLACE_BODY:
        return True
    if _BODY_AFTER.match(text, end):  # 新禾农业科技有限公司
        return True
    if _NAMES_END.match(text, end) and _ITEM_START.search(text, max(0, start - 5), start):
        return True
    before = text[max(0, start - 4):start].rstrip(" \u3000")
    if any(before.endswith(t) for t in TITLES if len(t) > 1):
        return True
    opener = max(text.rfind(q, 0, start) for q in "“‘《「『\"")
    if opener != -1 and start - opener <= 12:
        closer = min((i for i in (text.find(q, end) for q in "”’》」』\"") if i != -1),
                     default=-1)
        return closer != -1 and closer - end <= 12
    return False
