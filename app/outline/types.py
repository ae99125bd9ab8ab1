"""Data types of the outline: markers found at paragraph starts, headings, numbering groups."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from operator import methodcaller
from typing import TYPE_CHECKING


class MarkerKind(StrEnum):
    """The numbering systems seen in official documents. ``level`` of each is in LEVELS."""

    CHAPTER = "chapter"  # 第一章 / 第一部分 / 第一编
    SECTION = "section"  # 第一节
    CN = "cn"  # 一、            GB/T 9704 level 1
    CN_PAREN = "cn_paren"  # （一）    level 2
    ARABIC = "arabic"  # 1.          level 3
    ARABIC_PAREN = "arabic_paren"  # （1）  level 4
    CIRCLED = "circled"  # ①        GB/T 15834 B.3.8, below （1）
    ARTICLE = "article"  # 第一条 (regulations: items, not outline sections)
    DECIMAL = "decimal"  # 1.1 / 1.2.1 (emergency plans and technical documents)
    # A Word heading style with no typed number (the file says "this is a level-N heading"):
    # shown in the outline at its level, never numbered, never renumbered.
    STYLED = "styled"
    # Inline enumerations inside body text: sequences, never headings.
    INLINE_SHI = "inline_shi"  # 一是
    INLINE_YAO = "inline_yao"  # 一要
    INLINE_DI = "inline_di"  # 第一，

    @property
    def is_inline(self) -> bool:
        return self in (MarkerKind.INLINE_SHI, MarkerKind.INLINE_YAO, MarkerKind.INLINE_DI)


# Depth in the outline tree. Chapters sit above 一、; ① below （1）.
LEVELS: dict[MarkerKind, int] = {
    MarkerKind.CHAPTER: 0,
    MarkerKind.SECTION: 0,
    MarkerKind.CN: 1,
    MarkerKind.CN_PAREN: 2,
    MarkerKind.ARABIC: 3,
    MarkerKind.ARABIC_PAREN: 4,
    MarkerKind.CIRCLED: 5,
}


@dataclass(frozen=True)
class Marker:
    """A serial number found in a paragraph.

    ``start``/``end`` cover the whole marker ("（一）、"); ``number_start``/``number_end`` cover the
    numeral only ("一"), which is what renumbering replaces. ``canonical`` is the marker as GB/T
    15834 wants it written ("（一）"); ``problem`` says in Chinese what is wrong with the form
    (empty when the form is right).
    """

    kind: MarkerKind
    number: int
    start: int
    end: int
    number_start: int
    number_end: int
    text: str
    canonical: str
    problem: str = ""
    depth: int = 1  # components of a DECIMAL marker ("1.2.1" → 3)

    @cached_property
    def family(self) -> tuple[MarkerKind] | tuple[MarkerKind, int]:
        """The numbering system: the kind, and for DECIMAL its depth (1.1 and 1.1.1 are two).
        Cached on the marker, which the text caches keep from one parse to the next."""
        return (self.kind,) if self.kind is not MarkerKind.DECIMAL else (self.kind, self.depth)

    @cached_property
    def level(self) -> int:
        if self.kind in (MarkerKind.DECIMAL, MarkerKind.STYLED):
            return self.depth
        return LEVELS.get(self.kind, 9)


# The parent of a top-level heading: a callable that gives None, in C (NoneType() is None), so
# that reading ``parent`` runs no Python frame.
no_parent: Callable[[], None] = type(None)


def _set_parent(h: Heading, above: Heading | None) -> None:
    h._up = no_parent if above is None else weakref.ref(above)


@dataclass(eq=False)
class Heading:
    """A heading paragraph: its marker, its title (the heading sentence for run-in headings)."""

    index: int  # paragraph index
    marker: Marker
    title: str
    title_end: int  # offset where the heading sentence ends (== len(text) if standalone)
    run_in: bool
    children: list[Heading] = field(default_factory=list)
    # The heading above, held weakly (read and set as ``parent``). A strong pointer up beside
    # ``children`` down made every outline a reference cycle: a replaced outline (each parse
    # that redoes a part: a typed heading, 修正全部序号) was freed only by the collector's full
    # pass, which the window seldom runs, and never once ``gc.freeze`` had moved it out of the
    # collector's reach (ui/editor.py); the garbage left Python's heap grown by ~7 MB after 20
    # typed headings. Every heading's parent is held by the same parse's heading list.
    _up: Callable[[], Heading | None] = field(default=no_parent, repr=False)

    if TYPE_CHECKING:
        @property
        def parent(self) -> Heading | None: ...

        @parent.setter
        def parent(self, above: Heading | None) -> None: ...
    else:  # read in C (``self._up()``): the parse, the update and the outline view read it
        parent = property(methodcaller("_up"), _set_parent)  # ~6,000 times a typed heading

    @cached_property
    def level(self) -> int:
        """The marker's level, kept on the heading after the first read (a heading's marker is
        never replaced): the rules and the outline rows ask it ~7,500 times a run on
        corpus×3, a Python-level property call each time it was not kept."""
        return self.marker.level

    @property
    def number(self) -> int:
        return self.marker.number


@dataclass(eq=False)
class SequenceGroup:
    """Siblings numbered as one run: the headings under one parent, or one 一是/二是 list."""

    kind: MarkerKind
    items: list[tuple[int, Marker]]  # (paragraph index, marker)
    expected_start: int = 1
    also_accepted: int | None = None  # a second acceptable start (continuous numbering)
    # Paragraph indexes where the list starts again from 1 under the same parent with no heading
    # between (a duplicate numbering); True when a lead sentence ("…如下：") stands right before
    # the restart, which makes it a judgement call rather than a near-certain mistake.
    restarts: dict[int, bool] = field(default_factory=dict)
