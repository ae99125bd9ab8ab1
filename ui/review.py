"""Review annotations in the editor: the Review menu, the comments dock and their wiring.

The controller owns the :class:`~ui.comment_store.CommentStore` (data, anchors, undo), the
:class:`~ui.comments_view.CommentsPanel` and the commands: new comment (Ctrl+Alt+M, as in
Word/WPS), reply, edit, resolve/reopen, delete, previous/next, a problem turned into a comment,
Export to Word (written by :class:`ui.controllers.export.ExportController`). Commented text is
painted on the role highlighter's layer. The window calls :meth:`prepare`/:meth:`loaded` when it
shows a document and :meth:`comments_for` when it saves one.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDialog, QDockWidget, QMenu, QMenuBar

from app.model import Comment, Document
from app.review import snapshot
from ui import settings as S
from ui.comment_cards import card_html, now_iso, short
from ui.comment_store import CommentStore
from ui.comment_target import word_at_cursor
from ui.comments_view import FILTER_OPEN, FILTER_RESOLVED, CommentsPanel, Row
from ui.review_dialogs import AuthorDialog, ExportOptions
from ui.review_highlights import CommentHighlights
from ui.review_problems import ProblemComments

if TYPE_CHECKING:
    from ui.main_window import MainWindow

RULE_PREFIX = re.compile(r"\[([A-Za-z][\w.-]*(?:/[\w.-]+)+)\] (.*)", re.DOTALL)


class ReviewController(CommentHighlights, ProblemComments, QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.editor = window.editor
        self.doc = self.editor.document()
        self.store = CommentStore(self.editor, self)
        self.original: Document | None = None
        self.current: int | None = None  # thread shown as current (stronger highlight)
        self._painted: dict[int, object] = {}
        self._shown = -1  # store version the panel shows
        self.panel = CommentsPanel(window)
        self.dock = QDockWidget(self.tr("Comments"), window)
        self.dock.setObjectName("commentsView")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.resizeDocks([self.dock], [340], Qt.Orientation.Horizontal)
        self._build_actions()
        for act in (self.act_reply, self.act_edit, self.act_resolve, self.act_delete):
            self.panel.add_button(act)
        self.panel.buttons.add_stretch()
        for act in (self.act_prev, self.act_next):
            self.panel.add_button(act)
        self.panel.activated.connect(self.activate)
        self.panel.filterChanged.connect(self.refresh)
        self.panel.currentMoved.connect(self._update_actions)
        self.panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.panel.view.addActions([self.act_reply, self.act_edit, self.act_resolve])
        self.panel.view.addAction(self.act_delete)
        self.store.changed.connect(self._on_store_changed)
        highlighter: Any = self.editor.highlighter  # (its overlay is declared None there)
        highlighter.overlay = self._paint
        self.editor.cursorPositionChanged.connect(self._on_cursor)
        view = window.problems.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._problems_menu)
        self._update_actions()

    # ---- construction -------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        act = QAction(text, self.w)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        self.act_add = self._action(
            self.tr("&New Comment…"), self.add_comment, "Ctrl+Alt+M",
            self.tr("Comment on the selected text"),
        )  # fmt: skip
        self.act_add.setIconText(self.tr("Comment"))
        self.act_reply = self._action(self.tr("&Reply…"), self.reply)
        self.act_edit = self._action(self.tr("&Edit Comment…"), self.edit)
        self.act_resolve = self._action(self.tr("Re&solve"), self.toggle_resolved)
        self.act_delete = self._action(self.tr("&Delete Comment"), self.delete)
        self.act_prev = self._action(
            self.tr("&Previous Comment"), lambda: self.step(-1), "Ctrl+Alt+PgUp"
        )
        self.act_next = self._action(
            self.tr("Ne&xt Comment"), lambda: self.step(1), "Ctrl+Alt+PgDown"
        )
        # the pane's row shows short words: the menu's texts overflowed 340 pixels in English
        self.act_reply.setIconText(self.tr("Reply"))
        self.act_edit.setIconText(self.tr("Edit"))
        self.act_resolve.setIconText(self.tr("Resolve"))
        self.act_delete.setIconText(self.tr("Delete"))
        self.act_prev.setIconText("↑")
        self.act_next.setIconText("↓")
        self.act_author = self._action(self.tr("Reviewer N&ame…"), self.ask_author)
        self.act_export = self._action(
            self.tr("Export Official-Format &Word…"), self.export_dialog, None,
            self.tr("Rebuild the report in the GB/T 9704 layout as a new .docx "
                    "(comments, problems, tracked changes); the opened file stays as it is"),
        )  # fmt: skip

    def build_menu(self, menubar: QMenuBar) -> QMenu:
        m = menubar.addMenu(self.tr("&Review"))
        m.addActions([self.act_add, self.act_reply, self.act_edit, self.act_resolve])
        m.addAction(self.act_delete)
        m.addSeparator()
        m.addActions([self.act_prev, self.act_next])
        m.addSeparator()
        m.addAction(self.dock.toggleViewAction())
        m.addAction(self.act_author)
        m.addAction(self.act_export)
        return m

    # ---- the reviewer -------------------------------------------------------------------------
    def author(self) -> tuple[str, str]:
        return S.get("author/name"), S.get("author/initials")

    def ask_author(self) -> bool:
        name, initials = self.author()
        dlg = AuthorDialog(name, initials, self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        name, initials = dlg.values()
        S.put("author/name", name)
        S.put("author/initials", initials)
        return True

    def ensure_author(self) -> bool:
        return bool(self.author()[0]) or self.ask_author()

    def _new(self, text: str, rule: str | None = None) -> Comment:
        name, initials = self.author()
        return Comment(text, name, initials, now_iso(), rule=rule)

    # ---- document ---------------------------------------------------------------------------
    def prepare(self, doc: Document) -> Callable[[QTextCursor], None]:
        """The editor is about to show ``doc``: take its comments (and keep the file as opened
        for tracked changes). Returns what anchors them, for the editor's loading edit block;
        then call :meth:`loaded`."""
        comments = []
        for c in doc.comments:
            m = RULE_PREFIX.fullmatch(c.text) if not c.rule else None
            comments.append(replace(c, rule=m[1], text=m[2]) if m else c)
        self.original = snapshot(doc) if doc.path else None
        self.current = None
        return self.store.prepare(replace(doc, comments=comments))

    def loaded(self) -> None:
        self.store.loaded()
        self._painted = self._paint_state()  # the loading pass painted them already
        self.refresh()

    def comments_for(self, doc: Document) -> list[Comment]:
        """The comments anchored in ``doc`` (its paragraphs are the editor's blocks)."""
        out = self.store.to_model([p.id for p in doc.paragraphs])
        return [replace(c, text=f"[{c.rule}] {c.text}") if c.rule else c for c in out]

    # ---- commands -----------------------------------------------------------------------------
    def _status(self, text: str) -> None:
        self.w.statusBar().showMessage(text, 4000)

    def _show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def add_comment(self) -> bool:
        cur = self.editor.textCursor()
        if not cur.hasSelection():  # Word comments the word at the cursor
            word = word_at_cursor(self.editor)
            if word is None:
                self._status(self.tr("Select the text to comment on first"))
                return False
            cur = word
            self.editor.setTextCursor(cur)
        if not self.ensure_author():
            return False
        keep = QTextCursor(self.doc)
        keep.setPosition(cur.selectionStart())
        keep.setPosition(cur.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
        quoted = short(cur.selectedText().replace("\u2029", " "), 24)
        def create(text: str) -> None:
            self._create(keep, text)

        self._show_panel()
        self.panel.open_compose(
            self.tr("New comment on “%1”:").replace("%1", html.escape(quoted)),
            "",
            create,
            self.editor.setFocus,
        )
        return True

    def _create(self, keep: QTextCursor, text: str, rule: str | None = None) -> Comment | None:
        start, end = keep.selectionStart(), keep.selectionEnd()
        if end <= start:
            self._status(self.tr("The text to comment on is gone"))
            return None
        c = self.store.add_thread(self._new(text, rule), start, end)
        self.current = c.id
        self.refresh()
        self.panel.select(c.id)
        self.editor.setFocus()
        return c

    def target(self) -> Comment | None:
        cid = self.panel.current_id()
        return self.store.get(cid) if cid is not None else None

    def reply(self) -> None:
        c = self.target()
        if c is None or not self.ensure_author():
            return
        tid = self.store.thread_of(c.id)
        root = self.store.get(tid) if tid is not None else None
        if tid is None or root is None:
            return

        def done(text: str) -> None:
            r = self.store.add_reply(tid, self._new(text))
            self.refresh()
            self.panel.select(r.id)

        self._show_panel()
        title = self.tr("Reply to %1:").replace("%1", html.escape(root.author or "?"))
        self.panel.open_compose(title, "", done)

    def edit(self) -> None:
        c = self.target()
        if c is None:
            return

        def done(text: str) -> None:
            self.store.edit(c.id, text)
            self.refresh()

        self._show_panel()
        self.panel.open_compose(self.tr("Edit comment:"), c.text, done)

    def toggle_resolved(self) -> None:
        c = self.target()
        if c is None:
            return
        tid = self.store.thread_of(c.id)
        root = self.store.get(tid) if tid is not None else None
        if tid is None or root is None:
            return
        self.store.set_resolved(tid, not root.resolved)
        self.refresh()

    def delete(self) -> None:
        c = self.target()
        if c is None:
            return
        ids = self.panel.ids()
        tid = self.store.thread_of(c.id)
        self.store.delete(c.id)
        self.refresh()
        if c.id == tid and tid in ids:  # next thread becomes current
            k = ids.index(tid)
            rest = [x for x in ids[k + 1 :] + ids[:k][::-1] if self.store.get(x)]
            self.panel.select(rest[0] if rest else None)
        else:
            self.panel.select(tid)
        self._update_actions()

    def activate(self, comment_id: int) -> None:
        """Select the commented text in the editor (an orphan: put the cursor where it was)."""
        tid = self.store.thread_of(comment_id)
        if tid is None:
            return
        self.current = tid
        r = self.store.range_of(tid)
        cur = QTextCursor(self.doc)
        if r is not None:
            cur.setPosition(r[0])
            cur.setPosition(r[1], QTextCursor.MoveMode.KeepAnchor)
        else:
            hint = self.store.hints.get(tid)
            cur.setPosition(hint.position() if hint is not None else 0)
            self._status(self.tr("The commented text was deleted"))
        self.editor.setTextCursor(cur)
        self.editor.ensureCursorVisible()
        self.current = tid
        self.panel.select(comment_id)
        self._repaint()
        self._update_actions()

    def step(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) thread shown in the panel, by text position."""
        ids = [t for t in self.panel.ids() if self.store.get(t)]
        if not ids:
            self._status(self.tr("No comments"))
            return
        if self.current in ids:
            k = (ids.index(self.current) + direction) % len(ids)
        else:
            pos = self.editor.textCursor().selectionStart()
            where = [self._where(t) for t in ids]
            if direction > 0:
                k = next((i for i, p in enumerate(where) if p > pos), 0)
            else:
                k = next((i for i in range(len(ids) - 1, -1, -1) if where[i] < pos), len(ids) - 1)
        self.activate(ids[k])

    def _where(self, tid: int) -> int:
        r = self.store.range_of(tid)
        if r is not None:
            return r[0]
        hint = self.store.hints.get(tid)
        return hint.position() if hint is not None else 0

    # ---- views --------------------------------------------------------------------------------
    def _state(self, root: Comment) -> str:
        if self.store.range_of(root.id) is None:
            return "orphan"
        return "resolved" if root.resolved else "open"

    def _on_store_changed(self) -> None:
        if self.store.version != self._shown:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the panel rows from the store (filtered), repaint changed highlights."""
        self.store.ensure_scanned()
        self._shown = self.store.version
        flt = self.panel.filter()
        rows = []
        n_open = n_resolved = 0
        for root in self.store.threads():
            if root.resolved:
                n_resolved += 1
            else:
                n_open += 1
            if (flt == FILTER_OPEN and root.resolved) or (
                flt == FILTER_RESOLVED and not root.resolved
            ):
                continue
            state = self._state(root)
            row = Row(root.id, card_html(root, state, self.store.quoted(root.id)), state)
            for r in self.store.replies(root.id):
                row.replies.append(Row(r.id, card_html(r, state, None), state))
            rows.append(row)
        summary = self.tr("%1 open, %2 resolved").replace("%1", str(n_open))
        self.panel.set_rows(rows, summary.replace("%2", str(n_resolved)))
        self._repaint()
        self._update_actions()

    def _update_actions(self, *_: object) -> None:
        c = self.target()
        for act in (self.act_reply, self.act_edit, self.act_resolve, self.act_delete):
            act.setEnabled(c is not None)
        root = self.store.get(self.store.thread_of(c.id)) if c is not None else None
        reopen = root is not None and root.resolved
        self.act_resolve.setText(self.tr("Re&open") if reopen else self.tr("Re&solve"))
        self.act_resolve.setIconText(self.tr("Reopen") if reopen else self.tr("Resolve"))
        has = bool(self.panel.ids())
        self.act_prev.setEnabled(has)
        self.act_next.setEnabled(has)

    # ---- export -------------------------------------------------------------------------------
    def export_dialog(self) -> bool:
        return self.w.exports.export_word_dialog()

    def export(self, opts: ExportOptions) -> bool:
        return self.w.exports.export_word(opts)
