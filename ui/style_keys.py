"""How each paragraph is drawn, from the analysis: the key the highlighter styles a block by."""

from __future__ import annotations

from app.engine import Analysis
from ui.styling import WHOLE_BLOCK, style_key
from ui.textpos import to_utf16


def style_keys(analysis: Analysis, texts: list[str]) -> list[int]:
    """Each paragraph's role, and where a run-in heading sentence ends."""
    roles = analysis.roles
    plain = {role: style_key(role, 0) for role in set(roles)}
    keys = list(map(plain.__getitem__, roles))  # (in C)
    for h in analysis.headings:
        # A standalone heading is drawn in the heading face to its end, whatever its length:
        # its key stays the same while it is typed in or renumbered (no redraw).
        split = min(to_utf16(texts[h.index], h.title_end), WHOLE_BLOCK) if h.run_in \
            else WHOLE_BLOCK
        keys[h.index] = plain[roles[h.index]] + split  # (= style_key(role, split): every run)
    return keys
