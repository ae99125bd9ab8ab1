"""Revisions of a document with no Word package behind it (a .txt revised with 修订 on): kept in
the model, resolved there, and written by the Word export with their reviewer and time."""

from __future__ import annotations

import zipfile

from lxml import etree

from app import revisions as rv
from app import revisions_resolve as rvr
from app.model import Document
from app.writers.docx import write_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def revised() -> Document:
    doc = Document.from_lines(["关于开展安全检查的通知", "各部门：现将有关事项通知如下。"])
    q = doc.paragraphs[1]
    rv.track_insert(doc, q.id, 0, "请", "王审校", "2026-12-02T09:00:00Z")
    rv.track_delete(doc, q.id, 5, 7, "王审校", "2026-12-02T09:00:01Z")
    return doc


def test_recorded_in_the_model():
    doc = revised()
    q = doc.paragraphs[1]
    assert q.text == "请各部门：有关事项通知如下。"
    assert [(r.kind, r.start, r.end, r.text) for r in q.revisions] == [
        ("ins", 0, 1, ""), ("del", 5, 5, "现将")]  # fmt: skip


def test_own_insertion_deleted_is_gone():
    doc = revised()
    q = doc.paragraphs[1]
    rv.track_delete(doc, q.id, 0, 1, "王审校")
    assert q.text == "各部门：有关事项通知如下。"
    assert [(r.kind, r.text) for r in q.revisions] == [("del", "现将")]


def test_reject_all_gives_the_original_and_undo_the_revised():
    doc = revised()
    undo = rvr.resolve_all(doc, accept=False)
    assert doc.paragraphs[1].text == "各部门：现将有关事项通知如下。"
    assert not rv.has_revisions(doc)
    undo.restore()
    assert doc.paragraphs[1].text == "请各部门：有关事项通知如下。"
    assert len(doc.paragraphs[1].revisions) == 2
    rvr.resolve_all(doc, accept=True)
    assert doc.paragraphs[1].text == "请各部门：有关事项通知如下。"
    assert not rv.has_revisions(doc)


def test_word_export_writes_them_with_the_reviewer(tmp_path):
    out = tmp_path / "out.docx"
    write_docx(revised(), out, author="导出人")
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    ins = list(root.iter(W + "ins"))
    dele = list(root.iter(W + "del"))
    assert ["".join(t.text for t in e.iter(W + "t")) for e in ins] == ["请"]
    assert ["".join(t.text for t in e.iter(W + "delText")) for e in dele] == ["现将"]
    assert {e.get(W + "author") for e in ins + dele} == {"王审校"}
    assert ins[0].get(W + "date") == "2026-12-02T09:00:00Z"


def test_recovery_data_keeps_revisions_and_the_switch():
    from app.storage.serialize import from_json, to_json

    doc = revised()
    doc.track_revisions = True
    back = from_json(to_json(doc))
    assert back.track_revisions is True
    assert [(r.kind, r.author, r.date, r.start, r.end, r.text)
            for r in back.paragraphs[1].revisions] == [
        ("ins", "王审校", "2026-12-02T09:00:00Z", 0, 1, ""),
        ("del", "王审校", "2026-12-02T09:00:01Z", 5, 5, "现将"),
    ]  # fmt: skip
