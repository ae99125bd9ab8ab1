"""A Word document restored from a recovery file saves by patching its original, as before the
crash: the package is read again and its records are handed to the restored paragraphs."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime

from app.docx.recovery import NOTICE_LOST
from app.docx.save import save_docx
from app.model import Comment, Position
from app.readers.docx import read_docx
from app.storage.serialize import from_json, to_json
from tests.app.docx_build import MERGED, parts_of
from tests.app.test_docx_reader import make_docx


def crash_and_restore(doc):
    """What the autosave writes and another process reads back (fresh ids everywhere)."""
    return from_json(json.loads(json.dumps(to_json(doc), ensure_ascii=False)))


def test_a_restored_document_saves_like_the_one_before_the_crash(tmp_path):
    original = make_docx(tmp_path, MERGED)
    doc = read_docx(original)
    first, cell = doc.paragraphs[0], next(p for p in doc.paragraphs if p.cell is not None)
    first.text = "表前改过"
    cell.text += "（已核）"
    doc.comments.append(Comment("请核实", "审校员", start=Position(first.id, 0),
                                end=Position(first.id, 2)))  # fmt: skip
    before = tmp_path / "before.docx"
    now = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)  # both saves stamp the new comment alike
    save_docx(doc, before, author="审校员", now=now)

    restored = crash_and_restore(doc)
    assert restored.source is not None and "notice" not in restored.properties
    assert {p.id for p in restored.paragraphs}.isdisjoint(p.id for p in doc.paragraphs)
    after = tmp_path / "after.docx"
    save_docx(restored, after, author="审校员", now=now)
    a, b = parts_of(before), parts_of(after)
    assert a.keys() == b.keys()
    for name in a:
        if name != "docProps/core.xml":
            assert a[name] == b[name], name  # the same patch, part for part


def test_a_restored_document_with_no_edit_changes_nothing(tmp_path):
    original = make_docx(tmp_path, MERGED)
    restored = crash_and_restore(read_docx(original))
    out = tmp_path / "out.docx"
    save_docx(restored, out, author="审校员")
    a, b = parts_of(original), parts_of(out)
    assert a.keys() == b.keys()
    assert all(a[n] == b[n] for n in a if n != "docProps/core.xml")


def test_an_original_changed_since_is_not_patched_and_save_asks(tmp_path):
    original = make_docx(tmp_path, MERGED)
    doc = read_docx(original)
    data = to_json(doc)
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(make_docx(other, MERGED.replace("表前", "别处")), original)  # changed meanwhile
    restored = from_json(json.loads(json.dumps(data)))
    assert restored.source is None
    assert restored.properties["notice"] == NOTICE_LOST
    assert restored.properties["converted_from"] == str(original)
    assert restored.texts == doc.texts  # the typed text itself is all there
