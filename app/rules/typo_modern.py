"""Words that are well known in today's Chinese though jieba's dictionary (2012) counts them low.

jieba's frequencies come from text of its time: words of current official writing such as 舆情
(92), 师资 (362) or 值班 (473) sit below the level at which typo/char trusts a same-sound, same-tone
correction on its lower bar (``WELL_KNOWN``, 500: 效律 → 效率). A slip into them (舆晴, 师姿,
值斑) then needs the full bar, which the unigram model does not reach (e^8.6). wordfreq's Chinese
list (Apache-2.0; subtitles, Wikipedia, news, books and web text to 2021; read as a file, as
app/modern_words.py does) counts them as everyday words (舆情 2,306, 师资 6,654, 值班 5,695 on
its scale, where 效率 is 52,000). Only words jieba already holds as common words can be
corrections at all, so the list never brings in a web-text misspelling (己经, 亚州): it only
vouches that a word the dictionary knows is current.
"""

from __future__ import annotations

import functools

# a two-character word at least this frequent in wordfreq's list is well known today. The list
# starts at 1,000; jieba's words at its WELL_KNOWN level (450–600) have a median of ~5,200 on
# its scale, its words of 300–499 a quartile of ~2,500: 2,000 is about the level of jieba's
# words of a few hundred, which is why such a correction gets a bar of its own (MIN_GAIN_TODAY),
# not the same-tone bar of a word jieba itself counts well known
TODAY_MIN = 2000
# … and the bar such a same-tone correction needs: between the full bar (e^9) and the bar of a
# word jieba itself counts well known (e^6), since the list counts web text too; the slips gain
# e^8.5–8.7 (舆晴, 师姿, 值斑), while an abbreviation of two verbs' first characters gains less
# (产消 for 生产 and 消纳 beside 产销: e^6.6, real text)
MIN_GAIN_TODAY = 8.0


FORMAT = 1  # of the cache file


@functools.cache
def _known_today() -> frozenset[str]:
    """The two-character words of the list at least TODAY_MIN frequent (empty without
    wordfreq). Parsing the list takes ~0.1 s, so the set is kept in the data folder's cache
    (``today-<hash>.marshal``, ~1 ms to read), as app/modern_words.py keeps its own."""
    from app.lexicon import cache_file_for
    from app.modern_words import _source, cached_word_set

    source = _source()
    if source is None:
        return frozenset()
    return cached_word_set(
        cache_file_for("today", [FORMAT, TODAY_MIN], [source]), source,
        lambda words: frozenset(w for w, f in words.items() if len(w) == 2 and f >= TODAY_MIN))


def well_known_today(word: str) -> bool:
    """Whether the two-character ``word`` is an everyday word of today's usage (TODAY_MIN)."""
    return word in _known_today()
