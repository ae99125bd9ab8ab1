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

    def _replace_texts(self, new_texts: list[str] | None, message: str) -> bool:
        if new_texts is None:
            self.statusBar().showMessage(message, 3000)
            return False
        done = doc_ops.apply_texts(self.editor.document(), new_texts)
        self.live.flush()
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
        from app.outline.edits import move_section

        index = self._selected_heading()
        if index is None:
            return False
        title = self._heading_title(index)
        done = self._replace_texts(
            move_section(self.texts(), index, direction),
            self.tr("The section cannot move further"),
        )
        if done:
            self._select_heading_titled(title)
        return done

    def _heading_title(self, index: int) -> str:
        """The text after the marker: it stays the same when a section moves or changes level."""
        heading = self.live.analysis.heading_at(index) if self.live.analysis else None
        return self.texts()[index][heading.marker.end :] if heading else ""

    def _select_heading_titled(self, title: str) -> None:
        if self.live.analysis is None:
            return
        texts = self.texts()
        for h in self.live.analysis.headings:
            if texts[h.index][h.marker.end :] == title:
                self.editor.go_to(h.index)
                self.outline.select_paragraph(h.index)
                break

    def drop_section(self, source_id: int, parent_id: int, position: int) -> bool:
        """A section dragged in the outline: move it (text and numbering) in one undo step.
        ``parent_id`` -1 is the top level; ids are paragraph ids, stable across edits."""
        from app.outline.edits import move_section_to

        self.live.flush()
        where = {p.id: i for i, p in enumerate(self.live.document.paragraphs)}
        index = where.get(source_id)
        parent = where.get(parent_id) if parent_id >= 0 else None
        if index is None or (parent_id >= 0 and parent is None):
            return False
        title = self._heading_title(index)
        done = self._replace_texts(
            move_section_to(self.texts(), index, parent, position),
            self.tr("The section cannot be moved there"),
        )
        if done:
            self._select_heading_titled(title)
        return done

    def change_level(self, delta: int) -> bool:
        from app.outline.edits import change_level

        index = self._selected_heading()
        if index is None:
            return False
        done = self._replace_texts(
            change_level(self.texts(), index, delta), self.tr("This heading cannot change level")
        )
        if done:
            self.editor.go_to(index)
            self.outline.select_paragraph(index)
        return done

    def undo(self) -> None:
        self.editor.undo()
        self.live.flush()

    def redo(self) -> None:
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
