"""Text files keep their bytes (issue 10, item 5): read → (edit) → save through the engine.

Each file is written here from report text in a known encoding, BOM and line ends; the saved
bytes are compared with the original bytes: equal when nothing was edited, and differing only
in the typed character's bytes after one edit.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.model import LINE_BREAK, OBJECT_CHAR, Paragraph
from app.readers import read_document
from app.storage import save_document
from app.textsource import UnencodableError

LINES = [
    "关于2024年工作情况的报告",
    "",
    "一、总体情况",
    "今年以来，各项工作稳步推进。",
    "（一）主要做法",
]


def body(newline: str, final: bool = True) -> str:
    return newline.join(LINES) + (newline if final else "")


CASES = {  # name: bytes on disk
    "gbk-crlf": body("\r\n").encode("gbk"),
    "gb18030-lf": (body("\n") + "𠀀\n").encode("gb18030"),  # a four-byte GB18030 character
    "utf16le-bom-crlf": codecs.BOM_UTF16_LE + body("\r\n").encode("utf-16-le"),
    "utf16be-bom": codecs.BOM_UTF16_BE + body("\n").encode("utf-16-be"),
    "utf8-bom-crlf": codecs.BOM_UTF8 + body("\r\n").encode("utf-8"),
    "utf8-no-final-newline": body("\n", final=False).encode("utf-8"),
    "big5-crlf": "一、總體要求\r\n堅持以人民為中心。\r\n（一）主要做法\r\n".encode("big5"),
    "mixed-line-ends": "标题\r\n一、总体\n正文。\r（一）做法\r\n\n结尾".encode(),
    "cr-only": body("\r").encode("gbk"),
    # Big5 has two codes for 兀 (A461, C94A): the file's own one must come back.
    "big5-duplicate-code": "一、總體要求\r\n".encode("big5") + b"\xc9\x4a\xa4\x40\r\n",
    "utf16le-no-bom": body("\r\n").encode("utf-16-le"),
    "unicode-line-separators": body("\u2028").encode("utf-8"),  # a file's own U+2028 line ends
}


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    return path


def save(doc, path: Path, data_dir: Path) -> bytes:
    save_document(doc, path, author="测试", data_dir=data_dir)
    return path.read_bytes()


@pytest.mark.parametrize("name", list(CASES))
def test_no_edit_save_is_byte_identical(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, CASES[name])
    doc = read_document(path)
    assert save(doc, path, tmp_path / "data") == CASES[name]


@pytest.mark.parametrize("name", list(CASES))
def test_one_typed_character_changes_only_its_bytes(tmp_path: Path, name: str) -> None:
    data = CASES[name]
    path = write(tmp_path, name, data)
    doc = read_document(path)
    target = next(p for p in doc.paragraphs if p.text.startswith(("一、", "标题")))
    typed = "新"
    old_text = target.text
    target.text = typed + old_text  # typed at the start; the paragraph keeps its id
    saved = save(doc, path, tmp_path / "data")
    codec = doc.source.codec  # the file's own encoding, as the reader found it
    old_line, new_line = old_text.encode(codec), (typed + old_text).encode(codec)
    at = data.index(old_line)
    assert saved == data[:at] + new_line + data[at + len(old_line) :]


def test_mixed_line_ends_stay_each_line_own_and_new_lines_take_the_commonest(
    tmp_path: Path,
) -> None:
    data = "甲\r\n乙\n丙\r\n丁\r\n戊".encode()  # CRLF ×3, LF ×1, no final line end
    path = write(tmp_path, "mixed", data)
    doc = read_document(path)
    second = doc.paragraphs[1]
    second.text += "改"  # keeps its LF
    doc.paragraphs.insert(3, Paragraph("新行"))  # takes CRLF, the commonest
    doc.paragraphs.append(Paragraph("末行"))  # the old last line now needs an end: CRLF
    expected = "甲\r\n乙改\n丙\r\n新行\r\n丁\r\n戊\r\n末行".encode()
    assert save(doc, path, tmp_path / "data") == expected


def test_deleted_lines_take_their_ends_with_them(tmp_path: Path) -> None:
    data = "甲\r\n乙\n丙\r\n".encode("gbk")
    path = write(tmp_path, "del", data)
    doc = read_document(path)
    del doc.paragraphs[1]
    assert save(doc, path, tmp_path / "data") == "甲\r\n丙\r\n".encode("gbk")


def test_replaced_paragraph_object_keeps_the_line_end(tmp_path: Path) -> None:
    """An editor that makes a new Paragraph (new id) for an edited line: same place, same end."""
    data = "甲\n乙\r\n丙\n".encode()
    path = write(tmp_path, "replaced", data)
    doc = read_document(path)
    doc.paragraphs[1] = Paragraph(doc.paragraphs[1].text + "改")
    assert save(doc, path, tmp_path / "data") == "甲\n乙改\r\n丙\n".encode()


def test_word_line_and_page_breaks_open_and_come_back(tmp_path: Path) -> None:
    data = "一、总体要求\x0b坚持稳中求进\r\n\x0c（一）第二页\r\n".encode("gbk")
    path = write(tmp_path, "breaks", data)
    doc = read_document(path)
    assert doc.texts == [f"一、总体要求{LINE_BREAK}坚持稳中求进", f"{OBJECT_CHAR}（一）第二页"]
    [page_break] = doc.paragraphs[1].objects
    assert (page_break.kind, page_break.label) == ("pagebreak", "分页符")
    assert "notice" not in doc.properties  # nothing was removed
    assert save(doc, path, tmp_path / "data") == data
    doc.paragraphs[1].text += "。"  # an edited line with a page break keeps it
    assert save(doc, path, tmp_path / "data") == data.replace(
        "第二页\r\n".encode("gbk"), "第二页。\r\n".encode("gbk")
    )


def test_stray_nuls_are_removed_with_a_notice(tmp_path: Path) -> None:
    rest = body("\r\n") * 3  # a real report around them: a few controls, not a binary file
    data = ("一、总体要求\x00\r\n正文\x01。\r\n" + rest).encode() + b"\x00" * 4
    path = write(tmp_path, "nul", data)
    doc = read_document(path)
    assert doc.texts == ["一、总体要求", "正文。", *LINES * 3, ""]
    notice = doc.properties["notice"]
    assert "6" in notice and "控制字符" in notice and "\n" not in notice
    # Unedited lines are written from their own bytes; an edited one loses its NUL.
    assert save(doc, path, tmp_path / "data") == data
    doc.paragraphs[0].text += "！"
    assert save(doc, path, tmp_path / "data") == data.replace(
        "要求\x00".encode(), "要求！".encode()
    )


def test_character_the_encoding_lacks_is_refused_and_names_it(tmp_path: Path) -> None:
    data = CASES["gbk-crlf"]
    path = write(tmp_path, "gbk", data)
    doc = read_document(path)
    assert doc.properties["encoding"] == "GBK"
    doc.paragraphs[0].text += "😀𠀀"  # neither is in GBK
    with pytest.raises(UnencodableError) as err:
        save(doc, path, tmp_path / "data")
    assert err.value.chars == ["😀", "𠀀"] and "😀𠀀" in str(err.value) and "GBK" in str(err.value)
    assert path.read_bytes() == data  # nothing written
    doc.source.switch_to_utf8()  # what the window does after "保存为 UTF-8"
    saved = save(doc, path, tmp_path / "data")
    assert saved == codecs.BOM_UTF8 + body("\r\n").replace(LINES[0], LINES[0] + "😀𠀀", 1).encode(
        "utf-8"
    )
    assert read_document(path).texts == [p.text for p in doc.paragraphs]


def test_new_document_saves_as_utf8(tmp_path: Path) -> None:
    from app.model import Document

    doc = Document.from_lines(["标题", f"正文{LINE_BREAK}第二行"])
    path = tmp_path / "新.txt"
    assert save(doc, path, tmp_path / "data") == "标题\n正文\x0b第二行\n".encode()


def test_empty_file_stays_empty(tmp_path: Path) -> None:
    path = write(tmp_path, "empty", b"")
    doc = read_document(path)
    doc.paragraphs.append(Paragraph(""))  # the window shows one empty paragraph
    assert save(doc, path, tmp_path / "data") == b""


def test_recovered_text_document_saves_in_its_encoding(tmp_path: Path) -> None:
    """An autosave (recovery file) keeps the encoding, BOM and line ends: the recovered report,
    which has fresh paragraph ids, saves as the file was, with the edit made before the crash."""
    import json

    from app.storage.serialize import from_json, to_json

    data = "甲\r\n乙\n丙\r\n".encode("gbk")
    path = write(tmp_path, "recovered", data)
    doc = read_document(path)
    doc.paragraphs[1].text += "改"
    recovered = from_json(json.loads(json.dumps(to_json(doc))))
    assert {p.id for p in recovered.paragraphs}.isdisjoint(p.id for p in doc.paragraphs)
    assert save(recovered, path, tmp_path / "data") == "甲\r\n乙改\n丙\r\n".encode("gbk")
