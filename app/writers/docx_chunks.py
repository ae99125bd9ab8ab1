"""altChunks in the Word export: a w:altChunk of the opened .docx (an HTML, MHT, RTF or .docx
part Word merges into the body when it opens the file) is written after the paragraph it
followed, its part carried over by :class:`app.writers.docx_carry.Carrier` (new relationship id,
the original content type, the bytes unchanged). The export used to leave it out silently.

Where: after the written w:p of the last model paragraph before the chunk in the file (if that
paragraph is no longer written, the one before it, and so on; none: at the start of the body).
A chunk that followed a table (its last paragraph sits in a cell, the chunk does not) goes after
the table, as many table levels up as the chunk was outside of.
"""

from __future__ import annotations

from lxml import etree
from lxml.etree import _Element

from app.docx.atoms import W_P
from app.docx.package import DocxSource
from app.writers import docx_styles as S
from app.writers.docx_carry import CannotCarry, Carrier

_W = f"{{{S.W_NS}}}"
_R = f"{{{S.R_NS}}}"
_ALT_CHUNK = _W + "altChunk"
_TBL, _TXBX = _W + "tbl", _W + "txbxContent"


def place_chunks(carrier: Carrier | None, body: _Element, written: dict[int, _Element]) -> None:
    """Write the source's altChunks into ``body``; ``written``: model paragraph id → its w:p in
    the export."""
    source = carrier.source if carrier is not None else None
    if carrier is None or not isinstance(source, DocxSource):
        return
    if b"altChunk" not in (source.part(source.main) or b""):
        return
    ps = list(source.document.iter(W_P))
    index = {p: k for k, p in enumerate(ps)}
    by_index = {rec.index: pid for pid, rec in source.paragraphs.items()}
    order = sorted(by_index)  # source w:p indexes of model paragraphs, in file order
    last_after: dict[int, _Element] = {}  # id(anchor element) or -1 (body start) → last chunk
    p_index = -1
    n = 0
    for el in source.document.iter(W_P, _ALT_CHUNK):
        if el.tag == W_P:
            if not any(a.tag == _TXBX for a in el.iterancestors()):
                p_index = index.get(el, p_index)
            continue
        n += 1
        try:
            rid = carrier.relate(el.get(_R + "id") or "")
        except CannotCarry as why:
            carrier.notices.append(f"导出时未能带入第 {n} 个嵌入块（{why}），请对照原文件补上。")
            continue
        chunk = etree.Element(_ALT_CHUNK, {_R + "id": rid}, nsmap={"w": S.W_NS, "r": S.R_NS})
        anchor = _anchor(order, by_index, written, p_index)
        key = -1
        if anchor is not None:
            k, target = anchor
            for _ in range(_tables_left(ps[k], el)):  # the chunk followed a table: after it
                table = next((a for a in target.iterancestors() if a.tag == _TBL), None)
                if table is None:
                    break
                target = table
            key = id(target)
        prev = last_after.get(key)
        if prev is not None:
            prev.addnext(chunk)
        elif anchor is None:
            body.insert(0, chunk)
        else:
            target.addnext(chunk)
        last_after[key] = chunk


def _anchor(order: list[int], by_index: dict[int, int], written: dict[int, _Element],
            p_index: int) -> tuple[int, _Element] | None:  # fmt: skip
    """(source w:p index, export w:p) of the last written model paragraph at or before
    ``p_index``."""
    for k in reversed([i for i in order if i <= p_index]):
        p = written.get(by_index[k])
        if p is not None:
            return k, p
    return None


def _tables_left(p: _Element, chunk: _Element) -> int:
    """How many tables hold ``p`` but not ``chunk``."""
    chunk_tables = {id(a) for a in chunk.iterancestors() if a.tag == _TBL}
    return sum(1 for a in p.iterancestors() if a.tag == _TBL and id(a) not in chunk_tables)
