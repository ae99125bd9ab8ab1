"""The lexicon's cache file (app/lexicon.py): the tables of a built :class:`Lexicon` packed
into strings and arrays that marshal writes and reads fast, and the atomic writer of cache files
(also app.modern_words's). Kept apart from the loading in app/lexicon.py, which calls
:func:`pack`, :func:`read_cache` and :func:`write_cache_file`."""

from __future__ import annotations

import array
import marshal
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, cast

from app.lexicon_derived import NAMES, attach, derive
from app.lexicon_model import Lexicon

# The cached tables: each big table as one string of keys joined by "\n" (no dictionary word
# holds whitespace) and its values as one string or an array of 64-bit counts. Loading builds
# each dict with dict(zip(...)) at C speed, about twice as fast as unmarshalling the dicts.
# Values that repeat (masked: 73,000 values, 12,000 distinct; tags: 4 distinct) are stored once,
# with an array of indices: every repeat is then the same string object (~5 MB less).
# The four small tables of characters and readings (shapes, sound, by_sound, tone: ~24,000
# keys, ~40,000 strings in their values) are packed the same way (:func:`_pair`): marshalled as
# dicts they were read one short string at a time (4.9 ms; 0.7 ms and ~3 ms of dict(zip) so).
Pair = tuple[str, str]
Packed = tuple[str, bytes, str, bytes, str, str, bytes, str, str, bytes,
               Pair | dict[str, frozenset[str]], Pair | dict[str, str],
               Pair | dict[str, frozenset[str]], str, int,
               str, bytes, Pair | dict[str, str], str, str, str, str, str, str, str, str, str,
               str, str, str, str, str, str, str]


def _shared(values: Iterable[str]) -> tuple[str, bytes]:
    """The distinct values joined by "\n", and each value's index among them (32-bit)."""
    index: dict[str, int] = {}
    order = array.array("i", (index.setdefault(v, len(index)) for v in values))
    return "\n".join(index), order.tobytes()


def _unshared(distinct: str, order: bytes) -> Iterator[str]:
    table = distinct.split("\n")
    indices = array.array("i")
    indices.frombytes(order)
    return map(table.__getitem__, indices)


def _counts(values: bytes) -> array.array[int]:
    out = array.array("q")
    out.frombytes(values)
    return out


def pack(lex: Lexicon) -> Packed:
    return ("\n".join(lex.freq), array.array("q", lex.freq.values()).tobytes(),
            "\n".join(lex.singles), array.array("q", lex.singles.values()).tobytes(),
            "\n".join(lex.tags), *_shared(lex.tags.values()),
            "\n".join(lex.masked), *_shared(lex.masked.values()),
            _pair(lex.shapes), _pair(lex.sound), _pair(lex.by_sound),
            "\n".join(sorted(lex.rare_typos)), lex.total,
            "\n".join(lex.halves), bytes(lex.halves.values()), _pair(lex.tone),
            "\n".join(lex.strong_pairs), "\n".join(lex.strong_pairs.values()),
            "\n".join(lex.compound_slips), "\n".join(lex.compound_slips.values()),
            "\n".join(lex.collocation_slips), "\n".join(lex.collocation_slips.values()),
            "\n".join(lex.half_slips), "\n".join(lex.half_slips.values()),
            *lex.other_sounds, "\n".join(sorted(lex.adverbs)), *derive(lex))


def _unpack(p: Packed) -> Lexicon:
    (freq_keys, freq_values, single_keys, single_values, tag_keys, tag_distinct, tag_order,
     masked_keys, masked_distinct, masked_order, shapes, sound, by_sound, rare_typos, total,
     half_keys, half_kinds, tone, pair_keys, pair_values, slip_keys, slip_values,
     colloc_keys, colloc_values, half_slip_keys, half_slip_values, other_chars,
     other_readings, adverbs, *derived) = p
    lex = Lexicon(dict(zip(freq_keys.split("\n"), _counts(freq_values), strict=True)),
                  dict(zip(single_keys.split("\n"), _counts(single_values), strict=True)),
                  dict(zip(tag_keys.split("\n"), _unshared(tag_distinct, tag_order),
                           strict=True)),
                  _unpair(shapes), _unpair(sound),
                  dict(zip(masked_keys.split("\n"), _unshared(masked_distinct, masked_order),
                           strict=True)),
                  _unpair(by_sound), total, frozenset(rare_typos.split("\n")),
                  dict(zip(half_keys.split("\n"), half_kinds, strict=True)) if half_keys else {})
    lex.tone = _unpair(tone)
    lex.strong_pairs = _table(pair_keys, pair_values)
    lex.compound_slips = _table(slip_keys, slip_values)
    lex.collocation_slips = _table(colloc_keys, colloc_values)
    lex.half_slips = _table(half_slip_keys, half_slip_values)
    lex.other_sounds = (other_chars, other_readings)
    lex.adverbs = frozenset(adverbs.split("\n"))
    attach(lex, tuple(derived))
    return lex


# The file's form, in its name (app.lexicon._cache_path): 2 = the tuple's strings stored as
# UTF-16 bytes (:func:`_to_file`). marshal writes a str as UTF-8, and decoding ~1.5 million
# Chinese characters of three bytes each, with marshal's bookkeeping of every string it reads,
# was ~170 M instructions of each process's start; UTF-16 decodes to the same strings at a
# fraction of that. 3 = the character tables as strings too (:func:`_pair`).
FILE_FORM = 3


def _to_file(p: Packed) -> tuple[tuple[int, ...], tuple[Any, ...]]:
    """The packed tuple as the cache file holds it: which items were strings, and the items
    with those as UTF-16 bytes."""
    strings = tuple(i for i, item in enumerate(p) if type(item) is str)
    return strings, tuple(item.encode("utf-16-le", "surrogatepass") if type(item) is str
                          else item for item in p)


def _from_file(stored: object) -> Packed | None:
    """The packed tuple from the file's form (:func:`_to_file`), or None when it is not one."""
    if not (isinstance(stored, tuple) and len(stored) == 2 and isinstance(stored[0], tuple)
            and isinstance(stored[1], tuple)):
        return None
    strings, items = stored
    out = list(items)
    for i in strings:
        out[i] = out[i].decode("utf-16-le", "surrogatepass")
    packed: Packed = tuple(out)
    return packed


def _pair(table: dict[str, str] | dict[str, frozenset[str]]) -> Pair | dict[str, Any]:
    """A table of strings or of sets of characters as two strings: its keys and its values, each
    joined by "\n" (a set as its characters in code-point order; marshal stored a set's members
    in an order of its own, so a set read back may iterate in another order than the earlier
    form's, as it already does from one hash seed to the next: the findings do not depend on
    it). A table whose keys or values hold a "\n", or whose sets hold anything but single
    characters, is kept as it is (read as a dict)."""
    keys = "\n".join(table)
    if keys.count("\n") != len(table) - 1 or not table:
        return dict(table)
    first = next(iter(table.values()))
    if type(first) is str:
        values = "\n".join(cast(dict[str, str], table).values())
        strings = True
    else:
        members = [m for v in table.values() for m in v]
        if any(type(m) is not str or len(m) != 1 for m in members):
            return dict(table)
        values = "\n".join("".join(sorted(v)) for v in table.values())
        strings = False
    if values.count("\n") != len(table) - 1 or any(
            (type(v) is str) is not strings for v in table.values()):
        return dict(table)
    return keys, ("s" if strings else "c") + values


def _unpair(item: Any) -> Any:
    """The table :func:`_pair` packed (a dict stored as it was comes back as it was)."""
    if type(item) is dict:
        return item
    keys, values = item
    if values[:1] == "s":
        return dict(zip(keys.split("\n"), values[1:].split("\n"), strict=True))
    return dict(zip(keys.split("\n"), map(frozenset, values[1:].split("\n")), strict=True))


def _table(keys: str, values: str) -> dict[str, str]:
    return dict(zip(keys.split("\n"), values.split("\n"), strict=True)) if keys else {}


def read_cache(path: Path | None) -> Lexicon | None:
    """The lexicon from its cache file, or None when there is none or it is damaged."""
    if path is None:
        return None
    try:
        packed = _from_file(marshal.loads(path.read_bytes()))
        if isinstance(packed, tuple) and len(packed) == 29 + len(NAMES):
            return _unpack(packed)
    except (OSError, EOFError, ValueError, TypeError, AttributeError, ZeroDivisionError,
            IndexError):
        pass
    return None


def write_cache_file(path: Path | None, data: Packed | frozenset[str] | dict[str, Any]) -> None:
    """``data`` marshalled next to its final name, then moved in (no torn file is read); files
    of the same kind (the name's part before its last "-") beyond the few most recent go
    (:func:`app.storage.paths.prune_cache_files`). This module's tables, app.modern_words's
    set and app.rules.typo_set_phrases's index of phrase parts."""
    if path is None:
        return
    import tempfile

    kind = path.name.rsplit("-", 1)[0]
    tmp = ""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{kind}-", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(_to_file(data) if isinstance(data, tuple) else data))
        os.replace(tmp, path)
        tmp = ""
        from app.storage.paths import prune_cache_files

        prune_cache_files(path.parent, kind, path.name)
    except OSError:
        pass  # a read-only data folder only costs the rebuild next time
    finally:
        if tmp:
            Path(tmp).unlink(missing_ok=True)


def read_cached(cache: Path | None, kind: type) -> Any:
    """What the data folder's cache file ``cache`` holds when it is a ``kind`` (frozenset, dict),
    else None (no file, a torn or foreign one)."""
    if cache is None:
        return None
    try:
        cached = marshal.loads(cache.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return cached if isinstance(cached, kind) else None


def cached_set(cache: Path | None, build: Callable[[], frozenset[str]]) -> frozenset[str]:
    """A set of words kept in the data folder's cache file ``cache``: read from it when it is
    there, else made by ``build`` and written (app.modern_words's sets, app.lexicon_idioms's).
    Empty, and nothing written, when ``build`` cannot read its source."""
    cached = read_cached(cache, frozenset)
    if cached is not None:
        return cast(frozenset[str], cached)
    try:
        words = build()
    except (OSError, UnicodeDecodeError):
        return frozenset()
    write_cache_file(cache, words)
    return words
