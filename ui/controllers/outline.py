"""Outline commands: move a section (menu, keys, drag and drop), change a heading's level,
renumber everything.

Each change is planned on the live document (``app.outline.edits`` → ``OutlineChange``) and
applied as whole-block moves in one undo step (:mod:`ui.outline_apply`); the moved heading is
found again by its paragraph id, which travels with it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.engine import Analysis
from app.model import Document
from app.outline.change import OutlineChange
from ui.controllers.view import OutlineView

SectionPlan = Callable[[Document, Analysis, int], OutlineChange | None]
"""A plan for the heading at an index of the live document (``app.outline.edits``)."""


class OutlineController(QObject):
    def __init__(self, view: OutlineView, renumber: Callable[[], bool] | None = None) -> None:
        """``renumber``: 修正全部序号 as the window does it (ui.renumber keeps the cursor and
        the view); without one the renumbering is applied like any outline change."""
        super().__init__()
        self.view = view
        self._renumber = renumber

    def apply(self, change: OutlineChange) -> bool:
        """Apply an outline change (moves, renumbering, fixed roles) as one undo step."""
        done = self.view.apply_outline_change(change)
        self.view.live.flush()
        if done and change.description:
            self.view.show_status(change.description, 4000)
        return done

    def _plan(self, change: OutlineChange | None, message: str) -> bool:
        """Apply an outline change planned on the live document, or say why there is none."""
        if change is None:
            if message:
                self.view.show_status(message, 3000)
            return False
        return self.apply(change)

    def fix_all_numbering(self) -> bool:
        if self._renumber is not None:
            return self._renumber()
        from app.outline.edits import plan_renumber_all

        live = self.view.live
        live.flush()
        change = plan_renumber_all(live.document, live.analysis)
        return self._plan(change, self.tr("The numbering is already in order"))

    def _selected_heading(self) -> int | None:
        self.view.live.flush()
        index = self.view.selected_heading()
        if index is None:
            self.view.show_status(self.tr("Select a heading in the outline first"), 3000)
        return index

    def _select_heading(self, paragraph_id: int) -> None:
        """Put the cursor and the outline on the heading that is paragraph ``paragraph_id``."""
        for i, p in enumerate(self.view.live.document.paragraphs):
            if p.id == paragraph_id:
                self.view.go_to(i)
                self.view.select_in_outline(i)
                break

    def _apply_and_select(
        self, change: OutlineChange | None, message: str, paragraph_id: int
    ) -> bool:
        """Apply ``change`` (or say ``message``) and put the cursor and the outline back on the
        moved heading, found by its paragraph id since its index changed."""
        done = self._plan(change, message)
        if done:
            self._select_heading(paragraph_id)
        return done

    def _change_selected(self, plan: SectionPlan, message: str) -> bool:
        """Plan ``plan`` on the heading selected in the outline, apply it and keep that heading
        selected; ``message`` says why nothing changed when the plan is None."""
        live = self.view.live
        index = self._selected_heading()
        if index is None or live.analysis is None:
            return False
        heading = live.document.paragraphs[index].id
        return self._apply_and_select(plan(live.document, live.analysis, index), message, heading)

    def move_section(self, direction: int) -> bool:
        """Move the selected section past its previous (-1) or next (1) sibling."""
        from app.outline.edits import plan_move_section

        return self._change_selected(
            lambda doc, analysis, index: plan_move_section(doc, analysis, index, direction),
            self.tr("The section cannot move further"),
        )

    def drop_section(self, source_id: int, parent_id: int, position: int) -> bool:
        """A section dragged in the outline: move it (text and numbering) in one undo step.
        ``parent_id`` -1 is the top level; ids are paragraph ids, stable across edits."""
        from app.outline.edits import plan_move_section_to

        live = self.view.live
        live.flush()
        where = {p.id: i for i, p in enumerate(live.document.paragraphs)}
        index = where.get(source_id)
        parent = where.get(parent_id) if parent_id >= 0 else None
        if index is None or (parent_id >= 0 and parent is None) or live.analysis is None:
            return False
        return self._apply_and_select(
            plan_move_section_to(live.document, live.analysis, index, parent, position),
            self.tr("The section cannot be moved there"),
            source_id,
        )

    def change_level(self, delta: int) -> bool:
        """Promote (-1) or demote (1) the selected heading with its section."""
        from app.outline.edits import plan_change_level

        return self._change_selected(
            lambda doc, analysis, index: plan_change_level(doc, analysis, index, delta),
            self.tr("This heading cannot change level"),
        )
