"""Build the small .docx files of tests/data/objects: the objects the GB/T export has to carry over
with their parts (a chart with its embedded workbook, style and colours; a SmartArt with its data,
layout, quick style, colours and drawing; an OLE object with its embedding and preview picture; a
text box in a line of text) and the altChunks Word merges into the body when it opens a file
(HTML, MHT, RTF, .docx). The XML is written by hand the way Word 2016 writes it, with the helpers
of ../wordcraft/make_wordcraft.py.

    python tests/data/objects/make_objects.py      # rewrites the .docx files beside it

The files are committed; this script says exactly what is in them (fixed zip dates: the same bytes
every run).
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "wordcraft"))
import make_wordcraft as wc  # noqa: E402

wc.HERE = HERE  # Pkg.write puts the files beside this script
REL = wc.REL
DML = "application/vnd.openxmlformats-officedocument.drawingml."
DGM_NS = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
DSP_NS = "http://schemas.microsoft.com/office/drawing/2008/diagram"
RELS_OPEN = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A plain PNG of one colour with a black frame (the OLE object's preview picture)."""
    rows = b""
    for y in range(height):
        row = b"\x00"
        for x in range(width):
            edge = x in (0, width - 1) or y in (0, height - 1)
            row += bytes((0, 0, 0) if edge else rgb)
        rows += row

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))  # fmt: skip

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))  # fmt: skip


def small_zip(entries: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in entries.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 3, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


def workbook() -> bytes:
    """A minimal .xlsx: the chart's embedded data (Word opens it to edit the chart)."""
    ss = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return small_zip({
        "[Content_Types].xml": wc.HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/'
        '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats'
        '-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
        'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'worksheet+xml"/></Types>',
        "_rels/.rels": wc.HEAD + RELS_OPEN + f'<Relationship Id="rId1" Type="{REL}officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": wc.HEAD + f'<workbook xmlns="{ss}" xmlns:r="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" '
        'sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": wc.HEAD + RELS_OPEN + f'<Relationship Id="rId1" '
        f'Type="{REL}worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": wc.HEAD + f'<worksheet xmlns="{ss}"><sheetData>'
        '<row r="2"><c r="B2"><v>3</v></c></row><row r="3"><c r="B3"><v>5</v></c></row>'
        "</sheetData></worksheet>",
    })  # fmt: skip


def chart_rels() -> str:
    return (wc.HEAD + RELS_OPEN
            + f'<Relationship Id="rId1" Type="{REL}package" '
            'Target="../embeddings/Microsoft_Excel_Worksheet.xlsx"/>'
            '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/'
            'chartStyle" Target="style1.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.microsoft.com/office/2011/relationships/'
            'chartColorStyle" Target="colors1.xml"/></Relationships>')  # fmt: skip


def chart_xml() -> str:
    # wordcraft's chart, with a title and its data in the embedded workbook
    title = ('<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>各季度完成情况</a:t></a:r></a:p>'
             '</c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>')
    return wc.chart_part().replace('<c:autoTitleDeleted val="1"/>', title).replace(
        "</c:chartSpace>", '<c:externalData r:id="rId1"><c:autoUpdate val="0"/>'
        "</c:externalData></c:chartSpace>")  # fmt: skip


CS_NS = "http://schemas.microsoft.com/office/drawing/2012/chartStyle"
CHART_COLORS = (wc.HEAD + f'<cs:colorStyle xmlns:cs="{CS_NS}" xmlns:a="{A_NS}" meth="cycle" '
                'id="10"><a:schemeClr val="accent1"/></cs:colorStyle>')  # fmt: skip


def chart_style() -> str:
    entry = '<cs:{0}><cs:lnRef idx="0"/><cs:fillRef idx="0"/><cs:effectRef idx="0"/>' \
            '<cs:fontRef idx="minor"/></cs:{0}>'
    names = ("axisTitle categoryAxis chartArea dataLabel dataPoint dataPoint3D dataPointLine "
             "dataPointMarker dataPointWireframe dataTable downBar dropLine errorBar floor "
             "gridlineMajor gridlineMinor hiLoLine leaderLine legend plotArea plotArea3D "
             "seriesAxis seriesLine title trendline trendlineLabel upBar valueAxis wall").split()
    body = "".join(entry.format(n) for n in names)
    return (wc.HEAD + f'<cs:chartStyle xmlns:cs="{CS_NS}" xmlns:a="{A_NS}" id="201">'
            + body + "</cs:chartStyle>")


def diagram_parts(pkg: wc.Pkg) -> str:
    """The five parts of a SmartArt (three boxes in a row); the inline drawing that shows it."""
    words = ["调查研究", "分析问题", "提出建议"]
    pts = "".join(
        f'<dgm:pt modelId="{{0000000{k + 1}-0000-0000-0000-000000000000}}"><dgm:prSet '
        f'phldrT="[文本]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:r>'
        f'<a:rPr lang="zh-CN" altLang="en-US"/><a:t>{w}</a:t></a:r></a:p></dgm:t></dgm:pt>'
        for k, w in enumerate(words))  # fmt: skip
    cxns = "".join(
        f'<dgm:cxn modelId="{{1000000{k + 1}-0000-0000-0000-000000000000}}" '
        'srcId="{00000000-0000-0000-0000-000000000000}" '
        f'destId="{{0000000{k + 1}-0000-0000-0000-000000000000}}" srcOrd="{k}" destOrd="0"/>'
        for k in range(len(words)))  # fmt: skip
    drawing_rid = "rId90"
    data = (wc.HEAD + f'<dgm:dataModel xmlns:dgm="{DGM_NS}" xmlns:a="{A_NS}"><dgm:ptLst>'
            '<dgm:pt modelId="{00000000-0000-0000-0000-000000000000}" type="doc"><dgm:prSet '
            'loTypeId="urn:microsoft.com/office/officeart/2005/8/layout/default" '
            'qsTypeId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1" '
            'csTypeId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"/><dgm:spPr/>'
            '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN"/></a:p></dgm:t>'
            f"</dgm:pt>{pts}</dgm:ptLst><dgm:cxnLst>{cxns}</dgm:cxnLst><dgm:bg/><dgm:whole/>"
            '<dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram">'
            f'<dsp:dataModelExt xmlns:dsp="{DSP_NS}" relId="{drawing_rid}" '
            'minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext>'
            "</dgm:extLst></dgm:dataModel>")  # fmt: skip
    layout = (wc.HEAD + f'<dgm:layoutDef xmlns:dgm="{DGM_NS}" xmlns:a="{A_NS}" '
              'uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/default">'
              '<dgm:title val=""/><dgm:desc val=""/><dgm:layoutNode name="diagram"/>'
              "</dgm:layoutDef>")  # fmt: skip
    style = (wc.HEAD + f'<dgm:styleDef xmlns:dgm="{DGM_NS}" xmlns:a="{A_NS}" '
             'uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1">'
             '<dgm:title val=""/><dgm:desc val=""/><dgm:scene3d><a:camera '
             'prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d>'
             "</dgm:styleDef>")  # fmt: skip
    colors = (wc.HEAD + f'<dgm:colorsDef xmlns:dgm="{DGM_NS}" xmlns:a="{A_NS}" '
              'uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2">'
              '<dgm:title val=""/><dgm:desc val=""/></dgm:colorsDef>')  # fmt: skip
    shapes = "".join(
        f'<dsp:sp modelId="{{2000000{k + 1}-0000-0000-0000-000000000000}}"><dsp:nvSpPr>'
        f'<dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm>'
        f'<a:off x="{k * 1900000}" y="0"/><a:ext cx="1700000" cy="1000000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="4472C4"/>'
        '</a:solidFill><a:ln><a:noFill/></a:ln></dsp:spPr><dsp:txBody><a:bodyPr anchor="ctr"/>'
        '<a:lstStyle/><a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="zh-CN" sz="1800">'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:rPr>'
        f"<a:t>{w}</a:t></a:r></a:p></dsp:txBody><dsp:txXfrm><a:off x=\"{k * 1900000}\" "
        'y="0"/><a:ext cx="1700000" cy="1000000"/></dsp:txXfrm></dsp:sp>'
        for k, w in enumerate(words))  # fmt: skip
    drawing = (wc.HEAD + f'<dsp:drawing xmlns:dgm="{DGM_NS}" xmlns:dsp="{DSP_NS}" '
               f'xmlns:a="{A_NS}"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/>'
               f"<dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>{shapes}</dsp:spTree>"
               "</dsp:drawing>")  # fmt: skip
    dm = pkg.add("word/diagrams/data1.xml", data, DML + "diagramData+xml", "diagramData")
    lo = pkg.add("word/diagrams/layout1.xml", layout, DML + "diagramLayout+xml",
                 "diagramLayout")  # fmt: skip
    qs = pkg.add("word/diagrams/quickStyle1.xml", style, DML + "diagramStyle+xml",
                 "diagramQuickStyle")  # fmt: skip
    cs = pkg.add("word/diagrams/colors1.xml", colors, DML + "diagramColors+xml",
                 "diagramColors")  # fmt: skip
    pkg.add("word/diagrams/drawing1.xml", drawing,
            "application/vnd.ms-office.drawingml.diagramDrawing+xml",
            "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing",
            rid=drawing_rid)  # fmt: skip
    return (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="5486400" cy="1000000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:docPr id="3" name="图示 3"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
        f'uri="{DGM_NS}"><dgm:relIds r:dm="{dm}" r:lo="{lo}" r:qs="{qs}" r:cs="{cs}"/>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def ole_run(pkg: wc.Pkg, link: str | None = None) -> str:
    """An OLE object (an embedded Excel sheet, or one linked to ``link``) with its preview."""
    preview = pkg.add(f"word/media/image{len(pkg.parts)}.png", png(60, 30, (200, 220, 240)),
                      None, "image")  # fmt: skip
    if link is None:
        pkg.defaults["bin"] = "application/vnd.openxmlformats-officedocument.oleObject"
        ole_bin = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
        rid = pkg.add("word/embeddings/oleObject1.bin", ole_bin, None, "oleObject")
        kind = "Embed"
    else:
        rid = f"rId{len(pkg.doc_rels) + 1}"
        pkg.doc_rels.append((rid, REL + "oleObject", link, "External"))
        kind = "Link"
    pkg.defaults["png"] = "image/png"
    return (
        '<w:r><w:object w:dxaOrig="1200" w:dyaOrig="600">'
        '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
        'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/>'
        '<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>'
        '<o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
        '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:90pt;height:45pt" '
        f'o:ole=""><v:imagedata r:id="{preview}" o:title=""/></v:shape>'
        f'<o:OLEObject Type="{kind}" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" '
        f'DrawAspect="Content" ObjectID="_1700000001" r:id="{rid}"'
        + ('><o:LinkType>EnhancedMetaFile</o:LinkType><o:LockedField>false</o:LockedField>'
           "</o:OLEObject>" if link else "/>")
        + "</w:object></w:r>"
    )  # fmt: skip


def objects() -> wc.Pkg:
    pkg = wc.Pkg("")
    chart = pkg.add("word/charts/chart1.xml", chart_xml(), DML + "chart+xml", "chart")
    pkg.parts["word/charts/_rels/chart1.xml.rels"] = chart_rels()
    pkg.add("word/embeddings/Microsoft_Excel_Worksheet.xlsx", workbook(), None)
    pkg.defaults["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    pkg.add("word/charts/style1.xml", chart_style(), "application/vnd.ms-office.chartstyle+xml")
    pkg.add("word/charts/colors1.xml", CHART_COLORS,
            "application/vnd.ms-office.chartcolorstyle+xml")  # fmt: skip
    chart_run = (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="4572000" cy="2743200"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:docPr id="2" name="图表 2"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
        'uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        f'<c:chart r:id="{chart}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
    )
    smartart = diagram_parts(pkg)
    pkg.body = (
        wc.BEFORE
        + "<w:p>" + wc.run("见右侧文本框") + wc.VML_TEXTBOX + wc.run("，框内写明要点。") + "</w:p>"
        + "<w:p>" + wc.run("各季度完成情况见图表：") + chart_run + "</w:p>"
        + "<w:p>" + wc.run("工作流程：") + smartart + "</w:p>"
        + "<w:p>" + wc.run("明细见附表：") + ole_run(pkg) + wc.run("（双击打开）") + "</w:p>"
        + wc.AFTER
    )
    return pkg


def linked() -> wc.Pkg:
    """An OLE object linked to a file outside the package: the export cannot carry it."""
    pkg = wc.Pkg("")
    pkg.body = (wc.BEFORE + "<w:p>" + wc.run("数据来自链接的表格：")
                + ole_run(pkg, "file:///C:/data/%E5%8F%B0%E8%B4%A6.xlsx") + "</w:p>"
                + wc.AFTER)  # fmt: skip
    return pkg


HTML_CHUNK = (
    "<html><head><meta charset=\"utf-8\"><title>片段</title><style>p{margin:0}</style>"
    "<script>var x = 1;</script></head><body><h2>三、下一步打算</h2>"
    "<p>一是加强统筹协调&nbsp;，形成工作合力。</p><p>二是抓好的的落实。</p>"
    "<table><tr><td>序号</td><td>事项</td></tr></table></body></html>"
)
MHT_CHUNK = (
    "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\n"
    "------=_NextPart_01\r\nContent-Location: file:///C:/chunk.htm\r\n"
    "Content-Transfer-Encoding: base64\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n"
)
RTF_CHUNK = (
    r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}"
    r"{\*\generator Riched20;}\f0\fs24 \'d4\'da\'c1\'b4\'bd\'d3\'b5\'c4RTF"
    r"\u29255?\u27573?\par "
    r"\'b5\'c4\'b5\'c4second line\par}"
)


def docx_chunk() -> bytes:
    body = ('<w:p><w:r><w:t>嵌入文档里的一段话。</w:t></w:r></w:p>'
            '<w:p><w:r><w:t>第二段。</w:t></w:r></w:p>')  # fmt: skip
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    return small_zip({
        "[Content_Types].xml": wc.HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/'
        '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats'
        '-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{ct}"/></Types>',
        "_rels/.rels": wc.HEAD + RELS_OPEN + f'<Relationship Id="rId1" Type="{REL}officeDocument" '
        'Target="word/document.xml"/></Relationships>',
        "word/document.xml": wc.HEAD + f'<w:document xmlns:w="{wc.NS["w"]}"><w:body>{body}'
        "</w:body></w:document>",
    })  # fmt: skip


def alt_chunks() -> wc.Pkg:
    import base64

    pkg = wc.Pkg("")
    html = pkg.add("word/afchunk.htm", HTML_CHUNK, "text/html", "aFChunk")
    mht_body = "<html><body><p>网页存档里的文字。</p></body></html>".encode()
    mht = MHT_CHUNK + base64.encodebytes(mht_body).decode("ascii").replace("\n", "\r\n") \
        + "\r\n------=_NextPart_01--\r\n"
    mht_rid = pkg.add("word/afchunk2.mht", mht, "message/rfc822", "aFChunk")
    rtf = pkg.add("word/afchunk3.rtf", RTF_CHUNK, "application/rtf", "aFChunk")
    docx = pkg.add("word/afchunk4.docx", docx_chunk(),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "aFChunk")  # fmt: skip
    pkg.body = (wc.BEFORE + f'<w:altChunk r:id="{html}"/>' + wc.para("中间一段正文。")
                + f'<w:altChunk r:id="{mht_rid}"/><w:altChunk r:id="{rtf}"/>'
                + f'<w:altChunk r:id="{docx}"/>' + wc.AFTER)  # fmt: skip
    return pkg


WPC_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"
WPS_URI = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def inline(n: int, cx: int, cy: int, uri: str, graphic: str) -> str:
    """A run holding a drawing in the line (wp:inline) of ``uri``'s kind."""
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{n}" name="图形 {n}"/><wp:cNvGraphicFramePr/><a:graphic>'
            f'<a:graphicData uri="{uri}">{graphic}</a:graphicData></a:graphic></wp:inline>'
            "</w:drawing></w:r>")  # fmt: skip


def wsp(n: int, x: int, y: int, cx: int, cy: int, prst: str, fill: str, group: bool) -> str:
    """A shape without text: ``prst`` geometry, ``fill`` (a:solidFill or a:blipFill XML)."""
    name = f'<wps:cNvPr id="{n}" name="形状 {n}"/>' if group else ""
    return (f"<wps:wsp>{name}<wps:cNvSpPr/><wps:spPr>"
            f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom>{fill}'
            '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
            '</wps:spPr><wps:bodyPr/></wps:wsp>')  # fmt: skip


def solid(rgb: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{rgb}"/></a:solidFill>'


def shapes() -> wc.Pkg:
    """Drawings without text: a group of a box and an arrow, an arrow with a picture fill, a VML
    group (an oval and a box), each after words in its line."""
    pkg = wc.Pkg("")
    picture = pkg.add("word/media/fill1.png", png(8, 8, (0, 160, 0)), None, "image")
    pkg.defaults["png"] = "image/png"
    group = inline(
        11, 1828800, 457200, "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
        '<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="1828800" cy="457200"/><a:chOff x="0" y="0"/><a:chExt cx="1828800" cy="457200"/>'
        "</a:xfrm></wpg:grpSpPr>"
        + wsp(12, 0, 0, 731520, 457200, "rect", solid("1F4E79"), True)
        + wsp(13, 914400, 0, 914400, 457200, "rightArrow", solid("FF0000"), True)
        + "</wpg:wgp>")  # fmt: skip
    blip = (f'<a:blipFill><a:blip r:embed="{picture}"/><a:stretch><a:fillRect/></a:stretch>'
            "</a:blipFill>")  # fmt: skip
    arrow = inline(31, 1371600, 365760, WPS_URI,
                   wsp(32, 0, 0, 1371600, 365760, "rightArrow", blip, False))  # fmt: skip
    vml = ('<w:r><w:pict><v:group id="组合 41" style="width:108pt;height:36pt" '
           'coordsize="2160,720"><v:oval id="椭圆 42" style="position:absolute;left:0;top:0;'
           'width:1000;height:720" fillcolor="#7030a0" strokecolor="black"/>'
           '<v:rect id="矩形 43" style="position:absolute;left:1160;top:0;width:1000;height:720" '
           'fillcolor="#00b0f0" strokecolor="black"/></v:group></w:pict></w:r>')  # fmt: skip
    pkg.body = (
        wc.BEFORE
        + "<w:p>" + wc.run("流程示意：") + group + "</w:p>"
        + "<w:p>" + wc.run("下一步：") + arrow + "</w:p>"
        + "<w:p>" + wc.run("旧式图形：") + vml + "</w:p>"
        + wc.AFTER
    )
    return pkg


def canvas() -> wc.Pkg:
    """A drawing canvas holding an ellipse, after words in its line. (Apart from ob04: LibreOffice
    7.4 does not open a file holding this canvas, the original as little as the export.)"""
    pkg = wc.Pkg("")
    canvas = inline(
        21, 1371600, 685800, WPC_NS,
        f'<wpc:wpc xmlns:wpc="{WPC_NS}"><wpc:bg/><wpc:whole/>'
        + wsp(22, 228600, 114300, 914400, 457200, "ellipse", solid("FFC000"), True)
        + "</wpc:wpc>")  # fmt: skip
    pkg.body = wc.BEFORE + "<w:p>" + wc.run("画布：") + canvas + "</w:p>" + wc.AFTER
    return pkg


def picture(n: int, blip: str, cx: int = 914400, cy: int = 457200) -> str:
    """A run holding a picture in the line whose a:blip is ``blip`` (its r:embed or r:link)."""
    return inline(n, cx, cy, "http://schemas.openxmlformats.org/drawingml/2006/picture",
                  '<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="图片"/><pic:cNvPicPr/>'
                  f"</pic:nvPicPr><pic:blipFill>{blip}<a:stretch><a:fillRect/></a:stretch>"
                  '</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
                  f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
                  "</a:prstGeom></pic:spPr></pic:pic>")  # fmt: skip


def pictures() -> wc.Pkg:
    """Pictures without bytes in the package: one linked to a file outside it (a:blip r:link),
    a VML one linked the same way (v:imagedata r:id of an external relationship), the empty dot
    WPS leaves behind (a 0.65 pt v:shape whose v:imagedata names nothing), one whose embedded
    part is missing from the package (it cannot be carried), and the linked one again in a
    paragraph of its own."""
    pkg = wc.Pkg("")
    link = f"rId{len(pkg.doc_rels) + 1}"
    pkg.doc_rels.append((link, REL + "image", "file:///C:/pictures/site.png", "External"))
    vml_link = f"rId{len(pkg.doc_rels) + 1}"
    pkg.doc_rels.append((vml_link, REL + "image", "file:///C:/pictures/map.png", "External"))
    broken = f"rId{len(pkg.doc_rels) + 1}"
    pkg.doc_rels.append((broken, REL + "image", "media/gone.png", ""))
    vml = ('<w:r><w:pict><v:shape id="图片 62" o:spid="_x0000_i1062" type="#_x0000_t75" '
           f'style="width:72pt;height:36pt"><v:imagedata r:id="{vml_link}" o:title=""/>'
           "</v:shape></w:pict></w:r>")  # fmt: skip
    dot = ('<w:r><w:pict><v:shape id="_x0000_i1025" o:spt="75" type="#_x0000_t75" '
           'style="height:0.65pt;width:0.65pt;" filled="f" stroked="f" coordsize="21600,21600">'
           '<v:path/><v:fill on="f" focussize="0,0"/><v:stroke on="f"/><v:imagedata o:title=""/>'
           '<o:lock v:ext="edit" aspectratio="t"/></v:shape></w:pict></w:r>')  # fmt: skip
    pkg.body = (
        wc.BEFORE
        + "<w:p>" + wc.run("现场照片见链接：") + picture(61, f'<a:blip r:link="{link}"/>')
        + "</w:p>"
        + "<w:p>" + wc.run("位置图：") + vml + "</w:p>"
        + "<w:p>" + wc.run("抄送：办公室。") + dot + "</w:p>"
        + "<w:p>" + wc.run("缺失的图片：") + picture(63, f'<a:blip r:embed="{broken}"/>') + "</w:p>"
        + "<w:p>" + picture(64, f'<a:blip r:link="{link}"/>') + "</w:p>"
        + wc.AFTER
    )
    return pkg


def anchor(n: int, x: int, y: int, cx: int, cy: int, graphic: str, in_cell: bool = True) -> str:
    """A run holding a floating drawing placed ``x`` EMU from its column, ``y`` under its
    paragraph's top."""
    return (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
            f'simplePos="0" relativeHeight="{251659264 + n}" behindDoc="0" locked="0" '
            f'layoutInCell="{int(in_cell)}" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset>'
            '</wp:positionH><wp:positionV relativeFrom="paragraph">'
            f'<wp:posOffset>{y}</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            f'<wp:docPr id="{n}" name="形状 {n}"/><wp:cNvGraphicFramePr/><a:graphic>'
            f'<a:graphicData uri="{WPS_URI}">{graphic}</a:graphicData></a:graphic></wp:anchor>'
            "</w:drawing></w:r>")  # fmt: skip


def shape(cx: int, cy: int, prst: str, fill: str, line: str = "000000", ends: str = "") -> str:
    """A wps:wsp of ``prst`` geometry, ``fill`` (XML or ""), a 1 pt line in ``line``."""
    return (f'<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="{prst}"><a:avLst/>'
            f'</a:prstGeom>{fill or "<a:noFill/>"}<a:ln w="12700"><a:solidFill>'
            f'<a:srgbClr val="{line}"/></a:solidFill>{ends}</a:ln></wps:spPr><wps:bodyPr/>'
            "</wps:wsp>")  # fmt: skip


def cell_shapes() -> wc.Pkg:
    """A form 500 pt wide (the export sets it in 442 pt) whose cells hold floating shapes: a
    VML fill-in line placed from the text column (o:allowincell="f", en03's kind), a
    DrawingML line in the second cell placed from that cell; then simple shapes the PDF draws
    (a rectangle, a rounded one, an ellipse, an arrow line, floating beside a paragraph and in
    a line of their own; a horizontal rule) and a block arrow it does not."""
    pkg = wc.Pkg("")
    fill_line = ('<w:r><w:pict><v:line id="_x0000_s1032" style="position:absolute;'
                 "z-index:251656192;mso-position-horizontal-relative:text;"
                 'mso-position-vertical-relative:text" from="260pt,20pt" to="495pt,20pt" '
                 'o:allowincell="f"/></w:pict></w:r>')  # fmt: skip
    cell_line = anchor(71, 12700, 254000, 2921000, 0, shape(2921000, 0, "line", ""))
    tcw = '<w:tcW w:w="5000" w:type="dxa"/>'
    rows = ("<w:tr>" + wc.cell("<w:p>" + fill_line + wc.run("姓名") + "</w:p><w:p/>", tcw)
            + wc.cell("<w:p>" + cell_line + wc.run("单位") + "</w:p><w:p/>", tcw) + "</w:tr>")
    arrow_ends = '<a:tailEnd type="triangle"/>'
    rect = shape(1270000, 508000, "rect", solid("C00000"))
    rounded = shape(1270000, 508000, "roundRect", solid("FFC000"))
    floating = (anchor(72, 2540000, 0, 1270000, 508000, rect, False)
                + anchor(73, 3810000, 0, 1270000, 508000, rounded, False))
    row = (inline(74, 914400, 457200, WPS_URI, shape(914400, 457200, "ellipse", solid("00B050")))
           + inline(75, 914400, 0, WPS_URI, shape(914400, 0, "straightConnector1", "", "0070C0",
                                                  arrow_ends))
           + inline(76, 914400, 457200, WPS_URI, shape(914400, 457200, "rightArrow",
                                                       solid("7030A0"))))  # fmt: skip
    pkg.body = (
        wc.BEFORE
        + wc.table(rows, 2, 5000)
        + "<w:p>" + floating + wc.run("图形浮在这一段旁边。") + "</w:p><w:p/>"
        + "<w:p>" + row + "</w:p>"
        + "<w:p>" + HR + "</w:p>"
        + wc.AFTER
    )
    return pkg


# a horizontal rule as Word writes an HTML <hr> (en06): a VML rectangle of no width, o:hr
HR = ('<w:r><w:pict><v:rect id="_x0000_i1026" style="width:0;height:9pt" o:hralign="center" '
      'o:hrstd="t" o:hrnoshade="t" o:hr="t" fillcolor="#aca899" stroked="f"/></w:pict></w:r>')


FILES = {
    "ob01_chart_smartart_ole.docx": objects,
    "ob02_linked_ole.docx": linked,
    "ob03_altchunks.docx": alt_chunks,
    "ob04_shapes.docx": shapes,
    "ob05_canvas.docx": canvas,
    "ob06_pictures.docx": pictures,
    "ob07_cell_shapes.docx": cell_shapes,
}


def main() -> None:
    for name, build in FILES.items():
        print(build().write(name))


if __name__ == "__main__":
    main()
