"""Comments on Save: new comments go into the existing comments part next to the old ones, edited,
resolved and deleted ones are updated, untouched ones stay as they were.

- New comment: next free w:id, a unique w14:paraId, built like the export does
  (:func:`app.writers.docx_comments.comment_element`); anchored by w:commentRangeStart/End and a
  w:commentReference run at its model positions (a reply on its thread's range, an orphan at the
  document start). The comments part, its relationship and content type are created only when
  the file has none; the same for commentsExtended, needed for replies and resolved state.
- Edited text/author: the w:comment's paragraphs are rebuilt (its w:id and paraId kept).
- Resolved/reopened: w15:done in commentsExtended.
- Deleted: the w:comment, its marks and reference in the body, and its commentsExtended /
  commentsIds / commentsExtensible entries go.
- A comment whose anchor no longer matches the model (the text around it was deleted, the editor
  moved it) gets its marks moved there.
"""

from __future__ import annotations

from lxml import etree

from app.docx.atoms import W_CEND, W_CSTART, W_ID, W_P, W_PPR, RunFormat, W, paragraph_atoms
from app.docx.package import OFFICE_REL, DocxSource, comment_snapshot, serialize
from app.docx.parts import PartSet
from app.docx.xml import has_content, remove, split_run
from app.model import Comment, Document, Position
from app.readers.docx_safety import parse_xml
from app.readers.docx_styles import Styles
from app.writers.docx_comments import PARA_ID_BASE, comment_element
from app.writers.docx_styles import MC_NS, W14_NS, W15_NS, W_NS

_W14, _W15 = f"{{{W14_NS}}}", f"{{{W15_NS}}}"
_W16CID = "{http://schemas.microsoft.com/office/word/2016/wordml/cid}"
_W16CEX = "{http://schemas.microsoft.com/office/word/2018/wordml/cex}"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_EXT_REL = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
W_REF = W + "commentReference"


class CommentsPatcher:
    def __init__(self, doc: Document, source: DocxSource, root: etree._Element, parts: PartSet,
                 placed: dict[int, etree._Element], run_format: RunFormat, stamp: str,
                 shifts: dict[int, int]) -> None:  # fmt: skip
        self.doc, self.source, self.root, self.parts = doc, source, root, parts
        self.placed, self.run_format, self.stamp, self.shifts = placed, run_format, stamp, shifts
        self.body_changed = False
        self.by_id = {c.id: c for c in doc.comments}

    def run(self) -> None:
        records = self.source.comments
        new = [c for c in self.doc.comments if c.id not in records]
        gone = [rec for cid, rec in records.items() if cid not in self.by_id]
        edited = [c for c in self.doc.comments
                  if c.id in records and comment_snapshot(c) != records[c.id].snapshot]  # fmt: skip
        lost = self._lost_marks()
        edited += [c for c in self.doc.comments if c.id in records
                   and records[c.id].wid in lost and c not in edited]  # fmt: skip
        if not (new or gone or edited):
            return
        name = self.parts.related(self.source.main, "/comments")
        croot = self._comments_root(name)
        ext_name = self.parts.related(self.source.main, "/commentsExtended")
        ext = self._xml(ext_name)
        for rec in gone:
            self._delete(croot, ext, rec.wid, rec.para_ids)
        by_wid = {el.get(W_ID): el for el in croot.iter(W + "comment")}
        wids = {c.id: records[c.id].wid for c in self.doc.comments if c.id in records}
        next_wid = max([int(w) for w in by_wid if w and w.isdigit()] + [-1]) + 1
        para_ids = self._taken_para_ids(croot)
        styles = self._styles()
        for c in new:
            wids[c.id] = str(next_wid)
            pid = _fresh_para_id(para_ids)
            croot.append(comment_element(c, next_wid, pid, self.stamp, styles))
            next_wid += 1
        for c in edited:
            old = by_wid.get(wids[c.id])
            snap = self.source.comments[c.id].snapshot
            if old is not None and (c.text, c.author, c.initials, c.date) != snap[:4]:
                pid = _last_para_id(old) or _fresh_para_id(para_ids)
                fresh = comment_element(c, int(wids[c.id]), pid, self.stamp, styles)
                holder = old.getparent()
                if holder is not None:
                    holder.replace(old, fresh)
        needs_ext = ext is not None or any(c.resolved or c.parent_id is not None
                                           for c in new + edited)  # fmt: skip
        if needs_ext:
            ext = self._extended(ext, croot, wids, new + edited)
        for c in new + edited:
            self._anchor(c, wids[c.id])
        self.parts.put(name or "word/comments.xml", serialize(croot, self.source.strict))
        if ext is not None:
            if ext_name is None:
                ext_name = "word/commentsExtended.xml"
                self._add_part(ext_name, _EXT_REL, _CT + "commentsExtended+xml")
            self.parts.put(ext_name, serialize(ext))

    # --- parts ----------------------------------------------------------------------------------
    def _xml(self, name: str | None) -> etree._Element | None:
        blob = self.parts.get(name)
        return None if blob is None or name is None else parse_xml(blob, self.source.path, name)

    def _comments_root(self, name: str | None) -> etree._Element:
        root = self._xml(name)
        if root is not None:
            return root
        self._add_part("word/comments.xml", f"{OFFICE_REL}/comments", _CT + "comments+xml")
        root = etree.Element(W + "comments", nsmap={"w": W_NS, "w14": W14_NS, "mc": MC_NS})
        root.set(f"{{{MC_NS}}}Ignorable", "w14")
        return root

    def _add_part(self, name: str, rel_type: str, content_type: str) -> None:
        self.parts.add_override(name, content_type)
        self.parts.add_relationship(self.source.main, rel_type, name)

    def _styles(self) -> tuple[str | None, str | None]:
        name = self.parts.related(self.source.main, "/styles")
        root = self._xml(name)
        styles = Styles(root)
        return (
            "CommentText" if styles.has("CommentText") else None,
            "CommentReference" if styles.has("CommentReference") else None,
        )

    def _taken_para_ids(self, croot: etree._Element) -> set[str]:
        taken = set()
        for tree in (self.root, croot):
            for el in tree.iter(W_P):
                pid = el.get(_W14 + "paraId")
                if pid:
                    taken.add(pid.upper())
        return taken

    def _extended(self, ext: etree._Element | None, croot: etree._Element, wids: dict[int, str],
                  comments: list[Comment]) -> etree._Element:  # fmt: skip
        if ext is None:
            ext = etree.Element(_W15 + "commentsEx", nsmap={"w15": W15_NS, "mc": MC_NS})
            ext.set(f"{{{MC_NS}}}Ignorable", "w15")
        entries = {(e.get(_W15 + "paraId") or "").upper(): e for e in ext}
        by_wid = {el.get(W_ID): el for el in croot.iter(W + "comment")}
        taken = self._taken_para_ids(croot)
        for c in comments:
            el = by_wid.get(wids[c.id])
            if el is None:
                continue
            pid = _last_para_id(el)
            if not pid:
                paras = el.findall(W_P)
                if not paras:
                    continue
                pid = _fresh_para_id(taken)
                paras[-1].set(_W14 + "paraId", pid)
            entry = entries.get(pid.upper())
            if entry is None:
                entry = etree.SubElement(ext, _W15 + "commentEx")
                entry.set(_W15 + "paraId", pid)
                entries[pid.upper()] = entry
            parent = self._root_comment(c)
            if parent is not None and parent.id in wids:
                pel = by_wid.get(wids[parent.id])
                ppid = _last_para_id(pel) if pel is not None else None
                if ppid:
                    entry.set(_W15 + "paraIdParent", ppid)
            entry.set(_W15 + "done", "1" if c.resolved else "0")
        return ext

    def _root_comment(self, c: Comment) -> Comment | None:
        seen = {c.id}
        parent = self.by_id.get(c.parent_id) if c.parent_id is not None else None
        while parent is not None and parent.parent_id is not None and parent.id not in seen:
            seen.add(parent.id)
            nxt = self.by_id.get(parent.parent_id)
            if nxt is None:
                break
            parent = nxt
        return parent if parent is not c else None

    def _lost_marks(self) -> set[str]:
        """w:ids whose range marks or reference the file had and the patched body lacks (their
        paragraph was deleted): those comments are anchored again."""

        def present(tree: etree._Element) -> set[tuple[str, str | None]]:
            return {(str(el.tag), el.get(W_ID)) for el in tree.iter(W_CSTART, W_CEND, W_REF)}

        return {wid or "" for _, wid in present(self.source.document) - present(self.root)}

    # --- delete ---------------------------------------------------------------------------------
    def _delete(self, croot: etree._Element, ext: etree._Element | None, wid: str,
                para_ids: list[str]) -> None:  # fmt: skip
        for el in list(croot.iter(W + "comment")):
            if el.get(W_ID) == wid:
                remove(el)
        self._remove_marks(wid)
        pids = {p.upper() for p in para_ids if p}
        if ext is not None:
            for e in list(ext):
                if (e.get(_W15 + "paraId") or "").upper() in pids:
                    ext.remove(e)
        ids_name = self.parts.related(self.source.main, "/commentsIds")
        ids = self._xml(ids_name)
        durable = set()
        if ids is not None and ids_name is not None:
            for e in list(ids):
                if (e.get(_W16CID + "paraId") or "").upper() in pids:
                    durable.add(e.get(_W16CID + "durableId"))
                    ids.remove(e)
            self.parts.put(ids_name, serialize(ids))
        cex_name = self.parts.related(self.source.main, "/commentsExtensible")
        cex = self._xml(cex_name)
        if cex is not None and cex_name is not None and durable:
            for e in list(cex):
                if e.get(_W16CEX + "durableId") in durable:
                    cex.remove(e)
            self.parts.put(cex_name, serialize(cex))

    def _remove_marks(self, wid: str) -> None:
        for el in list(self.root.iter(W_CSTART, W_CEND, W_REF)):
            if el.get(W_ID) != wid:
                continue
            parent = el.getparent()
            remove(el)
            self.body_changed = True
            if el.tag == W_REF and parent is not None and not has_content(parent):
                remove(parent)

    # --- anchors --------------------------------------------------------------------------------
    def _anchor(self, c: Comment, wid: str) -> None:
        """Put c's marks where the model says, unless they are there already."""
        root = self._root_comment(c) if c.parent_id is not None else None
        start, end = (root.start, root.end) if root is not None else (c.start, c.end)
        first = next((p for p in self.doc.paragraphs if p.id in self.placed), None)
        if first is None:
            return
        has_start = start is not None and start.paragraph_id in self.placed
        has_end = end is not None and end.paragraph_id in self.placed
        if has_start and not has_end and start is not None:  # the range's end was deleted
            length = next((len(p.text) for p in self.doc.paragraphs
                           if p.id == start.paragraph_id), start.offset)  # fmt: skip
            end = Position(start.paragraph_id, length)
        elif has_end and not has_start and end is not None:
            start = Position(end.paragraph_id, self.shifts.get(end.paragraph_id, 0))
        elif not has_start:
            start = end = Position(first.id, first.auto_number_len)
        if start is None or end is None:
            return
        order = {p.id: i for i, p in enumerate(self.doc.paragraphs)}
        if (order.get(end.paragraph_id, 0), end.offset) < (order.get(start.paragraph_id, 0),
                                                            start.offset):
            start, end = end, start  # an anchor pair that crossed in editing: keep its span
        s_el, s_off = self._xml_position(start)
        e_el, e_off = self._xml_position(end)
        if (self._mark_position(W_CSTART, wid) == (s_el, s_off)
                and self._mark_position(W_CEND, wid) == (e_el, e_off)
                and any(r.get(W_ID) == wid for r in self.root.iter(W_REF))):  # fmt: skip
            return
        self._remove_marks(wid)
        start_mark = _mark(W_CSTART, wid)
        _put_mark(s_el, s_off, start_mark, self.run_format, at_end=False)
        ref = etree.Element(W + "r")
        etree.SubElement(ref, W_REF).set(W_ID, wid)
        end_mark = _mark(W_CEND, wid)
        if (s_el, s_off) == (e_el, e_off):
            # a point (its text was deleted): "at the end of the run before" and "before the
            # run after" are different places when the point falls between runs, and the end
            # would come first; the end goes right after the start instead
            start_mark.addnext(end_mark)
        else:
            _put_mark(e_el, e_off, end_mark, self.run_format, at_end=True)
        end_mark.addnext(ref)
        self.body_changed = True

    def _xml_position(self, pos: Position) -> tuple[etree._Element, int]:
        el = self.placed[pos.paragraph_id]
        shift = self.shifts.get(pos.paragraph_id, 0)
        return el, max(pos.offset - shift, 0)

    def _mark_position(self, tag: str, wid: str) -> tuple[etree._Element, int] | None:
        for mark in self.root.iter(tag):
            if mark.get(W_ID) != wid:
                continue
            p = next(mark.iterancestors(W_P), None)
            if p is None:
                return None
            offset = 0
            for atom in paragraph_atoms(p, self.run_format):
                if atom.el is mark:
                    return p, offset
                offset += len(atom.text)
            return None
        return None


def _mark(tag: str, wid: str) -> etree._Element:
    el = etree.Element(tag)
    el.set(W_ID, wid)
    return el


def _put_mark(p: etree._Element, offset: int, mark: etree._Element, run_format: RunFormat,
              at_end: bool) -> None:  # fmt: skip
    """Insert ``mark`` into paragraph ``p`` at text ``offset`` (splitting a run there)."""
    atoms = [a for a in paragraph_atoms(p, run_format) if a.text]
    pos = 0
    for a in atoms:
        end = pos + len(a.text)
        if pos <= offset < end and not (at_end and offset == pos and pos > 0):
            holder = a.run if a.run is not None else a.el
            if a.run is not None and offset > pos:
                second = split_run(a.run, a.el, offset - pos)
                if second is not None and second is not a.run:
                    second.addprevious(mark)
                    return
            holder.addprevious(mark)
            return
        if at_end and offset == end:
            holder = a.run if a.run is not None else a.el
            holder.addnext(mark)
            return
        pos = end
    if atoms:
        last = atoms[-1]
        (last.run if last.run is not None else last.el).addnext(mark)
        return
    ppr = p[0] if len(p) and p[0].tag == W_PPR else None
    if ppr is not None:
        ppr.addnext(mark)
    else:
        p.insert(0, mark)


def _last_para_id(comment: etree._Element) -> str | None:
    paras = comment.findall(W_P)
    return paras[-1].get(_W14 + "paraId") if paras else None


def _fresh_para_id(taken: set[str]) -> str:
    n = PARA_ID_BASE
    while f"{n:08X}" in taken:
        n += 1
    pid = f"{n:08X}"
    taken.add(pid)
    return pid
