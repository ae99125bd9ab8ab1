"""Patch one w:p from its old editor text to the new one, in place.

The old and new texts are compared character by character (objects compared by identity), and
only the differences touch the XML, mapped through the paragraph's atoms (:mod:`.atoms`):
- deleted characters are cut from their w:t; a deleted tab/break/object removes its element, and a
  run left without content is removed;
- inserted text joins the run before it (the w:t that holds the previous character, so it takes
  that run's properties), or at the start of a paragraph the first run; "\\t" becomes w:tab, U+2028
  w:br; an object the editor moved here from another paragraph brings a copy of its XML;
- bold/italic/underline that differ from Paragraph.spans split runs and set w:b/w:i/w:u only where
  they changed.
Everything else in the paragraph (w:pPr, bookmarks, comment marks, fields, tracked changes of a
colleague, hyperlinks) stays where it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from difflib import SequenceMatcher

from lxml import etree

from app.docx.atoms import PLAIN, W_R, W_T, Atom, Fmt, RunFormat, W, paragraph_atoms
from app.docx.xml import (
    clean_rpr,
    has_content,
    new_run,
    remove,
    run_props,
    set_flag,
    set_text,
    split_run,
    text_element,
)
from app.model import LINE_BREAK, OBJECT_CHAR, InlineObject, Span

log = logging.getLogger(__name__)

_CODE_BASE = 0xF0000  # supplementary private use: stands for one object while diffing
_NOTE_REFS = ("footnoteReference", "endnoteReference")

Piece = str | etree._Element  # text, or an object element to insert
MovedObjects = dict[int, tuple[etree._Element | None, etree._Element]]  # id → (rPr, element)


def encode(text: str, objects: list[InlineObject] | tuple[InlineObject, ...],
           codes: dict[int, str]) -> str:  # fmt: skip
    """``text`` with each U+FFFC replaced by the code of its object (``codes`` by id)."""
    if OBJECT_CHAR not in text:
        return text
    out = []
    k = 0
    for ch in text:
        if ch == OBJECT_CHAR:
            obj = objects[k] if k < len(objects) else None
            out.append(codes.get(id(obj), "\ufffd") if obj is not None else "\ufffd")
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def object_codes(old: tuple[InlineObject, ...], new: list[InlineObject]) -> dict[int, str]:
    """Old objects get codes by position; a new object the same object (by identity, else by
    equal value) gets its code; any other new object a fresh code."""
    codes: dict[int, str] = {}
    free = list(range(len(old)))
    for k, obj in enumerate(old):
        codes[id(obj)] = chr(_CODE_BASE + k)
    for j, obj in enumerate(new):
        if id(obj) in codes:
            continue
        match = next((k for k in free if old[k] == obj), None)
        if match is not None:
            free.remove(match)
            codes[id(obj)] = chr(_CODE_BASE + match)
        else:
            codes[id(obj)] = chr(_CODE_BASE + 0x8000 + j)
    return codes


def patch_text(p: etree._Element, old: str, new: str, run_format: RunFormat,
               objects: dict[str, Piece], default_rpr: etree._Element | None) -> None:  # fmt: skip
    """Turn the paragraph whose (encoded) visible text is ``old`` into ``new``. ``objects``:
    code → element for objects to insert. Edits are applied from the end so that the offsets
    of earlier atoms stay valid."""
    if old == new:
        return
    atoms = [a for a in paragraph_atoms(p, run_format) if a.text]
    starts = []
    pos = 0
    for a in atoms:
        starts.append(pos)
        pos += len(a.text)
    ops = _opcodes(old, new)
    for tag, i1, i2, j1, j2 in reversed(ops):
        if tag in ("replace", "insert"):
            pieces = _pieces(new[j1:j2], objects)
            if pieces:
                _insert(p, atoms, starts, i2 if tag == "replace" else i1, pieces, default_rpr,
                        after_fields=tag == "insert")  # fmt: skip
        if tag in ("replace", "delete"):
            _delete(atoms, starts, i1, i2)


def _opcodes(old: str, new: str) -> list[tuple[str, int, int, int, int]]:
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    a, b = old[head : len(old) - tail], new[head : len(new) - tail]
    if not a or not b:
        tag = "insert" if not a else "delete"
        return [(tag, head, head + len(a), head, head + len(b))]
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return [(t, i1 + head, i2 + head, j1 + head, j2 + head)
            for t, i1, i2, j1, j2 in matcher.get_opcodes() if t != "equal"]  # fmt: skip


def _pieces(text: str, objects: dict[str, Piece]) -> list[Piece]:
    out: list[Piece] = []
    for ch in text:
        if ord(ch) >= _CODE_BASE:
            el = objects.get(ch)
            if el is None:
                log.warning("an inserted object has no XML to write; left out")
                continue
            out.append(el)
        elif out and isinstance(out[-1], str) and ch not in ("\t", LINE_BREAK) \
                and out[-1][-1:] not in ("\t", LINE_BREAK):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _delete(atoms: list[Atom], starts: list[int], i1: int, i2: int) -> None:
    """Delete old characters [i1, i2). A w:t is cut (text inserted into it after the range by a
    replacement stays); other atoms go with their element."""
    for a, s in zip(atoms, starts, strict=True):
        e = s + len(a.text)
        if e <= i1 or s >= i2:
            continue
        if a.kind == "t":
            text = a.el.text or ""
            lo, hi = max(i1 - s, 0), min(i2 - s, len(a.text))
            set_text(a.el, text[:lo] + text[hi:])
            if a.el.text:
                continue
        run = a.run
        remove(a.el)
        if run is not None and not has_content(run):
            remove(run)


def _atom_at(starts: list[int], atoms: list[Atom], offset: int) -> int | None:
    """Index of the atom holding character ``offset``."""
    for k in range(len(atoms) - 1, -1, -1):
        if starts[k] <= offset < starts[k] + len(atoms[k].text):
            return k
    return None


def _insert(p: etree._Element, atoms: list[Atom], starts: list[int], at: int,
            pieces: list[Piece], default_rpr: etree._Element | None,
            after_fields: bool = True) -> None:  # fmt: skip
    """Insert ``pieces`` at old offset ``at`` (after the character before it). For a
    replacement, ``at`` is the end of the replaced range, the text goes after it and the range
    is deleted afterwards, so the new text takes the properties (and the hyperlink) of the
    replaced text; a pure insertion right after a hyperlink or field goes after it."""
    before = _atom_at(starts, atoms, at - 1) if at > 0 else None
    prev = atoms[before] if before is not None else None
    after = _atom_at(starts, atoms, at)
    nxt = atoms[after] if after is not None else None
    if (after_fields and prev is not None and prev.field is not None
            and (nxt is None or nxt.field is not prev.field)):  # fmt: skip
        end = _field_end(prev.field)
        if end is not None:  # typed right after a hyperlink or field: outside it
            run = new_run(_outside_rpr(prev, nxt))
            _fill(run, None, pieces)
            end.addnext(run)
            return
    if before is not None and prev is not None and prev.run is not None and not _is_note(prev):
        _into_run(prev.run, prev.el, at - starts[before] if prev.kind == "t" else None, pieces)
        return
    if nxt is not None and nxt.run is not None and nxt.kind == "t":
        _into_run(nxt.run, nxt.el, 0, pieces, before_element=True)
        return
    source = prev if prev is not None else nxt
    rpr = default_rpr
    if source is not None and source.run is not None:
        rpr = _without_note_style(run_props(source.run))
    run = new_run(rpr)
    _fill(run, None, pieces)
    if prev is not None:
        anchor = prev.run if prev.run is not None else prev.el
        anchor.addnext(run)
    elif nxt is not None:
        anchor = nxt.run if nxt.run is not None else nxt.el
        anchor.addprevious(run)
    else:
        p.append(run)


def _field_end(field: etree._Element) -> etree._Element | None:
    """The element after which text typed behind ``field`` goes: the hyperlink / simple field
    itself, or the run ending the complex field that ``field`` (its begin run) starts."""
    if field.tag != W_R:
        return field
    depth = 0
    for run in (field, *field.itersiblings(W_R)):
        for char in run.iter(W + "fldChar"):
            kind = char.get(W + "fldCharType")
            depth += 1 if kind == "begin" else -1 if kind == "end" else 0
            if depth == 0:
                return run
    return None  # the field goes on in another paragraph: type into its result


def _outside_rpr(prev: Atom, nxt: Atom | None) -> etree._Element | None:
    """Properties for text typed after a hyperlink or field: those of the text that follows it,
    else the link's own without its character style, colour and underline."""
    if nxt is not None and nxt.run is not None and nxt.field is None:
        return clean_rpr(run_props(nxt.run))
    out = clean_rpr(run_props(prev.run)) if prev.run is not None else None
    if out is not None and prev.field is not None and prev.field.tag == W + "hyperlink":
        for child in list(out):
            if etree.QName(child).localname in ("rStyle", "color", "u"):
                out.remove(child)
    return out if out is not None and len(out) else None


def _is_note(a: Atom) -> bool:
    return etree.QName(a.el).localname in _NOTE_REFS


def _without_note_style(rpr: etree._Element | None) -> etree._Element | None:
    """Text typed after a footnote mark is not superscript."""
    out = clean_rpr(rpr)
    if out is None:
        return None
    for child in list(out):
        if etree.QName(child).localname in ("rStyle", "vertAlign"):
            out.remove(child)
    return out if len(out) else None


def _into_run(run: etree._Element, el: etree._Element, k: int | None, pieces: list[Piece],
              before_element: bool = False) -> None:  # fmt: skip
    """Insert into ``run`` at character ``k`` of w:t ``el`` (None: after element ``el``)."""
    if el.tag == W_T and k is not None and len(pieces) == 1 and isinstance(pieces[0], str) \
            and pieces[0] not in ("\t", LINE_BREAK):
        text = el.text or ""
        set_text(el, text[:k] + pieces[0] + text[k:])
        return
    if el.tag == W_T and k is not None:
        text = el.text or ""
        if before_element or k == 0:
            _fill(run, el, pieces, before=True)
            return
        if k < len(text):
            set_text(el, text[:k])
            tail = text_element(text[k:])
            el.addnext(tail)
    _fill(run, el, pieces)


def _fill(run: etree._Element, ref: etree._Element | None, pieces: list[Piece],
          before: bool = False) -> None:  # fmt: skip
    """Put elements for ``pieces`` into ``run`` after (or before) ``ref`` (None: at the end)."""
    els: list[etree._Element] = []
    for piece in pieces:
        if isinstance(piece, str):
            if piece == "\t":
                els.append(etree.Element(W + "tab"))
            elif piece == LINE_BREAK:
                els.append(etree.Element(W + "br"))
            else:
                els.append(text_element(piece))
        else:
            els.append(piece)
    if ref is None:
        for e in els:
            run.append(e)
    elif before:
        for e in els:
            ref.addprevious(e)
    else:
        for e in reversed(els):
            ref.addnext(e)


def desired_formats(spans: list[Span], length: int, shift: int) -> list[Fmt]:
    """Per-character (bold, italic, underline) of a text of ``length`` from ``spans`` whose
    offsets count ``shift`` characters of prefix."""
    out = [PLAIN] * length
    for s in spans:
        lo, hi = max(s.start - shift, 0), min(s.end - shift, length)
        for k in range(lo, hi):
            b, i, u = out[k]
            out[k] = (b or s.bold, i or s.italic, u or s.underline)
    return out


def apply_formats(p: etree._Element, want: list[Fmt], run_format: RunFormat,
                  next_id: Callable[[], int] | None = None) -> None:  # fmt: skip
    """Make the paragraph's per-character formatting equal ``want``: split runs around each
    differing stretch and set the differing flags there. ``next_id`` hands out the revision ids
    a split run's copied w:rPrChange needs (the caller's counter: ids taken from the tree alone
    would repeat ids that the caller gives out elsewhere)."""
    for _ in range(len(want) + 2):
        atoms = [a for a in paragraph_atoms(p, run_format) if a.text]
        chars: list[tuple[Atom, int]] = [(a, k) for a in atoms for k in range(len(a.text))]
        if len(chars) != len(want):
            log.warning("formatting left as it is: text and spans disagree in length")
            return
        first = next(
            (n for n, (a, _) in enumerate(chars)
             if a.run is not None and a.run.tag == W_R and a.fmt != want[n]),
            None,
        )  # fmt: skip
        if first is None:
            return
        atom, k = chars[first]
        run = atom.run
        assert run is not None
        end = first
        while (end < len(chars) and chars[end][0].run is run and want[end] == want[first]
               and chars[end][0].fmt != want[end]):  # fmt: skip
            end += 1
        if end < len(chars) and chars[end][0].run is run:  # cut the end first: keeps k valid
            end_atom, end_k = chars[end]
            split_run(run, end_atom.el, end_k, next_id)
        second = split_run(run, atom.el, k, next_id)
        target = run if second is None else second
        for flag in range(3):
            if want[first][flag] != atom.fmt[flag]:
                set_flag(target, flag, want[first][flag])


__all__ = ["apply_formats", "desired_formats", "encode", "object_codes", "patch_text"]
