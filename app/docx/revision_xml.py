"""Tracked changes on one w:p, in the XML: resolve a revision (accept / reject) and record one
(an insertion, a deletion, a paragraph-property change made with 修订 on).

Resolving, as Word does:
- insertion / moveTo: accept unwraps it (its runs stay as ordinary runs), reject removes it;
- deletion / moveFrom: accept removes it, reject unwraps it and its w:delText become w:t again;
- format (w:rPrChange) / paragraph properties (w:pPrChange): accept drops the record of the old
  properties, reject puts the old properties back;
- paragraph mark: accepting an inserted mark or rejecting a deleted one drops the mark's
  revision; accepting a deleted mark or rejecting an inserted one joins the paragraph with the
  next (:func:`join`): the caller does that, :func:`resolve` says so by returning True.

Recording (:func:`record_insert`, :func:`record_delete`): offsets are in the paragraph's editor
text without the rendered auto-number prefix. Text typed inside or right after the reviewer's
own insertion joins it; deleting the reviewer's own inserted text removes it outright; deleting
a colleague's inserted text marks it deleted inside their insertion (w:ins/w:del, as Word
writes it: accepting both removes it, rejecting the deletion gives the colleague's text back).
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from lxml import etree

from app.docx.atoms import W_PPR, W_R, W_RPR, W_T, Atom, RunFormat, W, paragraph_atoms
from app.docx.revision_read import (
    W_DEL,
    W_INS,
    W_MOVE_FROM,
    W_MOVE_TO,
    W_PPR_CHANGE,
    kind_of,
    paragraph_mark,
)
from app.docx.xml import (
    clean_rpr,
    ensure_props,
    put_ordered,
    remove,
    run_props,
    set_text,
    split_run,
)
from app.model import LINE_BREAK, OBJECT_CHAR

W_DEL_TEXT, W_INSTR, W_DEL_INSTR = W + "delText", W + "instrText", W + "delInstrText"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_KEEP_IN_PPR = (W_RPR, W + "sectPr", W_PPR_CHANGE)
IdSource = Callable[[], int]


def resolve(el: etree._Element, accept: bool) -> bool:
    """Accept or reject one revision element in place. True when the paragraph must be joined
    with the next one (the caller merges them, see :func:`join`)."""
    kind = kind_of(el)
    if kind in ("ins", "moveTo"):
        (_unwrap if accept else remove)(el)
    elif kind in ("del", "moveFrom"):
        if accept:
            remove(el)
        else:
            _restore_text(el)
            _unwrap(el)
    elif kind == "format":
        if not accept:
            _restore_rpr(el)
        remove(el)
    elif kind == "para_props":
        if not accept:
            _restore_ppr(el)
        remove(el)
    elif kind in ("para_ins", "para_del"):
        _remove_mark(el)
        return accept == (kind == "para_del")
    return False


def _remove_mark(el: etree._Element) -> None:
    """Drop a paragraph mark's revision, and the w:rPr / w:pPr it leaves empty."""
    rpr = el.getparent()
    remove(el)
    ppr = rpr.getparent() if rpr is not None else None
    if rpr is not None and ppr is not None and not len(rpr) and not rpr.attrib:
        ppr.remove(rpr)
        if not len(ppr) and not ppr.attrib and ppr.getparent() is not None:
            ppr.getparent().remove(ppr)  # type: ignore[union-attr]


def join(first: etree._Element, second: etree._Element) -> None:
    """Move the content of ``second`` to the end of ``first``: the paragraph mark that stays is
    ``second``'s, so ``first`` takes its properties (without its section break, which follows
    the removed w:p on Save)."""
    ppr = first[0] if len(first) and first[0].tag == W_PPR else None
    if ppr is not None:
        first.remove(ppr)
    new_ppr = second[0] if len(second) and second[0].tag == W_PPR else None
    if new_ppr is not None:
        new_ppr = copy.deepcopy(new_ppr)
        for sect in new_ppr.findall(W + "sectPr"):
            new_ppr.remove(sect)
        first.insert(0, new_ppr)
    for child in second:
        if child.tag != W_PPR:
            first.append(copy.deepcopy(child))


def _unwrap(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    at = parent.index(el)
    for k, child in enumerate(list(el)):
        parent.insert(at + k, child)
    parent.remove(el)


def _restore_text(el: etree._Element) -> None:
    for t in el.iter(W_DEL_TEXT, W_DEL_INSTR):
        t.tag = W_T if t.tag == W_DEL_TEXT else W_INSTR


def _restore_rpr(change: etree._Element) -> None:
    rpr = change.getparent()
    old = change.find(W_RPR)
    if rpr is None:
        return
    holder = rpr.getparent()
    mark = holder is not None and holder.tag == W_PPR  # a paragraph mark keeps its ins/del
    keep = [c for c in rpr if mark and c.tag in (W_INS, W_DEL, W_MOVE_FROM, W_MOVE_TO)]
    for child in list(rpr):
        if child is not change:
            rpr.remove(child)
    for child in keep:
        rpr.insert(len(rpr) - 1, child)
    if old is not None:
        for child in list(old):
            rpr.insert(len(rpr) - 1, copy.deepcopy(child))


def _restore_ppr(change: etree._Element) -> None:
    ppr = change.getparent()
    old = change.find(W_PPR)
    if ppr is None:
        return
    for child in list(ppr):
        if child.tag not in _KEEP_IN_PPR:
            ppr.remove(child)
    if old is not None:
        for k, child in enumerate(old):
            ppr.insert(k, copy.deepcopy(child))


# --- recording ---------------------------------------------------------------------------------
def revision_mark(tag: str, wid: int, author: str, date: str) -> etree._Element:
    """A new revision element ``tag`` (w:ins, w:del, w:moveTo, a move range start …) with its
    id, author and date; no w:date when ``date`` is empty (the attribute is optional)."""
    el = etree.Element(tag)
    el.set(W + "id", str(wid))
    el.set(W + "author", author)
    if date:
        el.set(W + "date", date)
    return el


def _shown(p: etree._Element, run_format: RunFormat) -> tuple[list[Atom], list[int]]:
    atoms = [a for a in paragraph_atoms(p, run_format) if a.text]
    starts, pos = [], 0
    for a in atoms:
        starts.append(pos)
        pos += len(a.text)
    return atoms, starts


def _wrapper(el: etree._Element, p: etree._Element) -> etree._Element | None:
    parent = el.getparent()
    while parent is not None and parent is not p:
        if parent.tag in (W_INS, W_MOVE_TO):
            return parent
        parent = parent.getparent()
    return None


def _split_at(p: etree._Element, offset: int, run_format: RunFormat,
              next_id: IdSource) -> None:  # fmt: skip
    """Split runs so that ``offset`` falls between two runs (nothing when it already does)."""
    atoms, starts = _shown(p, run_format)
    for a, s in zip(atoms, starts, strict=True):
        if s < offset < s + len(a.text) and a.run is not None:
            split_run(a.run, a.el, offset - s, next_id)
            return
    for a, s in zip(atoms, starts, strict=True):
        if s + len(a.text) == offset and a.run is not None:
            split_run(a.run, a.el, 1, next_id)
            return


def _runs_around(p: etree._Element, offset: int,
                 run_format: RunFormat) -> tuple[Atom | None, Atom | None]:  # fmt: skip
    """The text atoms (with their runs) just before and just after ``offset``, once the runs
    are split there: where an inserted run goes and whose formatting it takes."""
    atoms, starts = _shown(p, run_format)
    before = next((a for a, s in zip(reversed(atoms), reversed(starts), strict=True)
                   if s < offset and a.run is not None), None)  # fmt: skip
    after = next((a for a, s in zip(atoms, starts, strict=True)
                  if s >= offset and a.run is not None), None)  # fmt: skip
    return before, after


def _text_children(text: str) -> list[etree._Element]:
    out: list[etree._Element] = []
    buf = ""
    for ch in text + "\0":
        if ch in ("\t", LINE_BREAK, "\0"):
            if buf:
                t = etree.Element(W_T)
                t.text = buf
                t.set(XML_SPACE, "preserve")
                out.append(t)
                buf = ""
            if ch == "\t":
                out.append(etree.Element(W + "tab"))
            elif ch == LINE_BREAK:
                out.append(etree.Element(W + "br"))
        elif ch != OBJECT_CHAR:
            buf += ch
    return out


def record_insert(p: etree._Element, offset: int, text: str, author: str, date: str,
                  next_id: IdSource, run_format: RunFormat) -> None:  # fmt: skip
    """Insert ``text`` at ``offset`` as the reviewer's tracked insertion."""
    atoms, starts = _shown(p, run_format)
    if "\t" not in text and LINE_BREAK not in text and OBJECT_CHAR not in text:
        for a, s in zip(atoms, starts, strict=True):  # typing on in one's own insertion
            own = _own_insertion(a, p, author) if a.kind == "t" else None
            if own is not None and s < offset <= s + len(a.text):
                k = offset - s
                set_text(a.el, a.text[:k] + text + a.text[k:])
                return
    if any(s < offset < s + len(a.text) for a, s in zip(atoms, starts, strict=True)):
        _split_at(p, offset, run_format, next_id)
    before, after = _runs_around(p, offset, run_format)
    anchor = before or after
    rpr = clean_rpr(run_props(anchor.run)) if anchor and anchor.run is not None else None
    if anchor is None:
        rpr = clean_rpr(paragraph_mark(p))
    run = etree.Element(W_R)
    if rpr is not None:
        run.append(rpr)
    for child in _text_children(text):
        run.append(child)
    own = _own_insertion(before, p, author) if before else None
    if own is not None and before is not None and before.run is not None:
        before.run.addnext(run)
        return
    ins = revision_mark(W_INS, next_id(), author, date)
    ins.append(run)
    _place_between(before, after, ins, p, next_id)


def _own_insertion(atom: Atom, p: etree._Element, author: str) -> etree._Element | None:
    wrapper = _wrapper(atom.el, p)
    if wrapper is not None and wrapper.tag == W_INS and wrapper.get(W + "author") == author:
        return wrapper
    return None


def _place_between(before: Atom | None, after: Atom | None, mark: etree._Element,
                   p: etree._Element, next_id: IdSource) -> None:  # fmt: skip
    """Put a new w:ins/w:del after the run before its place, else before the run after it, else
    at the end of the paragraph."""
    if before is not None and before.run is not None:
        _place_after(before.run, mark, p, next_id)
    elif after is not None and after.run is not None:
        _place_before(after.run, mark, p, next_id)
    else:
        p.append(mark)


def _place_after(run: etree._Element, ins: etree._Element, p: etree._Element,
                 next_id: IdSource) -> None:  # fmt: skip
    """Put a new w:ins right after ``run``; inside a colleague's insertion that one is split
    (revisions do not nest), and its second half gets an id of its own (Word refuses a
    revision id used twice)."""
    wrapper = _wrapper(run, p)
    if wrapper is None:
        run.addnext(ins)
        return
    rest = list(run.itersiblings())
    if rest:
        tail = copy.deepcopy(wrapper)
        for child in list(tail):
            tail.remove(child)
        for child in rest:
            tail.append(child)
        tail.set(W + "id", str(next_id()))
        wrapper.addnext(tail)
    wrapper.addnext(ins)


def _place_before(run: etree._Element, ins: etree._Element, p: etree._Element,
                  next_id: IdSource) -> None:  # fmt: skip
    wrapper = _wrapper(run, p)
    previous = run.getprevious()
    if wrapper is None or previous is None:
        (wrapper if wrapper is not None else run).addprevious(ins)
        return
    _place_after(previous, ins, p, next_id)


def record_delete(p: etree._Element, start: int, end: int, author: str, date: str,
                  next_id: IdSource, run_format: RunFormat) -> None:  # fmt: skip
    """Mark [start, end) deleted by the reviewer."""
    if end <= start:
        return
    _split_at(p, end, run_format, next_id)
    _split_at(p, start, run_format, next_id)
    atoms, starts = _shown(p, run_format)
    runs: list[etree._Element] = []
    for a, s in zip(atoms, starts, strict=True):
        if start <= s and s + len(a.text) <= end and a.run is not None and a.run not in runs:
            runs.append(a.run)
    last: etree._Element | None = None
    for run in runs:
        wrapper = _wrapper(run, p)
        if wrapper is not None and wrapper.tag == W_INS and wrapper.get(W + "author") == author:
            remove(run)
            if not any(c.tag == W_R for c in wrapper.iter()):
                remove(wrapper)
            continue
        for t in run.iter(W_T, W_INSTR):
            t.tag = W_DEL_TEXT if t.tag == W_T else W_DEL_INSTR
        if last is not None and run.getprevious() is last:
            last.append(run)
            continue
        before, after = run.getprevious(), run.getnext()
        if _own(before, W_DEL, author):  # the reviewer deleting on (Delete): one deletion
            assert before is not None
            before.append(run)
            last = before
            continue
        if _own(after, W_DEL, author):  # deleting backwards (Backspace)
            assert after is not None
            after.insert(0, run)
            last = after
            continue
        dele = revision_mark(W_DEL, next_id(), author, date)
        run.addprevious(dele)
        dele.append(run)
        last = dele


def mark_inserted(p: etree._Element, start: int, end: int, author: str, date: str,
                  next_id: IdSource, run_format: RunFormat) -> None:  # fmt: skip
    """Mark the runs already holding [start, end) as the reviewer's insertion (w:ins around
    them): content the patcher wrote, such as a picture's w:drawing run."""
    if end > start:
        _wrap(p, start, end, revision_mark(W_INS, next_id(), author, date), run_format, next_id)


def _own(el: etree._Element | None, tag: str, author: str) -> bool:
    return el is not None and el.tag == tag and el.get(W + "author") == author


def mark_props(p: etree._Element) -> etree._Element:
    """The paragraph mark's w:rPr inside w:pPr, created at its schema place when missing (after
    spacing, ind, jc …, before sectPr and pPrChange: Word refuses another order)."""
    ppr = ensure_props(p, W_PPR)
    rpr = ppr.find(W_RPR)
    if rpr is None:
        rpr = put_ordered(ppr, etree.Element(W_RPR))
    return rpr


def record_mark_deleted(p: etree._Element, author: str, date: str, next_id: IdSource) -> None:
    """The paragraph mark deleted (the reviewer joined this paragraph with the next)."""
    rpr = mark_props(p)
    if rpr.find(W_DEL) is None:
        dele = revision_mark(W_DEL, next_id(), author, date)
        rpr.insert(0 if rpr.find(W_INS) is None else 1, dele)


def record_props_change(p: etree._Element, author: str, date: str, next_id: IdSource) -> None:
    """Keep the paragraph's current properties as the old ones (w:pPrChange), before the
    caller changes its style or outline level. A change already recorded is kept (it holds the
    properties from before the first change)."""
    ppr = ensure_props(p, W_PPR)
    if ppr.find(W_PPR_CHANGE) is not None:
        return
    change = revision_mark(W_PPR_CHANGE, next_id(), author, date)
    old = etree.SubElement(change, W_PPR)
    for child in ppr:
        if child.tag not in _KEEP_IN_PPR:
            old.append(copy.deepcopy(child))
    ppr.append(change)


def max_revision_id(root: etree._Element) -> int:
    """The largest numeric w:id in a part (new revisions take ids above it)."""
    top = 0
    for el in root.iter():
        value = el.get(W + "id") if isinstance(el.tag, str) else None
        if value is not None and value.isdigit():
            top = max(top, int(value))
    return top



def mark_new_paragraph(p: etree._Element, revisions: list[tuple[str, int, int, str, str, str]],
                       next_id: IdSource, run_format: RunFormat) -> None:  # fmt: skip
    """Write the revisions a new paragraph carries in the model (kind, start, end, text, author,
    date; offsets in the XML's text) into its freshly written w:p: insertions wrap their runs,
    deletions bring their text back as w:delText, paragraph marks are marked."""
    for kind, start, end, text, author, date in sorted(revisions, key=lambda r: -r[1]):
        if kind in ("ins", "moveTo") and end > start:
            _wrap(p, start, end, revision_mark(W_INS, next_id(), author, date), run_format, next_id)
        elif kind in ("del", "moveFrom") and text:
            dele = revision_mark(W_DEL, next_id(), author, date)
            _insert_deleted(p, start, text, dele, run_format, next_id)
        elif kind in ("para_ins", "para_del"):
            rpr = mark_props(p)
            tag = W_INS if kind == "para_ins" else W_DEL
            if rpr.find(tag) is None:
                rpr.insert(0, revision_mark(tag, next_id(), author, date))


def _insert_deleted(p: etree._Element, offset: int, text: str, dele: etree._Element,
                    run_format: RunFormat, next_id: IdSource) -> None:  # fmt: skip
    _split_at(p, offset, run_format, next_id)
    before, after = _runs_around(p, offset, run_format)
    anchor = before or after
    run = etree.SubElement(dele, W_R)
    has_run = anchor is not None and anchor.run is not None
    rpr = clean_rpr(run_props(anchor.run)) if has_run and anchor and anchor.run else None
    if rpr is not None:
        run.append(rpr)
    for child in _text_children(text):
        if child.tag == W_T:
            child.tag = W_DEL_TEXT
        run.append(child)
    _place_between(before, after, dele, p, next_id)


def _wrap(p: etree._Element, start: int, end: int, box: etree._Element,
          run_format: RunFormat, next_id: IdSource) -> None:  # fmt: skip
    """Put the runs holding [start, end) into ``box`` (a w:ins or w:del)."""
    _split_at(p, end, run_format, next_id)
    _split_at(p, start, run_format, next_id)
    atoms, starts = _shown(p, run_format)
    runs: list[etree._Element] = []
    for a, s in zip(atoms, starts, strict=True):
        if start <= s and s + len(a.text) <= end and a.run is not None and a.run not in runs:
            runs.append(a.run)
    if not runs:
        return
    runs[0].addprevious(box)
    for run in runs:
        wrapper = _wrapper(run, p)
        if wrapper is not None and wrapper is not box:
            _unwrap(wrapper)
        box.append(run)
