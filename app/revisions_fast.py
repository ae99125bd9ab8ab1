"""The keystroke path of recording: typing on inside the reviewer's own insertion, and
Backspace/Delete inside it, changed in the XML and the model directly.

The general path (:func:`app.revisions.insert_into`) walks the whole paragraph into atoms to
find the place, changes the XML, then reads the whole paragraph again (atoms, revisions,
spans): three walks per key. While the reviewer types, almost every key lands inside their own
insertion of plain runs (w:ins holding w:r with w:rPr and w:t only), where the change is one
w:t's text and a shift of the offsets after it. Anything else (another revision at the place,
tabs, breaks, objects, hidden text, an insertion a keystroke would empty, an XML an undo record
holds) returns False and goes the general way. Measured in bench/bench_track_changes.py.
"""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from app.docx.atoms import W_R, W_RPR, W_T, W
from app.docx.body_changes import content_changed, spans_key
from app.docx.package import DocxSource, ParaOverride
from app.docx.revision_read import W_INS, revision_elements
from app.docx.xml import set_text
from app.model import LINE_BREAK, OBJECT_CHAR, Document, Paragraph, Revision, Span

_HIDDEN = (W + "vanish", W + "specVanish", W + "webHidden")
_Texts = list[tuple[etree._Element, int]]


def _own_override(doc: Document, p: Paragraph) -> ParaOverride | None:
    source = doc.source
    if not isinstance(source, DocxSource):
        return None
    override = source.overrides.get(p.id)
    if override is None or override.shared or content_changed(p, override.record):
        return None
    return override


def _texts(ins: etree._Element, start: int) -> _Texts | None:
    """(w:t, its offset in the model text) of a w:ins of plain runs, else None."""
    out: _Texts = []
    pos = start
    for run in ins:
        if run.tag != W_R:
            return None
        for child in run:
            if child.tag == W_RPR:
                if any(child.find(h) is not None for h in _HIDDEN):
                    return None
                continue
            if child.tag != W_T:
                return None
            out.append((child, pos))
            pos += len(child.text or "")
    return out


def _own_insertion(doc: Document, p: Paragraph, lo: int, hi: int, author: str
                   ) -> tuple[ParaOverride, Revision, _Texts] | None:  # fmt: skip
    """The reviewer's insertion holding [lo, hi] alone, with its w:t elements."""
    override = _own_override(doc, p)
    if override is None:
        return None
    found = [r for r in p.revisions if r.start <= hi and r.end >= lo]
    if len(found) != 1:
        return None
    r = found[0]
    if r.kind != "ins" or r.author != author or not (r.start < lo and hi <= r.end):
        return None
    elements = revision_elements(override.element)
    if not 0 <= r.ref < len(elements) or elements[r.ref].tag != W_INS:
        return None
    texts = _texts(elements[r.ref], r.start)
    if not texts or texts[-1][1] + len(texts[-1][0].text or "") != r.end:
        return None
    return override, r, texts


def fast_insert(doc: Document, p: Paragraph, offset: int, text: str, author: str) -> bool:
    """Type ``text`` at ``offset`` inside (or right at the end of) the reviewer's insertion."""
    if not text or "\t" in text or LINE_BREAK in text or OBJECT_CHAR in text:
        return False
    found = _own_insertion(doc, p, offset, offset, author)
    if found is None:
        return False
    override, r, texts = found
    t, pos = next((t, pos) for t, pos in texts if pos < offset <= pos + len(t.text or ""))
    old = t.text or ""
    set_text(t, old[: offset - pos] + text + old[offset - pos :])
    n = len(text)
    p.text = p.text[:offset] + text + p.text[offset:]
    for q in p.revisions:
        if q is r:
            q.end += n
        elif q.start >= offset:
            q.start, q.end = q.start + n, q.end + n
    p.spans = [Span(s, e + n if e >= offset else e, *f) if s < offset else Span(s + n, e + n, *f)
               for s, e, *f in override.record.spans]  # fmt: skip
    override.record = replace(override.record, text=p.text, spans=spans_key(p))
    return True


def fast_delete(doc: Document, p: Paragraph, start: int, end: int, author: str) -> bool:
    """Remove [start, end) of the reviewer's own insertion (not all of it)."""
    if end <= start:
        return False
    found = _own_insertion(doc, p, start + 1, end, author)
    if found is None or (found[1].start == start and found[1].end == end):
        return False
    override, r, texts = found
    if start < r.start:
        return False
    for t, pos in texts:
        old = t.text or ""
        a, b = max(start - pos, 0), min(end - pos, len(old))
        if a < b:
            set_text(t, old[:a] + old[b:])
            run = t.getparent()
            if not t.text and run is not None and len(run) <= 2 and run.getparent() is not None:
                run.getparent().remove(run)  # type: ignore[union-attr]
    n = end - start
    p.text = p.text[:start] + p.text[end:]
    for q in p.revisions:
        if q is r:
            q.end -= n
        elif q.start >= end:
            q.start, q.end = q.start - n, q.end - n

    def at(x: int) -> int:
        return x if x <= start else (start if x < end else x - n)

    p.spans = [Span(at(s), at(e), *f) for s, e, *f in override.record.spans if at(e) > at(s)]
    override.record = replace(override.record, text=p.text, spans=spans_key(p))
    return True
