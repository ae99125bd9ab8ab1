"""Keep each part's tree and numbering groups from one parse to the next while its input stays.

The outline parser works in two halves (:mod:`app.outline.parser`): per-paragraph markers, the
front and back matter and the part starts over the whole document (cheap: cached per text),
then, part by part, the heading tree, the nested lists and the sibling groups
(:mod:`app.outline.tree`; the costlier half: a Python step per heading). The second half of a
part reads only the part: its texts, markers and roles as the first half left them, and, for a
list that restarts right after a lead sentence, whether the line before the part ends in "："
(``lead``). So when a typed heading changes one part of a long report, every other part's
result is the one found last time — where the paragraphs before the edit are, as it was; after
it, as it was moved by the paragraphs inserted or removed. :class:`PartCache` keeps the last
parse's parts and the input they were read from; the parse asks it for each part before doing
the part's work, and the result is the one a parse from nothing gives (a property test in
tests/app/test_outline_parts.py checks it over random edits of real reports).

The voting of the numbering style (restart or continuous per level) reads every part's groups
and sets their expected starts: it runs over fresh group objects every parse, so a group kept
here is never changed after it was made.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import cast

from app.model import Role
from app.outline.types import Heading, Marker, MarkerKind, SequenceGroup, no_parent

Items = list[tuple[int, Marker]]


@dataclass
class PartParse:
    """What the second half of the parse found in paragraphs ``start``..``end - 1``.

    ``siblings``/``runs``: the sibling groups and the nested lists as they were made, before
    the style vote (kind, items, restarts); the parse builds its groups from them."""

    start: int
    end: int
    lead: bool
    headings: list[Heading]
    nested: list[int]
    siblings: list[tuple[MarkerKind, Items, dict[int, bool]]]
    runs: list[tuple[MarkerKind, Items]]
    # the tree's shape, the same for every move of the part (:meth:`tree_links`)
    links: list[tuple[int, bool]] | None = field(default=None, compare=False, repr=False)

    def tree_links(self) -> list[tuple[int, bool]]:
        """Each heading's parent as its place in ``headings`` (-1: none; a parent comes before
        its children), and whether the heading is among the parent's children (a numbered item
        has a parent but is not shown under it). Worked out once, handed on to moved copies."""
        if self.links is None:
            at = {id(h): k for k, h in enumerate(self.headings)}
            shown = {id(c) for h in self.headings for c in h.children}
            self.links = [(-1, False) if (p := h.parent) is None else (at[id(p)], id(h) in shown)
                          for h in self.headings]
        return self.links

    def groups(self) -> tuple[list[SequenceGroup], list[SequenceGroup]]:
        """Fresh group objects (the style vote writes into them)."""
        return ([SequenceGroup(kind, list(items), 1, restarts=dict(restarts))
                 for kind, items, restarts in self.siblings],
                [SequenceGroup(kind, list(items), 1) for kind, items in self.runs])

    def moved(self, by: int, markers: list[Marker | None]) -> PartParse:
        """This part ``by`` paragraphs further on (new heading objects: a heading's index is
        its place), each marker the one at its new place (equal to the old).

        The copies are made without the dataclass's ``__init__`` (its default factories are
        Python calls): every part after a typed line is moved so, ~1,300 headings of corpus×3."""
        links = self.tree_links()
        headings: list[Heading] = []
        make, up_to = object.__new__, weakref.ref
        for h, (up, shown) in zip(self.headings, links, strict=True):
            i = h.index + by
            c = make(Heading)
            c.__dict__ = {"index": i, "marker": markers[i], "title": h.title,
                          "title_end": h.title_end, "run_in": h.run_in, "children": [],
                          "_up": no_parent if up < 0 else up_to(headings[up]),
                          "level": h.level}  # (as build_tree keeps it)
            if shown:
                headings[up].children.append(c)
            headings.append(c)
        siblings = [(kind, _moved(items, by, markers), {i + by: lead for i, lead
                                                         in restarts.items()})
                    for kind, items, restarts in self.siblings]
        runs = [(kind, _moved(items, by, markers)) for kind, items in self.runs]
        return PartParse(self.start + by, self.end + by, self.lead, headings,
                         [i + by for i in self.nested], siblings, runs, links)


def _moved(items: Items, by: int, markers: list[Marker | None]) -> Items:
    """``items`` ``by`` paragraphs further on (the markers there are the same)."""
    return cast("Items", [(i + by, markers[i + by]) for i, _ in items])


class PartCache:
    """The last parse's parts and the input they were read from (see the module docstring)."""

    def __init__(self) -> None:
        self._texts: list[str] = []
        self._markers: list[Marker | None] = []
        self._roles: list[Role | None] = []
        self._parts: dict[tuple[int, int], PartParse] = {}

    def find(self, start: int, end: int, texts: list[str], markers: list[Marker | None],
             roles: list[Role | None], lead: bool) -> PartParse | None:
        """The last parse's result for paragraphs ``start``..``end - 1`` of this parse, when
        their input is the same: at the same place, or moved by as many paragraphs as the
        document grew or shrank."""
        grown = len(texts) - len(self._texts)
        for by in (0, grown) if grown else (0,):
            old = self._parts.get((start - by, end - by))
            if old is None or old.lead != lead:
                continue
            a, b = start - by, end - by
            if texts[start:end] == self._texts[a:b] and roles[start:end] == self._roles[a:b] \
                    and markers[start:end] == self._markers[a:b]:
                return old if by == 0 else old.moved(by, markers)
        return None

    def copy(self) -> PartCache:
        """A cache that starts from this one's parse and is brought up to date on its own:
        :meth:`keep` gives the copy new lists and a new dict, never changing these (the parts
        themselves are never changed after they are made). A plan that analyses a draft of the
        window's document starts from the window's parse this way (修正全部序号: its first
        round then redoes only the parts it renumbered, not all 109 of corpus×3)."""
        other = PartCache()
        other._texts, other._markers, other._roles = self._texts, self._markers, self._roles
        other._parts = self._parts
        return other

    def keep(self, texts: list[str], markers: list[Marker | None], roles: list[Role | None],
             parts: list[PartParse]) -> None:
        """Remember this parse: its input (lists the parse no longer changes) and parts."""
        self._texts, self._markers, self._roles = list(texts), list(markers), list(roles)
        self._parts = {(p.start, p.end): p for p in parts}
