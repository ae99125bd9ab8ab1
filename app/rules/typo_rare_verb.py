"""typo/char: a verb the dictionary counts only a few times, written where its twin of the same
sound and tone, a common verb, was meant (修定了管理办法 → 修订, 事故漫延 → 蔓延).

The general search never looks at a word above the dictionary's floor: 修定 (7) is a word, a
form 《现代汉语词典》 records (修改审定). But a verb so rare beside a twin that is the same
syllables to an input method, the same part of speech and MIN_RATIO times as frequent is, in
official writing, the twin mistyped far more often than the rare form chosen: the writer typed
xiūdìng and took the first word offered. Where the segmentation gives such a verb (jieba's tag v,
counted at most RARE_VERB) and its twin is a frequent verb (typo_windows.is_verb), the twin is
proposed, unless the general search's guards hold (typo_quiet.written_on_purpose: a series, a
name, a coinage).

Measured (typo22) over ../shared's corpus, samples and realdocx, tests/data's real text and the
fixed and raw pages of unseen17–21, with the count raised to 60 and the ratio lowered to 10: the
only real verbs met are 叫好叫座 (叫座 24, 叫做 168 times as frequent), a set pair the count
of 20 leaves; the planted slips met are 漫延 (6, 蔓延 96×) and 修定 (7, 修订 122×).
"""

from __future__ import annotations

from app.lexicon import lexicon, segments
from app.rules.typo_quiet import written_on_purpose
from app.rules.typo_score import clause_gain
from app.rules.typo_windows import is_verb
from app.textcache import text_cache

RARE_VERB = 20  # the rare verb's count in jieba's dictionary, at most
MIN_RATIO = 50  # its twin at least this many times as frequent


@text_cache
def rare_verb_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, twin, gain) of each rare verb of ``text`` that is its common twin mistyped."""
    lex = lexicon()
    freq, tags = lex.freq, lex.tags
    words, starts = segments(text)
    out: list[tuple[int, int, str, float]] = []
    for k, word in enumerate(words):
        count = freq.get(word, 0)
        if len(word) != 2 or not 0 < count <= RARE_VERB or tags.get(word) != "v":
            continue
        start = starts[k]
        best: tuple[int, str, int] | None = None
        for i in (0, 1):
            for c in lex.same_tone(word[i]):
                twin = word[:i] + c + word[i + 1:]
                if c != word[i] and freq.get(twin, 0) >= MIN_RATIO * count and \
                        is_verb(lex, twin) and (best is None or freq[twin] > best[0]):
                    best = (freq[twin], twin, i)
        if best is not None and not written_on_purpose(text, start, start + 2, best[2], best[1]):
            out.append((start, start + 2, best[1], clause_gain(text, start, start + 2, best[1])))
    return tuple(out)
