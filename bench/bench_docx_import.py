"""Word import speed: read_docx (+ analysis) against LibreOffice opening the same file.

Builds the "big" report (tests/data/corpus/*.txt ×3, ~4,400 paragraphs, 580k characters) as a
.docx with python-docx (naively, one add_paragraph per line), then times, best of 3:
  - read_docx(path)
  - read_docx(path) + app.engine.analyze(doc)   (when the engine can analyse)
  - soffice --headless --convert-to txt          (LibreOffice opening the file, whole process)
Target: ours ≤ 1/4 of LibreOffice's time, analysis included.

Run: python bench/bench_docx_import.py
"""

from __future__ import annotations

import glob
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402

from app.readers.docx import read_docx  # noqa: E402


def best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def build(path: Path) -> list[str]:
    lines: list[str] = []
    for name in sorted(glob.glob(str(ROOT / "tests/data/corpus/*.txt"))):
        lines += Path(name).read_text(encoding="utf-8").split("\n")
    lines *= 3
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(path)
    return lines


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="bench-docx-"))
    try:
        path = work / "big.docx"
        lines = build(path)
        chars = sum(len(x) for x in lines)
        print(f"document: {len(lines)} paragraphs, {chars} characters, "
              f"{path.stat().st_size / 1024:.0f} KB .docx")  # fmt: skip

        doc = read_docx(path)
        assert doc.texts == lines, "read_docx did not give back the paragraphs"
        ours = best_of(3, lambda: read_docx(path))
        print(f"read_docx:                 {ours:7.3f} s")

        ours_total = ours
        try:
            from app.engine import analyze

            analyze(read_docx(path))
            ours_total = best_of(3, lambda: analyze(read_docx(path)))
            print(f"read_docx + analyze:       {ours_total:7.3f} s")
        except Exception as e:  # the engine is developed in parallel; report, do not fail
            print(f"read_docx + analyze:       unavailable ({type(e).__name__}: {e})")

        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if not soffice:
            print("LibreOffice not installed: no comparison")
            return 0
        profile = work / "lo-profile"
        cmd = [
            soffice, f"-env:UserInstallation=file://{profile}", "--headless",
            "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(work / "out"), str(path),
        ]  # fmt: skip
        run = lambda: subprocess.run(cmd, check=True, capture_output=True, timeout=300)  # noqa: E731
        run()  # first start creates the profile: not counted
        lo = best_of(3, run)
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
