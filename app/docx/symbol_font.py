"""The Symbol font's glyphs as Unicode characters, for w:sym w:font="Symbol" (Word's 插入符号 from
the Symbol font: ° ± × α β Ω ≤ ≥ …).

The font keeps its glyphs at codes 0x20–0xFE (Word stores them as F020–F0FE, the private-use
copy, or as the bare code); the mapping is the Adobe Symbol encoding (Unicode's SYMBOL.TXT) with
the Windows font's euro sign at 0xA0. Pieces of large brackets and arrow extenders have no
character of their own and are left out (the caller keeps the code Word stored).
"""

from __future__ import annotations

# Codes whose glyph is the ASCII character of the same code: punctuation and digits.
_ASCII = frozenset(" !#%&()+,./0123456789:;<=>?[]_{|}")

_GREEK_UPPER = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"  # 0x41–0x5A
_GREEK_LOWER = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"  # 0x61–0x7A

_OTHER = {
    0x22: "∀", 0x24: "∃", 0x27: "∋", 0x2A: "∗", 0x2D: "−", 0x40: "≅", 0x5C: "∴", 0x5E: "⊥",
    0x60: "‾", 0x7E: "∼",
    0xA0: "€", 0xA1: "ϒ", 0xA2: "′", 0xA3: "≤", 0xA4: "⁄", 0xA5: "∞", 0xA6: "ƒ", 0xA7: "♣",
    0xA8: "♦", 0xA9: "♥", 0xAA: "♠", 0xAB: "↔", 0xAC: "←", 0xAD: "↑", 0xAE: "→", 0xAF: "↓",
    0xB0: "°", 0xB1: "±", 0xB2: "″", 0xB3: "≥", 0xB4: "×", 0xB5: "∝", 0xB6: "∂", 0xB7: "•",
    0xB8: "÷", 0xB9: "≠", 0xBA: "≡", 0xBB: "≈", 0xBC: "…", 0xBF: "↵",
    0xC0: "ℵ", 0xC1: "ℑ", 0xC2: "ℜ", 0xC3: "℘", 0xC4: "⊗", 0xC5: "⊕", 0xC6: "∅", 0xC7: "∩",
    0xC8: "∪", 0xC9: "⊃", 0xCA: "⊇", 0xCB: "⊄", 0xCC: "⊂", 0xCD: "⊆", 0xCE: "∈", 0xCF: "∉",
    0xD0: "∠", 0xD1: "∇", 0xD2: "®", 0xD3: "©", 0xD4: "™", 0xD5: "∏", 0xD6: "√", 0xD7: "⋅",
    0xD8: "¬", 0xD9: "∧", 0xDA: "∨", 0xDB: "⇔", 0xDC: "⇐", 0xDD: "⇑", 0xDE: "⇒", 0xDF: "⇓",
    0xE0: "◊", 0xE1: "〈", 0xE2: "®", 0xE3: "©", 0xE4: "™", 0xE5: "∑",
    0xF1: "〉", 0xF2: "∫", 0xF3: "⌠", 0xF5: "⌡",
}  # fmt: skip


def symbol_char(code: int) -> str | None:
    """The character the Symbol font draws for ``code`` (0x20–0xFE, or F020–F0FE), None when it
    draws a piece of a larger sign (or nothing)."""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    if 0x41 <= code <= 0x5A:
        return _GREEK_UPPER[code - 0x41]
    if 0x61 <= code <= 0x7A:
        return _GREEK_LOWER[code - 0x61]
    if code < 0x80 and chr(code) in _ASCII:
        return chr(code)
    return _OTHER.get(code)
