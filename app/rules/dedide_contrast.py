"""particle/de and particle/di: two more shapes that decide 的/地/得 whatever jieba tags (recall18,
the seventeenth blind set), used by app/rules/dedide.py.

1. A contrast of two actions by how much or how fast: "V1 的 多、V2 的 少" (学的多、用的少; 说的多、
   做的少; 部署的多、落实的少 → 学得多、用得少). Two clauses, each a verb and a one-character
   evaluation, the two evaluations opposites (多/少, 快/慢, 早/晚): what is weighed is the
   doing, so each evaluation is its verb's complement, with 得 (《现代汉语八百词》 "得"
   (结构助词): 动词 + 得 + 形容词). Both words before the particles must be verbs — a verb
   (tag v or vn, or dedide's listed verbs and one-character verbs) on one side, and on the
   other no adjective nor a word jieba tags otherwise as a noun's attribute — because "adjective
   or noun + 的" names a kind (男的多、女的少; 新的多、旧的少: the men, the new ones), and 的 is
   right there; so does a verb of coming and going (来的多、走的少: those who came). jieba
   leaves 用, 学 without a verb tag (p, n), so one listed verb and the
   parallel make the other.
2. A verb that an adjective modifies through 的 and that has a 在-phrase of place after it:
   更加紧密的团结在党中央周围 → 紧密地团结在. jieba tags 团结 an adjective (a), so dedide.py saw
   no verb. A 在-phrase ending in a place word (周围, 身边, 一起, 之中, 旗帜下) after the word
   makes it a verb (团结在……周围, 凝聚在……旗帜下), and the adjective before 的 its adverbial.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.lexicon import lexicon, segments

_OPPOSITES = {"多": "少", "少": "多", "快": "慢", "慢": "快", "早": "晚", "晚": "早"}
# verbs of coming and going whose "V + 的" is who does it (来的多、走的少: those who came)
_MOVING = frozenset("来去走跑飞到回过进出留睡醒站跳笑哭活落")
# (a lookahead, tried at every start: 干部说的多 must be read from 说, not from 部说)
_CONTRAST = re.compile(r"(?=([\u4e00-\u9fff]{1,2})([的得])([多少快慢早晚])([、，；,;])"
                       r"([\u4e00-\u9fff]{1,2})([的得])([多少快慢早晚])(?=[，。；！？、,;!?]|$))")
# what every match holds: a paragraph without it is not scanned at each start
_CONTRAST_CORE = re.compile(r"[的得][多少快慢早晚][、，；,;]")
# a place word that ends a 在-phrase of location (团结在党中央周围, 凝聚在党旗下)
_PLACE_END = re.compile(r"在[^，。；！？、]{0,24}?(?:周围|身边|一起|之中|之下|旗帜下|旗下|麾下)"
                        r"(?=[，。；！？、]|$)")


def _is_verb(word: str, tags: Mapping[str, str], verbs: frozenset[str]) -> bool:
    return tags.get(word) in ("v", "vn") or word in verbs


def contrast_complements(text: str, verbs: frozenset[str]) -> tuple[tuple[int, str, str], ...]:
    """(offset of a 的, "得", the phrase) for each 的 of a "V1的多、V2的少" contrast (shape 1).
    ``verbs``: dedide's listed verbs and one-character verbs."""
    if "的" not in text or not _CONTRAST_CORE.search(text):
        return ()
    tags = lexicon().tags
    begins = set(segments(text)[1])
    out: list[tuple[int, str, str]] = []
    for m in _CONTRAST.finditer(text):
        a, b = m.group(1), m.group(5)
        if _OPPOSITES[m.group(3)] != m.group(7) or "的" not in (m.group(2), m.group(6)) or \
                any(m.start(g) not in begins or m.end(g) not in begins for g in (1, 5)):
            continue  # the verbs must be whole words (not the tail of 目的, 有的)
        if not (_is_verb(a, tags, verbs) or _is_verb(b, tags, verbs)):
            continue
        if any((tags.get(w) in ("a", "ad") and w not in verbs) or w in _MOVING for w in (a, b)):
            continue  # 新的多、旧的少: kinds, not actions; 来的多、走的少: those who came
        phrase = text[m.start(1):m.end(7)]
        out += [(m.start(g), "得", phrase) for g in (2, 6) if m.group(g) == "的"]
    return tuple(out)


def locative_verb(words_: tuple[str, ...], k: int, text: str, pos: int, manner: bool) -> str:
    """The word after the 的 at ``k`` when a 在-phrase of place follows it (shape 2), else "";
    ``pos``: where that word begins in ``text``; ``manner``: dedide's test of the word before 的
    as an adverbial (an adjective tagged a/ad counts here too)."""
    if k + 2 >= len(words_):
        return ""
    nxt = words_[k + 1]
    tags = lexicon().tags
    if len(nxt) != 2 or tags.get(nxt) not in ("a", "v", "vn"):
        return ""
    if not (manner or tags.get(words_[k - 1]) in ("a", "ad")):
        return ""
    return nxt if _PLACE_END.match(text, pos + len(nxt)) else ""
