"""Where an edit changed the paragraph list: the stretch between the longest unchanged start and
the longest unchanged end (for :mod:`app.incremental`).

Why: every update compared each of the report's paragraphs with last time in a Python loop
(its outline signature, its rule key, whether it is a new long text): three walks over 4,400
paragraphs after a typed heading on corpus x3, ~15 % of the analysis, for an edit that touched
one or two of them. An edit from the editor changes one stretch of the list (typing, Enter,
a joined or deleted paragraph, a moved section); outside it every paragraph is the same one
with the same text and fixed facts at the same distance from the start or from the end. That
stretch is found by comparisons run in C (``map`` over the two lists), and only the
paragraphs inside it are looked at one by one. Several edits far apart give one stretch from
the first to the last: still right, only less of a saving.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count
from operator import attrgetter, is_not, itemgetter, ne
from typing import TYPE_CHECKING, Any

from app.model import Paragraph, Role

if TYPE_CHECKING:
    from app.outline.types import Marker

# What the outline signature and the rule keys read of a paragraph besides the analysis: equal
# states (compared item by item, the same objects first) mean the same paragraph, unchanged.
STATE = attrgetter("id", "text", "cell", "role_fixed", "role")


def first_change(old: Sequence[Any], new: Sequence[Any], differ: Any = ne) -> int:
    """The first position where ``old`` and ``new`` differ by ``differ`` (or the shorter
    length)."""
    return next(compress(count(), map(differ, old, new)), min(len(old), len(new)))


def changed_span(old: Sequence[Any], new: Sequence[Any]) -> tuple[int, int]:
    """(p, s): ``new[:p]`` is ``old[:p]`` and the last ``s`` of each are the same, p + s at most
    the shorter length; what changed lies in ``old[p:len(old) - s]`` → ``new[p:len(new) - s]``."""
    p = first_change(old, new)
    room = min(len(old), len(new)) - p
    s = first_change(old[len(old) - room:][::-1], new[len(new) - room:][::-1]) if room else 0
    return p, s


def differing(old: Sequence[Any], new: Sequence[Any], offset: int) -> list[int]:
    """``offset`` + each position where ``new`` holds another object than ``old`` (roles and
    markers beside the changed stretch, which a new parse may change too)."""
    return list(compress(count(offset), map(is_not, old, new)))


def marker_end(marker: Marker | None) -> int:
    """Where a paragraph's heading marker ends (0: none), part of its rule key."""
    return marker.end if marker is not None else 0


_ID = itemgetter(0)  # a STATE's paragraph id
Before = tuple[list[tuple[Any, ...]], list[Role], list["Marker | None"]]


def dirty_positions(old: Before, new: Before, forced: set[int], p: int, s: int,
                    old_at: dict[int, int], before: list[str]
                    ) -> tuple[list[int], set[int], list[tuple[str, str]]]:
    """The positions whose rule key (text, role, marker end, cell) changed or that the caller
    named (``forced`` ids); the ids gone; each text changed as (before, after), "" for a
    paragraph new or gone. ``old`` and ``new``: each paragraph's STATE, role and marker at the
    last update and now. The edits changed ``new[0][p:n - s]`` (:func:`changed_span`;
    ``old_at``: the old position of each id in the old stretch, ``before``: the old text of
    each paragraph of the new stretch); beside it a new parse may still change roles and
    markers, found by comparing those lists in C."""
    old_state, old_roles, old_markers = old
    state, roles, markers = new
    n, m = len(state), len(old_state)
    dirty: set[int] = set()
    changes: list[tuple[str, str]] = []
    for k, i in enumerate(range(p, n - s)):
        text, cell = state[i][1], state[i][2] is not None
        j = old_at.get(state[i][0])
        if before[k] != text:
            changes.append((before[k], text))
        if j is None or (old_state[j][1], old_roles[j], marker_end(old_markers[j]),
                         old_state[j][2] is not None) != (text, roles[i],
                                                           marker_end(markers[i]), cell):
            dirty.add(i)
    dirty.update(differing(old_roles[:p], roles[:p], 0))
    dirty.update(differing(old_roles[m - s:], roles[n - s:], n - s))
    for i in differing(old_markers[:p], markers[:p], 0) \
            + differing(old_markers[m - s:], markers[n - s:], n - s):
        if marker_end(markers[i]) != marker_end(old_markers[i if i < p else i - n + m]):
            dirty.add(i)
    if forced:
        where = dict(zip(map(_ID, state), range(n), strict=True))  # (made in C)
        dirty.update(where[pid] for pid in forced if pid in where)
    gone = {old_state[j][0] for j in range(p, m - s)}.difference(
        st[0] for st in state[p:n - s])
    changes += ((old_state[old_at[pid]][1], "") for pid in gone)
    return sorted(dirty), gone, changes


def inside_changes(old: Sequence[Any], new: Sequence[Any], p: int, s: int) -> list[int] | None:
    """When the edits kept every paragraph at its place (the same ids at the same positions:
    renumbering, replace all, a fix per paragraph), the positions inside the changed stretch
    whose STATE changed, found in C; None when paragraphs were added, removed or moved.

    Edits far apart make one stretch from the first to the last (修正全部序号 on corpus x3:
    ~4,000 paragraphs for 215 renumbered), and each walk over it in Python cost ~1 ms."""
    n = len(new)
    if len(old) != n or list(map(_ID, old[p:n - s])) != list(map(_ID, new[p:n - s])):
        return None
    return list(compress(count(p), map(ne, old[p:n - s], new[p:n - s])))


def signatures_in_place(old: list[Any], paragraphs: Sequence[Paragraph], inner: list[int]
                        ) -> list[Any]:
    """Each paragraph's outline signature when every paragraph kept its place: the old ones,
    made again at ``inner`` (:func:`inside_changes`), whose state changed."""
    from app.outline.signature import outline_signature

    signatures = list(old)
    for i in inner:
        signatures[i] = outline_signature(paragraphs[i])
    return signatures


def dirty_in_place(old: Before, new: Before, forced: set[int], inner: list[int]
                   ) -> tuple[list[int], set[int], list[tuple[str, str]]]:
    """:func:`dirty_positions` when every paragraph kept its place (:func:`inside_changes`
    gave ``inner``): the same positions, no id gone, the same text changes in the same order.
    Outside ``inner`` a paragraph's text and cell are as they were, so only its role and
    marker can make it dirty (compared in C over the whole list, as beside the stretch)."""
    old_state, old_roles, old_markers = old
    state, roles, markers = new
    dirty = set(differing(old_roles, roles, 0))
    for i in differing(old_markers, markers, 0):
        if marker_end(markers[i]) != marker_end(old_markers[i]):
            dirty.add(i)
    changes: list[tuple[str, str]] = []
    for i in inner:
        was, now = old_state[i], state[i]
        if was[1] != now[1]:
            changes.append((was[1], now[1]))
            dirty.add(i)
        elif (was[2] is None) != (now[2] is None):
            dirty.add(i)
    if forced:
        where = dict(zip(map(_ID, state), range(len(state)), strict=True))  # (made in C)
        dirty.update(where[pid] for pid in forced if pid in where)
    return sorted(dirty), set(), changes
