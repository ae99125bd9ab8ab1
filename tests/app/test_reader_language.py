"""A file that cannot be opened says why in the window's language: in English every word of the
message is English (the file's name aside), in Chinese it stays Chinese."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from app import i18n
from app.errors import ReadError
from app.readers import read_document

CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]")
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _zip(path: Path, parts: dict[str, str]) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text)


def bad_inputs(folder: Path) -> list[Path]:
    """Bad files made by hand, one per kind of refusal a user meets."""
    made: list[Path] = []

    def put(name: str, data: bytes) -> None:
        (folder / name).write_bytes(data)
        made.append(folder / name)

    put("empty.docx", b"")
    put("old.docx", OLE + b"\0" * 600)
    put("rtf.docx", b"{\\rtf1 hello}")
    put("pdf.docx", b"%PDF-1.4 x")
    put("noise.docx", b"hello world, no zip")
    put("cut.docx", b"PK\x03\x04" + b"\0" * 40)
    put("binary.txt", bytes(range(256)) * 8)
    put("old.txt", OLE + b"\0" * 600)
    put("sheet.xlsx", b"x")
    put("macros.docm", b"x")
    put("nuls.txt", b"\0\0\0\0abc\0\0\0\0")
    put("bom.txt", b"\xef\xbb\xbf\xff\xfe\xfa")
    _zip(folder / "zip.txt", {"readme.txt": "hello"})
    _zip(folder / "word.txt", {"word/document.xml": "<w:document/>"})
    _zip(folder / "nodoc.docx", {"[Content_Types].xml": "<Types/>", "readme.txt": "hello"})
    _zip(folder / "notypes.docx", {"word/document.xml": "<w:document/>"})
    _zip(folder / "badxml.docx", {"[Content_Types].xml": "<Types", "word/document.xml": "<x/>"})
    _zip(folder / "vba.docx", {"[Content_Types].xml": "<Types/>", "word/vbaProject.bin": "x"})
    made += [folder / n for n in ("zip.txt", "word.txt", "nodoc.docx", "notypes.docx",
                                  "badxml.docx", "vba.docx")]  # fmt: skip
    (folder / "a folder.docx").mkdir()
    made += [folder / "a folder.docx", folder / "missing.docx", folder / "missing.txt"]
    return made


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_open_error_reads_in_the_chosen_language(tmp_path, language):
    i18n.set_language(language)
    try:
        messages = []
        for path in bad_inputs(tmp_path):
            with pytest.raises(ReadError) as caught:
                read_document(path)
            messages.append((path.name, str(caught.value)))
    finally:
        i18n.set_language(None)
    for name, message in messages:
        assert name in message and "\n" not in message, message
        rest = message.replace(name, "")
        if language == "en":
            assert not CJK.search(rest), message
        else:
            assert CJK.search(rest), message


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("Header (section 1)", "Footer (section 1)", "Page break")),
    ("zh_CN", ("页眉（第1节）", "页脚（第1节）", "分页符")),
])  # fmt: skip
def test_side_parts_and_objects_are_named_in_the_chosen_language(tmp_path, language, words):
    """The side-parts pane's headings and the editor's object chips come from the reader."""
    import docx

    made = docx.Document()
    made.add_paragraph("正文第一段")
    made.add_page_break()
    made.add_paragraph("正文第二段")
    made.sections[0].header.paragraphs[0].text = "页眉文字"
    made.sections[0].footer.paragraphs[0].text = "页脚文字"
    path = tmp_path / "parts.docx"
    made.save(path)
    i18n.set_language(language)
    try:
        doc = read_document(path)
    finally:
        i18n.set_language(None)
    header, footer, page_break = words
    assert [s.label for s in doc.side_parts] == [header, footer]
    assert page_break in {o.label for p in doc.paragraphs for o in p.objects or []}
