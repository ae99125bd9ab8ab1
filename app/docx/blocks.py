"""The body walk of the Word import: paragraphs, tables (merged cells), objects, notes, headers and
footers, and the record of where each model item sits in the XML (for the patching Save).

Tables: a w:tc with w:gridSpan spans columns; w:vMerge="restart" starts a vertical merge that the
following w:vMerge cells of the same grid column continue. A continuation cell is covered by the
merged cell: its content is not in the model (it stays in the file untouched). Deleted rows
(w:trPr/w:del) are left out. A nested table's ``parent`` is the cell holding it.
"""

from __future__ import annotations

import posixpath

from lxml import etree

from app.docx.alt_chunks import chunk_side_part
from app.docx.atoms import (
    W_CEND,
    W_CSTART,
    W_ID,
    W_P,
    W_VAL,
    W,
    atoms_text,
    paragraph_atoms,
)
from app.docx.objects import describe, textbox_paragraphs
from app.docx.package import CommentRecord, DocxSource, ParaRecord, TableRecord, comment_snapshot
from app.docx.props import RunFormatter, para_props, spans_from, to_int
from app.docx.revision_read import read_revisions
from app.docx.toc import drop_cap, toc_field_paragraphs, toc_style
from app.i18n import tr as _tr
from app.model import (
    CellRef,
    Comment,
    Document,
    Paragraph,
    Position,
    Role,
    SidePart,
    Table,
    TableCell,
)
from app.readers.docx_look import LookReader, Props, paragraph_props, section_pages
from app.readers.docx_numbering import Numbering
from app.readers.docx_safety import Package
from app.readers.docx_styles import Styles
from app.readers.docx_table_look import table_look
from app.writers.docx_styles import ATTACHMENT_LABEL_STYLE, ROLE_STYLES

W_TBL, W_TR, W_TC, W_SDT = W + "tbl", W + "tr", W + "tc", W + "sdt"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_W14_PARA = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"
_WRAPPERS = frozenset(W + t for t in ("customXml", "ins", "moveTo"))
# Our own exporter's styles for roles without an outline level (GwBody says nothing: Word gives
# it to every paragraph typed after a body paragraph).
OWN_STYLES = {
    style: role
    for role, style in ROLE_STYLES.items()
    if role not in (Role.BODY, Role.BLANK) and role.heading_level is None
}
OWN_STYLES[ATTACHMENT_LABEL_STYLE] = Role.ATTACHMENT
_HF_LABELS = {"default": ("", ""), "first": ("，首页", ", first page"),
              "even": ("，偶数页", ", even pages")}  # fmt: skip


def block_children(container: etree._Element) -> list[etree._Element]:
    """Children of a block container with content controls and custom XML unwrapped."""
    out: list[etree._Element] = []
    for el in container:
        if el.tag == W_SDT:
            content = el.find(W + "sdtContent")
            if content is not None:
                out.extend(block_children(content))
        elif el.tag in _WRAPPERS:
            out.extend(block_children(el))
        else:
            out.append(el)
    return out


class BodyReader:
    def __init__(self, pkg: Package, root: etree._Element, styles: Styles, numbering: Numbering,
                 source: DocxSource, looks: LookReader | None = None) -> None:  # fmt: skip
        self.pkg, self.root, self.styles, self.numbering = pkg, root, styles, numbering
        self.looks = looks  # how paragraphs and tables look in the file (None: not read)
        self.source = source
        self.run_format = RunFormatter(styles)
        self.rels = _rels_by_id(pkg, pkg.main)
        self.paragraphs: list[Paragraph] = []
        self.levels: list[int | None] = []
        self.tables: dict[int, Table] = {}
        self.starts: dict[str, tuple[int, int]] = {}
        self.ends: dict[str, tuple[int, int]] = {}
        self._pending_starts: list[str] = []
        self._section_ends: list[tuple[Paragraph, etree._Element]] = []  # (section_pages)
        self._p_index = {el: k for k, el in enumerate(root.iter(W_P))}
        self._toc = toc_field_paragraphs(root, self._p_index)
        self._tbl_index = {el: k for k, el in enumerate(root.iter(W_TBL))}
        self._tc_index = {el: k for k, el in enumerate(root.iter(W_TC))}
        self._records: list[tuple[int, int | None]] = []  # per paragraph: (p index, level)
        self._nums: list[tuple[str, int] | None] = []  # per paragraph: (numId, ilvl) counted
        source.numbering = numbering if numbering else None
        self._notes: dict[str, dict[str, str]] = {"footnote": {}, "endnote": {}}
        self._note_parts: list[SidePart] = []
        self._textboxes: list[SidePart] = []
        self._chunks: list[SidePart] = []  # altChunks (app.docx.alt_chunks)
        for kind in ("footnote", "endnote"):
            part = self._related(kind + "s")
            if part is not None:
                self._notes[kind] = _note_texts(pkg.xml(part), kind)

    # --- walk -----------------------------------------------------------------------------------
    def read(self) -> None:
        body = self.root.find(W + "body")
        if body is not None:
            self._blocks(body, None)
            section_pages(self._section_ends, body.find(W + "sectPr"))

    def _blocks(self, container: etree._Element, cell: CellRef | None) -> None:
        for el in block_children(container):
            tag = el.tag
            if tag == W_P:
                self._paragraph(el, cell)
            elif tag == W_TBL:
                self._table(el, cell)
            elif tag == W_CSTART and el.get(W_ID) is not None:
                self._pending_starts.append(el.get(W_ID) or "")
            elif tag == W + "altChunk":  # merged in by Word on opening: shown beside the body
                rel = self.rels.get(el.get(_R + "id") or "")
                self._chunks.append(chunk_side_part(self.pkg, rel, len(self._chunks) + 1,
                                                    len(self.paragraphs)))  # fmt: skip
            elif tag == W_CEND and el.get(W_ID) is not None and self.paragraphs:
                last = len(self.paragraphs) - 1
                self.ends[el.get(W_ID) or ""] = (last, len(self.paragraphs[last].text))

    def _table(self, tbl: etree._Element, parent: CellRef | None) -> None:
        grid = tbl.find(W + "tblGrid")
        ncols = len(grid.findall(W + "gridCol")) if grid is not None else 0
        table = Table(rows=0, cols=ncols, parent=parent)
        record = TableRecord(self._tbl_index[tbl], {})
        self.tables[table.id] = table
        self.source.tables[table.id] = record
        owner: dict[int, TableCell] = {}  # grid column → cell a vMerge continues
        row = 0
        trs: list[etree._Element] = []  # the rows read, and their cells: for the table's look
        tcs: dict[tuple[int, int], etree._Element] = {}
        for tr in block_children(tbl):
            if tr.tag != W_TR:
                continue
            trpr = tr.find(W + "trPr")
            if trpr is not None and trpr.find(W + "del") is not None:
                continue  # a deleted row
            col = 0
            if trpr is not None:
                before = trpr.find(W + "gridBefore")
                col = max(to_int(before.get(W_VAL)) or 0, 0) if before is not None else 0
            trs.append(tr)
            for tc in block_children(tr):
                if tc.tag != W_TC:
                    continue
                tcpr = tc.find(W + "tcPr")
                span, vmerge = 1, None
                if tcpr is not None:
                    gs = tcpr.find(W + "gridSpan")
                    span = max(to_int(gs.get(W_VAL)) or 1, 1) if gs is not None else 1
                    vm = tcpr.find(W + "vMerge")
                    if vm is not None:
                        vmerge = vm.get(W_VAL) or "continue"
                above = owner.get(col)
                if vmerge == "continue" and above is not None and above.col_span == span:
                    above.row_span = row - above.row + 1
                    col += span
                    continue
                cell = TableCell(row, col, 1, span)
                table.cells.append(cell)
                for k in range(col, col + span):
                    if vmerge == "restart":
                        owner[k] = cell
                    else:
                        owner.pop(k, None)
                record.cells[(row, col)] = self._tc_index[tc]
                tcs[(row, col)] = tc
                self._blocks(tc, CellRef(table.id, row, col))
                col += span
            table.cols = max(table.cols, col)
            row += 1
        table.rows = row
        if self.looks is not None:
            table.look = table_look(self.looks, tbl, table, trs, tcs)

    def _paragraph(self, p: etree._Element, cell: CellRef | None) -> None:
        atoms = paragraph_atoms(p, self.run_format)
        style_id, num_id, ilvl, outline = para_props(p)
        ps = self.styles.paragraph(style_id)
        prefix = ""
        direct_list = num_id
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
        counted = (num_id, ilvl or 0) if self.numbering and num_id and num_id != "0" else None
        role: Role | None = OWN_STYLES.get(style_id) if style_id else None
        if role is None and ps.is_title and cell is None:
            role = Role.TITLE
        level = ps.outline if outline is None else (outline if 0 <= outline <= 8 else None)
        if level is not None and style_id and outline is None:
            self.source.heading_styles.setdefault(level, style_id)
        index = len(self.paragraphs)
        p_index = self._p_index[p]
        if p_index in self._toc or toc_style(self.styles.name(style_id)) or drop_cap(p):
            # a TOC entry lists a heading, it is none (toc.py); a drop cap is the first letter
            # of the paragraph after it, not a line of the title above
            role, level = Role.BODY, None
        objects = []
        pos = len(prefix)
        for k, atom in enumerate(atoms):
            if atom.kind == "object":
                obj = describe(atom.el, self._image, self._note)
                objects.append(obj)
                self.source.objects[id(obj)] = (obj, p_index, k)
                if obj.kind == "textbox":
                    n = len(self._textboxes) + 1
                    label = _tr(f"文本框 {n}", f"Text box {n}")
                    self._textboxes.append(SidePart("textbox", label, obj.text.split("\n")))
            elif atom.kind == "mark":
                cid = atom.el.get(W_ID)
                if cid is not None:
                    (self.starts if atom.el.tag == W_CSTART else self.ends)[cid] = (index, pos)
            pos += len(atom.text)
        for cid in self._pending_starts:
            self.starts[cid] = (index, len(prefix))
        self._pending_starts.clear()
        pieces = [(a.fmt, len(a.text)) for a in atoms]
        text = prefix + atoms_text(atoms)
        look = None
        if self.looks is not None:
            look = self.looks.paragraph(p, style_id, [(a.run, len(a.text)) for a in atoms],
                                        len(prefix), text, self._list_props(direct_list, ilvl))
        self.paragraphs.append(
            Paragraph(
                text=text,
                role=role,
                role_fixed=role is not None,
                spans=spans_from(pieces, len(prefix)),
                auto_number_len=len(prefix),
                objects=objects,
                cell=cell,
                revisions=read_revisions(p, atoms, len(prefix)),
                look=look,
            )
        )
        self.levels.append(level if cell is None else None)
        sect = p[0].find(W + "sectPr") if len(p) and p[0].tag == W + "pPr" else None
        if sect is not None and cell is None:
            self._section_ends.append((self.paragraphs[-1], sect))
        self._records.append((p_index, level))
        self._nums.append(counted)
        for child in p:  # a w:p inside a w:p (malformed, but seen): its own paragraph after
            if child.tag == W_P:
                self._paragraph(child, cell)

    # --- lookups --------------------------------------------------------------------------------
    def _list_props(self, num_id: str | None, ilvl: int | None) -> Props | None:
        """What the list level of a paragraph numbered in its own w:numPr says of its indents
        (a level numbered through the style is under the style's own indents)."""
        if not self.numbering or not num_id or num_id == "0":
            return None
        attrs = self.numbering.indent(num_id, ilvl or 0)
        if not attrs:
            return None
        ppr = etree.Element(W + "pPr")
        etree.SubElement(ppr, W + "ind", dict(attrs))
        return paragraph_props(ppr)

    def _related(self, suffix: str) -> str | None:
        return self.pkg.related(self.pkg.main, "/" + suffix)

    def _image(self, rid: str) -> bytes | None:
        rel = self.rels.get(rid)
        if rel is None or rel[1] != "Internal" or not self.pkg.has(rel[0]):
            return None
        return self.pkg.read(rel[0])

    def _note(self, kind: str, nid: str) -> tuple[str, str]:
        count = sum(1 for s in self._note_parts if s.kind == kind) + 1
        if kind == "footnote":
            label = _tr(f"脚注 {count}", f"Footnote {count}")
        else:
            label = _tr(f"尾注 {count}", f"Endnote {count}")
        text = self._notes[kind].get(nid, "")
        self._note_parts.append(SidePart(kind, label, text.split("\n") if text else []))
        return label, text

    def positions(self, marks: dict[str, tuple[int, int]]) -> dict[str, tuple[int, Position]]:
        out = {}
        for cid, (index, off) in marks.items():
            p = self.paragraphs[index]
            out[cid] = (index, Position(p.id, min(off, len(p.text))))
        return out

    # --- side parts -----------------------------------------------------------------------------
    def side_parts(self) -> list[SidePart]:
        return self._headers_footers() + self._note_parts + self._textboxes + self._chunks

    def _headers_footers(self) -> list[SidePart]:
        body = self.root.find(W + "body")
        if body is None:
            return []
        sections = [s for s in body.iter(W + "sectPr")
                    if getattr(s.getparent(), "tag", None) in (W + "body", W + "pPr")]  # fmt: skip
        out: list[SidePart] = []
        seen: set[str] = set()
        for n, sect in enumerate(sections, 1):
            for ref in sect:
                kind = {W + "headerReference": "header", W + "footerReference": "footer"}.get(
                    str(ref.tag)
                )
                rel = self.rels.get(ref.get(_R + "id") or "") if kind else None
                if kind is None or rel is None or rel[0] in seen or not self.pkg.has(rel[0]):
                    continue
                seen.add(rel[0])
                zh, en = _HF_LABELS.get(ref.get(W + "type") or "default", ("", ""))
                name = _tr("页眉", "Header") if kind == "header" else _tr("页脚", "Footer")
                root = self.pkg.xml(rel[0])
                texts = [atoms_text(paragraph_atoms(p)) for p in root.iter(W_P)
                         if not _in_textbox(p)]  # fmt: skip
                texts += textbox_paragraphs(root)
                label = _tr(f"{name}（第{n}节{zh}）", f"{name} (section {n}{en})")
                out.append(SidePart(kind, label, texts))
        return out

    # --- the record for Save --------------------------------------------------------------------
    def record(self, doc: Document, comments: list[tuple[str, Comment]]) -> None:
        for p, (p_index, _level), num in zip(self.paragraphs, self._records, self._nums,
                                             strict=True):  # fmt: skip
            self.source.paragraphs[p.id] = ParaRecord(
                index=p_index,
                text=p.text,
                spans=tuple((s.start, s.end, s.bold, s.italic, s.underline) for s in p.spans),
                role=p.role,
                role_fixed=p.role_fixed,
                auto_number_len=p.auto_number_len,
                objects=tuple(p.objects),
                cell=p.cell,
                heading_level=p.role.heading_level if p.role and p.role_fixed else None,
                num=num,
            )
        para_ids = self._comment_para_ids()
        for wid, c in comments:
            self.source.comments[c.id] = CommentRecord(wid, comment_snapshot(c),
                                                       para_ids.get(wid, []))  # fmt: skip

    def _comment_para_ids(self) -> dict[str, list[str]]:
        part = self._related("comments")
        if part is None:
            return {}
        out: dict[str, list[str]] = {}
        for el in self.pkg.xml(part).iter(W + "comment"):
            wid = el.get(W_ID)
            if wid is not None:
                out[wid] = [p.get(_W14_PARA) or "" for p in el.findall(W_P)]
        return out


def _in_textbox(p: etree._Element) -> bool:
    return any(a.tag == W + "txbxContent" for a in p.iterancestors())


def _note_texts(root: etree._Element, kind: str) -> dict[str, str]:
    out = {}
    for note in root.iter(W + kind):
        if (note.get(W + "type") or "normal") != "normal":
            continue  # separators
        texts = [atoms_text(paragraph_atoms(p)) for p in note.iter(W_P) if not _in_textbox(p)]
        out[note.get(W_ID) or ""] = "\n".join(texts).strip()
    return out


def _rels_by_id(pkg: Package, source: str) -> dict[str, tuple[str, str]]:
    """Relationship id → (target part, mode) for ``source``."""
    folder, base = posixpath.split(source)
    name = posixpath.join(folder, "_rels", base + ".rels")
    if not pkg.has(name):
        return {}
    out = {}
    for rel in pkg.xml(name):
        mode = rel.get("TargetMode") or "Internal"
        target = rel.get("Target") or ""
        if mode == "Internal":
            target = target.split("#", 1)[0]
            target = (posixpath.normpath(target.lstrip("/")) if target.startswith("/")
                      else posixpath.normpath(posixpath.join(folder, target)))  # fmt: skip
        out[rel.get("Id") or ""] = (target, mode)
    return out
