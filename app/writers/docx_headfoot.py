"""The original's own headers and footers in the GB/T 9704 export.

The export numbers its pages itself ("— N —", 4号宋体, right on odd pages and left on even ones,
:func:`app.writers.docx_styles.footer_xml`). A header or footer that holds more than a page number
is part of what the author wrote: cn06's footer carries the 当事人/见证人 signature lines of every
page, en07's header a running title. Those paragraphs are kept here, as text with their tabs,
line breaks, bold/italic/underline and size, their alignment, indents and tab stops; a footer's
page number is still the house one (written after the kept lines), unless a kept line numbers
the page itself ("第 1 页 共 3 页": its field is kept and the house number left out).

What a part holds besides a page number is decided on its text with the fields' results taken
out (a page field is kept as a field; any other field's result is what it computed in the
original, en14's STYLEREF "Error! No text of specified style in document.", and is left out, a
link's words aside); what is left must be more than dashes, digits and the words 第/页/共/Page/of.
Pictures are carried with their images (a logo beside the document's name, cn12:
:mod:`app.writers.docx_headfoot_pictures`); text boxes (mostly frames around a page number in
WPS files) and tables' borders are not.
Which parts: the file's first definitions of the default, even-page and first-page parts (the
reader's order); even pages show the even part only when the original had different odd and even
pages (w:evenAndOddHeaders), else the default one, as they did in the original. A first-page part
is written (w:titlePg) only when the original had one with content of its own: a cover page
without a number (an empty first-page footer) is numbered like every other page, as GB/T 9704
numbers every page but the blank ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from app.docx.package import DocxSource
from app.docx.parts import PartSet
from app.model import Document
from app.readers.docx_safety import parse_xml
from app.readers.docx_styles import on_off
from app.writers import docx_styles as S
from app.writers.docx_headfoot_pictures import Pictures, Placement
from app.writers.docx_headfoot_runs import kept_ppr, kept_run, kept_xml, tab_stops

_W = f"{{{S.W_NS}}}"
_R = f"{{{S.R_NS}}}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
RT_HEADER = S.RT + "header"
CT_HEADER = S.CT_WML + "header+xml"
_PAGE_FIELDS = ("PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION")
# what a page number line is made of besides the field's result
_PAGE_WORDS = re.compile(r"(?i)\bpages?\b|\bof\b|[\s\d\-‐‑‒–—―－_·.,/|第页共\u3000]")
_SKIP = frozenset(_W + t for t in ("del", "moveFrom", "txbxContent", "drawing", "pict", "object",
                                    "rt"))  # (rt: a ruby's guide text over its base)
_SKIP_MC = _MC + "Fallback"
_REFERENCES = {_W + "headerReference": "header", _W + "footerReference": "footer"}


@dataclass
class _Line:
    """One paragraph of a header or footer: its pPr pieces (XML) and its runs (XML)."""

    ppr: str
    runs: list[str] = field(default_factory=list)
    words: str = ""  # its text, page fields' results left out
    numbers_pages: bool = False  # holds a PAGE field
    fields: bool = False  # holds a page field (PAGE, NUMPAGES …)
    tabs: bool = False  # holds tab characters
    shown: list[str] = field(default_factory=list)  # its text as shown; FIELD_MARKS for fields
    align: str = ""  # its w:jc
    pictures: int = 0  # pictures kept in its runs (app.writers.docx_headfoot_pictures)
    placed: list[Placement] = field(default_factory=list)  # where they sit, for the PDF
    lead: int = 0  # of them, inline ones before any text
    stops: tuple[tuple[str, int], ...] = ()  # its own tab stops: (w:val, w:pos in twips)


@dataclass
class HeadFoot:
    """The parts to add to the package and their references in the body's w:sectPr."""

    parts: list[tuple[str, bytes, str, str, str]] = field(default_factory=list)
    # (zip name, bytes, content type, relationship type, relationship id)
    references: str = ""  # w:headerReference/w:footerReference elements
    title_page: bool = False
    extra: list[tuple[str, bytes]] = field(default_factory=list)  # pictures' rels and images
    pictures: Pictures = field(default_factory=Pictures)

    def formats(self) -> set[str]:
        """The kept pictures' formats (their content types go in the package's defaults)."""
        return self.pictures.formats()

    def footer_parts(self) -> set[str]:
        return {name for name, *_ in self.parts if "footer" in name}


# a page field in :attr:`OwnLine.text`: the page's number, the pages' count, the section's number
PAGE_MARK, PAGES_MARK, SECTION_MARK = "\ue000", "\ue001", "\ue002"
FIELD_MARKS = {"PAGE": PAGE_MARK, "NUMPAGES": PAGES_MARK, "SECTIONPAGES": PAGES_MARK,
               "SECTION": SECTION_MARK}  # fmt: skip


@dataclass(frozen=True)
class OwnLine:
    """A kept line as text, for a writer that draws it (the PDF): tabs as "\t", line breaks as
    "\n", page fields as :data:`PAGE_MARK` / :data:`PAGES_MARK` / :data:`SECTION_MARK`."""

    text: str
    align: str  # w:jc: "center", "right", "left", "both", … or "" (the style's)
    numbers_pages: bool  # holds the page's number: the house number is left out
    pictures: tuple[Placement, ...] = ()  # its kept pictures, inline or anchored
    lead: int = 0  # inline pictures before its text (the others come after it)
    stops: tuple[tuple[str, int], ...] = ()  # its own tab stops (w:val, twips from the margin);
    # none: Word's Header/Footer style's centre and right stops on the text width


@dataclass
class OwnHeadFoot:
    """The original's kept header and footer lines by page, as the Word export shows them."""

    parts: dict[tuple[str, str], list[OwnLine]] = field(default_factory=dict)
    even_odd: bool = False
    title_page: bool = False

    def lines(self, page: int, kind: str) -> list[OwnLine]:
        """The kept lines of ``kind`` ("header"/"footer") on page ``page`` (from 1)."""
        if page == 1 and self.title_page:
            which = "first"
        elif page % 2 == 0 and self.even_odd:
            which = "even"
        else:
            which = "default"
        return self.parts.get((which, kind), [])


def own_head_foot(doc: Document) -> OwnHeadFoot:
    """The lines :func:`house_head_foot` keeps, as text: the same parts on the same pages."""
    own = _original_parts(doc)
    out = OwnHeadFoot(even_odd=own.even_odd, title_page=own.first_page_own)
    for key, lines in own.lines.items():
        out.parts[key] = [OwnLine("".join(line.shown), line.align, line.numbers_pages,
                                  tuple(line.placed), line.lead, line.stops)
                          for line in lines]  # fmt: skip
    return out


def house_head_foot(doc: Document) -> HeadFoot:
    """The export's headers and footers: the house page number, with the original's own lines."""
    own = _original_parts(doc)
    lines = own.lines

    def even(kind: str) -> list[_Line]:  # what the original showed on even pages
        return lines.get(("even" if own.even_odd else "default", kind), [])

    out = HeadFoot(pictures=own.pictures)
    out.references += _add(out, "footer", "default", "rIdFooterOdd", "footer1.xml",
                           _footer(lines.get(("default", "footer"), []), odd=True))  # fmt: skip
    out.references += _add(out, "footer", "even", "rIdFooterEven", "footer2.xml",
                           _footer(even("footer"), odd=False))  # fmt: skip
    default_header = lines.get(("default", "header"), [])
    if default_header or even("header"):
        out.references += _add(out, "header", "default", "rIdHeaderOdd", "header1.xml",
                               _header(default_header))  # fmt: skip
        out.references += _add(out, "header", "even", "rIdHeaderEven", "header2.xml",
                               _header(even("header")))  # fmt: skip
    first_header = lines.get(("first", "header"), [])
    first_footer = lines.get(("first", "footer"), [])
    if own.first_page_own:
        out.title_page = True
        out.references += _add(out, "footer", "first", "rIdFooterFirst", "footer3.xml",
                               _footer(first_footer, odd=True))  # fmt: skip
        out.references += _add(out, "header", "first", "rIdHeaderFirst", "header3.xml",
                               _header(first_header))  # fmt: skip
    return out


def _add(out: HeadFoot, kind: str, which: str, rid: str, name: str, xml: bytes) -> str:
    ctype, rtype = (S.CT_FOOTER, S.RT_FOOTER) if kind == "footer" else (CT_HEADER, RT_HEADER)
    xml, extra = out.pictures.relate(f"word/{name}", xml)
    have = {part for part, _ in out.extra}
    out.extra += [(part, data) for part, data in extra if part not in have]
    out.parts.append((f"word/{name}", xml, ctype, rtype, rid))
    return f'<w:{kind}Reference w:type="{which}" r:id="{rid}"/>'


def _footer(lines: list[_Line], odd: bool) -> bytes:
    before = "".join(_paragraph(line) for line in lines)
    numbered = any(line.numbers_pages for line in lines)
    return S.footer_xml(odd, before=before, page_number=not numbered)


def _header(lines: list[_Line]) -> bytes:
    body = "".join(_paragraph(line) for line in lines) or "<w:p/>"
    return (S.XML_DECL + f'<w:hdr xmlns:w="{S.W_NS}" xmlns:r="{S.R_NS}">{body}</w:hdr>').encode(
        "utf-8"
    )


def _paragraph(line: _Line) -> str:
    return f"<w:p><w:pPr>{line.ppr}</w:pPr>{''.join(line.runs)}</w:p>"


# --- reading the original ------------------------------------------------------------------------
@dataclass
class _Original:
    """(type, kind) → the kept lines of the original's part (only parts with lines of their own
    are present), and the original's switches for even pages and the first page."""

    lines: dict[tuple[str, str], list[_Line]] = field(default_factory=dict)
    even_odd: bool = False
    title_page: bool = False
    pictures: Pictures = field(default_factory=Pictures)

    @property
    def first_page_own(self) -> bool:
        """The first page shows parts of its own: the original had them, with content."""
        return self.title_page and bool(self.lines.get(("first", "header"))
                                        or self.lines.get(("first", "footer")))


def _original_parts(doc: Document) -> _Original:
    out = _Original()
    source = doc.source
    if not isinstance(source, DocxSource):
        return out
    parts = PartSet(source)
    rels = {rid: target for rid, _t, target, mode in parts.rels(source.main) if mode == "Internal"}
    settings = parts.related(source.main, "/settings")
    blob = parts.get(settings) if settings else None
    out.even_odd = bool(blob and b"evenAndOddHeaders" in blob and
                          not re.search(rb"evenAndOddHeaders[^>]*w:val=\"(0|false|off)\"", blob))
    seen: set[tuple[str, str]] = set()
    for n, sect in enumerate(source.document.iter(_W + "sectPr")):
        title = sect.find(_W + "titlePg")
        if n == 0 and on_off(title):
            out.title_page = True  # (a first page is the first section's)
        for ref in sect:
            kind = _REFERENCES.get(str(ref.tag))
            key = (ref.get(_W + "type") or "default", kind or "")
            target = rels.get(ref.get(_R + "id") or "")
            if kind is None or key in seen or target is None:
                continue
            seen.add(key)
            data = parts.get(target)
            own = {i: t for i, _t, t, mode in parts.rels(target) if mode == "Internal"}

            def image_of(rid: str, own: dict[str, str] = own) -> bytes | None:
                return parts.get(own.get(rid))

            lines = (_lines(parse_xml(data, source.path, target),
                            _Pictures(out.pictures, image_of)) if data else [])  # fmt: skip
            if any(line.words or line.pictures for line in lines):
                out.lines[key] = lines
    return out


@dataclass
class _Pictures:
    """Where a part's pictures go, and how its relationship ids find their images."""

    store: Pictures
    image_of: Callable[[str], bytes | None]


def _lines(root: etree._Element, pictures: _Pictures | None = None) -> list[_Line]:
    """The part's paragraphs (not those of text boxes) but its page number lines (only a page
    field and dashes, 第/页 …), empty ones at the ends left out."""
    lines = [line for line in (_line(p, pictures) for p in _paragraphs(root))
             if line.words or line.pictures or not line.fields]  # fmt: skip
    while lines and not lines[-1].runs:
        lines.pop()
    while lines and not lines[0].runs:
        lines.pop(0)
    return lines


def _paragraphs(root: etree._Element) -> list[etree._Element]:
    out = []
    for p in root.iter(_W + "p"):
        if any(a.tag in _SKIP or a.tag == _SKIP_MC for a in p.iterancestors()):
            continue
        out.append(p)
    return out


def _line(p: etree._Element, pictures: _Pictures | None = None) -> _Line:
    line = _Line("")
    instr: list[str] = []
    state = ""  # "" outside a field; "code" between begin and separate; "result" after
    depth = 0  # fields begun and not ended (a nested field is read as its outer field's code)
    hidden = False  # in a field result that is not kept as text
    text: list[str] = []
    for el in p.iter():
        if el is p or any(a.tag in _SKIP or a.tag == _SKIP_MC for a in _up_to(el, p)):
            continue
        tag = el.tag
        if tag == _W + "fldSimple":
            code = (el.get(_W + "instr") or "").split()
            if code and code[0].upper() in _PAGE_FIELDS:
                line.runs.append(S.field_runs(code[0].upper()))
                line.shown.append(FIELD_MARKS[code[0].upper()])
                line.numbers_pages |= code[0].upper() == "PAGE"
                line.fields = True
            continue
        if tag == _W + "fldChar":
            kind = el.get(_W + "fldCharType")
            depth += 1 if kind == "begin" else 0
            if depth > 1:  # a field in another's code (IF { PAGE } = 1 …): part of that code
                depth -= 1 if kind == "end" else 0
                continue
            if kind == "begin":
                state, instr = "code", []
            elif kind == "separate":
                code = "".join(instr).split()
                page_field = bool(code) and code[0].upper() in _PAGE_FIELDS
                # another field's result is what it computed in the original (a STYLEREF's
                # "Error! No text of specified style", a date): left out; a link's words stay
                hidden = page_field or not code or code[0].upper() != "HYPERLINK"
                if page_field:
                    line.runs.append(S.field_runs(code[0].upper()))
                    line.shown.append(FIELD_MARKS[code[0].upper()])
                    line.numbers_pages |= code[0].upper() == "PAGE"
                    line.fields = True
                state = "result"
            elif kind == "end":
                state, hidden, depth = "", False, 0
            continue
        if depth > 1:
            continue
        if tag == _W + "instrText" and state == "code":
            instr.append(el.text or "")
            continue
        if state == "code" or (state == "result" and hidden) or _in_fld_simple(el, p):
            continue
        run = el.getparent()
        if tag == _W + "t":
            chunk = el.text or ""
            if chunk:
                text.append(chunk)
                line.shown.append(chunk)
                t = f'<w:t xml:space="preserve">{S.escape(chunk)}</w:t>'
                line.runs.append(kept_run(run, t))
        elif tag == _W + "tab" and run is not None and run.tag == _W + "r":
            text.append("\t")
            line.shown.append("\t")
            line.tabs = True
            line.runs.append(kept_run(run, "<w:tab/>"))
        elif tag == _W + "ptab":  # a tab to the margin's centre or right: kept as it is
            text.append("\t")
            line.shown.append("\t")
            line.runs.append(kept_run(run, kept_xml(el)))
        elif tag == _W + "drawing" and pictures is not None:
            kept = pictures.store.keep(el, pictures.image_of)
            if kept is not None:
                xml, where = kept
                line.pictures += 1
                line.runs.append(kept_run(run, xml))
                if where is not None:
                    line.placed.append(where)
                    if where.horizontal is None and not "".join(text).strip():
                        line.lead += 1
        elif tag in (_W + "br", _W + "cr"):
            line.shown.append("\n")
            line.runs.append(kept_run(run, "<w:br/>"))
    line.words = _PAGE_WORDS.sub("", "".join(text))
    line.ppr = kept_ppr(p, line.tabs)
    line.stops = tab_stops(p)
    jc = p.find(f"{_W}pPr/{_W}jc")
    line.align = (jc.get(_W + "val") or "") if jc is not None else ""
    return line


def _up_to(el: etree._Element, stop: etree._Element) -> list[etree._Element]:
    out = []
    for a in el.iterancestors():
        if a is stop:
            break
        out.append(a)
    return out


def _in_fld_simple(el: etree._Element, p: etree._Element) -> bool:
    """Inside a w:fldSimple whose result is not kept as text (any field but a link)."""
    for a in _up_to(el, p):
        if a.tag == _W + "fldSimple":
            code = (a.get(_W + "instr") or "").split()
            return not code or code[0].upper() != "HYPERLINK"
    return False


__all__ = ["CT_HEADER", "RT_HEADER", "HeadFoot", "OwnHeadFoot", "OwnLine", "house_head_foot",
           "own_head_foot"]
