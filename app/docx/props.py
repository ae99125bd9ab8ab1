"""Run and paragraph properties the reader needs: bold/italic/underline/hidden of a run (direct
formatting over its character style), and the style/numbering/outline level of a paragraph."""

from __future__ import annotations

from lxml import etree

from app.docx.atoms import PLAIN, W_PPR, W_RPR, W_VAL, Fmt, W
from app.model import Span
from app.readers.docx_styles import CharFormat, Styles, on_off, underline


class RunFormatter:
    """``rPr → ((bold, italic, underline), hidden)``, cached per distinct property set."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self._cache: dict[tuple[object, ...], tuple[Fmt, bool]] = {}

    def __call__(self, rpr: etree._Element | None) -> tuple[Fmt, bool]:
        if rpr is None:
            return PLAIN, False
        rstyle = b = i = u = v = None
        for child in rpr:
            tag = child.tag
            if tag == W + "b":
                b = on_off(child)
            elif tag == W + "i":
                i = on_off(child)
            elif tag == W + "u":
                u = underline(child)
            elif tag == W + "rStyle":
                rstyle = child.get(W_VAL)
            elif tag == W + "vanish":
                v = on_off(child)
        key = (rstyle, b, i, u, v)
        try:
            return self._cache[key]
        except KeyError:
            pass
        cs = self.styles.character(rstyle) if rstyle else CharFormat(None, None, None, None)
        out = (
            (
                bool(b if b is not None else cs.bold),
                bool(i if i is not None else cs.italic),
                bool(u if u is not None else cs.underline),
            ),
            bool(v if v is not None else cs.vanish),
        )
        self._cache[key] = out
        return out


def para_props(p: etree._Element) -> tuple[str | None, str | None, int | None, int | None]:
    """(style id, numId, ilvl, outline level) from a w:p's own w:pPr."""
    ppr = p[0] if len(p) and p[0].tag == W_PPR else None
    if ppr is None:
        return (None, None, None, None)
    style = num_id = ilvl = outline = None
    for child in ppr:
        tag = child.tag
        if tag == W + "pStyle":
            style = child.get(W_VAL)
        elif tag == W + "numPr":
            for sub in child:
                if sub.tag == W + "numId":
                    num_id = sub.get(W_VAL)
                elif sub.tag == W + "ilvl":
                    ilvl = to_int(sub.get(W_VAL))
        elif tag == W + "outlineLvl":
            outline = to_int(child.get(W_VAL))
            if outline is None:
                outline = 9
        elif tag == W_RPR:
            continue
    return (style, num_id, ilvl, outline)


def to_int(val: str | None) -> int | None:
    try:
        return int(val) if val is not None else None
    except ValueError:
        return None


def spans_from(pieces: list[tuple[Fmt, int]], shift: int) -> list[Span]:
    """Maximal runs of equal (bold, italic, underline) over (format, length) pieces of the text,
    offsets shifted past the auto-number prefix; plain text makes no span."""
    spans: list[Span] = []
    pos = shift
    for fmt, length in pieces:
        if not length:
            continue
        if fmt != PLAIN:
            last = spans[-1] if spans else None
            if last is not None and last.end == pos and (last.bold, last.italic,
                                                         last.underline) == fmt:  # fmt: skip
                last.end = pos + length
            else:
                spans.append(Span(pos, pos + length, *fmt))
        pos += length
    return spans
