"""Text files keep their bytes: what reading and saving with a TextSource costs.

The "big" report (tests/data/corpus/*.txt ×3, raw lines, ~4,400 paragraphs) as GB18030 (it has
characters GBK lacks) with CRLF line ends, timed best of 5 in the same run:
  - parse_text (detect, decode, one Paragraph and one SourceLine per line)
    against the baseline a reader cannot do without: bytes.decode + split + one Paragraph a line;
  - text_bytes, no edit (unedited lines from their kept bytes / re-encoded, each line's end)
    and with one paragraph in ten edited,
    against the baseline of the old writer: "\\n".join + encode("utf-8").
It also checks that the no-edit save gives the very bytes read.

Run: python bench/bench_text_roundtrip.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.model import Paragraph
from app.readers.text import parse_text
from app.writers.text import text_bytes
from bench.common import best_of, corpus_lines, machine

RUNS = 5


def main() -> int:
    print(", ".join(f"{k}: {v}" for k, v in machine().items()))
    lines = corpus_lines()
    data = "\r\n".join(lines).encode("gb18030")
    print(f"document: {len(lines)} lines, {len(data) / 1024:.0f} KB GB18030+CRLF")

    def baseline_read() -> object:
        return [Paragraph(t) for t in data.decode("gb18030").split("\r\n")]

    doc = parse_text(data)
    assert text_bytes(doc) == data, "no-edit save changed the bytes"
    edited = parse_text(data)
    for p in edited.paragraphs[::10]:
        p.text += "改"

    def baseline_write() -> object:
        return ("\n".join(p.text for p in doc.paragraphs) + "\n").encode("utf-8")

    rows = [
        ("read: parse_text", best_of(RUNS, lambda: parse_text(data))),
        ("read: baseline decode + split", best_of(RUNS, baseline_read)),
        ("save: text_bytes, no edit", best_of(RUNS, lambda: text_bytes(doc))),
        ("save: text_bytes, 1 in 10 edited", best_of(RUNS, lambda: text_bytes(edited))),
        ("save: baseline join + UTF-8", best_of(RUNS, baseline_write)),
    ]
    for name, seconds in rows:
        print(f"{name:36} {seconds * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
