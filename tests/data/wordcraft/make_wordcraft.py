"""Build the small .docx files of tests/data/wordcraft: one Word construct each, its XML written by
hand the way Word 2016 (and WPS) writes it, with a plain paragraph before and after it so an edit
next to the construct can be tried.

    python tests/data/wordcraft/make_wordcraft.py      # rewrites the .docx files beside it

The files are committed; this script says exactly what is in them. Zip entries get a fixed date so
running it again gives the same bytes.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

NS = {
    "wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "o": "urn:schemas-microsoft-com:office:office",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "v": "urn:schemas-microsoft-com:vml",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "dgm": "http://schemas.openxmlformats.org/drawingml/2006/diagram",
}
DECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items()) + ' mc:Ignorable="w14 w15 wp14"'
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml."

STYLES = (
    HEAD + f"<w:styles {DECL}>"
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋" '
    'w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/>'
    '<w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>'
    "</w:rPrDefault><w:pPrDefault/></w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
    '<w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr>'
    '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="a"/>'
    '<w:next w:val="a"/><w:uiPriority w:val="39"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="TOC"><w:name w:val="TOC Heading"/>'
    '<w:basedOn w:val="1"/><w:next w:val="a"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="a0">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
    '<w:style w:type="character" w:styleId="a3"><w:name w:val="Placeholder Text"/>'
    '<w:basedOn w:val="a0"/><w:uiPriority w:val="99"/><w:semiHidden/>'
    '<w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="a4"><w:name w:val="Hyperlink"/>'
    '<w:basedOn w:val="a0"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'
    "</w:style>"
    '<w:style w:type="character" w:styleId="a5"><w:name w:val="footnote reference"/>'
    '<w:basedOn w:val="a0"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="a6"><w:name w:val="footnote text"/>'
    '<w:basedOn w:val="a"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="a7"><w:name w:val="annotation text"/>'
    '<w:basedOn w:val="a"/><w:pPr><w:jc w:val="left"/></w:pPr></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="a8"><w:name w:val="Normal Table"/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="a9"><w:name w:val="Table Grid"/><w:basedOn w:val="a8"/>'
    '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
    "</w:style></w:styles>"
)
SETTINGS = (
    HEAD + f"<w:settings {DECL}>"
    '<w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
    '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>'
    '<w:characterSpacingControl w:val="compressPunctuation"/>'
    '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
    '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/>'
    '<w:useFELayout/><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    '<w:rsids><w:rsidRoot w:val="00A1B2C3"/><w:rsid w:val="00A1B2C3"/></w:rsids>'
    '<m:mathPr><m:mathFont m:val="Cambria Math"/></m:mathPr>'
    '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
    '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
)
CORE = (
    HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title>'
    "<dc:creator>办公室</dc:creator><cp:lastModifiedBy>张三</cp:lastModifiedBy>"
    "<cp:revision>2</cp:revision>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-02T01:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-03T02:00:00Z</dcterms:modified>'
    "</cp:coreProperties>"
)
APP = (
    HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>3</TotalTime><Pages>1</Pages>'
    "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
    "<Lines>1</Lines><Paragraphs>1</Paragraphs><AppVersion>16.0000</AppVersion></Properties>"
)
SECT = (
    '<w:sectPr w:rsidR="00A1B2C3"><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="2098" w:right="1474" w:bottom="1985" w:left="1588" w:header="851" '
    'w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
    '<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>'
)
BEFORE = ('<w:p w14:paraId="10000001" w14:textId="20000001"><w:r><w:t>前面一段正文。</w:t></w:r>'
          "</w:p>")  # fmt: skip
AFTER = ('<w:p w14:paraId="10000002" w14:textId="20000002"><w:r><w:t>后面一段正文。</w:t></w:r>'
         "</w:p>")  # fmt: skip


def para(text: str, ppr: str = "", pid: str = "") -> str:
    attrs = f' w14:paraId="{pid}" w14:textId="77777777"' if pid else ""
    props = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f'<w:p{attrs}>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def run(text: str, rpr: str = "") -> str:
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def fld(instr: str, result: str, rpr: str = "") -> str:
    """A complex field: begin, instruction, separate, result, end."""
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:r>{props}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{props}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        f'<w:r>{props}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run(result, rpr)}"
        f'<w:r>{props}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def cell(content: str, tcpr: str = '<w:tcW w:w="2000" w:type="dxa"/>') -> str:
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{content}</w:tc>"


def table(rows: str, cols: int, width: int = 2000) -> str:
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(cols))
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="a9"/><w:tblW w:w="0" w:type="auto"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
        f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>'
    )


class Pkg:
    """One package: the parts, their content types and the document's relationships."""

    def __init__(self, body: str, *, sect: str = SECT) -> None:
        self.parts: dict[str, str | bytes] = {}
        self.overrides: dict[str, str] = {}
        self.defaults = {"rels": "application/vnd.openxmlformats-package.relationships+xml",
                         "xml": "application/xml"}  # fmt: skip
        self.doc_rels: list[tuple[str, str, str, str]] = []  # id, type, target, mode
        self.root_rels: list[tuple[str, str]] = []
        self.body = body
        self.sect = sect
        self.add("word/styles.xml", STYLES, CT_MAIN + "styles+xml", "styles")
        self.add("word/settings.xml", SETTINGS, CT_MAIN + "settings+xml", "settings")

    def add(self, name: str, data: str | bytes, ctype: str | None, rel: str | None = None,
            rid: str | None = None) -> str:  # fmt: skip
        self.parts[name] = data
        if ctype:
            self.overrides["/" + name] = ctype
        if rel:
            rid = rid or f"rId{len(self.doc_rels) + 1}"
            target = name[len("word/"):] if name.startswith("word/") else "../" + name
            self.doc_rels.append((rid, rel if "://" in rel else REL + rel, target, ""))
            return rid
        return ""

    def link(self, target: str) -> str:
        rid = f"rId{len(self.doc_rels) + 1}"
        self.doc_rels.append((rid, REL + "hyperlink", target, "External"))
        return rid

    def write(self, name: str) -> Path:
        out = HERE / name
        self.overrides["/word/document.xml"] = CT_MAIN + "document.main+xml"
        self.overrides["/docProps/core.xml"] = (
            "application/vnd.openxmlformats-package.core-properties+xml")  # fmt: skip
        self.overrides["/docProps/app.xml"] = (
            "application/vnd.openxmlformats-officedocument.extended-properties+xml")  # fmt: skip
        ct = (
            HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            + "".join(f'<Default Extension="{e}" ContentType="{t}"/>'
                      for e, t in self.defaults.items())
            + "".join(f'<Override PartName="{n}" ContentType="{t}"/>'
                      for n, t in self.overrides.items())
            + "</Types>"
        )  # fmt: skip
        root = [("rId1", REL + "officeDocument", "word/document.xml"),
                ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/"
                 "metadata/core-properties", "docProps/core.xml"),
                ("rId3", REL + "extended-properties", "docProps/app.xml")]  # fmt: skip
        root += [(f"rId{k + 4}", t, n) for k, (t, n) in enumerate(self.root_rels)]
        rels_open = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        doc = HEAD + f"<w:document {DECL}><w:body>{self.body}{self.sect}</w:body></w:document>"
        entries: list[tuple[str, str | bytes]] = [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", HEAD + rels_open + "".join(
                f'<Relationship Id="{i}" Type="{t}" Target="{n}"/>' for i, t, n in root)
             + "</Relationships>"),
            ("word/document.xml", doc),
            ("word/_rels/document.xml.rels", HEAD + rels_open + "".join(
                f'<Relationship Id="{i}" Type="{t}" Target="{n}"'
                + (f' TargetMode="{m}"' if m else "") + "/>" for i, t, n, m in self.doc_rels)
             + "</Relationships>"),
        ]  # fmt: skip
        entries += sorted(self.parts.items())
        entries += [("docProps/core.xml", CORE), ("docProps/app.xml", APP)]
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for entry, data in entries:
                info = zipfile.ZipInfo(entry, date_time=(2026, 11, 3, 10, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
        return out


# --- the files ----------------------------------------------------------------------------------

CUSTOM_ITEM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
    '<root xmlns="urn:reportdesk-test:binding"><unit>市信访局</unit><date>2026年11月3日</date>'
    "</root>"
)
ITEM_PROPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
    '<ds:datastoreItem ds:itemID="{6E6A2D1C-3B1F-4C2B-9E2A-0D7B0C6F5A11}" '
    'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
    '<ds:schemaRefs><ds:schemaRef ds:uri="urn:reportdesk-test:binding"/></ds:schemaRefs>'
    "</ds:datastoreItem>"
)


def custom_xml(pkg: Pkg) -> None:
    pkg.add("customXml/item1.xml", CUSTOM_ITEM, None, REL + "customXml")
    pkg.add("customXml/itemProps1.xml", ITEM_PROPS,
            "application/vnd.openxmlformats-officedocument.customXmlProperties+xml")  # fmt: skip
    pkg.parts["customXml/_rels/item1.xml.rels"] = (
        HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{REL}customXmlProps" '
        'Target="itemProps1.xml"/></Relationships>'
    )


def sdt_pr(sid: int, extra: str = "", alias: str = "") -> str:
    name = f'<w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>' if alias else ""
    return f'<w:sdtPr>{name}<w:id w:val="{sid}"/>{extra}</w:sdtPr>'


GLOSSARY = (
    HEAD + f"<w:glossaryDocument {DECL}><w:docParts><w:docPart><w:docPartPr>"
    '<w:name w:val="DefaultPlaceholder_-1854013440"/><w:category><w:name w:val="常规"/>'
    '<w:gallery w:val="placeholder"/></w:category><w:types><w:type w:val="bbPlcHdr"/>'
    '</w:types><w:behaviors><w:behavior w:val="content"/></w:behaviors>'
    '<w:guid w:val="{1A2B3C4D-0000-4000-8000-000000000001}"/></w:docPartPr><w:docPartBody>'
    '<w:p><w:r><w:rPr><w:rStyle w:val="a3"/></w:rPr><w:t>单击或点击此处输入文字。</w:t></w:r></w:p>'
    "</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>"
)


def content_controls() -> Pkg:
    placeholder = '<w:rPr><w:rStyle w:val="a3"/></w:rPr>'
    body = (
        BEFORE
        # block-level plain text control showing its placeholder
        + "<w:sdt>" + sdt_pr(101, '<w:placeholder><w:docPart '
                             'w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
                             "<w:showingPlcHdr/><w:text/>", "正文")
        + "<w:sdtEndPr/><w:sdtContent>"
        + f'<w:p><w:r>{placeholder}<w:t>单击或点击此处输入文字。</w:t></w:r></w:p>'
        + "</w:sdtContent></w:sdt>"
        # run-level controls: data-bound text, date picker, drop-down, check box
        + '<w:p><w:r><w:t>发文单位：</w:t></w:r><w:sdt>'
        + sdt_pr(102, '<w:dataBinding w:xpath="/ns0:root[1]/ns0:unit[1]" '
                 'w:storeItemID="{6E6A2D1C-3B1F-4C2B-9E2A-0D7B0C6F5A11}" '
                 'w:prefixMappings="xmlns:ns0=\'urn:reportdesk-test:binding\'"/><w:text/>', "单位")
        + "<w:sdtContent><w:r><w:t>市信访局</w:t></w:r></w:sdtContent></w:sdt>"
        + "<w:r><w:t>，日期：</w:t></w:r><w:sdt>"
        + sdt_pr(103, '<w:date w:fullDate="2026-11-03T00:00:00Z"><w:dateFormat '
                 'w:val="yyyy\'年\'M\'月\'d\'日\'"/><w:lid w:val="zh-CN"/>'
                 '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
                 "</w:date>", "日期")
        + "<w:sdtContent><w:r><w:t>2026年11月3日</w:t></w:r></w:sdtContent></w:sdt>"
        + "<w:r><w:t>，密级：</w:t></w:r><w:sdt>"
        + sdt_pr(104, '<w:dropDownList><w:listItem w:displayText="公开" w:value="公开"/>'
                 '<w:listItem w:displayText="内部" w:value="内部"/></w:dropDownList>', "密级")
        + "<w:sdtContent><w:r><w:t>内部</w:t></w:r></w:sdtContent></w:sdt>"
        + "<w:r><w:t>，已核：</w:t></w:r><w:sdt>"
        + sdt_pr(105, '<w14:checkbox><w14:checked w14:val="0"/><w14:checkedState '
                 'w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
                 'w14:font="MS Gothic"/></w14:checkbox>')
        + '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>'
        + "<w:r><w:t>。</w:t></w:r></w:p>"
        # run-level control showing its placeholder inside a sentence
        + '<w:p><w:r><w:t>联系人：</w:t></w:r><w:sdt>'
        + sdt_pr(106, '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/>'
                 "</w:placeholder><w:showingPlcHdr/><w:text/>")
        + f'<w:sdtContent><w:r>{placeholder}<w:t>单击或点击此处输入文字。</w:t></w:r>'
        + "</w:sdtContent></w:sdt><w:r><w:t>。</w:t></w:r></w:p>"
        # a table with a repeating section (row-level controls) and a cell-level control
        + table(
            "<w:tr>" + cell(para("事项")) + cell(para("责任单位")) + "</w:tr>"
            + "<w:sdt>" + sdt_pr(107, '<w15:repeatingSection/>', "事项表")
            + "<w:sdtContent><w:sdt>" + sdt_pr(108, "<w15:repeatingSectionItem/>")
            + "<w:sdtContent><w:tr>" + cell(para("整改台账"))
            + "<w:sdt>" + sdt_pr(109, "<w:text/>", "单位格")
            + "<w:sdtContent>" + cell(para("办公室")) + "</w:sdtContent></w:sdt>"
            + "</w:tr></w:sdtContent></w:sdt></w:sdtContent></w:sdt>", 2)
        + AFTER
    )
    pkg = Pkg(body)
    custom_xml(pkg)
    pkg.add("word/glossary/document.xml", GLOSSARY, CT_MAIN + "document.glossary+xml",
            REL + "glossaryDocument")  # fmt: skip
    return pkg


def fields() -> Pkg:
    hl = '<w:rStyle w:val="a4"/><w:noProof/>'
    toc_entry = (
        '<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" '
        'w:pos="8834"/></w:tabs></w:pPr>{begin}<w:hyperlink w:anchor="{anchor}" w:history="1">'
        f'{run("{text}", hl)}<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>'
        '{pageref}</w:hyperlink>{end}</w:p>'
    )
    pageref = (
        '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> '
        "PAGEREF {anchor} \\h </w:instrText></w:r>"
        '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:t>{page}</w:t></w:r>'
        '<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
    )
    toc_begin = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
        'TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    entries = [("_Toc1", "一、总体情况", "1"), ("_Toc2", "二、存在问题", "2"),
               ("_Toc3", "三、下一步打算", "3")]  # fmt: skip
    toc = '<w:sdt><w:sdtPr><w:id w:val="201"/><w:docPartObj><w:docPartGallery ' \
          'w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
    toc += para("目录", '<w:pStyle w:val="TOC"/>')
    for k, (anchor, text, page) in enumerate(entries):
        toc += toc_entry.format(
            begin=toc_begin if k == 0 else "", anchor=anchor, text=text,
            pageref=pageref.format(anchor=anchor, page=page),
            end='<w:r><w:fldChar w:fldCharType="end"/></w:r>' if k == len(entries) - 1 else "")
    toc += "</w:sdtContent></w:sdt>"
    heads = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:bookmarkStart w:id="{k}" '
        f'w:name="{anchor}"/>{run(text)}<w:bookmarkEnd w:id="{k}"/></w:p>'
        + para(f"这是第{k + 1}部分的正文。")
        for k, (anchor, text, _) in enumerate(entries)
    )
    body = (
        toc + BEFORE + heads
        + "<w:p>" + run("本页为第") + fld("PAGE", "1") + run("页，详见")
        + fld("REF _Toc2 \\h", "二、存在问题") + run("。") + "</w:p>"
        + "<w:p>" + run("网址：") + fld('HYPERLINK "https://www.gov.cn/" ', "中国政府网", hl)
        + run("。") + "</w:p>"
        + "<w:p>" + run("尊敬的") + fld('MERGEFIELD 姓名 \\* MERGEFORMAT', "«姓名»")
        + run("同志：") + "</w:p>"
        # a nested field: IF whose instruction holds a MERGEFIELD
        + "<w:p>" + run("称谓：")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
        + fld("MERGEFIELD 性别", "男")
        + '<w:r><w:instrText xml:space="preserve"> = "男" "先生" "女士" </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("先生")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + run("。") + "</w:p>"
        # simple fields
        + '<w:p><w:r><w:t xml:space="preserve">共</w:t></w:r><w:fldSimple w:instr=" NUMPAGES ">'
        + run("3") + '</w:fldSimple><w:r><w:t>页，作者</w:t></w:r>'
        + '<w:fldSimple w:instr=" AUTHOR  \\* MERGEFORMAT ">' + run("办公室")
        + "</w:fldSimple>" + run("。") + "</w:p>"
        # a field without a result (index entry) and a date field
        + "<w:p>" + run("信访")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> XE "信访" </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + run("工作于") + fld('DATE \\@ "yyyy年M月d日"', "2026年11月3日") + run("总结。")
        + "</w:p>"
        # legacy form fields
        + '<w:p>' + run("姓名：") + '<w:bookmarkStart w:id="20" w:name="Text1"/>'
        + '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/>'
        + '<w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + '<w:r><w:rPr><w:noProof/></w:rPr><w:t>张三</w:t></w:r>'
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:bookmarkEnd w:id="20"/>'
        + run("。") + "</w:p>"
        + AFTER
    )
    return Pkg(body)


def bookmarks_wrappers() -> Pkg:
    smart = (
        '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
        '<w:smartTagPr><w:attr w:name="ProductID" w:val="张三"/></w:smartTagPr>'
        + run("张三") + "</w:smartTag>"
    )
    body = (
        BEFORE
        + '<w:p><w:bookmarkStart w:id="1" w:name="跨段书签"/>' + run("书签从这一段开始，")
        + "</w:p>" + para("经过这一段，")
        + table("<w:tr>" + cell('<w:p>' + run("表格里") + '<w:bookmarkEnd w:id="1"/>'
                                + run("结束。") + "</w:p>")
                + cell(para("第二格")) + "</w:tr>"
                + '<w:tr>' + cell('<w:p><w:bookmarkStart w:id="2" w:colFirst="0" w:colLast="0" '
                                  'w:name="列书签"/>' + run("列书签") + "</w:p>")
                + cell(para("另一格")) + "</w:tr>", 2)
        + '<w:bookmarkEnd w:id="2"/>'
        + "<w:p>" + run("经办人") + smart + run("负责。") + "</w:p>"
        + '<w:customXml w:uri="urn:reportdesk-test" w:element="section">'
        + '<w:p><w:customXml w:uri="urn:reportdesk-test" w:element="unit">'
        + run("市信访局") + "</w:customXml>" + run("负责落实。") + "</w:p></w:customXml>"
        + table("<w:customXml w:uri=\"urn:reportdesk-test\" w:element=\"row\"><w:tr>"
                + '<w:customXml w:uri="urn:reportdesk-test" w:element="cell">'
                + cell(para("包在行和格里")) + "</w:customXml>"
                + cell(para("普通格")) + "</w:tr></w:customXml>", 2)
        + AFTER
    )
    return Pkg(body)


def math_ruby_sym() -> Pkg:
    omath = (
        "<m:oMath><m:r><m:t>S</m:t></m:r><m:r><m:t>=</m:t></m:r><m:f><m:num><m:r><m:t>a</m:t>"
        "</m:r></m:num><m:den><m:r><m:t>2</m:t></m:r></m:den></m:f></m:oMath>"
    )
    ruby = (
        '<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="16"/>'
        '<w:hpsRaise w:val="30"/><w:hpsBaseText w:val="32"/><w:lid w:val="zh-CN"/></w:rubyPr>'
        '<w:rt><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>xìn</w:t></w:r></w:rt>'
        "<w:rubyBase><w:r><w:t>信</w:t></w:r></w:rubyBase></w:ruby></w:r>"
        '<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="16"/>'
        '<w:hpsRaise w:val="30"/><w:hpsBaseText w:val="32"/><w:lid w:val="zh-CN"/></w:rubyPr>'
        '<w:rt><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>fǎng</w:t></w:r></w:rt>'
        "<w:rubyBase><w:r><w:t>访</w:t></w:r></w:rubyBase></w:ruby></w:r>"
    )
    sym = (
        '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'
    )
    body = (
        BEFORE
        + "<w:p>" + run("面积公式") + omath + run("，其中a为底。") + "</w:p>"
        + '<w:p><m:oMathPara><m:oMath><m:r><m:t>x+y=1</m:t></m:r></m:oMath></m:oMathPara></w:p>'
        + "<w:p>" + run("加注拼音：") + ruby + run("工作。") + "</w:p>"
        + "<w:p>" + run("已完成") + sym + run("，温度为25")
        + '<w:r><w:sym w:font="Symbol" w:char="F0B0"/></w:r>' + run("C，")
        + '<w:r><w:sym w:font="Symbol" w:char="F061"/></w:r>' + run("值合格。") + "</w:p>"
        # drop cap: Word splits the first character into a framed paragraph
        + '<w:p><w:pPr><w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" '
        'w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="1440" w:lineRule="exact"/>'
        '<w:textAlignment w:val="baseline"/></w:pPr><w:r><w:rPr><w:position w:val="-16"/>'
        '<w:sz w:val="130"/></w:rPr><w:t>今</w:t></w:r></w:p>'
        + para("年以来，我局认真贯彻落实上级部署，信访工作取得明显成效。")
        # right-to-left and vertical text
        + '<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t>مرحبا</w:t></w:r>'
        + run(" 阿拉伯文") + "</w:p>"
        + '<w:p><w:r><w:rPr><w:eastAsianLayout w:id="1" w:combine="1"/></w:rPr>'
        + "<w:t>双行</w:t></w:r>"
        + '<w:r><w:rPr><w:eastAsianLayout w:id="2" w:vert="1"/></w:rPr><w:t>12</w:t></w:r>'
        + run("合并字符。") + "</w:p>"
        + table("<w:tr>" + cell(para("竖排单元格"), '<w:tcW w:w="2000" w:type="dxa"/>'
                                '<w:textDirection w:val="tbRlV"/>') + "</w:tr>", 1)
        + AFTER
    )
    return Pkg(body)


VML_TEXTBOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
    '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
    'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
    '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
    '</wp:positionV><wp:extent cx="1828800" cy="457200"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
    '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
    'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
    '<a:ext cx="1828800" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
    '</wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>一、框内的标题</w:t></w:r></w:p>'
    "<w:p><w:r><w:t>3.框内第二行</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
    '<wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"><a:noAutofit/></wps:bodyPr>'
    "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
    '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
    'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
    'o:connecttype="rect"/></v:shapetype><v:shape id="文本框 1" o:spid="_x0000_s1026" '
    'type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:2in;'
    'height:36pt;z-index:251659264" filled="f" stroked="f"><v:textbox><w:txbxContent><w:p><w:r>'
    "<w:t>一、框内的标题</w:t></w:r></w:p><w:p><w:r><w:t>3.框内第二行</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox><w10:wrap type=\"square\"/></v:shape></w:pict></mc:Fallback>"
    "</mc:AlternateContent></w:r>"
)


def chart_part() -> str:
    return (
        HEAD + '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart>'
        '<c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser>'
        '<c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Sheet1!$B$2:$B$3</c:f>'
        '<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0">'
        '<c:v>3</c:v></c:pt><c:pt idx="1"><c:v>5</c:v></c:pt></c:numCache></c:numRef></c:val>'
        '</c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/>'
        '<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
        '<c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling>'
        '<c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>'
        '<c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart>'
        "</c:chartSpace>"
    )


def objects() -> Pkg:
    pkg = Pkg("")
    chart = pkg.add("word/charts/chart1.xml", chart_part(),
                    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                    "chart")  # fmt: skip
    chart_run = (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="5486400" cy="3200400"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:docPr id="2" name="图表 2"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
        'uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        f'<c:chart r:id="{chart}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
    )
    ole_bin = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    pkg.defaults["bin"] = "application/vnd.openxmlformats-officedocument.oleObject"
    pkg.defaults["emf"] = "image/x-emf"
    ole = pkg.add("word/embeddings/oleObject1.bin", ole_bin, None, "oleObject")
    emf = pkg.add("word/media/image1.emf", bytes(80), None, "image")
    ole_run = (
        '<w:r><w:object w:dxaOrig="1520" w:dyaOrig="960">'
        '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:76pt;height:48pt" '
        f'o:ole=""><v:imagedata r:id="{emf}" o:title=""/></v:shape>'
        f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.8" ShapeID="_x0000_i1025" '
        f'DrawAspect="Icon" ObjectID="_1700000001" r:id="{ole}"/></w:object></w:r>'
    )
    chunk = pkg.add("word/afchunk.htm",
                    "<html><body><p>插入的网页片段。</p></body></html>", None, "aFChunk")
    pkg.defaults["htm"] = "application/xhtml+xml"
    pkg.body = (
        BEFORE
        + "<w:p>" + run("见右侧文本框") + VML_TEXTBOX + run("。") + "</w:p>"
        + "<w:p>" + run("图表如下：") + chart_run + "</w:p>"
        + "<w:p>" + run("附表：") + ole_run + run("（双击打开）") + "</w:p>"
        + f'<w:altChunk r:id="{chunk}"/>'
        + AFTER
    )
    return pkg


def sections_tables() -> Pkg:
    landscape = (
        '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        '<w:pgMar w:top="1588" w:right="2098" w:bottom="1474" w:left="1985" w:header="851" '
        'w:footer="992" w:gutter="0"/><w:cols w:space="425"/></w:sectPr>'
    )
    columns = (
        '<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="16838" w:h="11906" '
        'w:orient="landscape"/><w:pgMar w:top="1588" w:right="2098" w:bottom="1474" '
        'w:left="1985" w:header="851" w:footer="992" w:gutter="0"/>'
        '<w:cols w:num="2" w:space="425"/></w:sectPr>'
    )
    vertical = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" '
        'w:bottom="1985" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>'
        '<w:cols w:space="425"/><w:textDirection w:val="tbRl"/></w:sectPr>'
    )
    nested = table("<w:tr>" + cell(para("内层一")) + cell(para("内层二")) + "</w:tr>", 2, 900)
    body = (
        BEFORE
        + para("横向一节的最后一段。", landscape)
        + para("分两栏的一段。", columns)
        + para("竖排一节。", vertical)
        + table(
            "<w:tr>" + cell(para("合并两列"), '<w:tcW w:w="4000" w:type="dxa"/>'
                            '<w:gridSpan w:val="2"/>') + cell(para("纵向合并"),
                            '<w:tcW w:w="2000" w:type="dxa"/><w:vMerge w:val="restart"/>')
            + "</w:tr><w:tr>" + cell(para("甲")) + cell(para("外层") + nested + "<w:p/>")
            + cell("<w:p/>", '<w:tcW w:w="2000" w:type="dxa"/><w:vMerge/>') + "</w:tr>"
            + '<w:tr><w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="2000" w:type="dxa"/>'
            '</w:trPr>' + cell(para("前空一格")) + cell(para("末格")) + "</w:tr>", 3)
        + AFTER
    )
    return Pkg(body)


def people_xml() -> str:
    return (
        HEAD + f"<w15:people {DECL}>"
        '<w15:person w15:author="李四"><w15:presenceInfo w15:providerId="None" '
        'w15:userId="李四"/></w15:person></w15:people>'
    )


def notes_comments_revisions() -> Pkg:
    pkg = Pkg("")
    footnotes = (
        HEAD + f"<w:footnotes {DECL}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote>"
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="a6"/></w:pPr><w:r><w:rPr>'
        '<w:rStyle w:val="a5"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
        "来源：国家信访局网站。</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    pkg.add("word/footnotes.xml", footnotes, CT_MAIN + "footnotes+xml", "footnotes")
    comments = (
        HEAD + f"<w:comments {DECL}>"
        '<w:comment w:id="0" w:author="李四" w:date="2026-11-03T09:00:00Z" w:initials="李">'
        '<w:p w14:paraId="3A000001" w14:textId="77777777"><w:pPr><w:pStyle w:val="a7"/></w:pPr>'
        '<w:r><w:annotationRef/></w:r><w:r><w:t>表格数据请再核对。</w:t></w:r></w:p></w:comment>'
        '<w:comment w:id="1" w:author="李四" w:date="2026-11-03T09:05:00Z" w:initials="李">'
        '<w:p w14:paraId="3A000002" w14:textId="77777777"><w:pPr><w:pStyle w:val="a7"/></w:pPr>'
        '<w:r><w:annotationRef/></w:r><w:r><w:t>已核对。</w:t></w:r></w:p></w:comment>'
        "</w:comments>"
    )
    pkg.add("word/comments.xml", comments, CT_MAIN + "comments+xml", "comments")
    pkg.add("word/commentsExtended.xml",
            HEAD + f"<w15:commentsEx {DECL}><w15:commentEx w15:paraId=\"3A000001\" "
            'w15:done="0"/><w15:commentEx w15:paraId="3A000002" w15:paraIdParent="3A000001" '
            'w15:done="0"/></w15:commentsEx>', CT_MAIN + "commentsExtended+xml",
            "http://schemas.microsoft.com/office/2011/relationships/commentsExtended")  # fmt: skip
    pkg.add("word/people.xml", people_xml(), CT_MAIN + "people+xml",
            "http://schemas.microsoft.com/office/2011/relationships/people")  # fmt: skip
    link = pkg.link("https://www.gov.cn/")
    rev = 'w:author="李四" w:date="2026-11-03T08:00:00Z"'
    pkg.body = (
        BEFORE
        + f'<w:p><w:hyperlink r:id="{link}" w:history="1">'
        + run("国家信访局", '<w:rStyle w:val="a4"/>')
        + '<w:r><w:rPr><w:rStyle w:val="a5"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
        + "</w:hyperlink>" + run("公布了数据。") + "</w:p>"
        # a comment from before a table into one of its cells, with a reply
        + '<w:p><w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/>'
        + run("下表为统计：") + "</w:p>"
        + table("<w:tr>" + cell(para("来信")) + cell('<w:p>' + run("120件")
                + '<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="a0"/></w:rPr>'
                '<w:commentReference w:id="0"/></w:r><w:commentRangeEnd w:id="1"/>'
                '<w:r><w:commentReference w:id="1"/></w:r></w:p>') + "</w:tr>", 2)
        # a move: the paragraph moved from here ...
        + '<w:p><w:pPr><w:rPr><w:moveFrom w:id="31" ' + rev + "/></w:rPr></w:pPr>"
        + f'<w:moveFromRangeStart w:id="30" {rev} w:name="move1"/>'
        + f'<w:moveFrom w:id="32" {rev}>' + run("这一段被移到后面。") + "</w:moveFrom>"
        + '<w:moveFromRangeEnd w:id="30"/></w:p>'
        + para("中间一段保持不变。")
        # ... to here
        + f'<w:p><w:pPr><w:rPr><w:moveTo w:id="34" {rev}/></w:rPr></w:pPr>'
        + f'<w:moveToRangeStart w:id="33" {rev} w:name="move1"/>'
        + f'<w:moveTo w:id="35" {rev}>' + run("这一段被移到后面。") + "</w:moveTo>"
        + '<w:moveToRangeEnd w:id="33"/></w:p>'
        # an inserted paragraph mark and a formatting change
        + f'<w:p><w:pPr><w:rPr><w:ins w:id="40" {rev}/></w:rPr></w:pPr>'
        + run("插入段落标记的一段，") + "</w:p>"
        + '<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="41" ' + rev + "><w:rPr/></w:rPrChange>"
        + '</w:rPr><w:t>加粗是修订。</w:t></w:r>'
        + f'<w:ins w:id="42" {rev}>' + run("插入的话。") + "</w:ins>"
        + f'<w:del w:id="43" {rev}><w:r><w:delText>删去的话。</w:delText></w:r></w:del></w:p>'
        + AFTER
    )
    # docProps/custom.xml, as Word and WPS keep it
    pkg.add("docProps/custom.xml",
            HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
            '2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" '
            'pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16250</vt:lpwstr>'
            "</property><property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"3\" "
            'name="文号"><vt:lpwstr>信发〔2026〕3号</vt:lpwstr></property></Properties>',
            "application/vnd.openxmlformats-officedocument.custom-properties+xml")  # fmt: skip
    pkg.root_rels.append((REL + "custom-properties", "docProps/custom.xml"))
    return pkg


def wps_file() -> Pkg:
    body = (
        BEFORE
        + '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/>'
        '</w:rPr><w:t>金山文档写的一段。</w:t></w:r></w:p>'
        + AFTER
    )
    pkg = Pkg(body)
    pkg.add("customXml/item1.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<s:customData xmlns="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
            'xmlns:s="http://www.wps.cn/officeDocument/2013/wpsCustomData">'
            '<customSectProps><customSectPr/></customSectProps></s:customData>',
            None, REL + "customXml")  # fmt: skip
    pkg.add("customXml/itemProps1.xml", ITEM_PROPS.replace("6E6A2D1C", "B1977F7D").replace(
        "urn:reportdesk-test:binding", "http://www.wps.cn/officeDocument/2013/wpsCustomData"),
        "application/vnd.openxmlformats-officedocument.customXmlProperties+xml")  # fmt: skip
    pkg.parts["customXml/_rels/item1.xml.rels"] = (
        HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{REL}customXmlProps" '
        'Target="itemProps1.xml"/></Relationships>'
    )
    return pkg


FILES = {
    "wc01_content_controls.docx": content_controls,
    "wc02_fields.docx": fields,
    "wc03_bookmarks_wrappers.docx": bookmarks_wrappers,
    "wc04_math_ruby_sym.docx": math_ruby_sym,
    "wc05_objects.docx": objects,
    "wc06_sections_tables.docx": sections_tables,
    "wc07_notes_comments_revisions.docx": notes_comments_revisions,
    "wc08_wps_custom_data.docx": wps_file,
}


def main() -> None:
    for name, build in FILES.items():
        print(build().write(name))


if __name__ == "__main__":
    main()
