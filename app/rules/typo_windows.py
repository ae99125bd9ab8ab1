"""typo/char's search windows (app/rules/typo.py): the stretches of a paragraph where a
correction can exist, and the characters in them that may be the wrong one.

The general search opens around the strays, the characters the segmentation leaves alone
although they seldom stand alone (typo_near.stray_offsets), and on the dictionary's rarities
that one replacement turns into a common word (``Lexicon.rare_typos``). The narrower searches
here open the slips that leave no stray: a set phrase cut into pieces (全力|以|付), a classic
pair beside a single character (表率|做|用), two frequent characters one sound and tone from a
well-known word and a word whose twin makes a compound with its neighbour (app/lexicon_slips.py),
and a noun before 了 whose twin is a verb. :func:`search_windows` returns them all in the order
typo.typos tries them; typos scores each and applies the bars and guards.
"""

from __future__ import annotations

import bisect
import re
from itertools import compress, count

from app.lexicon import (
    COMMON,
    HEAD,
    PHRASE_RARE_MIN,
    RARE,
    TAIL,
    Lexicon,
    lexicon,
    segments,
    word_indices,
)
from app.lexicon_derived import compound_words, derived
from app.lexicon_slips import WELL_KNOWN
from app.rules.base import data_lines
from app.rules.dedide_phrases import EXTRA_VERBS
from app.rules.typo_near import stray_offsets
from app.rules.typo_phrases import phrase_windows
from app.rules.typo_strong import word_lengths


def _classic_pairs() -> frozenset[frozenset[str]]:
    """Pairs of app/data/classic_pairs.txt (己/已, 戌/戍, 竟/竞, 做/作 …): a frequent slip."""
    groups = [line.split(",") for line in data_lines("classic_pairs.txt")]
    return frozenset(frozenset((a, b)) for g in groups for a in g for b in g if a != b)


CLASSIC_PAIRS = _classic_pairs()
CLASSIC_PARTNERS: dict[str, tuple[str, ...]] = {}
for _pair in CLASSIC_PAIRS:
    for _c in _pair:
        CLASSIC_PARTNERS[_c] = tuple(sorted(set(CLASSIC_PARTNERS.get(_c, ())) | (_pair - {_c})))
CLASSIC_CHARS = frozenset(CLASSIC_PARTNERS)

MAX_STRAY_SHARE = 0.5  # real reports stay under 0.3 (the corpus: 0.29); random text is 0.96

_HAN_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]{2,}")
_CLASSIC = re.compile("[" + "".join(map(re.escape, sorted(CLASSIC_CHARS))) + "]")


Window = tuple[int, int, int, int]  # start, end, and the run of Chinese characters around


def _window(runs: list[tuple[int, int]], run_starts: list[int], start: int, end: int
            ) -> Window | None:
    """[start, end) with the run of Chinese characters holding it, or None when it does not
    lie inside one run."""
    ra, rb = runs[bisect.bisect_right(run_starts, start) - 1]
    return (start, end, ra, rb) if ra <= start and end <= rb else None


def search_windows(text: str) -> dict[Window, set[int]]:
    """Stretches worth a look, inside runs of Chinese characters, as (start, end, run start,
    run end) → the offsets whose character may be the wrong one: a word the dictionary holds
    only as a rarity (any of its characters), and the 2–3 characters around a character that the
    segmentation left alone although it seldom stands alone (that character).

    Only stretches where a replacement could give a common word are returned (for a stray,
    only the offsets where one could): a common word, a stray character none of whose
    :meth:`~app.lexicon.Lexicon.replacements` makes a common word with its neighbours, a
    rarity outside the lexicon's ``rare_typos``, can never be corrected. The stretches come in
    the order a walk over the words would first meet them (strays first, by position; then the
    rarities), which :func:`typos` keeps for ties (equal gains of overlapping stretches)."""
    runs = list(map(re.Match.span, _HAN_RUN.finditer(text)))
    if not runs:
        return {}
    lex = lexicon()
    words, starts = segments(text)
    # the words that are weak single characters, picked at C speed (map, compress)
    strays = stray_offsets(text)  # (shared with typo_near.twin_slips)
    han = sum(b - a for a, b in runs)
    if han >= 20 and len(strays) > MAX_STRAY_SHARE * han:
        return {}  # not modern prose (classical text, a list of names, garbled input): no model
    run_starts = [a for a, _b in runs]
    found: dict[Window, set[int]] = {}
    rank: dict[Window, tuple[int, int, int]] = {}
    freq, masked, replacements = lex.freq, lex.masked, lex.replacements
    masked_get = masked.get
    # the characters of a classic pair (few in a paragraph), found at C speed
    classic = [m.start() for m in _CLASSIC.finditer(text)] if strays else []
    for p in strays:
        conf = replacements(text[p])  # empty: only a classic neighbour can hold a correction
        if classic:
            k = bisect.bisect_left(classic, p - 2)
            near = [q for q in classic[k:k + 5] if q <= p + 2 and q != p]
        else:
            near = []
        if not conf and not near:
            continue
        ra, rb = runs[bisect.bisect_right(run_starts, p) - 1]
        if not ra <= p < rb:
            continue
        # the five stretches of 2–3 characters around p, cut from the characters around it
        # once (``hole``: the same with p masked, as the lexicon's ``masked`` keys are)
        lo, hi = max(ra, p - 2), min(rb, p + 3)
        around = text[lo:hi]
        hole = text[lo:p] + "\0" + text[p + 1:hi]
        if not near:  # (most strays) only p can be the slip: its holes are looked up first,
            # the stretch itself only where a replacement fits (~900 of ~22,000 in the corpus)
            for a, b in _AROUND[p - lo][hi - lo]:
                options = masked_get(hole[a:b])
                if options and not conf.isdisjoint(options) and around[a:b] not in freq:
                    key = (lo + a, lo + b, ra, rb)
                    if key in found:
                        found[key].add(p)
                    else:
                        found[key] = {p}
                        rank[key] = (strays[bisect.bisect_left(strays, lo + a)], b - a, lo + a)
            continue
        for n in (2, 3):
            for a in range(max(lo, p - n + 1) - lo, min(p, hi - n) - lo + 1):
                word = around[a:a + n]
                if word in freq:
                    continue  # a common word: nothing to correct
                # what typos() would find: a correction of p there
                options = masked.get(hole[a:a + n], "") if conf else ""
                hit = options != "" and not conf.isdisjoint(options)
                if not near and not hit:
                    continue
                suspects = {p} if hit else set()
                # the stray's neighbour may be the slip (工做台账: 工 is left alone, 做 is
                # wrong) when it is one of a classic pair whose partner makes a common word
                if near:
                    at = lo + a
                    suspects.update(q for q in near if at <= q < at + n and any(
                        word[:q - at] + other + word[q - at + 1:] in freq
                        for other in CLASSIC_PARTNERS[text[q]]))
                    if not suspects:
                        continue
                key = (lo + a, lo + a + n, ra, rb)
                if key not in found:
                    found[key] = set()
                    # the first stray of the stretch is the one a walk meets it with
                    rank[key] = (strays[bisect.bisect_left(strays, lo + a)], n, lo + a)
                found[key].update(suspects)
    for search in (_idiom_windows, _classic_windows, _slip_windows, _aspect_windows,
                   phrase_windows):
        for key, suspects in search(text, words, starts, runs, run_starts, lex):
            found.setdefault(key, set()).update(suspects)
            rank.setdefault(key, (len(text) + 1, 0, key[0]))
    rare = lex.rare_typos.intersection(words)
    for k in word_indices(words, rare) if rare else ():
        start, end = starts[k], starts[k + 1]
        rare_key = _window(runs, run_starts, start, end)
        if rare_key is not None:
            found.setdefault(rare_key, set()).update(range(start, end))
            rank.setdefault(rare_key, (len(text) + 1, 0, start))
    return {key: found[key] for key in sorted(found, key=rank.__getitem__)}


def _around_spans() -> tuple[tuple[tuple[tuple[int, int], ...], ...], ...]:
    """``[i][m]``: the stretches of 2 then 3 characters (start, end) holding offset ``i`` of a
    cut of ``m`` characters (the stray at ``i``, at most two characters on either side): the
    order in which :func:`search_windows` tries them."""
    return tuple(tuple(tuple((a, a + n) for n in (2, 3) for a in range(max(0, i - n + 1),
                                                                        min(i, m - n) + 1))
                       for m in range(6)) for i in range(3))


_AROUND = _around_spans()


def _idiom_windows(text: str, words: tuple[str, ...], starts: tuple[int, ...],
                   runs: list[tuple[int, int]], run_starts: list[int], lex: Lexicon
                   ) -> list[tuple[Window, set[int]]]:
    """Four-character stretches that are a common set phrase with one character mistyped, cut
    by the segmentation into pieces: the right half is a word, the other half two single
    characters (全力|以|付 → 全力以赴, 泾|渭|分明 ← 径渭分明) or a word of its own next to a half
    that is seldom a word (原型|毕露 → 原形毕露, 人材|辈出). Their characters are frequent on
    their own (以, 付), so the stray search above never opens them. The paragraph's words that
    are halves are picked in one pass at C speed (map, compress); only they are looked at."""
    halves = lex.halves
    n = len(words)
    # the stretches' starts where the head half is right (the slip in the tail), and where the
    # tail half is
    heads: set[int] = set()
    tails: set[int] = set()
    for j in compress(count(), map(halves.__contains__, words)):
        if halves[words[j]] & RARE:  # a word beside a half seldom a word: 原型|毕露, 人材|辈出
            if j + 1 < n and len(words[j + 1]) == 2:
                heads.add(starts[j])
            if j >= 1 and len(words[j - 1]) == 2:
                tails.add(starts[j - 1])
    # the other shapes are found in the words' lengths as bytes, at C speed (made once for the
    # typo family: typo_strong.word_lengths); none where a token is longer than 255 characters
    lens = word_lengths(text)
    if 255 in lens and any(len(w) > 255 for w in words):
        lens = b""
    k = lens.find(_FOUR_SINGLES)
    while k != -1:  # every start of four single characters, overlapping ones too
        a = starts[k]
        k = lens.find(_FOUR_SINGLES, k + 1)
        if halves.get(text[a:a + 2], 0) & HEAD:
            heads.add(a)
        if halves.get(text[a + 2:a + 4], 0) & TAIL:
            tails.add(a)
    for k in map(re.Match.start, _SINGLES_WORD.finditer(lens)):
        a = starts[k]
        if halves.get(text[a:a + 2], 0) & HEAD:  # 入|不|付出 → 入不敷出, 莫|衷|一事 → 莫衷一是
            heads.add(a)
        # the right half intact, the left one cut into two single characters (泾|渭|分明 ←
        # 径渭分明); or a half seldom a word on its own, both halves being words (自古|已|来,
        # 恍然|大|勿 → 恍然大悟: no HEAD or TAIL)
        if halves.get(words[k + 2], 0) & (TAIL | RARE):
            tails.add(a)
    for k in map(re.Match.start, _WORD_SINGLES.finditer(lens)):
        a = starts[k]
        if halves.get(text[a + 2:a + 4], 0) & TAIL:  # 一股|作|气 → 一鼓作气
            tails.add(a)
        if halves.get(words[k], 0) & (HEAD | RARE):  # 全力|以|付 → 全力以赴, 随心|所|域
            heads.add(a)
    # a three-character word of the dictionary that is the phrase cut short, beside the slip
    # left alone: 半途而|费 → 半途而废 (jieba holds 半途而), 斩|露头角 → 崭露头角. Not a count
    # or an ordinal (第十二|姐: the dictionary's 第十二届 is no set phrase, and the stray search
    # already corrects 十二姐 there)
    for k in map(re.Match.start, _TRIPLE_SINGLE.finditer(lens)):
        a = starts[k]
        if halves.get(text[a:a + 2], 0) & HEAD and text[a] not in _NUMERAL:
            heads.add(a)
    for k in map(re.Match.start, _SINGLE_TRIPLE.finditer(lens)):
        a = starts[k]
        if halves.get(text[a + 2:a + 4], 0) & TAIL and text[a + 1] not in _NUMERAL:
            tails.add(a)
    out: list[tuple[Window, set[int]]] = []
    freq, masked, replacements = lex.freq, lex.masked, lex.phrase_replacements
    for a in sorted(heads | tails):
        in_head, in_tail = a in heads, a in tails
        stretch = text[a:a + 4]
        if stretch in freq or not _HAN4.fullmatch(stretch):
            continue
        suspects = set()
        for p in (*((a + 2, a + 3) if in_head else ()), *((a, a + 1) if in_tail else ())):
            options = masked.get(text[a:p] + "\0" + text[p + 1:a + 4])
            if options and not replacements(text[p]).isdisjoint(options):
                suspects.add(p)
        # a doubled half mistyped twice (竞竞业业 → 兢兢业业): both copies are the suspect
        for p in (*((a + 2,) if in_head else ()), *((a,) if in_tail else ())):
            if stretch[p - a] == stretch[p - a + 1] and doubled_corrections(lex, stretch, p - a):
                suspects.update((p, p + 1))
        if suspects:
            ra, rb = runs[bisect.bisect_right(run_starts, a) - 1]
            out.append(((a, a + 4, ra, rb), suspects))
    return out


def _classic_windows(text: str, words: tuple[str, ...], starts: tuple[int, ...],
                     runs: list[tuple[int, int]], run_starts: list[int], lex: Lexicon
                     ) -> list[tuple[Window, set[int]]]:
    """Two characters left alone side by side, one of a classic pair whose partner makes a
    common word with the other: 表率|做|用 → 作用, 问题|象|征 → 象 stays (征 alone: 像征 is no
    word). Both characters are frequent alone (做, 用), so no stray points at them; the classic
    pairs (app/data/classic_pairs.txt) are the slips common enough to look for without one."""
    out: list[tuple[Window, set[int]]] = []
    freq, n = lex.freq, len(words)
    for j in compress(count(), map(CLASSIC_CHARS.__contains__, words)):
        q = starts[j]
        for nb in (j - 1, j + 1):
            if not 0 <= nb < n or len(words[nb]) != 1 or not _HAN1.match(words[nb]):
                continue
            other = words[nb]
            if not any(freq.get(c + other if nb > j else other + c, 0) >= COMMON
                       for c in CLASSIC_PARTNERS[words[j]]):
                continue
            a = min(q, starts[nb])
            key = _window(runs, run_starts, a, a + 2)
            if key is not None:
                out.append((key, {q}))
    return out


def _slip_windows(text: str, words: tuple[str, ...], starts: tuple[int, ...],
                  runs: list[tuple[int, int]], run_starts: list[int], lex: Lexicon
                  ) -> list[tuple[Window, set[int]]]:
    """Same-sound slips that leave no stray (app/lexicon_slips.py): two single characters each
    frequent alone, together one sound and tone away from a well-known word (政治|生|太 →
    生态), and a word next to another with which its same-sound twin makes a compound (形式|主意
    → 形式主义). Kept cheap: a pair's first character followed by a second is found by one
    regex over the text, the compounds' wrong words (主意) by one pass over the words at C
    speed; only those places are looked up."""
    found: list[tuple[int, str, str]] = []  # (start, wrong, right)
    first, wrong_words = _slip_index(lex)
    pairs = lex.strong_pairs
    for m in first.finditer(text):
        a = m.start()
        right = pairs.get(text[a:a + 2])
        if right is None:
            continue
        k = bisect.bisect_left(starts, a)  # both characters words of their own
        if k + 1 < len(words) and starts[k] == a and len(words[k]) == 1 == len(words[k + 1]):
            found.append((a, text[a:a + 2], right))
    slips = lex.compound_slips
    for k in compress(count(), map(wrong_words.__contains__, words)):
        for j in (k - 1, k):
            if j >= 0 and j + 1 < len(words):
                right = slips.get(words[j] + "|" + words[j + 1])
                if right is not None:
                    found.append((starts[j], words[j] + words[j + 1], right))
    out: list[tuple[Window, set[int]]] = []
    for a, wrong, right in found:
        key = _window(runs, run_starts, a, a + len(wrong))
        if key is not None:
            out.append((key, {a + j for j in range(len(wrong)) if wrong[j] != right[j]}))
    return out


def _slip_index(lex: Lexicon) -> tuple[re.Pattern[str], frozenset[str]]:
    """A regex for the first characters of the lexicon's strong pairs, and the wrong words of
    its compound slips (made once per lexicon)."""
    global _SLIPS
    if _SLIPS[0] is not lex:
        firsts = "".join(sorted({s[0] for s in lex.strong_pairs})) or "\x00"
        seconds = "".join(sorted({s[1] for s in lex.strong_pairs})) or "\x00"
        # a first character followed by a second one: ~2,000 places in the corpus instead of
        # ~23,000 for the first characters alone
        stored = derived(lex, "compound_words", lex.compound_slips)  # (read with the cache)
        _SLIPS = (lex, re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])"),
                  compound_words(lex.compound_slips) if stored is None else stored)
    return _SLIPS[1], _SLIPS[2]


_SLIPS: tuple[Lexicon | None, re.Pattern[str], frozenset[str]] = (
    None, re.compile("\x00"), frozenset())


# a verb and its directional or resultative complement, which jieba tags as a noun at times
# (患上 n, 染上 n): 患上了严重的腰椎疾病 is no 换上
_COMPLEMENTS = frozenset("上下起出进回过开到住完成掉走来去")


def _aspect_windows(text: str, words: tuple[str, ...], starts: tuple[int, ...],
                    runs: list[tuple[int, int]], run_starts: list[int], lex: Lexicon
                    ) -> list[tuple[Window, set[int]]]:
    """A noun used as a verb before the aspect particle 了 where its twin of the same sound and
    tone is a frequent verb: 党工委部属了三项工作 → 部署 (部属 is 名 “部下”, 部署 动 “安排”).
    Only the words before a 了 are looked at; both are common words, so :func:`typos` asks only
    that the verb be no less probable (MIN_GAIN_ASPECT)."""
    out: list[tuple[Window, set[int]]] = []
    if "了" not in text:
        return out
    tags = lex.tags
    for k in word_indices(words, ("了",)):
        if k == 0 or not _HAN1.match(text, starts[k] + 1):
            continue
        w = words[k - 1]
        if len(w) != 2 or w in tags or w in EXTRA_VERBS or w[1] in _COMPLEMENTS:
            continue
        suspects = {starts[k - 1] + i for i in (0, 1) if any(
            is_verb(lex, w[:i] + n + w[i + 1:])
            for n in lex.masked.get(w[:i] + "\0" + w[i + 1:], "")
            if n != w[i] and lex.tone.get(n, "?") == lex.tone.get(w[i]))}
        if suspects:
            key = _window(runs, run_starts, starts[k - 1], starts[k - 1] + 2)
            if key is not None:
                out.append((key, suspects))
    return out


def is_verb(lex: Lexicon, word: str) -> bool:
    """A frequent verb (jieba's tag v, or a verb of app/data/particle_words.txt that jieba leaves
    untagged: 部署, 落实)."""
    return (lex.tags.get(word) == "v" or word in EXTRA_VERBS) and \
        lex.freq.get(word, 0) >= WELL_KNOWN


def doubled_corrections(lex: Lexicon, word: str, i: int) -> list[str]:
    """The common set phrases ``word`` becomes when its doubled characters ``i`` and ``i + 1``
    are both replaced by one character of their sound or shape (竞竞业业 → 兢兢业业): a
    reduplicated half (AABB, ABCC) is typed with the same wrong character twice."""
    c = word[i]
    if c != word[i + 1]:
        return []
    head, tail, freq = word[:i], word[i + 2:], lex.freq
    return [head + n + n + tail for n in sorted(lex.phrase_replacements(c))
            if freq.get(head + n + n + tail, 0) >= PHRASE_RARE_MIN]


_HAN1 = re.compile("[\u4e00-\u9fff]")
# four words of one character each, in the words' lengths as bytes (bytes.find: a regex
# lookahead tried at every word cost ~45 M instructions over the corpus ×3)
_FOUR_SINGLES = b"\x01\x01\x01\x01"
# two single characters that are the half of a set phrase, beside a two-character word that
# takes the place of its other half (the mistyped half is a word of its own: 付出, 一事)
# (no lookahead: two matches of one pattern cannot overlap, and a plain byte string is searched
# for at C speed; thousands of places in a report)
_SINGLES_WORD = re.compile(rb"\x01\x01\x02")
_WORD_SINGLES = re.compile(rb"\x02\x01\x01")
_TRIPLE_SINGLE = re.compile(rb"\x03\x01")
_SINGLE_TRIPLE = re.compile(rb"\x01\x03")
_NUMERAL = frozenset("第〇零两二三四五六七八九十百千万亿")
_HAN4 = re.compile("[\u4e00-\u9fff]{4}")
