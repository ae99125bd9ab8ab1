"""A first-character filter for compiled patterns that ``re`` leaves without one
(app/regex_cache.py applies it to the patterns it compiles and keeps).

Why: ``re.search`` (and finditer, findall, sub, split) on a pattern whose code has no literal
prefix and no "first character" set runs the whole pattern at every position of the text. re's
compiler works such a set out only when the pattern starts with a literal, a character class, or
an alternation of single literals; the rules' patterns mostly start otherwise (an alternation
of a class and words: ``[XxＸｘ×]|此处|在此|请``, a lookbehind, an optional part), so the
engine tried every branch at every character of every paragraph: in a cold `check` of the
corpus ×3 this was ~1.4 G of the main process's 3.25 G instructions (callgrind,
``sre_ucs2_match`` and ``sre_ucs1_charset``).

What: the set of characters a match can start with is worked out from the parsed pattern
(:func:`first_set`), conservatively (any construct not understood here: no set), and written
into the code's info block as re's own compiler writes the set it finds itself
(``SRE_INFO_CHARSET``). The engine then skips, at C speed, positions whose character is not in
the set, and runs the pattern unchanged from the others: a position it skips is one where the
pattern cannot match, so every match, group and span is what it was (the set may be larger
than needed, never smaller). Only ``search``-like calls read the set; ``match`` and
``fullmatch`` ignore it. Patterns that can match the empty string, ignore case or carry local
flags, or that re has already given a prefix or a set, are left as they are.
"""

from __future__ import annotations

import importlib
from typing import Any

_c: Any = None  # re._constants (its layout is CPython's: any surprise means "no set")
_compiler: Any = None


def _modules() -> bool:
    global _c, _compiler
    if _c is None:
        try:
            _c = importlib.import_module("re._constants")
            _compiler = importlib.import_module("re._compiler")
        except ImportError:
            return False
    return True


def first_set(items: Any) -> list[tuple[Any, Any]] | None:
    """The charset (re's parsed form: LITERAL, RANGE and CATEGORY items) holding every
    character a match of the parsed sequence ``items`` can start with, or None when it cannot
    be told here or the sequence can match the empty string."""
    if not _modules():
        return None
    found: list[tuple[Any, Any]] = []
    nullable = _first(list(items), found)
    if nullable is None or nullable:
        return None
    return found


def _first(items: list[tuple[Any, Any]], found: list[tuple[Any, Any]]) -> bool | None:
    """Add to ``found`` the first characters of the sequence ``items``; whether it can match
    empty (None: a construct this function does not follow)."""
    c = _c
    for op, av in items:
        if op is c.LITERAL:
            found.append((c.LITERAL, av))
            return False
        if op is c.IN:
            for item in av:
                if item[0] not in (c.LITERAL, c.RANGE, c.CATEGORY):
                    return None  # NEGATE and anything else: no set
                found.append(item)
            return False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # takes no character: what follows starts the match
        if op is c.BRANCH:
            empty = False
            for alternative in av[1]:
                inner = _first(list(alternative), found)
                if inner is None:
                    return None
                empty = empty or inner
            if not empty:
                return False
            continue
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None
            inner = _first(list(sub), found)
        elif op is c.ATOMIC_GROUP:
            inner = _first(list(av), found)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            inner = _first(list(sub), found)
            if inner is not None and low == 0:
                inner = True
        else:  # ANY, NOT_LITERAL, group references, conditionals, …
            return None
        if inner is None:
            return None
        if not inner:
            return False
    return True


_SPELLED: dict[Any, list[tuple[Any, Any]]] = {}


def _spelled_out(charset: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """``charset`` with \\d and \\s (Unicode digits, white space) written as the characters they
    stand for in the Basic Multilingual Plane, plus every character beyond it (a set may be
    larger than needed): re then tests a character against one table instead of calling the
    Unicode database for each character of the text that is not in the table."""
    c = _c
    tests = {c.CATEGORY_DIGIT: str.isdecimal, c.CATEGORY_SPACE: str.isspace}
    out: list[tuple[Any, Any]] = []
    beyond = False
    for op, av in charset:
        test = tests.get(av) if op is c.CATEGORY else None
        if test is None:
            out.append((op, av))
            continue
        if av not in _SPELLED:
            _SPELLED[av] = [(c.LITERAL, i) for i in range(0x10000) if test(chr(i))]
        out += _SPELLED[av]
        beyond = True
    if beyond:
        out.append((c.RANGE, (0x10000, 0x10FFFF)))
    return out


def with_first_set(pattern: str | bytes, flags: int, code: list[int]) -> list[int]:
    """``code`` (re's compiled code of ``pattern``) with the first-character set in its info
    block, or ``code`` itself where it has a prefix or set already or none can be told."""
    if not isinstance(pattern, str) or not _modules():
        return code
    c = _c
    try:
        if flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE | c.SRE_FLAG_VERBOSE
                    | c.SRE_FLAG_DEBUG):
            return code
        if len(code) < 5 or code[0] != c.INFO or code[1] != 4 or code[2] != 0 or code[3] == 0:
            return code  # re found a prefix or a set, or the pattern can match empty
        parsed = importlib.import_module("re._parser").parse(pattern, flags)
        if parsed.state.flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
            return code
        charset = first_set(parsed.data)
        if not charset:
            return code
        if not (flags | parsed.state.flags) & c.SRE_FLAG_ASCII:
            charset = _spelled_out(charset)
        optimized, _cased = _compiler._optimize_charset(charset)
        block: list[int] = []
        _compiler._compile_charset(optimized, flags | parsed.state.flags, block)
        info = [int(c.INFO), 4 + len(block), int(c.SRE_INFO_CHARSET), code[3], code[4]]
        return info + [int(x) for x in block] + code[5:]
    except Exception:  # an interpreter whose re is laid out otherwise: as re made it
        return code


def word_alternation(words: list[str]) -> str:
    """A pattern matching what ``"|".join(map(re.escape, words))`` matches, with the same
    match at every place, written with the words grouped by their first character (in the
    order of their first appearance, each group keeping the words' order):
    ``中央|习近|中华`` → ``中(?:央|华)|习近``. At a given place only the words of one group can
    match, the same ones in the same order, so the match is the same; but re's engine then
    tries one branch per first character instead of every word at every candidate place (the
    rules' lists of a hundred words and more that share their common first characters:
    中, 国, 以)."""
    import re

    groups: dict[str, list[str]] = {}
    for word in words:
        if not word:
            return "|".join(map(re.escape, words))  # (an empty word: left as it is)
        groups.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in groups.items():
        if len(rests) == 1:
            parts.append(re.escape(first + rests[0]))
        else:
            parts.append(re.escape(first) + "(?:" + "|".join(map(re.escape, rests)) + ")")
    return "|".join(parts)
