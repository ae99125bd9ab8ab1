"""A tracked move in the XML, as Word writes one (ECMA-376 Part 1, 17.13.5.22–.27).

Moving whole paragraphs with 修订 on leaves the paragraphs at their old place with their content
in w:moveFrom and their paragraph marks marked w:moveFrom (a copy: "the origin"), and puts them
at the new place with their content in w:moveTo and their marks marked w:moveTo. Each side is
framed by a named range: w:moveFromRangeStart … w:moveFromRangeEnd around the origin and
w:moveToRangeStart … w:moveToRangeEnd around the destination, the two starts carrying the same
w:name (Word's "move123…"), each start and its end the same w:id. en16 of ../shared/realdocx is
such a move written by Word.

Why copies at the origin and not the paragraphs themselves: the moved paragraphs keep their
identity (comments, the editor's block ids follow them, as for an untracked outline move); the
origin is new XML that only says what went away.

w:moveFrom / w:moveTo hold runs (CT_RunTrackChange: w:r, w:customXml, w:smartTag, w:sdt, …),
not hyperlinks or simple fields: inside those, their runs are wrapped instead, as Word does.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from lxml import etree

from app.docx.atoms import W_PPR, W_R, W_RPR, W
from app.docx.revision_read import W_DEL, W_INS, W_MOVE_FROM, W_MOVE_TO, paragraph_mark
from app.docx.revision_xml import mark_props, revision_mark
from app.docx.xml import remove

IdSource = Callable[[], int]
W_FROM_START, W_FROM_END = W + "moveFromRangeStart", W + "moveFromRangeEnd"
W_TO_START, W_TO_END = W + "moveToRangeStart", W + "moveToRangeEnd"
RANGE_TAGS = (W_FROM_START, W_FROM_END, W_TO_START, W_TO_END)
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
# Containers whose runs are wrapped one level down (they may not sit inside w:moveTo).
_DESCEND = frozenset(W + t for t in ("hyperlink", "fldSimple", "smartTag", "customXml", "dir",
                                     "bdo"))  # fmt: skip
# Markup that may stand between runs inside the wrapper (kept in the group it stands in).
_BETWEEN = frozenset(W + t for t in ("proofErr", "bookmarkStart", "bookmarkEnd", "permStart",
                                     "permEnd", "commentRangeStart",
                                     "commentRangeEnd"))  # fmt: skip
# What a copy at the origin must not repeat (ids and names that have to be unique).
# A note reference would make a second reference to the same note: it stays with the moved text.
_UNIQUE = tuple(W + t for t in ("bookmarkStart", "bookmarkEnd", "commentRangeStart",
                                "commentRangeEnd", "commentReference", "sectPr", "permStart",
                                "permEnd", "footnoteReference", "endnoteReference"))  # fmt: skip


def _wrap_runs(container: etree._Element, make: Callable[[], etree._Element],
               nest: tuple[str, ...] = ()) -> None:  # fmt: skip
    """Put every stretch of runs directly in ``container`` (and in the hyperlinks, fields …
    it holds) into a new wrapper from ``make``; the revision wrappers ``nest`` go inside it
    with the runs (w:moveTo may hold w:ins / w:del: the renumbering recorded with a move is
    part of the moved text), others stay outside."""
    group: list[etree._Element] = []
    takes = (W_R, *nest)

    def close() -> None:
        if any(c.tag in takes for c in group):
            box = make()
            group[0].addprevious(box)
            for c in group:
                box.append(c)
        group.clear()

    for child in list(container):
        if child.tag in takes or (group and child.tag in _BETWEEN):
            group.append(child)
            continue
        close()
        if child.tag in _DESCEND:
            _wrap_runs(child, make, nest)
    close()


def mark_moved_to(p: etree._Element, author: str, date: str, next_id: IdSource) -> None:
    """The destination: content in w:moveTo, the paragraph mark marked moved here."""
    _wrap_runs(p, lambda: revision_mark(W_MOVE_TO, next_id(), author, date), (W_INS, W_DEL))
    _mark_paragraph(p, W_MOVE_TO, author, date, next_id)


def origin_copy(p: etree._Element, author: str, date: str, next_id: IdSource) -> etree._Element:
    """The w:p left at the old place: a copy of ``p`` whose content is in w:moveFrom and whose
    mark is marked moved away. Pending insertions of the copy become its moved text; pending
    deletions, bookmarks, comment marks and a section break are not repeated (they stay with
    the moved paragraph)."""
    el = copy.deepcopy(p)
    for attr in (W14 + "paraId", W14 + "textId"):
        el.attrib.pop(attr, None)
    for old in list(el.iter(*_UNIQUE, *RANGE_TAGS, W_DEL, W_MOVE_FROM)):
        if old.getparent() is not None and not _in_mark(old):
            remove(old)
    mark = paragraph_mark(el)
    if mark is not None:
        for old in list(mark):
            if old.tag in (W_INS, W_DEL, W_MOVE_FROM, W_MOVE_TO):
                mark.remove(old)
    for ins in list(el.iter(W_INS, W_MOVE_TO)):
        if ins.getparent() is not None and not _in_mark(ins):
            parent = ins.getparent()
            assert parent is not None
            at = parent.index(ins)
            for k, child in enumerate(list(ins)):
                parent.insert(at + k, child)
            parent.remove(ins)
    for comment_run in [r for r in el.iter(W_R) if not len([c for c in r if c.tag != W_RPR])]:
        comment_run.getparent().remove(comment_run)  # type: ignore[union-attr]
    _wrap_runs(el, lambda: revision_mark(W_MOVE_FROM, next_id(), author, date))
    _mark_paragraph(el, W_MOVE_FROM, author, date, next_id)
    return el


def _in_mark(el: etree._Element) -> bool:
    parent = el.getparent()
    return parent is not None and parent.tag == W_RPR and parent.getparent() is not None \
        and parent.getparent().tag == W_PPR  # type: ignore[union-attr]  # fmt: skip


def _mark_paragraph(p: etree._Element, tag: str, author: str, date: str,
                    next_id: IdSource) -> None:  # fmt: skip
    rpr = mark_props(p)
    if rpr.find(tag) is None:
        rpr.insert(0, revision_mark(tag, next_id(), author, date))


def open_range(p: etree._Element, tag: str, wid: int, name: str, author: str,
               date: str) -> None:  # fmt: skip
    """A range start (w:moveFromRangeStart / w:moveToRangeStart) first in ``p``'s content."""
    start = revision_mark(tag, wid, author, date)
    start.set(W + "name", name)
    ppr = p[0] if len(p) and p[0].tag == W_PPR else None
    p.insert(1 if ppr is not None else 0, start)


def close_range(p: etree._Element, tag: str, wid: int) -> None:
    """The matching range end, last in ``p``."""
    end = etree.SubElement(p, tag)
    end.set(W + "id", str(wid))


def move_names(root: etree._Element) -> set[str]:
    """The move names a part (or a paragraph) uses."""
    return {str(el.get(W + "name")) for el in root.iter(W_FROM_START, W_TO_START)}


def drop_ranges(p: etree._Element, names: set[str], ids: set[str]) -> None:
    """Remove the move range marks of the moves ``names`` from ``p``: their starts, and the
    ends with the w:id of one of their starts (``ids``: an end is often in another w:p)."""
    for el in list(p.iter(W_FROM_START, W_TO_START)):
        if el.get(W + "name") in names:
            remove(el)
    for el in list(p.iter(W_FROM_END, W_TO_END)):
        if el.get(W + "id") in ids:
            remove(el)


def range_names(p: etree._Element) -> list[tuple[str, str, str]]:
    """(side "from"/"to", w:name, w:id) of the range starts in ``p``."""
    return [("from" if el.tag == W_FROM_START else "to", str(el.get(W + "name")),
             str(el.get(W + "id"))) for el in p.iter(W_FROM_START, W_TO_START)]  # fmt: skip


def range_ends(p: etree._Element) -> set[str]:
    """The w:id of the range ends in ``p``."""
    return {str(el.get(W + "id")) for el in p.iter(W_FROM_END, W_TO_END)}
