"""Commands of the main window that change or walk the text through engine results:
problems (show, quick fix), outline edits (move, drag and drop, level, renumber), undo/redo.

Every change is one undo step; the analysis is brought up to date before results are used
(an index from a stale analysis would point at the wrong paragraph).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu

from app.findings import Finding
from app.model import Role
from app.outline.change import OutlineChange
from ui import doc_ops
from ui.rule_labels import fix_label


class EditCommands:
    """Mixin for :class:`ui.main_window.MainWindow` (uses its editor, live analysis, docks)."""

    def _current(self, f: Finding) -> Finding | None:
        """``f`` in the up-to-date analysis (it may have been re-created by a re-analysis)."""
        self.live.flush()
        findings = self.live.analysis.findings if self.live.analysis else []
        if any(x is f for x in findings):
            return f
        for x in findings:
            if x.rule == f.rule and x.paragraph_id == f.paragraph_id and x.message == f.message:
                return x
        return None

    def show_finding(self, f: Finding) -> None:
        f = self._current(f)
        if f is not None:
            self.editor.go_to(f.index, f.start, f.end)

    def apply_fix(self, f: Finding) -> bool:
        f = self._current(f)
        if f is None or f.fix is None:
            return False
        done = doc_ops.apply_edits(self.editor.document(), f.fix.edits)
        self.live.flush()
        if done:
            message = self.tr("Fixed: %1").replace("%1", fix_label(f.fix.description))
            self.statusBar().showMessage(message, 4000)
        return done

    def _fixes_at(self, index: int, offset: int) -> list[tuple[str, Callable[[], None]]]:
        self.live.flush()
        out = []
        for f in self.findings_by_index.get(index, []):
            if f.fix is not None and f.start <= offset <= max(f.end, f.start + 1):
                label = self.tr("Quick fix: %1").replace("%1", fix_label(f.fix.description))
                out.append((label, lambda f=f: self.apply_fix(f)))
        return out

    def quick_fix_at_cursor(self) -> None:
        index, offset = self.editor.cursor_location()
        fixes = self._fixes_at(index, offset)
        if len(fixes) == 1:
            fixes[0][1]()
        elif fixes:
            menu = QMenu(self)
            for label, callback in fixes:
                menu.addAction(label, callback)
            rect = self.editor.cursorRect()
            menu.exec(self.editor.viewport().mapToGlobal(rect.bottomLeft()))
        else:
            self.statusBar().showMessage(self.tr("No quick fix at the cursor"), 3000)

    def _plan(self, change: OutlineChange | None, message: str) -> bool:
        """Apply an outline change planned on the live document, or say why there is none."""
        if change is None:
            if message:
                self.statusBar().showMessage(message, 3000)
            return False
        return self.apply_outline(change)

    def apply_outline(self, change: OutlineChange) -> bool:
        """Apply an outline change (moves, renumbering, fixed roles) as one undo step."""
        done = self.track.apply_outline(change)  # 修订 on: its moves recorded as moves
        self.live.flush()
        if done and change.description:
            self.statusBar().showMessage(change.description, 4000)
        return done

    def fix_all_numbering(self) -> bool:
        from ui.renumber import fix_all_numbering

        return fix_all_numbering(self)  # keeps cursor and view, says what changed

    def _selected_heading(self) -> int | None:
        self.live.flush()
        index = self.outline.current_heading_index()
        if index is None:
            self.statusBar().showMessage(self.tr("Select a heading in the outline first"), 3000)
        return index

    def move_section(self, direction: int) -> bool:
        from app.outline.edits import plan_move_section

        index = self._selected_heading()
        if index is None or self.live.analysis is None:
            return False
        moved = self.live.document.paragraphs[index].id
        done = self._plan(
            plan_move_section(self.live.document, self.live.analysis, index, direction),
            self.tr("The section cannot move further"),
        )
        if done:
            self._select_heading(moved)
        return done

    def _select_heading(self, paragraph_id: int) -> None:
        """Put the cursor and the outline on the heading that is paragraph ``paragraph_id``
        (ids travel with moved paragraphs, so a moved section is found where it went)."""
        for i, p in enumerate(self.live.document.paragraphs):
            if p.id == paragraph_id:
                self.editor.go_to(i)
                self.outline.select_paragraph(i)
                break

    def drop_section(self, source_id: int, parent_id: int, position: int) -> bool:
        """A section dragged in the outline: move it (text and numbering) in one undo step.
        ``parent_id`` -1 is the top level; ids are paragraph ids, stable across edits."""
        from app.outline.edits import plan_move_section_to

        self.live.flush()
        where = {p.id: i for i, p in enumerate(self.live.document.paragraphs)}
        index = where.get(source_id)
        parent = where.get(parent_id) if parent_id >= 0 else None
        if index is None or (parent_id >= 0 and parent is None) or self.live.analysis is None:
            return False
        done = self._plan(
            plan_move_section_to(self.live.document, self.live.analysis, index, parent, position),
            self.tr("The section cannot be moved there"),
        )
        if done:
            self._select_heading(source_id)
        return done

    def change_level(self, delta: int) -> bool:
        from app.outline.edits import plan_change_level

        index = self._selected_heading()
        if index is None or self.live.analysis is None:
            return False
        heading = self.live.document.paragraphs[index].id
        done = self._plan(
            plan_change_level(self.live.document, self.live.analysis, index, delta),
            self.tr("This heading cannot change level"),
        )
        if done:
            self._select_heading(heading)
        return done

    def undo(self) -> None:
        if not self.track.undo():  # a resolved revision is undone with its model change
            self.editor.undo()
        self.live.flush()

    def redo(self) -> None:
        if not self.track.redo():
            self.editor.redo()
        self.live.flush()

    def show_overview(self) -> None:
        """Scroll to the title and point at the first error (used for screenshots)."""
        analysis = self.live.analysis
        if analysis is None:
            return
        title = next((i for i, r in enumerate(analysis.roles) if r is Role.TITLE), 0)
        bar = self.editor.verticalScrollBar()
        bar.setValue(int(self.editor.document().findBlockByNumber(title).layout().position().y()))
        self.editor.setTextCursor(self.editor.cursorForPosition(self.editor.rect().topLeft()))
        self.editor.go_to(title)
        bar.setValue(int(self.editor.document().findBlockByNumber(title).layout().position().y()))
        row = self.problems.row_of(lambda f: f.rule.startswith("numbering/"))
        if row is not None:
            self.problems.view.selectRow(row)
