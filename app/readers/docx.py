"""Word import: ``read_docx(path) -> Document``, our own walk of word/document.xml.

Why not python-docx: ``Paragraph.text`` drops text inside w:ins, w:sdt, w:fldSimple, w:smartTag,
``document.paragraphs`` skips block content controls, ``p.style.name`` costs 3.2 s on 10k
paragraphs, and it inflates every part before any size check (docs/REFERENCE.md §3). Here the
package is size-checked first (:mod:`.docx_safety`), document.xml is parsed once with a safe lxml
parser and walked once, iteratively (no recursion: nesting depth costs nothing but libxml2 caps it
at 256 anyway), in document order.

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
- Word auto-numbering is rendered (:mod:`.docx_numbering`) and prepended; ``auto_number_len`` is
  its length (marker plus its tab/space suffix).

Spans: bold/italic/underline from direct run formatting and character styles (through basedOn).
Formatting that comes from the paragraph style or document defaults is NOT a span: it belongs to
the paragraph's style, i.e. its role, and writers derive it from the role. The auto-number prefix
carries no span either.

Roles (all with role_fixed): Title style → TITLE; outline level 0–3 (w:outlineLvl on the
paragraph, else through its style's basedOn chain, else the built-in "heading N" style) →
HEADING_1–4, or, when the level-0 headings are chapters (第X章…), CHAPTER at level 0 and
HEADING_1–4 at levels 1–4; the styles of our own exporter (GwTitle, GwSignature…) → their roles.
Anything else keeps role None and the outline parser decides from the text.
"""

from __future__ import annotations

import logging
import os
import re
import zipfile
import zlib

from lxml import etree

from app.errors import ReadError
from app.model import Document, Paragraph, Position, Role, Span
from app.readers.docx_comments import attach_anchors, read_comments
from app.readers.docx_numbering import Numbering
from app.readers.docx_safety import W_NS, Package, fail, open_package
from app.readers.docx_styles import CharFormat, Styles, on_off, underline
from app.writers.docx_styles import ATTACHMENT_LABEL_STYLE, ROLE_STYLES

log = logging.getLogger(__name__)

W = f"{{{W_NS}}}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
W_P, W_R, W_T, W_PPR, W_RPR = W + "p", W + "r", W + "t", W + "pPr", W + "rPr"
W_TAB, W_BR, W_CR, W_PTAB, W_SYM = W + "tab", W + "br", W + "cr", W + "ptab", W + "sym"
W_NBH, W_SOFTH, W_FLDCHAR = W + "noBreakHyphen", W + "softHyphen", W + "fldChar"
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

_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_PLAIN = (False, False, False)
_SIMPLE_TEXT = {W_TAB: "\t", W_PTAB: "\t", W_CR: " ", W_NBH: "-"}
_OUTLINE_ROLES = {0: Role.HEADING_1, 1: Role.HEADING_2, 2: Role.HEADING_3, 3: Role.HEADING_4}
_CHAPTER = re.compile(r"[ \t\u3000]*第[一二三四五六七八九十百零〇两\d０-９]{1,4}(?:章|节|部分|编)")
# The paragraph styles our own exporter (app.writers.docx) writes for roles that have no outline
# level: a file exported by ReportDesk comes back with the roles it was written with. GwBody is
# left out on purpose: Word gives every new paragraph typed after a body paragraph that style, so
# it says nothing about what the paragraph is (the parser decides).
_OWN_STYLES = {
    style: role
    for role, style in ROLE_STYLES.items()
    if role not in (Role.BODY, Role.BLANK) and role.heading_level is None
}
_OWN_STYLES[ATTACHMENT_LABEL_STYLE] = Role.ATTACHMENT


def read_docx(path: str | os.PathLike) -> Document:
    """Read a .docx into a :class:`Document`; every failure is a one-line :class:`ReadError`."""
    path = os.fspath(path)
    try:
        pkg = open_package(path)
        try:
            return _Reader(pkg).read()
        finally:
            pkg.close()
    except ReadError:
        raise
    except MemoryError:
        raise fail(path, "文件过大，内存不足") from None
    except RecursionError:
        raise fail(path, "文件结构嵌套过深，可能是恶意文件") from None
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise fail(path, "文件已损坏（压缩数据出错，可能下载不完整）") from None
    except NotImplementedError:
        raise fail(path, "文件使用了不支持的压缩方式") from None
    except KeyError:
        raise fail(path, "文件已损坏（缺少必要的部件）") from None
    except etree.LxmlError:
        raise fail(path, "文件已损坏（XML 格式错误）") from None
    except (ValueError, OSError, IndexError, TypeError):
        raise fail(path, "文件已损坏（不是有效的 Word 文档）") from None
    except Exception:  # a bug of ours must not reach the user as a traceback; keep it in the log
        log.exception("read_docx failed on %s", path)
        raise fail(path, "文件内容无法解析") from None


class _Para:
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


class _Reader:
    def __init__(self, pkg: Package) -> None:
        self.pkg = pkg
        self.path = pkg.path
        styles_part = pkg.related(pkg.main, "/styles")
        self.styles = Styles(pkg.xml(styles_part) if styles_part else None)
        numbering_part = pkg.related(pkg.main, "/numbering")
        self.numbering = Numbering(pkg.xml(numbering_part) if numbering_part else None,
                                   self.styles)  # fmt: skip
        self.paragraphs: list[Paragraph] = []
        self._levels: list[int | None] = []  # outline level of each paragraph
        self._fmt_cache: dict[tuple, tuple[tuple[bool, bool, bool], bool]] = {}

    # --- the whole document ---------------------------------------------------------------------
    def read(self) -> Document:
        root = self.pkg.xml(self.pkg.main)
        if root.tag != W + "document":
            main = self.pkg.main.lower()
            kind = (
                "Excel 表格"
                if main.startswith("xl/")
                else ("PowerPoint 演示文稿" if main.startswith("ppt/") else "其他格式的文件")
            )
            raise fail(self.path, f"这是{kind}，不是 Word 文档")
        comments = read_comments(self.pkg)
        body = root.find(W + "body")
        starts: dict[str, tuple[_Para, int]] = {}
        ends: dict[str, tuple[_Para, int]] = {}
        if body is not None:
            self._walk(body, starts, ends)
        del root, body
        self._outline_roles()
        doc = Document(paragraphs=self.paragraphs, path=self.path, source_format="docx")
        doc.comments = [c for _, c in comments]
        if comments:
            attach_anchors(comments, self._positions(starts), self._positions(ends))
        doc.properties = self._properties()
        return doc

    def _outline_roles(self) -> None:
        """Heading roles from outline levels. Outline level 0 is 一、 (HEADING_1), unless the
        document's level-0 headings are chapters: then chapters are level 0 and 一、 is level 1,
        as our exporter writes them. A file from our exporter says so with its chapter style;
        for other files, chapters are assumed when every level-0 heading reads 第X章/节/部分/编
        and there are deeper levels under them."""
        pars, levels = self.paragraphs, self._levels
        if self.styles.has(ROLE_STYLES[Role.BODY]):  # written by app.writers.docx
            chapters = any(p.role is Role.CHAPTER for p in pars)
        else:
            top = [p for p, level in zip(pars, levels, strict=True) if level == 0]
            chapters = (
                bool(top)
                and all(_CHAPTER.match(p.text) for p in top)
                and any(level is not None and 1 <= level <= 4 for level in levels)
            )
        shift = 1 if chapters else 0
        for p, level in zip(pars, levels, strict=True):
            if p.role is not None or level is None:
                continue
            if chapters and level == 0:
                role = Role.CHAPTER if _CHAPTER.match(p.text) else None
            else:
                role = _OUTLINE_ROLES.get(level - shift)
            if role is not None:
                p.role, p.role_fixed = role, True

    def _positions(self, marks: dict[str, tuple[_Para, int]]) -> dict[str, tuple[int, Position]]:
        out = {}
        for cid, (para, off) in marks.items():
            if para.index >= 0:
                p = self.paragraphs[para.index]
                out[cid] = (para.index, Position(p.id, min(para.prefix + off, len(p.text))))
        return out

    def _properties(self) -> dict[str, str]:
        part = self.pkg.related("", "/core-properties") or (
            "docProps/core.xml" if self.pkg.has("docProps/core.xml") else None
        )
        if part is None:
            return {}
        try:
            root = self.pkg.xml(part)
        except ReadError:  # metadata only: a broken or hostile core.xml costs the title, no more
            return {}
        out = {}
        for key, tag in (
            ("title", "{http://purl.org/dc/elements/1.1/}title"),
            ("author", "{http://purl.org/dc/elements/1.1/}creator"),
            ("last_modified_by", _CP + "lastModifiedBy"),
        ):  # fmt: skip
            el = root.find(tag)
            if el is not None and el.text and el.text.strip():
                out[key] = el.text.strip()
        return out

    # --- the body walk --------------------------------------------------------------------------
    def _walk(self, body: etree._Element, starts: dict, ends: dict) -> None:
        stack: list[_Para] = []  # open paragraphs (nested only in malformed files)
        cur: _Para | None = None
        fmt = _PLAIN
        hidden = False
        fields: list[bool] = []  # per open complex field: True while in its instruction part
        in_instr = 0
        pending: _Para | None = None  # paragraph whose mark is deleted: merges into the next
        last: _Para | None = None  # the last finished paragraph
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
                        self._emit(cur)
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
                        para = _Para(props, parent)
                else:
                    para = _Para(props, parent)
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

    def _flush(self, para: _Para) -> None:
        """A paragraph whose mark is deleted and that has nothing to merge into: it stays only if
        something of it is left (text, a comment anchor)."""
        if para.length or para.marked:
            self._emit(para)

    def _emit(self, para: _Para) -> None:
        """Turn a finished paragraph into a model Paragraph (numbering, role, spans)."""
        style_id, num_id, ilvl, outline, _deleted = para.props
        ps = self.styles.paragraph(style_id)
        prefix = ""
        if self.numbering:
            if num_id is None:
                num_id = ps.num_id
                if ilvl is None and num_id:
                    ilvl = ps.ilvl
                    if ilvl is None:
                        ilvl = self.numbering.level_for_style(num_id, ps.style_id)
            elif ilvl is None and num_id == ps.num_id:
                ilvl = ps.ilvl
            if num_id:
                prefix = self.numbering.render(num_id, ilvl or 0)
        role = _OWN_STYLES.get(style_id) if style_id else None
        if role is None and ps.is_title:
            role = Role.TITLE
        level = ps.outline if outline is None else (outline if 0 <= outline <= 8 else None)
        self._levels.append(level)
        text = "".join(para.parts)
        spans = _spans(para.fmts, para.parts, len(prefix)) if para.fmts else []
        para.index = len(self.paragraphs)
        para.prefix = len(prefix)
        self.paragraphs.append(
            Paragraph(
                text=prefix + text,
                role=role,
                role_fixed=role is not None,  # headings are added by _outline_roles
                spans=spans,
                auto_number_len=len(prefix),
            )
        )


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


def _spans(fmts: list, parts: list[str], shift: int) -> list[Span]:
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


__all__ = ["read_docx"]
