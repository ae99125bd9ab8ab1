"""One definition of how a w:p maps to editor text: the paragraph's atoms.

The reader builds Paragraph.text from the atoms; the patcher maps text offsets back to XML through
the same atoms, so the two can never disagree. An atom is one piece of the paragraph in document
order with the text the editor shows for it:

- w:t (also inside w:ins, w:moveTo, w:hyperlink, w:smartTag, w:sdt, w:fldSimple, w:customXml,
  w:dir/w:bdo and a field's result) → its text ("t");
- w:tab / w:ptab → "\\t"; w:br (text wrapping) / w:cr → U+2028; w:noBreakHyphen → "-";
  w:sym → its character ("char");
- w:br type=page/column, w:drawing, w:pict, w:object, mc:AlternateContent, a footnote/endnote
  reference, m:oMath/m:oMathPara → one U+FFFC ("object"; :mod:`app.docx.objects` says what it is);
- w:del / w:moveFrom content, field instructions, hidden text (w:vanish), a soft hyphen →
  zero-length
  ("hidden": kept in the file, not shown); comment range marks → zero-length ("mark").

Ruby annotations (w:rt) are skipped, the base text is shown. Nested w:p (inside a text box) belong
to the object that holds them, never to this paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from app.docx.symbol_font import symbol_char
from app.model import LINE_BREAK, OBJECT_CHAR
from app.readers.docx_safety import W_NS

W = f"{{{W_NS}}}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
W_P, W_R, W_T, W_PPR, W_RPR = W + "p", W + "r", W + "t", W + "pPr", W + "rPr"
W_VAL, W_ID, W_TYPE = W + "val", W + "id", W + "type"
W_CSTART, W_CEND = W + "commentRangeStart", W + "commentRangeEnd"

Fmt = tuple[bool, bool, bool]  # bold, italic, underline
PLAIN: Fmt = (False, False, False)
RunFormat = Callable[[etree._Element | None], tuple[Fmt, bool]]  # rPr → (fmt, hidden)

# Paragraph-level elements whose children are walked as if they were the paragraph's.
_CONTAINERS = frozenset(
    W + t for t in ("ins", "moveTo", "hyperlink", "smartTag", "fldSimple", "customXml", "dir",
                    "bdo", "sdtContent")
)  # fmt: skip
# Text typed right after one of these goes after it: a link, a field, a colleague's insertion.
_BOUNDARIES = frozenset((W + "hyperlink", W + "fldSimple", W + "ins", W + "moveTo"))
_SDT = W + "sdt"
_HIDDEN_BLOCKS = frozenset((W + "del", W + "moveFrom"))
_OBJECT_TAGS = frozenset(
    (W + "drawing", W + "pict", W + "object", MC + "AlternateContent", W + "footnoteReference",
     W + "endnoteReference")
)  # fmt: skip
MATH_TAGS = frozenset((M + "oMath", M + "oMathPara"))
_SIMPLE = {W + "tab": "\t", W + "ptab": "\t", W + "cr": LINE_BREAK, W + "noBreakHyphen": "-"}
_RUBY, _RUBY_BASE = W + "ruby", W + "rubyBase"
_FLDCHAR, _INSTR = W + "fldChar", W + "instrText"


@dataclass(slots=True)
class Atom:
    """One piece of a paragraph. ``el`` is the element itself (the w:t, the w:drawing, the
    m:oMath …), ``run`` the w:r holding it (None for math and marks)."""

    kind: str  # "t", "char", "object", "hidden", "mark"
    text: str
    el: etree._Element
    run: etree._Element | None
    fmt: Fmt = PLAIN
    # The hyperlink / simple field / tracked insertion holding it, or the w:r beginning the
    # complex field whose result it is: text typed right after such a thing goes after it.
    field: etree._Element | None = None


def plain_format(rpr: etree._Element | None) -> tuple[Fmt, bool]:
    """A run format that knows no styles: hidden only for a direct w:vanish."""
    if rpr is not None and rpr.find(W + "vanish") is not None:
        val = rpr.find(W + "vanish").get(W_VAL)  # type: ignore[union-attr]
        return PLAIN, val not in ("0", "false", "off")
    return PLAIN, False


class _State:
    __slots__ = ("begins", "container", "fields", "in_instr")

    def __init__(self) -> None:
        self.fields: list[bool] = []  # per open complex field: True while in its instruction
        self.begins: list[etree._Element] = []  # the w:r of each open field's begin
        self.in_instr = 0
        self.container: etree._Element | None = None  # outermost hyperlink / fldSimple

    def field(self) -> etree._Element | None:
        if self.container is not None:
            return self.container
        return self.begins[0] if self.begins else None


def paragraph_atoms(p: etree._Element, run_format: RunFormat = plain_format) -> list[Atom]:
    """The atoms of one w:p, in document order."""
    out: list[Atom] = []
    _walk_inline(p, out, run_format, _State())
    return out


def atoms_text(atoms: list[Atom]) -> str:
    return "".join(a.text for a in atoms)


def _walk_inline(parent: etree._Element, out: list[Atom], run_format: RunFormat,
                 state: _State) -> None:  # fmt: skip
    for el in parent:
        tag = el.tag
        if tag == W_R:
            _walk_run(el, out, run_format, state)
        elif tag in _BOUNDARIES and state.container is None:
            state.container = el
            _walk_inline(el, out, run_format, state)
            state.container = None
        elif tag in _CONTAINERS:
            _walk_inline(el, out, run_format, state)
        elif tag == _SDT:
            content = el.find(W + "sdtContent")
            if content is not None:
                _walk_inline(content, out, run_format, state)
        elif tag in _HIDDEN_BLOCKS:
            out.append(Atom("hidden", "", el, None))
        elif tag in MATH_TAGS:
            out.append(Atom("object", OBJECT_CHAR, el, None))
        elif tag in (W_CSTART, W_CEND):
            out.append(Atom("mark", "", el, None))
        elif tag == MC + "AlternateContent":  # paragraph-level: read through its Fallback
            fallback = el.find(MC + "Fallback")
            if fallback is not None:
                _walk_inline(fallback, out, run_format, state)


def _walk_run(run: etree._Element, out: list[Atom], run_format: RunFormat,
              state: _State) -> None:  # fmt: skip
    rpr = run[0] if len(run) and run[0].tag == W_RPR else None
    fmt, hidden = run_format(rpr)
    for el in run:
        count = len(out)
        _walk_run_child(el, run, out, fmt, hidden, run_format, state)
        field = state.field()
        if field is not None:
            for atom in out[count:]:
                atom.field = field


def _walk_run_child(el: etree._Element, run: etree._Element, out: list[Atom], fmt: Fmt,
                    hidden: bool, run_format: RunFormat, state: _State) -> None:  # fmt: skip
    tag = el.tag
    if tag == W_T:
        text = el.text or ""
        if hidden or state.in_instr:
            out.append(Atom("hidden", "", el, run, fmt))
        elif text:
            text = text.replace(OBJECT_CHAR, "\ufffd")  # a literal U+FFFC is no object
            out.append(Atom("t", text, el, run, fmt))
    elif tag in _SIMPLE:
        kind, text = ("hidden", "") if hidden or state.in_instr else ("char", _SIMPLE[tag])
        out.append(Atom(kind, text, el, run, fmt))
    elif tag == W + "br":
        if hidden or state.in_instr:
            out.append(Atom("hidden", "", el, run, fmt))
        elif el.get(W_TYPE) in ("page", "column"):
            out.append(Atom("object", OBJECT_CHAR, el, run, fmt))
        else:
            out.append(Atom("char", LINE_BREAK, el, run, fmt))
    elif tag == W + "sym":
        char = sym_char(el)
        hid = hidden or state.in_instr or not char
        out.append(Atom("hidden" if hid else "char", "" if hid else char, el, run, fmt))
    elif tag in _OBJECT_TAGS:
        if hidden or state.in_instr:
            out.append(Atom("hidden", "", el, run, fmt))
        else:
            out.append(Atom("object", OBJECT_CHAR, el, run, fmt))
    elif tag == _FLDCHAR:
        field_kind = el.get(W + "fldCharType")
        if field_kind == "begin":
            state.fields.append(True)
            state.begins.append(run)
            state.in_instr += 1
        elif field_kind == "separate":
            if state.fields and state.fields[-1]:
                state.fields[-1] = False
                state.in_instr -= 1
        elif field_kind == "end" and state.fields:
            state.begins.pop()
            if state.fields.pop():
                state.in_instr -= 1
    elif tag == _INSTR or tag == W + "softHyphen" or tag == W + "delText":
        out.append(Atom("hidden", "", el, run, fmt))
    elif tag == _RUBY:
        base = el.find(_RUBY_BASE)
        if base is not None:
            _walk_inline(base, out, run_format, state)
    elif tag == MC + "AlternateContent":
        out.append(Atom("object", OBJECT_CHAR, el, run, fmt))


# Wingdings' form boxes and check marks (Word's 插入符号 for 勾选框): the glyph's Unicode twin,
# by code without the F0 of the private-use range (Word stores "00A8" as well as "F0A8")
_WINGDINGS = {0xA8: "\u25a1", 0x6F: "\u25a1", 0x71: "\u2751", 0xFE: "\u2611", 0xFD: "\u2612",
              0xFC: "\u2713", 0xFB: "\u2717"}


def sym_char(el: etree._Element) -> str:
    """A w:sym character. Symbol fonts keep their glyphs at U+F020–F0FF (private use); the Symbol
    font's are its characters (:mod:`app.docx.symbol_font`), elsewhere the usual bullets are
    mapped to "•", Wingdings' boxes and check marks to their Unicode twins (□ ☑ ☒ ✓,
    which a form's 勾选框 is: cn06 stores "00A8", read as "¨" before), anything else stays as the
    code point Word stored."""
    try:
        code = int(el.get(W + "char") or "", 16)
    except ValueError:
        return ""
    font = (el.get(W + "font") or "").strip().lower()
    if font == "symbol":  # the glyph it draws: F0B0 is °, F061 α (read as U+F0B0 … before)
        glyph = symbol_char(code)
        if glyph is not None:
            return glyph
    elif 0xF000 <= code <= 0xF0FF and code - 0xF000 in (0xB7, 0x6C, 0xA7, 0x9F, 0xA1, 0x6E):
        return "\u2022"
    if font == "wingdings":
        twin = _WINGDINGS.get(code - 0xF000 if 0xF000 <= code <= 0xF0FF else code)
        if twin is not None:
            return twin
    if code < 0x20 or code >= 0x110000 or 0xD800 <= code < 0xE000 or code == 0xFFFC:
        return ""
    return chr(code)
