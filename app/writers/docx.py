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
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.model import Comment, Document, Position, Role
from app.render_lists import list_nesting
from app.render_plan import Align, Face, Planned, Source, file_rule, plan, starts_page
from app.textclean import clean_text
from app.writers import docx_masthead as M
from app.writers import docx_styles as S
from app.writers.docx_body import BodyWriter
from app.writers.docx_carry import Carrier
from app.writers.docx_chunks import place_chunks
from app.writers.docx_comments import CommentPlan, initials_of
from app.writers.docx_equations import Equations
from app.writers.docx_fit import cell_fit
from app.writers.docx_headfoot import house_head_foot
from app.writers.docx_package import package, save
from app.writers.docx_revisions import DELETED, SAME
from app.writers.docx_revisions import plan as revision_plan
from app.writers.docx_tables import TablePlacer, cell_alignment, cell_size, small_cell_spacing

if TYPE_CHECKING:
    from app.engine import Analysis
    from app.findings import Finding


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
    notices: list[str] | None = None,
) -> None:
    """Write ``doc`` to ``path`` as a GB/T 9704 .docx (atomically: temp file, then replace).

    - ``analysis``: the result of :func:`app.engine.analyze` for ``doc`` (computed if None).
    - ``author``: docProps creator/last modified by, and the author of tracked changes.
    - ``findings_as_comments``: also write each finding (``findings``, default the analysis'
      findings) as a comment "[rule] message" by ``reviewer`` (default ``author``).
    - ``tracked_changes_from``: the original document; differences become w:ins / w:del.
    - ``keep_junk``: write JUNK paragraphs too (grey), instead of leaving them out.
    - ``notices``: gets one Chinese line per object of the file the export could not carry
      over (:mod:`app.writers.docx_carry`).

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

    writer = BodyWriter(cplan, author, now, len(comments))
    writer.media.equations = Equations(doc)
    writer.media.carrier = Carrier(doc, shift, notices)
    tables = TablePlacer(writer.body, doc.tables)
    masthead = M.masthead_looks(doc, roles)
    for k, planned in enumerate(written):
        look = masthead.get(planned.index) if planned.index is not None else None
        if look is not None and entries[planned.key].status != SAME:
            look = None  # a tracked insertion or deletion is written in the house look
        writer.cell_size = cell_size(doc, planned)
        writer.cell_spacing = small_cell_spacing(doc, planned)
        writer.media.cell_fit = cell_fit(doc.tables, planned.cell)
        writer.paragraph(k, entries[planned.key], planned, shift, tables.parent_for(planned.cell),
                         look, cell_alignment(doc, planned))
    tables.finish()
    place_chunks(writer.media.carrier, writer.body,
                 {doc.paragraphs[i].id: p for i, p in writer.written.items()})  # fmt: skip
    if not written:
        writer.paragraph(0, None, Planned(0, None, Role.BLANK, "", Face.FANGSONG, Align.FLUSH), 0)

    title = " ".join(p.text.strip() for p in written
                     if p.role is Role.TITLE and entries[p.key].status != DELETED)  # fmt: skip
    head_foot = house_head_foot(doc)
    parts = package(
        writer.body_xml(S.sect_pr_xml(head_foot.references, head_foot.title_page)),
        head_foot,
        writer.media,
        cplan if comments else None,
        shift,
        clean_text(doc.properties.get("title", "") or title),
        author,
        now,
    )
    save(parts, path)
