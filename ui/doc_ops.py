"""Editing the QTextDocument from engine results: fixes (Edit lists).

A fix is exactly one undo step; a replacement that splits a paragraph gives the new blocks their
own ids in that step (:func:`ui.identity.keep_ids`). Outline changes (moves, renumbering) go
through :mod:`ui.outline_apply`. Offsets from the engine are code points; they are turned into
Qt positions with :mod:`ui.textpos` only.

Edits spread over a long report (修正全部序号: 219 headings in 4,400 paragraphs) cost what Qt
does after each edit block. Measured on corpus×3 in the window (per block of the renumbering,
/work/notes/wholefix2-bench.md): ~0.35 ms of its own (the change's signals and their slots);
laying out again every paragraph between its first and its last edit, ~0.3 µs a character at
the window's page width, the highlighter included; and a walk over every line from there to
the end of the document to move it, ~6.5 ns a character (~3.7 ms from the top of corpus×3,
nothing near its end). A block's cost is the sum of the three, so whether two neighbouring
edits share an edit block is decided gap by gap, each gap on its own: they share one when
laying out the text between them costs less than the own cost and the walk a block of its own
would add (:func:`clusters`). Near the top of a long document that joins edits up to ~14,000
characters apart, near its end edits closer than ~1,200. (Before: edits at most 80 paragraphs
apart shared a block, which made blocks of up to 80,000 characters on corpus×3: Qt's part of
修正全部序号 ~133 ms, now ~110.) Every block after the first is joined to its undo step
(``joinPreviousEditBlock``): one undo step. The paragraph sync is told which blocks the edits
touch (:func:`ui.paragraph_sync.changing_only`), so it reads those, not each block's span.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import TracebackType

from PySide6.QtCore import Q_ARG, SIGNAL, SLOT, QMetaObject, QObject, Qt
from PySide6.QtGui import QSyntaxHighlighter, QTextBlock, QTextCursor, QTextDocument

from app.findings import Edit
from ui.identity import keep_ids
from ui.paragraph_sync import changing_only
from ui.textpos import to_utf16

_BREAKS = ("\n", "\r", "\u2029")  # in a replacement, each starts a new block
# Never in one edit block: edits more than this many paragraphs apart.
CLUSTER_GAP = 80
# Laying out a character again costs what walking past ~46 costs (measured, module docstring).
LAYOUT_PER_WALK = 46
# An edit block's own cost (the signals of one change), in characters laid out again.
BLOCK_COST = 1200


def block_texts(doc: QTextDocument) -> list[str]:
    out = []
    block = doc.begin()
    while block.isValid():
        out.append(block.text())
        block = block.next()
    return out


def _select(cursor: QTextCursor, block: QTextBlock, start: int, end: int) -> None:
    """Select code points [start, end) of ``block``."""
    text = block.text()
    cursor.setPosition(block.position() + to_utf16(text, start))
    cursor.setPosition(block.position() + to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)


def select_range(doc: QTextDocument, index: int, start: int, end: int) -> QTextCursor:
    cursor = QTextCursor(doc)
    block = doc.findBlockByNumber(index)
    if block.isValid():
        _select(cursor, block, start, min(end, len(block.text())))
    return cursor


def _position(doc: QTextDocument, index: int, offset: int) -> int | None:
    block = doc.findBlockByNumber(index)
    if not block.isValid() or offset > len(block.text()):
        return None
    return block.position() + to_utf16(block.text(), offset)


def within_paragraphs(edits: Iterable[Edit]) -> bool:
    """True when no edit can add or remove a paragraph (then no block splits and no id is
    copied: :func:`~ui.identity.keep_ids` has nothing to resolve)."""
    return all(e.last_index == e.index and not any(b in e.replacement for b in _BREAKS)
               for e in edits)


def apply_edits(doc: QTextDocument, edits: Iterable[Edit], keep_run_ins: bool = False) -> bool:
    """Apply engine edits as one undo step; later edits first so earlier offsets stay valid.

    An edit with ``end_index`` spans paragraph breaks (deleting whole paragraphs when its
    replacement is empty). Edits that stay inside their paragraphs (renumbering, most fixes)
    tell the paragraph sync which blocks they touch (:func:`ui.paragraph_sync.changing_only`),
    so an edit block spread over the whole document is not read back block by block.
    ``keep_run_ins``: a run-in heading edited before its end is drawn with its end moved as
    the edits move it (:func:`move_run_in_ends`; not for edits whose keys the caller set).
    """
    items = sorted(set(edits), key=lambda e: (e.index, e.start, e.last_index, e.end), reverse=True)
    if not items:
        return False
    if keep_run_ins:
        move_run_in_ends(doc, items)
    if within_paragraphs(items):
        with changing_only(doc, {e.index for e in items}):
            return _apply_clustered(doc, items)
    first = min(e.index for e in items)
    last = max(e.last_index for e in items)
    with keep_ids(doc, first, last) as cursor:
        return _apply(doc, cursor, items)


def move_run_in_ends(doc: QTextDocument, items: Iterable[Edit]) -> None:
    """Before edits inside paragraphs go in: where a run-in heading (its heading sentence drawn
    in the heading face, the rest in the body's) is edited only before the end of its heading
    sentence, the highlighter's key for it moves that end by what the edits add or remove.

    Why: the edited block is drawn as the edit goes in, in the same layout pass; with the old
    end the window's next analysis finds the key changed and draws the block again outside an
    edit, a relayout and a walk to the end of the document each (replace all of 政府 → 人民政府
    on corpus×3: 12 run-in headings, ~25 ms). The key is what the analysis gives when the
    heading sentence still ends where it did in the text; when it does not (an edit at or
    across the end, or the analysis sees another end), the key differs and the block is drawn
    again as before: never drawn wrong for longer than until the analysis."""
    from ui.identity import block_id
    from ui.styling import WHOLE_BLOCK, decode_key, style_key

    highlighter = doc.findChild(QSyntaxHighlighter)
    keys = getattr(highlighter, "keys_by_id", None)
    if not keys:
        return
    by_block: dict[int, list[Edit]] = {}
    for e in items:
        if e.last_index != e.index or any(b in e.replacement for b in _BREAKS):
            return  # (paragraphs added or removed: the analysis decides)
        by_block.setdefault(e.index, []).append(e)
    for index, edits in by_block.items():
        block = doc.findBlockByNumber(index)
        pid = block_id(block)
        key = keys.get(pid)
        if key is None:
            continue
        role, split = decode_key(key)
        if role is None or not 0 < split < WHOLE_BLOCK:
            continue
        text = block.text()
        shift = 0
        for e in edits:
            if e.end > len(text):
                break
            start, end = to_utf16(text, e.start), to_utf16(text, e.end)
            if end >= split:
                if start > split:
                    continue  # in the body part: the end stays
                break  # at or across the end: the analysis decides
            shift += to_utf16(e.replacement, len(e.replacement)) - (end - start)
        else:
            if shift:
                keys[pid] = style_key(role, split + shift)


def clusters(doc: QTextDocument, items: list[Edit]) -> list[list[Edit]]:
    """``items`` (last first, within paragraphs) in groups sharing an edit block: an edit joins
    the group of the one after it when the text between them is cheaper to lay out again than
    the walk from the later one to the end of the document (see the module docstring)."""
    total = doc.characterCount()
    out: list[list[Edit]] = []
    after = -1  # position of the paragraph of the last edit placed (the one after ``e``)
    for e in items:
        block = doc.findBlockByNumber(e.last_index)
        end = block.position() + block.length()
        if out and out[-1][-1].index - e.last_index <= CLUSTER_GAP and \
                (after - end) * LAYOUT_PER_WALK < total - after + BLOCK_COST * LAYOUT_PER_WALK:
            out[-1].append(e)
        else:
            out.append([e])
        after = doc.findBlockByNumber(e.index).position()
    return out


# QSyntaxHighlighter's own connection to the document (Qt connects it by these names)
_CHANGE_SIGNAL = SIGNAL("contentsChange(int,int,int)")
_REFORMAT_SLOT = SLOT("_q_reformatBlocks(int,int,int)")


class HighlightEditedOnly:
    """While edits spread over a long report go in, the document's highlighter draws again
    only the blocks the edits are in, not every block of an edit block's span.

    Qt reports an edit block as one change from its first to its last edit, and the
    highlighter formats every block of that span again (修正全部序号 on corpus×3: 1,286 blocks
    drawn for 219 renumbered ones, each a call into Python; ~15 ms of the apply's ~130). The
    text of the others did not change and their formats stay in their layouts, so drawing them
    again changes nothing. Inside, the highlighter's own slot is disconnected, and a slot of
    the same signal hands it the range of each block in :attr:`numbers` instead: its slot
    formats a range as it does for any change, and since Qt is emitting the change, the new
    formats join the layout Qt does next. (``rehighlightBlock`` would not do: it ends an edit
    of its own, and Qt lays the whole span out again and walks to the end of the document
    for each block: ~1.7 ms a block, measured.) Its slot is connected again after — then after
    the document's other receivers: the highlighter sees the model already up to date, as
    the revision marks' painting allows for.
    """

    def __init__(self, doc: QTextDocument) -> None:
        self.doc = doc
        self.highlighter = doc.findChild(QSyntaxHighlighter)
        self.numbers: list[int] = []  # blocks to draw at the next change (the edit block's)
        self.active = False

    def __enter__(self) -> HighlightEditedOnly:
        hl = self.highlighter
        if hl is not None and QObject.disconnect(self.doc, _CHANGE_SIGNAL, hl, _REFORMAT_SLOT):
            self.doc.contentsChange.connect(self._changed)
            self.active = True
        return self

    def _changed(self, _position: int, _removed: int, _added: int) -> None:
        numbers, self.numbers = self.numbers, []
        if self.highlighter is None:
            return
        for number in numbers:  # (a block whose style key changed draws the next one too)
            block = self.doc.findBlockByNumber(number)
            QMetaObject.invokeMethod(self.highlighter, "_q_reformatBlocks",
                                     Qt.ConnectionType.DirectConnection,
                                     Q_ARG(int, block.position()), Q_ARG(int, 0),
                                     Q_ARG(int, block.length() - 1))

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.active and self.highlighter is not None:
            self.doc.contentsChange.disconnect(self._changed)
            QObject.connect(self.doc, _CHANGE_SIGNAL, self.highlighter, _REFORMAT_SLOT)
            self.active = False


def _apply_clustered(doc: QTextDocument, items: list[Edit]) -> bool:
    """Apply ``items`` (last first) in edit blocks of nearby paragraphs, one undo step; the
    highlighter draws the edited paragraphs only (:class:`HighlightEditedOnly`)."""
    cursor = QTextCursor(doc)
    started = False  # joined only once a block recorded an edit (never the user's last step)
    with HighlightEditedOnly(doc) as drawing:
        for cluster in clusters(doc, items):
            if started:
                cursor.joinPreviousEditBlock()
            else:
                cursor.beginEditBlock()
            try:
                started = _apply(doc, cursor, cluster) or started
                drawing.numbers = sorted({e.index for e in cluster})
            finally:
                cursor.endEditBlock()
    return started


def redraw_joined(doc: QTextDocument, numbers: Iterable[int]) -> set[int]:
    """Draw blocks ``numbers`` again with the highlighter, in as few layout passes as the
    edits of :func:`_apply_clustered` take, joined to the undo step the caller has just made
    (its edit block has ended; nothing is joined to a step of the user's). Returns the blocks
    drawn.

    Why: a block drawn again outside an edit (``rehighlightBlock``) makes Qt lay it out and
    walk every line to the end of the document (~1-2 ms a block on corpus×3: accept all of a
    修正全部序号 made with 修订 on drew 215 paragraphs that way, ~200 ms). Qt lays out what the
    highlighter changes inside a change notification in the same pass as the change, so each
    cluster of nearby blocks (:func:`clusters`) gets a change of its own: the undo marker of
    its first and last block bumped (:func:`ui.undo_mark.mark_undo_step`: a property nothing
    reads, undone with the step), and :class:`HighlightEditedOnly` draws the cluster's blocks
    in that notification."""
    from ui.undo_mark import mark_undo_step

    wanted = sorted({n for n in numbers if 0 <= n < doc.blockCount()}, reverse=True)
    if not wanted:
        return set()
    cursor = QTextCursor(doc)
    drawn: set[int] = set()
    stand_ins = [Edit(n, 0, 0, "") for n in wanted]  # (clusters reads their paragraphs only)
    with HighlightEditedOnly(doc) as drawing:
        if not drawing.active:
            return drawn
        for cluster in clusters(doc, stand_ins):
            cursor.joinPreviousEditBlock()
            try:
                ends = {cluster[0].index, cluster[-1].index}
                for n in ends:
                    mark_undo_step(doc.findBlockByNumber(n))
                drawing.numbers = sorted(e.index for e in cluster)
                drawn.update(drawing.numbers)
            finally:
                cursor.endEditBlock()
    return drawn


def _apply(doc: QTextDocument, cursor: QTextCursor, items: list[Edit]) -> bool:
    done: tuple[int, int] | None = None
    applied = 0
    for e in items:
        if done is not None and (e.last_index, e.end) > done:
            continue  # overlaps an edit already applied
        start: int | None
        end: int | None
        if e.last_index == e.index:  # (most edits: the block and its text looked up once)
            block = doc.findBlockByNumber(e.index)
            text = block.text() if block.isValid() else ""
            if not block.isValid() or e.end > len(text):
                continue
            start = block.position() + to_utf16(text, e.start)
            end = block.position() + to_utf16(text, e.end)
        else:
            start = _position(doc, e.index, e.start)
            end = _position(doc, e.last_index, e.end)
        if start is None or end is None or end < start:
            continue
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(e.replacement)
        done = (e.index, e.start)
        applied += 1
    return applied > 0
