"""The text-keyed caches do not keep every version of a long paragraph the user types in."""

from __future__ import annotations

from app import textcache
from app.incremental import IncrementalAnalyzer
from app.lexicon import segments
from app.model import Document
from app.outline.markers import find_marker


def test_typing_in_a_long_paragraph_keeps_a_bounded_number_of_its_versions() -> None:
    textcache.clear_text_caches()
    long = "各部门要认真落实工作要求，切实加强组织领导。" * (textcache.LONG // 20 + 1)
    doc = Document.from_lines(["关于加强管理工作的通知", "一、工作要求", long])
    live = IncrementalAnalyzer()
    live.analyze(doc)
    p = doc.paragraphs[2]
    for k in range(3 * textcache.LONG_VERSIONS):  # a pause after every few keys
        p.text = p.text[:100] + str(k % 10) + p.text[100:]
        live.update(doc, [p.id])
    # every cache keeps at most the versions since it was last emptied, plus the short texts
    assert segments.cache_info().currsize <= textcache.LONG_VERSIONS + 2
    assert find_marker.cache_info().currsize <= textcache.LONG_VERSIONS + 2


def test_short_paragraphs_never_empty_the_caches() -> None:
    textcache.clear_text_caches()
    doc = Document.from_lines(["关于加强管理工作的通知", "一、工作要求", "各部门要认真落实。"])
    live = IncrementalAnalyzer()
    live.analyze(doc)
    p = doc.paragraphs[2]
    before = find_marker.cache_info()
    for k in range(200):
        p.text = f"各部门要认真落实{k}。"
        live.update(doc, [p.id])
    after = find_marker.cache_info()
    assert after.currsize >= before.currsize + 200  # every version still cached
