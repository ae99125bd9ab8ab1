"""How a .docx paragraph looks in its file: alignment, indents, spacing and the runs' colour, size,
style bold, character width and East-Asian font, resolved as Word resolves them.

Why: the editor shows a Word file the way Word shows it (a red-head template stays red and
centred), not in the house GB/T 9704 look it gives text files. Nothing here is written back:
Save keeps the file's own XML, so the look is read-only and lives beside the spans (:class:`Span`
is what the user edits and the patcher compares).

Order of precedence, lowest first, per property: w:docDefaults → the paragraph style's w:basedOn
chain (root first) → the character style's chain → the run's own w:rPr (for paragraph
properties: docDefaults → style chain → the w:p's own w:pPr). A paragraph without w:pStyle takes
the default paragraph style. Toggle properties (w:b) are plain overrides, as python-docx reads
them. Per style id everything is merged once; per distinct w:rPr once.
"""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from app.model import Paragraph, ParaLook, RunLook
from app.readers.docx_safety import W_NS
from app.readers.docx_styles import on_off

W = f"{{{W_NS}}}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_VAL = W + "val"
_MAX_CHAIN = 32
_DEFAULT_PT = 10.0  # Word's size when no w:sz is said anywhere (w:sz default 20 half-points)
_ALIGN = {
    "left": "left", "start": "left", "right": "right", "end": "right", "center": "center",
    "both": "justify", "distribute": "justify", "thaiDistribute": "justify",
    "lowKashida": "justify", "mediumKashida": "justify", "highKashida": "justify",
}  # fmt: skip
# w:highlight's named colours (ST_HighlightColor)
_HIGHLIGHT = {
    "yellow": "#FFFF00", "green": "#00FF00", "cyan": "#00FFFF", "magenta": "#FF00FF",
    "blue": "#0000FF", "red": "#FF0000", "darkBlue": "#000080", "darkCyan": "#008080",
    "darkGreen": "#008000", "darkMagenta": "#800080", "darkRed": "#800000",
    "darkYellow": "#808000", "darkGray": "#808080", "lightGray": "#C0C0C0", "black": "#000000",
    "white": "#FFFFFF",
}  # fmt: skip


def hex_color(raw: str | None) -> str | None:
    """ "#RRGGBB" for a 6-digit hex colour attribute, None for "auto" and anything else."""
    raw = (raw or "").strip()
    if len(raw) == 6 and all(c in "0123456789abcdefABCDEF" for c in raw):
        return "#" + raw.upper()
    return None


Props = dict[str, object]  # property name → value; a name present means the level says it


def _num(el: etree._Element, attr: str) -> float | None:
    raw = el.get(W + attr)
    if raw is None:
        return None
    try:
        return float(raw)
    except ValueError:
        return None


def _pair(el: etree._Element, twips: tuple[str, ...], chars: str, sign: float) -> object:
    """(points, characters or None) of one indent group, or None when the element says nothing."""
    tw = next((v for a in twips if (v := _num(el, a)) is not None), None)
    ch = _num(el, chars)
    if tw is None and ch is None:
        return None
    return (sign * (tw or 0.0) / 20, sign * ch / 100 if ch else None)


def paragraph_props(ppr: etree._Element | None) -> Props:
    """What one w:pPr says about alignment, indents and spacing."""
    out: Props = {}
    if ppr is None:
        return out
    for child in ppr:
        tag = child.tag
        if tag == W + "jc":
            align = _ALIGN.get(child.get(_VAL) or "")
            if align is not None:
                out["align"] = align
        elif tag == W + "ind":
            hanging = _pair(child, ("hanging",), "hangingChars", -1.0)
            first = hanging or _pair(child, ("firstLine",), "firstLineChars", 1.0)
            for key, value in (
                ("first", first),
                ("left", _pair(child, ("left", "start"), "leftChars", 1.0)
                 or _pair(child, (), "startChars", 1.0)),
                ("right", _pair(child, ("right", "end"), "rightChars", 1.0)
                 or _pair(child, (), "endChars", 1.0)),
            ):  # fmt: skip
                if value is not None:
                    out[key] = value
        elif tag == W + "spacing":
            for key in ("before", "after"):
                tw = _num(child, key)
                if tw is not None:
                    out[key] = max(tw, 0.0) / 20
        elif tag == W + "pBdr":
            bottom = child.find(W + "bottom")
            if bottom is not None:  # a rule under the paragraph (nil/none: none)
                drawn = (bottom.get(_VAL) or "nil") not in ("nil", "none")
                out["rule"] = ((_num(bottom, "sz") or 4.0) / 8 if drawn else 0.0,
                               hex_color(bottom.get(W + "color")))
    return out


class LookReader:
    """The looks of one document's paragraphs (styles.xml and the theme read once)."""

    def __init__(self, styles: etree._Element | None, theme: etree._Element | None) -> None:
        self._theme = _theme_fonts(theme)
        self._styles: dict[str, tuple[str, str | None, Props, Props, etree._Element | None]] = {}
        self.default_para: str | None = None
        self.default_table: str | None = None
        self._defaults_p: Props = {}
        self._defaults_r: Props = {}
        self._para_cache: dict[str | None, tuple[Props, Props]] = {}
        self._char_cache: dict[str, Props] = {}
        self._run_cache: dict[tuple[object, ...], RunLook] = {}
        self._layout_cache: dict[tuple[object, ...], ParaLook] = {}
        if styles is None:
            return
        defaults = styles.find(W + "docDefaults")
        if defaults is not None:
            self._defaults_r = self.run_props(defaults.find(f"{W}rPrDefault/{W}rPr"))
            self._defaults_p = paragraph_props(defaults.find(f"{W}pPrDefault/{W}pPr"))
        for st in styles.iter(W + "style"):
            sid = st.get(W + "styleId")
            if sid is None or sid in self._styles:
                continue
            stype = st.get(W + "type") or "paragraph"
            based = st.find(W + "basedOn")
            self._styles[sid] = (
                stype,
                based.get(_VAL) if based is not None else None,
                paragraph_props(st.find(W + "pPr")),
                self.run_props(st.find(W + "rPr")),
                st.find(W + "tblPr"),
            )
            if (st.get(W + "default") or "").lower() in ("1", "true", "on"):
                if stype == "paragraph" and self.default_para is None:
                    self.default_para = sid
                elif stype == "table" and self.default_table is None:
                    self.default_table = sid

    # --- styles ---------------------------------------------------------------------------------
    def chain(self, sid: str | None) -> list[str]:
        """``sid`` and the styles it is based on, root first (loops and absurd depths cut)."""
        out: list[str] = []
        while sid is not None and sid not in out and len(out) < _MAX_CHAIN:
            entry = self._styles.get(sid)
            if entry is None:
                break
            out.append(sid)
            sid = entry[1]
        return out[::-1]

    def table_style(self, sid: str | None) -> list[etree._Element]:
        """The w:tblPr of table style ``sid`` (or the default table style) and its bases, root
        first."""
        if sid is None or sid not in self._styles:
            sid = self.default_table
        return [tp for s in self.chain(sid) if (tp := self._styles[s][4]) is not None]

    def _para_style(self, sid: str | None) -> tuple[Props, Props]:
        try:
            return self._para_cache[sid]
        except KeyError:
            pass
        key = sid
        if sid is None or sid not in self._styles:
            sid = self.default_para
        ppr, rpr = dict(self._defaults_p), dict(self._defaults_r)
        for s in self.chain(sid):
            ppr.update(self._styles[s][2])
            rpr.update(self._styles[s][3])
        self._para_cache[key] = (ppr, rpr)
        return ppr, rpr

    def _char_style(self, sid: str) -> Props:
        try:
            return self._char_cache[sid]
        except KeyError:
            pass
        out: Props = {}
        for s in self.chain(sid):
            out.update(self._styles[s][3])
        self._char_cache[sid] = out
        return out

    # --- runs -----------------------------------------------------------------------------------
    def run_props(self, rpr: etree._Element | None) -> Props:
        """What one w:rPr says about colour, size, bold, character width and the East-Asian
        font (and its character style, as "style")."""
        out: Props = {}
        if rpr is None:
            return out
        for child in rpr:
            tag = child.tag
            if tag == W + "color":
                val = child.get(_VAL)
                if (val or "").strip().lower() == "auto" or hex_color(val):
                    out["color"] = hex_color(val)
            elif tag == W + "sz":
                size = _num(child, "val")
                if size is not None and 2 <= size <= 3276:
                    out["size"] = size / 2
            elif tag == W + "b":
                out["bold"] = on_off(child)
            elif tag == W + "rFonts":
                theme = child.get(W + "eastAsiaTheme")  # (a theme font wins over a name)
                name = self._theme.get(theme) if theme else child.get(W + "eastAsia")
                if name:
                    out["font"] = name
            elif tag == W + "w":
                scale = _num(child, "val")
                if scale is not None and 1 <= scale <= 600:
                    out["scale"] = scale
            elif tag == W + "highlight":
                out["highlight"] = _HIGHLIGHT.get(child.get(_VAL) or "")
            elif tag == W + "shd":
                out["shading"] = hex_color(child.get(W + "fill"))
            elif tag == W + "rStyle":
                out["style"] = child.get(_VAL)
        return out

    def run(self, para_style: str | None, rpr: etree._Element | None) -> RunLook:
        """The look of a run with ``rpr`` in a paragraph of style ``para_style``."""
        direct = self.run_props(rpr)
        key = (para_style, *sorted(direct.items()))
        try:
            return self._run_cache[key]
        except KeyError:
            pass
        _ppr, props = self._para_style(para_style)
        merged = dict(props)
        own = dict(direct)
        rstyle = own.pop("style", None)
        if isinstance(rstyle, str):
            own = {**self._char_style(rstyle), **own}
        merged.update(own)
        size = merged.get("size", _DEFAULT_PT)
        color, font, scale = merged.get("color"), merged.get("font"), merged.get("scale")
        look = RunLook(
            color=color if isinstance(color, str) else None,
            size_pt=float(size) if isinstance(size, float) else _DEFAULT_PT,
            # bold the run or its character style set is a Span already
            bold=True if "bold" not in own and merged.get("bold") is True else None,
            font=font if isinstance(font, str) else None,
            scale=int(scale) if isinstance(scale, float) and scale != 100 else None,
            background=_background(merged),
        )
        look = self._run_cache.setdefault(key, look)
        return look

    # --- paragraphs -----------------------------------------------------------------------------
    def paragraph(self, p: etree._Element, style_id: str | None,
                  pieces: list[tuple[etree._Element | None, int]], prefix: int,
                  text: str, numbered: Props | None = None) -> ParaLook:  # fmt: skip
        """The look of w:p ``p``: ``pieces`` are (w:r or None, length) of its text after an
        auto-number ``prefix`` of that many characters (drawn like the paragraph mark);
        ``numbered``: what its list level's w:pPr says (its indents: a nested level sits further
        in), over the style's and under the paragraph's own."""
        ppr = p[0] if len(p) and p[0].tag == W + "pPr" else None
        direct = {**(numbered or {}), **paragraph_props(ppr)}
        key = (style_id, *sorted(direct.items()))
        layout = self._layout_cache.get(key)
        if layout is None:
            layout = self._layout(style_id, direct)
            self._layout_cache[key] = layout
        runs: list[tuple[int, int, RunLook]] = []
        mark = self.run(style_id, ppr.find(W + "rPr") if ppr is not None else None)
        pos = 0
        if prefix:
            runs.append((0, prefix, mark))
            pos = prefix
        for run, length in pieces:
            if not length:
                continue
            rpr = run[0] if run is not None and len(run) and run[0].tag == W + "rPr" else None
            look = self.run(style_id, rpr) if run is not None else mark
            if runs and runs[-1][1] == pos and runs[-1][2] == look:
                runs[-1] = (runs[-1][0], pos + length, look)
            else:
                runs.append((pos, pos + length, look))
            pos += length
        return replace(layout, runs=tuple(runs), text=text, page_before=_page_before(ppr))

    def _layout(self, style_id: str | None, direct: Props) -> ParaLook:
        ppr, _rpr = self._para_style(style_id)
        merged = {**ppr, **direct}
        first = merged.get("first", (0.0, None))
        left = merged.get("left", (0.0, None))
        right = merged.get("right", (0.0, None))
        assert isinstance(first, tuple) and isinstance(left, tuple) and isinstance(right, tuple)
        before, after = merged.get("before", 0.0), merged.get("after", 0.0)
        rule = merged.get("rule", (0.0, None))
        assert isinstance(rule, tuple)
        return ParaLook(
            align=str(merged.get("align", "left")),
            first_pt=first[0], first_chars=first[1],
            left_pt=left[0], left_chars=left[1],
            right_pt=right[0], right_chars=right[1],
            before_pt=before if isinstance(before, float) else 0.0,
            after_pt=after if isinstance(after, float) else 0.0,
            rule_pt=rule[0], rule_color=rule[1],
        )  # fmt: skip


_OFF = ("0", "false", "off")
_NO_NEW_PAGE = ("continuous",)  # (a next column: a new page, the export has one column)


def _page_before(ppr: etree._Element | None) -> bool:
    """Whether w:pPr ``ppr`` starts a page (w:pageBreakBefore)."""
    brk = ppr.find(W + "pageBreakBefore") if ppr is not None else None
    return brk is not None and (brk.get(W + "val") or "true").lower() not in _OFF


def section_pages(ends: list[tuple[Paragraph, etree._Element]],
                  last: etree._Element | None) -> None:
    """Mark each paragraph that ends a section (``ends``: with its w:sectPr, in body order)
    ``page_after`` when the section after it starts on a new page: a w:sectPr's w:type says
    how its own section starts (nextPage when unsaid, oddPage, evenPage), so the next one's
    decides (``last``: the body's own w:sectPr, for the last section)."""
    following = [sect for _, sect in ends[1:]] + [last]
    for (par, _), sect in zip(ends, following, strict=False):
        kind = sect.find(W + "type") if sect is not None else None
        if par.look is not None and (kind is None or kind.get(W + "val") not in _NO_NEW_PAGE):
            par.look = replace(par.look, page_after=True)


def _background(props: Props) -> str | None:
    """A highlight wins over shading (Word draws it on top); white shading is no background."""
    for key in ("highlight", "shading"):
        value = props.get(key)
        if isinstance(value, str) and value != "#FFFFFF":
            return value
    return None


def _theme_fonts(theme: etree._Element | None) -> dict[str, str]:
    """minorEastAsia / majorEastAsia → the theme's East-Asian typeface (its a:ea, else the
    Simplified-Chinese script font)."""
    out: dict[str, str] = {}
    if theme is None:
        return out
    for kind in ("minor", "major"):
        fonts = next(theme.iter(f"{_A}{kind}Font"), None)
        if fonts is None:
            continue
        ea = fonts.find(_A + "ea")
        name = ea.get("typeface") if ea is not None else None
        if not name:
            hans = next((f for f in fonts.findall(_A + "font") if f.get("script") == "Hans"), None)
            name = hans.get("typeface") if hans is not None else None
        if name:
            out[kind + "EastAsia"] = name
    return out
