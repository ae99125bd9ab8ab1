"""The lossless save on Word constructs ../shared/realdocx does not have (tests/data/wordcraft,
written by make_wordcraft.py: content controls, fields, bookmarks, wrappers, math, ruby, symbols,
drop caps, text boxes, charts, OLE, altChunk, sections, merged and nested tables, notes in links,
comments across tables, moves, mark revisions, custom properties, WPS custom data).

No edit changes nothing; a character typed in any paragraph changes that paragraph only; edits
add no validation issue; the GB/T export is valid. Compared by ../shared/ooxml (skipped without).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.engine import analyze
from app.model import Paragraph
from app.readers import read_document
from app.storage import save_document
from app.writers.docx import write_docx

DATA = Path(__file__).resolve().parents[1] / "data" / "wordcraft"
OOXML = Path(__file__).resolve().parents[3] / "shared" / "ooxml"
FILES = sorted(DATA.glob("*.docx"))
pytestmark = pytest.mark.skipif(not (OOXML / "docx_diff.py").is_file(),
                                reason="../shared/ooxml is absent")  # fmt: skip


def tools():
    sys.path.insert(0, str(OOXML))
    import docx_diff
    import validate

    return docx_diff, validate


def errors(validate, path: Path) -> set[tuple[str, str, str]]:
    res = validate.check_file(str(path))
    return {(i["check"], i["part"], i["msg"]) for i in res["issues"] if i["sev"] == "ERROR"}


def save(doc, tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    save_document(doc, out, author="审校员", backup=False, data_dir=tmp_path / "data")
    return out


def test_the_files_are_there():
    assert len(FILES) == 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_edit_changes_nothing(path, tmp_path):
    docx_diff, _ = tools()
    d = docx_diff.diff(str(path), str(save(read_document(path), tmp_path, path.name)))
    assert (d["lost"], d["added"], d["changed"]) == ([], [], [])


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_typing_in_any_paragraph_changes_that_paragraph_only(path, tmp_path):
    docx_diff, _ = tools()
    count = len(read_document(path).paragraphs)
    for k in range(count):
        doc = read_document(path)
        p = doc.paragraphs[k]
        n = p.auto_number_len
        p.text = p.text[:n] + "审" + p.text[n:]
        for s in p.spans:
            s.start += 1 if s.start >= n else 0
            s.end += 1 if s.end > n else 0
        out = save(doc, tmp_path, f"{k}.docx")
        d = docx_diff.diff(str(path), str(out))
        assert (d["lost"], d["added"], d["changed"]) == ([], [], ["word/document.xml"]), k
        assert isinstance(d["paragraphs"], list) and len(d["paragraphs"]) == 1, k
        assert "审" in d["paragraphs"][0]["new"] and "审" not in d["paragraphs"][0]["old"]
        assert read_document(out).texts == doc.texts, k


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_edits_add_no_validation_error(path, tmp_path):
    _, validate = tools()
    doc = read_document(path)
    for p in doc.paragraphs:  # a character in the middle of every paragraph
        if p.text:
            mid = len(p.text) // 2
            p.text = p.text[:mid] + "改" + p.text[mid:]
            for s in p.spans:
                s.start += 1 if s.start >= mid else 0
                s.end += 1 if s.end > mid else 0
    doc.paragraphs.insert(1, Paragraph("新增的一段。"))
    out = save(doc, tmp_path, path.name)
    assert errors(validate, out) - errors(validate, path) == set()
    assert read_document(out).texts == doc.texts


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_export_is_valid(path, tmp_path):
    _, validate = tools()
    doc = read_document(path)
    out = tmp_path / path.name
    write_docx(doc, out, analysis=analyze(doc))
    # The export carries the file's text boxes, charts and OLE objects over as Word wrote them
    # (fidelity22); validate.py's strict MCE check flags wps elements inside mc:Choice in the
    # original too. The rule for a file made from someone else's: nothing new.
    assert errors(validate, out) - errors(validate, path) == set()
