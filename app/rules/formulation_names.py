"""The name of a numbered formulation, quoted, with one character typed wrong: “两个唯护” for
“两个维护”, “四个自性” for “四个自信”, “三严三是” for “三严三实”.

The wrong character is often a word of its own with the one before it (意思, 自性), so the
typo model, which looks for rare words, cannot see it; and a quoted short phrase is the way a
report names a formulation, so the quotes tell that a formulation is meant. A quoted phrase is
read as a slip of a known name only when it has the name's length and numeral, differs from it
in one character after the numeral, and that character sounds like the right one (the same
syllable, tones aside, or one fuzzy-pinyin step: 自性/自信) or looks like it (the shipped
similar-shape table): “四个意见” (jiàn is no shí) stays a local slogan of its own. The numeral
itself may be the slip only as 二 for 两 (“二个维护”: before a measure word 二 is read 两).

The names are those of app/data/formulations.json (counts and lists) that begin with a numeral
and have four to seven characters (the two-character 四风, 六稳 are left: one character of two
differs in too many quoted words). Readings come from pypinyin's table and are loaded only
when a quoted phrase comes that near a name."""

from __future__ import annotations

import json
import re
from functools import cache

from app.rules.formulation_data import _data

_NAME = re.compile(r"[一二三四五六七八九十两][\u4e00-\u9fff]{3,6}")
_QUOTED = re.compile(r"“([\u4e00-\u9fff]{4,7})”")
# after the numeral: the measure words and 大 say how the items are counted, not what they are
_COUNTING = frozenset("个大位项条种")


@cache
def _names() -> dict[str, str]:
    """Each name → the source that fixes it."""
    data = _data()
    out: dict[str, str] = {}
    for c in data["counts"]:
        if _NAME.fullmatch(c["name"]):
            out[c["name"]] = c["source"]
    for e in data["lists"]:
        if _NAME.fullmatch(e["name"]):
            out.setdefault(e["name"], e["source"])
    return out


@cache
def _by_shape() -> dict[int, list[str]]:
    """The names by length, for the quoted phrases to be compared with."""
    out: dict[int, list[str]] = {}
    for name in _names():
        out.setdefault(len(name), []).append(name)
    return out


@cache
def _readings() -> dict[str, frozenset[str]]:
    """Character → its toneless readings (pypinyin's pinyin_dict.json, MIT), toneless as the
    lexicon makes them (app.lexicon._TONELESS: the table itself is not loaded here)."""
    from app.lexicon import _TONELESS, _package_file

    table = json.loads(_package_file("pypinyin", "pinyin_dict.json").read_text("utf-8"))
    return {chr(int(code)): frozenset(r.translate(_TONELESS) for r in value.split(","))
            for code, value in table.items()}


@cache
def _shapes() -> dict[str, frozenset[str]]:
    from app.lexicon import load_shapes

    return load_shapes()


def _alike(wrong: str, right: str) -> bool:
    """``wrong`` sounds like ``right`` (a shared syllable, or one fuzzy step) or looks like it."""
    from app.rules.typo_phrases import near_sound

    readings = _readings()
    heard, meant = readings.get(wrong, frozenset()), readings.get(right, frozenset())
    if heard & meant or any(near_sound(a, b) for a in heard for b in meant):
        return True
    shapes = _shapes()
    return wrong in shapes.get(right, ()) or right in shapes.get(wrong, ())


def _slip_of(phrase: str) -> str | None:
    """The name ``phrase`` is a one-character slip of, if any."""
    if phrase in _names():
        return None
    for name in _by_shape().get(len(phrase), ()):
        if phrase[0] != name[0]:
            if {phrase[0], name[0]} == {"二", "两"} and phrase[1:] == name[1:]:
                return name  # “二个维护”: before a measure word the count is 两
            continue
        apart = [i for i in range(1, len(name)) if phrase[i] != name[i]]
        if len(apart) == 1 and name[apart[0]] not in _COUNTING and \
                _alike(phrase[apart[0]], name[apart[0]]):
            return name
    return None


def misspelt_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, right name, its source) for each quoted slip of a name in ``text``."""
    out = []
    for m in _QUOTED.finditer(text):
        phrase = m.group(1)
        if len(phrase) not in _by_shape() or phrase[0] not in "一二三四五六七八九十两":
            continue
        name = _slip_of(phrase)
        if name is not None:
            out.append((m.start(1), m.end(1), name, _names()[name]))
    return out


# The numbered names the documents that fix them, and every report quoting them, write in
# quotation marks (2024年《政府工作报告》: 增强“四个意识”、坚定“四个自信”、做到“两个维护”; the 2021
# 决议: “两个确立”): typed bare (树牢四个意识，坚定四个自信，坚决做到两个维护, unseen23) the name
# reads as a plain count. Reported only where it is such a name: next to another of them in the
# paragraph, or right after the verb it goes with (两个维护站 is a count of stations), and only
# where the name ends a word (四个意识形态阵地 counts positions of 意识形态).
_ALWAYS_QUOTED = ("四个意识", "四个自信", "两个维护", "两个确立")
_BARE = re.compile("|".join(_ALWAYS_QUOTED))
_ITS_VERB = re.compile("(?:增强|树牢|树立|坚定|做到|领悟|捍卫)$")
_ENCLOSED = re.compile("“[^“”]*”|‘[^‘’]*’|《[^《》]*》|「[^「」]*」|\"[^\"]*\"")
_QUOTE_MARKS = frozenset("“”‘’「」\"'")
# what may follow the name in running text: a mark, or a particle or joiner, not a character
# that carries a word on (形态, 站, 中心)
_AFTER = re.compile("[^\u4e00-\u9fff]|[的和与及是为上中要]")


def unquoted_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, source) of each of the always-quoted names written without quotes."""
    if not any(name in text for name in _ALWAYS_QUOTED):
        return []
    every = [m for m in _BARE.finditer(text) if _AFTER.match(text, m.end()) or m.end() == len(text)]
    inside = [m.span() for m in _ENCLOSED.finditer(text)]
    company = len({m.group() for m in every}) >= 2
    out = []
    for m in every:
        s, e = m.span()
        if any(a <= s and e <= b for a, b in inside) or \
                (s and text[s - 1] in _QUOTE_MARKS) or (e < len(text) and text[e] in _QUOTE_MARKS):
            continue  # quoted, or a quote mark of its own (unbalanced: another rule's)
        if company or _ITS_VERB.search(text, max(0, s - 2), s):
            out.append((s, e, _names().get(m.group(), "2024年《政府工作报告》")))
    return out
