"""Commands of the main window that change or walk the text through engine results:
problems (show, quick fix), outline edits (move, drag and drop, level, renumber), undo/redo.

Every change is one undo step; the analysis is brought up to date before results are used
(an index from a stale analysis would point at the wrong paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QMenu

from app.findings import Edit, Finding
from app.model import Role
from app.outline.change import Move, OutlineChange
from ui import doc_ops
from ui.identity import affinity
from ui.outline_apply import apply_outline_change

_MARKER = re.compile(r"^\s*[（(]?[0-9一二三四五六七八九十百零〇]+[)）]?[、.．]?")


def _span_edit(old: list[str], new: list[str]) -> Edit:
    """One edit (across paragraph breaks) that turns ``old`` into ``new`` (part of the ADAPTER)."""
    n = min(len(old), len(new))
    a = 0
    while a < n and old[a] == new[a]:
        a += 1
    b = 0
    while b < n - a and old[-1 - b] == new[-1 - b]:
        b += 1
    gone, come = old[a : len(old) - b], new[a : len(new) - b]
    if a > 0:  # from the end of the paragraph before: whole paragraphs go or come
        text = "".join("\n" + t for t in come)
        last = a - 1 + len(gone)
        return Edit(a - 1, len(old[a - 1]), len(old[last]), text, last)
    text = "".join(t + "\n" for t in come)
    return Edit(0, 0, 0, text, len(gone))  # before the paragraph after them (a == 0)


def outline_change_from_texts(old: list[str], new: list[str]) -> OutlineChange:
    """ADAPTER (delete when app.outline.edits returns OutlineChange, issue 12): turn the new
    paragraph texts an outline edit computed into moves of whole paragraphs plus edits.

    Each new paragraph is traced back to the old one it came from (same text first, then the
    most similar); runs of paragraphs that moved together become one :class:`Move`.
    """
    if len(old) != len(new):  # not a move: one edit over the paragraphs that differ
        return OutlineChange(edits=[_span_edit(old, new)])
    unused = list(range(len(old)))
    sources: list[int] = []

    def closeness(i: int, text: str) -> tuple[int, int]:  # the title counts, then the marker
        return affinity(_MARKER.sub("", old[i]), _MARKER.sub("", text)), affinity(old[i], text)

    for text in new:
        exact = next((i for i in unused if old[i] == text), None)
        src = exact if exact is not None else max(unused, key=lambda i: closeness(i, text))
        unused.remove(src)
        sources.append(src)
    order = list(range(len(old)))  # order[k]: old index of the block now at k
    moves: list[Move] = []
    for k, src in enumerate(sources):
        at = order.index(src)
        if at == k:
            continue
        run = 1
        while at + run < len(order) and k + run < len(sources) and (
            order[at + run] == sources[k + run]
        ):
            run += 1
        moves.append(Move(at, at + run - 1, k))
        order[k:k] = order[at : at + run]
        del order[at + run : at + 2 * run]
    edits = []
    for k, text in enumerate(new):
        was = old[order[k]]
        if was != text:
            a = 0
            while a < min(len(was), len(text)) and was[a] == text[a]:
                a += 1
            b = 0
            while b < min(len(was), len(text)) - a and was[-1 - b] == text[-1 - b]:
                b += 1
            edits.append(Edit(k, a, len(was) - b, text[a : len(text) - b]))
    return OutlineChange(moves=moves, edits=edits)


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
            message = self.tr("Fixed: %1").replace("%1", f.fix.description)
            self.statusBar().showMessage(message, 4000)
        return done

    def _fixes_at(self, index: int, offset: int) -> list[tuple[str, Callable[[], None]]]:
        self.live.flush()
        out = []
        for f in self.findings_by_index.get(index, []):
            if f.fix is not None and f.start <= offset <= max(f.end, f.start + 1):
                label = self.tr("Quick fix: %1").replace("%1", f.fix.description)
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
        return self.apply_outline(outline_change_from_texts(self.texts(), new_texts))

    def apply_outline(self, change: OutlineChange) -> bool:
        """Apply an outline change (moves, renumbering, fixed roles) as one undo step."""
        done = apply_outline_change(self.editor.document(), change)
        self.live.flush()
        if done and change.description:
            self.statusBar().showMessage(change.description, 4000)
        return done

    def fix_all_numbering(self) -> bool:
        from app.outline.edits import renumber_all

        self.live.flush()
        return self._replace_texts(renumber_all(self.texts()), "")

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
