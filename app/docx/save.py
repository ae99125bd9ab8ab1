"""Save a Document read from a .docx by patching the package it came from.

Every zip entry is written back with the bytes it had when the file was opened, except:
- word/document.xml when a paragraph, table or comment anchor changed (:mod:`.body_patch`,
  :mod:`.comments_patch`); untouched paragraphs keep their XML exactly;
- the comment parts when comments were added, edited, resolved or deleted;
- docProps/core.xml: dcterms:modified and cp:lastModifiedBy only (the author stays);
- custom XML parts set through :meth:`DocxSource.set_custom_xml`;
- [Content_Types].xml and relationships only when a part is added.
Each save starts again from the package as opened, so saving twice writes the same file.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from typing import BinaryIO

from lxml import etree

from app.docx.body_patch import BodyPatcher
from app.docx.comments_patch import CommentsPatcher
from app.docx.custom_xml import put_custom_xml
from app.docx.data_binding import write_bound
from app.docx.package import DocxSource, serialize, write_zip
from app.docx.parts import PartSet
from app.docx.props import RunFormatter
from app.docx.revision_save import apply_table_decisions, drop_finished_moves, put_track_revisions
from app.docx.revision_side import decide_side_parts
from app.errors import WriteError
from app.i18n import tr
from app.ignores import NAMESPACE as IGNORES_NAMESPACE
from app.model import Document
from app.readers.docx_safety import parse_xml
from app.readers.docx_styles import Styles
from app.writers.output import write_replacing

log = logging.getLogger(__name__)
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_DCTERMS = "http://purl.org/dc/terms/"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"


def can_patch(doc: Document) -> bool:
    return isinstance(doc.source, DocxSource)


def save_docx(doc: Document, path: str | os.PathLike[str], author: str,
              now: datetime | None = None) -> None:  # fmt: skip
    """Write ``doc`` (read from a .docx) to ``path`` as its original package with the edits
    patched in. Raises :class:`WriteError` with a one-line Chinese message."""
    write_replacing(os.fspath(path), lambda fh: write_patched(doc, fh, author, now))


def write_patched(doc: Document, target: str | BinaryIO, author: str,
                  now: datetime | None = None) -> None:  # fmt: skip
    """Write the patched package to ``target`` (a path or a binary file), with no temp file of
    its own: for callers that already write atomically (app.storage)."""
    source = doc.source
    if not isinstance(source, DocxSource):
        raise WriteError(tr("此文档不是从 Word 文件打开的，无法按原文件保存",
                            "This document was not opened from a Word file: it cannot be"
                            " saved over one"))
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        data = patched_parts(doc, source, author, stamp)
    except WriteError:
        raise
    except Exception:  # a bug of ours: say so in one line; the file on disk is not touched
        log.exception("patching %s failed", source.path)
        message = tr("保存失败：无法把修改写回原 Word 文件（原文件未改动，详情见日志）",
                     "Save failed: the changes could not be written back into the Word file"
                     " (the original file is unchanged; details in the log)")
        raise WriteError(message) from None
    write_zip(target, source.infos, data)


def patched_parts(doc: Document, source: DocxSource, author: str, stamp: str) -> dict[str, bytes]:
    """The package's entries (zip name → bytes) with the edits of ``doc`` applied."""
    parts = PartSet(source)
    root = parse_xml(source.data[source.names[source.main.lower()]], source.path, source.main)
    styles_name = parts.related(source.main, "/styles")
    styles = Styles(parse_xml(parts.get(styles_name) or b"", source.path, styles_name)
                    if styles_name else None)  # fmt: skip
    run_format = RunFormatter(styles)
    body = BodyPatcher(doc, source, root, styles, run_format)
    body.run()
    if body.bound and write_bound(parts, source.main, body.bound):
        body.changed = True
    revised = bool(source.table_decisions) and apply_table_decisions(root, source.table_decisions)
    if source.table_decisions:  # accept/reject all: headers, footers and notes too
        decide_side_parts(parts, source, source.table_decisions)
    if source.overrides or revised:
        revised |= drop_finished_moves(root)
    comments = CommentsPatcher(doc, source, root, parts, body.placed, run_format, stamp,
                               body.shifts)
    comments.run()
    if body.changed or comments.body_changed or revised:
        parts.put(source.main, serialize(root, source.strict))
    if doc.track_revisions != source.track_revisions:
        put_track_revisions(parts, source.main, doc.track_revisions)
    _keep_ignores(doc, source)
    for namespace, xml in source.custom_xml.items():
        put_custom_xml(parts, namespace, xml)
    _touch_core(parts, author, stamp)
    return parts.data


def _keep_ignores(doc: Document, source: DocxSource) -> None:
    """The ignore list travels in the file as a custom XML part; written only when it differs
    from what the file holds (an unchanged list leaves the package as it was)."""
    held = source.custom_xml_part(IGNORES_NAMESPACE)
    if held is None and not doc.ignores:
        return
    xml = doc.ignores.to_xml()
    if held != xml:
        source.set_custom_xml(xml)


def _touch_core(parts: PartSet, author: str, stamp: str) -> None:
    """dcterms:modified and cp:lastModifiedBy; nothing else of the core properties changes."""
    name = parts.related("", "/core-properties") or (
        "docProps/core.xml" if parts.get("docProps/core.xml") is not None else None
    )
    blob = parts.get(name) if name else None
    if name is None or blob is None:
        return
    try:
        root = parse_xml(blob, parts.source.path, name)
    except Exception:  # a broken core.xml is kept as it was, never made worse
        return
    modified = root.find(f"{{{_DCTERMS}}}modified")
    if modified is None:
        modified = etree.SubElement(root, f"{{{_DCTERMS}}}modified")
        modified.set(f"{{{_XSI}}}type", "dcterms:W3CDTF")
    modified.text = stamp
    by = root.find(f"{{{_CP}}}lastModifiedBy")
    if by is None:
        by = etree.SubElement(root, f"{{{_CP}}}lastModifiedBy")
    by.text = author
    parts.put(name, serialize(root))
