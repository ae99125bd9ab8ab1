"""The four-character entries of pypinyin's phrase list, as a set: the set phrases (成语) whose
one-character misspellings jieba's dictionary keeps at its floor.

pypinyin (MIT) ships the readings of 47,000 phrases, among them some 20,000 four-character
entries of an idiom dictionary (真知灼见, 同心同德, 锲而不舍). app/lexicon.py reads them when it
builds its tables, to count a phrase jieba holds rarely as a set phrase; typo/char also asks
whether a correction is one of them (app/rules/typo.py ``_bar``): a rarity of jieba's floor one
same-tone character away from such an entry is a misspelling of it (all 41 such rarities of the
dictionary are: 真知卓见, 中流底柱, 自立更生, 金榜提名 …), even where both halves of the phrase are
words of their own (真知 and 灼见), which the lexicon's ``halves`` leave out to spare compounds
(执业资格 beside 职业资格). Only asked for a candidate near that bar, so the set is read on
first need, from a small cache file (``idioms-<hash>.marshal``, ~1 ms) after the first time.
"""

from __future__ import annotations

import functools
import marshal

FORMAT = 1  # of the cache file


@functools.cache
def idioms() -> frozenset[str]:
    """The four-character phrases of pypinyin's list (empty without pypinyin)."""
    import json

    from app.lexicon import _package_file, cache_file_for, write_cache_file

    try:
        source = _package_file("pypinyin", "phrases_dict.json")
    except RuntimeError:
        return frozenset()
    cache = cache_file_for("idioms", [FORMAT], [source])
    if cache is not None:
        try:
            cached = marshal.loads(cache.read_bytes())
            if isinstance(cached, frozenset):
                return cached
        except (OSError, EOFError, ValueError, TypeError):
            pass
    try:
        found = frozenset(w for w in json.loads(source.read_text(encoding="utf-8"))
                          if len(w) == 4)
    except (OSError, UnicodeDecodeError, ValueError):
        return frozenset()
    write_cache_file(cache, found)
    return found
