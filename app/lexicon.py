"""The Chinese lexicon the wording checks share: word frequencies, parts of speech, segmentation,
and the character confusion sets (same sound, similar shape).

Why these sources (see docs/checks.md):
- Words, frequencies and part-of-speech tags: jieba's dictionary (``jieba/dict.txt``, 349,046
  words, MIT), read as a file: importing jieba itself would build its own prefix dictionary
  (0.4 s) that we do not use. The dictionary's floor (frequency ≤ 5, 221,000 words) holds rare
  words and a few attested misspellings (膨涨, 按步就班): the rules treat them as rarities.
- Segmentation: rjieba (Rust port of jieba with the same dictionary, MIT): it segments the whole
  corpus in about 20 ms where jieba needs 300 ms.
- Same sound: pypinyin's character readings (MIT), read from its ``pinyin_dict.json`` (importing
  pypinyin trains its segmenter, 0.1 s); tones are ignored, because a character typed through a
  pinyin input method shares the syllable, not always the tone.
- Similar shape: app/data/similar_shape.txt (its header names the sources and licences).

Everything is loaded once per process, on first use (:func:`lexicon`), and never touches the
network. What is derived from the sources (the tables above, and the common words indexed by
one masked character for the typo check) is kept in the app data folder's ``cache`` (marshal,
keyed by the sources' sizes and times) so that a later process loads it in a fraction of the
time; when that folder cannot be written the tables are simply rebuilt. ``Lexicon.load_seconds``
keeps the measured load time for the benchmark.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import marshal
import math
import os
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
FLOOR = 5  # words at most this frequent are rarities (and a few attested misspellings)
FLOOR_GUESS = 3  # the frequency the model gives them (jieba's floor words mostly have 3)
COMMON = 50  # words at least this frequent are offered as corrections
CACHE_FORMAT = 3  # bump when the cached tables change shape
KEPT_TAGS = frozenset({"v", "vn", "a", "ad"})  # the parts of speech a rule asks about
_LOCK = threading.Lock()
_LEXICON: Lexicon | None = None
_MISSING = False  # the lexicon's packages could not be loaded (see available())


def words(listing: str) -> frozenset[str]:
    """A word list written as whitespace-separated words (the rules' curated lists)."""
    return frozenset(listing.split())


def is_han(c: str) -> bool:
    """A CJK unified ideograph (the basic block and extension A)."""
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def _package_file(package: str, name: str) -> Path:
    """A data file shipped inside an installed package, found without importing the package
    (in the PyInstaller bundle the spec copies it to <bundle>/<package>/<name>)."""
    bundled = Path(getattr(sys, "_MEIPASS", "")) / package / name
    if getattr(sys, "frozen", False) and bundled.is_file():
        return bundled
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"缺少词典数据：未安装 {package}")
    return Path(next(iter(spec.submodule_search_locations))) / name


@dataclass
class Lexicon:
    """Word → frequency and tag, a unigram language model over them, and confusion sets."""

    freq: dict[str, int]  # the words above the floor (the floor: see :meth:`known`)
    singles: dict[str, int]  # the single characters among them (a small, fast table)
    tags: dict[str, str]  # the parts of speech in KEPT_TAGS
    shapes: dict[str, frozenset[str]]  # character → look-alikes
    sound: dict[str, str]  # character → main reading, toneless
    masked: dict[str, str]  # "部\0" → "署…": the characters that make common words there
    by_sound: dict[str, frozenset[str]]  # toneless syllable → the characters of common words
    total: int
    load_seconds: float = 0.0
    _unknown_logp: float = field(default=0.0, repr=False)
    _confusables: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._unknown_logp = math.log(0.5 / self.total)

    def known(self, word: str) -> bool:
        """In the dictionary at all, the floor's rarities included (asked of rjieba, which holds
        the same dictionary: the floor's 221,000 words need not be loaded twice)."""
        if word in self.freq:
            return True
        import rjieba

        return bool(rjieba.has_word(word))

    def best_logp(self, text: str, max_len: int = 6) -> float:
        """Log-probability of the best segmentation of ``text`` (a unigram model, as jieba's)."""
        return self.best_split(text, max_len)[0]

    def best_split(self, text: str, max_len: int = 6, min_freq: int = 0
                   ) -> tuple[float, list[str]]:
        """The best segmentation of ``text`` under the unigram model, with its log-probability.

        Words of two or more characters at most ``min_freq`` frequent are left out (with
        ``FLOOR``: the dictionary's rarities, among them a few attested misspellings)."""
        n = len(text)
        best = [0.0] + [-math.inf] * n
        back = [0] * (n + 1)
        import rjieba

        has_word = rjieba.has_word
        freq, total, unknown = self.freq, self.total, self._unknown_logp
        floor_ok = min_freq < FLOOR
        for end in range(1, n + 1):
            for start in range(max(0, end - max_len), end):
                f = freq.get(text[start:end])
                if end - start > 1:
                    if f is None:
                        if not (floor_ok and has_word(text[start:end])):
                            continue
                        f = FLOOR_GUESS
                    elif f <= min_freq:
                        continue
                score = best[start] + (math.log(f / total) if f else unknown)
                if score > best[end]:
                    best[end], back[end] = score, start
        out: list[str] = []
        end = n
        while end > 0:
            out.append(text[back[end]:end])
            end = back[end]
        return best[n], out[::-1]

    def similar_shape(self, a: str, b: str) -> bool:
        return b in self.shapes.get(a, ())

    def confusables(self, c: str) -> frozenset[str]:
        """Characters a writer may have meant instead of ``c``: the same main syllable (among
        the characters of common words) or a similar shape."""
        found = self._confusables.get(c)
        if found is None:
            s = self.sound.get(c)
            same = self.by_sound.get(s, frozenset()) if s else frozenset()
            found = self._confusables[c] = (same | self.shapes.get(c, frozenset())) - {c}
        return found


def lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first use (thread-safe: the UI analyses in a worker)."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:
            if _LEXICON is None:
                _LEXICON = _load()
    return _LEXICON


def available() -> bool:
    """Whether the lexicon can be had (its packages are installed and readable). The checks that
    need it report nothing without it instead of breaking the whole analysis."""
    global _MISSING
    if _LEXICON is not None:
        return True
    if _MISSING:
        return False
    try:
        lexicon()
        import rjieba  # noqa: F401
    except (ImportError, OSError, RuntimeError, ValueError):
        _MISSING = True
        return False
    return True


def _sources() -> list[Path]:
    return [_package_file("jieba", "dict.txt"), DATA / "similar_shape.txt",
            _package_file("pypinyin", "pinyin_dict.json")]


def _cache_path(sources: list[Path]) -> Path | None:
    """The cache file for these sources (their paths, sizes and times), or None without a
    data folder."""
    try:
        from app.storage.paths import app_data_dir

        stamp = [CACHE_FORMAT, FLOOR, COMMON, sys.version_info[:2], marshal.version]
        for p in sources:
            st = p.stat()
            stamp += [str(p), st.st_size, st.st_mtime_ns]
        digest = hashlib.sha256(repr(stamp).encode()).hexdigest()[:16]
        return app_data_dir() / "cache" / f"lexicon-{digest}.marshal"
    except OSError:
        return None


def _load() -> Lexicon:
    start = time.perf_counter()
    sources = _sources()
    cache_file = _cache_path(sources)
    tables = _read_cache(cache_file)
    if tables is None:
        tables = _build(*sources)
        _write_cache(cache_file, tables)
    freq, tags, shapes, sound, masked, by_sound, total = tables
    singles = {w: f for w, f in freq.items() if len(w) == 1}
    lex = Lexicon(freq, singles, tags, shapes, sound, masked, by_sound, total)
    lex.load_seconds = time.perf_counter() - start
    return lex


Tables = tuple[dict[str, int], dict[str, str], dict[str, frozenset[str]], dict[str, str],
               dict[str, str], dict[str, frozenset[str]], int]


def _build(dict_txt: Path, shapes_txt: Path, pinyin_json: Path) -> Tables:
    raw = dict_txt.read_text(encoding="utf-8").split()
    counts = list(map(int, raw[1::3]))
    total = sum(counts) or 1
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    masked: dict[str, str] = {}
    for word, f, tag in zip(raw[0::3], counts, raw[2::3], strict=True):
        if f <= FLOOR:
            continue
        freq[word] = f
        if tag in KEPT_TAGS:
            tags[word] = tag
        n = len(word)
        if 2 <= n <= 4 and f >= COMMON:
            for i in range(n):
                key = f"{word[:i]}\0{word[i + 1:]}"
                masked[key] = masked.get(key, "") + word[i]
    readings = json.loads(pinyin_json.read_text(encoding="utf-8"))
    shapes = load_shapes(shapes_txt)
    wanted = {c for options in masked.values() for c in options} | set(shapes)
    wanted |= {w for w in freq if len(w) == 1}
    sound = {c: value.split(",")[0].translate(_TONELESS)
             for code, value in readings.items() if (c := chr(int(code))) in wanted}
    by_sound: dict[str, set[str]] = {}
    for options in masked.values():
        for c in options:
            if c in sound:
                by_sound.setdefault(sound[c], set()).add(c)
    return (freq, tags, shapes, sound, masked,
            {k: frozenset(v) for k, v in by_sound.items()}, total)


def _read_cache(path: Path | None) -> Tables | None:
    if path is None:
        return None
    try:
        tables = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return tables if isinstance(tables, tuple) and len(tables) == 7 else None


def _write_cache(path: Path | None, tables: Tables) -> None:
    """Write the tables next to their final name, then move them in (no torn file is read)."""
    if path is None:
        return
    tmp = ""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".lexicon-", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(tables))
        os.replace(tmp, path)
        tmp = ""
        for old in path.parent.glob("lexicon-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only data folder only costs the rebuild next time
    finally:
        if tmp:
            Path(tmp).unlink(missing_ok=True)


def load_shapes(path: Path | None = None) -> dict[str, frozenset[str]]:
    """Similar-shape groups: each line a group of characters separated by commas or spaces."""
    groups: dict[str, set[str]] = {}
    text = (path or DATA / "similar_shape.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        chars = [c for c in line if is_han(c)]
        for c in chars:
            groups.setdefault(c, set()).update(x for x in chars if x != c)
    return {c: frozenset(s) for c, s in groups.items()}


# Tone marks → plain letters (ü keeps no dots either: lü and lu count as one sound).
_TONELESS = str.maketrans({ch: base for base, marked in (
    ("a", "āáǎà"), ("e", "ēéěèếề"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔùüǖǘǚǜ"),
    ("m", "ḿ"), ("n", "ńňǹ")) for ch in marked})


@lru_cache(maxsize=65536)
def spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of each word of ``text`` as rjieba segments it (no HMM: unknown runs
    stay single characters); cached by paragraph text, shared by every rule that segments."""
    import rjieba

    out = []
    pos = 0
    for w in rjieba.cut(text, False):
        out.append((pos, pos + len(w), w))
        pos += len(w)
    return tuple(out)
