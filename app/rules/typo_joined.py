"""typo/char: a rare word of the dictionary written for its same-sound twin, where the twin makes
one dictionary word with its neighbour (docs/checks.md, "Typo recall, fifteenth session").

A slip that lands on another dictionary word leaves no stray: 部分从业人员建康证过期 is 建康 (206
in jieba's dictionary, an old name of Nanjing) and 证, so no window of typo.py opens there, and a
unigram model gains only the two words' ratio by the change (e^3.4), the band where real rare
words sit (铭牌 beside 名牌, 自燃 beside 自然). What tells the slip is its neighbour: 健康 and 证
are one dictionary word, 健康证, and 建康证 is none. :func:`joined_slips` takes a two-character
word at most ``TWIN_RARE`` frequent whose twin of the same sound and tone (a
``Lexicon.replacements`` character, main reading and tone alike) is a well-known word
``TWIN_RATIO`` times more frequent, and reports it where the twin and the word before or after it
are one dictionary word (its floor included) that the typed word and that neighbour are not, the
neighbour being no character that stands alone often (STANDALONE: 上, 人, 长 join any noun;
把功夫下在实绩上 is right): 自燃资源 → 自然资源, 工务员 → 公务员, 人材辈出 → 人才辈出. Over the
corpus, samples, realdocx, the unseen pages and the clean prose set no stretch qualifies (typo15;
the bars stand where that holds with margin: with a word up to 500 frequent or a ratio of 3,
法治建设 → 法制建设 and 督查室 → 督察室 appear, words of today the 2012 dictionary counts low).
The guards of typo.py hold (app/rules/typo_quiet.py).

The twins are listed from the lexicon (0.46 s CPU) by ``python -m app.rules.typo_joined`` into
app/data/typo_twins.txt, which the package ships with the stamp of the dictionaries it was made
from (a test keeps it equal to a fresh build); with other dictionaries they are listed once and
kept in a cache file (``twins-<hash>.marshal``, keyed like the lexicon's own). A paragraph only
intersects its words with them (C speed).
"""

from __future__ import annotations

import functools
from pathlib import Path

from app import DATA_DIR
from app.digests import sha256
from app.lexicon import lexicon, segments, word_indices
from app.lexicon_slips import STANDALONE, WELL_KNOWN
from app.rules.typo_quiet import written_on_purpose
from app.textcache import text_cache

FORMAT = 1  # of the cache file
TWIN_RARE = 300  # the typed word at most this frequent (a rare word: 建康 206, 机智 281)
TWIN_RATIO = 10  # … and its twin at least this many times more frequent (and WELL_KNOWN)


SHIPPED = DATA_DIR / "typo_twins.txt"  # the table as built from the pinned dictionaries


@functools.cache
def twins() -> dict[str, tuple[str, ...]]:
    """Rare two-character word → its well-known twins of the same sound and tone: the table the
    package ships when it was built from these very dictionaries (:func:`stamp`), else built
    once and kept in the data folder's cache. Why shipped: built on a first start it took
    ~0.45 s of CPU while the window opened its first report (the open was that much slower)."""
    from app.lexicon import _sources, cache_file_for
    from app.lexicon_pack import cached_set

    try:
        sources = _sources()
    except RuntimeError:
        return {}
    entries = shipped_entries(stamp(sources))
    if entries is None:
        cache = cache_file_for("twins", _params(), sources)
        entries = cached_set(cache, build_twins)
    table: dict[str, list[str]] = {}
    for entry in entries:
        table.setdefault(entry[:2], []).append(entry[2:])
    return {w: tuple(sorted(ts)) for w, ts in table.items()}


def _params() -> list[object]:
    from app.lexicon import CACHE_FORMAT, FLOOR

    return [FORMAT, CACHE_FORMAT, FLOOR, TWIN_RARE, TWIN_RATIO, WELL_KNOWN]


def stamp(sources: list[Path]) -> str:
    """What the table depends on: the thresholds and the dictionaries' names and sizes (not
    their paths or times, which differ from one install to the next); for our own data file, its
    text with its line ends made one (a Windows checkout may turn them to CRLF)."""
    parts: list[object] = [*_params()]
    for p in sources:
        if p.parent == DATA_DIR:
            text = p.read_bytes().replace(b"\r\n", b"\n")
            parts.append((p.name, sha256(text).hexdigest()))
        else:
            parts.append((p.name, p.stat().st_size))
    return sha256(repr(parts).encode()).hexdigest()[:16]


def shipped_entries(wanted: str) -> frozenset[str] | None:
    """The shipped table's entries (rare word + twin, four characters) if it was made for
    ``wanted``, else None."""
    try:
        lines = SHIPPED.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    if not lines or lines[0] != f"# {wanted}":
        return None
    return frozenset(line for line in lines[1:] if len(line) == 4)


def build_twins() -> frozenset[str]:
    """Every rare word + twin pair of the lexicon (a pass over its two-character words)."""
    from app.lexicon import FLOOR

    lex = lexicon()
    freq, masked, tone = lex.freq, lex.masked, lex.tone
    out = set()
    for w, f in freq.items():
        if len(w) != 2 or not FLOOR < f <= TWIN_RARE:
            continue
        for i in (0, 1):
            c = w[i]
            options = masked.get(w[:i] + "\0" + w[i + 1:])
            if not options or c not in tone:
                continue
            for n in lex.replacements(c).intersection(options):
                t = w[:i] + n + w[i + 1:]
                if tone.get(n) == tone[c] and freq.get(t, 0) >= max(WELL_KNOWN, TWIN_RATIO * f):
                    out.add(w + t)
    return frozenset(out)


def write_shipped() -> int:
    """Write :data:`SHIPPED` from the installed dictionaries (``python -m app.rules.typo_joined``);
    the number of pairs."""
    from app.lexicon import _sources

    entries = sorted(build_twins())
    SHIPPED.write_text("\n".join([f"# {stamp(_sources())}", *entries]) + "\n", encoding="utf-8")
    return len(entries)


@text_cache
def joined_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, 0.0) of each rare word written for its same-sound twin that joins
    a neighbouring word into one dictionary word (建康证 → 健康证): the stretch is the typed word
    with that neighbour."""
    table = twins()
    words, starts = segments(text)
    hits = table.keys() & set(words)
    if not hits:
        return ()
    lex = lexicon()
    known, singles = lex.known, lex.singles

    def joins(right: str, typed: str, other: str) -> bool:
        # a character that stands alone often (上, 中, 人, 长) joins too many words to vouch:
        # 把功夫下在实绩上 is no slip of 实际上
        return not (len(other) == 1 and singles.get(other, 0) >= STANDALONE) and \
            known(right) and not known(typed)

    found: list[tuple[int, int, str, float]] = []
    for k in word_indices(words, hits):
        w, start = words[k], starts[k]
        before = words[k - 1] if k > 0 else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        for t in table[w]:
            i = 0 if t[0] != w[0] else 1
            if before and joins(before + t, before + w, before):
                a, cand = starts[k - 1], before + t
            elif after and joins(t + after, w + after, after):
                a, cand = start, t + after
            else:
                continue
            if not written_on_purpose(text, start, start + 2, i, t):
                found.append((a, a + len(cand), cand, 0.0))
                break
    return tuple(found)


if __name__ == "__main__":
    print(f"{write_shipped()} pairs written to {SHIPPED}")
