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

import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.lexicon import available, lexicon, segments
from app.model import Document, Role
from app.rules.base import RuleInfo, data_lines
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
_PATTERN = re.compile("|".join(sorted(map(re.escape, VARIANTS), key=len, reverse=True)))

# A two-character variant that jieba's dictionary lacks is cut in two there; where both of its
# characters are common words alone (元|来, 就|坐, 计|画), any sentence can hold them side by
# side (花了100元来购买, 他来了就坐), so such a variant is never taken for a word
COMMON_ALONE = 1000

# a character before 座落 that makes 座 a measure word (一座座落在山间, 那座落在山顶的寺庙)
_MEASURED = frozenset("一二三四五六七八九十两几多每这那哪某各数百千万")
# a character after the variant that makes it part of a term the table keeps (联绵字, 联绵词)
_KEPT_BEFORE: dict[str, frozenset[str]] = {"联绵": frozenset("字词")}


def _stands(word: str, start: int, words: tuple[str, ...], starts: tuple[int, ...]) -> bool:
    """The variant, its edges on word boundaries, is a word here: one word of the
    segmentation when the dictionary holds it (its pieces are then other words: 他来了就|坐),
    and when it does not, not two characters each common alone."""
    if segments(word)[0] == (word,):
        return words[starts.index(start)] == word
    if len(word) == 2:
        freq = lexicon().freq
        return min(freq.get(word[0], 0), freq.get(word[1], 0)) < COMMON_ALONE
    return True


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
    found = [(m.start(), m.end(), m.group()) for m in _PATTERN.finditer(text)]
    if not found or not available():
        return ()
    words, starts = segments(text)
    bounds = frozenset(starts)
    out = []
    for start, end, word in found:
        if start not in bounds or end not in bounds:
            continue  # a seam: 确定|单位 around 定单
        if not _stands(word, start, words, starts):
            continue
        if _a_name(text, start, end, words, starts.index(start)):
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
    for i, text in enumerate(doc.texts):
        if analysis.roles[i] in (Role.JUNK, Role.BLANK):
            continue
        for start, end, word in variant_words(text):
            right, source = VARIANTS[word]
            draft = source == "D"
            fix = Fix((Edit(i, start, end, right),), f"改为“{right}”")
            message = (f"异形词：“{word}”的推荐词形为“{right}”"
                       f"（{_DRAFT if draft else _STANDARD}）")
            out.append(VARIANT.finding(message, i, start, end, fix=fix,
                                       severity=Severity.INFO if draft else None))
    return out
