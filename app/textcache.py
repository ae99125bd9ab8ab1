"""The engine's caches keyed by a paragraph's text, and what keeps them from growing without end.

Every per-paragraph scan (markers, inline items, the rules' paragraph checks, the lexicon's
segmentation) is an ``functools.lru_cache`` keyed by the paragraph's text, so an analysis after
an edit only does the edited paragraph's work again. The caches are bounded by entry count, not
by size: typing in a 150,000-character paragraph gives every pause a new 300 KB text, and each
cache would keep every version of it (with its results: a segmentation of it is megabytes) —
hundreds of megabytes over a session. A wrapper that sent long texts to a smaller cache would
put a Python call in front of tens of thousands of cached calls per analysis (~10 ms), so
instead the caches stay plain ``lru_cache`` objects, registered here, and
:func:`note_long_texts` empties them all once enough versions of long paragraphs have gone
through (the next analysis is then a cold one, ~0.2 s, once in a while).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import _lru_cache_wrapper, lru_cache
from typing import Any, TypeVar

R = TypeVar("R")

LONG = 20_000  # characters: a paragraph this long is a "long text" (a report's are < 2,000)
LONG_VERSIONS = 12  # long texts analysed since the caches were last emptied, at most

_CACHES: list[_lru_cache_wrapper[Any]] = []
_long_seen = 0


def text_cache(fn: Callable[..., R]) -> _lru_cache_wrapper[R]:
    """``functools.lru_cache(maxsize=65536)`` for a function whose first argument is a
    paragraph's text; registered so that :func:`clear_text_caches` reaches it."""
    return sized_text_cache(65536)(fn)


def sized_text_cache(maxsize: int) -> Callable[[Callable[..., R]], _lru_cache_wrapper[R]]:
    """:func:`text_cache` with another bound (the cheap, much-called helpers keep more)."""

    def wrap(fn: Callable[..., R]) -> _lru_cache_wrapper[R]:
        cached = lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)
        return cached

    return wrap


def clear_text_caches() -> None:
    global _long_seen
    for cache in _CACHES:
        cache.cache_clear()
    _long_seen = 0


def note_long_texts(texts: Iterable[str]) -> bool:
    """Count the long texts among ``texts`` (the paragraphs an analysis is about to read anew);
    empty every text cache first when too many versions of long texts are in them. Returns
    whether the caches were emptied."""
    global _long_seen
    n = sum(1 for t in texts if len(t) >= LONG)
    if not n:
        return False
    if _long_seen + n > LONG_VERSIONS:
        clear_text_caches()
        _long_seen = n
        return True
    _long_seen += n
    return False
