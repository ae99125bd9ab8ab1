"""Word export: a GB/T 9704-2012 laid-out .docx with comments and tracked changes.

The package is assembled from scratch (see :mod:`app.writers.docx_styles` for the layout and the
reasons): python-docx's template would have to be scrubbed of Letter paper, ja-JP, theme fonts,
a thumbnail and its own name, and its per-run API is slow. The body is built with lxml: one
w:p per written paragraph, runs split only where something changes (run-in heading sentence,
bold/italic/underline spans, comment anchors, tracked changes). Fonts are in the styles, never
on runs, except in the red head of a .docx template, which keeps the file's own look
(:mod:`app.writers.docx_masthead`).

Paragraph roles come from :func:`app.engine.analyze` (pass ``analysis`` when you have it). JUNK
paragraphs are left out unless ``keep_junk``; BLANK paragraphs are written empty.
"""

from __future__ import annotations

import os
import re
import zipfile
from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING

from lxml import etree
from lxml.etree import _Element

from app import __version__
from app.model import (
    LINE_BREAK,
    OBJECT_CHAR,
    Comment,
    Document,
    InlineObject,
    ParaLook,
    Position,
    Role,
    RunLook,
)
from app.render_lists import list_nesting
from app.render_plan import (
    BODY_PT,
    LINE_PITCH,
    Align,
    Face,
    Planned,
    Source,
    file_rule,
    plan,
    separator_rule,
    starts_page,
)
from app.textclean import clean_text
from app.writers import docx_masthead as M
from app.writers import docx_styles as S
from app.writers.docx_comments import END, POINT, START, CommentPlan, initials_of
from app.writers.docx_equations import Equations
from app.writers.docx_headfoot import HeadFoot, house_head_foot
from app.writers.docx_images import CONTENT_TYPES, Media
from app.writers.docx_revisions import DEL, DELETED, EQ, INSERTED, SAME, Entry
from app.writers.docx_revisions import plan as revision_plan
from app.writers.docx_tables import TablePlacer, cell_alignment, cell_size, small_cell_spacing
from app.writers.output import write_replacing

if TYPE_CHECKING:
    from app.engine import Analysis
    from app.findings import Finding

_W = f"{{{S.W_NS}}}"
W_P, W_PPR, W_PSTYLE, W_R, W_RPR, W_T = (_W + t for t in ("p", "pPr", "pStyle", "r", "rPr", "t"))
W_VAL, W_ID = _W + "val", _W + "id"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_SPLIT = re.compile("([\t\n\u2028])")


def write_docx(
    doc: Document,
    path: str | os.PathLike[str],
    *,
    analysis: Analysis | None = None,
    author: str = "ReportDesk",
    findings_as_comments: bool = False,
    findings: list[Finding] | None = None,
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
    author = clean_text(author) or "ReportDesk"
    roles = [r or Role.BODY for r in analysis.roles]
    roles += [p.role or Role.BODY for p in doc.paragraphs[len(roles) :]]
    headings = {h.index: h for h in analysis.headings}
    texts = ["" if r is Role.BLANK else p.text for p, r in zip(doc.paragraphs, roles, strict=False)]
    entries = revision_plan(doc, tracked_changes_from, texts)

    # Which entries are written, with which role, text and layout: decided by the render plan.
    sources = []
    nest = list_nesting(doc.paragraphs)
    for k, e in enumerate(entries):
        role = roles[e.index] if e.index is not None else (e.paragraph.role or Role.BODY)
        text = texts[e.index] if e.index is not None else e.paragraph.text
        para = e.paragraph
        sources.append(Source(k, e.index, role, text, para.virtual, para.cell, tuple(para.objects),
                              e.index is not None and starts_page(doc.paragraphs, e.index),
                              file_rule(para) if e.index is not None else None,
                              nest.get(e.index, 0.0) if e.index is not None else 0.0))
    written = plan(sources, headings, keep_junk=keep_junk)
    out_of = {p.index: n for n, p in enumerate(written) if p.index is not None}
    shift = 1 if any(p.role is Role.CHAPTER for p in written) else 0

    comments = list(doc.comments)
    if findings_as_comments:
        who = clean_text(reviewer or "") or author
        for f in findings if findings is not None else analysis.findings:
            # a problem about text the export leaves out (site junk) has nothing to hang on,
            # and one the reviewer ignored is not theirs to send
            if not 0 <= f.index < len(doc.paragraphs) or f.index not in out_of or f.ignored:
                continue
            pid = doc.paragraphs[f.index].id
            start, end = Position(pid, f.start), Position(pid, f.end)
            # the reviewer's words, not the program's: the rule stays in Comment.rule
            comments.append(Comment(f.message, who, initials_of(who), now, start, end,
                                    rule=f.rule))  # fmt: skip
    order = [(p.id, out_of.get(i), len(texts[i])) for i, p in enumerate(doc.paragraphs)]
    cplan = CommentPlan(comments, order, now)

    writer = _BodyWriter(cplan, author, now, len(comments))
    writer.media.equations = Equations(doc)
    tables = TablePlacer(writer.body, doc.tables)
    masthead = M.masthead_looks(doc, roles)
    for k, planned in enumerate(written):
        look = masthead.get(planned.index) if planned.index is not None else None
        if look is not None and entries[planned.key].status != SAME:
            look = None  # a tracked insertion or deletion is written in the house look
        writer.cell_size = cell_size(doc, planned)
        writer.cell_spacing = small_cell_spacing(doc, planned)
        writer.paragraph(k, entries[planned.key], planned, shift, tables.parent_for(planned.cell),
                         look, cell_alignment(doc, planned))
    tables.finish()
    if not written:
        writer.paragraph(0, None, Planned(0, None, Role.BLANK, "", Face.FANGSONG, Align.FLUSH), 0)

    title = " ".join(p.text.strip() for p in written
                     if p.role is Role.TITLE and entries[p.key].status != DELETED)  # fmt: skip
    head_foot = house_head_foot(doc)
    parts = _package(
        writer.body_xml(S.sect_pr_xml(head_foot.references, head_foot.title_page)),
        head_foot,
        writer.media,
        cplan if comments else None,
        shift,
        clean_text(doc.properties.get("title", "") or title),
        author,
        now,
    )
    _save(parts, path)


class _RunPlace:
    """Where the paragraph writer puts the next run: in the paragraph, or in the w:ins/w:del it
    continues; and the paragraph's comment markers written so far."""

    def __init__(self, writer: _BodyWriter, p: _Element, events: list[tuple[int, int, int, int]]):
        self.writer, self.p, self.events = writer, p, events
        self.next_event = 0
        self.kind: str | None = None  # the open w:ins/w:del, if any
        self.box: _Element | None = None

    def flush(self, upto: int) -> None:
        """Write the comment markers at offsets up to ``upto``."""
        p, events = self.p, self.events
        while self.next_event < len(events) and events[self.next_event][0] <= upto:
            _, kind, _, wid = events[self.next_event]
            self.next_event += 1
            self.kind = None
            if kind in (START, POINT):
                etree.SubElement(p, _W + "commentRangeStart", {W_ID: str(wid)})
            if kind in (END, POINT):
                etree.SubElement(p, _W + "commentRangeEnd", {W_ID: str(wid)})
                r = etree.SubElement(p, W_R)
                rpr = etree.SubElement(r, W_RPR)
                etree.SubElement(rpr, _W + "rStyle", {W_VAL: "CommentReference"})
                etree.SubElement(r, _W + "commentReference", {W_ID: str(wid)})

    def parent_for(self, kind: str, author: str = "", date: str = "") -> _Element:
        """``author``/``date``: of a revision the document holds (else the exporting author)."""
        if kind == EQ:
            self.kind = None
            return self.p
        key = f"{kind}\0{author}\0{date}"
        if self.kind != key or self.box is None:
            self.kind, self.box = key, self.writer._rev(self.p, kind, author, date)
        return self.box


class _BodyWriter:
    def __init__(self, cplan: CommentPlan, author: str, now: str, first_rev_id: int) -> None:
        self.body = etree.Element(_W + "body")
        self.cplan = cplan
        self.rev_attrs = {_W + "author": author, _W + "date": now}
        self.next_rev = first_rev_id
        self.media = Media()
        self.cell_size: str | None = None  # half points of the paragraph being written
        self.cell_spacing: dict[str, str] | None = None  # a small-type cell's (docx_tables)

    def _rev(self, parent: _Element, kind: str, author: str = "", date: str = "") -> _Element:
        el: _Element = etree.SubElement(parent, _W + kind, self.rev_attrs)
        if author:  # a revision the document holds keeps its reviewer and time
            el.set(_W + "author", clean_text(author))
            if date:
                el.set(_W + "date", date)
            else:
                del el.attrib[_W + "date"]
        el.set(W_ID, str(self.next_rev))
        self.next_rev += 1
        return el

    def paragraph(
        self, k: int, entry: Entry | None, planned: Planned, shift: int,
        parent: _Element | None = None, look: ParaLook | None = None,
        cell_jc: str | None = None,
    ) -> None:  # fmt: skip
        """Write ``planned`` as a w:p at the end of ``parent`` (the body, or a table cell);
        ``look``: the file's look it keeps (a masthead paragraph), else the house look;
        ``cell_jc``: a table cell's own alignment
        (:func:`app.writers.docx_tables.cell_alignment`)."""
        role, text = planned.role, planned.text
        p = etree.SubElement(self.body if parent is None else parent, W_P)
        ppr = etree.SubElement(p, W_PPR)
        style = S.ROLE_STYLES[role]
        if planned.label:
            style = S.ATTACHMENT_LABEL_STYLE
        level = role.heading_level
        run_in = level is not None and planned.run_in
        title_end = planned.run_in_end if run_in else 0
        if run_in:
            style = S.ROLE_STYLES[Role.BODY]
        etree.SubElement(ppr, W_PSTYLE, {W_VAL: style})
        if planned.page_break_before and not planned.label:  # (the label's style has it)
            etree.SubElement(ppr, _W + "pageBreakBefore")
        rule = separator_rule(planned)
        if rule is not None:  # a red head's separator line: the paragraph's bottom border
            _rule_border(ppr, *rule)
        elif planned.rule_above is not None:  # a 版记: between its rules (GB/T 9704 7.4)
            _rule_border(ppr, *planned.rule_above, top=True)
        elif planned.rule_below is not None:  # under the 发文字号: 4 mm below its line
            _rule_border(ppr, *planned.rule_below, space=HEAD_RULE_SPACE)
        objects = [k for k, ch in enumerate(text) if ch == OBJECT_CHAR]
        pictures = any(o.kind == "image" and o.image for o in planned.objects)
        kinds = {o.kind for o in planned.objects}
        own = pictures or bool(kinds & {"footnote", "endnote", "equation"})
        spacing = {_W + "before": str(LINE_PITCH)} if planned.blank_before else {}
        if pictures or "equation" in kinds:  # an exact 28.95 pt line would cut them
            spacing.update({_W + "line": "240", _W + "lineRule": "auto"})
        elif self.cell_spacing is not None:  # a 五号 table: its own rows, not grid lines
            etree.SubElement(ppr, _W + "snapToGrid", {W_VAL: "0"})
            spacing = {_W + k: v for k, v in self.cell_spacing.items()}
        if spacing:
            etree.SubElement(ppr, _W + "spacing", spacing)
        # One w:ind (the schema allows one): twips and hundredths of a character each.
        ind = {}
        for value, attr in ((planned.left_indent or None, "left"), (planned.right_indent, "right"),
                            (planned.first_indent, "firstLine")):  # fmt: skip
            if value is not None:
                ind[_W + attr] = str(round(value * S.CHAR))
                ind[_W + attr + "Chars"] = str(round(value * 100))
        if ind:
            etree.SubElement(ppr, _W + "ind", ind)
        if look is not None:
            M.paragraph_layout(ppr, look)
        elif cell_jc is not None:
            etree.SubElement(ppr, _W + "jc", {W_VAL: cell_jc})
        elif planned.boxed and planned.align is Align.FLUSH:  # text-box words, a 版记
            etree.SubElement(ppr, _W + "jc", {W_VAL: "left"})
        if run_in and level is not None:
            etree.SubElement(ppr, _W + "outlineLvl", {W_VAL: str(level - 1 + shift)})
        if entry is not None and entry.status in (INSERTED, DELETED):
            self._rev(etree.SubElement(ppr, W_RPR), "ins" if entry.status == INSERTED else "del")

        if planned.boxed:  # text-box words (发文机关标志, 版记): in the head's look
            run = M.run_look_at(look, 0) if look is not None else None
            if run is None and planned.size != BODY_PT:
                run = RunLook(size_pt=planned.size)
            self._run(p, text, None, (False, False, False), False, run)
            return
        events = self.cplan.events_for(k)
        pieces = entry.pieces if entry is not None else []
        spans = entry.paragraph.spans if entry is not None and entry.status != DELETED else []
        breaks = set(planned.breaks)
        plain = (not events and not spans and not title_end and not breaks and not own
                 and look is None)
        if plain and len(pieces) == 1 and pieces[0].kind == EQ:
            self._run(p, text, None, (False, False, False), False)  # the common case
            return
        char_style = S.HEADING_CHAR_STYLES[level] if run_in and level is not None else None
        cut_set = {title_end} if title_end else set()
        cut_set.update(breaks)
        if own:  # each object its own run (a picture, a note's reference mark)
            cut_set.update(k for o in objects for k in (o, o + 1))
        for s in spans:
            cut_set.update((s.start, s.end))
        if look is not None:
            cut_set.update(M.look_cuts(look))
        cut_set.update(ev[0] for ev in events)
        cuts = sorted(cut_set)
        n = len(text)
        runs = _RunPlace(self, p, events)
        flush, parent_for = runs.flush, runs.parent_for

        for piece in pieces:
            if piece.kind == DEL:
                flush(piece.start)
                self._run(parent_for(DEL, piece.author, piece.date), piece.text, None,
                          (False, False, False), True)  # fmt: skip
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
                if own and text[a:b] == OBJECT_CHAR:
                    nth = objects.index(a)
                    obj = planned.objects[nth] if nth < len(planned.objects) else None
                    self._picture(parent_for(piece.kind, piece.author, piece.date), obj,
                                  LINE_BREAK if a in breaks else "")  # fmt: skip
                    a = b
                    continue
                chunk = (LINE_BREAK if a in breaks else "") + text[a:b]
                self._run(parent_for(piece.kind, piece.author, piece.date), chunk, rstyle, fmt,
                          False, M.run_look_at(look, a) if look is not None else None)
                a = b
        flush(n)

    def _picture(self, parent: _Element, obj: InlineObject | None, before: str) -> None:
        """A run with the picture of ``obj`` (nothing when it cannot be drawn)."""
        if before:
            self._run(parent, before, None, (False, False, False), False)
        run = etree.SubElement(parent, W_R)
        if not self.media.drawing(run, obj):
            parent.remove(run)

    def _run(
        self, parent: _Element, text: str, rstyle: str | None, fmt: tuple[bool, bool, bool],
        deleted: bool, look: RunLook | None = None,
    ) -> None:  # fmt: skip
        r = etree.SubElement(parent, W_R)
        size = self.cell_size  # a table cell's own type size (docx_tables.cell_size)
        if look is not None:  # a masthead run: the file's look, its own bold/italic/underline
            M.run_props(etree.SubElement(r, W_RPR), look, fmt)
        elif rstyle or fmt[0] or fmt[1] or fmt[2] or size:
            rpr = etree.SubElement(r, W_RPR)
            if rstyle:
                etree.SubElement(rpr, _W + "rStyle", {W_VAL: rstyle})
            if fmt[0]:
                etree.SubElement(rpr, _W + "b")
                etree.SubElement(rpr, _W + "bCs")
            if fmt[1]:
                etree.SubElement(rpr, _W + "i")
                etree.SubElement(rpr, _W + "iCs")
            if size:  # (w:sz after w:i, before w:u in the schema's order)
                etree.SubElement(rpr, _W + "sz", {W_VAL: size})
                etree.SubElement(rpr, _W + "szCs", {W_VAL: size})
            if fmt[2]:
                etree.SubElement(rpr, _W + "u", {W_VAL: "single"})
        # An inline object (U+FFFC) the export cannot carry is left out, never written as a
        # character; a line break (U+2028) is a w:br.
        text = clean_text(text).replace(OBJECT_CHAR, "")
        tag = _W + "delText" if deleted else W_T
        if "\t" not in text and "\n" not in text and LINE_BREAK not in text:
            if text:
                etree.SubElement(r, tag, {XML_SPACE: "preserve"}).text = text
            return
        for chunk in _SPLIT.split(text):
            if chunk == "\t":
                etree.SubElement(r, _W + "tab")
            elif chunk in ("\n", LINE_BREAK):
                etree.SubElement(r, _W + "br")
            elif chunk:
                etree.SubElement(r, tag, {XML_SPACE: "preserve"}).text = chunk

    def body_xml(self, sect_pr: str) -> bytes:
        root = etree.Element(_W + "document", nsmap={"w": S.W_NS, "r": S.R_NS})
        root.append(self.body)
        self.body.append(etree.fromstring(sect_pr))
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# The 发文字号's glyphs end ~2.3 mm above its exact 28.95 pt line's foot; 5 pt more puts the rule
# 4 mm under them (GB/T 9704 7.2.7).
HEAD_RULE_SPACE = 5


def _rule_border(ppr: _Element, width_pt: float, color: str | None, space: int = 1,
                 top: bool = False) -> None:
    """A bottom border across the paragraph (w:pBdr, right after w:pStyle as the schema orders
    pPr): the rule a line shape drew in the source, in its width (eighths of a point, 2–96)
    and colour; ``space``: points between the line's foot and the rule; ``top``: the same rule
    over the paragraph too (a 版记's)."""
    border = etree.SubElement(ppr, _W + "pBdr")
    eighths = max(2, min(96, round(width_pt * 8)))
    for side in ("top", "bottom") if top else ("bottom",):
        etree.SubElement(border, _W + side, {
            W_VAL: "single", _W + "sz": str(eighths), _W + "space": str(space),
            _W + "color": (color or "#000000").lstrip("#")})


def _package(
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
    return [
        ("[Content_Types].xml", S.content_types_xml(overrides, _defaults(media, head_foot))),
        ("_rels/.rels", S.rels_xml(package_rels)),
        ("word/_rels/document.xml.rels", S.rels_xml(doc_rels)),
        *parts,
        *media.parts,
        ("docProps/core.xml", S.core_xml(title, author, now, now)),
        ("docProps/app.xml", S.app_xml(__version__)),
    ]


def _save(parts: list[tuple[str, bytes]], path: str | os.PathLike[str]) -> None:
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
