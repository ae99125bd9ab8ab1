"""Word export: a GB/T 9704-2012 laid-out .docx with comments and tracked changes.

The package is assembled from scratch (see :mod:`app.writers.docx_styles` for the layout and the
reasons): python-docx's template would have to be scrubbed of Letter paper, ja-JP, theme fonts,
a thumbnail and its own name, and its per-run API is slow. The body is built with lxml: one
w:p per written paragraph, runs split only where something changes (run-in heading sentence,
bold/italic/underline spans, comment anchors, tracked changes). Fonts are in the styles, never
on runs.

Paragraph roles come from :func:`app.engine.analyze` (pass ``analysis`` when you have it). JUNK
paragraphs are left out unless ``keep_junk``; BLANK paragraphs are written empty.
"""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime

from lxml import etree

from app import __version__
from app.layout import layout_extras
from app.model import Comment, Document, Position, Role
from app.outline.roles import is_attachment_label
from app.writers import docx_styles as S
from app.writers.docx_comments import END, POINT, START, CommentPlan, initials_of
from app.writers.docx_revisions import DEL, DELETED, EQ, INSERTED, plan
from app.writers.output import write_replacing

_W = f"{{{S.W_NS}}}"
W_P, W_PPR, W_PSTYLE, W_R, W_RPR, W_T = (_W + t for t in ("p", "pPr", "pStyle", "r", "rPr", "t"))
W_VAL, W_ID = _W + "val", _W + "id"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_SPLIT = re.compile(r"([\t\n])")


def write_docx(
    doc: Document,
    path,
    *,
    analysis=None,
    author: str = "ReportDesk",
    findings_as_comments: bool = False,
    findings=None,
    reviewer: str | None = None,
    tracked_changes_from: Document | None = None,
    keep_junk: bool = False,
) -> None:
    """Write ``doc`` to ``path`` as a GB/T 9704 .docx (atomically: temp file, then replace).

    - ``analysis``: the result of :func:`app.engine.analyze` for ``doc`` (computed if None).
    - ``author``: docProps creator/last modified by, and the author of tracked changes.
    - ``findings_as_comments``: also write each finding (``findings``, default the analysis'
      findings) as a comment "[rule] message" by ``reviewer`` (default ``author``).
    - ``tracked_changes_from``: the original document; differences become w:ins / w:del.
    - ``keep_junk``: write JUNK paragraphs too (grey), instead of leaving them out.

    Raises :class:`WriteError` (Chinese message) when the file cannot be written.
    """
    if analysis is None:
        from app.engine import analyze

        analysis = analyze(doc)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    author = S.clean_text(author) or "ReportDesk"
    roles = [r or Role.BODY for r in analysis.roles]
    roles += [p.role or Role.BODY for p in doc.paragraphs[len(roles) :]]
    headings = {h.index: h for h in analysis.headings}
    texts = ["" if r is Role.BLANK else p.text for p, r in zip(doc.paragraphs, roles, strict=False)]
    entries = plan(doc, tracked_changes_from, texts)

    # Which entries are written, with which role and text.
    written = []  # (entry, role, text)
    out_of: dict[int, int] = {}  # index in doc → output paragraph
    for e in entries:
        role = roles[e.index] if e.index is not None else (e.paragraph.role or Role.BODY)
        if role is Role.JUNK and not keep_junk:
            continue
        if role is Role.BLANK and not written and not keep_junk:
            continue  # blank lines before the first text (often left around removed junk)
        if e.index is not None:
            out_of[e.index] = len(written)
            text = texts[e.index]
        else:
            text = "" if role is Role.BLANK else e.paragraph.text
        written.append((e, role, text))
    shift = 1 if any(r is Role.CHAPTER for _, r, _ in written) else 0

    comments = list(doc.comments)
    if findings_as_comments:
        who = S.clean_text(reviewer or "") or author
        for f in findings if findings is not None else analysis.findings:
            if not 0 <= f.index < len(doc.paragraphs):
                continue
            pid = doc.paragraphs[f.index].id
            start, end = Position(pid, f.start), Position(pid, f.end)
            text = f"[{f.rule}] {f.message}"
            comments.append(Comment(text, who, initials_of(who), now, start, end, rule=f.rule))
    order = [(p.id, out_of.get(i), len(texts[i])) for i, p in enumerate(doc.paragraphs)]
    cplan = CommentPlan(comments, order, now)

    writer = _BodyWriter(cplan, author, now, len(comments))
    layout = layout_extras(written)
    for k, (e, role, text) in enumerate(written):
        heading = headings.get(e.index) if e.index is not None else None
        writer.paragraph(k, e, role, text, heading, shift, layout.get(k))
    if not written:
        writer.paragraph(0, None, Role.BLANK, "", None, 0, None)

    title = " ".join(t.strip() for e, r, t in written if r is Role.TITLE and e.status != DELETED)
    parts = _package(
        writer.body_xml(),
        cplan if comments else None,
        shift,
        S.clean_text(doc.properties.get("title", "") or title),
        author,
        now,
    )
    _save(parts, path)


class _BodyWriter:
    def __init__(self, cplan: CommentPlan, author: str, now: str, first_rev_id: int):
        self.body = etree.Element(_W + "body")
        self.cplan = cplan
        self.rev_attrs = {_W + "author": author, _W + "date": now}
        self.next_rev = first_rev_id

    def _rev(self, parent, kind: str, author: str = "", date: str = ""):
        el = etree.SubElement(parent, _W + kind, self.rev_attrs)
        if author:  # a revision the document holds keeps its reviewer and time
            el.set(_W + "author", S.clean_text(author))
            if date:
                el.set(_W + "date", date)
            else:
                del el.attrib[_W + "date"]
        el.set(W_ID, str(self.next_rev))
        self.next_rev += 1
        return el

    def paragraph(self, k, entry, role, text, heading, shift, extra) -> None:
        p = etree.SubElement(self.body, W_P)
        ppr = etree.SubElement(p, W_PPR)
        style = S.ROLE_STYLES[role]
        if role is Role.ATTACHMENT and is_attachment_label(text):
            style = S.ATTACHMENT_LABEL_STYLE
        level = role.heading_level
        run_in = level is not None and heading is not None and heading.run_in
        title_end = min(max(heading.title_end, 0), len(text)) if run_in else 0
        if run_in:
            style = S.ROLE_STYLES[Role.BODY]
        etree.SubElement(ppr, W_PSTYLE, {W_VAL: style})
        if extra:
            if "before" in extra:
                etree.SubElement(ppr, _W + "spacing", {_W + "before": str(extra["before"])})
            # One w:ind (the schema allows one): twips and hundredths of a character each.
            ind = {}
            for key, attr in (("right", "right"), ("first", "firstLine")):
                if key in extra:
                    ind[_W + attr] = str(round(extra[key] * S.CHAR))
                    ind[_W + attr + "Chars"] = str(round(extra[key] * 100))
            if ind:
                etree.SubElement(ppr, _W + "ind", ind)
        if run_in:
            etree.SubElement(ppr, _W + "outlineLvl", {W_VAL: str(level - 1 + shift)})
        if entry is not None and entry.status in (INSERTED, DELETED):
            self._rev(etree.SubElement(ppr, W_RPR), "ins" if entry.status == INSERTED else "del")

        events = self.cplan.events_for(k)
        pieces = entry.pieces if entry is not None else []
        spans = entry.paragraph.spans if entry is not None and entry.status != DELETED else []
        if not events and not spans and not title_end and len(pieces) == 1 and pieces[0].kind == EQ:
            self._run(p, text, None, (False, False, False), False)  # the common case
            return
        char_style = S.HEADING_CHAR_STYLES[level] if run_in else None
        cuts = {title_end} if title_end else set()
        for s in spans:
            cuts.update((s.start, s.end))
        cuts.update(ev[0] for ev in events)
        cuts = sorted(cuts)
        n = len(text)
        state = {"ev": 0, "kind": None, "box": None}

        def flush(upto: int) -> None:
            while state["ev"] < len(events) and events[state["ev"]][0] <= upto:
                _, kind, _, wid = events[state["ev"]]
                state["ev"] += 1
                state["kind"] = None
                if kind in (START, POINT):
                    etree.SubElement(p, _W + "commentRangeStart", {W_ID: str(wid)})
                if kind in (END, POINT):
                    etree.SubElement(p, _W + "commentRangeEnd", {W_ID: str(wid)})
                    r = etree.SubElement(p, W_R)
                    rpr = etree.SubElement(r, W_RPR)
                    etree.SubElement(rpr, _W + "rStyle", {W_VAL: "CommentReference"})
                    etree.SubElement(r, _W + "commentReference", {W_ID: str(wid)})

        def parent_for(kind: str, piece=None):
            if kind == EQ:
                state["kind"] = None
                return p
            who = (piece.author, piece.date) if piece is not None else ("", "")
            if state["kind"] != (kind, who):
                state["kind"], state["box"] = (kind, who), self._rev(p, kind, *who)
            return state["box"]

        for piece in pieces:
            if piece.kind == DEL:
                flush(piece.start)
                self._run(parent_for(DEL, piece), piece.text, None, (False, False, False), True)
                continue
            a = piece.start
            for b in [c for c in cuts if piece.start < c < piece.end] + [piece.end]:
                flush(a)
                fmt = (
                    any(s.bold and s.start <= a < s.end for s in spans),
                    any(s.italic and s.start <= a < s.end for s in spans),
                    any(s.underline and s.start <= a < s.end for s in spans),
                )
                rstyle = char_style if a < title_end else None
                self._run(parent_for(piece.kind, piece), text[a:b], rstyle, fmt, False)
                a = b
        flush(n)

    @staticmethod
    def _run(parent, text: str, rstyle: str | None, fmt, deleted: bool) -> None:
        r = etree.SubElement(parent, W_R)
        if rstyle or fmt[0] or fmt[1] or fmt[2]:
            rpr = etree.SubElement(r, W_RPR)
            if rstyle:
                etree.SubElement(rpr, _W + "rStyle", {W_VAL: rstyle})
            if fmt[0]:
                etree.SubElement(rpr, _W + "b")
                etree.SubElement(rpr, _W + "bCs")
            if fmt[1]:
                etree.SubElement(rpr, _W + "i")
                etree.SubElement(rpr, _W + "iCs")
            if fmt[2]:
                etree.SubElement(rpr, _W + "u", {W_VAL: "single"})
        text = S.clean_text(text)
        tag = _W + "delText" if deleted else W_T
        if "\t" not in text and "\n" not in text:
            if text:
                etree.SubElement(r, tag, {XML_SPACE: "preserve"}).text = text
            return
        for chunk in _SPLIT.split(text):
            if chunk == "\t":
                etree.SubElement(r, _W + "tab")
            elif chunk == "\n":
                etree.SubElement(r, _W + "br")
            elif chunk:
                etree.SubElement(r, tag, {XML_SPACE: "preserve"}).text = chunk

    def body_xml(self) -> bytes:
        root = etree.Element(_W + "document", nsmap={"w": S.W_NS, "r": S.R_NS})
        root.append(self.body)
        self.body.append(etree.fromstring(S.sect_pr_xml("rIdFooterOdd", "rIdFooterEven")))
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _package(document: bytes, cplan, shift: int, title: str, author: str, now: str):
    """All parts of the package: [(zip name, bytes)], content types first."""
    overrides = [
        ("/word/document.xml", S.CT_DOCUMENT),
        ("/word/styles.xml", S.CT_STYLES),
        ("/word/settings.xml", S.CT_SETTINGS),
        ("/word/fontTable.xml", S.CT_FONT_TABLE),
        ("/word/footer1.xml", S.CT_FOOTER),
        ("/word/footer2.xml", S.CT_FOOTER),
        ("/docProps/core.xml", S.CT_CORE),
        ("/docProps/app.xml", S.CT_APP),
    ]
    doc_rels = [
        ("rIdStyles", S.RT_STYLES, "styles.xml"),
        ("rIdSettings", S.RT_SETTINGS, "settings.xml"),
        ("rIdFontTable", S.RT_FONT_TABLE, "fontTable.xml"),
        ("rIdFooterOdd", S.RT_FOOTER, "footer1.xml"),
        ("rIdFooterEven", S.RT_FOOTER, "footer2.xml"),
    ]
    parts = [
        ("word/document.xml", document),
        ("word/styles.xml", S.styles_xml(shift)),
        ("word/settings.xml", S.settings_xml()),
        ("word/fontTable.xml", S.font_table_xml()),
        ("word/footer1.xml", S.footer_xml(odd=True)),
        ("word/footer2.xml", S.footer_xml(odd=False)),
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
    return [
        ("[Content_Types].xml", S.content_types_xml(overrides)),
        ("_rels/.rels", S.rels_xml(package_rels)),
        ("word/_rels/document.xml.rels", S.rels_xml(doc_rels)),
        *parts,
        ("docProps/core.xml", S.core_xml(title, author, now, now)),
        ("docProps/app.xml", S.app_xml(__version__)),
    ]


def _save(parts, path) -> None:
    """Write the zip beside ``path``, then replace ``path`` in one step (app.writers.output).

    Deflate level 4: on the 4,400-paragraph benchmark it compresses document.xml in half the time
    of the default level 6 (0.08 s vs 0.17 s) for a file 4 % larger.
    """

    def produce(fh) -> None:
        with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in parts:
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, data, compresslevel=4)

    write_replacing(path, produce)
