"""The Chinese lexicon the wording checks share: word frequencies, parts of speech, segmentation,
and the character confusion sets (same sound, similar shape).

Why these sources (see docs/checks.md):
- Words, frequencies and part-of-speech tags: jieba's dictionary (``jieba/dict.txt``, 349,046
  words, MIT), read as a file: importing jieba itself would build its own prefix dictionary
  (0.4 s) that we do not use. The dictionary's floor (frequency ≤ 5, 221,000 words) holds rare
  words and a few attested misspellings (膨涨, 按步就班): the rules treat them as rarities.
- Segmentation: rjieba (Rust port of jieba with the same dictionary, MIT): it segments the whole
  corpus in about 20 ms where jieba needs 300 ms.
- Same sound: pypinyin's character readings (MIT), read from its ``pinyin_dict.json`` (importing
  pypinyin trains its segmenter, 0.1 s); tones are ignored, because a character typed through a
  pinyin input method shares the syllable, not always the tone.
- Similar shape: app/data/similar_shape.txt (its header names the sources and licences).

Everything is loaded once per process, on first use (:func:`lexicon`), and never touches the
network. What is derived from the sources (the tables above, the common words indexed by one
masked character for the typo check, and the rarities in which one replacement gives a common
word, ``rare_typos``) is kept in the app data folder's ``cache`` (marshal of strings and arrays,
keyed by the sources' sizes and times and the thresholds) so that a later process loads it in a
fraction of the time; when that folder cannot be written the tables are simply rebuilt.
``Lexicon.load_seconds`` keeps the measured load time for the benchmark. A paragraph is
segmented once (:func:`segments`, cached by text) for every rule that needs its words.
"""

from __future__ import annotations

import array
import hashlib
import importlib.util
import marshal
import math
import os
import re
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from app import DATA_DIR
from app.textcache import text_cache

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
CACHE_FORMAT = 13  # bump when the cached tables change shape
KEPT_TAGS = frozenset({"v", "vn", "a", "ad"})  # the parts of speech a rule asks about
_ALL_HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]+")
_LOCK = threading.Lock()
_LEXICON: Lexicon | None = None
_MISSING = False  # the lexicon's packages could not be loaded (see available())


def words(listing: str) -> frozenset[str]:
    """A word list written as whitespace-separated words (the rules' curated lists)."""
    return frozenset(listing.split())


def is_han(c: str) -> bool:
    """A CJK unified ideograph (the basic block and extension A)."""
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def _package_file(package: str, name: str) -> Path:
    """A data file shipped inside an installed package, found without importing the package
    (in the PyInstaller bundle the spec copies it to <bundle>/<package>/<name>)."""
    bundled = Path(getattr(sys, "_MEIPASS", "")) / package / name
    if getattr(sys, "frozen", False) and bundled.is_file():
        return bundled
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"缺少词典数据：未安装 {package}")
    return Path(next(iter(spec.submodule_search_locations))) / name


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
    load_seconds: float = 0.0
    _unknown_logp: float = field(default=0.0, repr=False)
    _confusables: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _replacements: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _phrase: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _other_sound: dict[str, str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._unknown_logp = math.log(0.5 / self.total)

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


def lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first use (thread-safe: the UI analyses in a worker)."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:
            if _LEXICON is None:
                _LEXICON = _load()
    return _LEXICON


def available() -> bool:
    """Whether the lexicon can be had (its packages are installed and readable). The checks that
    need it report nothing without it instead of breaking the whole analysis."""
    global _MISSING
    if _LEXICON is not None:
        return True
    if _MISSING:
        return False
    try:
        lexicon()
        import rjieba  # noqa: F401
    except (ImportError, OSError, RuntimeError, ValueError):
        _MISSING = True
        return False
    return True


def _sources() -> list[Path]:
    return [_package_file("jieba", "dict.txt"), DATA_DIR / "similar_shape.txt",
            _package_file("pypinyin", "pinyin_dict.json"),
            _package_file("pypinyin", "phrases_dict.json")]


def _cache_path(sources: list[Path]) -> Path | None:
    """The cache file for these sources (their paths, sizes and times), or None without a
    data folder."""
    return cache_file_for("lexicon", [CACHE_FORMAT, FLOOR, COMMON, COMMON_PHRASE, RARE_CHAR,
                                      SOUND_CHAR], sources)


def cache_file_for(kind: str, stamp: list[object], sources: list[Path]) -> Path | None:
    """The data folder's cache file ``<kind>-<hash>.marshal`` for ``stamp`` (the format and the
    thresholds the cached data depends on) and ``sources`` (their paths, sizes and times), with
    this interpreter's marshal version and byte order; None when a source cannot be read. This
    module's tables and app.modern_words's set."""
    try:
        from app.storage.paths import app_data_dir

        stamp = [*stamp, sys.version_info[:2], marshal.version, sys.byteorder]
        for p in sources:
            st = p.stat()
            stamp += [str(p), st.st_size, st.st_mtime_ns]
        digest = hashlib.sha256(repr(stamp).encode()).hexdigest()[:16]
        return app_data_dir() / "cache" / f"{kind}-{digest}.marshal"
    except OSError:
        return None


def _load() -> Lexicon:
    start = time.perf_counter()
    sources = _sources()
    cache_file = _cache_path(sources)
    lex = _read_cache(cache_file)
    if lex is None and _build_in_child(sources, cache_file):
        lex = _read_cache(cache_file)
    if lex is None:
        lex = _build(*sources)
        write_cache_file(cache_file, _pack(lex))
    lex.load_seconds = time.perf_counter() - start
    return lex


# The first start after an install builds the cache in a second interpreter (see
# _build_in_child), handed the cache file, the source files and this process's sys.path.
_BUILD_CODE = ("import sys; cache, n = sys.argv[1], int(sys.argv[2]); "
               "sources, sys.path[:0] = sys.argv[3:3 + n], sys.argv[3 + n:]; "
               "from app.lexicon import build_cache; build_cache(cache, sources)")
_BUILD_SECONDS = 300  # a build takes 1–3 s; a child still running after this is stuck
_IN_BUILD_CHILD = "REPORTDESK_LEXICON_BUILD_CHILD"


def _build_in_child(sources: list[Path], cache_file: Path | None) -> bool:
    """Build the cache file in a second interpreter and wait for it; False when that is not
    possible (no cache folder, a frozen build with no Python to start, the child failing), and
    then the caller builds here. Why: the build reads 349,000 dictionary lines into ~2 million
    temporary objects; freed, they stay in this process's heap (~25 MB of the window's memory
    for the whole session), and the build holds the GIL ~1 s, so the window's keys would wait
    behind the background thread that loads the lexicon. Waiting on a child costs neither."""
    if cache_file is None or getattr(sys, "frozen", False) or os.environ.get(_IN_BUILD_CHILD):
        return False
    import subprocess

    from app.lexicon_worker import python_command

    command = python_command(_BUILD_CODE, str(cache_file), str(len(sources)), *map(str, sources))
    try:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=_BUILD_SECONDS,
                              env={**os.environ, _IN_BUILD_CHILD: "1"},
                              creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except (OSError, ValueError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def build_cache(cache_file: str, sources: list[str]) -> None:
    """The child's work (:func:`_build_in_child`): build the tables, write the cache file."""
    dict_txt, shapes_txt, pinyin_json, phrases_json = map(Path, sources)
    write_cache_file(Path(cache_file),
                     _pack(_build(dict_txt, shapes_txt, pinyin_json, phrases_json)))


def _build(dict_txt: Path, shapes_txt: Path, pinyin_json: Path, phrases_json: Path) -> Lexicon:
    import json  # (here and tempfile below: only the first start after an install needs them)

    # the four-character words of pypinyin's phrase list (an idiom dictionary's entries, kept
    # for their readings): a word jieba counts above its floor but below COMMON_PHRASE is still
    # a set phrase when that list holds it (文山会海 at 7)
    idioms = {w for w in json.loads(phrases_json.read_text(encoding="utf-8")) if len(w) == 4}

    raw = dict_txt.read_text(encoding="utf-8").split()
    counts = list(map(int, raw[1::3]))
    total = sum(counts) or 1
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    masked: dict[str, str] = {}
    rarities: list[str] = []
    for word, f, tag in zip(raw[0::3], counts, raw[2::3], strict=True):
        if f <= FLOOR:
            if 2 <= len(word) <= 4:
                rarities.append(word)
            continue
        freq[word] = f
        if tag in KEPT_TAGS:
            tags[word] = tag
        n = len(word)
        if 2 <= n <= 4 and (f >= COMMON or (n == 4 and (f >= COMMON_PHRASE or word in idioms))):
            for i in range(n):
                key = f"{word[:i]}\0{word[i + 1:]}"
                masked[key] = masked.get(key, "") + word[i]
    readings = json.loads(pinyin_json.read_text(encoding="utf-8"))
    shapes = load_shapes(shapes_txt)
    wanted = {c for options in masked.values() for c in options} | set(shapes)
    wanted |= {w for w in freq if len(w) == 1}
    sound = {c: value.split(",")[0].translate(_TONELESS)
             for code, value in readings.items() if (c := chr(int(code))) in wanted}
    # the other characters of the main block, kept as two strings (a dict is made only when a
    # set phrase holds one: Lexicon.rare_sound)
    others = [(c, value.split(",")[0].translate(_TONELESS)) for code, value in readings.items()
              if 0x4E00 <= int(code) <= 0x9FFF and (c := chr(int(code))) not in wanted]
    by_sound: dict[str, set[str]] = {}
    for options in masked.values():
        for c in options:
            if c in sound:
                by_sound.setdefault(sound[c], set()).add(c)
    singles = {w: f for w, f in freq.items() if len(w) == 1}
    lex = Lexicon(freq, singles, tags, shapes, sound, masked,
                  {k: frozenset(v) for k, v in by_sound.items()}, total)
    lex.rare_typos = frozenset(w for w in rarities if _correctable(lex, w))
    lex.halves = phrase_halves(freq, idioms)
    from app import lexicon_slips

    floor = {w for w in rarities if len(w) <= 4}
    lex.tone = lexicon_slips.main_tones(readings, wanted)
    lex.other_sounds = ("".join(c for c, _s in others), "\n".join(s for _c, s in others))
    lex.strong_pairs = lexicon_slips.strong_pairs(freq, singles, lex.tone, floor, total)
    lex.compound_slips = lexicon_slips.compound_slips(freq, lex.tone, floor)
    lex.collocation_slips = lexicon_slips.collocation_slips(freq, lex.tone, floor, _TONELESS,
                                                            tags)
    lex.half_slips = lexicon_slips.half_slips(freq, lex.tone, floor, lex.halves)
    return lex


HEAD, TAIL, RARE = 1, 2, 4  # what a two-character string is to the set phrases (bits)
RARE_HALF = 1000  # a half of a four-character word less frequent than this on its own


def phrase_halves(freq: dict[str, int], idioms: set[str] | frozenset[str] = frozenset()
                  ) -> dict[str, int]:
    """What a two-character string is to the common four-character words: HEAD or TAIL, the
    first or the last half of a set phrase one of whose halves is no word at all (全力 and
    以赴 of 全力以赴, 分明 of 泾渭分明; not 社会 of 社会主义, a compound of two words); RARE, a
    half of any four-character word that is seldom a word of its own (毕露, 辈出). Built with
    the cache: a set phrase can only be mistyped next to one of its own halves."""
    halves: dict[str, int] = {}
    for w, f in freq.items():
        if len(w) != 4 or (f < COMMON_PHRASE and w not in idioms):
            continue
        head, tail = w[:2], w[2:]
        if head not in freq or tail not in freq:
            halves[head] = halves.get(head, 0) | HEAD
            halves[tail] = halves.get(tail, 0) | TAIL
        for h in (head, tail):
            if freq.get(h, 0) < RARE_HALF:
                halves[h] = halves.get(h, 0) | RARE
    return halves


def _correctable(lex: Lexicon, word: str) -> bool:
    """Whether some :meth:`Lexicon.corrections` of ``word`` exist (the test, without making
    them: it runs over the dictionary's 215,000 rarities when the cache is built)."""
    masked, replacements = lex.masked, lex.replacements
    for i, c in enumerate(word):
        options = masked.get(word[:i] + "\0" + word[i + 1:])
        if options and not replacements(c).isdisjoint(options):
            return True
    return False


# The cached tables: each big table as one string of keys joined by "\n" (no dictionary word
# holds whitespace) and its values as one string or an array of 64-bit counts. Loading builds
# each dict with dict(zip(...)) at C speed, about twice as fast as unmarshalling the dicts.
# Values that repeat (masked: 73,000 values, 12,000 distinct; tags: 4 distinct) are stored once,
# with an array of indices: every repeat is then the same string object (~5 MB less).
Packed = tuple[str, bytes, str, bytes, str, str, bytes, str, str, bytes,
               dict[str, frozenset[str]], dict[str, str], dict[str, frozenset[str]], str, int,
               str, bytes, dict[str, str], str, str, str, str, str, str, str, str, str, str]


def _shared(values: Iterable[str]) -> tuple[str, bytes]:
    """The distinct values joined by "\n", and each value's index among them (32-bit)."""
    index: dict[str, int] = {}
    order = array.array("i", (index.setdefault(v, len(index)) for v in values))
    return "\n".join(index), order.tobytes()


def _unshared(distinct: str, order: bytes) -> Iterator[str]:
    table = distinct.split("\n")
    indices = array.array("i")
    indices.frombytes(order)
    return map(table.__getitem__, indices)


def _counts(values: bytes) -> array.array[int]:
    out = array.array("q")
    out.frombytes(values)
    return out


def _pack(lex: Lexicon) -> Packed:
    return ("\n".join(lex.freq), array.array("q", lex.freq.values()).tobytes(),
            "\n".join(lex.singles), array.array("q", lex.singles.values()).tobytes(),
            "\n".join(lex.tags), *_shared(lex.tags.values()),
            "\n".join(lex.masked), *_shared(lex.masked.values()),
            lex.shapes, lex.sound, lex.by_sound, "\n".join(sorted(lex.rare_typos)), lex.total,
            "\n".join(lex.halves), bytes(lex.halves.values()), lex.tone,
            "\n".join(lex.strong_pairs), "\n".join(lex.strong_pairs.values()),
            "\n".join(lex.compound_slips), "\n".join(lex.compound_slips.values()),
            "\n".join(lex.collocation_slips), "\n".join(lex.collocation_slips.values()),
            "\n".join(lex.half_slips), "\n".join(lex.half_slips.values()),
            *lex.other_sounds)


def _unpack(p: Packed) -> Lexicon:
    (freq_keys, freq_values, single_keys, single_values, tag_keys, tag_distinct, tag_order,
     masked_keys, masked_distinct, masked_order, shapes, sound, by_sound, rare_typos, total,
     half_keys, half_kinds, tone, pair_keys, pair_values, slip_keys, slip_values,
     colloc_keys, colloc_values, half_slip_keys, half_slip_values, other_chars,
     other_readings) = p
    lex = Lexicon(dict(zip(freq_keys.split("\n"), _counts(freq_values), strict=True)),
                  dict(zip(single_keys.split("\n"), _counts(single_values), strict=True)),
                  dict(zip(tag_keys.split("\n"), _unshared(tag_distinct, tag_order),
                           strict=True)),
                  shapes, sound,
                  dict(zip(masked_keys.split("\n"), _unshared(masked_distinct, masked_order),
                           strict=True)),
                  by_sound, total, frozenset(rare_typos.split("\n")),
                  dict(zip(half_keys.split("\n"), half_kinds, strict=True)) if half_keys else {})
    lex.tone = tone
    lex.strong_pairs = _table(pair_keys, pair_values)
    lex.compound_slips = _table(slip_keys, slip_values)
    lex.collocation_slips = _table(colloc_keys, colloc_values)
    lex.half_slips = _table(half_slip_keys, half_slip_values)
    lex.other_sounds = (other_chars, other_readings)
    return lex


def _table(keys: str, values: str) -> dict[str, str]:
    return dict(zip(keys.split("\n"), values.split("\n"), strict=True)) if keys else {}


def _read_cache(path: Path | None) -> Lexicon | None:
    """The lexicon from its cache file, or None when there is none or it is damaged."""
    if path is None:
        return None
    try:
        packed = marshal.loads(path.read_bytes())
        if isinstance(packed, tuple) and len(packed) == 28:
            return _unpack(packed)
    except (OSError, EOFError, ValueError, TypeError, AttributeError, ZeroDivisionError):
        pass
    return None


def write_cache_file(path: Path | None, data: Packed | frozenset[str]) -> None:
    """``data`` marshalled next to its final name, then moved in (no torn file is read); files
    of the same kind (the name's part before its last "-") beyond the few most recent go
    (:func:`app.storage.paths.prune_cache_files`). This module's tables and app.modern_words's
    set."""
    if path is None:
        return
    import tempfile

    kind = path.name.rsplit("-", 1)[0]
    tmp = ""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{kind}-", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(data))
        os.replace(tmp, path)
        tmp = ""
        from app.storage.paths import prune_cache_files

        prune_cache_files(path.parent, kind, path.name)
    except OSError:
        pass  # a read-only data folder only costs the rebuild next time
    finally:
        if tmp:
            Path(tmp).unlink(missing_ok=True)


def load_shapes(path: Path | None = None) -> dict[str, frozenset[str]]:
    """Similar-shape groups: each line a group of characters separated by commas or spaces."""
    groups: dict[str, set[str]] = {}
    text = (path or DATA_DIR / "similar_shape.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        chars = [c for c in line if is_han(c)]
        for c in chars:
            groups.setdefault(c, set()).update(x for x in chars if x != c)
    return {c: frozenset(s) for c, s in groups.items()}


# Tone marks → plain letters (ü keeps no dots either: lü and lu count as one sound).
_TONELESS = str.maketrans({ch: base for base, marked in (
    ("a", "āáǎà"), ("e", "ēéěèếề"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔùüǖǘǚǜ"),
    ("m", "ḿ"), ("n", "ńňǹ")) for ch in marked})


@text_cache
def segments(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The words of ``text`` as rjieba segments it (no HMM: unknown runs stay single
    characters), and the offset where each starts followed by len(text); cached by paragraph
    text, shared by every rule that segments. Kept as two flat tuples so that a rule can look
    for the words it wants at C speed (tuple.index, set operations) instead of walking them all
    in Python."""
    import rjieba

    cut = rjieba.cut(text, False)
    return tuple(map(sys.intern, cut) if INTERN_WORDS else cut), (0, *accumulate(map(len, cut)))


# The same word of every paragraph made one string object (the window keeps the segments of a
# long session's paragraphs: 10.3 → 3.3 MB over the corpus). The lexicon worker of `check`,
# which ends after one command, turns it off: interning ~107,000 words grows the interpreter's
# table of interned strings for nothing there (~2 ms).
INTERN_WORDS = True


def word_indices(words: tuple[str, ...], wanted: Iterable[str]) -> list[int]:
    """Sorted indices of the words of ``words`` (a :func:`segments` tuple) that are in
    ``wanted``: found with tuple.index, so a paragraph's words are not walked one by one in
    Python."""
    out: list[int] = []
    for w in wanted:
        k = -1
        try:
            while True:
                k = words.index(w, k + 1)
                out.append(k)
        except ValueError:
            pass
    out.sort()
    return out


@text_cache
def spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of each word of :func:`segments`."""
    cut, starts = segments(text)
    return tuple(zip(starts, starts[1:], cut, strict=False))
