"""repeat/char and repeat/word: a character or a word typed twice (我们们, 是是, 加强加强).

Chinese doubles words on purpose, so the rule reports only what no reduplication explains:
- a grammatical character or suffix (们, 是, 的, 在, 性 …) doubled across a word boundary
  where one copy is left standing alone (我们|们, 是|是); a doubled pair that the dictionary
  knows (常常, 天天, 看看, 一一), a doubling inside a word (不了了之) or between two words
  (其中|中国) is fine, and so is AABB (清清楚楚), and a word whose last character is read
  otherwise before the grammatical character it looks like (目的 mùdì|的, 认为 rènwéi|为了)
  and a doubled measure word or numeral (个个, 两两) — but not after a number (引进企业15家家:
  a doubled measure word means "each" and is never counted; 一个个 is the form "one by one");
- a word of two or more characters written twice in a row (加强加强), except the verbs that are
  doubled to mean "a little" (研究研究, 讨论讨论: ABAB) listed below, unless they come three
  times (研究研究研究); a one-character verb with its result (守好守好, 压实压实) counts as a
  word though the dictionary does not list it: no reduplication doubles it (recall19).

Source: 《现代汉语词典》第7版 and 《现代汉语八百词》 on reduplication (AA, AABB, ABAB).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.lexicon import FLOOR, available, lexicon, segments, words
from app.model import Document
from app.rules.base import RuleInfo, data_lines, prose_paragraphs
from app.rules.typo_guards import SURNAMES
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

CHAR = RuleInfo("repeat/char", Severity.WARNING, "重复的字",
                "《现代汉语词典》第7版：重叠式以外的连写重复为误")
WORD = RuleInfo("repeat/word", Severity.WARNING, "重复的词",
                "《现代汉语八百词》：动词 ABAB 重叠以外的词语连写重复为误")
RULES = [CHAR, WORD]

# Verbs that double as ABAB ("try a little", "for a while"): 研究研究, 商量商量; more, with the
# words left out on purpose, in app/data/abab_words.txt.
ABAB_VERBS = words("""研究 讨论 商量 考虑 学习 休息 锻炼 活动 交流 了解 打听 收拾 整理 检查
准备 思考 琢磨 比较 介绍 练习 体验 感受 熟悉 调查 研讨 议论 合计 盘算 打扫 清理 梳理 总结
沟通 走动 放松 调整 听听 看看 想想""") | frozenset(
    w for line in data_lines("abab_words.txt") for w in line.split())
# Characters that double by grammar: measure words and numerals (个个, 条条, 一一, 两两).
DOUBLING = frozenset("个条件位项门家人年月天日时处层步声句字张片点滴件样种回次遍句代排")
# … but a doubled measure word means "each" and takes no number: 引进企业15家家, 三项项 are
# slips; 一 before it is the form "one by one" (一个个, 一项项), so it is not listed
_COUNTING_NUMERALS = frozenset("0123456789二三四五六七八九十两百千万")
# The one-character adverbs (副词: scope, time, degree, negation, mood; the closed class of the
# grammars, e.g. 吕叔湘《现代汉语八百词》): like the function characters, one stands alone before
# the verb it modifies, and no term doubles it ("全年共共办结", "已已完成"); their AA words
# (仅仅, 刚刚, 稍稍, 每每, 常常) are dictionary words, which the check leaves alone; 曾 is left out
# (曾曾祖父 is a kinship term).
ADVERBS = frozenset("共均皆仅只才已再更最很太较越另各每且却仍尚亦即便乃竟必须未没非甚颇稍刚")
# Doubled content characters are often terms (超超临界, 安全全链条, 水水联运); the rule looks at
# the grammatical characters and suffixes, whose doubling no term explains.
GRAMMATICAL = frozenset("们是的地得了在和与及对把被将就都也不要为以于从向到等并而或但又还使让给由其"
                        "之所着过这那我你他她它有无性化者去来到") | ADVERBS | frozenset("请")
# (请, the verb that opens a request — 请各单位……, 请于3月10日前报送 — stands alone before what
# is asked, as a function character does; its words that can follow it, 请|请示, are in
# app/data/repeat_seam.txt)
# The localizers (方位词: 会后, 召开前, 过程中, 年度内, 境外): typed twice, the lone second copy
# stands before punctuation or a word it makes none with (事故发生后后，过程中中，); 后|后续,
# 中|中小企业 begin words of their own, 前前后后 is one word, and before a numeral the copy
# begins a range of its own (目前|前三季度) (recall23)
_LOCALIZERS = frozenset("后前中内外")
_NUMBER_CHARS = frozenset("0123456789一二三四五六七八九十两半几")
# Measure words doubled right after a word of three or more characters that already ends in
# them (进一步步, 每个人人): the doubling cannot be the measure word's (一步步 is one word).
_MEASURE_AFTER_LONG_WORD = frozenset("步个人")
_WORD_TWICE = re.compile(r"([\u4e00-\u9fff]{2,4})\1")
_DOUBLED = re.compile(r"([\u4e00-\u9fff])\1")
NUMERALS = "一二三四五六七八九十百千万亿两零〇"
_DOUBLED_AT_END = re.compile(r"(?=([\u4e00-\u9fff])\1(?![\u4e00-\u9fff]))")
# a character typed twice anywhere (the seam between a word and a lone copy inside a clause)
_DOUBLED_ANY = re.compile(r"(?=([\u4e00-\u9fff])\1)")


# Words that begin with 一 but are no numeral and measure word (一个一个, 一步一步 count one
# by one, a reduplication of the grammar): adverbs and adjectives (《现代汉语词典》 一致 形/副,
# 一律 副, 一直 副 …) that no reduplication doubles, so 一致一致认为 is typed twice (recall24).
# Not 一起, 一样, 一道, 一般, 一度: 一起一起 (case by case), 一样一样 (item by item) count.
_ONE_WORDS = frozenset(("一致", "一律", "一直", "一再", "一并", "一贯", "一同", "一向", "一体",
                        "一心"))


@text_cache
def repeats(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, kind) of each repeated character ("char") or word ("word"); [start, end)
    is the extra copy."""
    out: list[tuple[int, int, str]] = []
    if _WORD_TWICE.search(text):
        for n in (4, 3, 2):  # every start, longest word first: 切实落实落实 holds 落实落实
            for m in re.finditer(f"(?=([\u4e00-\u9fff]{{{n}}})\\1)", text):
                word, start = m.group(1), m.start() + n
                if word in ABAB_VERBS:
                    if not text.startswith(word, start + n):
                        continue
                    start += n  # 研究研究研究: ABAB allows two copies, not a third
                elif len(set(word)) == 1 or (word[0] in "一两几每" and word not in _ONE_WORDS) or \
                        not (_is_word(word) or _two_words_twice(text, start, word) or
                             _verb_and_result(word)) or \
                        _head_of_unit(text, start, word) or \
                        _verb_before_its_noun(text, start, word):
                    continue
                if any(s < start + n and start < e for s, e, _k in out):
                    continue
                out.append((start, start + n, "word"))
    if "，" in text or "；" in text:
        out += [r for r in _clause_twice(text) if all(r[1] <= s or e <= r[0] for s, e, _k in out)]
    if _DOUBLED.search(text):
        out += _doubled_chars(text, out)
        out += [r for r in _doubled_at_clause_end(text) if all(r[0] != s for s, _e, _k in out)]
    return tuple(sorted(out))


def _doubled_at_clause_end(text: str) -> list[tuple[int, int, str]]:
    """A content character typed twice at the end of a clause, where the first copy ends a word
    and the second stands alone before the punctuation: 形成工作合力力。, 提升服务水平平，
    (合力|力). Terms with a doubled character (超超临界, 安全全链条) go on after the double, and
    a reduplicated word (好好, 看看, 信心满满) is one token, so neither is taken. A grammatical
    character whose doubling is a word (等等) is read as that word, as :func:`_doubled_chars`
    reads it."""
    out: list[tuple[int, int, str]] = []
    tokens, starts = segments(text)
    # the places where it can be: a character typed twice (found by regex; the tokens are not
    # walked one by one); inside a clause only a verb's lone copy (_lone_copy_between_words)
    for m in _DOUBLED_ANY.finditer(text):
        start = m.start() + 1
        k = bisect_right(starts, start) - 1
        if k < 1 or starts[k] != start:
            continue
        w, prev = tokens[k], tokens[k - 1]
        if len(w) != 1 or len(prev) < 2 or w in DOUBLING or w in NUMERALS:
            continue  # “十五五”规划: a numeral, not a slip
        if _HAN.match(text, start + 1) and not _lone_copy_between_words(tokens, k):
            continue
        if _is_word(prev + w):
            continue  # 老爷爷: a word of its own
        if len(prev) == 2 and prev[1] == w and prev[0] in SURNAMES and \
                not _HAN.match(text, starts[k - 1] - 1 if starts[k - 1] else len(text)):
            continue  # （记者 王菲菲）: a surname and a doubled given name standing alone
        if w in GRAMMATICAL and _is_word(w + w):
            continue  # 标准不够高等等。: 高 + 等等, the enumerator that is a word of its own
        if len(prev) == 2 and prev[1] == w and _abb_form(prev[0], w):
            continue  # 满山绿荫荫。: an ABB adjective (绿茵茵) in a same-sound spelling
        out.append((start, start + 1, "char"))
    return out


_HAN = re.compile("[\u4e00-\u9fff]")


def _lone_copy_between_words(tokens: tuple[str, ...], k: int) -> bool:
    """Inside a clause, the lone copy at token ``k`` is a one-character verb repeating the last
    character of the verb before it (建立|立|台账, 确定|定|方案), with a word of two characters or
    more after it that it forms no word with: a verb compound is not followed by its own last
    character as a second verb, so the copy is extra, as at a clause's end; so is an adjective
    copied after a verb that ends in it (加强|强|水源地). Adjectival and prefix characters after
    a word that is no verb (安全|全|链条, 全链条 a term) are left alone."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
    w, tags = tokens[k], lexicon().tags
    prev = tags.get(tokens[k - 1])
    # a verb's lone copy, or an adjective's after a verb with its result (加强|强|水源地, 抓紧|紧):
    # such a compound puts no attribute of its own result before the noun (recall21)
    lone = (tags.get(w) == "v" and prev in ("v", "vn")) or (tags.get(w) == "a" and prev == "v")
    return (len(nxt) >= 2 and _HAN.match(nxt) is not None and lone and w not in GRAMMATICAL
            and not _is_word(w + nxt))


@lru_cache(maxsize=256)
def _abb_sounds(root: str) -> frozenset[str]:
    """The readings (toneless) of the doubled suffixes of the dictionary's ABB adjectives on
    ``root`` (绿 → 绿油油 yóu, 绿茵茵 yīn, 绿莹莹 yíng …); the dictionary is scanned once per
    root asked, and a root is asked only at a doubled character ending a clause."""
    lex = lexicon()
    return frozenset(lex.sound.get(w[1], w[1]) for w in lex.freq
                     if len(w) == 3 and w[0] == root and w[1] == w[2])


def _abb_form(root: str, b: str) -> bool:
    """``root`` + ``b`` + ``b`` is an ABB adjective (《现代汉语八百词》 形容词生动形式) written with
    another character of the same sound as the dictionary's (绿荫荫 beside 绿茵茵): a word ending
    in B before a second B (绿荫|荫) is then that form, not a slip; a doubling the dictionary has
    no ABB of that sound for (绿地地, 水平平, 合力力) still is."""
    s = lexicon().sound.get(b)
    return s is not None and lexicon().tags.get(root) == "a" and s in _abb_sounds(root)


def _two_words_twice(text: str, start: int, word: str) -> bool:
    """Two words of two characters each written twice (部分指标部分指标, 高度重视高度重视): each
    half is a dictionary word, and the segmentation begins a word at each copy and ends one
    after the second (高度重视 is one word to rjieba, at the floor of our frequencies). A
    phrase is pasted twice as often as a word, and a reduplicated phrase of two words
    (ABCDABCD) is no pattern of the grammar (ABAB, AABB are; 一步一步 opens with 一)."""
    if len(word) != 4 or not (_is_word(word[:2]) and _is_word(word[2:])):
        return False
    _tokens, starts = segments(text)
    cuts = set(starts) | {len(text)}
    first = start - 4
    return all(c in cuts for c in (first, start, start + 4))


# a clause of six or more characters written again right after its comma or semicolon
# (没有入库的项目一律不得安排资金，没有入库的项目一律不得安排资金). The pattern opens with the
# punctuation mark before the clause, a set the regex engine scans for quickly, instead of a
# lookbehind tried at every position; the clause is taken whole (possessive: no backtracking,
# since a copy must be the whole clause anyway)
_CLAUSE = r"([^，。；！？：\ufffc\u2028]{6,60}+)[，；]\1(?=[，。；！？]|$)"
_CLAUSE_TWICE = re.compile("[，。；！？：]" + _CLAUSE)
_FIRST_CLAUSE_TWICE = re.compile(_CLAUSE)


def _clause_twice(text: str) -> list[tuple[int, int, str]]:
    """A clause pasted twice: [start, end) is the separator and the second copy."""
    out = []
    m = _FIRST_CLAUSE_TWICE.match(text)
    if m:
        out.append((m.end(1), m.end(), "clause"))
    pos = 0
    while m := _CLAUSE_TWICE.search(text, pos):
        out.append((m.end(1), m.end(), "clause"))
        pos = m.end(1)  # the second copy may be pasted again
    return out


def _head_of_unit(text: str, start: int, word: str) -> bool:
    """The second copy and 长 after it are a title the segmentation reads (一中队|中队长, 三大队|
    大队长: 长 zhǎng, the head of that unit, 《现代汉语词典》): the unit and its head's title, two
    words, not one typed twice (中队中队要, 着力着力点 are)."""
    tokens, starts = segments(text)
    k = bisect_right(starts, start) - 1
    return starts[k] == start and tokens[k] == word + "长" and _is_word(tokens[k])


def _verb_before_its_noun(text: str, start: int, word: str) -> bool:
    """The second copy begins a noun the segmentation keeps whole and the first is a verb (组织|
    组织生活会: "hold the 组织生活会", recall23): a verb and its object, two words, not one typed
    twice (服务|服务中心 stays: jieba tags 服务 vn, a noun as much as a verb)."""
    if lexicon().tags.get(word) != "v":
        return False
    tokens, starts = segments(text)
    k = bisect_right(starts, start) - 1
    return starts[k] == start and len(tokens[k]) > len(word) and tokens[k].startswith(word) and \
        _is_word(tokens[k]) and lexicon().tags.get(tokens[k]) not in ("v", "vn", "a", "ad")


# result complements a one-character verb takes (守好, 压实, 抓牢, 盯紧, 管住, 落到)
_RESULTS = frozenset("好实牢紧住准细完透到")


def _verb_and_result(word: str) -> bool:
    """A one-character verb and its result (守好, 压实): a phrase the dictionary does not list
    as a word, and one no reduplication doubles (守好守好 is typed twice; ABAB is for verbs
    of action as they are, 研究研究, never for a verb with its result)."""
    return len(word) == 2 and word[1] in _RESULTS and lexicon().tags.get(word[0]) == "v"


def _is_word(w: str) -> bool:
    return lexicon().freq.get(w, 0) > FLOOR


# Words starting with a grammatical character that may follow that character (在|在建项目).
SEAM_WORDS = tuple(w for line in data_lines("repeat_seam.txt") for w in line.split())


def _seam_word(text: str, i: int, tokens: tuple[str, ...] = (),
               starts: tuple[int, ...] | list[int] = ()) -> bool:
    """The second copy at ``i`` begins a listed word (在建, 与会, 被告人): the first copy is a
    preposition of its own, as in 在在建项目中, so the doubling is right. Not when the listed
    word's own characters after the copy begin a longer word that runs past it (在|在|用地安排:
    用地 takes the 用 that 在用 would need, so 在用 is not there and one 在 is extra)."""
    if not text.startswith(SEAM_WORDS, i):
        return False
    if not tokens:
        return True
    end = i + max(len(w) for w in SEAM_WORDS if text.startswith(w, i))
    k = bisect_right(starts, end - 1) - 1  # the word holding the listed word's last character
    return not (starts[k] > i and starts[k] + len(tokens[k]) > end)


# Words whose last grammatical character is read otherwise there (目的 mùdì, 认为 rènwéi): the
# same character after them is the grammatical one (目的|的实现), see app/data/repeat_reread.txt.
REREAD = frozenset(w for line in data_lines("repeat_reread.txt") for w in line.split())


def _doubled_chars(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    freq, tags = lexicon().freq, lexicon().tags
    tokens, starts = segments(text)
    out: list[tuple[int, int, str]] = []
    for m in _DOUBLED.finditer(text):
        i, c = m.start(), m.group(1)
        if any(s <= i < e for s, e, _k in words):
            continue
        # the words holding each copy (found by offset, not by walking every word)
        a, b = bisect_right(starts, i) - 1, bisect_right(starts, i + 1) - 1
        if c in _MEASURE_AFTER_LONG_WORD and a != b and \
                len(tokens[a]) >= 3 and tokens[b] == c:
            out.append((i + 1, i + 2, "char"))  # 进一步|步: no 一步步 can be read there
            continue
        if c in DOUBLING and _lone_unit_after_word(tokens, a, b, c):
            out.append((i + 1, i + 2, "char"))  # 有时|时|存在: no 时时 can be read there
            continue
        if c in DOUBLING and i and text[i - 1] in _COUNTING_NUMERALS and tokens[b] in (c, c + c) \
                and not (i + 3 < len(text) and text[i + 2] == text[i + 3]):
            out.append((i + 1, i + 2, "char"))  # 15家家: a counted measure word is not "each"
            continue
        if c in _LOCALIZERS and a != b and tokens[b] == c and text[i - 1:i] != "前" and \
                freq.get(c + c, 0) <= FLOOR and (text[i + 2:i + 3] or "。") not in _NUMBER_CHARS:
            out.append((i + 1, i + 2, "char"))  # 事故发生后|后，: a lone copy of the localizer
            continue  # (后|后续 begins a word; 前前后后 is a word)
        if c not in GRAMMATICAL or c in DOUBLING:
            continue
        if a == b or freq.get(c + c, 0) > FLOOR or _seam_word(text, i + 1, tokens, starts):
            continue  # 常常, 看看; 不了了之 is one word; 在|在建项目
        if len(tokens[a]) >= 2 and len(tokens[b]) >= 2:
            continue  # 其中|中国: two words that share a character at the seam
        if tokens[b] == c and tokens[a] in REREAD:
            continue  # 目的|的实现: a word ending in 的 (dì) and the particle 的 (de) after it
        if i + 3 < len(text) and text[i + 2] == text[i + 3] and text[i + 2] != c:
            continue  # AABB: 清清楚楚, 认认真真
        if i >= 2 and text[i - 2] == text[i - 1] and text[i - 1] != c:
            continue
        if c in _NOUN_TOO and not (b + 1 < len(tokens) and tags.get(tokens[b + 1]) in ("v", "vn")):
            continue  # 耕地|地|力: 地 the noun begins a word jieba lacks (地力); only before a verb
            # is the lone copy the particle (扎实地|地|推进)
        out.append((i + 1, i + 2, "char"))
    return out


# Structural particles that are also nouns or verbs (地 ground, 得 get): doubled, the lone copy
# is the particle's only before a verb
_NOUN_TOO = frozenset("地得")


def _lone_unit_after_word(tokens: tuple[str, ...], a: int, b: int, c: str) -> bool:
    """A doubling character (时, 人, 天 …) typed again after a word that ends in it, the copy left
    standing alone before a word it makes no word with (有时|时|存在, 及时|时|处理): the
    segmentation found no 时时 there (时时处处 is one token), and a measure word or a unit
    doubled by grammar follows a numeral or stands as its own word, never the tail of 有时."""
    if a == b or len(tokens[a]) < 2 or tokens[b] != c or b + 1 >= len(tokens):
        return False
    nxt = tokens[b + 1]
    return len(nxt) >= 2 and _HAN.match(nxt) is not None and not _is_word(c + nxt) and \
        not _is_word(tokens[a] + c) and tokens[a][-2] not in NUMERALS


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    if not available():
        return out
    for i, text in prose_paragraphs(doc, analysis):
        for start, end, kind in repeats(text):
            extra = text[start:end]
            if kind == "clause":  # the separator and the second copy
                fix = Fix((Edit(i, start, end, ""),), "删去重复的语句")
                out.append(WORD.finding(f"语句“{extra[1:]}”连写了两遍", i, start, end, fix=fix))
                continue
            rule = CHAR if kind == "char" else WORD
            what = "字" if kind == "char" else "词语"
            fix = Fix((Edit(i, start, end, ""),), f"删去重复的“{extra}”")
            out.append(rule.finding(f"{what}“{extra}”重复：“{text[start - len(extra):end]}”",
                                    i, start, end, fix=fix))
    return out
