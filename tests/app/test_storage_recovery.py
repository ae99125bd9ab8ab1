"""Recovery files: the Document survives as JSON; crashed sessions are offered, live ones not."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import signal
import subprocess
import sys
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ReadError, WriteError
from app.model import (
    OBJECT_CHAR,
    CellRef,
    Comment,
    Document,
    InlineObject,
    Paragraph,
    ParaLook,
    Position,
    Revision,
    Role,
    RunLook,
    SidePart,
    Span,
    Table,
    TableCell,
)
from app.storage.recovery import RecoveryStore, new_doc_key
from app.storage.serialize import (
    CHUNK_PARAGRAPHS,
    from_json,
    json_chunks,
    to_json,
    to_json_parts,
)
from tests.conftest import ROOT


def sample_doc() -> Document:
    ps = [
        Paragraph("关于做好安全生产工作的通知", role=Role.TITLE, role_fixed=True),
        Paragraph("一、总体要求", role=Role.HEADING_1, auto_number_len=2),
        Paragraph("坚持安全第一。", role=Role.BODY, spans=[Span(0, 2, bold=True, underline=True)]),
        Paragraph("", role=None),
    ]
    table = Table(2, 2, [TableCell(0, 0, col_span=2), TableCell(1, 0), TableCell(1, 1)])
    picture = InlineObject("image", "图片", image=b"\x89PNG\r\n", width_pt=72.0, height_pt=36.5)
    ps += [
        Paragraph("", virtual=True),
        Paragraph(f"合计{OBJECT_CHAR}", cell=CellRef(table.id, 0, 0), objects=[picture]),
        Paragraph("甲", cell=CellRef(table.id, 1, 0)),
        Paragraph("乙", cell=CellRef(table.id, 1, 1)),
    ]
    top = Comment(
        "请核实", "张三", "ZS", "2026-11-25T09:30:00Z", Position(ps[2].id, 0), Position(ps[2].id, 4)
    )
    reply = Comment("已核实", "李四", parent_id=top.id, resolved=True, rule="count")
    return Document(
        paragraphs=ps,
        comments=[top, reply],
        path="/srv/公文/通知.docx",
        source_format="docx",
        properties={"title": "通知", "author": "办公室"},
        tables={table.id: table},
        side_parts=[SidePart("footer", "页脚（第1节）", ["— 1 —"])],
    )


# --- serialize -------------------------------------------------------------------------------


def test_round_trip_keeps_every_field():
    doc = sample_doc()
    data = json.loads(json.dumps(to_json(doc), ensure_ascii=False))
    assert from_json(data, keep_ids=True) == doc


def test_round_trip_keeps_tables_objects_side_parts_and_text_source(tmp_path):
    """What the lossless readers add (app.model contract) survives an autosave: a table and its
    cells, inline objects with their picture bytes, side parts, and a text file's encoding."""
    from app.model import CellRef, InlineObject, SidePart, Table, TableCell
    from app.readers.text import parse_text

    doc = parse_text("标题\r\n一、总体\x0c情况\r\n".encode("gbk"))
    table = Table(rows=1, cols=2, cells=[TableCell(0, 0), TableCell(0, 1, col_span=1)])
    doc.tables[table.id] = table
    doc.paragraphs.append(Paragraph("单元格", cell=CellRef(table.id, 0, 1)))
    doc.paragraphs.append(Paragraph("", virtual=True))
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    doc.paragraphs[0].text += "\ufffc"
    doc.paragraphs[0].objects.append(InlineObject("image", "图片", image=png, width_pt=72.0))
    doc.side_parts.append(SidePart("footer", "页脚", ["第 1 页"]))
    data = json.loads(json.dumps(to_json(doc), ensure_ascii=False))
    same = from_json(data, keep_ids=True)
    assert same.paragraphs == doc.paragraphs and same.tables == doc.tables
    assert same.side_parts == doc.side_parts
    assert same.source.codec == "gbk" and same.source.lines == doc.source.lines
    fresh = from_json(data)  # new ids: the cell points at the renewed table
    [new_table] = fresh.tables.values()
    assert new_table.id != table.id and fresh.paragraphs[2].cell == CellRef(new_table.id, 0, 1)
    assert fresh.paragraphs[0].objects[0].image == png


def test_every_model_field_is_serialised():
    """Fails when app.model gains a field that serialize.py does not write yet."""
    data = to_json(sample_doc())
    names = {f.name for f in dataclasses.fields(Document)}
    assert names == set(data) - {"format"}
    assert {f.name for f in dataclasses.fields(Paragraph)} == set(data["paragraphs"][0])
    assert {f.name for f in dataclasses.fields(Comment)} == set(data["comments"][0])
    assert len(dataclasses.fields(Span)) == len(data["paragraphs"][2]["spans"][0])
    assert len(dataclasses.fields(Position)) == len(data["comments"][0]["start"])


def test_fresh_ids_remap_anchors_and_replies():
    doc = sample_doc()
    new = from_json(to_json(doc))
    assert {p.id for p in new.paragraphs}.isdisjoint(p.id for p in doc.paragraphs)
    top, reply = new.comments
    assert top.start == Position(new.paragraphs[2].id, 0) and top.end.offset == 4
    assert reply.parent_id == top.id and reply.start is None
    assert new.texts == doc.texts and new.paragraphs[2].spans == doc.paragraphs[2].spans
    (table,) = new.tables.values()
    assert table.id not in doc.tables and new.paragraphs[5].cell == CellRef(table.id, 0, 0)
    assert new.paragraphs[5].objects == doc.paragraphs[5].objects and new.paragraphs[4].virtual


def test_dangling_anchor_dropped_with_fresh_ids_and_unknown_role_forgotten():
    data = to_json(sample_doc())
    data["comments"][0]["start"] = [123456789, 0]
    data["comments"][1]["parent_id"] = 987654321
    data["paragraphs"][0]["role"] = "future-role"
    doc = from_json(data)
    assert doc.comments[0].start is None and doc.comments[1].parent_id is None
    assert doc.paragraphs[0].role is None and not doc.paragraphs[0].role_fixed


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.pop("paragraphs"),
        lambda d: d["paragraphs"][0].update(text=5),
        lambda d: d["paragraphs"][2].update(spans=[[0, 1]]),
        lambda d: d.update(properties=[1]),
        lambda d: d["comments"][0].update(start="x"),
    ],
)
def test_corrupt_data_is_a_read_error(mutate):
    data = to_json(sample_doc())
    mutate(data)
    with pytest.raises(ReadError, match="恢复数据已损坏"):
        from_json(data)


def test_newer_format_refused():
    with pytest.raises(ReadError, match="更新版本"):
        from_json({**to_json(sample_doc()), "format": 99})


texts = st.text(max_size=30)
spans = st.builds(Span, st.integers(0, 30), st.integers(0, 30), st.booleans(), st.booleans())
paragraphs = st.builds(
    Paragraph,
    text=texts,
    role=st.none() | st.sampled_from(list(Role)),
    role_fixed=st.booleans(),
    spans=st.lists(spans, max_size=3),
    auto_number_len=st.integers(0, 5),
)


@settings(max_examples=60, deadline=None)
@given(ps=st.lists(paragraphs, max_size=8), props=st.dictionaries(texts, texts, max_size=3))
def test_round_trip_property(ps, props):
    comments = [Comment(p.text, "审核人", start=Position(p.id, 0)) for p in ps[:3]]
    doc = Document(ps, comments, path=None, source_format="txt", properties=props)
    assert from_json(json.loads(json.dumps(to_json(doc))), keep_ids=True) == doc
    whole = json.dumps(to_json(doc), ensure_ascii=False, separators=(",", ":"))
    for batch in (1, 2, 3):  # the autosave's pieces, joined, are the same text
        assert "".join(json_chunks(*to_json_parts(doc), batch=batch)) == whole


# --- recovery store --------------------------------------------------------------------------


def test_autosave_is_not_offered_while_its_session_lives(data_dir):
    store = RecoveryStore()
    key = new_doc_key()
    store.save(key, sample_doc(), "/srv/公文/通知.docx")
    assert store.list_pending() == []
    assert RecoveryStore().list_pending() == []  # another instance: the session is alive
    store.discard(key)
    assert list((data_dir / "recovery").iterdir()) == []


def test_crashed_session_offered_declined_kept_then_restored_and_discarded(data_dir):
    crashed = RecoveryStore()
    doc = sample_doc()
    doc.paragraphs.append(Paragraph("未保存的新段落\ud800"))  # a lone surrogate survives too
    crashed.save("k1", doc, doc.path)
    crashed.close()  # what the kernel does when the process dies

    later = RecoveryStore()
    (entry,) = later.list_pending()
    assert entry.key == "k1" and entry.title == "通知.docx"
    real = [p for p in doc.paragraphs if not p.virtual]  # the block Qt needs is no paragraph
    assert entry.original_path == "/srv/公文/通知.docx" and entry.paragraph_count == len(real)
    assert entry.preview == ("关于做好安全生产工作的通知", "一、总体要求", "坚持安全第一。")

    assert RecoveryStore().list_pending() == [entry]  # declined ("later"): still there
    restored = later.load(entry)
    assert restored.texts == doc.texts and restored.path == doc.path
    assert RecoveryStore().list_pending() == []  # claimed by `later`, which is alive
    later.save(entry.key, restored, restored.path)  # autosaving goes on under the same key
    later.discard(entry)  # the user saved it
    assert RecoveryStore().list_pending() == []


def test_corrupt_recovery_file_is_a_read_error(data_dir):
    store = RecoveryStore()
    entry = store.save("k2", sample_doc(), None)
    store.close()
    data = entry.file.read_bytes()
    entry.file.write_bytes(data[:-50] + b"x" * 49 + b"\n")
    (pending,) = RecoveryStore().list_pending()
    assert pending.title == "未命名文档"
    with pytest.raises(ReadError, match=r"^恢复文件已损坏：未命名文档$"):
        RecoveryStore().load(pending)
    assert entry.file.exists()  # never deleted behind the user's back


def test_never_written_over_the_original(data_dir):
    store = RecoveryStore()
    target = store.file_for("k3")
    with pytest.raises(WriteError, match="不能写在原文件上"):
        store.save("k3", sample_doc(), target)
    with pytest.raises(ValueError):
        store.file_for("../escape")


def test_autosave_failure_is_one_chinese_line(data_dir, monkeypatch):
    def full(fd):
        raise OSError(28, "No space left on device")

    store = RecoveryStore()
    store.save("k4", Document.from_lines(["第一版"]), None)
    with (
        monkeypatch.context() as patch,
        pytest.raises(WriteError, match=r"^自动保存失败（磁盘已满）：未命名文档$"),
    ):
        patch.setattr(os, "fsync", full)
        store.save("k4", Document.from_lines(["第二版"]), None)
    store.close()
    (entry,) = RecoveryStore().list_pending()
    assert RecoveryStore().load(entry).texts == ["第一版"]  # the previous autosave is intact


AUTOSAVE_AND_WAIT = """
import sys
sys.path.insert(0, {root!r})
from app.model import Document
from app.storage.recovery import RecoveryStore
store = RecoveryStore({data!r})
store.save("child", Document.from_lines(["子进程的草稿"]), None)
print("saved", flush=True)
sys.stdin.read()
"""


def test_killed_process_is_offered_live_one_is_not(data_dir):
    code = AUTOSAVE_AND_WAIT.format(root=str(ROOT), data=str(data_dir))
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline().strip() == "saved"
        assert RecoveryStore().list_pending() == []
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        (entry,) = RecoveryStore().list_pending()
        assert entry.pid == child.pid
        assert RecoveryStore().load(entry).texts == ["子进程的草稿"]
        assert list((data_dir / "sessions").iterdir()) != []  # ours (from load's claim)
    finally:
        child.kill()
        child.wait()


def test_snapshot_is_independent_of_later_edits(data_dir):
    """The UI snapshots in the GUI thread and writes in a worker while the user types on."""
    import threading

    store = RecoveryStore()
    doc = sample_doc()
    snap = store.snapshot("k5", doc, doc.path)
    doc.paragraphs[0].text = "改过的标题"
    doc.paragraphs[2].spans[0].bold = False
    doc.paragraphs[2].spans.append(Span(4, 6, italic=True))
    doc.paragraphs[5].objects[0].label = "改过的图片"
    doc.properties["title"] = "改过"
    worker = threading.Thread(target=store.write, args=(snap,))
    worker.start()
    worker.join()
    store.close()
    (entry,) = RecoveryStore().list_pending()
    restored = RecoveryStore().load(entry, claim=False)
    assert restored.paragraphs[0].text == "关于做好安全生产工作的通知"
    assert restored.paragraphs[2].spans[0].bold and restored.properties["title"] == "通知"
    assert len(restored.paragraphs[2].spans) == 1
    assert restored.paragraphs[5].objects[0].label == "图片"


def rich_doc(extra: int) -> Document:
    """sample_doc with a tracked change, a Word look, a lone surrogate and ``extra`` more
    paragraphs (past the autosave's batches of paragraphs)."""
    doc = sample_doc()
    doc.paragraphs[2].revisions = [Revision("ins", "张三", "2026-11-25T09:30:00Z", 0, 2, "坚持")]
    doc.paragraphs[1].look = ParaLook(align="center", first_chars=2.0,
                                      runs=((0, 2, RunLook(color="#FF0000", bold=True)),),
                                      text="一、")  # fmt: skip
    doc.paragraphs += [Paragraph(f"第{i}段：安全生产\ud800", role=Role.BODY) for i in range(extra)]
    return doc


@pytest.mark.parametrize("extra", [0, 2 * CHUNK_PARAGRAPHS + 3])
def test_recovery_file_is_the_document_json_and_recovers(data_dir, extra):
    """The document line is exactly json.dumps of the document's JSON (the recovery format
    since it exists), its checksum is in the header, and it loads back to the same document."""
    doc = rich_doc(extra)
    store = RecoveryStore()
    entry = store.save("k6", doc, doc.path)
    store.close()
    head, _, body = entry.file.read_bytes().partition(b"\n")
    text = json.dumps(to_json(doc), ensure_ascii=False, separators=(",", ":"))
    assert body == text.encode("utf-8", "surrogatepass") + b"\n"
    assert json.loads(head)["doc_sha256"] == hashlib.sha256(body[:-1]).hexdigest()
    (pending,) = RecoveryStore().list_pending()
    assert RecoveryStore().load(pending).texts == doc.texts
    assert to_json(from_json(json.loads(body), keep_ids=True)) == to_json(doc)  # every field


def test_autosave_of_a_long_report_never_holds_its_json_whole(data_dir):
    """Issue 15: an autosave every 30 s of a long report must not build its JSON as one text
    (with its UTF-8 and the file's bytes: ~3× the file) nor a dict a paragraph in the GUI
    thread: their short-lived pieces fragment the window's heap (docs/benchmarks.md, mem12)."""
    doc = Document.from_lines([f"第{i}段：关于做好安全生产工作的通知。" * 4 for i in range(3000)])
    store = RecoveryStore()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        snap = store.snapshot("k7", doc, None)
        held = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        entry = store.write(snap)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    store.close()
    size = entry.file.stat().st_size
    assert held < size / 2  # records sharing the paragraphs' texts (dicts: more than the file)
    assert peak < 2 * size  # the file's bytes in pieces and one batch (whole: > 3× the file)
    assert RecoveryStore().load(RecoveryStore().list_pending()[0]).texts == doc.texts
