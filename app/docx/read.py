"""Word import: ``read_docx(path) -> Document`` with the package kept for a lossless Save.

One model paragraph per w:p, in body order (table-cell paragraphs included, row-major; a nested
table's paragraphs inside its cell's run). What a paragraph's text is: :mod:`app.docx.atoms`; what
its objects are: :mod:`app.docx.objects`; tables, headers/footers, notes and text boxes:
:mod:`app.docx.blocks`. Word auto-numbering is rendered and prepended (``auto_number_len``);
spans are bold/italic/underline from direct run formatting and character styles (paragraph styles
belong to the role). Roles (all role_fixed): Title style → TITLE; outline levels → HEADING_1–4
counted from the topmost the body uses (a lone unnumbered first line above them → TITLE), or
CHAPTER at level 0 when the level-0 headings are chapters (第X章…); our exporter's styles.

Why not python-docx: its text drops w:ins, w:sdt, w:fldSimple and w:smartTag content, style
lookups are slow, and it inflates parts before any size check (docs/REFERENCE.md §3).
"""

from __future__ import annotations

import logging
import os
import re
import zipfile
import zlib

from lxml import etree

from app.docx.blocks import BodyReader
from app.docx.package import DocxSource
from app.docx.revision_save import track_revisions_in
from app.errors import ReadError
from app.ignores import NAMESPACE as IGNORES_NAMESPACE
from app.ignores import IgnoreList
from app.model import OBJECT_CHAR, Document, Paragraph, Role
from app.readers.docx_comments import attach_anchors, read_comments
from app.readers.docx_look import LookReader
from app.readers.docx_numbering import Numbering
from app.readers.docx_safety import W_NS, Package, fail, open_package
from app.readers.docx_styles import Styles
from app.writers.docx_styles import ROLE_STYLES

log = logging.getLogger(__name__)

W = f"{{{W_NS}}}"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_OUTLINE_ROLES = {0: Role.HEADING_1, 1: Role.HEADING_2, 2: Role.HEADING_3, 3: Role.HEADING_4}
_CHAPTER = re.compile(r"[ \t\u3000]*第[一二三四五六七八九十百零〇两\d０-９]{1,4}(?:章|节|部分|编)")


def read_docx(path: str | os.PathLike[str]) -> Document:
    """Read a .docx into a :class:`Document`; every failure is a one-line :class:`ReadError`."""
    path = os.fspath(path)
    try:
        return _read(open_package(path))
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


def _read(pkg: Package) -> Document:
    root = pkg.xml(pkg.main)
    if root.tag != W + "document":
        main = pkg.main.lower()
        kind = (
            "Excel 表格"
            if main.startswith("xl/")
            else ("PowerPoint 演示文稿" if main.startswith("ppt/") else "其他格式的文件")
        )
        raise fail(pkg.path, f"这是{kind}，不是 Word 文档")
    styles_part = pkg.related(pkg.main, "/styles")
    styles_root = pkg.xml(styles_part) if styles_part else None
    styles = Styles(styles_root)
    numbering_part = pkg.related(pkg.main, "/numbering")
    numbering = Numbering(pkg.xml(numbering_part) if numbering_part else None, styles)
    source = DocxSource.from_package(pkg, root)
    comments = read_comments(pkg)
    body = BodyReader(pkg, root, styles, numbering, source, _looks(pkg, styles_root))
    body.read()
    paragraphs = body.paragraphs
    shift = _outline_roles(paragraphs, body.levels, styles)
    source.heading_shift = shift
    doc = Document(paragraphs=paragraphs, path=pkg.path, source_format="docx")
    doc.tables = body.tables
    doc.side_parts = body.side_parts()
    doc.comments = [c for _, c in comments]
    if comments:
        attach_anchors(comments, body.positions(body.starts), body.positions(body.ends))
    doc.properties = _properties(pkg)
    body.record(doc, comments)
    doc.source = source
    doc.ignores = _ignores(source)
    settings = pkg.related(pkg.main, "/settings")
    if settings is not None:
        source.track_revisions = track_revisions_in(pkg.read(settings), pkg.path, settings)
        doc.track_revisions = source.track_revisions
    return doc


def _looks(pkg: Package, styles: etree._Element | None) -> LookReader:
    """The reader of how paragraphs look in the file (its styles and theme fonts); a broken
    theme only costs the theme's font names."""
    theme_part = pkg.related(pkg.main, "/theme")
    theme = None
    if theme_part is not None:
        try:
            theme = pkg.xml(theme_part)
        except ReadError:
            theme = None
    return LookReader(styles, theme)


def _ignores(source: DocxSource) -> IgnoreList:
    """The reviewer's ignore list the file carries (a custom XML part of ours, which Word and
    WPS keep); an unreadable one is dropped: it never stops a document from opening."""
    data = source.custom_xml_part(IGNORES_NAMESPACE)
    if data is None:
        return IgnoreList()
    try:
        return IgnoreList.from_xml(data)
    except ValueError:
        return IgnoreList()


def _outline_roles(pars: list[Paragraph], levels: list[int | None], styles: Styles) -> int:
    """Heading roles from outline levels; returns the level shift: the outline level that
    holds 一级标题 (HEADING_1). A file from our exporter says so with its chapter style. For
    other files, chapters are assumed when every level-0 heading reads 第X章/节/部分/编 and
    there are deeper levels under them (shift 1); else the levels count from the topmost one the
    body uses (a drafter who starts at Word's 标题 2 means it as the first level, GB/T 9704
    7.3.3's 一、), after a title set as a heading: the first line of the body, alone at the top
    level, above deeper headings, and not numbered (cn12). Table-cell paragraphs are never
    headings."""
    title = None
    if styles.has(ROLE_STYLES[Role.BODY]):  # written by app.writers.docx
        chapters = any(p.role is Role.CHAPTER for p in pars)
        shift = 1 if chapters else 0
    else:
        top = [p for p, level in zip(pars, levels, strict=True) if level == 0]
        chapters = (
            bool(top)
            and all(_CHAPTER.match(p.text) for p in top)
            and any(level is not None and 1 <= level <= 4 for level in levels)
        )
        shift = 1 if chapters else 0
        if not chapters:
            title, shift = _heading_title(pars, levels)
    for p, level in zip(pars, levels, strict=True):
        if p.role is not None or level is None or p.cell is not None:
            continue
        if p is title:
            role: Role | None = Role.TITLE
        elif chapters and level == 0:
            role = Role.CHAPTER if _CHAPTER.match(p.text) else None
        else:
            role = _OUTLINE_ROLES.get(level - shift)
        if role is not None:
            p.role, p.role_fixed = role, True
    return shift


# a line that opens with a serial number (一、 （一） 1. 第X…): a heading, never the title
_NUMBERED = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]"
                       r"|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第)")


def _heading_title(pars: list[Paragraph], levels: list[int | None]) -> tuple[Paragraph | None, int]:
    """The paragraph of a title set as a heading (None) and the outline level of the first
    heading level (:func:`_outline_roles`)."""
    used = [(p, level) for p, level in zip(pars, levels, strict=True)
            if level is not None and p.cell is None and p.role is None
            and p.text.replace(OBJECT_CHAR, "").strip()]
    if not used:
        return None, 0
    top = min(level for _, level in used)
    first = next((p for p in pars if p.cell is None
                  and p.text.replace(OBJECT_CHAR, "").strip()), None)
    at_top = [p for p, level in used if level == top]
    rest = [level for _, level in used if level > top]
    text = first.text.strip() if first is not None else ""
    if len(at_top) == 1 and at_top[0] is first and rest and len(text) <= 60 \
            and not text.endswith(("。", "；", "：", ":")) and not _NUMBERED.match(text):
        return first, min(rest)
    return None, top


def _properties(pkg: Package) -> dict[str, str]:
    part = pkg.related("", "/core-properties") or (
        "docProps/core.xml" if pkg.has("docProps/core.xml") else None
    )
    if part is None:
        return {}
    try:
        root = pkg.xml(part)
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


__all__ = ["read_docx"]
