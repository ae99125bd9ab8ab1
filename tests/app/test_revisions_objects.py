"""Pictures and 修订: a picture taken out of a paragraph is a deletion (its w:drawing run inside
w:del), one put into a paragraph an insertion (w:ins around it) — the picture the reviewer
chose, not just any of its equal-looking neighbours. Checked against the pictures' r:embed ids
in the original XML (en09 has a paragraph of five pictures)."""

from __future__ import annotations

from lxml import etree

from app.readers import read_document
from app.revisions_record import ParagraphState, record_edit
from tests.app.docx_build import real
from tests.app.test_revisions import document_xml, saved, validate_issues

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
A_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"


def embeds(el) -> list[str]:
    return [b.get(R_EMBED) for b in el.iter(A_BLIP)]


def test_a_picture_moved_with_tracking_is_deleted_there_and_inserted_here(tmp_path):
    path = real("en09_poi_VariousPictures.docx")
    original = etree.fromstring(document_xml(path))
    doc = read_document(path)
    k, p = next((k, q) for k, q in enumerate(doc.paragraphs) if q.text.count("\ufffc") >= 3)
    pictures = embeds(list(original.iter(W + "p"))[k])
    second = pictures[1]
    assert pictures.count(second) == 1  # (so the check below can tell the pictures apart)
    before = ParagraphState.of(p)
    at = [i for i, ch in enumerate(p.text) if ch == "\ufffc"][1]
    p.text, p.objects = p.text[:at] + p.text[at + 1 :], p.objects[:1] + p.objects[2:]
    assert record_edit(doc, p, before, "王审校")
    target = next(q for q in doc.paragraphs if q.text and "\ufffc" not in q.text and not q.cell)
    b2 = ParagraphState.of(target)
    target.text, target.objects = target.text + "\ufffc", [*target.objects, before.objects[1]]
    assert record_edit(doc, target, b2, "王审校")
    out = saved(doc, tmp_path)
    root = etree.fromstring(document_xml(out))
    deleted = [e for e in root.iter(W + "del") if e.find(f"{W}r/{W}drawing") is not None]
    inserted = [e for e in root.iter(W + "ins") if e.find(f"{W}r/{W}drawing") is not None]
    assert [embeds(e) for e in deleted] == [[second]]
    assert [embeds(e) for e in inserted] == [[second]]
    assert {e.get(W + "author") for e in deleted + inserted} == {"王审校"}
    assert validate_issues(out) <= validate_issues(path)
