"""typo/traditional: a traditional-only character (繁体字, 旧字形) in a document written in
simplified characters, with its simplified form: 网络與情 → 舆情, 裏面 → 里面. Text copied from a
web page, a scanned file or a traditional-character input mode carries such characters, and the
eye passes over them because they look like the character meant.

Why a rule of its own and not typo/char: typo/char is a statistical guess (a replacement that
makes the clause far more probable, a warning that is right most of the time); a traditional-only
character is a fact of the script, found by a table, whatever the context. Its only guess is the
simplified form's choice (below). It stays in the typo family, because what the writer sees is a
wrong character (错别字), and `check --rules typo` and the recall bench count it there; the
hygiene family is about layout and punctuation.

The table (app/data/traditional_chars.txt, 2,559 characters) is OpenCC's TSCharacters.txt
(Apache-2.0) less every character that can be right in simplified text: one that GB 2312 holds
(乾, 於, 著 in names and set words) or that is the simplified form of another (packaging/
make_traditional.py). The simplified form is the table's first, unless with its neighbours it
makes no word while a character of the same syllable does, which makes a common word (與 is the
traditional form of 与, but 與情 is a slip of 舆情, which a traditional input mode offers for yu).

Left alone: a paragraph written in traditional characters (it holds fewer of the characters
only simplified text has, 这, 们, 发 — app/data/simplified_only_chars.txt, from OpenCC's
STCharacters — than traditional-only ones: a text in traditional characters, or one quoted
whole), and a title in 《》 or a quotation in 「」『』 (a work's own title, a quoted name). The
rule runs inside typo's check, so, like typo/char, it decides on a paragraph alone
(app.lexicon_results: the unit cache), and a span the document writes twice is left out as
typo/char's are.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from app.findings import Edit, Finding, Fix, Severity
from app.rules.base import RuleInfo, data_lines
from app.textcache import text_cache

if TYPE_CHECKING:
    from app.lexicon_model import Lexicon

TRADITIONAL = RuleInfo("typo/traditional", Severity.WARNING, "繁体字",
                       "《中华人民共和国国家通用语言文字法》《通用规范汉字表》；"
                       "繁简对照：OpenCC TSCharacters（docs/checks.md）")

_HAN = re.compile(r"[\u4e00-\u9fff]")
# a title or a quotation in corner brackets: its own spelling
_QUOTED = re.compile(r"《[^《》\n]{0,60}》|「[^「」\n]{0,60}」|『[^『』\n]{0,60}』")


@functools.cache
def table() -> dict[str, str]:
    """Traditional-only character → its simplified forms, the usual first."""
    return dict(line.split("\t", 1) for line in data_lines("traditional_chars.txt"))


@functools.cache
def _simplified_only() -> frozenset[str]:
    """The characters only simplified text holds (app/data/simplified_only_chars.txt: 这, 们)."""
    return frozenset("".join(data_lines("simplified_only_chars.txt")))


@functools.cache
def _pattern() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(table())) + "]+")


@text_cache
def runs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each run of traditional-only characters of ``text`` outside a title or a
    corner-bracket quotation (cached: typo's check asks twice per paragraph)."""
    if _pattern().search(text) is None:
        return ()
    found = [m.span() for m in _pattern().finditer(text)]
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    return tuple((s, e) for s, e in found if not any(a <= s and e <= b for a, b in quoted))


def simplified(text: str, start: int, end: int) -> str:
    """The simplified form of ``text[start:end]`` (traditional-only characters), chosen so that
    each character makes a word with its neighbours where it can (與情 → 舆情, see above)."""
    forms = table()
    plain = "".join(forms[c][0] for c in text[start:end])
    from app.lexicon import available, lexicon

    if not available():
        return plain
    lex = lexicon()
    out = list(plain)
    for k in range(len(out)):
        at = start + k
        before = text[max(0, at - 1):at] if k == 0 else out[k - 1]
        after = text[at + 1:at + 2] if k == len(out) - 1 else out[k + 1]
        out[k] = _with_neighbours(lex, forms[text[at]], before, after)
    return "".join(out)


def _with_neighbours(lex: Lexicon, forms: str, before: str, after: str) -> str:
    """The simplified form that makes a word with ``before`` or ``after``: one of ``forms``, else
    a character of the same syllable making a common word (the more frequent word), else the
    first form."""
    freq, sound, masked = lex.freq, lex.sound, lex.masked
    for c in forms:
        if before + c in freq or c + after in freq:
            return c
    syllables = {sound.get(c) for c in forms} - {None}
    best, best_f = forms[0], 0
    for key, pair in ((f"{before}\0", before + "{}"), (f"\0{after}", "{}" + after)):
        for c in masked.get(key, ""):
            f = freq.get(pair.format(c), 0)
            if sound.get(c) in syllables and f > best_f:
                best, best_f = c, f
    return best


def findings(text: str) -> list[tuple[int, int, int, int, str]]:
    """(start, end, run start, run end, simplified run) of each finding on ``text``: the span is
    the run with a Chinese neighbour (the word it stands in, 與情); nothing in a paragraph written
    in traditional characters."""
    found = runs(text)
    if not found or written_in_traditional(text, found):
        return []
    out = []
    for s, e in found:
        right = simplified(text, s, e)
        a, b = _word_span(text, s, e, right)
        out.append((a, b, s, e, right))
    return out


def written_in_traditional(text: str, found: tuple[tuple[int, int], ...]) -> bool:
    """The paragraph holds fewer characters only simplified text has (这, 们, 发) than
    traditional-only ones (``found``): it is written, or quoted whole, in traditional characters
    (政府工作報告; 一年來的主要工作是：), not simplified text with a slip (网络與情监测)."""
    simplified_only = _simplified_only()
    return sum(c in simplified_only for c in text) < sum(e - s for s, e in found)


def _word_span(text: str, s: int, e: int, right: str) -> tuple[int, int]:
    """The run ``text[s:e]`` with the neighbour its simplified form ``right`` makes a word with
    (召開 → 召开, 與情 → 舆情), else the next Chinese character, else the one before."""
    before, after = text[s - 1:s] if s else "", text[e:e + 1]
    from app.lexicon import available, lexicon

    freq = lexicon().freq if available() else {}
    if before and before + right in freq and right + after not in freq:
        return s - 1, e
    if _HAN.match(after):
        return s, e + 1
    return (s - 1 if before and _HAN.match(before) else s), e


def paragraph_findings(i: int, text: str) -> list[Finding]:
    """The findings on paragraph ``i`` (``text``). typo's check calls this for every prose
    paragraph; as typo/char's, a finding is found on its paragraph alone, then left out where the
    document writes its span twice (app.lexicon_results)."""
    out: list[Finding] = []
    for a, b, s, e, right in findings(text):
        word = text[a:s] + right + text[e:b]
        usual = "".join(table()[c][0] for c in text[s:e])
        note = "" if usual == right else \
            f"（“{text[s:e]}”简体作“{usual}”，此处应为同音的“{right}”）"
        fix = Fix((Edit(i, s, e, right),), f"改为“{right}”")
        out.append(TRADITIONAL.finding(f"繁体字：“{text[a:b]}”应为“{word}”{note}", i, a, b,
                                       fix=fix))
    return out
