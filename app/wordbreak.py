"""Where a line of Chinese may break without cutting a word: one function, one place.

GB/T 9704-2012 7.3.3 asks that a title broken over lines keeps its words whole (回行时词意完整).
Chinese has no spaces, so the break points come from a word segmenter: the project's shared
lexicon (rjieba with jieba's dictionary, :mod:`app.lexicon`) when it is installed, otherwise a
small rule that only allows breaks it is sure of (after 的/关于/和/与/及, before the words that
end a title such as 通知/报告/意见, between a number and a CJK character, after punctuation).
"""

from __future__ import annotations

import unicodedata

# A line never starts with closing punctuation nor ends with opening punctuation (禁则).
_NO_LINE_START = set("，。、；：！？）》」』】〕〗〉”’…—·%,.;:!?)]}")
_NO_LINE_END = set("（《「『【〔〖〈“‘([{")
_AFTER = ("关于", "的", "和", "与", "及", "暨", "并", "对")
_BEFORE = ("工作", "通知", "报告", "意见", "方案", "总结", "决定", "办法", "规定", "请示",
           "批复", "纪要", "实施", "情况", "计划", "要点", "讲话", "的通知", "的报告")


def _kind(ch: str) -> str:
    if ch.isascii() and ch.isalnum():
        return "latin"
    if unicodedata.category(ch).startswith("P"):
        return "punct"
    return "cjk"


def _rule_starts(text: str) -> set[int]:
    """Word starts a simple rule is sure of (never inside a word, but misses many)."""
    starts: set[int] = set()
    for k in range(1, len(text)):
        before, here = text[k - 1], text[k]
        kinds = _kind(before), _kind(here)
        if kinds[0] != kinds[1] or kinds[0] == "punct" or here.isspace() or before.isspace():
            starts.add(k)
        if any(text.endswith(w, 0, k) for w in _AFTER) or any(
            text.startswith(w, k) for w in _BEFORE
        ):
            starts.add(k)
    return starts


def word_starts(text: str) -> set[int]:
    """Offsets 0 < k < len(text) where a word starts: a line may break before them. The words
    come from the shared lexicon's segmentation (:func:`app.lexicon.spans`, the one the wording
    checks use); without it, from the simple rule."""
    try:
        from app.lexicon import spans

        words = spans(text)
    except (ImportError, OSError):
        return _rule_starts(text)
    return {start for start, _end, _word in words if 0 < start < len(text)}


def line_break_allowed(text: str, k: int) -> bool:
    """The 禁则: no closing punctuation at a line start, no opening punctuation at its end."""
    return 0 < k < len(text) and text[k] not in _NO_LINE_START and text[k - 1] not in _NO_LINE_END
