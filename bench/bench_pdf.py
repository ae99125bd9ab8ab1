"""PDF export speed: Qt (ui.pdf_export.export_pdf) against LibreOffice docx→pdf, in the same run.

Builds the "big" report (../shared/corpus/*.txt read with read_text and concatenated 3×,
4,386 paragraphs, 580k characters), analyses it once, then times, best of 3:
  - export_pdf(doc, analysis, out.pdf)              (the window has the analysis)
  - LibreOffice: write_docx(doc, analysis=analysis) once, then, timed, the whole process
    `soffice -env:UserInstallation=file://<tmp>/lo-profile --headless --convert-to pdf` (the
    profile is created by an untimed warm-up conversion first)
Target: ours ≤ half LibreOffice's time. Both PDFs' page counts are printed (same layout rules:
22 lines a page, so they should be close).

Run: python bench/bench_pdf.py [--quick]   (--quick: each export once, same input)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import ui  # noqa: F401  (PySide6 workarounds)
from app.writers.docx import write_docx
from bench.common import (
    analyse_and_describe,
    best_of,
    corpus_document_read_text,
    find_soffice,
    pdf_pages,
    soffice_best_of,
    soffice_command,
    soffice_version,
)
from ui.pdf_export import ensure_gui_app, export_pdf


def machine(soffice: str | None) -> str:
    from PySide6.QtCore import qVersion

    version = soffice_version(soffice).split() if soffice else []
    lo = version[1] if version else ""
    return (f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, Qt {qVersion()}, "
            f"LibreOffice {lo or 'absent'}, load {os.getloadavg()[0]:.1f}")  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="time each export once, not best of 3")
    runs = 1 if ap.parse_args().quick else 3
    ensure_gui_app()
    soffice = find_soffice()
    print(machine(soffice))
    doc = corpus_document_read_text()
    analysis = analyse_and_describe(doc)
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        tmp = Path(tmp)
        ours = tmp / "qt.pdf"
        t_ours = best_of(runs, lambda: export_pdf(doc, analysis, ours))
        print(f"Qt export_pdf:          {t_ours:.2f} s  {pdf_pages(ours) or 0} pages  "
              f"{ours.stat().st_size / 1024:.0f} KB")  # fmt: skip
        if soffice is None:
            print("LibreOffice not installed: no comparison")
            return 0
        docx = tmp / "big.docx"
        write_docx(doc, docx, analysis=analysis)
        cmd = soffice_command(soffice, tmp, "pdf", docx, tmp / "lo")
        t_lo = soffice_best_of(runs, cmd)  # after an untimed warm-up that creates the profile
        lo_pdf = tmp / "lo" / "big.pdf"
        print(f"LibreOffice docx→pdf:   {t_lo:.2f} s  {pdf_pages(lo_pdf) or 0} pages  "
              f"{lo_pdf.stat().st_size / 1024:.0f} KB")  # fmt: skip
    ratio = t_ours / t_lo
    print(f"ratio Qt/LibreOffice: {ratio:.2f} (target ≤ 0.50) -> "
          f"{'OK' if ratio <= 0.5 else 'MISSED'}")  # fmt: skip
    return 0 if ratio <= 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
