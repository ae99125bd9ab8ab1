"""wording/variant: a non-recommended 异形词 (variant word form), with its recommended form.

The list is 《第一批异形词整理表》 (GF 1001-2001) and two entries of the
《264组异形词整理表（草案）》 (app/data/variant_words.txt names the source of each). A
variant form is no misspelling: the standard only recommends one of two forms in use, so the
finding is a warning (an info for the draft's entries), never an error, and its fix writes the
recommended form.

Precision: a variant's characters often belong to other words (定单 in 确定单位, 色采 in
绿色采购, 股分 in 按股分红, 座落 in 一座座落在山间). A match counts only where it stands as
whole words of the paragraph's segmentation (:func:`app.lexicon.segments`, rjieba on jieba's
dictionary, the one every lexicon rule shares): both of its edges must be word boundaries.
Further guards, each from a reading the segmentation cannot tell apart:
- 座落 right after a numeral or demonstrative (一座座落, 那座落在) is a measure word and 落;
- 联绵字, 联绵词 are the terms, kept by the table's own note;
- a title in 《》 is cited as issued, whatever its spelling, and so is a label in 【】 (a drug
  label's 【成份】 heading is the term of 《药品说明书和标签管理规定》);
- a two-character variant after a surname standing alone (李|惟一) or before a person's title
  (惟一同志) is a given name.
Without the lexicon nothing is reported (it could not tell a word from a seam).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.lexicon import available, lexicon, segments, word_indices
from app.model import Document
from app.rules.base import RuleInfo, data_lines, prose_paragraphs
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.engine import Analysis

NORM = ("《第一批异形词整理表》（GF 1001-2001）；《264组异形词整理表（草案）》"
        "（来源逐条见 app/data/variant_words.txt）")
VARIANT = RuleInfo("wording/variant", Severity.WARNING, "异形词", NORM)
RULES = [VARIANT]

_STANDARD = "GF 1001-2001《第一批异形词整理表》"
_DRAFT = "《264组异形词整理表（草案）》"


def _load() -> dict[str, tuple[str, str]]:
    """variant → (recommended form, source code) from app/data/variant_words.txt."""
    rows = (line.split("\t") for line in data_lines("variant_words.txt"))
    return {row[0]: (row[1], row[2]) for row in rows if len(row) >= 3}


VARIANTS = _load()

# A two-character variant that jieba's dictionary lacks is cut in two there; where both of its
# characters are common words alone (元|来, 就|坐, 计|画), any sentence can hold them side by
# side (花了100元来购买, 他来了就坐), so such a variant is never taken for a word
COMMON_ALONE = 1000

# a character before 座落 that makes 座 a measure word (一座座落在山间, 那座落在山顶的寺庙)
_MEASURED = frozenset("一二三四五六七八九十两几多每这那哪某各数百千万")
# a character after the variant that makes it part of a term the table keeps (联绵字, 联绵词)
_KEPT_BEFORE: dict[str, frozenset[str]] = {"联绵": frozenset("字词")}


# A variant: (its form, its words as the segmentation cuts it alone, the place of the word it
# is looked for by among them)
Entry = tuple[str, tuple[str, ...], int]


@functools.cache
def _tables() -> tuple[frozenset[str], dict[str, tuple[Entry, ...]]]:
    """The variants by the word they are looked for by: (those words, word → its variants).

    A variant stands as a word where the paragraph's segmentation puts word boundaries at both
    its edges; then, the best segmentation of a stretch between two of its boundaries being
    the best segmentation of that stretch alone, the words inside are the variant's own words
    (定单 as 定单, 负嵎顽抗 as 负|嵎|顽抗). So each variant is looked for by the rarest of its own
    words, among the paragraph's words (a set lookup at C speed; one alternation of all the
    variants tried hundreds of branches at every position of every paragraph), and the words
    around are compared. Left out: a two-character variant jieba's dictionary lacks made of two
    characters each common alone (元|来, 就|坐: COMMON_ALONE)."""
    freq = lexicon().freq
    by_word: dict[str, list[Entry]] = {}
    for variant in VARIANTS:
        words = tuple(segments(variant)[0])
        if len(variant) == 2 and len(words) == 2 and \
                min(freq.get(words[0], 0), freq.get(words[1], 0)) >= COMMON_ALONE:
            continue
        rarest = min(range(len(words)), key=lambda k: freq.get(words[k], 0))
        by_word.setdefault(words[rarest], []).append((variant, words, rarest))
    return frozenset(by_word), {w: tuple(e) for w, e in by_word.items()}


# the common single-character surnames (the list the typo check's name guard reads)
SURNAMES = frozenset(c for line in data_lines("surnames.txt") for c in line.split())
# what follows a person's name (惟一同志, 希奇主任)
_TITLE_AFTER = re.compile("同志|先生|女士|书记|主任|局长|县长|市长|省长|区长|乡长|镇长|村长|"
                          "院长|校长|经理|董事长|部长|处长|科长|委员|代表|教授|老师")


def _a_name(text: str, start: int, end: int, words: tuple[str, ...], at: int) -> bool:
    """The two-character variant at words[at] reads as a given name: a surname standing
    alone before it (李|惟一), or a person's title right after it (惟一同志)."""
    if end - start != 2:
        return False
    if at > 0 and words[at - 1] in SURNAMES:
        return True
    return _TITLE_AFTER.match(text, end) is not None


def _in_title(text: str, start: int) -> bool:
    """``start`` lies inside a 《…》 opened before it and not yet closed."""
    return text.rfind("《", 0, start) > text.rfind("》", 0, start)


@text_cache
def variant_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, variant) of each listed variant form that stands as whole words of
    ``text``'s segmentation (see the module's docstring for the guards)."""
    if not available():
        return ()
    keys, by_word = _tables()
    words, starts = segments(text)
    found = []
    for j in word_indices(words, keys.intersection(words)):
        for variant, own, at in by_word[words[j]]:
            k = j - at
            if k >= 0 and words[k:k + len(own)] == own:
                found.append((starts[k], starts[k + len(own)], variant, k))
    out: list[tuple[int, int, str]] = []
    for start, end, word, k in sorted(found, key=lambda f: (f[0], -f[1])):
        if out and start < out[-1][1]:
            continue  # inside a longer variant found at the same place
        if _a_name(text, start, end, words, k):
            continue
        if word == "座落" and start > 0 and text[start - 1] in _MEASURED:
            continue
        kept = _KEPT_BEFORE.get(word)
        if kept is not None and end < len(text) and text[end] in kept:
            continue
        if _in_title(text, start) or (text[start - 1:start] == "【" and text[end:end + 1] == "】"):
            continue
        out.append((start, end, word))
    return tuple(out)


def check(doc: Document, analysis: Analysis) -> list[Finding]:
    out: list[Finding] = []
    for i, text in prose_paragraphs(doc, analysis):
        for start, end, word in variant_words(text):
            right, source = VARIANTS[word]
            draft = source == "D"
            fix = Fix((Edit(i, start, end, right),), f"改为“{right}”")
            message = (f"异形词：“{word}”的推荐词形为“{right}”"
                       f"（{_DRAFT if draft else _STANDARD}）")
            out.append(VARIANT.finding(message, i, start, end, fix=fix,
                                       severity=Severity.INFO if draft else None))
    return out
