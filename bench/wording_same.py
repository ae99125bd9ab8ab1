"""Do the lexicon families still give the same findings? A before/after comparison for changes that
are meant to make them faster without changing what they report.

Writes (--write FILE) or compares against (--compare FILE) every output of the lexicon's users on:
- each paragraph of ../shared/corpus/*.txt, and every sentence of the planted sets
  (tests/data/planted/**: the .txt lines and the first column of the .tsv files);
- each corpus paragraph with one Chinese character replaced by one it may be confused with (same
  sound or similar shape), three times over with a fixed seed, with a character or two typed
  twice, and with its first 地 and 得 written as 的: the corpus itself holds almost no such
  mistakes, so this is what exercises the searches' candidates and thresholds;
- the whole corpus and planted documents through analyze() with the lexicon families.
Per text: typo.typos, repeat.repeats, dedide.particle_errors, confusable.confusions,
wording.misused_words, lexicon.spans and wordbreak.word_starts.

Run: python bench/wording_same.py --write /tmp/before.json   (on the old code)
     python bench/wording_same.py --compare /tmp/before.json (on the new code; exit 1 on a change)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import corpus_files

ROOT = Path(__file__).resolve().parents[1]
PLANTED = ROOT / "tests" / "data" / "planted"
FAMILIES = ["typo", "confusable", "particle", "repeat", "wording"]
MUTATIONS = 3


def planted_texts() -> list[str]:
    out: list[str] = []
    for path in sorted(PLANTED.rglob("*")):
        if path.suffix == ".txt":
            out += path.read_text(encoding="utf-8").splitlines()
        elif path.suffix == ".tsv":
            out += [line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()
                    if line.strip() and not line.startswith("#")]
    return out


def mutated(paragraphs: list[str]) -> list[str]:
    """Each paragraph with one character swapped for a confusable one, MUTATIONS times."""
    from app.lexicon import is_han, lexicon

    lex = lexicon()
    rng = random.Random(20261202)
    out: list[str] = []
    for text in paragraphs:
        spots = [i for i, c in enumerate(text) if is_han(c) and lex.confusables(c)]
        for _ in range(MUTATIONS if spots else 0):
            i = rng.choice(spots)
            new = rng.choice(sorted(lex.confusables(text[i])))
            out.append(text[:i] + new + text[i + 1:])
        if spots:  # a character or a two-character stretch typed twice (repeat)
            i = rng.choice(spots)
            n = rng.choice((1, 2))
            out.append(text[:i + n] + text[i:i + n] + text[i + n:])
        for right in "地得":  # 地/得 written as 的 (particle)
            if right in text:
                i = text.index(right)
                out.append(text[:i] + "的" + text[i + 1:])
    return out


def functions() -> dict[str, Callable[[str], Any]]:
    from app.lexicon import spans
    from app.rules import confusable, dedide, repeat, typo, wording
    from app.wordbreak import word_starts

    return {"typos": typo.typos, "repeats": repeat.repeats,
            "particle": dedide.particle_errors, "confusions": confusable.confusions,
            "misused": wording.misused_words, "spans": spans,
            "word_starts": lambda t: sorted(word_starts(t))}


def digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False).encode()).hexdigest()[:16]


def snapshot() -> dict[str, Any]:
    from app.engine import analyze
    from app.model import Document
    from app.readers.text import read_text

    corpus = [p for f in corpus_files() for p in read_text(f).texts]
    texts = list(dict.fromkeys(corpus + planted_texts()))
    texts += [t for t in mutated(list(dict.fromkeys(corpus))) if t not in set(texts)]
    per_text: dict[str, dict[str, Any]] = {}
    for name, fn in functions().items():
        results = {t: json.loads(json.dumps(fn(t), ensure_ascii=False)) for t in texts}
        # the findings in full, the segmentation as a digest (it is large)
        per_text[name] = {t: (digest(r) if name in ("spans", "word_starts") else r)
                          for t, r in results.items() if r}
    documents: dict[str, list[Any]] = {}
    files = corpus_files() + sorted(PLANTED.rglob("*.txt"))
    docs = [(str(f.relative_to(f.parents[1])), read_text(f)) for f in files]
    docs.append(("mutated corpus", Document.from_lines(mutated(list(dict.fromkeys(corpus))))))
    for name, doc in docs:
        documents[name] = [[f.rule, f.index, f.start, f.end, f.message,
                            f.fix.edits[0].replacement if f.fix else None]
                           for f in analyze(doc, FAMILIES).findings]
    return {"texts": len(texts), "per_text": per_text, "documents": documents}


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if before["texts"] != after["texts"]:
        problems.append(f"texts: {before['texts']} before, {after['texts']} after")
    for name, old in before["per_text"].items():
        new = after["per_text"].get(name, {})
        for text in sorted(set(old) | set(new)):
            if old.get(text) != new.get(text):
                problems.append(f"{name}: {text[:60]}…: {old.get(text)} → {new.get(text)}")
    for name, old in before["documents"].items():
        new = after["documents"].get(name)
        if old != new:
            gone = [f for f in old if f not in (new or [])]
            added = [f for f in new or [] if f not in old]
            problems.append(f"document {name}: lost {gone[:5]}, gained {added[:5]}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--compare", type=Path)
    args = ap.parse_args()
    snap = snapshot()
    counts = {name: sum(len(v) if isinstance(v, list) else 1 for v in d.values())
              for name, d in snap["per_text"].items()}
    findings = sum(len(v) for v in snap["documents"].values())
    print(f"{snap['texts']} texts; results per function: {counts}; "
          f"{findings} findings in {len(snap['documents'])} documents")
    if args.write:
        args.write.write_text(json.dumps(snap, ensure_ascii=False), encoding="utf-8")
        return 0
    problems = compare(json.loads(args.compare.read_text(encoding="utf-8")), snap)
    for p in problems[:50]:
        print(p)
    print("same" if not problems else f"{len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
