"""Save speed of a .docx: the patching Save against the rebuild writer it replaces, same run.

Two inputs, both written into a temp folder by this script:
  - "100 pages": a python-docx document of corpus paragraphs (tests/data/corpus, in name order)
    with a 6×4 table after every 40 paragraphs and a 480×360 PNG after every 60 — about 100 A4
    pages (pdfinfo on LibreOffice's PDF prints the real count when LibreOffice is installed);
  - "corpus ×3": the big report of bench_docx_export.py written by write_docx (~4,400 ¶).
For each: read_docx (best of N), then
  - patch Save, no edit              (app.docx.save.save_docx)
  - patch Save, one paragraph typed into and one comment added
  - rebuild (the Save we had): app.writers.docx.write_docx with the analysis given.
Run: python bench/bench_save.py [--quick]   (--quick: each time once)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docx
from docx.shared import Pt

from app.docx.save import save_docx
from app.engine import analyze
from app.model import Comment, Position
from app.readers.docx import read_docx
from app.writers.docx import write_docx
from bench.common import (
    best_of,
    corpus_document_read_text,
    corpus_files,
    find_soffice,
    machine,
    pdf_pages,
    soffice_command,
)


def png(width: int, height: int) -> bytes:
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in (x * 7 % 256, y * 5 % 256, 128))
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))  # fmt: skip


def hundred_pages(folder: Path) -> Path:
    lines = [line for path in corpus_files()
             for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]  # fmt: skip
    picture = folder / "picture.png"
    picture.write_bytes(png(480, 360))
    d = docx.Document()
    for k, line in enumerate(lines[:680]):
        d.add_paragraph(line)
        if k % 40 == 39:
            table = d.add_table(rows=6, cols=4)
            for r, row in enumerate(table.rows):
                for c, cell in enumerate(row.cells):
                    cell.text = f"第{r + 1}行第{c + 1}列 {line[:8]}"
        if k % 60 == 59:
            d.add_paragraph().add_run().add_picture(str(picture), width=Pt(240))
    path = folder / "hundred.docx"
    d.save(str(path))
    return path


def pages(path: Path, folder: Path) -> str:
    soffice = find_soffice()
    if soffice is None:
        return "?"
    subprocess.run(soffice_command(soffice, folder, "pdf", path, folder), check=True,
                   capture_output=True, timeout=600)  # fmt: skip
    return str(pdf_pages(folder / (path.stem + ".pdf")) or "?")


def measure(name: str, path: Path, runs: int, folder: Path) -> None:
    t_read = best_of(runs, lambda: read_docx(path))
    doc = read_docx(path)
    analysis = analyze(doc)
    out = folder / "saved.docx"
    t_plain = best_of(runs, lambda: save_docx(doc, out, author="bench"))
    edited = read_docx(path)
    target = next(p for p in edited.paragraphs if p.text.strip() and p.cell is None)
    target.text = "审" + target.text
    edited.comments.append(Comment("意见", "bench", start=Position(target.id, 0),
                                   end=Position(target.id, 2)))  # fmt: skip
    t_edit = best_of(runs, lambda: save_docx(edited, out, author="bench"))
    t_rebuild = best_of(runs, lambda: write_docx(doc, folder / "rebuilt.docx", analysis=analysis))
    tables = len(doc.tables)
    images = sum(1 for p in doc.paragraphs for o in p.objects if o.kind == "image")
    print(f"\n{name}: {path.stat().st_size / 1024:.0f} KB, {len(doc.paragraphs)} paragraphs, "
          f"{tables} tables, {images} images, {pages(path, folder)} pages")  # fmt: skip
    print(f"  read_docx:                          {t_read:.3f} s")
    print(f"  patch Save, no edit:                {t_plain:.3f} s")
    print(f"  patch Save, 1 ¶ typed + 1 comment:  {t_edit:.3f} s")
    print(f"  rebuild (write_docx, analysis given): {t_rebuild:.3f} s"
          f"  → patch/rebuild {t_edit / t_rebuild:.2f}")  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="time each step once, not best of 5")
    runs = 1 if ap.parse_args().quick else 5
    print(machine())
    with tempfile.TemporaryDirectory(prefix="bench-save-") as tmp:
        folder = Path(tmp)
        measure("100 pages with tables and images", hundred_pages(folder), runs, folder)
        big = folder / "corpus3.docx"
        write_docx(corpus_document_read_text(), big)
        measure("corpus ×3 as .docx", big, runs, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
