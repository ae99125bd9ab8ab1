"""Search and replace over a report's paragraphs, without Qt: the pattern, the hits, their context.

The desktop's search pane (ui/search_pane.py) shows what these find. Hits never span paragraphs
(as in Word). A pattern that does not compile raises :class:`PatternError` with its position, so
the pane can say in one line where it went wrong instead of showing a traceback.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from app.regex_cache import not_recorded

CONTEXT = 14  # characters of context on each side of a hit in the list


@dataclass(frozen=True)
class Hit:
    """A match: paragraph index and code-point offsets."""

    index: int
    start: int
    end: int


class PatternError(ValueError):
    """A regular expression that does not compile; ``position`` is 0-based or None."""

    def __init__(self, position: int | None) -> None:
        super().__init__(position)
        self.position = position


def compile_pattern(needle: str, regex: bool, match_case: bool) -> re.Pattern[str]:
    flags = 0 if match_case else re.IGNORECASE
    try:
        with not_recorded():  # what the user searches for never goes to the data folder
            return re.compile(needle if regex else re.escape(needle), flags)
    except re.error as e:
        raise PatternError(e.pos) from None


def find_hits(texts: list[str], pattern: re.Pattern[str]) -> list[Hit]:
    """Every non-empty match, paragraph by paragraph."""
    out = []
    for i, text in enumerate(texts):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                out.append(Hit(i, m.start(), m.end()))
    return out


def context_html(text: str, hit: Hit) -> str:
    """ "…before <b>hit</b> after…" for the list."""
    a = max(0, hit.start - CONTEXT)
    b = min(len(text), hit.end + CONTEXT)
    before = ("…" if a else "") + text[a : hit.start]
    after = text[hit.end : b] + ("…" if b < len(text) else "")
    return (
        html.escape(before)
        + '<b style="background:#ffe168;color:#1a1a1a">'
        + html.escape(text[hit.start : hit.end])
        + "</b>"
        + html.escape(after)
    )
