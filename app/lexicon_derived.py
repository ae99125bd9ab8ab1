"""Word sets the typo search derives from the lexicon's tables, kept in the lexicon's cache file.

The typo search picks a paragraph's words that can matter at C speed, by membership in a set
made from one of the lexicon's tables: the typed words of the collocation and set-phrase-half
slips (知道 of "检查|知道", 筹谋 of "未雨|筹谋"), the wrong words of the compound slips (主意 of
"形式|主意"), the heads and tails of the set phrases (全力 of 全力以赴). Made from the tables in
every process, these sets cost `check`'s lexicon worker ~130 M instructions before its first
paragraph (the collocation table's 31,767 keys alone 74 M), on the critical path of a cold
check. So they are made once, when the lexicon's cache is written (app/lexicon_pack.pack), and
read back with the tables (a few thousand words each, joined by "\\n").

:func:`derived` hands a rule the stored set only when the table it asks about is the very table
the set was read with (compared by identity), so a lexicon made some other way (built in this
process, or a test's) gets the set made from its own table, by the same functions as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.lexicon_model import Lexicon

# a half of a set phrase at least this frequent as a word (发展, 服务, 全国) is not looked at by
# the near-sound set-phrase search (app/rules/typo_phrases.py); part of the cache's stamp
HALF_MAX = 5000


def second_words(table: Mapping[str, str]) -> frozenset[str]:
    """The second words of a table keyed "first|second" (the collocation slips' typed words)."""
    return frozenset(k[k.index("|") + 1:] for k in table)


def typed_halves(table: Mapping[str, str]) -> frozenset[str]:
    """The typed words of the half slips (筹谋 of "未雨|筹谋" → 未雨绸缪): the half that is not
    the phrase's own."""
    typed = set()
    for key, phrase in table.items():
        a, b = key.split("|")
        typed.add(b if phrase.startswith(a) else a)
    return frozenset(typed)


def compound_words(slips: Mapping[str, str]) -> frozenset[str]:
    """The wrong words of the compound slips (主意 of "形式|主意"): a paragraph holding none of
    them needs no look-up."""
    out = set()
    for key, right in slips.items():
        a, b = key.split("|")
        d = next(i for i, (x, y) in enumerate(zip(a + b, right, strict=True)) if x != y)
        out.add(a if d < len(a) else b)
    return frozenset(out)


def phrase_heads_tails(halves: Mapping[str, int], freq: Mapping[str, int]
                       ) -> tuple[frozenset[str], frozenset[str]]:
    """The heads and the tails of ``halves`` as two sets, without the everyday words
    (HALF_MAX)."""
    from app.lexicon import HEAD, TAIL  # (app.lexicon imports this module's callers)

    kept = [(h, k) for h, k in halves.items() if freq.get(h, 0) < HALF_MAX]
    return (frozenset(h for h, k in kept if k & HEAD),
            frozenset(h for h, k in kept if k & TAIL))


# the stored sets, in the cache file's order
NAMES = ("second_words", "typed_halves", "compound_words", "phrase_heads", "phrase_tails")


def _sources(lex: Lexicon, name: str) -> tuple[object, ...]:
    """The tables the set ``name`` is made from."""
    if name == "second_words":
        return (lex.collocation_slips,)
    if name == "typed_halves":
        return (lex.half_slips,)
    if name == "compound_words":
        return (lex.compound_slips,)
    return (lex.halves, lex.freq)


def derive(lex: Lexicon) -> tuple[str, str, str, str, str]:
    """The sets of :data:`NAMES` made from ``lex``'s tables, each as its words sorted and
    joined by "\\n" (what the cache file holds)."""
    heads, tails = phrase_heads_tails(lex.halves, lex.freq)
    sets = (second_words(lex.collocation_slips), typed_halves(lex.half_slips),
            compound_words(lex.compound_slips), heads, tails)
    a, b, c, d, e = ("\n".join(sorted(s)) for s in sets)
    return a, b, c, d, e


def attach(lex: Lexicon, stored: tuple[str, ...]) -> None:
    """Give ``lex`` (just read from the cache) the sets :func:`derive` stored, each with the
    tables it was made from."""
    lex.derived = {name: (_sources(lex, name), frozenset(words.split("\n")) if words else
                          frozenset())
                   for name, words in zip(NAMES, stored, strict=True)}


def derived(lex: Lexicon, name: str, *tables: object) -> frozenset[str] | None:
    """The stored set ``name`` when ``tables`` are the very tables it was read with, else None
    (the caller makes it)."""
    found = lex.derived.get(name)
    if found is None or len(found[0]) != len(tables) or \
            any(a is not b for a, b in zip(found[0], tables, strict=True)):
        return None
    return found[1]
