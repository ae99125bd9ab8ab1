"""typo/char: a verb the dictionary counts only a few times, written where its twin of the same
sound and tone, a common verb, was meant (修定了管理办法 → 修订, 事故漫延 → 蔓延).

The general search never looks at a word above the dictionary's floor: 修定 (7) is a word, a
form 《现代汉语词典》 records (修改审定). But a verb so rare beside a twin that is the same
syllables to an input method, the same part of speech and MIN_RATIO times as frequent is, in
official writing, the twin mistyped far more often than the rare form chosen: the writer typed
xiūdìng and took the first word offered. Where the segmentation gives such a verb (jieba's tag v,
counted at most RARE_VERB) and its twin is a frequent verb (typo_windows.is_verb), the twin is
proposed where the verb is marked as an act done or made a modifier (了, 过, 后, 的: 修定了,
修定后的方案) and the general search's guards let it pass (typo_quiet.written_on_purpose: a
series, a name, a coinage). Unmarked, the rare forms' own uses are met (受权发布, 借机受礼,
查寻资料), and a slip is as often followed by its object as not. The verbs are listed once,
from the lexicon, by
packaging/make_context_tables.py (app/data/rare_verbs.txt: 27 of them).

Measured (typo22) over ../shared's corpus, samples and realdocx, tests/data's real text and the
fixed and raw pages of unseen17–21, with the count raised to 60 and the ratio lowered to 10: the
only real verbs met are 叫好叫座 (叫座 24, 叫做 168 times as frequent), a set pair the count
of 20 leaves; the planted slips met are 漫延 (6, 蔓延 96×) and 修定 (7, 修订 122×). Several of
the 27 rare verbs are real words (受权, 授命, 查寻, 融解): none is met in that text.
"""

from __future__ import annotations

from functools import cache
from itertools import compress, count

from app.lexicon import segments
from app.rules.base import data_lines
from app.rules.typo_quiet import written_on_purpose
from app.rules.typo_score import clause_gain
from app.textcache import text_cache

# what follows a verb marked as an act done or made a modifier (修定了, 修定后的, 修定的办法)
DONE = frozenset("了过后的")
RARE_VERB = 20  # the rare verb's count in jieba's dictionary, at most
MIN_RATIO = 50  # its twin at least this many times as frequent


@cache
def rare_verbs() -> dict[str, str]:
    """rare verb → its frequent twin (app/data/rare_verbs.txt, by
    packaging/make_context_tables.py with RARE_VERB and MIN_RATIO)."""
    return dict(line.split("\t") for line in data_lines("rare_verbs.txt"))


@text_cache
def rare_verb_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, twin, gain) of each rare verb of ``text`` that is its common twin mistyped."""
    table = rare_verbs()
    words, starts = segments(text)
    out: list[tuple[int, int, str, float]] = []
    for k in compress(count(), map(table.__contains__, words)):
        word, start = words[k], starts[k]
        twin = table[word]
        i = 0 if twin[0] != word[0] else 1
        if text[start + 2:start + 3] not in DONE:
            continue  # unmarked: 受权发布, 借机受礼, 查寻资料 (the rare forms' own uses)
        if not written_on_purpose(text, start, start + 2, i, twin):
            out.append((start, start + 2, twin, clause_gain(text, start, start + 2, twin)))
    return tuple(out)
