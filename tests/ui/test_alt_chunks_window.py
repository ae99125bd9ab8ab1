"""The window shows what an altChunk holds (Word merges it into the body on opening): the side
dock lists it, marked 嵌入块 ("Embedded chunk": the tests run in English) with its format and
place, with its text; its 的的 is flagged."""

from __future__ import annotations

from pathlib import Path

from app.readers import read_document

CHUNKS = Path(__file__).resolve().parents[1] / "data" / "objects" / "ob03_altchunks.docx"


def test_side_dock_lists_each_chunk_with_its_text(window, qtbot):
    doc = read_document(str(CHUNKS))
    window.load_document(doc, str(CHUNKS))
    assert window.side_parts.isVisible()
    items = [window.side_parts.list.topLevelItem(k)
             for k in range(window.side_parts.list.topLevelItemCount())]  # fmt: skip
    rows = {item.text(0): item.text(1) for item in items}
    assert "二是抓好的的落实。" in rows["Embedded chunk 1 (HTML, after paragraph 1)"]
    assert "嵌入文档里的一段话。" in rows["Embedded chunk 4 (Word, after paragraph 2)"]
    qtbot.waitUntil(lambda: bool(window.side_parts.findings), timeout=15000)
    html = next(item for item in items if item.text(0).startswith("Embedded chunk 1"))
    assert any("的的" in html.child(k).text(1) for k in range(html.childCount()))
