"""The main window: report in the centre, outline on the left, problems at the bottom.

A composition: it builds the widgets, actions and menus, and connects the actions to the
controllers (:mod:`ui.controllers`), which see it through :class:`ui.window_view.WindowView`.
What it keeps itself is showing a document: loading it into the editor, drawing the analysis
(roles, marks, outline, problems, counts) and following the cursor.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.engine import Analysis
from app.findings import Finding
from app.model import Document, Paragraph
from app.outline.change import OutlineChange
from app.side_checks import side_findings
from app.storage import FileFingerprint
from ui import doc_ops, files, word_habits
from ui import settings as S
from ui.controllers.export import ExportController
from ui.controllers.files import FilesController
from ui.controllers.fixes import FixesController
from ui.controllers.outline import OutlineController
from ui.cursor_follow import CursorFollow
from ui.desktop import Desktop
from ui.editor import ReportEditor
from ui.icons import app_icon
from ui.live import LiveAnalysis
from ui.loader import Loader
from ui.outline_view import OutlineView
from ui.problems_view import ProblemsPanel
from ui.renumber import fix_all_numbering
from ui.review import ReviewController
from ui.role_chooser import RoleChooser
from ui.safety import DocumentSafety
from ui.shown_analysis import ShownAnalysis
from ui.side_parts_view import SidePartsDock
from ui.stats import Counts
from ui.style_keys import style_keys
from ui.track_changes import TrackChanges
from ui.virtual_blocks import with_virtuals
from ui.window_view import WindowView

if TYPE_CHECKING:
    from ui.comment_follow import CommentFollow
    from ui.focus_cycle import FocusCycle
    from ui.keys import ProblemSteps
    from ui.problem_tips import ProblemTips
    from ui.search_pane import SearchPane
    from ui.word_count import WordCountStatus
    from ui.zoom import PageWidthZoom


class MainWindow(QMainWindow):
    # added by ui.word_habits.install at the end of the constructor
    search: SearchPane
    word_count: WordCountStatus
    problem_steps: ProblemSteps
    focus_cycle: FocusCycle
    page_width: PageWidthZoom
    problem_tips: ProblemTips
    comment_follow: CommentFollow

    def __init__(
        self, analyzer: Callable[[Document], Analysis] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self.path: str | None = None
        self.fingerprint: FileFingerprint | None = None  # of the file as opened or last saved
        self.zoom = 1.0
        self.editor = ReportEditor(self)
        self.setCentralWidget(self.editor)
        self.live = LiveAnalysis(self.editor, analyzer, self)
        self.shown = ShownAnalysis(self)  # what the window shows of each analysis
        self.live.analyzed.connect(self._on_analyzed)

        view = WindowView(self)  # what the controllers see of the window
        self.files = FilesController(view)
        self.fixes = FixesController(view)
        # 修正全部序号 through ui.renumber: keeps cursor and view, says what changed
        self.headings = OutlineController(view, lambda: fix_all_numbering(self))
        self.exports = ExportController(view)

        self.outline = OutlineView(self)
        self.outline.jumpRequested.connect(lambda i: self.editor.go_to(i))
        self.outline.sectionDropped.connect(self.headings.drop_section)
        self.problems = ProblemsPanel(self)
        self.problems.findingActivated.connect(self.fixes.show_finding)
        self.problems.fixRequested.connect(self.fixes.apply_fix)
        problems: Any = self.problems  # (its document_getter is declared None there)
        problems.document_getter = lambda: self.live.document
        self.problems.ignoresChanged.connect(self.fixes.ignores_changed)
        self.review = ReviewController(self)
        self.track = TrackChanges(self)  # 修订: switch, views, pane, accept/reject
        self.side_parts = SidePartsDock(self)  # headers, footers, notes, text boxes
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.side_parts)
        self.tabifyDockWidget(self.review.dock, self.side_parts)
        self.tabifyDockWidget(self.review.dock, self.track.dock)
        self.review.dock.raise_()
        self.side_parts.hide()
        self.editor.objectActivated.connect(self.side_parts.select_object)
        self.side_parts.findingsCounted.connect(self.problems.set_elsewhere)
        self.side_parts.findingsCounted.connect(lambda _n: self.shown.show_severities())
        self._build_actions()
        self._build_docks()
        self._build_menus_and_toolbar()
        self._build_status()
        self.loader = Loader(self)
        self.safety = DocumentSafety(self)  # locks, autosave, recovery, changes on disk

        self.editor.fix_provider = lambda i, o: (
            self.fixes.fixes_at(i, o) + self.review.context_actions(i, o)
        )
        self.editor.fileDropped.connect(self.files.open_path)
        self.cursor_follow = CursorFollow(self.editor, self._on_cursor_moved, self)
        self.editor.document().modificationChanged.connect(self.setWindowModified)
        self.editor.document().undoAvailable.connect(self.act_undo.setEnabled)
        self.editor.document().redoAvailable.connect(self.act_redo.setEnabled)
        self.setAcceptDrops(True)
        self.resize(1400, 900)
        self.load_document(Document(paragraphs=[Paragraph("")]), None)
        self.desktop = Desktop(self)  # settings, look, printing, saved window state
        word_habits.install(self)  # search pane, word count, Word's keys, F6, 页宽 (issue 14)
        # PySide's import hook read the source of every module imported after it (inspect.
        # getsource) into linecache: ~75,000 lines, ~6 MB that nothing reads again
        linecache.clearcache()

    # ---- construction -------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[..., Any] | None,
        shortcut: QKeySequence.StandardKey | str | None = None,
        icon: QIcon | QStyle.StandardPixmap | None = None,
        tip: str | None = None,
        checkable: bool = False,
    ) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcuts(
                QKeySequence.keyBindings(shortcut)
                if isinstance(shortcut, QKeySequence.StandardKey)
                else [QKeySequence(shortcut)]
            )
        if icon is not None:
            act.setIcon(icon if isinstance(icon, QIcon) else self.style().standardIcon(icon))
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        act.setCheckable(checkable)
        if slot is not None:
            act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        sk, sp = QKeySequence.StandardKey, QStyle.StandardPixmap
        f = self.files
        self.act_new = self._action(self.tr("&New"), f.new_document, sk.New, sp.SP_FileIcon)
        self.act_open = self._action(
            self.tr("&Open…"), f.open_dialog, sk.Open, sp.SP_DialogOpenButton
        )
        self.act_save = self._action(self.tr("&Save"), f.save, sk.Save, sp.SP_DialogSaveButton)
        self.act_save_as = self._action(self.tr("Save &As…"), f.save_as, sk.SaveAs)
        self.act_quit = self._action(self.tr("&Quit"), self.close, sk.Quit)
        e = self.editor
        self.act_undo = self._action(self.tr("&Undo"), self.undo, sk.Undo, sp.SP_ArrowBack)
        self.act_redo = self._action(self.tr("&Redo"), self.redo, sk.Redo, sp.SP_ArrowForward)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.act_cut = self._action(self.tr("Cu&t"), e.cut, sk.Cut)
        self.act_copy = self._action(self.tr("&Copy"), e.copy, sk.Copy)
        self.act_paste = self._action(self.tr("&Paste"), e.paste, sk.Paste)
        self.act_select_all = self._action(self.tr("Select &All"), e.selectAll, sk.SelectAll)
        # the search pane (ui.search_pane, wired by ui.word_habits) answers these two
        self.act_find = self._action(self.tr("&Find and Replace…"), None, sk.Find)
        self.act_replace = self._action(self.tr("Rep&lace…"), None, sk.Replace)
        weight = QFont.Weight
        self.act_bold = self._action(
            self.tr("&Bold"), lambda on: e.setFontWeight(weight.Bold if on else weight.Normal),
            sk.Bold, checkable=True,
        )  # fmt: skip
        self.act_italic = self._action(
            self.tr("&Italic"), e.setFontItalic, sk.Italic, checkable=True
        )
        self.act_underline = self._action(
            self.tr("&Underline"), e.setFontUnderline, sk.Underline, checkable=True
        )
        for act, text in ((self.act_bold, "B"), (self.act_italic, "I"), (self.act_underline, "U")):
            act.setIconText(text)
        self.act_quick_fix = self._action(
            self.tr("&Quick Fix"), self.fixes.quick_fix_at_cursor, "Ctrl+.",
            tip=self.tr("Apply the fix proposed for the problem at the cursor"),
        )  # fmt: skip
        self.act_fix_numbering = self._action(
            self.tr("Fix All &Numbering"), self.headings.fix_all_numbering, "Ctrl+Shift+N",
            tip=self.tr("Renumber every heading group and 一是/二是 list in one step"),
        )  # fmt: skip
        h = self.headings
        self.act_move_up = self._action(
            self.tr("Move Section &Up"), lambda: h.move_section(-1), "Ctrl+Shift+Up",
            sp.SP_ArrowUp,
        )  # fmt: skip
        self.act_move_down = self._action(
            self.tr("Move Section &Down"), lambda: h.move_section(1), "Ctrl+Shift+Down",
            sp.SP_ArrowDown,
        )  # fmt: skip
        self.act_promote = self._action(
            self.tr("&Promote Heading"), lambda: h.change_level(-1), "Ctrl+Shift+Left",
            sp.SP_ArrowLeft, tip=self.tr("One level up: （三） becomes 三、"),
        )  # fmt: skip
        self.act_demote = self._action(
            self.tr("D&emote Heading"), lambda: h.change_level(1), "Ctrl+Shift+Right",
            sp.SP_ArrowRight, tip=self.tr("One level down: 三、 becomes （三）"),
        )  # fmt: skip
        self.act_zoom_in = self._action(
            self.tr("Zoom &In"), lambda: self.set_zoom(self.zoom * 1.1), sk.ZoomIn
        )
        self.act_zoom_out = self._action(
            self.tr("Zoom &Out"), lambda: self.set_zoom(self.zoom / 1.1), sk.ZoomOut
        )
        self.act_zoom_reset = self._action(  # "actual size" is the size in the settings
            self.tr("&Actual Size"), lambda: self.set_zoom(S.get("editor/fontSize") / 16.0),
            "Ctrl+0",
        )  # fmt: skip
        x = self.exports
        self.act_export_pdf = self._action(self.tr("Export P&DF…"), x.export_pdf_dialog)
        self.act_print_preview = self._action(
            self.tr("Print Pre&view…"), lambda: self.desktop.print_preview()
        )
        self.act_print = self._action(
            self.tr("&Print…"), lambda: self.desktop.print_report(), sk.Print
        )
        self.act_settings = self._action(
            self.tr("&Settings…"), lambda: self.desktop.show_settings(), sk.Preferences
        )
        self.act_about = self._action(
            self.tr("&About ReportDesk"), lambda: self.desktop.show_about()
        )
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_docks(self) -> None:
        holder = QWidget(self)
        bar = QToolBar(holder)
        bar.setIconSize(QSize(16, 16))
        for act in (self.act_move_up, self.act_move_down, self.act_promote, self.act_demote):
            bar.addAction(act)
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(bar)
        lay.addWidget(self.outline)
        self.outline_dock = QDockWidget(self.tr("Outline"), self)
        self.outline_dock.setObjectName("outlineDock")
        self.outline_dock.setWidget(holder)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems.fix_all_button.clicked.connect(self.headings.fix_all_numbering)
        self.resizeDocks([self.outline_dock], [380], Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [230], Qt.Orientation.Vertical)
        self.outline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for act in (self.act_move_up, self.act_move_down, self.act_promote, self.act_demote):
            self.outline.addAction(act)

    def _build_menus_and_toolbar(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu(self.tr("&File"))
        m.addActions([self.act_new, self.act_open])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(
            lambda: files.fill_recent_menu(self.recent_menu, self.files.open_path)
        )
        m.addMenu(self.recent_menu)
        m.addSeparator()
        m.addActions([self.act_save, self.act_save_as, self.review.act_export])
        m.addSeparator()
        m.addActions([self.act_export_pdf, self.act_print_preview, self.act_print])
        m.addSeparator()
        m.addAction(self.act_quit)
        m = mb.addMenu(self.tr("&Edit"))
        m.addActions([self.act_undo, self.act_redo])
        m.addSeparator()
        m.addActions([self.act_cut, self.act_copy, self.act_paste, self.act_select_all])
        m.addSeparator()
        m.addActions([self.act_find, self.act_replace])
        m.addSeparator()
        m.addAction(self.act_settings)
        m = mb.addMenu(self.tr("F&ormat"))
        m.addActions([self.act_bold, self.act_italic, self.act_underline])
        m = mb.addMenu(self.tr("Out&line"))
        m.addActions([self.act_move_up, self.act_move_down, self.act_promote, self.act_demote])
        m.addSeparator()
        m.addAction(self.act_fix_numbering)
        m = mb.addMenu(self.tr("&Check"))
        m.addActions([self.act_quick_fix, self.act_fix_numbering])
        self.review.build_menu(mb)
        self.track.build_menu(mb)
        m = mb.addMenu(self.tr("&View"))
        m.addAction(self.outline_dock.toggleViewAction())
        m.addAction(self.problems_dock.toggleViewAction())
        m.addAction(self.review.dock.toggleViewAction())
        m.addAction(self.side_parts.toggleViewAction())
        m.addSeparator()
        m.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset])
        self.help_menu = mb.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.act_about)

        tb = QToolBar(self.tr("Main"), self)
        tb.setObjectName("mainToolBar")
        tb.setIconSize(QSize(18, 18))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(tb)
        tb.addActions([self.act_new, self.act_open, self.act_save])
        tb.addSeparator()
        tb.addActions([self.act_undo, self.act_redo])
        tb.addSeparator()
        tb.addAction(self.review.act_add)
        fmt_bar = QToolBar(self.tr("Format"), self)
        fmt_bar.setObjectName("formatToolBar")
        fmt_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(fmt_bar)
        for act, style in ((self.act_bold, "bold"), (self.act_italic, "italic"),
                           (self.act_underline, "underline")):  # fmt: skip
            fmt_bar.addAction(act)
            button = fmt_bar.widgetForAction(act)
            font = QFont(button.font())
            font.setBold(style == "bold")
            font.setItalic(style == "italic")
            font.setUnderline(style == "underline")
            button.setFont(font)
        fmt_bar.addSeparator()
        fmt_bar.addWidget(QLabel(self.tr("Paragraph:") + " ", self))
        self.role_box = RoleChooser(self.editor, self.live, self)
        fmt_bar.addWidget(self.role_box)
        fmt_bar.addSeparator()
        fmt_bar.addAction(self.act_fix_numbering)

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.count_label = QLabel(self)
        self.problem_label = QLabel(self)
        self.position_label = QLabel(self)
        for w in (self.problem_label, self.count_label, self.position_label):
            w.setContentsMargins(8, 0, 8, 0)
            sb.addPermanentWidget(w)

    # ---- document -----------------------------------------------------------------------------
    def load_document(
        self, doc: Document, path: str | None, analysis: Analysis | None = None
    ) -> None:
        for _ in self.load_steps(doc, path, analysis):
            pass

    def load_steps(
        self, doc: Document, path: str | None, analysis: Analysis | None = None, batch: int = 0
    ) -> Iterator[int]:
        """:meth:`load_document` in steps of ``batch`` paragraphs (see ui.loader); ``analysis``:
        already analysed (in a worker thread). Yields how many paragraphs are in the editor."""
        self.path = path
        doc.path = path
        if with_virtuals(doc) or analysis is None:  # (virtual blocks shift the indexes)
            analysis = self.live.analyze_now(doc)
        self.editor.highlighter.keys = style_keys(analysis, doc.texts)
        self.editor.highlighter.keys_by_id = {}  # by number while the blocks go in
        if batch:
            yield 0
        with self.live.suspended():
            anchors = self.review.prepare(doc)  # comments: their anchors go in with the text
            yield from self.editor.load_steps(
                doc.paragraphs, analysis.roles, anchors, batch, doc.tables
            )
            self.review.loaded()
        if batch:
            yield len(doc.paragraphs)
        self.side_parts.raise_on_findings = not doc.comments
        self.side_parts.set_parts(doc.side_parts, lambda: side_findings(doc, self.live.rules))
        if doc.side_parts:
            self.side_parts.show()
        self.live.adopt(doc, analysis)
        self.track.loaded()
        self.problems.reset_ignore_undo()
        self.files.update_title()
        self.setWindowModified(False)
        self._on_cursor_moved()

    def current_document(self, with_spans: bool = False) -> Document:
        """The document as the editor holds it now (analysis brought up to date)."""
        self.live.flush()
        doc = self.live.document
        if with_spans:
            for i, p in enumerate(doc.paragraphs):
                p.spans = self.editor.spans_of(i)
        doc.comments = self.review.comments_for(doc)
        return doc

    def texts(self) -> list[str]:
        return doc_ops.block_texts(self.editor.document())

    def _on_analyzed(self, analysis: Analysis) -> None:
        self.shown.show(analysis)

    @property
    def findings_by_index(self) -> dict[int, list[Finding]]:
        return self.shown.findings_by_index

    @property
    def counts(self) -> Counts | None:
        """The character count of the text last analysed (see ui.shown_analysis)."""
        return self.shown.counts

    def _on_cursor_moved(self) -> None:
        index, offset = self.editor.cursor_location()
        self.position_label.setText(
            self.tr("Para %1, Col %2").replace("%1", str(index + 1)).replace("%2", str(offset + 1))
        )
        self.outline.follow_cursor(index)
        self.role_box.follow_cursor(index)
        fmt = self.editor.currentCharFormat()
        self.act_bold.setChecked(fmt.fontWeight() >= 600)
        self.act_italic.setChecked(fmt.fontItalic())
        self.act_underline.setChecked(fmt.fontUnderline())

    # ---- view ---------------------------------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.5, min(3.0, zoom))
        with self.live.suspended():
            self.editor.set_zoom(self.zoom)

    # ---- what the controllers and other parts use --------------------------------------------
    def show_status(self, text: str, ms: int = 4000) -> None:
        self.statusBar().showMessage(text, ms)

    def settings(self) -> QSettings:
        return S.store()

    def apply_outline(self, change: OutlineChange) -> bool:
        """An outline change in one undo step (ui.renumber applies its change through this)."""
        return self.headings.apply(change)

    def undo(self) -> None:
        if not self.track.undo():  # a resolved revision is undone with its model change
            self.editor.undo()
        self.live.flush()

    def redo(self) -> None:
        if not self.track.redo():
            self.editor.redo()
        self.live.flush()

    # ---- window events ------------------------------------------------------------------------
    def closeEvent(self, ev: QCloseEvent) -> None:
        self.desktop.closing()  # (the window's state is kept even if the close is cancelled)
        if self.safety.can_close() and self.files.maybe_save():
            self.safety.close()
            ev.accept()
        else:
            ev.ignore()

    def dragEnterEvent(self, ev: QDragEnterEvent) -> None:
        if ev.mimeData().hasUrls():
            ev.acceptProposedAction()

    def dropEvent(self, ev: QDropEvent) -> None:
        for url in ev.mimeData().urls():
            if url.isLocalFile():
                self.files.open_path(url.toLocalFile())
                break
