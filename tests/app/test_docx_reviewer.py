"""A reviewer's round trip on the constructs of tests/data/wordcraft/wc09_reviewer.docx and
wc10_protected.docx (make_reviewer.py): a bookmark over two paragraphs that REF and PAGEREF
point to, editing permissions over two paragraphs, and a file protected for tracked changes.

What a bookmark or a permission covers is read here from the saved XML by a walk of our own
(the text between its start and end marks in document order), never by the app.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app.readers import read_document
from app.storage import save_document

DATA = Path(__file__).resolve().parents[1] / "data" / "wordcraft"
REVIEWER = DATA / "wc09_reviewer.docx"
PROTECTED = DATA / "wc10_protected.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def saved(doc, tmp_path: Path) -> Path:
    out = tmp_path / "out.docx"
    tmp_path.mkdir(parents=True, exist_ok=True)
    save_document(doc, out, author="审校员", backup=False, data_dir=tmp_path / "data")
    return out


def covered(path: Path, kind: str, wid: str) -> str | None:
    """The text between w:{kind}Start and w:{kind}End with id ``wid``; None when either mark
    is missing (a REF to the bookmark then shows 错误！未找到引用源。)."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    inside: bool | None = None
    pieces: list[str] = []
    for el in root.iter():
        if el.tag == W + kind + "Start" and el.get(W + "id") == wid:
            inside = True
        elif el.tag == W + kind + "End" and el.get(W + "id") == wid:
            return "".join(pieces) if inside else None
        elif inside and el.tag == W + "t":
            pieces.append(el.text or "")
    return None


def delete(path: Path, *starts: str):
    doc = read_document(path)
    doc.paragraphs = [p for p in doc.paragraphs if not p.text.startswith(starts)]
    return doc


def test_the_bookmark_is_there_as_written():
    both = "第一条　本办法适用于全市。第二条　由市信访局负责解释。"
    assert covered(REVIEWER, "bookmark", "1") == both
    assert covered(REVIEWER, "perm", "502") == "张三可以改这一段，也可以改这一段。"


def test_deleting_the_paragraph_a_bookmark_starts_in_keeps_the_rest_bookmarked(tmp_path):
    out = saved(delete(REVIEWER, "第一条"), tmp_path)
    assert covered(out, "bookmark", "1") == "第二条　由市信访局负责解释。"


def test_deleting_the_paragraph_a_bookmark_ends_in_keeps_the_rest_bookmarked(tmp_path):
    out = saved(delete(REVIEWER, "第二条"), tmp_path)
    assert covered(out, "bookmark", "1") == "第一条　本办法适用于全市。"


def test_deleting_every_bookmarked_paragraph_removes_the_bookmark(tmp_path):
    out = saved(delete(REVIEWER, "第一条", "第二条"), tmp_path)
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode()
    assert 'w:name="_Ref1001"' not in xml and 'w:bookmarkEnd w:id="1"' not in xml


def test_deleting_one_paragraph_of_a_permission_keeps_the_other_editable(tmp_path):
    first = saved(delete(REVIEWER, "张三可以"), tmp_path / "a")
    assert covered(first, "perm", "502") == "也可以改这一段。"
    second = saved(delete(REVIEWER, "也可以"), tmp_path / "b")
    assert covered(second, "perm", "502") == "张三可以改这一段，"


def join(path: Path, second: str):
    """Backspace at the start of the paragraph starting with ``second``: the paragraph before
    it takes its text and stays (the editor keeps the first block)."""
    doc = read_document(path)
    k = next(k for k, p in enumerate(doc.paragraphs) if p.text.startswith(second))
    doc.paragraphs[k - 1].text += doc.paragraphs[k].text
    del doc.paragraphs[k]
    return doc


def test_a_paragraph_joined_into_the_one_before_stays_in_the_permission(tmp_path):
    out = saved(join(REVIEWER, "也可以"), tmp_path / "a")  # holds the permission's end
    assert covered(out, "perm", "502") == "张三可以改这一段，也可以改这一段。"
    out = saved(join(REVIEWER, "张三可以"), tmp_path / "b")  # holds its start
    assert covered(out, "perm", "502") == "张三可以改这一段，也可以改这一段。"


def test_a_paragraph_joined_into_the_one_before_stays_bookmarked(tmp_path):
    out = saved(join(REVIEWER, "第一条"), tmp_path)
    assert covered(out, "bookmark", "1") == "第一条　本办法适用于全市。第二条　由市信访局负责解释。"
    assert read_document(out).paragraphs[0].text == "前面一段正文。第一条　本办法适用于全市。"


def test_a_file_protected_for_tracked_changes_opens_recording():
    """Word records every edit of such a file (w:documentProtection w:edit="trackedChanges"),
    with or without w:trackRevisions: the window's 修订 starts switched on too."""
    with zipfile.ZipFile(PROTECTED) as z:
        settings = z.read("word/settings.xml").decode()
    assert 'w:edit="trackedChanges"' in settings and "trackRevisions" not in settings
    assert read_document(PROTECTED).track_revisions
    assert not read_document(REVIEWER).track_revisions


def test_saving_a_protected_file_leaves_its_settings_alone(tmp_path):
    doc = read_document(PROTECTED)
    doc.paragraphs[1].text = doc.paragraphs[1].text.replace("一千", "两千")
    out = saved(doc, tmp_path)
    with zipfile.ZipFile(PROTECTED) as a, zipfile.ZipFile(out) as b:
        assert a.read("word/settings.xml") == b.read("word/settings.xml")


def test_moving_the_paragraph_a_bookmark_starts_in_leaves_the_start_behind(tmp_path):
    """A cut and paste of 第一条 below the caption 表1: as when Word cuts half a bookmark, the
    bookmark keeps what stayed (第二条); it never ends before it starts."""
    doc = read_document(REVIEWER)
    doc.paragraphs.insert(4, doc.paragraphs.pop(1))
    out = saved(doc, tmp_path)
    assert read_document(out).texts[3:5] == ["表1　全市信访情况统计", "第一条　本办法适用于全市。"]
    assert covered(out, "bookmark", "1") == "第二条　由市信访局负责解释。"


def test_moving_both_bookmarked_paragraphs_takes_the_bookmark_along(tmp_path):
    doc = read_document(REVIEWER)
    ps = doc.paragraphs
    ps[0:3] = [ps[1], ps[2], ps[0]]
    out = saved(doc, tmp_path)
    assert read_document(out).texts[0] == "第一条　本办法适用于全市。"
    assert covered(out, "bookmark", "1") == "第一条　本办法适用于全市。第二条　由市信访局负责解释。"


def test_wps_unenforced_protection_does_not_switch_recording_on():
    """WPS writes <w:documentProtection w:enforcement="0"/> into every file: no protection."""
    wps = Path(__file__).resolve().parents[3] / "shared" / "realdocx" / "cn01_wps_gongsi_fawen.docx"
    if not wps.is_file():
        pytest.skip("../shared/realdocx is absent")
    with zipfile.ZipFile(wps) as z:
        assert 'w:enforcement="0"' in z.read("word/settings.xml").decode()
    assert not read_document(wps).track_revisions
