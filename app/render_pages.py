"""Where the exports start a page besides the 附件 label: the page breaks a Word file holds, in
its text (w:br type="page", a text file's form feed: an object of kind "pagebreak") or in its
paragraphs' properties (w:pageBreakBefore, a section that starts on a new page); and the rule a
paragraph border draws across the page. A part of the render plan (:mod:`app.render_plan`), kept
apart for its size."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.model import OBJECT_CHAR, Paragraph

if TYPE_CHECKING:
    from app.render_plan import Planned


def starts_page(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """Whether the file starts a page at paragraph ``i``: its own page break before, or the
    section the paragraph above ends (a .docx's; en19's five sections, a page each)."""
    look = paragraphs[i].look
    above = paragraphs[i - 1].look if i > 0 else None
    return bool((look is not None and look.page_before) or (above is not None and above.page_after))


def page_breaks(out: list[Planned]) -> None:
    """The file's hard page breaks (Word's w:br type="page", a text file's form feed): a
    paragraph that opens with one starts a page; one after its words (or a paragraph of the
    break alone) starts the page at the next paragraph. Neither export draws the object."""
    for k, p in enumerate(out):
        at = [i for i, o in zip((i for i, c in enumerate(p.text) if c == OBJECT_CHAR),
                                p.objects, strict=False) if o.kind == "pagebreak"]
        if not at:
            continue
        if not p.text[: at[0]].replace(OBJECT_CHAR, "").strip() \
                and p.text[at[0]:].replace(OBJECT_CHAR, "").strip():
            p.page_break_before = True
        elif k + 1 < len(out):
            out[k + 1].page_break_before = True


def file_rule(p: Paragraph) -> tuple[float, str | None] | None:
    """The rule (width pt, colour) an empty paragraph's bottom border draws across the text
    area (Word's autoformatted "---" line, cn13; a 版记's lines in some templates), drawn by
    both exports as a separator line; None for a paragraph with words, objects or no border."""
    look = p.look
    if look is None or look.rule_pt <= 0 or p.cell is not None or p.objects or p.text.strip():
        return None
    return look.rule_pt, look.rule_color
