"""The promise on real files: the document you open is the document you save.

Every file of ../shared/realdocx (Word, WPS, LibreOffice, POI … files; third-party, never copied
here) is opened and saved through app.storage.save_document, the window's own Save, and the saved
package is compared with the original by ../shared/ooxml/docx_diff.py and checked by
../shared/ooxml/validate.py.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app.errors import ReadError
from app.model import Comment, Position, Span
from app.readers import read_document
from app.storage import save_document

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REAL = SHARED / "realdocx"
OOXML = SHARED / "ooxml"
FILES = sorted(REAL.glob("*.docx")) if REAL.is_dir() else []
pytestmark = pytest.mark.skipif(
    not FILES or not (OOXML / "docx_diff.py").is_file(),
    reason="../shared/realdocx or ../shared/ooxml is absent (third-party files, not in the repo)",
)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CORE = "docProps/core.xml"


def tools():
    sys.path.insert(0, str(OOXML))
    import docx_diff
    import validate

    return docx_diff, validate


def opened(path: Path):
    try:
        return read_document(path)
    except ReadError as err:
        pytest.skip(f"{path.name} does not open: {err}")


def save(doc, tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    save_document(doc, out, author="审校员", backup=False, data_dir=tmp_path / "data")
    return out


def first_body_paragraph(doc):
    for p in doc.paragraphs:
        if p.text[p.auto_number_len :].strip() and p.cell is None:
            return p
    return next((p for p in doc.paragraphs if p.text.strip()), None)


def type_at_start(p, text: str) -> None:
    n = p.auto_number_len
    p.text = p.text[:n] + text + p.text[n:]
    for s in p.spans:
        s.start += len(text) if s.start >= n else 0
        s.end += len(text) if s.end > n else 0


def core_fields(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        if CORE not in z.namelist():
            return {}
        root = etree.fromstring(z.read(CORE))
    return {etree.QName(el).localname: el.text or "" for el in root}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_edit_changes_nothing(path, tmp_path):
    docx_diff, _ = tools()
    out = save(opened(path), tmp_path, path.name)
    d = docx_diff.diff(str(path), str(out))
    assert (d["lost"], d["added"], d["changed"]) == ([], [], [])
    before, after = core_fields(path), core_fields(out)
    if before:
        changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        assert changed <= {"modified", "lastModifiedBy"}
        assert after["lastModifiedBy"] == "审校员"
        assert after.get("creator") == before.get("creator")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_one_character_typed_changes_one_paragraph(path, tmp_path):
    docx_diff, _ = tools()
    doc = opened(path)
    p = first_body_paragraph(doc)
    if p is None:
        pytest.skip(f"{path.name} has no text to type into")
    type_at_start(p, "审")
    out = save(doc, tmp_path, path.name)
    d = docx_diff.diff(str(path), str(out))
    assert (d["lost"], d["added"], d["changed"]) == ([], [], ["word/document.xml"])
    assert isinstance(d["paragraphs"], list) and len(d["paragraphs"]) == 1
    change = d["paragraphs"][0]
    assert change["new"] == "审" + change["old"]
    again = read_document(out)
    assert again.texts == doc.texts


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_comment_added_touches_only_comment_parts_and_its_paragraph(path, tmp_path):
    docx_diff, _ = tools()
    doc = opened(path)
    p = first_body_paragraph(doc)
    if p is None:
        pytest.skip(f"{path.name} has no text to comment on")
    end = min(len(p.text), p.auto_number_len + 2)
    doc.comments.append(Comment("请核对此处", "审校员", start=Position(p.id, p.auto_number_len),
                                end=Position(p.id, end), date="2026-12-02T09:00:00Z"))  # fmt: skip
    out = save(doc, tmp_path, path.name)
    d = docx_diff.diff(str(path), str(out))
    assert d["lost"] == []
    allowed = {"word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels",
               "[Content_Types].xml", "word/commentsExtended.xml"}  # fmt: skip
    assert set(d["added"] + d["changed"]) <= allowed
    assert "word/document.xml" in d["changed"]
    if isinstance(d["paragraphs"], list):
        assert len(d["paragraphs"]) == 1
        assert d["paragraphs"][0]["new"] == d["paragraphs"][0]["old"]  # text unchanged
    again = read_document(out)
    mine = [c for c in again.comments if c.text == "请核对此处"]
    assert len(mine) == 1 and mine[0].start is not None
    assert len(again.comments) == len(doc.comments)
    anchored = again.paragraphs[doc.paragraphs.index(p)]
    assert (mine[0].start.paragraph_id, mine[0].start.offset) == (anchored.id, p.auto_number_len)
    assert mine[0].end.offset == end


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_edits_add_no_validation_issue(path, tmp_path):
    """Typing, bolding a word, a new paragraph and a comment: the saved file has no issue
    (schema, Office model, package, comments) that the original did not have."""
    _, validate = tools()
    doc = opened(path)
    p = first_body_paragraph(doc)
    if p is None:
        pytest.skip(f"{path.name} has no text to edit")
    type_at_start(p, "审校")
    n = p.auto_number_len
    p.spans.append(Span(n, n + 2, bold=True))
    k = doc.paragraphs.index(p)
    from app.model import Paragraph

    doc.paragraphs.insert(k + 1, Paragraph("新增的一段。", cell=p.cell))
    doc.comments.append(
        Comment("意见", "审校员", start=Position(p.id, n), end=Position(p.id, n + 2))
    )
    out = save(doc, tmp_path, path.name)

    def issues(f: Path) -> set[tuple[str, str, str]]:
        res = validate.check_file(str(f))
        return {(i["check"], i["part"], i["msg"]) for i in res["issues"] if i["sev"] != "INFO"}

    assert issues(out) - issues(path) == set()
    again = read_document(out)
    assert again.paragraphs[k].text == p.text
    assert again.paragraphs[k + 1].text == "新增的一段。"
    assert any(s.bold and s.start == n and s.end >= n + 2 for s in again.paragraphs[k].spans)
