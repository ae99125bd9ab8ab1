"""Word export speed: write_docx against a naive python-docx writer, in the same run.

Builds the "big" report (../shared/corpus/*.txt read with read_text and concatenated 3×,
~4,400 paragraphs, 580k characters), analyses it once, then times, best of 3:
  - write_docx(doc, path, analysis=analysis)   (the editor already has the analysis)
  - write_docx(doc, path)                      (analysis included, for information; the parser
                                                caches per paragraph text, so this is warm)
  - naive: python-docx Document(), one add_paragraph + one add_run per paragraph, the east-Asian
    font set on every run (w:rFonts/@w:eastAsia, as REFERENCE §3 says it must be), save()
Target: ours ≤ half the naive time.

Run: python bench/bench_docx_export.py [--quick]   (--quick: each time once, same input)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docx
from docx.oxml.ns import qn
from docx.shared import Pt

from app.model import Document
from app.writers.docx import write_docx
from bench.common import analyse_and_describe, best_of, corpus_document_read_text


def naive_write(doc: Document, path: Path) -> None:
    d = docx.Document()
    for p in doc.paragraphs:
        run = d.add_paragraph().add_run(p.text)
        run.font.name = "仿宋_GB2312"
        run.font.size = Pt(16)
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    d.save(str(path))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="time each writer once, not best of 3")
    runs = 1 if ap.parse_args().quick else 3
    doc = corpus_document_read_text()
    analysis = analyse_and_describe(doc)
    with tempfile.TemporaryDirectory(prefix="bench-docx-export-") as tmp:
        ours, naive = Path(tmp) / "ours.docx", Path(tmp) / "naive.docx"
        t_ours = best_of(runs, lambda: write_docx(doc, ours, analysis=analysis))
        t_full = best_of(runs, lambda: write_docx(doc, ours))
        t_naive = best_of(runs, lambda: naive_write(doc, naive))
        size = ours.stat().st_size / 1024
        print(f"write_docx (analysis given):    {t_ours:.3f} s  {size:.0f} KB")
        print(f"write_docx (analysis included): {t_full:.3f} s  (the parser's text cache is warm)")
        print(f"naive python-docx writer:       {t_naive:.3f} s  "
              f"{naive.stat().st_size / 1024:.0f} KB")  # fmt: skip
    ratio = t_ours / t_naive
    print(f"ratio ours/naive: {ratio:.2f} (target ≤ 0.50) -> {'OK' if ratio <= 0.5 else 'MISSED'}")
    return 0 if ratio <= 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
