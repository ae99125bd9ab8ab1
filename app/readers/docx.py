"""Word import: ``read_docx(path) -> Document``, our own walk of word/document.xml.

Why not python-docx: ``Paragraph.text`` drops text inside w:ins, w:sdt, w:fldSimple, w:smartTag,
``document.paragraphs`` skips block content controls, ``p.style.name`` costs 3.2 s on 10k
paragraphs, and it inflates every part before any size check (docs/REFERENCE.md §3). Here the
package is size-checked first (:mod:`.docx_safety`), document.xml is parsed once with a safe lxml
parser and walked once, iteratively (no recursion: nesting depth costs nothing but libxml2 caps it
at 256 anyway), in document order.

What the text of a paragraph is (tracked changes, fields, tables, hidden text, breaks…): see
:mod:`.docx_body`. Word auto-numbering is rendered (:mod:`.docx_numbering`) and prepended;
``auto_number_len`` is its length (marker plus its tab/space suffix).

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

from app.docx_ids import ATTACHMENT_LABEL_STYLE, ROLE_STYLES
from app.errors import ReadError
from app.model import Document, Paragraph, Position, Role
from app.readers.docx_body import BodyWalker, Para, spans_of
from app.readers.docx_comments import attach_anchors, read_comments
from app.readers.docx_numbering import Numbering
from app.readers.docx_safety import W_NS, Package, fail, open_package
from app.readers.docx_styles import Styles

log = logging.getLogger(__name__)

W = f"{{{W_NS}}}"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
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
        starts: dict = {}
        ends: dict = {}
        if body is not None:
            starts, ends = BodyWalker(self.styles, self._emit).walk(body)
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

    def _positions(self, marks: dict[str, tuple[Para, int]]) -> dict[str, tuple[int, Position]]:
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
    def _flush(self, para: Para) -> None:
        """A paragraph whose mark is deleted and that has nothing to merge into: it stays only if
        something of it is left (text, a comment anchor)."""
        if para.length or para.marked:
            self._emit(para)

    def _emit(self, para: Para) -> None:
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
        spans = spans_of(para.fmts, para.parts, len(prefix)) if para.fmts else []
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


__all__ = ["read_docx"]
