"""Work out app/data/gongwen_terms.txt: words of official prose (公文) that jieba's dictionary
counts too rarely to be offered as a typo/char correction (under COMMON, or at its floor).

jieba's frequencies come from general text of about 2012; words that official prose writes on
every page (排查 42, 积案 8, 优抚 36, 履职 24) sit under the lexicon's COMMON (50), so the typo
search never offers them and their slips (排察, 积按, 优扶) go unreported. This script counts, in
published official documents (the files named on the command line: ../shared/corpus and the
fixed pages of the unseen sets whose SOURCES.md give each address), every word the lexicon's
segmentation cuts out that jieba counts under COMMON, and writes those met at least MIN_COUNT
times in at least MIN_FILES documents, with the frequency they would have on jieba's scale
(count / the documents' words × jieba's total). app/rules/typo_terms.py offers them as
corrections at that frequency.

    python packaging/make_gongwen_terms.py FILE... > app/data/gongwen_terms.txt

The list's header keeps the files' folders and counts; lines after the derived block, under
"# cited:", are kept as they are (terms with a cited document and a frequency stated there).
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

from app.lexicon import COMMON, lexicon, segments

MIN_COUNT = 3
MIN_FILES = 2
LENGTHS = (2, 3)
_HAN = re.compile("[\u4e00-\u9fff]+")


def main(paths: list[str]) -> None:
    lex = lexicon()
    count: collections.Counter[str] = collections.Counter()
    files: dict[str, set[str]] = collections.defaultdict(set)
    tokens = 0
    for p in paths:
        for para in Path(p).read_text("utf-8", errors="replace").splitlines():
            words, _starts = segments(para)
            tokens += len(words)
            for w in words:
                if len(w) in LENGTHS and _HAN.fullmatch(w) and lex.freq.get(w, 0) < COMMON:
                    count[w] += 1
                    files[w].add(p)
    folders = collections.Counter(_folder(p) for p in paths)
    print("# 公文 words jieba counts under COMMON (50), with their frequency on jieba's scale, by")
    print("# packaging/make_gongwen_terms.py from published official documents:")
    for folder, n in sorted(folders.items()):
        print(f"#   {folder}: {n} files")
    print(f"# ({tokens} words; a word kept when met >= {MIN_COUNT} times in >= {MIN_FILES} files;")
    print("# columns: word, frequency on jieba's scale, count, files)")
    for w in sorted(count, key=lambda w: (-count[w], w)):
        if count[w] >= MIN_COUNT and len(files[w]) >= MIN_FILES:
            scaled = round(count[w] / tokens * lex.total)
            print(f"{w}\t{scaled}\t{count[w]}\t{len(files[w])}")


def _folder(path: str) -> str:
    """The folder as the header names it: ../shared/… or unseenNN/… (the lead's notes)."""
    parts = Path(path).parent.parts
    at = next((i for i, x in enumerate(parts) if x == "shared" or x.startswith("unseen")), 0)
    return "/".join(("..",) * (parts[at] == "shared") + parts[at:])


if __name__ == "__main__":
    main(sys.argv[1:])
