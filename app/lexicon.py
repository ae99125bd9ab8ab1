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
network. What is derived from the sources (the tables above, the common words indexed by one
masked character for the typo check, and the rarities in which one replacement gives a common
word, ``rare_typos``) is kept in the app data folder's ``cache`` (marshal of strings and arrays,
keyed by the sources' sizes and times and the thresholds) so that a later process loads it in a
fraction of the time; when that folder cannot be written the tables are simply rebuilt.
``Lexicon.load_seconds`` keeps the measured load time for the benchmark. A paragraph is
segmented once (:func:`segments`, cached by text) for every rule that needs its words.

The :class:`Lexicon` itself and the thresholds are in app/lexicon_model.py, the cache file's
format in app/lexicon_pack.py; both are imported here, and their names are this module's too.
"""

from __future__ import annotations

import importlib.util
import marshal
import os
import sys
import threading
import time
from collections.abc import Iterable
from itertools import accumulate
from pathlib import Path

from app import DATA_DIR
from app.digests import sha256
from app.lexicon_derived import HALF_MAX
from app.lexicon_model import COMMON as COMMON
from app.lexicon_model import COMMON_PHRASE as COMMON_PHRASE
from app.lexicon_model import FLOOR as FLOOR
from app.lexicon_model import FLOOR_GUESS as FLOOR_GUESS
from app.lexicon_model import KEPT_TAGS as KEPT_TAGS
from app.lexicon_model import PHRASE_RARE_MIN as PHRASE_RARE_MIN
from app.lexicon_model import RARE_CHAR as RARE_CHAR
from app.lexicon_model import SOUND_CHAR as SOUND_CHAR
from app.lexicon_model import Lexicon as Lexicon
from app.lexicon_model import is_han as is_han
from app.lexicon_pack import FILE_FORM
from app.lexicon_pack import pack as _pack
from app.lexicon_pack import read_cache as _read_cache
from app.lexicon_pack import write_cache_file as write_cache_file
from app.textcache import text_cache

CACHE_FORMAT = 15  # bump when the cached tables change shape
_LOCK = threading.Lock()
_LEXICON: Lexicon | None = None
_MISSING = False  # the lexicon's packages could not be loaded (see available())


def words(listing: str) -> frozenset[str]:
    """A word list written as whitespace-separated words (the rules' curated lists)."""
    return frozenset(listing.split())


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
    return [_package_file("jieba", "dict.txt"), DATA_DIR / "similar_shape.txt",
            _package_file("pypinyin", "pinyin_dict.json"),
            _package_file("pypinyin", "phrases_dict.json")]


def _cache_path(sources: list[Path]) -> Path | None:
    """The cache file for these sources (their paths, sizes and times), or None without a
    data folder."""
    return cache_file_for("lexicon", [CACHE_FORMAT, FLOOR, COMMON, COMMON_PHRASE, RARE_CHAR,
                                      SOUND_CHAR, HALF_MAX, FILE_FORM], sources)


def cache_file_for(kind: str, stamp: list[object], sources: list[Path]) -> Path | None:
    """The data folder's cache file ``<kind>-<hash>.marshal`` for ``stamp`` (the format and the
    thresholds the cached data depends on) and ``sources`` (their paths, sizes and times), with
    this interpreter's marshal version and byte order; None when a source cannot be read. This
    module's tables and app.modern_words's set."""
    try:
        from app.storage.datadir import app_data_dir  # (see app.regex_cache.cache_path)

        stamp = [*stamp, sys.version_info[:2], marshal.version, sys.byteorder]
        for p in sources:
            st = p.stat()
            stamp += [str(p), st.st_size, st.st_mtime_ns]
        digest = sha256(repr(stamp).encode()).hexdigest()[:16]
        return app_data_dir() / "cache" / f"{kind}-{digest}.marshal"
    except OSError:
        return None


def _load() -> Lexicon:
    start = time.perf_counter()
    sources = _sources()
    cache_file = _cache_path(sources)
    lex = _read_cache(cache_file)
    if lex is None and _build_in_child(sources, cache_file):
        lex = _read_cache(cache_file)
    if lex is None:
        lex = _build(*sources)
        write_cache_file(cache_file, _pack(lex))
    elif cache_file is not None:
        lex.read_from = cache_file.name
    lex.load_seconds = time.perf_counter() - start
    return lex


# The first start after an install builds the cache in a second interpreter (see
# _build_in_child), handed the cache file, the source files and this process's sys.path.
_BUILD_CODE = ("import sys; cache, n = sys.argv[1], int(sys.argv[2]); "
               "sources, sys.path[:0] = sys.argv[3:3 + n], sys.argv[3 + n:]; "
               "from app.lexicon import build_cache; build_cache(cache, sources)")
_BUILD_SECONDS = 300  # a build takes 1–3 s; a child still running after this is stuck
_IN_BUILD_CHILD = "REPORTDESK_LEXICON_BUILD_CHILD"


def _build_in_child(sources: list[Path], cache_file: Path | None) -> bool:
    """Build the cache file in a second interpreter and wait for it; False when that is not
    possible (no cache folder, a frozen build with no Python to start, the child failing), and
    then the caller builds here. Why: the build reads 349,000 dictionary lines into ~2 million
    temporary objects; freed, they stay in this process's heap (~25 MB of the window's memory
    for the whole session), and the build holds the GIL ~1 s, so the window's keys would wait
    behind the background thread that loads the lexicon. Waiting on a child costs neither."""
    if cache_file is None or getattr(sys, "frozen", False) or os.environ.get(_IN_BUILD_CHILD):
        return False
    import subprocess

    from app.lexicon_worker import python_command

    command = python_command(_BUILD_CODE, str(cache_file), str(len(sources)), *map(str, sources))
    try:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=_BUILD_SECONDS,
                              env={**os.environ, _IN_BUILD_CHILD: "1"},
                              creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except (OSError, ValueError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def build_cache(cache_file: str, sources: list[str]) -> None:
    """The child's work (:func:`_build_in_child`): build the tables, write the cache file."""
    dict_txt, shapes_txt, pinyin_json, phrases_json = map(Path, sources)
    write_cache_file(Path(cache_file),
                     _pack(_build(dict_txt, shapes_txt, pinyin_json, phrases_json)))


def _build(dict_txt: Path, shapes_txt: Path, pinyin_json: Path, phrases_json: Path) -> Lexicon:
    import json  # (here and tempfile below: only the first start after an install needs them)

    # the four-character words of pypinyin's phrase list (an idiom dictionary's entries, kept
    # for their readings): a word jieba counts above its floor but below COMMON_PHRASE is still
    # a set phrase when that list holds it (文山会海 at 7)
    idioms = {w for w in json.loads(phrases_json.read_text(encoding="utf-8")) if len(w) == 4}

    raw = dict_txt.read_text(encoding="utf-8").split()
    counts = list(map(int, raw[1::3]))
    total = sum(counts) or 1
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    adverbs: list[str] = []
    masked: dict[str, str] = {}
    rarities: list[str] = []
    for word, f, tag in zip(raw[0::3], counts, raw[2::3], strict=True):
        if f <= FLOOR:
            if 2 <= len(word) <= 4:
                rarities.append(word)
            continue
        freq[word] = f
        if tag in KEPT_TAGS:
            tags[word] = tag
        elif tag == "d":
            adverbs.append(word)
        n = len(word)
        if 2 <= n <= 4 and (f >= COMMON or (n == 4 and (f >= COMMON_PHRASE or word in idioms))):
            for i in range(n):
                key = f"{word[:i]}\0{word[i + 1:]}"
                masked[key] = masked.get(key, "") + word[i]
    readings = json.loads(pinyin_json.read_text(encoding="utf-8"))
    shapes = load_shapes(shapes_txt)
    wanted = {c for options in masked.values() for c in options} | set(shapes)
    wanted |= {w for w in freq if len(w) == 1}
    sound = {c: value.split(",")[0].translate(_TONELESS)
             for code, value in readings.items() if (c := chr(int(code))) in wanted}
    # the other characters of the main block, kept as two strings (a dict is made only when a
    # set phrase holds one: Lexicon.rare_sound)
    others = [(c, value.split(",")[0].translate(_TONELESS)) for code, value in readings.items()
              if 0x4E00 <= int(code) <= 0x9FFF and (c := chr(int(code))) not in wanted]
    by_sound: dict[str, set[str]] = {}
    for options in masked.values():
        for c in options:
            if c in sound:
                by_sound.setdefault(sound[c], set()).add(c)
    singles = {w: f for w, f in freq.items() if len(w) == 1}
    lex = Lexicon(freq, singles, tags, shapes, sound, masked,
                  {k: frozenset(v) for k, v in by_sound.items()}, total)
    lex.rare_typos = frozenset(w for w in rarities if _correctable(lex, w))
    lex.halves = phrase_halves(freq, idioms)
    lex.adverbs = frozenset(adverbs)
    from app import lexicon_slips

    floor = {w for w in rarities if len(w) <= 4}
    lex.tone = lexicon_slips.main_tones(readings, wanted)
    lex.other_sounds = ("".join(c for c, _s in others), "\n".join(s for _c, s in others))
    lex.strong_pairs = lexicon_slips.strong_pairs(freq, singles, lex.tone, floor, total)
    lex.compound_slips = lexicon_slips.compound_slips(freq, lex.tone, floor)
    lex.collocation_slips = lexicon_slips.collocation_slips(freq, lex.tone, floor, _TONELESS,
                                                            tags)
    lex.half_slips = lexicon_slips.half_slips(freq, lex.tone, floor, lex.halves)
    # the answers :meth:`Lexicon.replacements` and its kin memoised while ``tone`` was still
    # empty (for rare_typos above) are forgotten: a lexicon built here must answer as one read
    # from the cache does (a first start, or a frozen build that cannot build in a child,
    # missed the same-tone look-alikes: 奢糜, 壁磊, 懈殆)
    lex.forget_answers()
    return lex


HEAD, TAIL, RARE = 1, 2, 4  # what a two-character string is to the set phrases (bits)
RARE_HALF = 1000  # a half of a four-character word less frequent than this on its own


def phrase_halves(freq: dict[str, int], idioms: set[str] | frozenset[str] = frozenset()
                  ) -> dict[str, int]:
    """What a two-character string is to the common four-character words: HEAD or TAIL, the
    first or the last half of a set phrase one of whose halves is no word at all (全力 and
    以赴 of 全力以赴, 分明 of 泾渭分明; not 社会 of 社会主义, a compound of two words); RARE, a
    half of any four-character word that is seldom a word of its own (毕露, 辈出). Built with
    the cache: a set phrase can only be mistyped next to one of its own halves."""
    halves: dict[str, int] = {}
    for w, f in freq.items():
        if len(w) != 4 or (f < COMMON_PHRASE and w not in idioms):
            continue
        head, tail = w[:2], w[2:]
        if head not in freq or tail not in freq:
            halves[head] = halves.get(head, 0) | HEAD
            halves[tail] = halves.get(tail, 0) | TAIL
        for h in (head, tail):
            if freq.get(h, 0) < RARE_HALF:
                halves[h] = halves.get(h, 0) | RARE
    return halves


def derived_cache_file(lex: Lexicon, kind: str, stamp: list[object], sources: list[Path]
                       ) -> Path | None:
    """The data folder's cache file for a table a rule derives from ``lex``'s tables and its
    own ``sources`` (data files), with ``stamp`` (the table's format and thresholds); None when
    ``lex`` was not read from the data folder (built in this process, or a test's), and the
    rule then makes the table. The name holds the lexicon's own file's name, so a lexicon of
    other sources or thresholds means another file."""
    if not lex.read_from:
        return None
    return cache_file_for(kind, [lex.read_from, *stamp], sources)


def code_files(*names: str) -> list[Path]:
    """The source files of the modules ``names`` (imported), for the sources of a table made by
    their code: an edited module makes a new file. None of a frozen build, whose code is fixed
    with it (and whose modules have no file)."""
    if getattr(sys, "frozen", False):
        return []
    out = []
    for name in names:
        found = getattr(sys.modules.get(name), "__file__", None)
        if found and Path(found).is_file():
            out.append(Path(found))
    return out


def _correctable(lex: Lexicon, word: str) -> bool:
    """Whether some :meth:`Lexicon.corrections` of ``word`` exist (the test, without making
    them: it runs over the dictionary's 215,000 rarities when the cache is built)."""
    masked, replacements = lex.masked, lex.replacements
    for i, c in enumerate(word):
        options = masked.get(word[:i] + "\0" + word[i + 1:])
        if options and not replacements(c).isdisjoint(options):
            return True
    return False



def load_shapes(path: Path | None = None) -> dict[str, frozenset[str]]:
    """Similar-shape groups: each line a group of characters separated by commas or spaces."""
    groups: dict[str, set[str]] = {}
    text = (path or DATA_DIR / "similar_shape.txt").read_text(encoding="utf-8")
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


@text_cache
def segments(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The words of ``text`` as rjieba segments it (no HMM: unknown runs stay single
    characters), and the offset where each starts followed by len(text); cached by paragraph
    text, shared by every rule that segments. Kept as two flat tuples so that a rule can look
    for the words it wants at C speed (tuple.index, set operations) instead of walking them all
    in Python."""
    import rjieba

    cut = rjieba.cut(text, False)
    return tuple(map(sys.intern, cut) if INTERN_WORDS else cut), (0, *accumulate(map(len, cut)))


# The same word of every paragraph made one string object (the window keeps the segments of a
# long session's paragraphs: 10.3 → 3.3 MB over the corpus). The lexicon worker of `check`,
# which ends after one command, turns it off: interning ~107,000 words grows the interpreter's
# table of interned strings for nothing there (~2 ms).
INTERN_WORDS = True


def word_indices(words: tuple[str, ...], wanted: Iterable[str]) -> list[int]:
    """Sorted indices of the words of ``words`` (a :func:`segments` tuple) that are in
    ``wanted``: found with tuple.index, so a paragraph's words are not walked one by one in
    Python."""
    out: list[int] = []
    for w in wanted:
        k = -1
        try:
            while True:
                k = words.index(w, k + 1)
                out.append(k)
        except ValueError:
            pass
    out.sort()
    return out


@text_cache
def spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of each word of :func:`segments`."""
    cut, starts = segments(text)
    return tuple(zip(starts, starts[1:], cut, strict=False))
