"""The keystroke path of recording (typing and deleting inside one's own insertion, changed in
place) against the general path and against the text: the same keys give the same text, marks
and formatting either way, and the saved XML accepts to the typed text and rejects to the
original (walked here from the XML)."""

from __future__ import annotations

import random

import pytest
from lxml import etree

from app import revisions as rv
from app import revisions_fast
from app.docx.body_changes import spans_key
from app.readers import read_document
from tests.app.test_docx_reader import make_docx, r
from tests.app.test_revisions import document_xml, saved
from tests.app.test_revisions_move import walk

ORIGINAL = "第一段加粗文字结尾"


def keys(seed: int) -> list[tuple[str, int, str]]:
    """A reviewer's keys: insertions at random places of a growing text, and deletions."""
    rng = random.Random(seed)
    out: list[tuple[str, int, str]] = []
    text = ORIGINAL
    for _ in range(60):
        if rng.random() < 0.7 or len(text) < 3:
            at = rng.randrange(len(text) + 1)
            ch = rng.choice("甲乙丙丁ab")
            out.append(("ins", at, ch))
            text = text[:at] + ch + text[at:]
        else:
            at = rng.randrange(len(text))
            out.append(("del", at, text[at]))
            text = text[:at] + text[at + 1 :]
    return out


def typed(tmp_path, seed: int, fast: bool, monkeypatch):
    if not fast:
        monkeypatch.setattr(revisions_fast, "fast_insert", lambda *a: False)
        monkeypatch.setattr(revisions_fast, "fast_delete", lambda *a: False)
    body = "<w:p>" + r("第一段") + r("加粗", "<w:b/>") + r("文字结尾") + "</w:p>"
    path = make_docx(tmp_path, body, name=f"{fast}.docx")
    doc = read_document(path)
    p = doc.paragraphs[0]
    text = ORIGINAL
    for kind, at, ch in keys(seed):
        if kind == "ins":
            rv.insert_into(doc, p, at, ch, "王审校", "2026-12-02T10:00:00Z")
            text = text[:at] + ch + text[at:]
        else:
            rv.delete_from(doc, p, at, at + 1, "王审校", "2026-12-02T10:00:00Z")
            text = text[:at] + text[at + 1 :]
        assert p.text == text
    out = saved(doc, tmp_path, f"out-{fast}.docx")
    marks = [(x.kind, x.start, x.end, x.text) for x in p.revisions]
    return text, marks, spans_key(p), document_xml(out)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fast_and_general_paths_agree(tmp_path, monkeypatch, seed):
    with monkeypatch.context() as m:
        slow = typed(tmp_path, seed, False, m)
    fast = typed(tmp_path, seed, True, monkeypatch)
    assert fast[:3] == slow[:3]
    assert walk(fast[3], accept=True) == [fast[0]]
    assert walk(fast[3], accept=False) == [ORIGINAL]
    bold = etree.fromstring(fast[3]).iter("{http://schemas.openxmlformats.org/"
                                          "wordprocessingml/2006/main}b")  # fmt: skip
    assert next(bold, None) is not None  # the bold run kept its formatting
