"""The body of the Word export: one w:p per planned paragraph (:class:`BodyWriter`), runs split
only where something changes (run-in heading sentence, bold/italic/underline spans, comment
anchors, tracked changes, objects in runs of their own)."""

from __future__ import annotations

import re

from lxml import etree
from lxml.etree import _Element

from app.model import LINE_BREAK, OBJECT_CHAR, InlineObject, ParaLook, Role, RunLook
from app.render_plan import BODY_PT, LINE_PITCH, Align, Planned, separator_rule
from app.textclean import clean_text
from app.writers import docx_masthead as M
from app.writers import docx_styles as S
from app.writers.docx_carry import IGNORABLE, ROOT_NAMESPACES, carried_kind
from app.writers.docx_comments import END, POINT, START, CommentPlan
from app.writers.docx_images import Media
from app.writers.docx_revisions import DEL, DELETED, EQ, INSERTED, Entry

_W = f"{{{S.W_NS}}}"
W_P, W_PPR, W_PSTYLE, W_R, W_RPR, W_T = (_W + t for t in ("p", "pPr", "pStyle", "r", "rPr", "t"))
W_VAL, W_ID = _W + "val", _W + "id"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_SPLIT = re.compile("([\t\n\u2028])")


class _RunPlace:
    """Where the paragraph writer puts the next run: in the paragraph, or in the w:ins/w:del it
    continues; and the paragraph's comment markers written so far."""

    def __init__(self, writer: BodyWriter, p: _Element, events: list[tuple[int, int, int, int]]):
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


class BodyWriter:
    def __init__(self, cplan: CommentPlan, author: str, now: str, first_rev_id: int) -> None:
        self.body = etree.Element(_W + "body")
        self.cplan = cplan
        self.rev_attrs = {_W + "author": author, _W + "date": now}
        self.next_rev = first_rev_id
        self.media = Media()
        self.cell_size: str | None = None  # half points of the paragraph being written
        self.cell_spacing: dict[str, str] | None = None  # a small-type cell's (docx_tables)
        self.written: dict[int, _Element] = {}  # model paragraph index → its (last) w:p

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
        if planned.index is not None:
            self.written[planned.index] = p
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
        self.media.ruled = (rule is not None or planned.rule_above is not None
                            or planned.rule_below is not None)  # fmt: skip
        if rule is not None:  # a red head's separator line: the paragraph's bottom border
            _rule_border(ppr, *rule)
        elif planned.rule_above is not None:  # a 版记: between its rules (GB/T 9704 7.4)
            _rule_border(ppr, *planned.rule_above, top=True)
        elif planned.rule_below is not None:  # under the 发文字号: 4 mm below its line
            _rule_border(ppr, *planned.rule_below, space=HEAD_RULE_SPACE)
        objects = [k for k, ch in enumerate(text) if ch == OBJECT_CHAR]
        pictures = any(o.kind == "image" and o.image for o in planned.objects)
        kinds = {o.kind for o in planned.objects}
        carrier = self.media.carrier
        carried = carrier is not None and any(carried_kind(o) for o in planned.objects)
        own = pictures or carried or bool(kinds & {"footnote", "endnote", "equation"})
        spacing = {_W + "before": str(LINE_PITCH)} if planned.blank_before else {}
        tall = carried and carrier is not None and any(carrier.tall(o) for o in planned.objects)
        if pictures or tall or "equation" in kinds:  # an exact 28.95 pt line would cut them
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
                    self.media.where = (f"第 {planned.index + 1} 段" if planned.index is not None
                                        else "新加的段落")  # fmt: skip
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
        """The document part; with carried objects (:mod:`app.writers.docx_carry`) its root
        declares the namespaces Word declares, so that their mc:Choice Requires and Word 2010
        attributes resolve (``mc:Ignorable``)."""
        carrier = self.media.carrier
        nsmap = {"w": S.W_NS, "r": S.R_NS}
        if carrier is not None and carrier.count:
            nsmap = {**ROOT_NAMESPACES, **nsmap}
        root = etree.Element(_W + "document", nsmap=nsmap)
        if carrier is not None and carrier.count:
            root.set(f"{{{ROOT_NAMESPACES['mc']}}}Ignorable", IGNORABLE)
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
