"""The lexicon's model (app/lexicon.py loads it): the thresholds the rules share, and
:class:`Lexicon`, the tables derived from jieba's dictionary, pypinyin's readings and the
similar-shape groups, with the unigram language model over them (best segmentation of a clause)
and the confusion sets the typo search draws its replacements from. Kept apart from the loading,
caching and segmentation of app/lexicon.py, which import it; nothing here reads a file."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

FLOOR = 5  # words at most this frequent are rarities (and a few attested misspellings)
FLOOR_GUESS = 3  # the frequency the model gives them (jieba's floor words mostly have 3)
COMMON = 50  # words at least this frequent are offered as corrections
# … and four-character set phrases this frequent: an idiom is rare in running text (泾渭分明
# 32, 原形毕露 22), and three of its four characters in place are evidence enough
COMMON_PHRASE = 10
RARE_CHAR = 50  # a character rarer than this was chosen on purpose (勠力, 鲳), not mistyped
SOUND_CHAR = 300  # below this, only a look-alike replacement is proposed
# a set phrase at least this frequent may have a rare character of its own sound or shape put
# in its place by a slip (一丝不芶, 脱颍而出); a rarer one may be an accepted variant (勠力同心 /
# 戮力同心 at 14), so its rare characters are left alone
PHRASE_RARE_MIN = 100
KEPT_TAGS = frozenset({"v", "vn", "a", "ad"})  # the parts of speech a rule asks about
_ALL_HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]+")


def is_han(c: str) -> bool:
    """A CJK unified ideograph (the basic block and extension A)."""
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"



def _read_path(text: str, best: list[float], back: list[int]) -> tuple[float, list[str]]:
    """The best segmentation's score and words, read back from the table both ways of
    :meth:`Lexicon.best_split` fill: ``back[end]`` is where the best word ending at ``end``
    starts, ``best[end]`` the best score of ``text[:end]``."""
    out: list[str] = []
    end = len(text)
    while end > 0:
        out.append(text[back[end]:end])
        end = back[end]
    return best[len(text)], out[::-1]


@dataclass
class Lexicon:
    """Word → frequency and tag, a unigram language model over them, and confusion sets."""

    freq: dict[str, int]  # the words above the floor (the floor: see :meth:`known`)
    singles: dict[str, int]  # the single characters among them (a small, fast table)
    tags: dict[str, str]  # the parts of speech in KEPT_TAGS
    shapes: dict[str, frozenset[str]]  # character → look-alikes
    sound: dict[str, str]  # character → main reading, toneless
    masked: dict[str, str]  # "部\0" → "署…": the characters that make common words there
    by_sound: dict[str, frozenset[str]]  # toneless syllable → the characters of common words
    total: int
    # the dictionary's rarities (2–4 characters, at most FLOOR frequent) in which one
    # :meth:`replacements` character gives a common word: the only rarities worth a typo search
    rare_typos: frozenset[str] = frozenset()
    # two-character string → HEAD | TAIL | RARE: what it is to the four-character words
    # (:func:`phrase_halves`), for the typo search's set phrases
    halves: dict[str, int] = field(default_factory=dict)
    # character → main reading with its tone (the characters of common words), and the
    # same-sound slips between real characters and words (app/lexicon_slips.py): two strong
    # single characters → the well-known word; a word and its neighbour → the compound
    tone: dict[str, str] = field(default_factory=dict)
    strong_pairs: dict[str, str] = field(default_factory=dict)
    compound_slips: dict[str, str] = field(default_factory=dict)
    collocation_slips: dict[str, str] = field(default_factory=dict)  # 检查|知道 → 检查指导
    half_slips: dict[str, str] = field(default_factory=dict)  # 未雨|筹谋 → 未雨绸缪
    # the main reading (toneless) of the characters outside ``sound``: their characters as one
    # string, their readings joined by "\n" (see :meth:`rare_sound`)
    other_sounds: tuple[str, str] = ("", "")
    # jieba's adverbs (tag ``d``: 果断, 默默, 逐步 …), kept apart from ``tags`` so that the rules
    # that ask whether a word has a tag at all see the same table as before
    adverbs: frozenset[str] = frozenset()
    load_seconds: float = 0.0
    # the name of the data folder's cache file this lexicon was read from ("" when it was built
    # in this process, or made by a test): the tables the rules derive from it are kept in the
    # data folder under a name holding it (app.lexicon.derived_cache_file)
    read_from: str = field(default="", repr=False, compare=False)
    # word sets the typo search makes from the tables above, as read from the cache file with
    # the tables they were made from (app/lexicon_derived.py; empty for a lexicon built here)
    derived: dict[str, tuple[tuple[object, ...], frozenset[str]]] = field(
        default_factory=dict, repr=False)
    _unknown_logp: float = field(default=0.0, repr=False)
    _confusables: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _replacements: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _phrase: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _other_sound: dict[str, str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._unknown_logp = math.log(0.5 / self.total)

    def forget_answers(self) -> None:
        """Drop the memoised answers of :meth:`confusables`, :meth:`replacements`,
        :meth:`phrase_replacements` and :meth:`rare_sound`, after the tables they read changed."""
        self._confusables.clear()
        self._replacements.clear()
        self._phrase.clear()
        self._other_sound = None

    def known(self, word: str) -> bool:
        """In the dictionary at all, the floor's rarities included (asked of rjieba, which holds
        the same dictionary: the floor's 221,000 words need not be loaded twice)."""
        if word in self.freq:
            return True
        import rjieba

        return bool(rjieba.has_word(word))

    def best_logp(self, text: str, max_len: int = 6) -> float:
        """Log-probability of the best segmentation of ``text`` (a unigram model, as jieba's)."""
        return self.best_split(text, max_len)[0]

    def best_split(self, text: str, max_len: int = 6, min_freq: int = 0
                   ) -> tuple[float, list[str]]:
        """The best segmentation of ``text`` under the unigram model, with its log-probability.

        Words of two or more characters at most ``min_freq`` frequent are left out (with
        ``FLOOR``: the dictionary's rarities, among them a few attested misspellings).

        For Chinese text the candidate words are the dictionary's words in it, which rjieba's
        cut_all lists at Rust speed (each character, then the longer words starting there: the
        same dictionary as :attr:`freq` and the floor), instead of looking up every substring;
        ties go to the earliest start either way, so both give the same result."""
        if not _ALL_HAN.fullmatch(text):
            return self._best_split_scan(text, max_len, min_freq)
        import rjieba

        n = len(text)
        best = [0.0] + [-math.inf] * n
        back = [0] * (n + 1)
        get, log = self.freq.get, math.log
        total, unknown = self.total, self._unknown_logp
        floor_ok = min_freq < FLOOR
        floor_logp = math.log(FLOOR_GUESS / total)
        k = -1
        for word in rjieba.cut_all(text):
            size = len(word)
            if size == 1:  # the next character: every character is listed, in order
                k += 1
                if k >= n or word != text[k]:
                    return self._best_split_scan(text, max_len, min_freq)
                f = get(word)
                score = best[k] + (log(f / total) if f else unknown)
                end = k + 1
            elif size > max_len:
                continue
            else:
                f = get(word)
                if f is None:
                    if not floor_ok:
                        continue
                    score = best[k] + floor_logp
                elif f <= min_freq:
                    continue
                else:
                    score = best[k] + log(f / total)
                end = k + size
            if score > best[end]:  # starts come in order: ties go to the earliest
                best[end], back[end] = score, k
        if k != n - 1:
            return self._best_split_scan(text, max_len, min_freq)
        return _read_path(text, best, back)

    def _best_split_scan(self, text: str, max_len: int, min_freq: int
                         ) -> tuple[float, list[str]]:
        """:meth:`best_split` by trying every substring of up to ``max_len`` characters as a word
        (any text; the reference the fast path is tested against)."""
        n = len(text)
        best = [0.0] + [-math.inf] * n
        back = [0] * (n + 1)
        import rjieba

        has_word, get, log = rjieba.has_word, self.freq.get, math.log
        total, unknown = self.total, self._unknown_logp
        floor_ok = min_freq < FLOOR
        floor_logp = math.log(FLOOR_GUESS / total)
        for end in range(1, n + 1):
            # a single character: its frequency, or the unknown word's probability
            f = get(text[end - 1])
            top, at = best[end - 1] + (log(f / total) if f else unknown), end - 1
            for start in range(end - 2, max(0, end - max_len) - 1, -1):
                word = text[start:end]
                f = get(word)
                if f is None:
                    if not (floor_ok and has_word(word)):
                        continue
                    score = best[start] + floor_logp
                elif f <= min_freq:
                    continue
                else:
                    score = best[start] + log(f / total)
                if score >= top:  # ties: the earliest start wins, as in a forward scan
                    top, at = score, start
            best[end], back[end] = top, at
        return _read_path(text, best, back)

    def rare_sound(self, c: str) -> str | None:
        """The reading of a character outside ``sound`` (in no common word: 芶 of 一丝不芶), from
        a table made on first need: only a set phrase holding such a character asks."""
        if self._other_sound is None:
            chars, readings = self.other_sounds
            self._other_sound = dict(zip(chars, readings.split("\n"), strict=True)) \
                if chars else {}
        return self._other_sound.get(c)

    def similar_shape(self, a: str, b: str) -> bool:
        return b in self.shapes.get(a, ())

    def confusables(self, c: str) -> frozenset[str]:
        """Characters a writer may have meant instead of ``c``: the same main syllable (among
        the characters of common words) or a similar shape."""
        found = self._confusables.get(c)
        if found is None:
            s = self.sound.get(c) or self.rare_sound(c)
            same = self.by_sound.get(s, frozenset()) if s else frozenset()
            found = self._confusables[c] = (same | self.shapes.get(c, frozenset())) - {c}
        return found

    def replacements(self, c: str) -> frozenset[str]:
        """What the typo search may put in place of ``c``: nothing for a character rarer than
        RARE_CHAR (chosen on purpose), only a look-alike for one rarer than SOUND_CHAR (one that
        only sounds like the common character is likely a name or a term: 蔚来, 海鲈, 疫后; one
        that looks like it may still be a slip of the pen), else any :meth:`confusables`."""
        found = self._replacements.get(c)
        if found is None:
            seen = self.singles.get(c, 0)
            found = frozenset() if seen < RARE_CHAR else (
                self.confusables(c) if seen >= SOUND_CHAR else
                self.shapes.get(c, frozenset()) | self.same_tone(c))
            self._replacements[c] = found
        return found

    def same_tone(self, c: str) -> frozenset[str]:
        """The characters of common words with ``c``'s main reading, tone included (懈殆 →
        懈怠: dài, 堡磊 → 堡垒: lěi). For a character rarer than SOUND_CHAR these are the only
        sound replacements: a same-syllable character of another tone is as often a name or a
        term (蔚来, 疫后); typo/char asks the full bar of them (rare_sound_slip)."""
        t = self.tone.get(c)
        s = self.sound.get(c)
        if not t or not s:
            return frozenset()
        return frozenset(n for n in self.by_sound.get(s, ()) if n != c and self.tone.get(n) == t)

    def phrase_replacements(self, c: str) -> frozenset[str]:
        """What may replace ``c`` inside a four-character set phrase: :meth:`replacements`, and
        for a character those leave alone (rare, or rarer than SOUND_CHAR) every character of its
        sound or shape. A rare character is chosen on purpose in a name (蔚来, 鲳), seldom inside
        a set phrase, where a same-sound or look-alike slip is the common mistake (脱颍而出,
        一丝不芶); :meth:`corrections` then offers only the frequent phrases (PHRASE_RARE_MIN)."""
        found = self._phrase.get(c)
        if found is None:
            found = self.replacements(c)
            if self.singles.get(c, 0) < SOUND_CHAR:
                found = found | self.confusables(c)
            self._phrase[c] = found
        return found

    def corrections(self, word: str, i: int) -> list[str]:
        """The common words that ``word`` becomes when its character ``i`` is replaced by one of
        its :meth:`replacements` (部暑, 1 → 部署), in the order the typo search tries them; in a
        four-character stretch, by one of its :meth:`phrase_replacements` (a rare character's
        only where the phrase is frequent)."""
        options = self.masked.get(f"{word[:i]}\0{word[i + 1:]}")
        if not options:
            return []
        conf = self.replacements(word[i])
        if len(word) == 4 and self.singles.get(word[i], 0) < SOUND_CHAR:
            head, tail, freq = word[:i], word[i + 1:], self.freq
            conf = conf | frozenset(n for n in self.confusables(word[i]) if n in options and
                                    freq.get(head + n + tail, 0) >= PHRASE_RARE_MIN)
        chosen = (n for n in options if n in conf) if len(options) < len(conf) else \
            (n for n in conf if n in options)
        return [word[:i] + new + word[i + 1:] for new in chosen]
