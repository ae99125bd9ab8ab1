"""Recall of the 错别字 families on made-up slips, by class of slip (helper typo18).

The planted sets hold a few dozen typo slips each, written by people who avoid what the rules
already find; this bench makes slips by the thousand, by mechanism, so that a change of the typo
model can be measured on the kind of slip it is for. Every slip is one character of a dictionary
word replaced, the result no word of the dictionary (floor included) nor a word of today
(app/modern_words.py), set in one neutral sentence, each sentence a report of its own:

    我们要坚持<slip>，推动各项工作落实。

Classes (each drawn with a fixed seed from jieba's dictionary as the lexicon loads it):
- ``p4-tone``: a four-character phrase (≥ 100, one half a set phrase's head or tail, no
  numeral), one character replaced by one of the same reading and tone that stands alone at
  least SOUND_CHAR times (typo16's made-up slips; the same construction, drawn anew);
- ``p4-look``: the same phrases, a look-alike of another reading or tone (the hand-made Parts 1–2
  of similar_shape.txt, so that the slips stay the same when the derived parts change);
- ``w2-tone`` / ``w2-syl``: a two-character word (≥ 100, no numeral), one character replaced by a
  character of the same syllable and tone / of the same syllable and another tone, common alone
  (≥ SOUND_CHAR): an input method's pick, the wrong character itself a common one (一但, 围饶);
- ``w2-look``: the same words, a look-alike of the same reading and tone (形音皆近: 讯期).
A slip counts as found when a finding of typo/* or wording/* covers its changed character and
its fix puts the original character back ("right") or another one ("wrong fix"). ``--clean``
also checks the same sentences with the words unchanged and counts the findings there (false
alarms of the mechanism in this frame).

Run: python bench/typo_slips.py [--n 400] [--clean] [--show CLASS]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import DATA_DIR
from app.engine import analyze
from app.lexicon import HEAD, SOUND_CHAR, TAIL, lexicon, load_shapes
from app.model import Document
from app.modern_words import attested

FRAME = "我们要坚持{}，推动各项工作落实。"
TITLE = "关于推进工作的报告"
SEED = 18
_NUMERAL = set("〇零一二两三四五六七八九十百千万亿第")
CLASSES = ("p4-tone", "p4-look", "w2-tone", "w2-syl", "w2-look")


def _level_one(c: str) -> bool:
    """One of the 3,755 characters of GB 2312's first level (常用字): jieba counts some
    traditional and rare characters alone often enough to pass SOUND_CHAR (骮, 傚), which no
    simplified-Chinese input method offers for a common syllable."""
    try:
        code = c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xB0 <= code[0] <= 0xD7


def _slips(n: int) -> dict[str, list[tuple[str, int, str]]]:
    """Class → (original word, changed offset, slip), at most ``n`` each, drawn with SEED."""
    lex = lexicon()
    sound, tone, singles = lex.sound, lex.tone, lex.singles
    by_sound: dict[str, list[str]] = {}
    for c, s in sorted(sound.items()):
        if singles.get(c, 0) >= SOUND_CHAR and _level_one(c):
            by_sound.setdefault(s, []).append(c)

    def fine(word: str) -> bool:
        return all(_level_one(c) and c not in _NUMERAL for c in word)

    def usable(slip: str) -> bool:
        return not lex.known(slip) and not attested(slip)

    phrases = sorted(w for w, f in lex.freq.items() if len(w) == 4 and f >= 100 and fine(w) and
                     (lex.halves.get(w[:2], 0) & HEAD or lex.halves.get(w[2:], 0) & TAIL))
    words = sorted(w for w, f in lex.freq.items() if len(w) == 2 and f >= 100 and fine(w))
    out: dict[str, list[tuple[str, int, str]]] = {}

    # look-alikes drawn from the hand-made Parts 1–2 of similar_shape.txt only: the parts worked
    # out from glyphs and decompositions (3–5) are among what the bench measures, and the
    # slips must not change with them
    text = (DATA_DIR / "similar_shape.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        listed = Path(tmp) / "parts_1_2.txt"
        listed.write_text(text[:text.index("# Part 3:")], encoding="utf-8")
        hand_made = load_shapes(listed)

    def shapes_of(c: str) -> frozenset[str]:
        return hand_made.get(c, frozenset())

    def same_tone(c: str, x: str) -> bool:
        return tone.get(c) is not None and tone.get(c) == tone.get(x)

    def other_tone(c: str, x: str) -> bool:
        return tone.get(c) is not None and tone.get(x) is not None and tone.get(c) != tone.get(x)

    tests = {"p4-tone": lambda c, x: same_tone(c, x) and singles.get(x, 0) >= SOUND_CHAR,
             "p4-look": lambda c, x: not same_tone(c, x) and _level_one(x),
             "w2-tone": lambda c, x: same_tone(c, x) and singles.get(x, 0) >= SOUND_CHAR,
             "w2-syl": lambda c, x: other_tone(c, x) and singles.get(x, 0) >= SOUND_CHAR,
             "w2-look": lambda c, x: same_tone(c, x) and singles.get(x, 0) >= SOUND_CHAR and
             _level_one(x)}
    for cls, test in tests.items():
        # each class drawn on its own (seeded by its name): a change of the shape table moves
        # the look-alike classes only
        rng = random.Random(f"{SEED}-{cls}")
        pool_words = list(phrases if cls.startswith("p4") else words)
        rng.shuffle(pool_words)
        rows: list[tuple[str, int, str]] = []
        seen: set[str] = set()
        for word in pool_words:
            if len(rows) >= n:
                break
            order = list(range(len(word)))
            rng.shuffle(order)
            for i in order:
                c = word[i]
                pool = sorted(shapes_of(c)) if cls.endswith("look") else by_sound.get(
                    sound.get(c, ""), [])
                pool = [x for x in pool if x != c and test(c, x)]
                rng.shuffle(pool)
                slip = next((word[:i] + x + word[i + 1:] for x in pool
                             if word[:i] + x + word[i + 1:] not in seen and
                             usable(word[:i] + x + word[i + 1:])), None)
                if slip is not None:
                    seen.add(slip)
                    rows.append((word, i, slip))
                    break
        out[cls] = rows
    return out


def _findings(sentences: list[str]) -> list[list[tuple[int, int, str]]]:
    """For each sentence: (start, end, fix text at start) of its typo/wording findings. Each
    sentence is a report of its own: typo/char leaves alone a spelling a document uses twice, and
    two slips of one class may share a mistyped word (爱国拄义, 形式拄义)."""
    by_line: list[list[tuple[int, int, str]]] = []
    for sentence in sentences:
        found = analyze(Document.from_lines([TITLE, "", sentence]), ["typo", "wording"]).findings
        hits: list[tuple[int, int, str]] = []
        for f in (f for f in found if f.index == 2):
            if f.fix:
                hits += [(edit.start, edit.end, edit.replacement) for edit in f.fix.edits]
            else:
                hits.append((f.start, f.end, ""))
        by_line.append(hits)
    return by_line


def measure(n: int, clean: bool, show: str | None) -> None:
    slips = _slips(n)
    at = FRAME.index("{}")
    print("| class | slips | found | right fix | wrong fix |" + (" clean FA |" if clean else ""))
    print("|---|---:|---:|---:|---:|" + ("---:|" if clean else ""))
    for cls in CLASSES:
        rows = slips[cls]
        found = _findings([FRAME.format(s) for _w, _i, s in rows])
        right = wrong = 0
        missed: list[str] = []
        wrongly: list[str] = []
        for (word, i, slip), hits in zip(rows, found, strict=True):
            p = at + i
            cover = [(a, b, t) for a, b, t in hits if a <= p < b]
            if any(t == word[i] and b - a == 1 for a, b, t in cover) or \
                    any(FRAME.format(word)[a:b] == t for a, b, t in cover):
                right += 1
            elif cover:
                wrong += 1
                wrongly.append(f"{slip} ({word}: {cover[0][2]})")
            else:
                missed.append(f"{slip} ({word})")
        line = f"| {cls} | {len(rows)} | {right + wrong} | {right} | {wrong} |"
        if clean:
            fa = sum(1 for hits in _findings([FRAME.format(w) for w, _i, _s in rows]) if hits)
            line += f" {fa} |"
        print(line)
        if show == cls:
            print("  missed:", " ".join(missed))
            print("  wrong fix:", " ".join(wrongly))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400, help="slips per class")
    ap.add_argument("--clean", action="store_true", help="also the unchanged words")
    ap.add_argument("--show", choices=CLASSES, help="list the misses and wrong fixes of a class")
    args = ap.parse_args()
    measure(args.n, args.clean, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
