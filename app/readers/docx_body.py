"""The body walk of the Word import: word/document.xml's w:body → paragraph texts, formatting
and comment range marks, in one pass, iteratively (no recursion: nesting depth costs nothing, and
libxml2 refuses more than 256 levels anyway).

What the text of a paragraph is ("final" view, i.e. all tracked changes accepted):
- every w:p in body order, also inside w:ins, w:moveTo, block/inline w:sdt, w:customXml,
  w:smartTag, w:hyperlink, w:fldSimple, w:dir/w:bdo, and table cells (each cell paragraph is a
  paragraph, in reading order; nested tables too). Deleted table rows are left out.
- left out: w:del / w:moveFrom content (and a paragraph whose mark is deleted merges with the next
  one, as accepting the change does), field codes (w:instrText; field results are kept), hidden
  text (w:vanish), ruby annotations (w:rt), text boxes, drawings, embedded objects, footnote and
  endnote references and bodies, headers/footers, altChunk imports. mc:AlternateContent is read
  through its mc:Fallback (mc:Choice holds the same content in a newer vocabulary).
- w:tab / w:ptab → "\\t"; a manual line break (w:br, w:cr) → " ": our model has no line breaks
  inside a paragraph, and a space keeps the words apart; page and column breaks → "" (they are
  layout, not text). w:noBreakHyphen → "-", w:softHyphen → "", w:sym → its character.

The walk hands out raw paragraphs (:class:`Para`); :mod:`.docx` adds the auto-number prefix, the
role and the spans when it turns them into model paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from app.model import Span
from app.readers.docx_safety import W_NS
from app.readers.docx_styles import CharFormat, Styles, on_off, underline

W = f"{{{W_NS}}}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
W_P, W_R, W_T, W_PPR, W_RPR = W + "p", W + "r", W + "t", W + "pPr", W + "rPr"
W_TAB, W_BR, W_CR, W_PTAB, W_SYM = W + "tab", W + "br", W + "cr", W + "ptab", W + "sym"
W_NBH, W_FLDCHAR = W + "noBreakHyphen", W + "fldChar"  # a soft hyphen (w:softHyphen) is dropped
W_CSTART, W_CEND = W + "commentRangeStart", W + "commentRangeEnd"
W_TR, W_TRPR, W_TBL, W_DEL, W_MOVEFROM = W + "tr", W + "trPr", W + "tbl", W + "del", W + "moveFrom"
W_VAL, W_ID, W_TYPE = W + "val", W + "id", W + "type"
M_T = _M + "t"

# Subtrees never walked: properties, deleted content, drawings/text boxes, ruby text, field data.
_SKIP = frozenset(
    [W + t for t in (
        "pPr", "rPr", "sdtPr", "sdtEndPr", "tblPr", "tblGrid", "trPr", "tcPr", "tblPrEx",
        "sectPr", "del", "moveFrom", "drawing", "pict", "object", "rt", "txbxContent", "fldData",
        "customXmlPr", "smartTagPr", "altChunk", "footnotePr", "endnotePr",
    )] + [_MC + "Choice"]
)  # fmt: skip

_PLAIN = (False, False, False)
_SIMPLE_TEXT = {W_TAB: "\t", W_PTAB: "\t", W_CR: " ", W_NBH: "-"}


class Para:
    """A paragraph being built: text pieces with their (bold, italic, underline)."""

    __slots__ = ("fmts", "index", "length", "marked", "parent", "parts", "prefix", "props")

    def __init__(self, props: tuple, parent: etree._Element | None) -> None:
        self.parts: list[str] = []
        self.fmts: list[tuple[bool, bool, bool]] = []
        self.length = 0
        self.props = props  # (style id, direct numId, direct ilvl, direct outline, mark deleted)
        self.parent = parent
        self.index = -1  # position in Document.paragraphs once emitted
        self.prefix = 0
        self.marked = False  # a comment range starts or ends in it


class BodyWalker:
    """Walks one w:body; ``emit`` receives each finished paragraph, in document order."""

    def __init__(self, styles: Styles, emit: Callable[[Para], None]) -> None:
        self.styles = styles
        self.emit = emit
        self._fmt_cache: dict[tuple, tuple[tuple[bool, bool, bool], bool]] = {}

    def walk(self, body: etree._Element) -> tuple[dict[str, tuple[Para, int]], dict]:
        """Walk ``body``; returns the comment range starts and ends as (paragraph, offset)."""
        starts: dict[str, tuple[Para, int]] = {}
        ends: dict[str, tuple[Para, int]] = {}
        stack: list[Para] = []  # open paragraphs (nested only in malformed files)
        cur: Para | None = None
        fmt = _PLAIN
        hidden = False
        fields: list[bool] = []  # per open complex field: True while in its instruction part
        in_instr = 0
        pending: Para | None = None  # paragraph whose mark is deleted: merges into the next
        last: Para | None = None  # the last finished paragraph
        pending_starts: list[str] = []  # range starts seen between paragraphs
        walker = etree.iterwalk(body, events=("start", "end"))
        for ev, el in walker:
            tag = el.tag
            if ev == "end":
                if tag == W_P and cur is not None:
                    stack.pop()
                    if in_instr:  # a field instruction cannot span paragraphs: close it here
                        fields = [f for f in fields if not f]
                        in_instr = 0
                    if cur.props[4]:
                        if pending is not None:
                            self._flush(pending)
                        pending = cur
                    else:
                        self.emit(cur)
                    last = cur
                    cur = stack[-1] if stack else None
                    fmt, hidden = _PLAIN, False
                continue
            if tag == W_T:
                if not hidden and not in_instr and cur is not None:
                    text = el.text
                    if text:
                        cur.parts.append(text)
                        cur.fmts.append(fmt)
                        cur.length += len(text)
            elif tag == W_R:
                rpr = el[0] if len(el) and el[0].tag == W_RPR else None
                fmt, hidden = self._run_format(rpr)
            elif tag in _SKIP:
                walker.skip_subtree()
            elif tag == W_P:
                props = _para_props(el)
                parent = el.getparent()
                if pending is not None:
                    if pending.parent is parent and not stack:
                        para, pending = pending, None
                        para.props = props
                    else:
                        self._flush(pending)
                        pending = None
                        para = Para(props, parent)
                else:
                    para = Para(props, parent)
                stack.append(para)
                cur = para
                fmt, hidden = _PLAIN, False
                for cid in pending_starts:
                    starts[cid] = (para, para.length)
                    para.marked = True
                pending_starts.clear()
            elif tag in _SIMPLE_TEXT or tag == W_BR:
                if not hidden and not in_instr and cur is not None:
                    if tag == W_BR:
                        text = "" if el.get(W_TYPE) in ("page", "column") else " "
                    else:
                        text = _SIMPLE_TEXT[tag]
                    if text:
                        cur.parts.append(text)
                        cur.fmts.append(fmt)
                        cur.length += 1
            elif tag == W_SYM:
                if not hidden and not in_instr and cur is not None:
                    text = _sym(el)
                    if text:
                        cur.parts.append(text)
                        cur.fmts.append(fmt)
                        cur.length += len(text)
            elif tag == W_FLDCHAR:
                kind = el.get(W + "fldCharType")
                if kind == "begin":
                    fields.append(True)
                    in_instr += 1
                elif kind == "separate":
                    if fields and fields[-1]:
                        fields[-1] = False
                        in_instr -= 1
                elif kind == "end" and fields and fields.pop():
                    in_instr -= 1
            elif tag == W_CSTART:
                cid = el.get(W_ID)
                if cid is not None:
                    if cur is not None:
                        starts[cid] = (cur, cur.length)
                        cur.marked = True
                    else:
                        pending_starts.append(cid)
            elif tag == W_CEND:
                cid = el.get(W_ID)
                if cid is not None:
                    if cur is not None:
                        ends[cid] = (cur, cur.length)
                        cur.marked = True
                    elif last is not None:
                        ends[cid] = (last, last.length)
                        last.marked = True
            elif tag == W_TR:
                trpr = el[0] if len(el) and el[0].tag == W_TRPR else None
                if trpr is not None and trpr.find(W_DEL) is not None:
                    walker.skip_subtree()  # a deleted table row
            elif tag == W_TBL:
                if pending is not None:
                    self._flush(pending)
                    pending = None
            elif tag == M_T and el.text and not hidden and not in_instr and cur is not None:
                cur.parts.append(el.text)
                cur.fmts.append(fmt)
                cur.length += len(el.text)
        if pending is not None:
            self._flush(pending)
        return starts, ends

    def _run_format(self, rpr) -> tuple[tuple[bool, bool, bool], bool]:
        """(bold, italic, underline), hidden for a run: direct formatting over character style."""
        if rpr is None:
            return _PLAIN, False
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
            return self._fmt_cache[key]
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
        self._fmt_cache[key] = out
        return out

    def _flush(self, para: Para) -> None:
        """A paragraph whose mark is deleted and that has nothing to merge into: it stays only if
        something of it is left (text, a comment anchor)."""
        if para.length or para.marked:
            self.emit(para)


def _para_props(p: etree._Element) -> tuple:
    """(style id, numId, ilvl, outline level, mark deleted) from a w:p's own w:pPr."""
    ppr = p[0] if len(p) and p[0].tag == W_PPR else None
    if ppr is None:
        return (None, None, None, None, False)
    style = num_id = ilvl = outline = None
    deleted = False
    for child in ppr:
        tag = child.tag
        if tag == W + "pStyle":
            style = child.get(W_VAL)
        elif tag == W + "numPr":
            for sub in child:
                if sub.tag == W + "numId":
                    num_id = sub.get(W_VAL)
                elif sub.tag == W + "ilvl":
                    ilvl = _int(sub.get(W_VAL))
        elif tag == W + "outlineLvl":
            outline = _int(child.get(W_VAL))
            if outline is None:
                outline = 9
        elif tag == W_RPR:
            deleted = child.find(W_DEL) is not None or child.find(W_MOVEFROM) is not None
    return (style, num_id, ilvl, outline, deleted)


def _int(val: str | None) -> int | None:
    try:
        return int(val) if val is not None else None
    except ValueError:
        return None


def _sym(el: etree._Element) -> str:
    """A w:sym character. Symbol fonts keep their glyphs at U+F020–F0FF (private use); the usual
    bullets are mapped to "•", anything else stays as the code point Word stored."""
    try:
        code = int(el.get(W + "char") or "", 16)
    except ValueError:
        return ""
    if 0xF000 <= code <= 0xF0FF and code - 0xF000 in (0xB7, 0x6C, 0xA7, 0x9F, 0xA1, 0x6E):
        return "\u2022"
    if code < 0x20 or code >= 0x110000 or 0xD800 <= code < 0xE000:
        return ""
    return chr(code)


def spans_of(fmts: list, parts: list[str], shift: int) -> list[Span]:
    """Maximal runs of equal (bold, italic, underline), offsets shifted past the prefix."""
    first = fmts[0]
    if all(f is first or f == first for f in fmts):
        if first == _PLAIN:
            return []
        total = sum(len(p) for p in parts)
        return [Span(shift, shift + total, *first)] if total else []
    spans: list[Span] = []
    pos = shift
    run_start, run_fmt = shift, first
    for f, part in zip(fmts, parts, strict=True):
        if f != run_fmt:
            if run_fmt != _PLAIN and pos > run_start:
                spans.append(Span(run_start, pos, *run_fmt))
            run_start, run_fmt = pos, f
        pos += len(part)
    if run_fmt != _PLAIN and pos > run_start:
        spans.append(Span(run_start, pos, *run_fmt))
    return spans
