"""Words of today's Chinese that jieba's dictionary (2012) lacks: 微博, 微信, 客服, 支付宝 —
words the typo check would otherwise take for a misspelling of an older, more frequent word of
the same sound (微博 → 微波, 微信 → 威信, 客服 → 克服: false alarms met on real web pages of
local government, docs/checks.md).

Source: wordfreq (Apache-2.0; Robyn Speer et al.), whose Chinese word list ``data/jieba_zh.txt``
(38,811 words, each with a frequency of at least 1,000 scaled, from subtitles, Wikipedia, news,
books and web text up to 2021) is read as a file, without importing the package. Being in it does
not make a word right: web text has its common misspellings too (己经, 亚州, 计画 are in it). A
word counts as attested only when

- jieba's dictionary does not hold it above its floor (those are words already),
- each of its characters is a common one of simplified text (not 瞭解: 瞭 is rare there), and
- no one-character change of the same sound or shape (:meth:`app.lexicon.Lexicon.corrections`)
  gives a word the list holds :data:`SLIP_RATIO` times more often (己经 beside 已经 is a slip,
  微博 beside 微波 is not).

The set (~3,000 words) is worked out once and kept in the data folder's cache next to the
lexicon's (a few milliseconds to read; the list itself takes ~30 ms to parse). Without the
package the set is empty and the typo check behaves as before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path

FORMAT = 1  # of the cache file
# A same-sound or look-alike neighbour this many times more frequent in the list makes a word
# a common slip of it, not a word of its own (己经 ≪ 已经; 客服 is half of 克服, a word).
SLIP_RATIO = 20
_LINE = re.compile(r"^([\u4e00-\u9fff]{2,4}) (\d+)$", re.MULTILINE)


def _source() -> Path | None:
    from app.lexicon import _package_file

    try:
        return _package_file("wordfreq", "data/jieba_zh.txt")
    except RuntimeError:
        return None


def word_list(path: Path) -> dict[str, int]:
    """Chinese words of two to four characters in wordfreq's list → their frequency."""
    return {w: int(f) for w, f in _LINE.findall(path.read_text(encoding="utf-8"))}


def attested_words(words: dict[str, int]) -> frozenset[str]:
    """The words of ``words`` (a wordfreq list) that the typo check must not correct."""
    from app.lexicon import RARE_CHAR, lexicon

    lex = lexicon()
    freq, singles = lex.freq, lex.singles
    out = set()
    for word, own in words.items():
        if word in freq or any(singles.get(c, 0) < RARE_CHAR for c in word):
            continue
        if not any(words.get(cand, 0) > SLIP_RATIO * own
                   for i in range(len(word)) for cand in lex.corrections(word, i)):
            out.add(word)
    return frozenset(out)


def _cache_file(source: Path) -> Path | None:
    from app.lexicon import CACHE_FORMAT, _sources, cache_file_for

    try:
        sources = [source, *_sources()]
    except RuntimeError:  # (jieba or pypinyin missing: no lexicon, no typo check to serve)
        return None
    # (the lexicon's format too: its corrections decide which words are slips)
    return cache_file_for("modern", [FORMAT, SLIP_RATIO, CACHE_FORMAT], sources)


def cached_word_set(cache: Path | None, source: Path,
                    build: Callable[[dict[str, int]], frozenset[str]]) -> frozenset[str]:
    """A set of words worked out from wordfreq's list (``build`` of the parsed list), read from
    its cache file when it is there and written to it otherwise: parsing the list takes ~0.1 s,
    reading the cache ~1–3 ms. Empty when the list cannot be read."""
    from app.lexicon_pack import cached_set

    return cached_set(cache, lambda: build(word_list(source)))


@functools.cache
def attested_set() -> frozenset[str]:
    """The attested words (empty without wordfreq), from the cache when it is there."""
    source = _source()
    if source is None:
        return frozenset()
    return cached_word_set(_cache_file(source), source, attested_words)


def attested(word: str) -> bool:
    """Whether ``word`` is a word of today's usage that jieba's dictionary lacks."""
    return word in attested_set()
