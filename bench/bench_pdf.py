"""PDF export speed: Qt (ui.pdf_export.export_pdf) against LibreOffice docx→pdf, in the same run.

Builds the "big" report (tests/data/corpus/*.txt read with read_text and concatenated 3×,
~4,600 paragraphs, 580k characters), analyses it once, then times, best of 3:
  - export_pdf(doc, analysis, out.pdf)              (the window has the analysis)
  - LibreOffice: write_docx(doc, analysis=analysis) once, then, timed, the whole process
    `soffice -env:UserInstallation=file://<tmp>/lo-profile --headless --convert-to pdf` (the
    profile is created by an untimed warm-up conversion first)
Target: ours ≤ half LibreOffice's time. Both PDFs' page counts are printed (same layout rules:
22 lines a page, so they should be close).

Run: python bench/bench_pdf.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import ui  # noqa: E402, F401  (PySide6 workarounds)
from app.engine import analyze  # noqa: E402
from app.model import Document, Paragraph  # noqa: E402
from app.readers.text import read_text  # noqa: E402
from app.writers.docx import write_docx  # noqa: E402
from ui.pdf_export import ensure_gui_app, export_pdf  # noqa: E402


def best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def build() -> Document:
    paragraphs: list[Paragraph] = []
    sources = sorted((ROOT / "tests/data/corpus").glob("*.txt"))
    for _ in range(3):
        for name in sources:
            paragraphs += [Paragraph(p.text) for p in read_text(name).paragraphs]
    return Document(paragraphs)


def pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((int(line.split()[-1]) for line in out.splitlines() if line.startswith("Pages:")),
                0)  # fmt: skip


def machine() -> str:
    from PySide6.QtCore import qVersion

    lo = ""
    if shutil.which("soffice"):
        out = subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout
        lo = out.split()[1] if out.split() else ""
    return (f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, Qt {qVersion()}, "
            f"LibreOffice {lo or 'absent'}, load {os.getloadavg()[0]:.1f}")  # fmt: skip


def main() -> int:
    ensure_gui_app()
    print(machine())
    doc = build()
    chars = sum(len(p.text) for p in doc.paragraphs)
    start = time.perf_counter()
    analysis = analyze(doc)
    print(f"document: {len(doc.paragraphs)} paragraphs, {chars} characters "
          f"(analysis {time.perf_counter() - start:.3f} s)")  # fmt: skip
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        tmp = Path(tmp)
        ours = tmp / "qt.pdf"
        t_ours = best_of(3, lambda: export_pdf(doc, analysis, ours))
        print(f"Qt export_pdf:          {t_ours:.2f} s  {pages(ours)} pages  "
              f"{ours.stat().st_size / 1024:.0f} KB")  # fmt: skip
        if soffice is None:
            print("LibreOffice not installed: no comparison")
            return 0
        docx = tmp / "big.docx"
        write_docx(doc, docx, analysis=analysis)
        profile = (tmp / "lo-profile").as_uri()
        cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(tmp / "lo"), str(docx)]  # fmt: skip
        subprocess.run(cmd, check=True, capture_output=True)  # warm-up: creates the profile
        t_lo = best_of(3, lambda: subprocess.run(cmd, check=True, capture_output=True))
        lo_pdf = tmp / "lo" / "big.pdf"
        print(f"LibreOffice docx→pdf:   {t_lo:.2f} s  {pages(lo_pdf)} pages  "
              f"{lo_pdf.stat().st_size / 1024:.0f} KB")  # fmt: skip
    ratio = t_ours / t_lo
    print(f"ratio Qt/LibreOffice: {ratio:.2f} (target ≤ 0.50) -> "
          f"{'OK' if ratio <= 0.5 else 'MISSED'}")  # fmt: skip
    return 0 if ratio <= 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
