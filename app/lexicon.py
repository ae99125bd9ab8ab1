"""The Chinese lexicon the wording checks share: word frequencies, parts of speech, segmentation,
and the character confusion sets (same sound, similar shape).

Why these sources (see docs/checks.md):
- Words, frequencies and part-of-speech tags: jieba's dictionary (``jieba/dict.txt``, 349,046
  words, MIT), read as a file: importing jieba itself would build its own prefix dictionary
  (0.4 s) that we do not use.
- Segmentation: rjieba (Rust port of jieba with the same dictionary, MIT): it segments the whole
  corpus in about 20 ms where jieba needs 300 ms.
- Same sound: pypinyin's character readings (MIT); tones are ignored, because a wrong character
  typed through a pinyin input method usually shares the syllable, not always the tone.
- Similar shape: app/data/similar_shape.txt (its header names the sources and licences).

Everything is loaded once per process, on first use (:func:`lexicon`), and never touches the
network. ``Lexicon.load_seconds`` keeps the measured load time for the benchmark.
"""

from __future__ import annotations

import importlib.util
import math
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
_LOCK = threading.Lock()
_LEXICON: Lexicon | None = None


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


@dataclass
class Lexicon:
    """Word → frequency and tag, with a unigram language model over them."""

    freq: dict[str, int]
    tags: dict[str, str]
    shapes: dict[str, frozenset[str]]
    total: int = 0
    load_seconds: float = 0.0
    _unknown_logp: float = field(default=0.0, repr=False)

    def __post_init__(self) -> None:
        self.total = sum(self.freq.values()) or 1
        self._unknown_logp = math.log(0.5 / self.total)

    def logp(self, word: str) -> float:
        f = self.freq.get(word)
        return math.log(f / self.total) if f else self._unknown_logp

    def best_logp(self, text: str, max_len: int = 6) -> float:
        """Log-probability of the best segmentation of ``text`` (a unigram model, as jieba's)."""
        return self.best_split(text, max_len)[0]

    def best_split(self, text: str, max_len: int = 6, min_freq: int = 0
                   ) -> tuple[float, list[str]]:
        """The best segmentation of ``text`` under the unigram model, with its log-probability.

        Words of two or more characters at most ``min_freq`` frequent are left out (the
        dictionary's rarities, among them a few attested misspellings)."""
        n = len(text)
        best = [0.0] + [-math.inf] * n
        back = [0] * (n + 1)
        for end in range(1, n + 1):
            for start in range(max(0, end - max_len), end):
                f = self.freq.get(text[start:end])
                if end - start > 1 and (f is None or f <= min_freq):
                    continue
                score = best[start] + (math.log(f / self.total) if f else self._unknown_logp)
                if score > best[end]:
                    best[end], back[end] = score, start
        words: list[str] = []
        end = n
        while end > 0:
            words.append(text[back[end]:end])
            end = back[end]
        return best[n], words[::-1]

    def same_sound(self, a: str, b: str) -> bool:
        """Same syllable (tone aside) in the characters' main readings: 积/绩, not 赋/不 (fǒu)."""
        ra, rb = readings(a), readings(b)
        return bool(ra) and bool(rb) and ra[0] == rb[0]

    def similar_shape(self, a: str, b: str) -> bool:
        return b in self.shapes.get(a, ())


def lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first use (thread-safe: the UI analyses in a worker)."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:
            if _LEXICON is None:
                _LEXICON = _load()
    return _LEXICON


def _load() -> Lexicon:
    start = time.perf_counter()
    raw = _package_file("jieba", "dict.txt").read_text(encoding="utf-8").split()
    words = raw[0::3]
    freq = dict(zip(words, map(int, raw[1::3]), strict=True))
    tags = dict(zip(words, raw[2::3], strict=True))
    lex = Lexicon(freq, tags, load_shapes())
    lex.load_seconds = time.perf_counter() - start
    return lex


def load_shapes(path: Path | None = None) -> dict[str, frozenset[str]]:
    """Similar-shape groups: each line a group of characters separated by commas or spaces."""
    groups: dict[str, set[str]] = {}
    text = (path or DATA / "similar_shape.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        chars = [c for c in line if is_han(c)]
        for c in chars:
            groups.setdefault(c, set()).update(x for x in chars if x != c)
    return {c: frozenset(s) for c, s in groups.items()}


# Tone marks → plain letters (ü keeps no dots either: lü and lu count as one sound).
_TONELESS = str.maketrans({ch: base for base, marked in (
    ("a", "āáǎà"), ("e", "ēéěèê̄ếê̌ề"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔùüǖǘǚǜ"),
    ("m", "ḿ"), ("n", "ńňǹ")) for ch in marked if len(ch) == 1})


@cache
def readings(c: str) -> tuple[str, ...]:
    """The toneless pinyin syllables of a character, main reading first (empty if none)."""
    value = _pinyin_table().get(ord(c))
    return tuple(value.translate(_TONELESS).split(",")) if value else ()


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[int, str]:
    from pypinyin.pinyin_dict import pinyin_dict

    return pinyin_dict


@lru_cache(maxsize=65536)
def segment(text: str) -> tuple[str, ...]:
    """Words of ``text`` by rjieba (no HMM: unknown runs stay single characters)."""
    import rjieba

    return tuple(rjieba.cut(text, False))


def spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each segmented word of ``text``."""
    pos = 0
    for w in segment(text):
        yield pos, pos + len(w), w
        pos += len(w)


def word_boundaries(text: str) -> frozenset[int]:
    """Offsets where a segmented word begins or ends (a match must not cut a word in two)."""
    return _boundaries(text)


@lru_cache(maxsize=65536)
def _boundaries(text: str) -> frozenset[int]:
    out = {0}
    for _start, end, _w in spans(text):
        out.add(end)
    return frozenset(out)
