"""The package of the Word export: every part with its content type and relationships, and the
zip written in one step."""

from __future__ import annotations

import os
import zipfile
from typing import IO

from app import __version__
from app.writers import docx_styles as S
from app.writers.docx_carry import rels_xml
from app.writers.docx_comments import CommentPlan
from app.writers.docx_headfoot import HeadFoot
from app.writers.docx_images import CONTENT_TYPES, Media
from app.writers.output import write_replacing


def package(
    document: bytes, head_foot: HeadFoot, media: Media, cplan: CommentPlan | None, shift: int,
    title: str, author: str, now: str,
) -> list[tuple[str, bytes]]:  # fmt: skip
    """All parts of the package: [(zip name, bytes)], content types first."""
    overrides = [
        ("/word/document.xml", S.CT_DOCUMENT),
        ("/word/styles.xml", S.CT_STYLES),
        ("/word/settings.xml", S.CT_SETTINGS),
        ("/word/fontTable.xml", S.CT_FONT_TABLE),
        *[("/" + name, ctype) for name, _, ctype, _, _ in head_foot.parts],
        ("/docProps/core.xml", S.CT_CORE),
        ("/docProps/app.xml", S.CT_APP),
        *media.notes.overrides(),
    ]
    doc_rels = [
        ("rIdStyles", S.RT_STYLES, "styles.xml"),
        ("rIdSettings", S.RT_SETTINGS, "settings.xml"),
        ("rIdFontTable", S.RT_FONT_TABLE, "fontTable.xml"),
        *[(rid, rtype, name.removeprefix("word/")) for name, _, _, rtype, rid in head_foot.parts],
        *media.rels,
        *media.notes.rels(),
    ]
    parts = [
        ("word/document.xml", document),
        ("word/styles.xml", S.styles_xml(shift)),
        ("word/settings.xml", S.settings_xml()),
        ("word/fontTable.xml", S.font_table_xml()),
        *[(name, data) for name, data, *_ in head_foot.parts],
        *head_foot.extra,
        *media.notes.parts(),
    ]
    if cplan is not None:
        overrides += [
            ("/word/comments.xml", S.CT_COMMENTS),
            ("/word/commentsExtended.xml", S.CT_COMMENTS_EXTENDED),
        ]
        doc_rels += [
            ("rIdComments", S.RT_COMMENTS, "comments.xml"),
            ("rIdCommentsEx", S.RT_COMMENTS_EXTENDED, "commentsExtended.xml"),
        ]
        parts += [
            ("word/comments.xml", cplan.comments_xml()),
            ("word/commentsExtended.xml", cplan.comments_extended_xml()),
        ]
    package_rels = [
        ("rId1", S.RT_OFFICE_DOCUMENT, "word/document.xml"),
        ("rId2", S.RT_CORE, "docProps/core.xml"),
        ("rId3", S.RT_EXTENDED, "docProps/app.xml"),
    ]
    carrier = media.carrier
    if carrier is not None and carrier.rels:  # charts, SmartArt, OLE objects, altChunks …
        overrides += carrier.overrides
        parts += carrier.parts
        document_rels = rels_xml([(*rel, "") for rel in doc_rels] + carrier.rels)
    else:
        document_rels = S.rels_xml(doc_rels)
    return [
        ("[Content_Types].xml", S.content_types_xml(overrides, _defaults(media, head_foot))),
        ("_rels/.rels", S.rels_xml(package_rels)),
        ("word/_rels/document.xml.rels", document_rels),
        *parts,
        *media.parts,
        ("docProps/core.xml", S.core_xml(title, author, now, now)),
        ("docProps/app.xml", S.app_xml(__version__)),
    ]


def save(parts: list[tuple[str, bytes]], path: str | os.PathLike[str]) -> None:
    """Write the zip beside ``path``, then replace ``path`` in one step (app.writers.output).

    Deflate level 4: on the 4,400-paragraph benchmark it compresses document.xml in half the time
    of the default level 6 (0.08 s vs 0.17 s) for a file 4 % larger.
    """

    def produce(fh: IO[bytes]) -> None:
        with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in parts:
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, data, compresslevel=4)

    write_replacing(path, produce)


def _defaults(media: Media, head_foot: HeadFoot) -> list[tuple[str, str]]:
    """The content types of the pictures' extensions, the body's and the headers' and footers'."""
    return sorted(set(media.content_type_defaults())
                  | {(fmt, CONTENT_TYPES[fmt]) for fmt in head_foot.formats()})  # fmt: skip
