"""read_docx: text in document order, formatting spans, auto-numbering, roles, comments.

Fixtures are built here: a python-docx document whose parts are then rewritten with lxml/zipfile
(python-docx has no API for w:ins, w:sdt, numbering definitions, commentsExtended…).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from app.model import Role
from app.readers.docx import read_docx
from app.readers.docx_numbering import chinese_counting, format_number

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
ROOT = Path(__file__).resolve().parents[2]
NSDECL = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    f'xmlns:w14="{W14_NS}" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
)


def rewrite(
    src: Path, dst: Path, replace: dict[str, bytes], ct_extra: str = "", rels_extra: str = ""
) -> Path:
    """Copy a .docx replacing/adding parts, optionally adding content-type overrides and
    document relationships."""
    with zipfile.ZipFile(src) as zin:
        items = {i.filename: zin.read(i) for i in zin.infolist()}
    items.update(replace)
    if ct_extra:
        items["[Content_Types].xml"] = items["[Content_Types].xml"].replace(
            b"</Types>", ct_extra.encode() + b"</Types>"
        )
    if rels_extra:
        key = "word/_rels/document.xml.rels"
        end = b"</Relationships>"
        items[key] = items[key].replace(end, rels_extra.encode() + end)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items.items():
            zout.writestr(name, data)
    return dst


def make_docx(
    tmp_path: Path,
    body: str,
    *,
    numbering: str | None = None,
    styles: str = "",
    name: str = "t.docx",
) -> Path:
    """A .docx whose body is ``body`` (WordprocessingML, w: prefix), with optional numbering
    definitions (inner XML of w:numbering) and extra w:style elements."""
    base = tmp_path / ("base-" + name)
    docx.Document().save(base)
    parts = {
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NSDECL}>'
            f"<w:body>{body}<w:sectPr/></w:body></w:document>"
        ).encode()
    }
    if numbering is not None:
        parts["word/numbering.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {NSDECL}>{numbering}</w:numbering>'
        ).encode()
    if styles:
        with zipfile.ZipFile(base) as z:
            st = z.read("word/styles.xml")
        parts["word/styles.xml"] = st.replace(b"</w:styles>", styles.encode() + b"</w:styles>")
    return rewrite(base, tmp_path / name, parts)


def p(text: str = "", ppr: str = "", rpr: str = "") -> str:
    run = r(text, rpr)
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{run if text else ''}</w:p>"


def r(text: str, rpr: str = "") -> str:
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


# --- text -------------------------------------------------------------------------------------


def test_plain_paragraphs_and_properties(tmp_path):
    d = docx.Document()
    for line in ["市信访局2020年上半年党建工作总结", "", "一、坚持党要管党", "正文。"]:
        d.add_paragraph(line)
    d.core_properties.title = "党建总结"
    d.core_properties.author = "办公室"
    d.core_properties.last_modified_by = "张三"
    path = tmp_path / "plain.docx"
    d.save(path)
    doc = read_docx(path)
    assert doc.texts == ["市信访局2020年上半年党建工作总结", "", "一、坚持党要管党", "正文。"]
    assert doc.source_format == "docx"
    assert doc.path == str(path)
    assert doc.properties == {"title": "党建总结", "author": "办公室", "last_modified_by": "张三"}
    assert doc.comments == []
    assert all(par.auto_number_len == 0 and par.spans == [] for par in doc.paragraphs)


def test_tracked_changes_final_view(tmp_path):
    body = (
        "<w:p>" + r("前")
        + '<w:ins w:id="1" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins>'
        + '<w:del w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>'
        + '<w:moveTo w:id="3"><w:r><w:t>移入</w:t></w:r></w:moveTo>'
        + '<w:moveFrom w:id="4"><w:r><w:t>移出</w:t></w:r></w:moveFrom>'
        + r("后") + "</w:p>"
        # a whole paragraph deleted with its mark: gone
        + '<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="a"/></w:rPr></w:pPr>'
        + '<w:del w:id="6" w:author="a"><w:r><w:delText>整段删除</w:delText></w:r></w:del></w:p>'
        # a paragraph mark deleted: still its own paragraph (the revisions are shown later)
        + '<w:p><w:pPr><w:rPr><w:del w:id="7" w:author="a"/></w:rPr></w:pPr>'
        + r("上半句") + "</w:p>"
        + p("下半句")
        # a deleted table row
        + "<w:tbl><w:tr>" + "<w:tc>" + p("留") + "</w:tc></w:tr>"
        + '<w:tr><w:trPr><w:del w:id="8" w:author="a"/></w:trPr>'
        + "<w:tc>" + p("删行") + "</w:tc></w:tr>"
        + "</w:tbl>"
    )  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body))
    assert doc.texts == ["前插入移入后", "", "上半句", "下半句", "留"]


def test_containers_keep_their_text(tmp_path):
    body = (
        # block content control
        '<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>'
        + p("控件里的段落") + "</w:sdtContent></w:sdt>"
        + "<w:p>" + r("甲")
        # inline content control
        + "<w:sdt><w:sdtPr/><w:sdtContent>" + r("乙") + "</w:sdtContent></w:sdt>"
        + '<w:fldSimple w:instr=" PAGE ">' + r("丙") + "</w:fldSimple>"
        + '<w:smartTag w:uri="u" w:element="date">' + r("丁") + "</w:smartTag>"
        + '<w:hyperlink r:id="rId99">' + r("戊") + "</w:hyperlink>"
        + '<w:customXml w:element="x">' + r("己") + "</w:customXml>"
        + "</w:p>"
        # block customXml around a paragraph
        + '<w:customXml w:element="y">' + p("自定义块") + "</w:customXml>"
    )  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body))
    assert doc.texts == ["控件里的段落", "甲乙丙丁戊己", "自定义块"]


def test_complex_fields_show_results_not_codes(tmp_path):
    body = (
        "<w:p>" + r("见第")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r("3")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + r("页") + "</w:p>"
        # a field without a result shows nothing; text after it does show
        + "<w:p>" + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + "<w:r><w:instrText>SEQ x</w:instrText></w:r>"
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + r("后文") + "</w:p>"
        # an unterminated field instruction is closed at the end of its paragraph
        + "<w:p>" + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + r("吞掉") + "</w:p>"
        + p("未受影响")
    )  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body))
    assert doc.texts == ["见第3页", "后文", "", "未受影响"]


def test_special_characters(tmp_path):
    body = (
        "<w:p>" + r("甲") + "<w:r><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/><w:t>丁</w:t>"
        + '<w:br w:type="page"/><w:t>戊</w:t><w:noBreakHyphen/><w:softHyphen/>'
        + '<w:sym w:font="Wingdings" w:char="F06C"/><w:sym w:font="SimSun" w:char="2460"/>'
        + "</w:r></w:p>"
        # the tab stops in w:pPr are not text
        + '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' + r("无制表")
        + "</w:p>"
        # ruby: base text only
        + "<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>zhù</w:t></w:r></w:rt>"
        + "<w:rubyBase><w:r><w:t>注</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>"
    )  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body))
    assert doc.texts == ["甲\t乙\u2028丙\u2028丁\ufffc戊-•①", "无制表", "注"]
    assert [o.kind for o in doc.paragraphs[0].objects] == ["pagebreak"]


def test_hidden_text_textboxes_and_alternate_content(tmp_path):
    body = (
        "<w:p>" + r("看得见") + r("隐藏", "<w:vanish/>") + "</w:p>"
        + "<w:p>" + r("正文")
        + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        + "<wps:txbx><w:txbxContent>" + p("文本框") + "</w:txbxContent></wps:txbx>"
        + "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>"
        + p("文本框") + "</w:txbxContent></v:textbox></w:pict></mc:Fallback>"
        + "</mc:AlternateContent></w:r>" + r("继续") + "</w:p>"
        # content that only mc:Fallback understands is read from there
        + "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"w14\"><w:t>新</w:t></mc:Choice>"
        + "<mc:Fallback><w:t>旧</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body))
    assert doc.texts == ["看得见", "正文\ufffc继续", "\ufffc"]
    [box] = doc.paragraphs[1].objects
    assert (box.kind, box.text) == ("textbox", "文本框")
    assert [s.paragraphs for s in doc.side_parts if s.kind == "textbox"] == [["文本框"]]
    [other] = doc.paragraphs[2].objects
    assert other.text == "旧"


def test_tables_in_reading_order(tmp_path):
    def cell(*content: str) -> str:
        return "<w:tc><w:tcPr/>" + "".join(content) + "</w:tc>"

    nested = "<w:tbl><w:tblPr/><w:tr>" + cell(p("内1")) + cell(p("内2")) + "</w:tr></w:tbl>"
    body = (
        p("表前")
        + "<w:tbl><w:tblPr/><w:tblGrid/>"
        + "<w:tr>" + cell(p("A1"), p("A1第二段")) + cell(p("B1")) + "</w:tr>"
        + "<w:tr>" + cell(p("A2前"), nested, p("A2后")) + cell(p("B2")) + "</w:tr>"
        + "</w:tbl>"
        + p("表后")
    )  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body))
    assert doc.texts == ["表前", "A1", "A1第二段", "B1", "A2前", "内1", "内2", "A2后", "B2", "表后"]


def test_python_docx_tables(tmp_path):
    d = docx.Document()
    d.add_paragraph("前")
    t = d.add_table(rows=2, cols=2)
    for i, row in enumerate(t.rows):
        for j, c in enumerate(row.cells):
            c.text = f"{i}{j}"
    d.add_paragraph("后")
    d.save(tmp_path / "t.docx")
    assert read_docx(tmp_path / "t.docx").texts == ["前", "00", "01", "10", "11", "后"]


# --- formatting -------------------------------------------------------------------------------


def test_spans_from_runs_and_character_styles(tmp_path):
    d = docx.Document()
    par = d.add_paragraph()
    par.add_run("ab").bold = True
    par.add_run("cd").bold = True
    par.add_run("ef")
    run = par.add_run("gh")
    run.italic = True
    run.underline = True
    par.add_run("ij", style="Strong")  # character style: bold
    strong_not = par.add_run("kl", style="Strong")
    strong_not.bold = False  # direct formatting beats the style
    d.add_paragraph("整段加粗").runs[0].bold = True
    d.add_paragraph("标题样式自带加粗", style="Heading 1")  # style formatting is not a span
    d.save(tmp_path / "f.docx")
    doc = read_docx(tmp_path / "f.docx")
    spans = [(s.start, s.end, s.bold, s.italic, s.underline) for s in doc.paragraphs[0].spans]
    assert spans == [
        (0, 4, True, False, False),
        (6, 8, False, True, True),
        (8, 10, True, False, False),
    ]
    assert [(s.start, s.end, s.bold) for s in doc.paragraphs[1].spans] == [(0, 4, True)]
    assert doc.paragraphs[2].spans == []


def test_underline_none_and_off_values(tmp_path):
    body = (
        "<w:p>" + r("a", '<w:u w:val="none"/>') + r("b", '<w:b w:val="0"/>')
        + r("c", '<w:b w:val="false"/><w:i w:val="1"/>') + r("d", '<w:u w:val="double"/>')
        + "</w:p>"
    )  # fmt: skip
    doc = read_docx(make_docx(tmp_path, body))
    spans = [(s.start, s.end, s.bold, s.italic, s.underline) for s in doc.paragraphs[0].spans]
    assert spans == [(2, 3, False, True, False), (3, 4, False, False, True)]


# --- numbering --------------------------------------------------------------------------------

NUMBERING = """
<w:abstractNum w:abstractNumId="10">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1.%2.%4"/><w:suff w:val="space"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="11">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/>
    <w:lvlText w:val="%1"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="%2)"/><w:lvlRestart w:val="0"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="10"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="11"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="10"/></w:num>
"""

NUM_STYLES = """
<w:style w:type="paragraph" w:customStyle="1" w:styleId="GW1"><w:name w:val="公文一级"/>
  <w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="GW2"><w:name w:val="公文二级"/>
  <w:basedOn w:val="GW1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
"""


def numbered(text: str, num: int, lvl: int = 0) -> str:
    return p(text, f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr>')


def test_auto_numbering_rendered(tmp_path):
    body = (
        numbered("总体要求", 1)
        + numbered("指导思想", 1, 1)
        + numbered("基本原则", 1, 1)
        + numbered("细则", 1, 2)
        + numbered("多级", 1, 3)
        + numbered("主要任务", 1)
        + numbered("重新开始的二级", 1, 1)  # level 1 restarts under a new level 0
        + p("不编号的段落")
        + numbered("同一抽象列表的另一个 num 接着数", 4)  # shares counters with num 1 → 三、
        + numbered("从五开始", 2)  # startOverride: restarts the shared list at 5
        + numbered("接着六", 2)
        + numbered("回到原来的 num 也接着数", 1)  # counters belong to the abstract list
        + numbered("圈一", 3)
        + numbered("甲", 3, 1)
        + numbered("圈二", 3)
        + numbered("不重新开始", 3, 1)  # lvlRestart 0 → b)
        + p("编号关闭", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>')
    )
    doc = read_docx(make_docx(tmp_path, body, numbering=NUMBERING))
    assert doc.texts == [
        "一、总体要求",
        "（一）指导思想",
        "（二）基本原则",
        "1.\t细则",
        "一.二.1 多级",
        "二、主要任务",
        "（一）重新开始的二级",
        "不编号的段落",
        "三、同一抽象列表的另一个 num 接着数",
        "五、从五开始",
        "六、接着六",
        "七、回到原来的 num 也接着数",
        "①圈一",
        "a)甲",
        "②圈二",
        "b)不重新开始",
        "编号关闭",
    ]
    assert [par.auto_number_len for par in doc.paragraphs] == [
        2, 3, 3, 3, 6, 2, 3, 0, 2, 2, 2, 2, 1, 2, 1, 2, 0,
    ]  # fmt: skip


@pytest.mark.render
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_numbering_agrees_with_libreoffice(tmp_path):
    """LibreOffice's text export writes the list labels it renders: ours must be the same."""
    body = (
        numbered("总体要求", 1) + numbered("指导思想", 1, 1) + numbered("基本原则", 1, 1)
        + numbered("细则", 1, 2) + numbered("多级", 1, 3) + numbered("主要任务", 1)
        + numbered("重新开始", 1, 1) + p("不编号") + numbered("另一个 num", 4)
        + numbered("从五开始", 2) + numbered("接着六", 2) + numbered("回到 num 1", 1)
        + numbered("圈一", 3) + numbered("甲", 3, 1) + numbered("圈二", 3)
        + "".join(numbered(f"第{i}项", 1) for i in range(1, 16))
        + p("一级", '<w:pStyle w:val="GW1"/>') + p("二级", '<w:pStyle w:val="GW2"/>')
    )  # fmt: skip
    path = make_docx(tmp_path, body, numbering=NUMBERING, styles=NUM_STYLES)
    ours = read_docx(path).paragraphs
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
         "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    theirs = (tmp_path / "t.txt").read_text(encoding="utf-8-sig").split("\n")
    # LibreOffice indents by level and always writes one space after the label.
    expected = []
    for x in ours:
        label, rest = x.text[: x.auto_number_len].strip(), x.text[x.auto_number_len :]
        expected.append(f"{label} {rest}" if label else rest)
    assert [t.strip() for t in theirs[: len(ours)]] == expected


def test_numbering_through_styles(tmp_path):
    body = (
        p("一级甲", '<w:pStyle w:val="GW1"/>')
        + p("二级", '<w:pStyle w:val="GW2"/>')  # numId from GW1 via basedOn, ilvl 1 from GW2
        + p("一级乙", '<w:pStyle w:val="GW1"/>')
    )
    doc = read_docx(make_docx(tmp_path, body, numbering=NUMBERING, styles=NUM_STYLES))
    assert doc.texts == ["一、一级甲", "（一）二级", "二、一级乙"]


def test_numbering_of_python_docx_list_number_style(tmp_path):
    d = docx.Document()
    for t in ["甲", "乙", "丙"]:
        d.add_paragraph(t, style="List Number")
    d.save(tmp_path / "l.docx")
    doc = read_docx(tmp_path / "l.docx")
    assert doc.texts == ["1.\t甲", "2.\t乙", "3.\t丙"]
    assert [x.auto_number_len for x in doc.paragraphs] == [3, 3, 3]


def test_eleven_chinese_numbered_items(tmp_path):
    body = "".join(numbered(f"第{i}项", 1) for i in range(1, 24))
    doc = read_docx(make_docx(tmp_path, body, numbering=NUMBERING))
    markers = [t.split("第")[0] for t in doc.texts]
    assert markers[:3] == ["一、", "二、", "三、"]
    assert markers[9:12] == ["十、", "十一、", "十二、"]
    assert markers[19:23] == ["二十、", "二十一、", "二十二、", "二十三、"]


@pytest.mark.parametrize(
    ("n", "text"),
    [(1, "一"), (9, "九"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"),
     (99, "九十九"), (100, "一百"), (101, "一百零一"), (110, "一百一十"), (1001, "一千零一"),
     (10000, "一万"), (10010, "一万零一十")],
)  # fmt: skip
def test_chinese_counting(n, text):
    assert chinese_counting(n) == text


@pytest.mark.parametrize(
    ("n", "fmt", "text"),
    [(3, "decimal", "3"), (3, "upperRoman", "III"), (14, "lowerRoman", "xiv"),
     (1, "upperLetter", "A"), (27, "upperLetter", "AA"), (2, "lowerLetter", "b"),
     (12, "decimalFullWidth", "１２"), (3, "decimalEnclosedCircle", "③"),
     (21, "decimalEnclosedCircle", "㉑"), (51, "decimalEnclosedCircle", "51"),
     (2, "ideographTraditional", "乙"), (11, "chineseCountingThousand", "十一"),
     (12, "chineseLegalSimplified", "壹拾贰"), (7, "decimalZero", "07"),
     (10, "ideographDigital", "一〇"), (5, "none", ""), (4, "someFutureFormat", "4")],
)  # fmt: skip
def test_number_formats(n, fmt, text):
    assert format_number(n, fmt) == text


# --- roles ------------------------------------------------------------------------------------

ROLE_STYLES = """
<w:style w:type="paragraph" w:customStyle="1" w:styleId="MyH2"><w:name w:val="我的二级标题"/>
  <w:basedOn w:val="Heading2"/></w:style>
<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 3"/>
  <w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Outline1"><w:name w:val="一级标题"/>
  <w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Fake"><w:name w:val="Heading 1 Fake"/>
  <w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="a5"><w:name w:val="标题"/>
  <w:basedOn w:val="Normal"/></w:style>
"""


def test_roles_from_outline_levels_and_title(tmp_path):
    body = (
        p("标题", '<w:pStyle w:val="Title"/>')
        + p("一级", '<w:pStyle w:val="Heading1"/>')
        + p("二级（基于 Heading2）", '<w:pStyle w:val="MyH2"/>')
        + p("三级（WPS 式样式 id）", '<w:pStyle w:val="3"/>')
        + p("四级（直接大纲级别）", '<w:outlineLvl w:val="3"/>')
        + p("五级", '<w:outlineLvl w:val="4"/>')
        + p("自定义大纲一级", '<w:pStyle w:val="Outline1"/>')
        + p("正文级别压过标题样式", '<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>')
        + p("名字像标题但不是", '<w:pStyle w:val="Fake"/>')
        + p("中文名的标题样式", '<w:pStyle w:val="a5"/>')
        + p("一、正文")
    )
    doc = read_docx(make_docx(tmp_path, body, styles=ROLE_STYLES))
    roles = [(x.role, x.role_fixed) for x in doc.paragraphs]
    assert roles == [
        (Role.TITLE, True),
        (Role.HEADING_1, True),
        (Role.HEADING_2, True),
        (Role.HEADING_3, True),
        (Role.HEADING_4, True),
        (None, False),
        (Role.HEADING_1, True),
        (None, False),
        (None, False),
        (Role.TITLE, True),
        (None, False),
    ]


def test_python_docx_heading_styles(tmp_path):
    d = docx.Document()
    d.add_heading("题目", level=0)
    for lvl in range(1, 5):
        d.add_heading(f"第{lvl}级", level=lvl)
    d.add_paragraph("正文")
    d.save(tmp_path / "h.docx")
    doc = read_docx(tmp_path / "h.docx")
    assert [x.role for x in doc.paragraphs] == [
        Role.TITLE, Role.HEADING_1, Role.HEADING_2, Role.HEADING_3, Role.HEADING_4, None,
    ]  # fmt: skip


# --- comments ---------------------------------------------------------------------------------


def add_comments_extended(src: Path, dst: Path, entries: list[tuple[int, bool, int | None]],
                          reply_to: dict[int, int] | None = None) -> Path:  # fmt: skip
    """Give every comment a w14:paraId, add replies (new comments whose range copies their
    parent's) and a commentsExtended part with (comment index, done, parent index)."""
    with zipfile.ZipFile(src) as z:
        comments = etree.fromstring(z.read("word/comments.xml"))
        document = etree.fromstring(z.read("word/document.xml"))
    reply_to = reply_to or {}
    for reply_idx, parent_idx in reply_to.items():
        c = etree.SubElement(comments, W + "comment")
        c.set(W + "id", str(reply_idx))
        c.set(W + "author", "李四")
        c.set(W + "initials", "LS")
        c.set(W + "date", "2026-11-26T08:00:00Z")
        cp = etree.SubElement(c, W + "p")
        etree.SubElement(etree.SubElement(cp, W + "r"), W + "t").text = f"回复{parent_idx}"
        for tag in ("commentRangeStart", "commentRangeEnd"):
            mark = document.find(f".//{W}{tag}[@{W}id='{parent_idx}']")
            twin = etree.Element(W + tag)
            twin.set(W + "id", str(reply_idx))
            mark.addnext(twin)
    para_ids = {}
    for c in comments.iter(W + "comment"):
        cid = int(c.get(W + "id"))
        para_ids[cid] = f"{0x10000000 + cid:08X}"
        c.findall(W + "p")[-1].set(f"{{{W14_NS}}}paraId", para_ids[cid])
    ext = "".join(
        f'<w15:commentEx w15:paraId="{para_ids[i]}" w15:done="{int(done)}"'
        + (f' w15:paraIdParent="{para_ids[parent]}"' if parent is not None else "")
        + "/>"
        for i, done, parent in entries
    )
    ext_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><w15:commentsEx xmlns:w15="{W15_NS}" '
        f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">{ext}</w15:commentsEx>'
    )
    return rewrite(
        src,
        dst,
        {
            "word/comments.xml": etree.tostring(comments, xml_declaration=True, encoding="UTF-8"),
            "word/document.xml": etree.tostring(document, xml_declaration=True, encoding="UTF-8"),
            "word/commentsExtended.xml": ext_xml.encode(),
        },
        ct_extra='<Override PartName="/word/commentsExtended.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/>',
        rels_extra='<Relationship Id="rIdX15" Type="http://schemas.microsoft.com/office/2011/'
        'relationships/commentsExtended" Target="commentsExtended.xml"/>',
    )


def test_comments_with_anchors_status_and_replies(tmp_path):
    d = docx.Document()
    p1 = d.add_paragraph()
    p1.add_run("今年以来，")
    target = p1.add_run("我局始终坚持")
    p1.add_run("党建引领。")
    d.add_comment([target], text="措辞再斟酌", author="张三", initials="ZS")
    p2 = d.add_paragraph()
    a = p2.add_run("跨段")
    p3 = d.add_paragraph()
    b = p3.add_run("批注")
    d.add_comment([a, b], text="第一段\n第二段", author="王五", initials="WW")
    d.save(tmp_path / "c0.docx")
    path = add_comments_extended(
        tmp_path / "c0.docx", tmp_path / "c.docx",
        entries=[(0, True, None), (1, False, None), (2, True, 0)],
        reply_to={2: 0},
    )  # fmt: skip
    doc = read_docx(path)
    assert doc.texts == ["今年以来，我局始终坚持党建引领。", "跨段", "批注"]
    c0, c1, reply = doc.comments
    ids = [x.id for x in doc.paragraphs]
    assert (c0.text, c0.author, c0.initials, c0.resolved) == ("措辞再斟酌", "张三", "ZS", True)
    assert re.match(r"\d{4}-\d\d-\d\dT", c0.date)
    assert (c0.start.paragraph_id, c0.start.offset, c0.end.offset) == (ids[0], 5, 11)
    assert doc.texts[0][c0.start.offset : c0.end.offset] == "我局始终坚持"
    assert c1.text == "第一段\n第二段" and not c1.resolved
    assert (c1.start.paragraph_id, c1.start.offset) == (ids[1], 0)
    assert (c1.end.paragraph_id, c1.end.offset) == (ids[2], 2)
    assert reply.parent_id == c0.id and reply.resolved and reply.text == "回复0"
    assert reply.start is None and reply.end is None
    assert c0.parent_id is None and c1.parent_id is None


def test_comment_on_numbered_paragraph_counts_the_prefix(tmp_path):
    body = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        + r("坚持") + '<w:commentRangeStart w:id="7"/>' + r("党组核心作用")
        + '<w:commentRangeEnd w:id="7"/></w:p>'
        # a range that starts between paragraphs, and a comment without any range
        + '<w:commentRangeStart w:id="8"/>' + p("整段") + '<w:commentRangeEnd w:id="8"/>'
    )  # fmt: skip
    path = make_docx(tmp_path, body, numbering=NUMBERING)
    comments_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:comments {NSDECL}>'
        + "".join(
            f'<w:comment w:id="{i}" w:author="A" w:initials="A" w:date="2026-01-0{i - 6}T00:00Z">'
            f"<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>批注{i}</w:t></w:r></w:p></w:comment>"
            for i in (7, 8, 9)
        )
        + "</w:comments>"
    )
    path = rewrite(
        path, tmp_path / "n.docx", {"word/comments.xml": comments_xml.encode()},
        ct_extra='<Override PartName="/word/comments.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.comments+xml"/>',
        rels_extra='<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/comments" Target="comments.xml"/>',
    )  # fmt: skip
    doc = read_docx(path)
    assert doc.texts == ["（一）坚持党组核心作用", "整段"]
    c7, c8, c9 = doc.comments
    assert doc.texts[0][c7.start.offset : c7.end.offset] == "党组核心作用"
    assert (c7.start.offset, c7.end.offset) == (5, 11)
    assert (c8.start.offset, c8.end.offset) == (0, 2)
    assert c8.start.paragraph_id == doc.paragraphs[1].id
    assert c9.start is None and c9.end is None and c9.text == "批注9"


def test_reading_never_writes(tmp_path):
    d = docx.Document()
    d.add_paragraph("无批注")
    path = tmp_path / "n.docx"
    d.save(path)
    before = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(before)) as z:
        names = z.namelist()
    assert read_docx(path).comments == []
    assert path.read_bytes() == before
    assert "word/comments.xml" not in names


def test_strict_ooxml_namespace(tmp_path):
    path = make_docx(tmp_path, p("严格格式"))
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml")
    strict = xml.replace(W_NS.encode(), b"http://purl.oclc.org/ooxml/wordprocessingml/main")
    path = rewrite(path, tmp_path / "s.docx", {"word/document.xml": strict})
    assert read_docx(path).texts == ["严格格式"]


def test_corpus_report_reads_back_exactly(tmp_path):
    lines = (ROOT / "resources/samples/xinfang-dangjian-2020h1.txt").read_text("utf-8").splitlines()
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(tmp_path / "x.docx")
    assert read_docx(tmp_path / "x.docx").texts == lines


def test_chapter_documents_shift_heading_levels(tmp_path):
    def h(text: str, level: int) -> str:
        return p(text, f'<w:outlineLvl w:val="{level}"/>')

    body = h("第一章 总则", 0) + h("一、目的", 1) + h("（一）范围", 2) + h("第二章 附则", 0)
    doc = read_docx(make_docx(tmp_path, body))
    assert [x.role for x in doc.paragraphs] == [
        Role.CHAPTER, Role.HEADING_1, Role.HEADING_2, Role.CHAPTER,
    ]  # fmt: skip
    # a lone "第一章" at level 0 without deeper levels is an ordinary first-level heading
    doc = read_docx(make_docx(tmp_path, h("第一章 总则", 0) + p("正文"), name="lone.docx"))
    assert [x.role for x in doc.paragraphs] == [Role.HEADING_1, None]
    # not every level-0 heading is a chapter: no shift
    body = h("第一章 总则", 0) + h("一、目的", 0) + h("（一）范围", 1)
    doc = read_docx(make_docx(tmp_path, body, name="mixed.docx"))
    assert [x.role for x in doc.paragraphs] == [Role.HEADING_1, Role.HEADING_1, Role.HEADING_2]
