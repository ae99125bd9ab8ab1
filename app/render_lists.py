"""How far in the exports put a nested list item: the file's nesting, not its exact indents.

The exports lay every body paragraph out the GB/T 9704 way (two characters in on its first line,
no left indent), so a Word list's second level ("a. 2-a" under "2. Entry") came out level with
its parent (en10). What is kept is the nesting: an auto-numbered paragraph sits as much further
in than the document's least indented numbered paragraph as it did in the file, in characters
of the body size (the file's 36 pt per level = 2¼ characters of 16 pt). A one-level list keeps the
house look; typed markers ("（1）") carry no level and stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.model import Paragraph, ParaLook

BODY_CHAR_PT = 16.0  # one character of the body size (三号)
MAX_NEST_CHARS = 12.0  # deeper than this is a layout trick, not a list level


def list_nesting(paragraphs: Sequence[Paragraph]) -> dict[int, float]:
    """Paragraph index → extra left indent in characters, for nested auto-numbered items."""
    lefts = {i: _left_pt(p.look) for i, p in enumerate(paragraphs)
             if p.auto_number_len and p.look is not None and p.cell is None}  # fmt: skip
    if not lefts:
        return {}
    base = min(lefts.values())
    out = {}
    for i, left in lefts.items():
        chars = round((left - base) / BODY_CHAR_PT, 2)
        if chars > 0:
            out[i] = min(chars, MAX_NEST_CHARS)
    return out


def _left_pt(look: ParaLook | None) -> float:
    if look is None:
        return 0.0
    if look.left_chars is not None:
        return look.left_chars * BODY_CHAR_PT
    return look.left_pt
