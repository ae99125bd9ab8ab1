"""Tracked moves in the engine: where a move's origin stays (move_plan), the XML a recorded move
saves as (named ranges, as Word writes them; LibreOffice keeps them as revisions), and a move
from a file decided as one (en16). Expected texts come from the original XML or from the
lists built here, never from the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from app import revisions as rv
from app import revisions_move as rm
from app import revisions_resolve as rvr
from app.outline.change import Move
from app.readers import read_document
from tests.app.docx_build import real
from tests.app.test_docx_reader import make_docx, p
from tests.app.test_revisions import (
    document_xml,
    libreoffice_xml,
    needs_libreoffice,
    saved,
    texts_after,
    validate_issues,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXTS = ["一、甲", "甲文", "二、乙", "乙文", "三、丙"]


def walk(xml: bytes, accept: bool) -> list[str]:
    """Paragraph texts once every revision is accepted (rejected): moved-away/deleted text and
    paragraphs whose mark is moved away/deleted go (inserted/moved-here ones when rejecting)."""
    out: list[str] = []
    pending = ""
    for para in etree.fromstring(xml).iter(W + "p"):
        gone = (W + "del", W + "moveFrom") if accept else (W + "ins", W + "moveTo")
        pieces = []
        for t in para.iter(W + "t", W + "delText"):
            if not {a.tag for a in t.iterancestors()} & set(gone):
                pieces.append(t.text or "")
        pending += "".join(pieces)
        mark = para.find(f"{W}pPr/{W}rPr")
        if mark is not None and any(mark.find(g) is not None for g in gone):
            continue  # its mark goes: joined with the next paragraph
        out.append(pending)
        pending = ""
    return out


def test_move_plan_names_the_moved_paragraphs_and_where_they_were():
    ids = [10, 11, 12, 13, 14]
    # 12-13 before 10, then (in that order) the last paragraph to the top
    plan = rm.move_plan(ids, [Move(2, 3, 0), Move(4, 4, 0)])
    assert plan == [([12, 13], 14), ([14], None)]
    assert rm.move_plan(ids, [Move(1, 2, 2)]) == []  # inside itself: nothing moves


def moved_doc(tmp_path: Path):
    path = make_docx(tmp_path, "".join(p(t) for t in TEXTS))
    doc = read_document(path)
    ps = list(doc.paragraphs)
    (ids, anchor), = rm.move_plan([q.id for q in ps], [Move(2, 3, 0)])
    doc.paragraphs[:] = [ps[2], ps[3], ps[0], ps[1], ps[4]]  # what the editor's move does
    rm.track_move(doc, ids, anchor, "王审校", "2026-12-02T10:00:00Z")
    return path, doc


def test_a_recorded_move_saves_as_named_ranges(tmp_path):
    path, doc = moved_doc(tmp_path)
    shown = ["二、乙", "乙文", "一、甲", "甲文", "", "", "三、丙"]  # the origin: moved away
    assert [q.text for q in doc.paragraphs] == shown
    out = saved(doc, tmp_path)
    root = etree.fromstring(document_xml(out))
    body = root.find(W + "body")
    paras = body.findall(W + "p")
    first_to = paras[0].find(W + "moveToRangeStart")
    first_from = paras[4].find(W + "moveFromRangeStart")
    assert first_to.get(W + "name") == first_from.get(W + "name")
    assert paras[1].find(W + "moveToRangeEnd").get(W + "id") == first_to.get(W + "id")
    assert paras[5].find(W + "moveFromRangeEnd").get(W + "id") == first_from.get(W + "id")
    for k, tag in ((0, "moveTo"), (1, "moveTo"), (4, "moveFrom"), (5, "moveFrom")):
        assert paras[k].find(f"{W}pPr/{W}rPr/{W}{tag}") is not None  # the mark moved too
        assert paras[k].find(W + tag).get(W + "author") == "王审校"
    assert ["".join(t.text for t in paras[k].iter(W + "t")) for k in (4, 5)] == ["二、乙", "乙文"]
    assert validate_issues(out) <= validate_issues(path)
    # read back: the same final text and the same moves
    again = read_document(out)
    assert [q.text for q in again.paragraphs] == [q.text for q in doc.paragraphs]


@pytest.mark.parametrize("accept", [True, False])
def test_one_part_of_a_recorded_move_decides_all_of_it(tmp_path, accept):
    _path, doc = moved_doc(tmp_path)
    origin = doc.paragraphs[5]
    rev = next(r for r in origin.revisions if r.kind == "moveFrom")
    rvr.resolve_revision(doc, origin.id, rev.id, accept)
    want = ["二、乙", "乙文", "一、甲", "甲文", "三、丙"] if accept else TEXTS
    assert [q.text for q in doc.paragraphs] == want
    assert not rv.has_revisions(doc)
    out = saved(doc, tmp_path, "decided.docx")
    root = etree.fromstring(document_xml(out))
    assert next(root.iter(W + "moveFrom", W + "moveTo", W + "moveFromRangeStart",
                          W + "moveToRangeEnd"), None) is None  # fmt: skip
    assert texts_after(document_xml(out), accept=True) == want


@pytest.mark.parametrize("accept", [True, False])
def test_a_move_from_word_is_decided_as_one(tmp_path, accept):
    path = real("en16_pandoc_track_changes_move.docx")
    doc = read_document(path)
    target, rev = next((q, r) for q, r in rv.all_revisions(doc) if r.kind == "moveTo")
    rvr.resolve_revision(doc, target.id, rev.id, accept)
    kinds = {r.kind for _, r in rv.all_revisions(doc)}
    assert not kinds & {"moveFrom", "moveTo"}  # the other side went with it
    expected = texts_after(document_xml(path), accept)
    assert [q.text for q in doc.paragraphs] == expected
    out = saved(doc, tmp_path)
    assert validate_issues(out) <= validate_issues(path)


@needs_libreoffice
def test_libreoffice_keeps_a_recorded_move(tmp_path):
    _path, doc = moved_doc(tmp_path)
    xml = libreoffice_xml(saved(doc, tmp_path, "moved.docx"), tmp_path)
    root = etree.fromstring(xml)
    marks = [e for e in root.iter(W + "ins", W + "del", W + "moveFrom", W + "moveTo")
             if e.getparent().tag != W + "rPr"]  # fmt: skip
    assert {e.get(W + "author") for e in marks} == {"王审校"}
    moved_away = "".join(t.text or "" for e in marks if e.tag in (W + "del", W + "moveFrom")
                         for t in e.iter(W + "t", W + "delText"))  # fmt: skip
    assert "二、乙" in moved_away and "乙文" in moved_away
    assert walk(xml, accept=False) == TEXTS
    assert walk(xml, accept=True) == ["二、乙", "乙文", "一、甲", "甲文", "三、丙"]
