"""Guards of typo/char's collocation search (app/rules/typo_phrases.collocation_slips): two real
words side by side that the lexicon's table turns into a collocation (检查|知道 → 检查指导) are
left alone where the typed word plainly does another job in the sentence. Each guard was added
for a false alarm met on real text (docs/checks.md, precision18).

- A count written as a frame (整改一件销号一件, 成熟一个推进一个, 发现一起查处一起): the typed
  word is a numeral and a measure word, and the same count stands again right beside it. A slip
  of 意见 is not typed twice in one breath; the frame "V一件、V一件" is the writer's.
- A noun before a verbal noun (提供志愿服务): the collocation wants a verb (提供支援) where the
  writer typed a noun that stands before a verbal noun of its own (志愿|服务): it is that
  noun's attribute, the object of the verb, not a slipped verb.
- A derived noun (优于全国通报值): the typed word takes a one-character suffix that makes it a
  noun of measure or of a document (通报值, 通报会, 考核表), which the collocation (全国同胞)
  cannot take. The suffix stands alone in the segmentation, so it is no word of its own there.
"""

from __future__ import annotations

from collections.abc import Mapping

# Numerals and words that count (一件, 两项, 几个, 每批): the first character of a count.
COUNT_HEADS = frozenset("一二两三四五六七八九十几每半")
# How far the second count of a frame may stand (整改一件销号一件: 2 characters between).
FRAME_SPAN = 8
# One-character suffixes that make a noun of a verb or a noun (a measure, a rate, a fee, a form,
# a meeting, a system): 通报值, 增长率, 考核表, 通报会, 责任制 (《现代汉语词典》 后缀/语素义).
NOUN_SUFFIXES = frozenset("值率量额数价费单表册制会")


def count_frame(text: str, typed_start: int, typed_end: int) -> bool:
    """The typed word is a count (numeral + measure) and the same count stands again within
    FRAME_SPAN characters before or after it (整改一件销号一件)."""
    typed = text[typed_start:typed_end]
    if len(typed) != 2 or typed[0] not in COUNT_HEADS:
        return False
    before = text[max(0, typed_start - FRAME_SPAN):typed_start]
    after = text[typed_end:typed_end + FRAME_SPAN]
    return typed in before or typed in after


def takes_suffix(words: tuple[str, ...], k: int) -> bool:
    """The typed word ``words[k]`` is followed by a noun suffix standing alone (通报|值)."""
    return k + 1 < len(words) and words[k + 1] in NOUN_SUFFIXES


def written_elsewhere(text: str, typed_start: int, typed_end: int, meant: str,
                      freq: Mapping[str, int]) -> bool:
    """The typed word ``text[typed_start:typed_end]`` is rarer than ``meant`` (the word the
    collocation puts in its place) and stands again elsewhere in ``text`` (监察 of 执法监察 in
    纪委监察局)."""
    typed = text[typed_start:typed_end]
    return freq.get(typed, 0) < freq.get(meant, 0) and (
        typed in text[:typed_start] or typed in text[typed_end:])


def modifies_next(words: tuple[str, ...], k: int, meant: str, tags: Mapping[str, str]) -> bool:
    """The typed word ``words[k]`` is a noun (no verb or adjective tag) standing before a
    verbal noun, where the collocation puts a verb (``meant``): 志愿|服务 of 提供志愿服务 (not
    提供支援), 实时|监测. Before a plain noun it is still a slip: 全面实时|志愿者积分管理制度
    (全面实施, blind10)."""
    return (k + 1 < len(words) and tags.get(meant) == "v" and words[k] not in tags
            and tags.get(words[k + 1]) == "vn")
