"""typo/char: a noun typed where the syntax needs its same-sound verb (经公式 → 经公示).

A pinyin input method offers every word of a reading: 公式 and 公示 are both gōngshì, 等级 and
登记 both dengji. Both are common words, so neither the segmentation nor the unigram model of
app/rules/typo.py can tell them apart (公式 is the more frequent); the syntax can. After an
adverbial that only ever stands before a predicate (已, 尚未, 经, 依法, 如实, 予以 …) a noun that
ends the phrase there (the clause ends, or 的 / 了 follows) cannot be the predicate: 名单经公式
无异议后, 对未依法等级的经营主体. When a verb of the same toneless reading exists, that verb is
the word meant.

Why each condition (measured on ../shared/corpus, the unseen web pages of docs/precision/unseen,
samples and tests/data, ~840 texts; blind10 in docs/checks.md):
- the slot words are adverbials of time, manner or basis that take a predicate; 全面, 统一,
  积极, 基本, 不 are left out: they stand before nouns too (全面领导, 统一意志, 积极贡献, 基本形式,
  不理想), and with them the check cried wolf on real text;
- the word is a noun, a non-predicate adjective or a numeral by jieba's tag (n, b, m); words it
  tags v, vn, a, ad are predicates, and d, c, t (及时, 如实, 去世) fit the slot;
- what follows is no content word: a noun after it makes it an attribute (经上级政府), a verb
  after it makes it an adverbial (依法大力整治, 及时足额拨付). jieba tags many verbs n (领导, 联系,
  计划, 核实, 贡献), so the test that no content word follows is what keeps them quiet: "已联系"
  stands before its object or 了 in real text, never alone;
- the verb is common (COMMON) and tagged v by jieba, and its reading is the noun's, tones aside.
"""

from __future__ import annotations

import bisect
import re

from app.findings import Severity
from app.lexicon import COMMON, Lexicon, lexicon, segments, words
from app.rules.base import RuleInfo
from app.textcache import text_cache

# info: jieba's dictionary gives one tag a word, and tags many verbs n (领导, 联系, 布置): the
# conditions below keep them quiet on every text we have, but a reviewer should judge each one
SLOT = RuleInfo("typo/slot", Severity.INFO, "同音名词误作动词",
                "《现代汉语八百词》副词“已、尚未”等后接谓词；jieba 词典词性、pypinyin 读音")

# adverbials that stand before a predicate only (《现代汉语八百词》: 已/已经/正在/尚未 副词 “表示
# 时间”; 经 介词 “经过”, takes an action; 依法/如实/按时/按期/及时/逐步/切实/认真 修饰动词)
SLOTS = words("已 已经 正在 尚未 未 未能 业已 经 依法 如实 予以 及时 按时 按期 逐步 切实 认真 "
              "进一步")
# a slot word with two Chinese characters after it: the places worth segmenting (a regex at C
# speed; walking every word of a long report in Python cost ~150 ms on the corpus x3)
_SLOT_AT = re.compile("(?:" + "|".join(sorted(SLOTS, key=len, reverse=True)) +
                      ")(?=[\u4e00-\u9fff]{2})")
NOUN_TAGS = frozenset({"n", "b", "m"})
# what may follow the word for it to end the phrase: punctuation (x), 的 (uj), 了 (ul), 着/过
# (uz, ug), an idiom or a set expression (l, i: 经公式无异议后)
ENDS = frozenset({"x", "uj", "ul", "uz", "ug", "l", "i"})


def _tag(word: str) -> str:
    import rjieba

    tagged = rjieba.tag(word)
    return tagged[0][1] if len(tagged) == 1 else ""


def _verb_twin(lex: Lexicon, word: str) -> str:
    """The most frequent common verb (jieba's tag v) with ``word``'s toneless reading, or ""."""
    s0, s1 = lex.sound.get(word[0]), lex.sound.get(word[1])
    if not s0 or not s1:
        return ""
    best, top = "", 0
    for a in lex.by_sound.get(s0, ()):
        for b in lex.masked.get(a + "\0", ""):
            cand = a + b
            f = lex.freq.get(cand, 0)
            if cand != word and f >= COMMON and f > top and lex.sound.get(b) == s1 and \
                    lex.tags.get(cand) == "v":
                best, top = cand, f
    return best


@text_cache
def slot_slips(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, verb, slot word) of each noun standing in a predicate's place after a slot
    word."""
    out: list[tuple[int, int, str, str]] = []
    places = [m.end() for m in _SLOT_AT.finditer(text)]
    if not places:
        return ()
    words_, starts = segments(text)
    lex = lexicon()
    last = len(words_) - 1
    for end in places:
        k = bisect.bisect_left(starts, end)  # the word after the slot, if one starts there
        if k > last or starts[k] != end or words_[k - 1] not in SLOTS:
            continue
        w = words_[k]
        if len(w) != 2 or w in lex.tags or lex.freq.get(w, 0) < COMMON:
            continue
        if k < last and _tag(words_[k + 1]) not in ENDS:
            continue
        if _tag(w) not in NOUN_TAGS:
            continue
        twin = _verb_twin(lex, w)
        if twin:
            out.append((starts[k], starts[k + 1], twin, words_[k - 1]))
    return tuple(out)
