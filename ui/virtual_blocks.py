"""Where Qt needs a block that the document has no paragraph for, add a virtual paragraph.

A QTextDocument cannot put a table first in a flow (the document or a table cell), two tables
side by side, or a table last in a flow: there is always a block before and after each table.
So that block number == paragraph index == analysis index everywhere, the document gets an empty
``virtual`` paragraph in each such place before it is shown and analysed (writers leave virtual
paragraphs out while they stay empty). Empty cells get one too: every cell holds a block.
This module is plain Python (no Qt) so that the loader can run it in its worker thread.
"""

from __future__ import annotations

from app.model import CellRef, Document, Paragraph, Table


def _root(doc: Document, cell: CellRef, container: int | None) -> int | None:
    """The id of the child table of flow ``container`` (None: the body; else a table id) that
    holds ``cell``, directly or through nested tables."""
    table = doc.tables.get(cell.table_id)
    while table is not None:
        parent = table.parent
        if (parent is None and container is None) or (
            parent is not None and parent.table_id == container
        ):
            return table.id
        if parent is None:
            return None
        table = doc.tables.get(parent.table_id)
    return None


def _virtual(cell: CellRef | None) -> Paragraph:
    return Paragraph("", virtual=True, cell=cell)


def _flow(doc: Document, paras: list[Paragraph], container: int | None,
          cell: CellRef | None) -> list[Paragraph]:
    """One flow (the body or one cell) with the blocks Qt needs around its tables."""
    out: list[Paragraph] = []
    last_was_table = True  # a flow that starts with a table needs a block before it
    i = 0
    while i < len(paras):
        p = paras[i]
        child = _root(doc, p.cell, container) if p.cell is not None else None
        direct = p.cell is None or p.cell.table_id == container
        if direct or child is None:
            out.append(p)
            last_was_table = False
            i += 1
            continue
        table_id = child
        j = i
        while j < len(paras):
            q = paras[j].cell
            other = _root(doc, q, container) if q is not None else None
            if q is None or q.table_id == container or other != table_id:
                break
            j += 1
        if last_was_table:
            out.append(_virtual(cell))
        out.extend(_table(doc, doc.tables[table_id], paras[i:j]))
        last_was_table = True
        i = j
    if last_was_table:
        out.append(_virtual(cell))
    return out


def table_cells(table: Table) -> list[tuple[int, int]]:
    """(row, col) of every cell, row-major; a grid without a cell list is all single cells."""
    if table.cells:
        return sorted((c.row, c.col) for c in table.cells)
    return [(r, c) for r in range(table.rows) for c in range(table.cols)]


def covering_cell(table: Table) -> dict[tuple[int, int], tuple[int, int]]:
    """Grid position → top-left position of the merged cell that covers it."""
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for c in table.cells:
        for r in range(c.row, c.row + max(c.row_span, 1)):
            for k in range(c.col, c.col + max(c.col_span, 1)):
                owner[(r, k)] = (c.row, c.col)
    return owner


def _table(doc: Document, table: Table, paras: list[Paragraph]) -> list[Paragraph]:
    owner = covering_cell(table)
    by_cell: dict[tuple[int, int], list[Paragraph]] = {}
    for p in paras:
        assert p.cell is not None
        if p.cell.table_id == table.id:
            key = owner.get((p.cell.row, p.cell.col), (p.cell.row, p.cell.col))
            if key != (p.cell.row, p.cell.col):  # in a covered grid position: the merged cell
                p.cell = CellRef(table.id, *key)
        else:  # inside a nested table: the cell of this table that holds it
            found = _root(doc, p.cell, table.id)
            holder = doc.tables[found].parent if found is not None else None
            key = (holder.row, holder.col) if holder else (p.cell.row, p.cell.col)
        by_cell.setdefault(owner.get(key, key), []).append(p)
    out: list[Paragraph] = []
    # Qt's grid is full: a position no cell covers (a Word row with fewer cells than the grid,
    # w:gridBefore/w:gridAfter) is a cell of its own there and holds a block.
    grid = {(r, c) for r in range(table.rows) for c in range(table.cols)} if table.cells else set()
    uncovered = grid - owner.keys()
    for row, col in sorted(set(table_cells(table)) | set(by_cell) | uncovered):  # never drop one
        ref = CellRef(table.id, row, col)
        content = by_cell.get((row, col), [])
        if not content:
            out.append(_virtual(ref))
            continue
        out.extend(_flow(doc, content, table.id, ref))
    return out


def with_virtuals(doc: Document) -> bool:
    """Add the virtual paragraphs ``doc`` needs (idempotent); True when any was added."""
    if not doc.tables:
        return False
    before = len(doc.paragraphs)
    doc.paragraphs = _flow(doc, doc.paragraphs, None, None)
    return len(doc.paragraphs) != before
