"""Export → import: write_docx then read_docx gives back the same report.

Same paragraph texts, the same roles (the analysis of the re-imported document equals the
analysis the file was written with; every role the file itself states is that role),
bold/italic/underline spans, and comments with their anchors, resolved status and replies.
Over the sample report, every corpus text and hypothesis-generated documents.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.engine import analyze
from app.model import Comment, Document, Paragraph, Position, Role, Span
from app.readers.docx import read_docx
from app.writers.docx import write_docx
from tests.conftest import CORPUS_FILES

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [ROOT / "resources/samples/xinfang-dangjian-2020h1.txt", *CORPUS_FILES]


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def roundtrip(doc: Document, path: Path):
    analysis = analyze(doc)
    write_docx(doc, path, analysis=analysis, keep_junk=True)
    back = read_docx(path)
    return analysis, back


def assert_roles_survive(analysis, back: Document, reanalyse: bool = True) -> None:
    """The file carries every role it was written with except BODY and BLANK (their styles say
    nothing: Word gives new paragraphs the body style); those the parser finds again."""
    if reanalyse:
        assert analyze(back).roles == analysis.roles
    for i, (p, role) in enumerate(zip(back.paragraphs, analysis.roles, strict=True)):
        if role in (Role.BODY, Role.BLANK):
            assert p.role is None, (i, p.text[:30])
        else:
            assert (p.role, p.role_fixed) == (role, True), (i, p.text[:30])


_BREAKS = re.compile("[ \n\u2028]")


def unbroken(texts: list[str], analysis) -> list[str]:
    """The texts with the title's line breaks taken out: the export breaks a long title between
    words (GB/T 9704 7.3.3) with a w:br, which comes back as a break character."""
    return [_BREAKS.sub("", t) if r is Role.TITLE else t
            for t, r in zip(texts, analysis.roles, strict=True)]  # fmt: skip


def expected_texts(doc: Document, analysis) -> list[str]:
    """Blank paragraphs are written empty (whatever whitespace they held)."""
    return [
        "" if r is Role.BLANK else p.text
        for p, r in zip(doc.paragraphs, analysis.roles, strict=True)
    ]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem[:24])
def test_corpus_roundtrip(path, tmp_path):
    doc = Document.from_lines(lines_of(path))
    analysis, back = roundtrip(doc, tmp_path / "out.docx")
    assert unbroken(back.texts, analysis) == unbroken(expected_texts(doc, analysis), analysis)
    assert_roles_survive(analysis, back)
    assert back.comments == []
    assert all(p.spans == [] and p.auto_number_len == 0 for p in back.paragraphs)


def test_sample_with_formatting_and_comments(tmp_path):
    doc = Document.from_lines(lines_of(TEXTS[0]))
    title = next(i for i, p in enumerate(doc.paragraphs) if p.text.startswith("市信访局"))
    body = next(i for i, p in enumerate(doc.paragraphs) if p.text.startswith("今年以来"))
    heading = next(i for i, p in enumerate(doc.paragraphs) if p.text.startswith("一、"))
    doc.paragraphs[body].spans = [Span(0, 4, bold=True), Span(10, 20, italic=True, underline=True)]
    pid = [p.id for p in doc.paragraphs]
    c1 = Comment("“围绕中心”提法请核对", "张三", "ZS", "2026-11-25T09:30:00Z",
                 start=Position(pid[body], 12), end=Position(pid[body], 24))  # fmt: skip
    c2 = Comment("同意", "李四", "LS", "2026-11-25T10:00:00Z", parent_id=c1.id, resolved=True)
    c3 = Comment("跨段批注\n第二行", "王五", "WW", "2026-11-26T08:00:00Z", resolved=True,
                 start=Position(pid[title], 2), end=Position(pid[heading], 3))  # fmt: skip
    doc.comments = [c1, c2, c3]
    analysis, back = roundtrip(doc, tmp_path / "sample.docx")
    assert unbroken(back.texts, analysis) == unbroken(expected_texts(doc, analysis), analysis)
    assert_roles_survive(analysis, back)
    spans = [(s.start, s.end, s.bold, s.italic, s.underline) for s in back.paragraphs[body].spans]
    assert spans == [(0, 4, True, False, False), (10, 20, False, True, True)]
    assert_comments_survive(doc, back)


def assert_comments_survive(doc: Document, back: Document) -> None:
    assert len(back.comments) == len(doc.comments)
    index = {p.id: i for i, p in enumerate(doc.paragraphs)}
    back_index = {p.id: i for i, p in enumerate(back.paragraphs)}
    pos = {c.id: k for k, c in enumerate(doc.comments)}
    back_pos = {c.id: k for k, c in enumerate(back.comments)}
    for c, b in zip(doc.comments, back.comments, strict=True):
        assert (b.text, b.author, b.initials, b.date, b.resolved) == (
            c.text, c.author, c.initials, c.date, c.resolved,
        )  # fmt: skip
        if c.parent_id is not None:
            assert back_pos[b.parent_id] == pos[c.parent_id]
            assert b.start is None and b.end is None
            continue
        assert b.parent_id is None
        if c.start is None:  # the exporter pins orphans to the start of the document
            assert b.start is None or (back_index[b.start.paragraph_id], b.start.offset) == (0, 0)
            continue
        assert (back_index[b.start.paragraph_id], b.start.offset) == (
            index[c.start.paragraph_id], c.start.offset,
        )  # fmt: skip
        assert (back_index[b.end.paragraph_id], b.end.offset) == (
            index[c.end.paragraph_id], c.end.offset,
        )  # fmt: skip


# --- hypothesis ---------------------------------------------------------------------------------

_ALPHABET = list("党建工作总结要求坚持推进落实全面加强年月日市局、，。；：“”（）《》—") + list(
    "0123456789.abcXYZ \t\u3000"
)
_MARKERS = [
    "",
    "",
    "",
    "一、",
    "二、",
    "（一）",
    "（二）",
    "1.",
    "2.",
    "（1）",
    "第一章 ",
    "附件：",
]
_FIXED_ROLES = [None] * 6 + [
    Role.TITLE, Role.SUBTITLE, Role.HEADING_1, Role.HEADING_2, Role.HEADING_3, Role.HEADING_4,
    Role.SIGNATURE, Role.DATE, Role.ATTACHMENT, Role.ADDRESSEE,
]  # fmt: skip
_DATES = ["2026-11-25T09:30:00Z", "2025-01-02T03:04:05Z"]


@st.composite
def documents(draw) -> Document:
    n = draw(st.integers(1, 10))
    paragraphs = []
    for _ in range(n):
        marker = draw(st.sampled_from(_MARKERS))
        body = draw(st.text(alphabet=_ALPHABET, min_size=1, max_size=30))
        text = marker + body
        if not text.strip():
            text = "正文"
        spans = []
        for _ in range(draw(st.integers(0, 3))):
            a = draw(st.integers(0, len(text) - 1))
            b = draw(st.integers(a + 1, len(text)))
            bold, italic, under = draw(st.tuples(st.booleans(), st.booleans(), st.booleans()))
            spans.append(Span(a, b, bold, italic, under))
        role = draw(st.sampled_from(_FIXED_ROLES))
        paragraphs.append(Paragraph(text, role=role, role_fixed=role is not None, spans=spans))
    doc = Document(paragraphs=paragraphs)
    comments: list[Comment] = []
    for k in range(draw(st.integers(0, 4))):
        i = draw(st.integers(0, n - 1))
        j = draw(st.integers(i, n - 1))
        a = draw(st.integers(0, len(paragraphs[i].text)))
        lo = a if i == j else 0
        b = draw(st.integers(lo, len(paragraphs[j].text)))
        orphan = draw(st.booleans()) and draw(st.booleans())
        c = Comment(
            text=draw(st.sampled_from(["请核对", "措辞\n第二行", "数据\t有误"])) + str(k),
            author=draw(st.sampled_from(["张三", "李四", "Reviewer"])),
            initials=draw(st.sampled_from(["ZS", "LS", "R"])),
            date=draw(st.sampled_from(_DATES)),
            start=None if orphan else Position(paragraphs[i].id, a),
            end=None if orphan else Position(paragraphs[j].id, b),
            resolved=draw(st.booleans()),
        )
        comments.append(c)
        if draw(st.booleans()):
            comments.append(
                Comment(
                    f"回复{k}",
                    "王五",
                    "WW",
                    _DATES[0],
                    parent_id=c.id,
                    resolved=draw(st.booleans()),
                )
            )
    doc.comments = comments
    return doc


def normalized_spans(p: Paragraph) -> list[tuple[int, int, bool, bool, bool]]:
    """Maximal runs of equal (bold, italic, underline) over the text, spans combined by union."""
    flags = [[False, False, False] for _ in p.text]
    for s in p.spans:
        for k in range(max(s.start, 0), min(s.end, len(p.text))):
            flags[k][0] |= s.bold
            flags[k][1] |= s.italic
            flags[k][2] |= s.underline
    out: list[tuple[int, int, bool, bool, bool]] = []
    for k, f in enumerate(map(tuple, flags)):
        if out and out[-1][1] == k and out[-1][2:] == f:
            out[-1] = (out[-1][0], k + 1, *f)
        elif any(f):
            out.append((k, k + 1, *f))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents_roundtrip(doc):
    with tempfile.TemporaryDirectory() as tmp:
        analysis, back = roundtrip(doc, Path(tmp) / "gen.docx")
    assert unbroken(back.texts, analysis) == unbroken(expected_texts(doc, analysis), analysis)
    assert_roles_survive(analysis, back, reanalyse=True)
    for p, b in zip(doc.paragraphs, back.paragraphs, strict=True):
        assert normalized_spans(without_breaks(b, p.text)) == normalized_spans(p)
    assert_comments_survive(doc, back)


def without_breaks(back: Paragraph, original: str) -> Paragraph:
    """``back`` with the line breaks the export put into a long title taken out again (its spans
    moved with the text), so it can be compared with the paragraph it was written from."""
    inserted, j = [], 0
    for k, ch in enumerate(back.text):
        if j < len(original) and ch == original[j]:
            j += 1
        elif ch in " \n\u2028":
            inserted.append(k)
        else:
            j += 1

    def moved(k: int) -> int:
        return k - sum(1 for i in inserted if i < k)

    spans = [Span(moved(s.start), moved(s.end), s.bold, s.italic, s.underline)
             for s in back.spans]  # fmt: skip
    return Paragraph("".join(c for k, c in enumerate(back.text) if k not in inserted), spans=spans)


def test_document_starting_with_a_heading(tmp_path):
    doc = Document.from_lines(["一、总体要求", "正文内容"])
    analysis, back = roundtrip(doc, tmp_path / "h.docx")
    assert back.paragraphs[0].role is Role.HEADING_1 and back.paragraphs[0].role_fixed
    assert analyze(back).roles == analysis.roles


def test_document_with_a_fixed_title_then_a_short_line(tmp_path):
    doc = Document.from_lines(["0", "、", "0"])
    doc.paragraphs[1].role, doc.paragraphs[1].role_fixed = Role.TITLE, True
    analysis, back = roundtrip(doc, tmp_path / "t.docx")
    assert analyze(back).roles == analysis.roles
