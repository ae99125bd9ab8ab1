"""A deleted paragraph's bookmark and editing-permission marks whose other end stays.

A bookmark (w:bookmarkStart … w:bookmarkEnd) or an editing permission (w:permStart … w:permEnd)
can run over several paragraphs. When the user deletes a paragraph holding one end while the other
end stays, Word keeps the range and shrinks it to what is left: a REF or PAGEREF field to the
bookmark still finds it, the other editors keep their region. Removing the w:p with its mark would
leave the other end alone: the bookmark is gone (the field shows 错误！未找到引用源。 when it is
updated) and the permission is lost.

So the mark is handed on before the paragraph goes: a start mark to the beginning of the next
paragraph that stays, an end mark to the end of the previous one that stays (never past the
other end: the range is then empty, as in Word). A paragraph joined into the one before it
(Backspace at its start: the editor keeps the first paragraph, its text now ends with the
second's) hands a start mark to where its text begins in the joined paragraph, so the range still
covers it. A range with both ends in deleted paragraphs goes with them. Comment ranges are
anchored again by the comment code, not here.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from app.docx.atoms import W_P, W_PPR, W, atoms_text, paragraph_atoms
from app.docx.xml import split_run

_PAIRS = {
    W + "bookmarkStart": W + "bookmarkEnd",
    W + "permStart": W + "permEnd",
}
_ENDS = {end: start for start, end in _PAIRS.items()}
_W_ID = W + "id"
_TXBX = W + "txbxContent"


class RangeMarks:
    """Hands on the range marks of the paragraphs a save deletes (``gone``) or moves
    (``moving``: an outline move, a cut and paste; the mark stays at the old place, as when
    Word cuts half a bookmark)."""

    def __init__(self, root: etree._Element, gone: set[etree._Element],
                 edited: set[etree._Element], moving: set[etree._Element]) -> None:  # fmt: skip
        self.root = root
        self.gone = gone | moving  # neither holds a mark handed on
        self.edited = edited  # paragraphs whose text the save patched
        self._order: dict[etree._Element, int] | None = None

    def hand_on(self, el: etree._Element) -> None:
        """Move the marks of ``el`` (about to be removed) whose partner stays."""
        self._order = None  # earlier moves changed the order
        for mark in list(el.iter(*_PAIRS, *_ENDS)):
            partner = self._partner(mark)
            if partner is None or any(a is el or a in self.gone for a in partner.iterancestors()):
                continue  # an orphan already, or the whole range goes (or moves)
            if mark.tag in _PAIRS:
                self._to_next(el, mark, partner)
            else:
                self._to_previous(el, mark, partner)

    # --- where the marks go ---------------------------------------------------------------------
    def _to_next(self, el: etree._Element, mark: etree._Element, end: etree._Element) -> None:
        if self._to_join(el, mark):
            return
        target = next(self._paragraphs(el, after=True), None)
        if target is None or self._pos(end) < self._pos(target):
            end.addprevious(mark)  # the range's end comes first: an empty range, kept
        elif len(target) and target[0].tag == W_PPR:
            target[0].addnext(mark)
        else:
            target.insert(0, mark)

    def _to_previous(self, el: etree._Element, mark: etree._Element,
                     start: etree._Element) -> None:  # fmt: skip
        target = next(self._paragraphs(el, after=False), None)
        if target is None or self._pos(start) > self._pos(_last(target)):
            start.addnext(mark)
        else:
            target.append(mark)

    def _to_join(self, el: etree._Element, mark: etree._Element) -> bool:
        """``el``'s text was joined to the end of the previous paragraph: put ``mark`` where
        that text begins there."""
        prev = next(self._paragraphs(el, after=False), None)
        gone_text = atoms_text(paragraph_atoms(el))
        if prev is None or prev not in self.edited or not gone_text:
            return False
        atoms = paragraph_atoms(prev)
        text = atoms_text(atoms)
        if not text.endswith(gone_text):
            return False
        at, pos = len(text) - len(gone_text), 0
        for atom in atoms:
            if pos + len(atom.text) <= at or not atom.text:
                pos += len(atom.text)
                continue
            if atom.run is None:
                atom.el.addprevious(mark)
                return True
            second = split_run(atom.run, atom.el, at - pos)
            if second is None:
                atom.run.addnext(mark)
            else:
                second.addprevious(mark)
            return True
        return False

    # --- helpers --------------------------------------------------------------------------------
    def _partner(self, mark: etree._Element) -> etree._Element | None:
        own = str(mark.tag)
        tag = _PAIRS.get(own) or _ENDS[own]
        wid = mark.get(_W_ID)
        return next((m for m in self.root.iter(tag) if m.get(_W_ID) == wid), None)

    def _paragraphs(self, el: etree._Element, after: bool) -> Iterator[etree._Element]:
        """The paragraphs that stay after (before, nearest first) ``el`` in document order,
        outside text boxes."""
        ps = [p for p in self.root.iter(W_P)
              if p is not el and p not in self.gone
              and not any(a.tag == _TXBX for a in p.iterancestors())]  # fmt: skip
        here = self._pos(el)
        if after:
            yield from (p for p in ps if self._pos(p) > here)
        else:
            yield from (p for p in reversed(ps) if self._pos(p) < here)

    def _pos(self, el: etree._Element) -> int:
        if self._order is None or el not in self._order:
            self._order = {e: k for k, e in enumerate(self.root.iter())}
        return self._order[el]


def _last(el: etree._Element) -> etree._Element:
    """The last element inside ``el`` in document order (``el`` itself when it is empty)."""
    last = el
    for last in el.iter():  # noqa: B007 (the loop variable is the result)
        pass
    return last
