"""The first-character sets app/regex_cache.py writes into compiled patterns (app/regex_prefix.py):
a pattern given one finds exactly what re's own pattern finds, in every search-like call."""

from __future__ import annotations

import importlib
import re
import sys
from typing import Any

import pytest

from app import regex_cache
from app.regex_prefix import first_set, with_first_set
from tests.conftest import CORPUS_FILES

_compiler: Any = importlib.import_module("re._compiler")
_constants: Any = importlib.import_module("re._constants")
_parser: Any = importlib.import_module("re._parser")

SAMPLES = [
    "请在此处填写XX单位名称，这里写×年×月。",
    "一、总体情况\n（一）主要做法。今年以来，我们们坚持以习近平新时代中国特色社会主义思想为指导。",
    "完成投资12.5亿元，同比增长3.4%，2026年11月30日前全部到位；1 9 9 3 年，8.8 %。",
    "ABC-123 abc_def (x) [y] 'q' \"r\"  \t\u3000tail\u200b\ufeff&#9826; ? ？",
    "第三季度第3次会议，三、四个方面；十二、两项工作。",
    "",
    "aaa bbb\nccc\r\nddd 习近平同志 以人民为中心的发展思想",
    # digits and white space beyond ASCII (\\d and \\s are spelled out in the sets): Arabic-Indic,
    # full-width and mathematical (beyond the BMP) digits, ideographic and other spaces
    "٣ 个，３ 项，𝟑 条\u3000请\u2028批示；\x1c1\u00a0,000\u2003元 ᠐ 𑁦",
]

# constructs the set must follow (or leave alone) correctly
PATTERNS = [
    r"[XxＸｘ×]|此处|在此|请|这里",
    r"(?<![第\d])([一二两三四五六七八九十]+)、(?=[一二三])",
    r"(?:大约|将近)?\d+(?:\.\d+)?%",
    r"(?:^|[。；])\s*请(?:批示|批复)",
    r"\b\w+\b",
    r"(?m)^\s*[一二三]、",
    r"(?:x|)y|[^\W\d]z",
    r"(?a:\d)\d|\s[a-c]",
    r"(?>ab|a)c|(?:de)*+f",
    r"(a)?\1b|c",
    r"(?i)abc|习近平",
    r"[^，。]+。|，",
    r".习|平",
    r"a*",
    r"(?=(中央|习近|以人))",
    r"(?<=[，。])(?:[0-9]|十)[)）]|\d{1,3}(?:,\d{3})+",
    r"(?:约)?\d\s?[个项条]|\s[请批]",  # \d and \s first: spelled out, non-ASCII ones kept
]


def _same(fast: re.Pattern[str], slow: re.Pattern[str], text: str) -> None:
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
        [(m.span(), m.groups()) for m in slow.finditer(text)]
    assert fast.findall(text) == slow.findall(text)
    assert fast.sub("#", text) == slow.sub("#", text)
    assert fast.split(text) == slow.split(text)
    for pos in range(0, len(text) + 1, 7):
        left = fast.search(text, pos)
        right = slow.search(text, pos)
        assert (left and (left.span(), left.groups())) == (right and (right.span(),
                                                                      right.groups()))
        left, right = fast.match(text, pos), slow.match(text, pos)
        assert (left and left.span()) == (right and right.span())


def _fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    parsed = _parser.parse(pattern, flags)
    code = list(map(int, _compiler._code(parsed, flags)))
    fast_code = with_first_set(pattern, flags | parsed.state.flags, code)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        indexgroup[i] = name
    sre: Any = importlib.import_module("_sre")
    made: re.Pattern[str] = sre.compile(pattern, flags | parsed.state.flags, fast_code,
                                        parsed.state.groups - 1, dict(parsed.state.groupdict),
                                        tuple(indexgroup))
    return made


def _has_set(p: re.Pattern[str]) -> bool:
    """Whether the compiled code's info block carries a first-character set (read back from the
    pattern object: re exposes its code only through the parser, so compare with re's own)."""
    own = regex_cache._original or _compiler.compile  # (a check run in this process before
    return p != own(p.pattern, p.flags & ~re.UNICODE)  # may have set the hook)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_the_same_matches_as_res_own(pattern: str) -> None:
    fast, slow = _fast(pattern), (regex_cache._original or _compiler.compile)(pattern, 0)
    for text in SAMPLES:
        _same(fast, slow, text)


def test_sets_are_given_where_re_gives_none_and_only_there() -> None:
    # an alternation of a class and words, a lookbehind first, an optional part first: re
    # runs these at every position; they get a set
    for pattern in [*PATTERNS[:4], *PATTERNS[-2:]]:
        assert _has_set(_fast(pattern)), pattern
    # any character first, a negated class, a back reference, ignoring case, a pattern that
    # can match empty: nothing to tell, left as re made them
    for pattern in (r".习|平", r"[^，。]+。|，", r"(a)?\1b|c", r"(?i)abc|习近平", r"a*",
                    r"(?=(中央|习近|以人))"):
        assert not _has_set(_fast(pattern)), pattern
    # a literal prefix of re's own is kept
    assert _fast("习近平(?:同志)?") == _compiler.compile("习近平(?:同志)?", 0)


def test_first_set_is_every_character_a_match_can_start_with() -> None:
    def chars(pattern: str) -> set[str] | None:
        found = first_set(_parser.parse(pattern).data)
        if found is None:
            return None
        out: set[str] = set()
        for op, av in found:
            if op is _constants.LITERAL:
                out.add(chr(av))
            else:
                out |= {chr(c) for c in range(av[0], av[1] + 1)} if op is _constants.RANGE \
                    else {f"<{av}>"}
        return out

    assert chars(r"(?:x|)y") == {"x", "y"}
    assert chars(r"a?b*c") == {"a", "b", "c"}
    assert chars(r"(?<!第)[一-三]、") == {chr(c) for c in range(ord("一"), ord("三") + 1)}
    assert chars(r"(?:^|[。；])\s*请") == {"。", "；", "<CATEGORY_SPACE>", "请"}
    assert chars(r"a?b*") is None  # can match empty
    assert chars(r"a|.") is None
    pattern = r"(?:约)?\d\s?[个项条]|\s[请批]"
    own = (regex_cache._original or _compiler.compile)(pattern, 0)  # re's own
    assert [m.group() for m in _fast(pattern).finditer(SAMPLES[-1])] == \
        [m.group() for m in own.finditer(SAMPLES[-1])] == \
        ["٣ 个", "３ 项", "𝟑 条", "\u3000请", "\u2028批"]


def test_every_pattern_of_a_check_finds_the_same_over_the_corpus(
        tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every pattern the rule modules hold, as the hook makes it, against re's own pattern over
    the real reports' paragraphs (../shared/corpus when present) and this file's samples."""
    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(tmp_path))
    original = regex_cache._original or _compiler.compile
    from app.lexicon_worker import MODULES
    from app.rules import MODULE_NAMES

    for name in (*MODULE_NAMES, *MODULES):
        importlib.import_module(name)
    patterns = {(p.pattern, p.flags) for m in list(sys.modules.values())
                if (m.__name__ or "").startswith("app.")
                for p in vars(m).values() if isinstance(p, re.Pattern) and
                isinstance(p.pattern, str)}
    assert len(patterns) > 100
    lines = list(SAMPLES)
    for path in CORPUS_FILES:
        lines += path.read_text(encoding="utf-8").split("\n")
    text = "\n".join(dict.fromkeys(lines))
    given = 0
    for pattern, flags in sorted(patterns):
        fast = _fast(pattern, flags & ~re.UNICODE)
        slow = original(pattern, flags & ~re.UNICODE)
        given += _has_set(fast)
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
            [(m.span(), m.groups()) for m in slow.finditer(text)], pattern
    assert given > 50  # most of the rules' patterns had no set of re's own


WORD_LISTS = [
    ["中央", "习近", "中华", "人与", "中"],
    ["中央委员会", "中央", "中", "中华人民共和国", "华"],  # a prefix before and after its word
    ["中", "中央", "中央委员会"],  # shortest first: the first that matches wins, as before
    ["a-b", "a]", "a", "(x)", ".*", "\\d", "^", "^^"],  # characters re.escape must escape
    ["十", "十二", "两个维护", "两个确立", "四个意识", "四个自信", "四个全面"],
]


@pytest.mark.parametrize("words", WORD_LISTS)
def test_a_grouped_alternation_matches_as_the_plain_one(words: list[str]) -> None:
    from app.regex_prefix import word_alternation

    grouped = re.compile(word_alternation(words))
    plain = re.compile("|".join(map(re.escape, words)))
    assert grouped.pattern != plain.pattern or len({w[0] for w in words}) == len(words)
    texts = [*SAMPLES, "".join(words), " ".join(reversed(words)), "中央委员会中华人民共和国十二个"
             "四个全面两个维护a-ba](x).*\\d^^^"]
    for text in texts:
        assert [(m.span(), m.group()) for m in grouped.finditer(text)] == \
            [(m.span(), m.group()) for m in plain.finditer(text)], text


def test_the_formulation_lists_match_as_before() -> None:
    """The rules' own word lists (the enumerations' members, longest first; the short and
    swapped forms' heads), grouped, against the plain alternation over the real reports."""
    from app.regex_prefix import word_alternation
    from app.rules import formulation_data as fd
    from app.rules import formulation_forms as forms

    members = fd._member_pattern()
    spellings = {s for fl in fd._lists() for m in fl.members for s in m}
    names = sorted(spellings | {fd._norm(s) for s in spellings}, key=lambda s: (-len(s), s))
    assert members.pattern == word_alternation(names)
    lines = list(SAMPLES)
    for path in CORPUS_FILES:
        lines += path.read_text(encoding="utf-8").split("\n")
    text = "\n".join(lines)
    heads = sorted(forms.swapped_forms()[1]) + sorted(forms.short_forms()[1])
    for grouped_words in (names, heads):
        grouped = re.compile(word_alternation(grouped_words))
        plain = re.compile("|".join(map(re.escape, grouped_words)))
        assert [(m.span(), m.group()) for m in grouped.finditer(text)] == \
            [(m.span(), m.group()) for m in plain.finditer(text)]


def test_the_misused_words_match_as_before() -> None:
    """wording/misused's list (longest first), grouped, against the plain alternation it was,
    over the real reports."""
    from app.rules import wording

    plain = re.compile("|".join(sorted(map(re.escape, wording.MISUSED), key=len, reverse=True)))
    assert wording._PATTERN.pattern != plain.pattern
    lines = [*SAMPLES, "".join(wording.MISUSED)]
    for path in CORPUS_FILES:
        lines += path.read_text(encoding="utf-8").split("\n")
    text = "\n".join(lines)
    assert [(m.span(), m.group()) for m in wording._PATTERN.finditer(text)] == \
        [(m.span(), m.group()) for m in plain.finditer(text)]
