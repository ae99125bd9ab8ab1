"""Paragraph-level markup compatibility blocks (mc:AlternateContent directly in a w:p, its
mc:Choice and mc:Fallback each holding runs) through an edit.

The reader shows the Fallback (the content every reader understands), and the patcher edits it;
Word, which understands the Choice, shows the Choice, which the edit never reached: typed text
vanished in Word. When an edit changes a block's Fallback, the block is replaced by its Fallback's
content, so every reader shows what was saved.
"""

from __future__ import annotations

from lxml import etree

from app.docx.atoms import MC, W_R, W_T

AC, _FALLBACK = MC + "AlternateContent", MC + "Fallback"

Snapshot = list[tuple[etree._Element, str]]


def fallback_snapshot(p: etree._Element) -> Snapshot:
    """The paragraph-level blocks of ``p`` with their Fallback's text."""
    return [(ac, _text(ac)) for ac in p.iter(AC) if _paragraph_level(ac)]


def unwrap_edited(snapshot: Snapshot) -> None:
    for ac, before in snapshot:
        parent = ac.getparent()
        if parent is None or _text(ac) == before:
            continue
        fallback = ac.find(_FALLBACK)
        at = parent.index(ac)
        for k, child in enumerate(list(fallback) if fallback is not None else []):
            parent.insert(at + k, child)
        parent.remove(ac)


def _paragraph_level(ac: etree._Element) -> bool:
    """Not inside a run (a drawing's own block, or one in a text box's paragraph)."""
    return next(ac.iterancestors(W_R), None) is None


def _text(ac: etree._Element) -> str:
    fallback = ac.find(_FALLBACK)
    return "" if fallback is None else "".join(t.text or "" for t in fallback.iter(W_T))
