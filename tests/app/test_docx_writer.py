"""Word export (app.writers.docx): layout values checked by hand against docs/REFERENCE.md §2.

Hand computations (1 mm = 1440/25.4 twips = 56.69 twips; 1 twip = 635 EMU):
A4 210×297 mm = 11906×16838 twips; top 37 mm = 2098, bottom 35 mm = 1984, left 28 mm = 1587,
right 26 mm = 1474, footer 21.5 mm = 1219; 28.95 pt = 579 twips; 3号 = 16 pt = sz 32,
2号 = 22 pt = sz 44, 4号 = 14 pt = sz 28; two 3号 characters = 640 twips.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_LINE_SPACING
from docx.shared import Mm, Pt, Twips
from lxml import etree

from app.engine import Analysis
from app.errors import WriteError
from app.findings import Finding, Severity
from app.model import Comment, Document, Paragraph, Position, Role, Span
from app.outline.types import Heading, Marker, MarkerKind
from app.writers.docx import write_docx
from app.writers.docx_revisions import diff_pieces
from tests.conftest import CORPUS, CORPUS_FILES, needs_corpus

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"


# --- helpers ---------------------------------------------------------------------------------
def analysis_of(doc: Document, headings: list[Heading] | None = None) -> Analysis:
    """An analysis taking each paragraph's explicit role (tests independent of the parser)."""
    return Analysis(
        roles=[p.role or Role.BODY for p in doc.paragraphs],
        headings=headings or [],
        outline=[],
        groups=[],
    )


def run_in(index: int, text: str, marker_text: str, title_end: int) -> Heading:
    kind = MarkerKind.CN_PAREN if marker_text.startswith("（") else MarkerKind.CN
    marker = Marker(kind, 1, 0, len(marker_text), 1, 2, marker_text, marker_text)
    return Heading(index, marker, text[len(marker_text) : title_end], title_end, True)


def export(tmp_path: Path, doc: Document, name: str = "out.docx", headings=None, **kw) -> Path:
    path = tmp_path / name
    kw.setdefault("analysis", analysis_of(doc, headings))
    write_docx(doc, path, **kw)
    return path


def part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read(name))


def raw(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(name)


def body_paragraphs(path: Path) -> list[etree._Element]:
    return part(path, "word/document.xml").findall(f"{W}body/{W}p")


def para_text(p: etree._Element, deleted: bool = False) -> str:
    tag = f"{W}delText" if deleted else f"{W}t"
    return "".join(t.text or "" for t in p.iter(tag))


def anchored_texts(path: Path) -> dict[str, str]:
    """Comment id → the text between its commentRangeStart and commentRangeEnd, in body order."""
    body = part(path, "word/document.xml").find(f"{W}body")
    open_ids: list[str] = []
    out: dict[str, str] = {}
    first = True
    for el in body.iter():
        if el.tag == f"{W}p":
            if not first:
                for cid in open_ids:
                    out[cid] += "\n"
            first = False
        elif el.tag == f"{W}commentRangeStart":
            open_ids.append(el.get(f"{W}id"))
            out[el.get(f"{W}id")] = ""
        elif el.tag == f"{W}commentRangeEnd":
            open_ids.remove(el.get(f"{W}id"))
        elif el.tag == f"{W}t" and el.text:
            for cid in open_ids:
                out[cid] += el.text
    assert not open_ids, "every commentRangeStart has its commentRangeEnd"
    return out


class Styles:
    """Effective style properties, following w:basedOn like Word does."""

    def __init__(self, path: Path):
        self.root = part(path, "word/styles.xml")
        self.by_id = {s.get(f"{W}styleId"): s for s in self.root.iter(f"{W}style")}

    def find(self, sid: str, xpath: str):
        while sid:
            style = self.by_id[sid]
            hit = style.find(xpath)
            if hit is not None:
                return hit
            based = style.find(f"{W}basedOn")
            sid = based.get(f"{W}val") if based is not None else None
        return self.root.find(f"{W}docDefaults//" + xpath.lstrip("./"))

    def east_asia(self, sid: str) -> str:
        return self.find(sid, f"{W}rPr/{W}rFonts").get(f"{W}eastAsia")

    def size(self, sid: str) -> int:
        return int(self.find(sid, f"{W}rPr/{W}sz").get(f"{W}val"))

    def jc(self, sid: str) -> str | None:
        el = self.find(sid, f"{W}pPr/{W}jc")
        return None if el is None else el.get(f"{W}val")

    def outline(self, sid: str) -> int | None:
        el = self.find(sid, f"{W}pPr/{W}outlineLvl")
        return None if el is None else int(el.get(f"{W}val"))


def report() -> Document:
    return Document(
        [
            Paragraph("关于2024年上半年工作情况的报告", Role.TITLE),
            Paragraph("市政府：", Role.ADDRESSEE),
            Paragraph("现将上半年工作情况报告如下。", Role.BODY),
            Paragraph("一、主要工作", Role.HEADING_1),
            Paragraph("（一）加强组织领导。成立工作专班，统筹推进各项任务。", Role.HEADING_2),
            Paragraph("1.健全制度", Role.HEADING_3),
            Paragraph("（1）完善台账", Role.HEADING_4),
            Paragraph("各单位按月报送进展情况。", Role.BODY),
            Paragraph("本站首页 | 联系我们", Role.JUNK),
            Paragraph("", Role.BLANK),
            Paragraph("附件：1.工作台账", Role.ATTACHMENT),
            Paragraph("国务院办公厅", Role.SIGNATURE),
            Paragraph("2024年7月1日", Role.DATE),
        ]
    )


def report_headings(doc: Document) -> list[Heading]:
    return [run_in(4, doc.paragraphs[4].text, "（一）", 10)]


# --- page setup ------------------------------------------------------------------------------
def test_page_is_a4_with_gbt9704_margins(tmp_path):
    path = export(tmp_path, report())
    section = docx.Document(str(path)).sections[0]
    assert (section.page_width, section.page_height) == (Twips(11906), Twips(16838))
    assert section.page_width == 7560310  # EMU
    assert abs(section.page_width - Mm(210)) < Mm(0.1)
    assert abs(section.page_height - Mm(297)) < Mm(0.1)
    assert section.top_margin == Twips(2098) and abs(section.top_margin - Mm(37)) < Mm(0.1)
    assert section.bottom_margin == Twips(1984) and abs(section.bottom_margin - Mm(35)) < Mm(0.1)
    assert section.left_margin == Twips(1587) and abs(section.left_margin - Mm(28)) < Mm(0.1)
    assert section.right_margin == Twips(1474) and abs(section.right_margin - Mm(26)) < Mm(0.1)
    # text area 156 × 225 mm
    assert abs(section.page_width - section.left_margin - section.right_margin - Mm(156)) < Mm(0.1)
    assert abs(section.footer_distance - Mm(21.5)) < Mm(0.1)
    grid = part(path, "word/document.xml").find(f".//{W}sectPr/{W}docGrid")
    assert grid.get(f"{W}linePitch") == "579"
    # 22 lines of 579 twips fit the 12756-twip text height, 23 do not
    text_height = 16838 - 2098 - 1984
    assert 22 * 579 <= text_height < 23 * 579


def test_28_characters_per_line_by_condensed_spacing(tmp_path):
    # 16 pt - 0.25 pt = 15.75 pt per character: 28 fit in the 156 mm line, 29 do not.
    path = export(tmp_path, report())
    condense = Styles(path).find("Normal", f"{W}rPr/{W}spacing")
    pitch_pt = 16 + int(condense.get(f"{W}val")) / 20
    line_pt = (11906 - 1587 - 1474) / 20
    assert 28 * pitch_pt <= line_pt < 29 * pitch_pt


def test_exact_line_spacing_579_and_no_space_after(tmp_path):
    path = export(tmp_path, report())
    styles = Styles(path)
    for sid in ("Normal", "GwBody", "GwHeading1", "GwTitle", "GwSignature"):
        spacing = styles.find(sid, f"{W}pPr/{W}spacing")
        assert spacing.get(f"{W}line") == "579"
        assert spacing.get(f"{W}lineRule") == "exact"
        assert spacing.get(f"{W}after") == "0"
    d = docx.Document(str(path))
    body = next(p for p in d.paragraphs if p.text.startswith("现将"))
    assert body.style.base_style.name == "Normal"  # python-docx does not follow basedOn itself
    assert d.styles["Normal"].paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert d.styles["Normal"].paragraph_format.line_spacing == Pt(28.95)
    assert b'w:after="200"' not in raw(path, "word/styles.xml")


# --- styles ----------------------------------------------------------------------------------
def test_style_fonts_and_sizes(tmp_path):
    styles = Styles(export(tmp_path, report()))
    expected = {
        "Normal": ("仿宋_GB2312", 32),
        "GwBody": ("仿宋_GB2312", 32),
        "GwTitle": ("方正小标宋简体", 44),
        "GwHeading1": ("黑体", 32),
        "GwHeading2": ("楷体_GB2312", 32),
        "GwHeading3": ("仿宋_GB2312", 32),
        "GwHeading4": ("仿宋_GB2312", 32),
        "GwChapter": ("黑体", 32),
        "GwSignature": ("仿宋_GB2312", 32),
        "GwPageNumber": ("宋体", 28),
        "GwHeading1Char": ("黑体", 32),
        "GwHeading2Char": ("楷体_GB2312", 32),
    }
    for sid, (font, size) in expected.items():
        assert (styles.east_asia(sid), styles.size(sid)) == (font, size), sid
    default = styles.root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert default.get(f"{W}eastAsia") == "仿宋_GB2312"
    assert all(re.fullmatch(r"[A-Za-z0-9]+", sid) for sid in styles.by_id)


def test_no_theme_fonts_anywhere(tmp_path):
    path = export(tmp_path, report(), headings=report_headings(report()))
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            data = zf.read(name)
            assert b"Theme=" not in data, name  # asciiTheme, eastAsiaTheme, hAnsiTheme, cstheme
            assert b"cstheme" not in data, name
            assert b"ja-JP" not in data, name
    for name in ("word/styles.xml", "word/document.xml"):
        for rfonts in part(path, name).iter(f"{W}rFonts"):
            assert not any("theme" in a.lower() for a in rfonts.attrib), name
            assert rfonts.get(f"{W}eastAsia"), name


def test_first_line_indent_two_characters(tmp_path):
    styles = Styles(export(tmp_path, report()))
    ind = styles.find("GwBody", f"{W}pPr/{W}ind")
    assert (ind.get(f"{W}firstLine"), ind.get(f"{W}firstLineChars")) == ("640", "200")
    assert styles.find("GwHeading1", f"{W}pPr/{W}ind").get(f"{W}firstLine") == "640"
    for sid in ("GwTitle", "GwAddressee", "GwChapter"):
        assert styles.find(sid, f"{W}pPr/{W}ind").get(f"{W}firstLine") == "0", sid


def test_alignment_by_role(tmp_path):
    styles = Styles(export(tmp_path, report()))
    assert styles.jc("GwTitle") == "center"
    assert styles.jc("GwSubtitle") == "center"
    assert styles.jc("GwDocNumber") == "center"
    assert styles.jc("GwChapter") == "center"
    assert styles.jc("GwAddressee") == "left"
    assert styles.jc("GwSignature") == "right"
    assert styles.jc("GwDate") == "right"
    assert styles.jc("GwBody") == "both"


def test_heading_outline_levels(tmp_path):
    styles = Styles(export(tmp_path, report()))
    assert [styles.outline(f"GwHeading{n}") for n in (1, 2, 3, 4)] == [0, 1, 2, 3]
    assert styles.outline("GwBody") is None


def test_chapters_push_headings_one_level_down(tmp_path):
    doc = Document([Paragraph("第一章 总则", Role.CHAPTER), Paragraph("一、目的", Role.HEADING_1)])
    path = export(tmp_path, doc)
    styles = Styles(path)
    assert styles.outline("GwChapter") == 0
    assert [styles.outline(f"GwHeading{n}") for n in (1, 2, 3, 4)] == [1, 2, 3, 4]
    assert docx.Document(str(path)).paragraphs[0].style.name == "章标题"


def test_python_docx_sees_styles_by_role(tmp_path):
    doc = report()
    path = export(tmp_path, doc, headings=report_headings(doc))
    d = docx.Document(str(path))
    names = [(p.style.name, p.text) for p in d.paragraphs]
    assert names == [
        ("公文标题", "关于2024年上半年工作情况的报告"),
        ("主送机关", "市政府："),
        ("公文正文", "现将上半年工作情况报告如下。"),
        ("一级标题", "一、主要工作"),
        ("公文正文", "（一）加强组织领导。成立工作专班，统筹推进各项任务。"),  # run-in
        ("三级标题", "1.健全制度"),
        ("四级标题", "（1）完善台账"),
        ("公文正文", "各单位按月报送进展情况。"),
        ("Normal", ""),  # BLANK; the JUNK line before it is not written
        ("附件说明", "附件：1.工作台账"),
        ("发文机关署名", "国务院办公厅"),
        ("成文日期", "2024年7月1日"),
    ]


def test_run_in_heading_sentence_in_character_style(tmp_path):
    doc = report()
    path = export(tmp_path, doc, headings=report_headings(doc))
    p = next(p for p in body_paragraphs(path) if para_text(p).startswith("（一）"))
    assert p.find(f"{W}pPr/{W}outlineLvl").get(f"{W}val") == "1"
    runs = [(r.findtext(f"{W}t"), r.find(f"{W}rPr/{W}rStyle")) for r in p.findall(f"{W}r")]
    assert runs[0][0] == "（一）加强组织领导。" and runs[0][1].get(f"{W}val") == "GwHeading2Char"
    assert runs[1][0] == "成立工作专班，统筹推进各项任务。" and runs[1][1] is None
    assert not list(p.iter(f"{W}rFonts")), "fonts live in styles, not on runs"


def test_junk_left_out_unless_kept(tmp_path):
    doc = report()
    texts = [para_text(p) for p in body_paragraphs(export(tmp_path, doc))]
    assert "本站首页 | 联系我们" not in texts and len(texts) == len(doc.paragraphs) - 1
    kept = export(tmp_path, doc, "kept.docx", keep_junk=True)
    assert "本站首页 | 联系我们" in [para_text(p) for p in body_paragraphs(kept)]
    assert Styles(kept).jc("GwJunk") == "both"


def test_blank_is_an_empty_paragraph(tmp_path):
    doc = Document([Paragraph("正文。", Role.BODY), Paragraph("  \u3000", Role.BLANK)])
    paragraphs = body_paragraphs(export(tmp_path, doc))
    assert len(paragraphs) == 2 and para_text(paragraphs[1]) == ""


def test_signature_and_date_per_gbt9704(tmp_path):
    # 署名 "国务院办公厅" is 6 characters, the date "2024年7月1日" 4×½ + 1 + ½ + 1 + ½ + 1 = 6:
    # the date would end past the 2-character right margin, so it gets 2 characters and the
    # 署名 moves to 4 (its start is then exactly 2 characters left of the date's).
    paragraphs = body_paragraphs(export(tmp_path, report()))
    sig, date = paragraphs[-2], paragraphs[-1]
    assert sig.find(f"{W}pPr/{W}ind").get(f"{W}right") == "1280"
    assert sig.find(f"{W}pPr/{W}ind").get(f"{W}rightChars") == "400"
    assert date.find(f"{W}pPr/{W}ind").get(f"{W}right") == "640"
    # one blank line (579 twips) between the body and the 署名
    assert sig.find(f"{W}pPr/{W}spacing").get(f"{W}before") == "579"
    # a long 署名: date starts 2 characters right of it → right indent 10 - 6 = 4 characters
    doc = Document(
        [Paragraph("某某市人民政府办公室", Role.SIGNATURE), Paragraph("2024年7月1日", Role.DATE)]
    )
    paragraphs = body_paragraphs(export(tmp_path, doc, "long.docx"))
    assert paragraphs[0].find(f"{W}pPr/{W}ind").get(f"{W}right") == "640"
    assert paragraphs[1].find(f"{W}pPr/{W}ind").get(f"{W}right") == "1280"


def test_attachment_note_after_a_blank_line(tmp_path):
    doc = Document(
        [
            Paragraph("正文。", Role.BODY),
            Paragraph("附件：1.工作台账", Role.ATTACHMENT),
            Paragraph("2.任务清单", Role.ATTACHMENT),
            Paragraph("附件1", Role.ATTACHMENT),
        ]
    )
    paragraphs = body_paragraphs(export(tmp_path, doc))
    assert paragraphs[1].find(f"{W}pPr/{W}spacing").get(f"{W}before") == "579"
    # "2." lines up under "1.": 2 characters of indent + "附件：" (3) = 5 characters
    assert paragraphs[2].find(f"{W}pPr/{W}ind").get(f"{W}firstLine") == "1600"
    # the "附件1" label of an attachment page: flush left, 黑体, on a new page
    label = paragraphs[3].find(f"{W}pPr/{W}pStyle").get(f"{W}val")
    styles = Styles(export(tmp_path, doc, "again.docx"))
    assert styles.east_asia(label) == "黑体"
    assert styles.find(label, f"{W}pPr/{W}pageBreakBefore") is not None


# --- page numbers and package hygiene -------------------------------------------------------
def test_page_numbers_odd_right_even_left(tmp_path):
    path = export(tmp_path, report())
    settings = part(path, "word/settings.xml")
    assert settings.find(f"{W}evenAndOddHeaders") is not None
    assert settings.find(f"{W}trackRevisions") is None
    r_id = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    refs = {
        r.get(f"{W}type"): r.get(r_id)
        for r in part(path, "word/document.xml").iter(f"{W}footerReference")
    }
    rels = {r.get("Id"): r.get("Target") for r in part(path, "word/_rels/document.xml.rels")}
    for kind, jc, side in (("default", "right", "right"), ("even", "left", "left")):
        footer = part(path, "word/" + rels[refs[kind]])
        p = footer.find(f"{W}p")
        assert p.find(f"{W}pPr/{W}jc").get(f"{W}val") == jc
        assert p.find(f"{W}pPr/{W}ind").get(f"{W}{side}") == "280"  # one 4号 character
        assert "".join(t.text for t in p.iter(f"{W}t")) == "— 1 —"
        assert p.findtext(f".//{W}instrText").strip() == "PAGE"
        assert p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "GwPageNumber"


def test_no_template_leftovers(tmp_path):
    path = export(tmp_path, report(), author="张审核")
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        for name in names:
            assert b"python-docx" not in zf.read(name), name
    assert not [n for n in names if "thumbnail" in n or "stylesWithEffects" in n]
    d = docx.Document(str(path))
    props = d.core_properties
    assert props.author == "张审核" and props.last_modified_by == "张审核"
    assert props.title == "关于2024年上半年工作情况的报告"
    assert props.created.year >= 2025 and props.modified == props.created
    lang = part(path, "word/settings.xml").find(f"{W}themeFontLang")
    assert lang.get(f"{W}eastAsia") == "zh-CN"
    ct = raw(path, "[Content_Types].xml").decode()
    assert "jpeg" not in ct


def test_spans_survive_as_run_properties(tmp_path):
    doc = Document(
        [
            Paragraph(
                "一二三四五六七八九十",
                Role.BODY,
                spans=[Span(1, 3, bold=True), Span(2, 5, italic=True), Span(7, 9, underline=True)],
            )
        ]
    )
    p = body_paragraphs(export(tmp_path, doc))[0]
    runs = []
    for r in p.findall(f"{W}r"):
        rpr = r.find(f"{W}rPr")
        flags = "".join(
            f
            for f, tag in (("b", "b"), ("i", "i"), ("u", "u"))
            if rpr is not None and rpr.find(f"{W}{tag}") is not None
        )
        runs.append((r.findtext(f"{W}t"), flags))
    assert runs == [
        ("一", ""),
        ("二", "b"),
        ("三", "bi"),
        ("四五", "i"),
        ("六七", ""),
        ("八九", "u"),
        ("十", ""),
    ]


def test_forbidden_control_characters_removed(tmp_path):
    bad = "甲\x00乙\x01丙\x0b丁\x0c戊\x1f己\ufffe庚\ud800辛\r"
    doc = Document([Paragraph(bad, Role.BODY), Paragraph("制表\t换行\n结束", Role.BODY)])
    pid = doc.paragraphs[0].id
    doc.comments = [
        Comment("批注\x00文字\x07", "作者\x01", start=Position(pid, 0), end=Position(pid, 3))
    ]
    path = export(
        tmp_path,
        doc,
        findings_as_comments=True,
        findings=[Finding("r\x02", Severity.INFO, "消息\x03", 0, 1, 2)],
    )
    paragraphs = body_paragraphs(path)
    assert para_text(paragraphs[0]) == "甲乙丙丁戊己庚辛"
    assert para_text(paragraphs[1]) == "制表换行结束"
    assert (
        paragraphs[1].find(f".//{W}tab") is not None and paragraphs[1].find(f".//{W}br") is not None
    )
    comments = part(path, "word/comments.xml")
    texts = ["".join(t.text for t in c.iter(f"{W}t")) for c in comments.iter(f"{W}comment")]
    assert texts == ["批注文字", "消息"]
    assert comments.find(f"{W}comment").get(f"{W}author") == "作者"
    assert anchored_texts(path)["0"] == "甲乙"  # [0, 3) of the original text, cleaned


# --- comments --------------------------------------------------------------------------------
def commented_doc() -> Document:
    doc = Document(
        [
            Paragraph("第一段落的文字内容。", Role.BODY),
            Paragraph("第二段落，跨段批注到这里结束。", Role.BODY),
            Paragraph("无关的行", Role.JUNK),
            Paragraph("第三段落。", Role.BODY),
        ]
    )
    p0, p1, _p2, p3 = (p.id for p in doc.paragraphs)
    root = Comment(
        "措辞需斟酌", "张三", "ZS", "2026-11-25T09:30:00Z", Position(p0, 2), Position(p0, 4)
    )
    doc.comments = [
        root,
        Comment(
            "跨段",
            "李四",
            date="2026-11-25T10:00:00+08:00",
            start=Position(p0, 5),
            end=Position(p1, 3),
        ),
        Comment("同意修改", "李四", parent_id=root.id, resolved=True),
        Comment(
            "已处理\n第二行", "王五", start=Position(p3, 0), end=Position(p3, 4), resolved=True
        ),
        Comment("原位置已删除", "赵六"),  # orphan
        Comment("点批注", "张三", start=Position(p3, 2), end=Position(p3, 2)),
    ]
    return doc


def test_comments_anchored_on_exact_text(tmp_path):
    path = export(tmp_path, commented_doc())
    texts = anchored_texts(path)
    assert texts["0"] == "段落"
    assert texts["1"] == "文字内容。\n第二段"
    assert texts["2"] == "段落", "a reply shares its thread's range"
    assert texts["3"] == "第三段落"
    assert texts["4"] == "", "orphan: a point at the document start"
    assert texts["5"] == ""
    body = part(path, "word/document.xml").find(f"{W}body")
    first = body.find(f"{W}p")
    assert first.index(first.find(f"{W}commentRangeStart[@{W}id='4']")) == 1  # before any run
    refs = [r.get(f"{W}id") for r in body.iter(f"{W}commentReference")]
    assert sorted(refs) == ["0", "1", "2", "3", "4", "5"]


def test_comment_parts_authors_dates_and_threads(tmp_path):
    path = export(tmp_path, commented_doc())
    comments = part(path, "word/comments.xml")
    items = comments.findall(f"{W}comment")
    assert [c.get(f"{W}author") for c in items] == ["张三", "李四", "李四", "王五", "赵六", "张三"]
    assert items[0].get(f"{W}initials") == "ZS"
    assert items[0].get(f"{W}date") == "2026-11-25T09:30:00Z"
    assert items[1].get(f"{W}date") == "2026-11-25T02:00:00Z"  # +08:00 → UTC
    # paraId on the LAST paragraph of a comment (the two-line one has two paragraphs)
    two_lines = items[3].findall(f"{W}p")
    assert len(two_lines) == 2 and two_lines[0].get(f"{W14}paraId") is None
    para_ids = [c.findall(f"{W}p")[-1].get(f"{W14}paraId") for c in items]
    assert all(re.fullmatch(r"[0-9A-F]{8}", pid) and int(pid, 16) < 0x80000000 for pid in para_ids)
    assert len(set(para_ids)) == len(para_ids)
    ext = {e.get(f"{W15}paraId"): e for e in part(path, "word/commentsExtended.xml")}
    assert set(ext) == set(para_ids)
    reply = ext[para_ids[2]]
    assert reply.get(f"{W15}paraIdParent") == para_ids[0] and reply.get(f"{W15}done") == "1"
    assert ext[para_ids[3]].get(f"{W15}done") == "1"
    assert ext[para_ids[0]].get(f"{W15}done") == "0"
    assert ext[para_ids[0]].get(f"{W15}paraIdParent") is None
    ct = raw(path, "[Content_Types].xml").decode()
    assert (
        'PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.commentsExtended+xml"' in ct
    )
    rels = raw(path, "word/_rels/document.xml.rels").decode()
    assert "http://schemas.microsoft.com/office/2011/relationships/commentsExtended" in rels
    assert "relationships/comments" in rels


def test_comments_read_back_by_the_docx_reader(tmp_path):
    from app.readers.docx import read_docx

    doc = commented_doc()
    back = read_docx(export(tmp_path, doc))
    assert back.texts == [p.text for p in doc.paragraphs if p.role is not Role.JUNK]
    by_text = {c.text: c for c in back.comments}
    first = by_text["措辞需斟酌"]
    assert (first.start.offset, first.end.offset) == (2, 4)
    assert by_text["同意修改"].parent_id == first.id and by_text["同意修改"].resolved
    assert by_text["已处理\n第二行"].resolved and not first.resolved


def test_comment_on_unwritten_junk_moves_or_becomes_orphan(tmp_path):
    doc = commented_doc()
    junk = doc.paragraphs[2].id
    doc.comments = [
        Comment("只在垃圾行上", "甲", start=Position(junk, 0), end=Position(junk, 2)),
        Comment(
            "从垃圾行到正文", "乙", start=Position(junk, 1), end=Position(doc.paragraphs[3].id, 2)
        ),
        Comment("段落不存在", "丙", start=Position(999999, 0), end=Position(999999, 1)),
    ]
    texts = anchored_texts(export(tmp_path, doc))
    assert texts == {"0": "", "1": "第三", "2": ""}


def test_no_comment_parts_without_comments(tmp_path):
    with zipfile.ZipFile(export(tmp_path, report())) as zf:
        assert not [n for n in zf.namelist() if "comments" in n]


def test_findings_become_comments_by_reviewer(tmp_path):
    doc = report()
    findings = [
        Finding("numbering.punct", Severity.ERROR, "“1、”应为“1.”", 5, 0, 2),
        Finding("terms.typo", Severity.WARNING, "疑似错别字", 4, 3, 7),
        Finding("bad.index", Severity.INFO, "越界", 99, 0, 1),
    ]
    path = export(tmp_path, doc, findings_as_comments=True, findings=findings, reviewer="审核员")
    comments = part(path, "word/comments.xml").findall(f"{W}comment")
    assert ["".join(t.text for t in c.iter(f"{W}t")) for c in comments] == [
        "“1、”应为“1.”",  # the message alone: no "[rule]" prefix in a comment to a colleague
        "疑似错别字",
    ]
    assert {c.get(f"{W}author") for c in comments} == {"审核员"}
    assert anchored_texts(path) == {"0": "1.", "1": "加强组织"}
    # without the flag, findings are not written
    plain = export(tmp_path, doc, "plain.docx", findings=findings)
    with zipfile.ZipFile(plain) as zf:
        assert "word/comments.xml" not in zf.namelist()


# --- tracked changes -------------------------------------------------------------------------
def tracked_pair() -> tuple[Document, Document]:
    original = Document(
        [
            Paragraph("今年要完成三项任务。", Role.BODY),
            Paragraph("这一段会被删除。", Role.BODY),
            Paragraph("最后一段不变。", Role.BODY),
        ]
    )
    edited = Document(
        [
            Paragraph("今年要全面完成五项任务。", Role.BODY, id=original.paragraphs[0].id),
            Paragraph("新增的一段。", Role.BODY),
            Paragraph("最后一段不变。", Role.BODY, id=original.paragraphs[2].id),
        ]
    )
    return original, edited


def accepted(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def rejected(p: etree._Element) -> str:
    return "".join(
        t.text or ""
        for t in p.iter(f"{W}t", f"{W}delText")
        if t.getparent().getparent().tag != f"{W}ins"
    )


def test_tracked_changes_ins_and_del(tmp_path):
    original, edited = tracked_pair()
    path = export(tmp_path, edited, tracked_changes_from=original, author="修订人")
    paragraphs = body_paragraphs(path)
    assert len(paragraphs) == 4
    # the deleted paragraph comes right after the one it followed in the original
    changed, deleted, inserted, same = paragraphs
    assert accepted(changed) == "今年要全面完成五项任务。"
    assert rejected(changed) == "今年要完成三项任务。"
    assert [el.findtext(f".//{W}t") for el in changed.iter(f"{W}ins")] == ["全面", "五"]
    assert [el.findtext(f".//{W}delText") for el in changed.iter(f"{W}del")] == ["三"]
    # a new paragraph: its text and its paragraph mark inserted
    assert inserted.find(f"{W}pPr/{W}rPr/{W}ins") is not None
    assert inserted.find(f"{W}ins/{W}r/{W}t").text == "新增的一段。"
    # a deleted paragraph stays where it was, as deleted text with a deleted paragraph mark
    assert deleted.find(f"{W}pPr/{W}rPr/{W}del") is not None
    assert accepted(deleted) == "" and rejected(deleted) == "这一段会被删除。"
    assert same.find(f".//{W}ins") is None and same.find(f".//{W}del") is None
    revisions = [el for el in part(path, "word/document.xml").iter(f"{W}ins", f"{W}del")]
    assert {el.get(f"{W}author") for el in revisions} == {"修订人"}
    assert all(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", el.get(f"{W}date")) for el in revisions
    )
    ids = [el.get(f"{W}id") for el in revisions]
    assert len(set(ids)) == len(ids)
    assert part(path, "word/settings.xml").find(f"{W}trackRevisions") is None


def test_tracked_changes_keep_comments_spans_and_run_in(tmp_path):
    original, edited = tracked_pair()
    p0 = edited.paragraphs[0]
    p0.spans = [Span(0, 2, bold=True)]
    edited.comments = [Comment("数字核实", "甲", start=Position(p0.id, 3), end=Position(p0.id, 10))]
    path = export(tmp_path, edited, tracked_changes_from=original)
    assert anchored_texts(path) == {"0": "全面完成五项任"}  # the deleted "三" is not counted
    first = body_paragraphs(path)[0]
    assert first.find(f"{W}r/{W}rPr/{W}b") is not None and first.findtext(f"{W}r/{W}t") == "今年"


def test_diff_folds_short_equal_runs():
    pieces = diff_pieces("加快推进产业升级", "稳步推动产业升级")
    kinds = [(p.kind, p.text) for p in pieces]
    assert kinds == [("del", "加快推进"), ("ins", "稳步推动"), ("eq", "产业升级")]
    assert diff_pieces("相同", "相同")[0].kind == "eq"
    assert [(p.kind, p.text) for p in diff_pieces("", "新")] == [("ins", "新")]


# --- robustness ------------------------------------------------------------------------------
def test_empty_document_is_valid(tmp_path):
    path = export(tmp_path, Document())
    assert len(docx.Document(str(path)).paragraphs) == 1


def test_unwritable_path_raises_write_error(tmp_path):
    with pytest.raises(WriteError):
        export(tmp_path, report(), name="missing-dir/out.docx")


def test_overwrite_keeps_permissions(tmp_path):
    path = export(tmp_path, report())
    path.chmod(0o640)
    export(tmp_path, report())
    assert path.stat().st_mode & 0o777 == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]


@needs_corpus
@pytest.mark.parametrize("name", [p.name for p in CORPUS_FILES])
def test_corpus_exports_with_analysis(tmp_path, name):
    from app.engine import analyze
    from app.readers.text import read_text

    doc = read_text(CORPUS / name)
    analysis = analyze(doc)
    path = tmp_path / "out.docx"
    write_docx(doc, path)  # runs the analysis itself
    written = [p for p, r in zip(doc.paragraphs, analysis.roles, strict=True) if r is not Role.JUNK]
    d = docx.Document(str(path))
    assert len(d.paragraphs) == len(written)
    # (a long title is broken between words by a line break: python-docx reads it as "\n")
    assert [p.text.replace("\n", "") for p in d.paragraphs] == [
        "" if r is Role.BLANK else p.text
        for p, r in zip(doc.paragraphs, analysis.roles, strict=True)
        if r is not Role.JUNK
    ]
    levels = [el.get(f"{W}val") for el in part(path, "word/document.xml").iter(f"{W}outlineLvl")]
    run_in = [
        h
        for h in analysis.headings
        if h.run_in and h.index < len(doc.paragraphs) and analysis.roles[h.index].heading_level
    ]
    assert len(levels) == len(run_in)


def test_findings_default_to_the_analysis_findings(tmp_path):
    doc = report()
    analysis = analysis_of(doc)
    analysis.findings = [Finding("x.rule", Severity.INFO, "提示", 2, 0, 2)]
    path = export(tmp_path, doc, analysis=analysis, findings_as_comments=True)
    assert anchored_texts(path) == {"0": "现将"}
    author = part(path, "word/comments.xml").find(f"{W}comment").get(f"{W}author")
    assert author == "ReportDesk"  # no reviewer given: the author


def test_reply_to_a_reply_joins_the_thread_and_cycles_do_not_crash(tmp_path):
    doc = commented_doc()
    root = doc.comments[0]
    reply = doc.comments[2]
    again = Comment("再回复", "张三", parent_id=reply.id)
    a = Comment("环甲", "甲")
    b = Comment("环乙", "乙", parent_id=a.id)
    a.parent_id = b.id
    doc.comments += [again, a, b]
    path = export(tmp_path, doc)
    items = part(path, "word/comments.xml").findall(f"{W}comment")
    para = {c.findtext(f".//{W}t"): c.findall(f"{W}p")[-1].get(f"{W14}paraId") for c in items}
    ext = {
        e.get(f"{W15}paraId"): e.get(f"{W15}paraIdParent")
        for e in part(path, "word/commentsExtended.xml")
    }
    assert ext[para["再回复"]] == para[root.text]
    assert anchored_texts(path)["6"] == "段落"
    assert {ext[para["环甲"]], ext[para["环乙"]]} >= {None}  # one of the two heads the thread


def test_findings_on_left_out_or_ignored_text_are_not_exported(tmp_path):
    doc = Document([Paragraph("关于做好工作的报告", Role.TITLE),
                    Paragraph("本文来源：某某网站 责任编辑：张三", Role.JUNK),
                    Paragraph("正文第一段,继续。", Role.BODY)])  # fmt: skip
    on_junk = Finding("junk/site-boilerplate", Severity.WARNING, "网站信息", 1, 0, 4)
    kept = Finding("punctuation/width", Severity.WARNING, "半角逗号", 2, 5, 6)
    ignored = Finding("punctuation/width", Severity.WARNING, "另一处", 2, 0, 2, ignored=True)
    path = export(tmp_path, doc, findings_as_comments=True, findings=[on_junk, kept, ignored])
    comments = part(path, "word/comments.xml").findall(f"{W}comment")
    assert ["".join(t.text for t in c.iter(f"{W}t")) for c in comments] == ["半角逗号"]
