"""The Word export keeps a red-head template's 版头 (GB/T 9704-2012 7.2.4: the 发文机关标志 red,
centred) and draws tables with the borders their file gives them, instead of redrawing both
in the house look (black title type, a full grid)."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from lxml import etree

from app.engine import analyze
from app.readers import read_document
from app.writers.docx import write_docx
from app.writers.docx_masthead import is_red
from tests.app.docx_build import REAL, real
from tests.app.docx_build import exported_body as export
from tests.app.test_docx_reader import make_docx, p

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RED_HEAD = '<w:color w:val="FF0000"/><w:w w:val="66"/><w:sz w:val="72"/><w:b/>'
UNDER = ('<w:tblBorders><w:bottom w:val="single" w:sz="12" w:color="FF0000"/>'
         "</w:tblBorders>")  # fmt: skip


def table(tblpr: str, *texts: str) -> str:
    rows = "".join(f"<w:tr><w:tc><w:tcPr/>{p(t)}</w:tc></w:tr>" for t in texts)
    return (f"<w:tbl><w:tblPr>{tblpr}</w:tblPr><w:tblGrid><w:gridCol w:w=\"8000\"/></w:tblGrid>"
            f"{rows}</w:tbl>")  # fmt: skip


def paragraph(root: etree._Element, text: str) -> etree._Element:
    for par in root.iter(W + "p"):
        if "".join(par.itertext()) == text:
            return par
    raise AssertionError(f"no paragraph {text!r} in the export")


def run_props(par: etree._Element) -> list[dict[str, str | None]]:
    out = []
    for run in par.iter(W + "r"):
        rpr = run.find(W + "rPr")
        props: dict[str, str | None] = {}
        for child in rpr if rpr is not None else ():
            props[etree.QName(child).localname] = child.get(W + "val")
        out.append(props)
    return out


TEMPLATE = (
    p("XX市人民政府文件", '<w:jc w:val="center"/>', RED_HEAD)
    + table(UNDER, "X政发〔2026〕3号")
    + p("关于加强安全生产工作的通知", '<w:jc w:val="center"/>')
    + p("一、总体要求")
    + p("各单位要高度重视。", "", '<w:color w:val="FF0000"/>')
)


def test_the_red_head_keeps_its_colour_width_size_and_centring(tmp_path):
    root = export(make_docx(tmp_path, TEMPLATE), tmp_path / "out.docx")
    head = paragraph(root, "XX市人民政府文件")
    assert head.find(f"{W}pPr/{W}jc").get(W + "val") == "center"
    (props,) = run_props(head)
    assert props["color"] == "FF0000" and props["w"] == "66" and props["sz"] == "72"
    assert "b" in props
    # a 36 pt line in the house exact 28.95 pt grid would be cut: the line grows with its type
    assert head.find(f"{W}pPr/{W}spacing").get(W + "lineRule") == "auto"


def test_red_in_the_body_is_not_kept(tmp_path):
    """The official layout has black text: only the masthead, above the first heading, is red."""
    root = export(make_docx(tmp_path, TEMPLATE), tmp_path / "out.docx")
    body = paragraph(root, "各单位要高度重视。")
    assert all("color" not in props for props in run_props(body))
    title = paragraph(root, "关于加强安全生产工作的通知")
    assert all("color" not in props for props in run_props(title))


def test_a_table_keeps_the_lines_its_file_draws_and_no_others(tmp_path):
    root = export(make_docx(tmp_path, TEMPLATE), tmp_path / "out.docx")
    (tbl,) = root.iter(W + "tbl")
    grid = tbl.find(f"{W}tblPr/{W}tblBorders")
    assert {side.get(W + "val") for side in grid} == {"nil"}
    (tc,) = tbl.iter(W + "tc")
    sides = {etree.QName(s).localname: s for s in tc.find(f"{W}tcPr/{W}tcBorders")}
    assert sides["bottom"].get(W + "color") == "FF0000"
    assert sides["bottom"].get(W + "sz") == "12"
    assert {sides[k].get(W + "val") for k in ("top", "left", "right")} == {"nil"}


def test_an_edited_red_head_takes_the_house_look(tmp_path):
    """The file's run looks fit the text it was read with; once the text changed they are not
    used (the editor does the same)."""
    doc = read_document(make_docx(tmp_path, TEMPLATE))
    head = next(x for x in doc.paragraphs if x.text == "XX市人民政府文件")
    head.text = "XX县人民政府文件"
    out = tmp_path / "out.docx"
    write_docx(doc, out, analysis=analyze(doc))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    # (its 发文字号 in the table under it makes it the 发文机关标志: red in the house look of one;
    # the file's 66 % character width is not used)
    for props in run_props(paragraph(root, "XX县人民政府文件")):
        assert "w" not in props and props.get("color") == "FF0000"


def test_a_text_file_keeps_the_house_grid(tmp_path):
    """A table from a text-only source (no look) is drawn with the house grid, as before."""
    doc = read_document(make_docx(tmp_path, table("", "甲", "乙") + p("正文。")))
    for t in doc.tables.values():
        t.look = None
    out = tmp_path / "out.docx"
    write_docx(doc, out, analysis=analyze(doc))
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    grid = next(root.iter(W + "tbl")).find(f"{W}tblPr/{W}tblBorders")
    assert {side.get(W + "val") for side in grid} == {"single"}


def test_which_colours_are_a_masthead_red():
    assert all(is_red(c) for c in ("#FF0000", "#C00000", "#E60012", "#FF3333"))
    assert not any(is_red(c) for c in ("#000000", "#FFC000", "#FF66CC", "#0000FF", None, "red"))


def test_cn04_red_head_template_exports_red(tmp_path):
    out = tmp_path / "cn04.docx"
    root = export(real("cn04_wps_hongtou.docx"), out)
    head = paragraph(root, "XX市XXXX有限公司")
    assert {props.get("color") for props in run_props(head)} == {"FF0000"}
    assert {props.get("w") for props in run_props(head)} == {"66"}
    bottoms = {tc.find(f"{W}tcPr/{W}tcBorders/{W}bottom").get(W + "color")
               for tc in root.iter(W + "tc")}  # fmt: skip
    assert bottoms == {"FF0000"}
    validator = REAL.parent / "ooxml" / "validate.py"
    if validator.is_file():  # what Word accepts (../shared/ooxml), when the folder is there
        checked = subprocess.run([sys.executable, str(validator), str(out)], capture_output=True,
                                 text=True, timeout=120)  # fmt: skip
        assert checked.returncode == 0, checked.stdout[-2000:]


def test_red_far_down_a_document_without_headings_is_not_a_masthead(tmp_path):
    """The 版头 is the top of the first page: an all-red paragraph after a dozen lines of text,
    in a report with no numbered heading to stop at, is exported black."""
    body = TEMPLATE.split(p("一、总体要求"))[0] + "".join(
        p(f"第{k}段正文内容。") for k in range(12)) + p("这一段整段标红。", "", RED_HEAD)
    root = export(make_docx(tmp_path, body), tmp_path / "out.docx")
    assert all("color" not in props for props in run_props(paragraph(root, "这一段整段标红。")))
    assert run_props(paragraph(root, "XX市人民政府文件"))[0]["color"] == "FF0000"


_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def line_shape(width_emu: int = 5709285, prst: str = "line", rgb: str = "FF0000") -> str:
    """A paragraph holding an anchored straight line, the way WPS templates draw the 版头's
    separator (2.5 pt, 31,750 EMU)."""
    return (
        f'<w:p><w:r><w:drawing><wp:anchor xmlns:wp="{_WP}" distT="0" distB="0" distL="0" '
        'distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
        '<wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph">'
        f'<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="{width_emu}" cy="0"/>'
        '<wp:wrapNone/><wp:docPr id="9" name="直线 1"/>'
        f'<a:graphic xmlns:a="{_A}"><a:graphicData uri="http://schemas.microsoft.com/office/'
        'word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" '
        f'y="0"/><a:ext cx="{width_emu}" cy="0"/></a:xfrm><a:prstGeom prst="{prst}"><a:avLst/>'
        f'</a:prstGeom><a:ln w="31750"><a:solidFill><a:srgbClr val="{rgb}"/></a:solidFill>'
        '</a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        '</w:drawing></w:r></w:p>'
    )


SEPARATED = (p("XX市人民政府文件", '<w:jc w:val="center"/>', RED_HEAD) + line_shape()
             + p("关于加强安全生产工作的通知", '<w:jc w:val="center"/>') + p("一、总体要求"))


def test_the_separator_line_shape_is_read_with_its_stroke(tmp_path):
    doc = read_document(make_docx(tmp_path, SEPARATED))
    [shape] = [o for par in doc.paragraphs for o in par.objects]
    assert shape.kind == "shape" and shape.stroke == (2.5, "#FF0000")
    box = read_document(make_docx(tmp_path, line_shape(prst="rect"), name="rect.docx"))
    assert [o.stroke for par in box.paragraphs for o in par.objects] == [None]


def test_the_separator_line_becomes_a_red_rule_under_the_centred_head(tmp_path):
    root = export(make_docx(tmp_path, SEPARATED), tmp_path / "out.docx")
    rules = [par for par in root.iter(W + "p") if par.find(f"{W}pPr/{W}pBdr") is not None]
    assert len(rules) == 1
    bottom = rules[0].find(f"{W}pPr/{W}pBdr/{W}bottom")
    assert bottom.get(W + "color") == "FF0000" and bottom.get(W + "sz") == "20"
    assert bottom.get(W + "val") == "single"
    # the head: no first-line indent from the body style, so it is centred on the page
    head = paragraph(root, "XX市人民政府文件")
    assert head.find(f"{W}pPr/{W}ind").get(W + "firstLine") == "0"
    validator = REAL.parent / "ooxml" / "validate.py"
    if validator.is_file():  # what Word accepts (../shared/ooxml), when the folder is there
        out = subprocess.run([sys.executable, str(validator), str(tmp_path / "out.docx")],
                             capture_output=True, text=True, timeout=120)  # fmt: skip
        assert out.returncode == 0, out.stdout[-2000:]


_V = "urn:schemas-microsoft-com:vml"


def vml_line(stroke: str) -> str:
    """A paragraph holding a VML line, the way WPS writes a 版头's separator inside w:pict."""
    return (
        f'<w:p><w:r><w:pict><v:line xmlns:v="{_V}" id="_x0000_s1026" style="position:absolute;'
        'left:0pt;margin-top:7.95pt;height:0pt;width:449.55pt;mso-position-horizontal:center" '
        f'filled="f" stroked="t" coordsize="21600,21600">{stroke}<v:imagedata/></v:line>'
        '</w:pict></w:r></w:p>'
    )


def test_a_vml_separator_line_is_read_with_its_stroke_and_exported_as_the_red_rule(tmp_path):
    """WPS's red-head templates draw the separator as a VML v:line (2.5 pt, #FF0000): the
    export drew no rule at all for it, and the editor a grey one."""
    body = (p("XX市人民政府文件", '<w:jc w:val="center"/>', RED_HEAD)
            + vml_line('<v:stroke weight="2.5pt" color="#FF0000"/>')
            + p("关于加强安全生产工作的通知", '<w:jc w:val="center"/>') + p("一、总体要求"))
    path = make_docx(tmp_path, body)
    [line] = [o for par in read_document(path).paragraphs for o in par.objects]
    assert line.stroke == (2.5, "#FF0000") and line.width_pt == 449.55
    root = export(path, tmp_path / "out.docx")
    [rule] = [par for par in root.iter(W + "p") if par.find(f"{W}pPr/{W}pBdr") is not None]
    assert rule.find(f"{W}pPr/{W}pBdr/{W}bottom").get(W + "color") == "FF0000"
    plain = make_docx(tmp_path, vml_line('<v:stroke weight="1pt"/>'), name="plain.docx")
    assert [o.stroke for par in read_document(plain).paragraphs for o in par.objects] \
        == [(1.0, None)]  # a line with no colour keeps none (the 版记's black rule)
    short = make_docx(tmp_path, vml_line('<v:stroke color="red"/>'), name="named.docx")
    assert [o.stroke for par in read_document(short).paragraphs for o in par.objects] \
        == [(0.75, "#FF0000")]  # VML's default weight; a named colour


def test_a_short_line_or_a_line_beside_text_is_no_separator():
    from app.model import OBJECT_CHAR, InlineObject, Role
    from app.render_plan import Align, Face, Planned, separator_rule

    def planned(text: str, width: float) -> Planned:
        o = InlineObject("shape", "图形", width_pt=width, height_pt=0.0, stroke=(1.0, None))
        return Planned(0, 0, Role.BODY, text, Face.FANGSONG, Align.INDENT, objects=(o,))

    assert separator_rule(planned(OBJECT_CHAR + "  ", 440.0)) == (1.0, None)
    assert separator_rule(planned(OBJECT_CHAR, 100.0)) is None  # a short stroke: a drawing
    assert separator_rule(planned("签发人：" + OBJECT_CHAR, 440.0)) is None  # text beside it
