"""Keeps the model's paragraph list in step with the editor's blocks, from Qt's own notifications.

``QTextDocument.contentsChange(position, removed, added)`` says which characters changed; the
blocks that hold them are the only paragraphs read again. Everything before and after stays the
same :class:`~app.model.Paragraph` object. Blocks are matched to paragraphs by the id in their
block format (:mod:`ui.identity`) — the one way old and new paragraphs are matched in the window:
a block whose id the model knows updates that paragraph in place; a paragraph whose block went
away is retired (kept aside, so that undo brings back the very same object with what the reader
attached to it, such as Word auto-numbering); a block without an id, or with a copy of one
already taken, gets a new paragraph and its id is written back in the same undo step.

A block is read as: its text (U+FFFC for each inline object, U+2028 for line breaks), its
bold/italic/underline spans, the objects of its U+FFFC characters, its fixed role, the table cell
it sits in and whether it is still a virtual (empty, structural) block.

A command that edits many paragraphs in one edit block (修正全部序号, replace all) gets a single
``contentsChange`` from Qt spanning its first to its last edit: most of a long report. Such a
command says which blocks it edits with :func:`changing_only`; the sync then reads those blocks
only (when the block count is unchanged, as the command promised), not the whole span.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextTable

from app.model import OBJECT_CHAR, CellRef, Document, Paragraph, Span
from ui.identity import (
    TABLE_ID_PROPERTY,
    VIRTUAL_PROPERTY,
    format_id,
    format_property,
    set_block_id,
)
from ui.inline_objects import ObjectRegistry, objects_of
from ui.styling import fixed_role
from ui.textpos import from_utf16
from ui.word_numbers import WordNumbers

_ONLY: dict[int, set[int]] = {}  # id(QTextDocument) → the only block numbers being edited


@contextmanager
def changing_only(doc: QTextDocument, numbers: Iterable[int]) -> Iterator[None]:
    """Edits made inside change the text or formats of blocks ``numbers`` only and add or
    remove no block (block numbers after the edits). Wrap the whole edit block with it: Qt
    reports the change when the outermost edit block ends."""
    key = id(doc)
    outer = _ONLY.get(key)
    _ONLY[key] = set(numbers) | (outer or set())
    try:
        yield
    finally:
        if outer is None:
            del _ONLY[key]
        else:
            _ONLY[key] = outer


def spans_of_block(block: QTextBlock, text: str | None = None) -> list[Span]:
    """Bold/italic/underline of one block as code-point spans (``text``: the block's, when the
    caller has read it already; it is read only for a formatted fragment otherwise)."""
    spans: list[Span] = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.isValid():
            fmt = frag.charFormat()
            bold = fmt.fontWeight() >= 600
            italic, underline = fmt.fontItalic(), fmt.fontUnderline()
            if bold or italic or underline:
                if text is None:
                    text = block.text()
                start = from_utf16(text, frag.position() - block.position())
                end = from_utf16(text, frag.position() - block.position() + frag.length())
                if spans and spans[-1].end == start and (
                    spans[-1].bold, spans[-1].italic, spans[-1].underline
                ) == (bold, italic, underline):
                    spans[-1].end = end  # one span for fragments split only by other formats
                else:
                    spans.append(Span(start, end, bold, italic, underline))
        it += 1
    return spans


def cell_of_block(block: QTextBlock) -> CellRef | None:
    """The table cell ``block`` sits in (innermost table), or None."""
    table = QTextCursor(block).currentFrame()  # (currentTable() mis-counts None: ui.identity)
    if not isinstance(table, QTextTable):
        return None
    table_id = format_property(table.format(), TABLE_ID_PROPERTY)
    cell = table.cellAt(block.position())
    if not isinstance(table_id, int) or not cell.isValid():
        return None
    return CellRef(table_id, cell.row(), cell.column())


def read_into(p: Paragraph, block: QTextBlock, registry: ObjectRegistry,
              fmt: QTextBlockFormat | None = None) -> bool:
    """Make ``p`` say what ``block`` holds; True when its text, role or place changed.
    ``fmt``: the block's format, when the caller has read it already."""
    if fmt is None:
        fmt = block.blockFormat()
    text = block.text()
    role = fixed_role(fmt)
    cell = cell_of_block(block)
    virtual = fmt.hasProperty(VIRTUAL_PROPERTY) and not text
    changed = p.text != text or p.role_fixed != (role is not None) or p.cell != cell
    changed = changed or (role is not None and p.role is not role)
    if p.text != text:
        p.text = text
        p.auto_number_len = min(p.auto_number_len, len(text))
    if role is not None:
        p.role, p.role_fixed = role, True
    elif p.role_fixed:
        p.role, p.role_fixed = None, False
    # the text is read once (each read of a 150,000-character paragraph is a copy: three a key
    # cost ~2 % of a keystroke in it, callgrind)
    p.spans = spans_of_block(block, text)
    p.objects = objects_of(block, registry) if OBJECT_CHAR in text else []
    p.cell = cell
    p.virtual = virtual
    return changed


class ParagraphSync:
    """Applies the editor's changes to ``document.paragraphs`` (see the module docstring)."""

    def __init__(
        self,
        doc: QTextDocument,
        registry: ObjectRegistry,
        loading: Callable[[], bool] = lambda: False,
    ) -> None:
        self.qdoc = doc
        self.loading = loading  # True while the editor is being filled: the model is replaced
        self.registry = registry
        self.document = Document()
        self.changed = False  # text, roles or structure changed since the last take_changed()
        self.touched = 0  # blocks read in the last change (for tests and benchmarks)
        self._retired: dict[int, Paragraph] = {}
        self._retired_tables: dict = {}
        self._pending_ids: list[tuple[QTextBlock, int]] = []
        self.numbers = WordNumbers(doc, self.document)  # Word auto-numbers re-counted
        doc.contentsChange.connect(self.on_change)

    def reset(self, document: Document) -> bool:
        """The editor now shows ``document`` (its blocks carry its paragraph ids). False when
        the blocks did not match the paragraphs one to one and were read again (an analysis of
        ``document`` made before is then out of step)."""
        self.document = document
        self._retired = {}
        self._retired_tables = {}
        self.changed = False
        self.numbers.reset(document)
        if self.qdoc.blockCount() == len(document.paragraphs):
            return True
        self.resync()
        return False

    def take_changed(self) -> bool:
        changed, self.changed = self.changed, False
        return changed

    def on_change(self, position: int, removed: int, added: int) -> None:
        if self.loading():
            return
        doc = self.qdoc
        old = self.document.paragraphs
        block = doc.findBlock(position)
        first = block.blockNumber()
        end = min(position + added, doc.characterCount() - 1)
        start = block.position()
        if start <= end < start + block.length():  # (a key: the change ends where it starts)
            new_last = first
        else:
            new_last = doc.findBlock(end).blockNumber()
        old_last = new_last - (doc.blockCount() - len(old))
        if first < 0 or new_last < first or old_last < first - 1 or old_last >= len(old):
            self.resync()
            return
        only = _ONLY.get(id(doc))
        if only is not None and old_last == new_last:  # the command said which blocks it edits
            touched = 0
            for number in sorted(n for n in only if first <= n <= new_last):
                self._replace(number, number, number)
                touched += 1
            self.touched = touched
            return
        self._replace(first, old_last, new_last, block)

    def resync(self) -> None:
        """Read every block again (only when the notifications cannot be trusted)."""
        self._replace(0, len(self.document.paragraphs) - 1, self.qdoc.blockCount() - 1)

    def _replace(self, first: int, old_last: int, new_last: int,
                 block: QTextBlock | None = None) -> None:
        """Read blocks ``first``…``new_last`` into the paragraphs that were ``first``…
        ``old_last`` (``block``: block ``first``, when the caller has found it).

        Every key typed comes here (one block): each block and its format is looked up and
        read once (Qt calls from Python are most of this method's cost)."""
        old = self.document.paragraphs
        gone = {p.id: p for p in old[first : old_last + 1]}
        kept_ids = set()
        fresh: list[Paragraph] = []
        if block is None:
            block = self.qdoc.findBlockByNumber(first)
        changed = len(gone) != new_last - first + 1
        for _ in range(first, new_last + 1):
            fmt = block.blockFormat()
            pid = format_id(fmt)
            p = gone.get(pid) if pid not in kept_ids else None
            if p is None and pid not in kept_ids and pid:
                p = self._retired.pop(pid, None)
            if p is None:
                p = Paragraph("")
                if pid and pid not in kept_ids and not self._known_elsewhere(pid, gone):
                    p.id = pid  # an id written by someone else (a loader, a paste): adopt it
                else:
                    self._pending_ids.append((block, p.id))
                changed = True
            kept_ids.add(p.id)
            changed = read_into(p, block, self.registry, fmt) or changed
            fresh.append(p)
            block = block.next()
        for pid, p in gone.items():
            if pid not in kept_ids:
                self._retired[pid] = p
                changed = True
        self.document.paragraphs[first : old_last + 1] = fresh
        self.touched = len(fresh)
        self.numbers.read(first, fresh, structural=kept_ids != set(gone))
        if changed:
            self.changed = True
            if any(p.cell is not None for p in gone.values()) or any(p.cell for p in fresh):
                self._update_tables()
        if self._pending_ids:
            QTimer.singleShot(0, self._write_pending_ids)

    def _known_elsewhere(self, pid: int, gone: dict[int, Paragraph]) -> bool:
        """True when a paragraph outside the touched range has ``pid`` (the block is a copy)."""
        if pid in gone:
            return False
        return any(p.id == pid for p in self.document.paragraphs)

    def _write_pending_ids(self) -> None:
        """Write the ids given to blocks that had none (or a copy), joined to the last step."""
        pending, self._pending_ids = self._pending_ids, []
        cursor = QTextCursor(self.qdoc)
        cursor.joinPreviousEditBlock()
        for block, pid in pending:
            if block.isValid():
                set_block_id(block, pid)
        cursor.endEditBlock()

    def _update_tables(self) -> None:
        """Tables whose paragraphs all went away leave Document.tables (undo brings them back)."""
        tables = self.document.tables
        used = {p.cell.table_id for p in self.document.paragraphs if p.cell is not None}
        for tid in list(tables):
            if tid not in used:
                self._retired_tables[tid] = tables.pop(tid)
        for tid in used - set(tables):
            table = self._retired_tables.pop(tid, None)
            if table is not None:
                tables[tid] = table
