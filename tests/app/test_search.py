"""Search over a report's paragraphs without Qt (app/search.py, shown by ui/search_pane.py)."""

from __future__ import annotations

import pytest

from app.search import Hit, PatternError, compile_pattern, context_html, find_hits


def test_hits_stay_inside_a_paragraph_and_are_counted_in_characters():
    texts = ["加强党建工作", "工作", "党建"]
    hits = find_hits(texts, compile_pattern("党建工作", regex=False, match_case=True))
    assert hits == [Hit(0, 2, 6)]  # "党建" ending paragraph 2 and "工作" starting 1 are no hit
    assert find_hits(["建工", "作"], compile_pattern("建工作", False, True)) == []


def test_plain_text_is_literal_and_case_follows_the_option():
    texts = ["GDP增长6.5%（gdp）"]
    assert len(find_hits(texts, compile_pattern("6.5%", False, True))) == 1
    assert find_hits(texts, compile_pattern("6.5.", False, True)) == []  # "." is not a wildcard
    assert len(find_hits(texts, compile_pattern("GDP", False, match_case=True))) == 1
    assert len(find_hits(texts, compile_pattern("GDP", False, match_case=False))) == 2


def test_a_pattern_that_matches_nothing_visible_gives_no_hits():
    assert find_hits(["一二三"], compile_pattern("x*", regex=True, match_case=True)) == []


def test_a_broken_expression_says_where():
    with pytest.raises(PatternError) as caught:
        compile_pattern("工作(", regex=True, match_case=True)
    assert caught.value.position == 2


def test_context_is_escaped_and_cut_with_an_ellipsis():
    text = "前" * 20 + "<b>标题</b>" + "后" * 20
    start = text.index("<b>")
    html = context_html(text, Hit(0, start, start + len("<b>标题</b>")))
    assert html.startswith("…") and html.endswith("…")
    assert "&lt;b&gt;标题&lt;/b&gt;" in html and "<b>标题</b>" not in html
    assert html.count("前") == 14 and html.count("后") == 14
