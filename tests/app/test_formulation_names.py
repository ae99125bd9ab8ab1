"""A numbered formulation's quoted name with one character typed wrong (formulation/wording,
app/rules/formulation_names.py): found with its fix when the wrong character sounds or looks
like the right one; other quoted phrases of the same shape stay. Sentences are our own."""

from __future__ import annotations

import pytest

from app.engine import analyze
from app.fixes import apply_fixes
from app.model import Document

TITLE = "关于2026年党建工作情况的报告"


def found(sentence: str) -> list:
    doc = Document.from_lines([TITLE, sentence])
    return [f for f in analyze(doc, ["formulation"]).findings if f.index == 1]


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("全体党员要增强“四个意思”，提高政治站位。", "四个意思", "四个意识"),  # shí/si: fuzzy
    ("引导干部坚定“四个自性”，筑牢思想根基。", "四个自性", "四个自信"),  # xìng/xìn: fuzzy
    ("以实际行动做到“两个唯护”。", "两个唯护", "两个维护"),  # the same syllable
    ("深刻领悟“两个确力”的决定性意义。", "两个确力", "两个确立"),
    ("协调推进“四个全免”战略布局。", "四个全免", "四个全面"),
    ("坚定“四个自信”，做到“二个维护”。", "二个维护", "两个维护"),  # 两 before a measure word
    ("坚持“二个毫不动摇”。", "二个毫不动摇", "两个毫不动摇"),
])
def test_a_quoted_name_with_a_slip_is_named_and_fixed(sentence, wrong, right):
    hits = [f for f in found(sentence) if f.rule == "formulation/wording"]
    assert [sentence[f.start:f.end] for f in hits] == [wrong]
    assert f"规范提法为“{right}”" in hits[0].message
    fixed, _ = apply_fixes([TITLE, sentence], [hits[0].fix])
    assert fixed[1] == sentence.replace(wrong, right)


@pytest.mark.parametrize("sentence", [
    "县里出台了“四个意见”，规范村级事务。",  # 见 sounds and looks like no 识
    "开展“四个一批”行动。",  # a local slogan of another shape
    "落实“四项意识”教育。",  # the counting word differs: not this check's slip
    "要增强“四个意识”、坚定“四个自信”、做到“两个维护”。",  # right
    "他表达了四个意思。",  # unquoted: an ordinary phrase
    "实现“二个翻番”目标。",  # a local slogan no listed name reads
])
def test_other_quoted_phrases_stay(sentence):
    assert [f for f in found(sentence) if f.rule == "formulation/wording"] == []
