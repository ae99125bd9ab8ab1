"""Word import speed: read_docx (+ analysis) against LibreOffice opening the same file.

Builds the "big" report (../shared/corpus/*.txt ×3, ~4,400 paragraphs, 580k characters) as a
.docx with python-docx (naively, one add_paragraph per line), then times, best of 3:
  - read_docx(path)
  - read_docx(path) + app.engine.analyze(doc)   (when the engine can analyse)
  - soffice --headless --convert-to txt          (LibreOffice opening the file, whole process)
Target: ours ≤ 1/4 of LibreOffice's time, analysis included.

Run: python bench/bench_docx_import.py [--quick]   (--quick: each time once, same input)
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docx

from app.readers.docx import read_docx
from bench.common import best_of, corpus_lines, find_soffice, soffice_best_of, soffice_command


def build(path: Path) -> list[str]:
    """The raw-lines big report as a .docx, one python-docx paragraph per line."""
    lines = corpus_lines()
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(path)
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="time each reader once, not best of 3")
    runs = 1 if ap.parse_args().quick else 3
    work = Path(tempfile.mkdtemp(prefix="bench-docx-"))
    try:
        path = work / "big.docx"
        lines = build(path)
        chars = sum(len(x) for x in lines)
        print(f"document: {len(lines)} paragraphs, {chars} characters, "
              f"{path.stat().st_size / 1024:.0f} KB .docx")  # fmt: skip

        doc = read_docx(path)
        assert doc.texts == lines, "read_docx did not give back the paragraphs"
        ours = best_of(runs, lambda: read_docx(path))
        print(f"read_docx:                 {ours:7.3f} s")

        ours_total = ours
        try:
            from app.engine import analyze

            analyze(read_docx(path))
            ours_total = best_of(runs, lambda: analyze(read_docx(path)))
            print(f"read_docx + analyze:       {ours_total:7.3f} s")
        except Exception as e:  # the engine is developed in parallel; report, do not fail
            print(f"read_docx + analyze:       unavailable ({type(e).__name__}: {e})")

        soffice = find_soffice()
        if not soffice:
            print("LibreOffice not installed: no comparison")
            return 0
        cmd = soffice_command(soffice, work, "txt:Text (encoded):UTF8", path, work / "out")
        lo = soffice_best_of(runs, cmd)  # first start creates the profile: not counted
        print(f"LibreOffice docx → txt:    {lo:7.3f} s")
        print(f"ratio read_docx / LO:      {ours / lo:7.3f}  (1/{lo / ours:.0f})")
        print(f"ratio with analysis / LO:  {ours_total / lo:7.3f}  (target ≤ 0.25)")
        got = (work / "out" / "big.txt").read_text(encoding="utf-8-sig").split("\n")
        same = got[: len(lines)] == lines
        print(f"LibreOffice text equals ours: {same}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
