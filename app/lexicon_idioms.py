"""The set phrases (成语) of pypinyin's phrase list that the lexicon's ``halves`` cannot see: the
four-character entries whose two halves are both words of their own (真知灼见: 真知, 灼见).

pypinyin (MIT) ships the readings of 47,000 phrases, among them some 20,000 four-character
entries of an idiom dictionary. app/lexicon.py reads them when it builds its tables, to count a
phrase jieba holds rarely as a set phrase; its ``halves`` mark a phrase only where one half is
no word (全力|以赴), to spare compounds of two words (执业资格 beside 职业资格). typo/char also asks
whether a correction is an entry of the list whose halves are both words (app/rules/typo.py
``_bar``): a rarity of jieba's floor one same-tone character away from such an entry is a
misspelling of it (all 41 such rarities of the dictionary are: 真知卓见, 中流底柱, 金榜提名
…). Only the 1,158 entries the lexicon counts above its floor can be corrections at all, so only
they are kept: the set is worked out on first need and kept in a small cache file
(``idioms-<hash>.marshal``, keyed like the lexicon's own: its sources, format and thresholds).
"""

from __future__ import annotations

import functools
import re

FORMAT = 2  # of the cache file


@functools.cache
def idioms() -> frozenset[str]:
    """The four-character entries of pypinyin's list above the lexicon's floor whose halves are
    both words (empty without the lexicon's packages)."""
    from app.lexicon import (
        CACHE_FORMAT,
        COMMON_PHRASE,
        FLOOR,
        HEAD,
        TAIL,
        _package_file,
        _sources,
        cache_file_for,
        lexicon,
    )
    from app.lexicon_pack import cached_set

    try:
        sources = _sources()
        source = _package_file("pypinyin", "phrases_dict.json")
    except RuntimeError:
        return frozenset()
    cache = cache_file_for("idioms", [FORMAT, CACHE_FORMAT, FLOOR, COMMON_PHRASE], sources)

    def build() -> frozenset[str]:
        entries = _four_character_keys(source.read_bytes())
        lex = lexicon()
        freq, halves = lex.freq, lex.halves
        return frozenset(w for w in entries if len(w) == 4 and w in freq and
                         not (halves.get(w[:2], 0) & HEAD or halves.get(w[2:], 0) & TAIL))

    return cached_set(cache, build)


# A key of the phrase list: a quoted string followed by a colon (the readings in its values are
# never followed by one). Four CJK characters are 12 to 16 bytes of UTF-8.
_KEY = re.compile(rb'"([^"\\]{12,16})"\s*:')


def _four_character_keys(data: bytes) -> list[str]:
    """The four-character phrases of pypinyin's phrases_dict.json, read from its keys alone.
    ``json.loads`` would build the readings of all 47,000 phrases too: ~30 MB of small objects
    that the allocator keeps after they are freed, in the window's process."""
    keys = (m.group(1).decode("utf-8") for m in _KEY.finditer(data))
    return [k for k in keys if len(k) == 4]
