"""Pictures in the Windows metafile formats (EMF, WMF) that Word and WPS files carry are kept
by the Word export (en09 lost three of its five pictures); without a size on the page one is
left out, since a metafile tells no pixel size."""

from __future__ import annotations

import struct
import zipfile

import pytest

from app.engine import analyze
from app.model import OBJECT_CHAR, Document, InlineObject, Paragraph
from app.writers.docx import write_docx
from tests.app.docx_build import png

# an EMF header record (type 1, 108 bytes, its " EMF" signature at byte 40) and a WMF with
# its placeable header: enough for a reader to tell the format
EMF = struct.pack("<II", 1, 108) + bytes(32) + b" EMF" + bytes(64)
WMF = b"\xd7\xcd\xc6\x9a" + bytes(18) + b"\x01\x00\x09\x00" + bytes(40)


def exported(tmp_path, data: bytes, width: float | None) -> dict[str, bytes]:
    picture = InlineObject("image", image=data, width_pt=width, height_pt=width and width / 2)
    doc = Document([Paragraph("插图如下。"), Paragraph(OBJECT_CHAR, objects=[picture])])
    out = tmp_path / "out.docx"
    write_docx(doc, out, analysis=analyze(doc, rules=()))
    with zipfile.ZipFile(out) as z:
        return {n: z.read(n) for n in z.namelist()}


@pytest.mark.parametrize("data, ext, ctype", [(EMF, "emf", b"image/x-emf"),
                                              (WMF, "wmf", b"image/x-wmf")])
def test_a_metafile_with_its_size_on_the_page_is_kept(tmp_path, data, ext, ctype):
    parts = exported(tmp_path, data, 120.0)
    assert parts[f"word/media/image1.{ext}"] == data
    assert ctype in parts["[Content_Types].xml"]
    assert b"<w:drawing" in parts["word/document.xml"]


def test_a_metafile_without_a_size_is_left_out(tmp_path):
    parts = exported(tmp_path, EMF, None)
    assert not [n for n in parts if n.startswith("word/media/")]


def test_a_png_without_a_size_still_takes_its_pixels(tmp_path):
    parts = exported(tmp_path, png(40, 20), None)
    assert "word/media/image1.png" in parts
