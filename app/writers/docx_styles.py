"""The fixed parts of an exported .docx: page setup, styles, settings, fonts, footers, properties.

Everything here follows docs/REFERENCE.md §2 (GB/T 9704-2012). The package is written from
scratch (no python-docx template), so nothing of that template leaks: no US Letter page, no
ja-JP theme language, no spacing after=200, no theme fonts, no thumbnail, no "python-docx" author.

Units: twips (1/20 pt, 1440 per inch); font sizes in half-points. Values computed from mm:

- A4 210×297 mm = 11906×16838; margins top 37 mm = 2098, bottom 35 mm = 1984, left 28 mm = 1587,
  right 26 mm = 1474 → text area 8845×12756 twips (156×225 mm).
- Exact line spacing 28.95 pt = 579 twips: 22 × 579 = 12738 ≤ 12756, so 22 lines fit.
- 28 characters per line: 8845 twips = 442.25 pt holds 27 characters of 16 pt. Word's usual
  answer is a character grid (docGrid type linesAndChars, charSpace -849 = 15.79 pt pitch), but
  LibreOffice 7.4 puts every 16 pt character that is wider than the 15.79 pt cell into two cells:
  14 characters per line (measured). So the grid here is a line grid only (type "lines",
  linePitch 579) and the text is condensed by 0.25 pt (w:spacing -5 in Normal): 16 - 0.25 =
  15.75 pt per character, 28 × 15.75 = 441 pt fits, 29 does not — 28 characters per line in Word
  and in LibreOffice alike (measured in LibreOffice: 26 after the two-character indent, then 28).
- Footer distance 21.5 mm = 1219: the page number then sits 7 mm below the text area.

Style decisions (documented for the people who open the file in Word):

- Fonts live in styles only: the runs carry no w:rFonts. Every w:rFonts names its fonts
  explicitly (ascii/hAnsi/cs Times New Roman for digits and Latin, eastAsia the Chinese face) and
  no theme attribute appears anywhere.
- Chapters (第X章/第X部分) are outline level 0; when a document has chapters, the four heading
  levels move one level down (一、 → outline level 1 …), otherwise 一、 is outline level 0. The
  styles are generated per document with the right levels.
- Run-in headings use the body paragraph style with an outline level on the paragraph and the
  heading sentence in a character style (GwHeading1Char …), the rest of the paragraph in the body
  face.
- The title and the page numbers do not snap to the line grid.
"""

from __future__ import annotations

from html import escape as _html_escape

from app.docx_ids import (
    ATTACHMENT_LABEL_STYLE,
    HEADING_CHAR_STYLES,
    PAGE_NUMBER_STYLE,
    ROLE_STYLES,
)
from app.model import Role
from app.render_plan import (
    KEEP_WITH_NEXT,
    LABEL_ALIGN,
    LABEL_FACE,
    LINE_PITCH,
    MASTHEAD_PT,
    Align,
    Face,
    align_of,
    face_of,
)

__all__ = ["ATTACHMENT_LABEL_STYLE", "HEADING_CHAR_STYLES", "PAGE_NUMBER_STYLE", "ROLE_STYLES"]


def escape(text: str) -> str:
    """&, < and > as XML entities (what xml.sax.saxutils.escape does; importing that module
    pulls in urllib.request, http.client and ssl: 8 MB and 16 ms at every start of the window)."""
    return _html_escape(text, quote=False)

# --- namespaces ------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"

RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RT_OFFICE_DOCUMENT = RT + "officeDocument"
RT_EXTENDED = RT + "extended-properties"
RT_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
RT_STYLES = RT + "styles"
RT_SETTINGS = RT + "settings"
RT_FONT_TABLE = RT + "fontTable"
RT_FOOTER = RT + "footer"
RT_COMMENTS = RT + "comments"
RT_COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"

CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CT_DOCUMENT = CT_WML + "document.main+xml"
CT_STYLES = CT_WML + "styles+xml"
CT_SETTINGS = CT_WML + "settings+xml"
CT_FONT_TABLE = CT_WML + "fontTable+xml"
CT_FOOTER = CT_WML + "footer+xml"
CT_COMMENTS = CT_WML + "comments+xml"
CT_COMMENTS_EXTENDED = CT_WML + "commentsExtended+xml"
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
CT_RELS = "application/vnd.openxmlformats-package.relationships+xml"

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# --- page layout (twips) ---------------------------------------------------------------------
PAGE_W, PAGE_H = 11906, 16838
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 2098, 1984, 1587, 1474
HEADER_DIST, FOOTER_DIST = 851, 1219
CONDENSE = -5  # character spacing in twips (-0.25 pt): 28 characters per line
CHAR = 320  # one 3号 character (16 pt) in twips, for indents
PAGE_NUMBER_CHAR = 280  # one 4号 character (14 pt)

# --- fonts (Windows/WPS names; REFERENCE §2) -------------------------------------------------
LATIN = "Times New Roman"
FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
SONGTI = "宋体"

BODY_SIZE = 32  # half-points: 3号 16 pt
TITLE_SIZE = 44  # 2号 22 pt
MASTHEAD_SIZE = round(MASTHEAD_PT * 2)  # 小初 36 pt (app.render_plan)
_SINGLE = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
PAGE_NUMBER_SIZE = 28  # 4号 14 pt

# --- style ids (shared with the reader) ------------------------------------------------------
# The fonts named for the plan's faces (app.render_plan.ROLE_FACE decides which role has which).
FACE_FONTS: dict[Face, str] = {
    Face.TITLE: XIAOBIAOSONG, Face.HEI: HEITI, Face.KAI: KAITI, Face.FANGSONG: FANGSONG,
}  # fmt: skip


def rfonts(east_asia: str, latin: str = LATIN) -> str:
    """A complete w:rFonts: all four faces named, no theme attribute (it would win)."""
    return (
        f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{east_asia}" w:cs="{latin}"/>'
    )


def _size(half_points: int) -> str:
    return f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'


_INDENT_2 = f'<w:ind w:firstLine="{2 * CHAR}" w:firstLineChars="200"/>'
_NO_INDENT = '<w:ind w:firstLine="0" w:firstLineChars="0"/>'
_CENTER = _NO_INDENT + '<w:jc w:val="center"/>'
_KEEP = "<w:keepNext/><w:keepLines/>"


def _pstyle(
    sid: str,
    name: str,
    ppr: str = "",
    rpr: str = "",
    based_on: str = "Normal",
    next_style: str | None = None,
    priority: int = 10,
) -> str:
    next_xml = f'<w:next w:val="{next_style}"/>' if next_style else ""
    return (
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}">'
        f'<w:name w:val="{name}"/><w:basedOn w:val="{based_on}"/>{next_xml}'
        f'<w:uiPriority w:val="{priority}"/><w:qFormat/>'
        f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


_RIGHT_2 = (
    f'<w:ind w:right="{2 * CHAR}" w:rightChars="200" w:firstLine="0" '
    'w:firstLineChars="0"/><w:jc w:val="right"/>'
)
_ALIGN_PPR = {
    Align.INDENT: _INDENT_2,
    Align.CENTER: _CENTER,
    Align.FLUSH: _NO_INDENT + '<w:jc w:val="left"/>',
    Align.RIGHT: _RIGHT_2,
}


def _role_style(
    role: Role, name: str, *, label: bool = False, snap: bool = True, size: int | None = None,
    outline: int | None = None, color: str | None = None, based_on: str = "Normal",
    next_style: str | None = None, priority: int = 10, single: bool = False,
) -> str:  # fmt: skip
    """The paragraph style of ``role`` as the render plan describes its look (face, alignment,
    keep with next), so the .docx and the PDF cannot drift apart."""
    face = LABEL_FACE if label else face_of(role)
    align = LABEL_ALIGN if label else align_of(role)
    ppr = _KEEP if role in KEEP_WITH_NEXT and not label else ""
    ppr += "<w:pageBreakBefore/>" if label else ""
    ppr += "" if snap else '<w:snapToGrid w:val="0"/>'
    ppr += _SINGLE if single else ""  # a line as tall as its type (the exact grid line cuts it)
    if not (based_on == "GwBody" and align is Align.INDENT):  # (GwBody is INDENT already)
        ppr += _ALIGN_PPR[align]
    ppr += _outline(outline) if outline is not None else ""
    named = face is not Face.FANGSONG or role.heading_level is not None  # headings name theirs
    rpr = rfonts(FACE_FONTS[face]) if named else ""
    rpr += f'<w:color w:val="{color}"/>' if color else ""
    rpr += _size(size) if size else ""
    sid = ATTACHMENT_LABEL_STYLE if label else ROLE_STYLES[role]
    return _pstyle(sid, name, ppr, rpr, based_on, next_style, priority)


def _outline(level: int) -> str:
    return f'<w:outlineLvl w:val="{level}"/>'


def styles_xml(heading_shift: int = 0) -> bytes:
    """styles.xml; ``heading_shift`` = 1 when the document has chapters (see module docstring)."""
    body_font = rfonts(FANGSONG)
    parts = [
        XML_DECL,
        f'<w:styles xmlns:w="{W_NS}">',
        "<w:docDefaults><w:rPrDefault><w:rPr>",
        body_font,
        '<w:kern w:val="2"/>',
        _size(BODY_SIZE),
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>',
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>",
        f'<w:spacing w:before="0" w:after="0" w:line="{LINE_PITCH}" w:lineRule="exact"/>',
        "</w:pPr></w:pPrDefault></w:docDefaults>",
        # Normal: the page's base — 仿宋_GB2312 3号, exact 28.95 pt, justified, no widow control
        # (widow control would leave pages with 21 lines).
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:widowControl w:val="0"/>'
        f'<w:spacing w:before="0" w:after="0" w:line="{LINE_PITCH}" w:lineRule="exact"/>'
        '<w:jc w:val="both"/></w:pPr>'
        f'<w:rPr>{body_font}<w:color w:val="000000"/><w:spacing w:val="{CONDENSE}"/>'
        f"{_size(BODY_SIZE)}</w:rPr></w:style>",
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>",
        _role_style(Role.BODY, "公文正文", priority=1),
        _role_style(Role.MASTHEAD, "发文机关标志", snap=False, size=MASTHEAD_SIZE, color="FF0000",
                    next_style="GwDocNumber", priority=2, single=True),
        _role_style(Role.TITLE, "公文标题", snap=False, size=TITLE_SIZE, next_style="GwBody",
                    priority=2),
        _role_style(Role.SUBTITLE, "公文副标题", next_style="GwBody"),
        _role_style(Role.DOC_NUMBER, "发文字号"),
        _role_style(Role.ADDRESSEE, "主送机关"),
        _role_style(Role.CHAPTER, "章标题", outline=0, next_style="GwBody", priority=4),
    ]  # fmt: skip
    names = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题"}
    for level in (1, 2, 3, 4):
        role = Role.for_heading_level(level)
        parts.append(
            _role_style(role, names[level], outline=level - 1 + heading_shift,
                        based_on="GwBody", next_style="GwBody", priority=4 + level)
        )  # fmt: skip
        font = rfonts(FACE_FONTS[face_of(role)])
        parts.append(
            '<w:style w:type="character" w:customStyle="1" '
            f'w:styleId="{HEADING_CHAR_STYLES[level]}">'
            f'<w:name w:val="{names[level]}（段首句）"/><w:basedOn w:val="DefaultParagraphFont"/>'
            f'<w:uiPriority w:val="{8 + level}"/><w:qFormat/><w:rPr>{font}</w:rPr></w:style>'
        )
    single = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
    parts += [
        _role_style(Role.ATTACHMENT, "附件说明", priority=13),
        _role_style(Role.ATTACHMENT, "附件标识", label=True, next_style="GwTitle", priority=13),
        _role_style(Role.SIGNATURE, "发文机关署名", next_style="GwDate", priority=14),
        _role_style(Role.DATE, "成文日期", priority=14),
        _role_style(Role.JUNK, "非正文内容", color="808080", priority=20),
        _pstyle(
            PAGE_NUMBER_STYLE,
            "页码",
            '<w:snapToGrid w:val="0"/>' + single + _NO_INDENT,
            rfonts(SONGTI, SONGTI) + _size(PAGE_NUMBER_SIZE),
            priority=30,
        ),
        # Word's own comment styles (ids and names as Word writes them), small and single-spaced.
        '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>'
        f'<w:snapToGrid w:val="0"/>{single}<w:jc w:val="left"/></w:pPr>'
        f"<w:rPr>{_size(21)}</w:rPr></w:style>",
        '<w:style w:type="character" w:styleId="CommentReference">'
        '<w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/>'
        f'<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr>{_size(21)}</w:rPr></w:style>',
        "</w:styles>",
    ]
    return "".join(parts).encode("utf-8")


def settings_xml() -> bytes:
    """settings.xml in schema order: odd/even footers, zh-CN theme language, no tracking switch."""
    return (
        XML_DECL + f'<w:settings xmlns:w="{W_NS}">'
        '<w:zoom w:percent="100"/>'
        '<w:defaultTabStop w:val="420"/>'
        "<w:evenAndOddHeaders/>"
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        "<w:compat><w:useFELayout/>"
        '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"'
        ' w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
        "</w:settings>"
    ).encode("utf-8")


# (name, altName, panose) — charset 86 = GB2312 lets Word substitute sensibly when one is missing.
_FONTS = [
    (FANGSONG, "仿宋", "02010609030101010101"),
    (HEITI, "SimHei", "02010609060101010101"),
    (KAITI, "楷体", "02010609030101010101"),
    (XIAOBIAOSONG, "宋体", "02000000000000000000"),
    (SONGTI, "SimSun", "02010600030101010101"),
]


def font_table_xml() -> bytes:
    fonts = [
        f'<w:font w:name="{LATIN}"><w:panose1 w:val="02020603050405020304"/>'
        '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    ]
    for name, alt, panose in _FONTS:
        fonts.append(
            f'<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:panose1 w:val="{panose}"/>'
            '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>'
        )
    return (XML_DECL + f'<w:fonts xmlns:w="{W_NS}">' + "".join(fonts) + "</w:fonts>").encode()


def field_runs(code: str) -> str:
    """The runs of a field ``code`` (PAGE, NUMPAGES …) that Word computes when it lays the page
    out, with 1 as its result until then."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>1</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def footer_xml(odd: bool, before: str = "", page_number: bool = True) -> bytes:
    """ "— N —" with a PAGE field: odd pages right one character in, even pages left;
    ``before``: the original's own footer lines (w:p XML, app.writers.docx_headfoot) above it;
    ``page_number`` False: those lines number the page themselves."""
    if odd:
        ppr = f'<w:ind w:right="{PAGE_NUMBER_CHAR}"/><w:jc w:val="right"/>'
    else:
        ppr = f'<w:ind w:left="{PAGE_NUMBER_CHAR}"/><w:jc w:val="left"/>'
    number = (
        f'<w:p><w:pPr><w:pStyle w:val="{PAGE_NUMBER_STYLE}"/>{ppr}</w:pPr>'
        '<w:r><w:t xml:space="preserve">— </w:t></w:r>'
        f'{field_runs("PAGE")}'
        '<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>'
    ) if page_number else ""
    return (
        XML_DECL + f'<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}">{before}{number or "<w:p/>"}</w:ftr>'
    ).encode("utf-8")


def sect_pr_xml(references: str, title_page: bool = False) -> str:
    """The body's final w:sectPr (children in schema order); ``references``: its
    w:headerReference/w:footerReference elements (app.writers.docx_headfoot); ``title_page``:
    the first page has parts of its own."""
    return (
        f'<w:sectPr xmlns:w="{W_NS}" xmlns:r="{R_NS}">{references}'
        f'<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/>'
        f'<w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}" '
        f'w:left="{MARGIN_LEFT}" w:header="{HEADER_DIST}" w:footer="{FOOTER_DIST}" w:gutter="0"/>'
        '<w:pgNumType w:fmt="decimal"/>'
        '<w:cols w:space="425"/>'
        + ("<w:titlePg/>" if title_page else "")
        + f'<w:docGrid w:type="lines" w:linePitch="{LINE_PITCH}"/>'
        "</w:sectPr>"
    )


def core_xml(title: str, author: str, created: str, modified: str) -> bytes:
    return (
        XML_DECL
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title>"
        f"<dc:creator>{escape(author)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(author)}</cp:lastModifiedBy>"
        "<cp:revision>1</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
        "</cp:coreProperties>"
    ).encode("utf-8")


def app_xml(version: str) -> bytes:
    return (
        XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties">'
        f"<Application>ReportDesk {escape(version)}</Application><DocSecurity>0</DocSecurity>"
        "</Properties>"
    ).encode("utf-8")


def content_types_xml(
    overrides: list[tuple[str, str]], defaults: list[tuple[str, str]] | None = None
) -> bytes:
    """[Content_Types].xml; ``defaults``: (extension, type) of media parts (pictures)."""
    items = "".join(
        f'<Override PartName="{name}" ContentType="{ctype}"/>' for name, ctype in overrides
    )
    media = "".join(
        f'<Default Extension="{ext}" ContentType="{ctype}"/>' for ext, ctype in defaults or []
    )
    return (
        XML_DECL + f'<Types xmlns="{CT_NS}">'
        f'<Default Extension="rels" ContentType="{CT_RELS}"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + media + items + "</Types>"
    ).encode("utf-8")


def rels_xml(rels: list[tuple[str, str, str]]) -> bytes:
    """rels = [(rId, type, target)]."""
    items = "".join(
        f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"/>'
        for rid, rtype, target in rels
    )
    return (XML_DECL + f'<Relationships xmlns="{PKG_REL_NS}">' + items + "</Relationships>").encode(
        "utf-8"
    )
