"""Render the application icon: SVG sources → hicolor PNGs, a scalable copy and a Windows .ico.

Run from anywhere: ``python packaging/make_icons.py`` (needs only PySide6; QtSvg ships in
PySide6-Essentials). The outputs are committed, so this is only needed after editing the SVGs.

Sources (``resources/icons/app/``):
    reportdesk.svg      the icon, drawn on a 512 grid; used for 32 px and up
    reportdesk-16.svg   the same picture redrawn on the 16 px pixel grid
    reportdesk-24.svg   … and on the 24 px grid (the full drawing turns to mush that small)

Outputs (same folder):
    hicolor/<N>x<N>/apps/reportdesk.png    N in SIZES: copy ``hicolor/`` into an icon theme dir
    hicolor/scalable/apps/reportdesk.svg   copy of reportdesk.svg
    reportdesk.ico                          16…256 for Windows (PyInstaller ``icon=``)

The .ico is written by hand (no Pillow): BMP (32-bit BGRA + AND mask) entries for the small sizes,
which every Windows tool reads, and a PNG entry for 256 px as Windows Vista and later expect.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons" / "app"
NAME = "reportdesk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_SOURCES = {16: f"{NAME}-16.svg", 24: f"{NAME}-24.svg"}


def source_for(size: int) -> Path:
    return ICON_DIR / SMALL_SOURCES.get(size, f"{NAME}.svg")


def png_path(size: int, base: Path = ICON_DIR) -> Path:
    return base / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"


def render(svg: Path, size: int):
    """Render ``svg`` into a size×size non-premultiplied ARGB32 QImage."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(p)
    p.end()
    return img.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(img) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, "PNG"):
        raise SystemExit("PNG encoding failed")
    buf.close()
    return bytes(data.data())


def bgra_rows(img) -> list[bytes]:
    """Rows of a Format_ARGB32 image as BGRA bytes (its memory layout on little-endian)."""
    width = img.width()
    raw = bytes(img.constBits())
    stride = img.bytesPerLine()
    if sys.byteorder == "little":
        return [raw[y * stride: y * stride + width * 4] for y in range(img.height())]
    rows = []
    for y in range(img.height()):
        row = bytearray()
        for x in range(width):
            argb = img.pixel(x, y)
            row += struct.pack("<I", argb)
        rows.append(bytes(row))
    return rows


def bmp_entry(img) -> bytes:
    """An ICO image entry in the classic DIB form: header, bottom-up BGRA, 1-bit AND mask."""
    w, h = img.width(), img.height()
    rows = bgra_rows(img)
    mask_stride = ((w + 31) // 32) * 4
    xor = b"".join(reversed(rows))
    mask = bytearray()
    for row in reversed(rows):
        bits = bytearray(mask_stride)
        for x in range(w):
            if row[x * 4 + 3] == 0:  # fully transparent pixel: set in the AND mask
                bits[x // 8] |= 0x80 >> (x % 8)
        mask += bits
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, len(xor) + len(mask), 0, 0, 0, 0)
    return header + xor + bytes(mask)


def ico_bytes(images: dict[int, object], png_from: int = 256) -> bytes:
    """An .ico container: ICONDIR, one ICONDIRENTRY per size, then the images."""
    entries = []
    for size in sorted(images):
        img = images[size]
        data = png_bytes(img) if size >= png_from else bmp_entry(img)
        entries.append((size, data))
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    blobs = []
    for size, data in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in the one-byte fields
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs.append(data)
    return out + b"".join(blobs)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons"])
    images = {}
    for size in SIZES:
        img = render(source_for(size), size)
        images[size] = img
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(png_bytes(img))
        print(f"{out.relative_to(ROOT)}  {out.stat().st_size:>7} bytes")
    scalable = ICON_DIR / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICON_DIR / f"{NAME}.svg", scalable)
    print(f"{scalable.relative_to(ROOT)}")
    ico = ICON_DIR / f"{NAME}.ico"
    ico.write_bytes(ico_bytes({s: images[s] for s in ICO_SIZES}))
    print(f"{ico.relative_to(ROOT)}  {ico.stat().st_size:>7} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
