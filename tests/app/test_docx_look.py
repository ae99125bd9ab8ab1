"""How a .docx looks in its file, as the reader resolves it (app.readers.docx_look): what Word
would show for alignment, indents, colour, size, style bold, font, and table borders."""

from __future__ import annotations

from app.model import Border
from app.readers import read_document
from tests.app.docx_build import real
from tests.app.test_docx_reader import make_docx, p, r

STYLES = (
    '<w:style w:type="paragraph" w:styleId="RedHead"><w:name w:val="Red Head"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr>'
    '<w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:b/><w:color w:val="FF0000"/>'
    '<w:sz w:val="72"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="RedHeadChild"><w:name w:val="Red Head Child"/>'
    '<w:basedOn w:val="RedHead"/><w:rPr><w:sz w:val="44"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Indented"><w:name w:val="Indented"/>'
    '<w:pPr><w:ind w:firstLine="640" w:firstLineChars="200"/>'
    '<w:spacing w:before="240" w:after="120"/></w:pPr></w:style>'
    '<w:style w:type="character" w:styleId="Blue"><w:name w:val="Blue"/>'
    '<w:rPr><w:color w:val="0000FF"/></w:rPr></w:style>'
)


def looks(tmp_path, body: str, styles: str = STYLES):
    doc = read_document(make_docx(tmp_path, body, styles=styles))
    return doc.paragraphs


def test_alignment_comes_through_the_style_chain(tmp_path):
    pars = looks(tmp_path, p("红头", '<w:pStyle w:val="RedHeadChild"/>')
                 + p("右对齐", '<w:pStyle w:val="RedHead"/><w:jc w:val="right"/>')
                 + p("两端", '<w:jc w:val="both"/>') + p("默认"))  # fmt: skip
    assert [x.look.align for x in pars] == ["center", "right", "justify", "left"]


def test_run_colour_size_font_and_style_bold(tmp_path):
    pars = looks(tmp_path, p("XX市人民政府文件", '<w:pStyle w:val="RedHeadChild"/>'))
    ((start, end, run),) = pars[0].look.runs
    assert (start, end) == (0, len("XX市人民政府文件"))
    assert run.color == "#FF0000"  # from the base style
    assert run.size_pt == 22.0  # the child's own size wins over the base's 36
    assert run.font == "方正小标宋简体"
    assert run.bold is True  # bold of the paragraph style: drawn, but no span
    assert pars[0].spans == []


def test_the_run_itself_wins(tmp_path):
    body = ('<w:p><w:pPr><w:pStyle w:val="RedHead"/></w:pPr>'
            + r("黑", '<w:color w:val="auto"/><w:sz w:val="32"/><w:b w:val="0"/>')
            + r("蓝", '<w:rStyle w:val="Blue"/>') + r("粗", "<w:b/>") + "</w:p>")  # fmt: skip
    runs = looks(tmp_path, body)[0].look.runs
    by_text = {"黑蓝粗"[a:b]: look for a, b, look in runs}
    assert by_text["黑"].color is None and by_text["黑"].size_pt == 16.0
    assert by_text["黑"].bold is None  # the run turned the style's bold off
    assert by_text["蓝"].color == "#0000FF"  # its character style over the paragraph style
    assert by_text["粗"].bold is None  # its own bold is a span (edited and saved as such)


def test_indents_and_spacing(tmp_path):
    pars = looks(tmp_path, p("首行缩进两字", '<w:pStyle w:val="Indented"/>')
                 + p("悬挂", '<w:ind w:left="420" w:hanging="420"/>'))  # fmt: skip
    first, hanging = pars[0].look, pars[1].look
    assert first.first_chars == 2.0 and first.first_pt == 32.0
    assert (first.before_pt, first.after_pt) == (12.0, 6.0)
    assert hanging.first_pt == -21.0 and hanging.left_pt == 21.0 and hanging.first_chars is None


def test_the_number_word_draws_goes_with_the_paragraph_mark(tmp_path):
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%1、"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        '<w:rPr><w:color w:val="00AA00"/></w:rPr></w:pPr>' + r("总体情况") + "</w:p>"
    )
    doc = read_document(make_docx(tmp_path, body, numbering=numbering))
    par = doc.paragraphs[0]
    assert par.text == "一、总体情况"
    assert par.look.runs[0][:2] == (0, 2) and par.look.runs[0][2].color == "#00AA00"
    assert par.look.runs[-1][2].color is None


def cell(text: str, tcpr: str = "") -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>{tcpr}</w:tcPr>{p(text)}</w:tc>'


def table(tblpr: str, rows: int = 2) -> str:
    trs = "".join(f"<w:tr>{cell(f'{k}甲')}{cell(f'{k}乙')}</w:tr>" for k in range(rows))
    return (f"<w:tbl><w:tblPr>{tblpr}</w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/>"
            f"<w:gridCol w:w=\"2000\"/></w:tblGrid>{trs}</w:tbl>{p()}")  # fmt: skip


def only_table(tmp_path, body: str, styles: str = ""):
    doc = read_document(make_docx(tmp_path, body, styles=styles))
    (t,) = doc.tables.values()
    return t.look


def test_a_table_without_borders_has_none(tmp_path):
    look = only_table(tmp_path, table(""))
    assert look is not None and look.cells == {}


def test_the_grid_column_widths_in_points(tmp_path):
    assert only_table(tmp_path, table("")).col_widths_pt == (100.0, 100.0)  # 2000 twips each
    odd = table("").replace('<w:gridCol w:w="2000"/></w:tblGrid>', '<w:gridCol/></w:tblGrid>')
    assert only_table(tmp_path, odd).col_widths_pt == ()  # a column without a width: none


def test_a_grid_and_a_line_under_the_last_row(tmp_path):
    line = '<w:{0} w:val="single" w:sz="8" w:color="{1}"/>'
    grid = "".join(line.format(s, "auto") for s in
                   ("top", "left", "bottom", "right", "insideH", "insideV"))  # fmt: skip
    look = only_table(tmp_path, table(f"<w:tblBorders>{grid}</w:tblBorders>"))
    assert set(look.cells) == {(0, 0), (0, 1), (1, 0), (1, 1)}
    assert all(side == Border(1.0, None) for sides in look.cells.values() for side in sides)
    under = f"<w:tblBorders>{line.format('bottom', 'FF0000')}</w:tblBorders>"
    look = only_table(tmp_path, table(under))
    red = Border(1.0, "#FF0000")
    assert look.cells == {(1, 0): (None, None, red, None), (1, 1): (None, None, red, None)}


def test_table_style_and_cell_borders(tmp_path):
    styles = (
        '<w:style w:type="table" w:styleId="Grid1"><w:name w:val="Grid 1"/><w:tblPr>'
        '<w:tblBorders><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
        "</w:style>"
    )
    body = table('<w:tblStyle w:val="Grid1"/>', rows=1).replace(
        cell("0甲"), cell("0甲", '<w:tcBorders><w:top w:val="double" w:sz="12" '
                                 'w:color="0000FF"/></w:tcBorders>'))  # fmt: skip
    look = only_table(tmp_path, body, styles)
    thin = Border(0.5, None)
    assert look.cells[(0, 0)] == (Border(1.5, "#0000FF"), thin, None, None)
    assert look.cells[(0, 1)] == (None, None, None, thin)


def test_text_files_keep_the_house_look(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("一、总体情况\n正文。\n", encoding="utf-8")
    assert all(x.look is None for x in read_document(path).paragraphs)


def test_red_head_template_as_wps_shows_it():
    doc = read_document(real("cn04_wps_hongtou.docx"))
    head = next(x for x in doc.paragraphs if x.text == "XX市XXXX有限公司")
    assert head.look.align == "center"
    assert {look.color for _, _, look in head.look.runs} == {"#FF0000"}
    assert {look.size_pt for _, _, look in head.look.runs} == {42.0}  # w:sz 84
    (t,) = doc.tables.values()
    # a layout table: no grid, only the red line under each row
    assert all(sides[0] is None and sides[1] is None and sides[3] is None
               for sides in t.look.cells.values())  # fmt: skip
    assert {sides[2] for sides in t.look.cells.values()} == {Border(1.5, "#FF0000")}


def test_highlight_and_cell_shading(tmp_path):
    shaded = cell("甲", '<w:shd w:val="clear" w:color="auto" w:fill="F4F5F9"/>')
    marked = '<w:highlight w:val="yellow"/>'
    grey = '<w:shd w:val="clear" w:fill="DDDDDD"/>'
    white = '<w:shd w:val="clear" w:fill="FFFFFF"/>'
    body = f"<w:p>{r('标黄', marked)}{r('底纹', grey)}{r('白底', white)}</w:p>"
    body += table("", rows=1).replace(cell("0甲"), shaded)
    doc = read_document(make_docx(tmp_path, body))
    runs = {"标黄底纹白底"[a:b]: look.background for a, b, look in doc.paragraphs[0].look.runs}
    assert runs == {"标黄": "#FFFF00", "底纹": "#DDDDDD", "白底": None}
    (t,) = doc.tables.values()
    assert t.look.shading == {(0, 0): "#F4F5F9"}


def test_a_recovered_document_keeps_its_look(tmp_path):
    import json

    from app.storage.serialize import from_json, to_json

    shaded = cell("0甲", '<w:shd w:val="clear" w:fill="F4F5F9"/>')
    line = '<w:tblBorders><w:bottom w:val="single" w:sz="8" w:color="FF0000"/></w:tblBorders>'
    body = p("红头", '<w:pStyle w:val="RedHeadChild"/>') + p("正文", '<w:pStyle w:val="Indented"/>')
    body += table(line).replace(cell("0甲"), shaded)
    doc = read_document(make_docx(tmp_path, body, styles=STYLES))
    doc.paragraphs[1].text = "正文改过"  # edited before the crash: its run looks no longer fit
    back = from_json(json.loads(json.dumps(to_json(doc))), keep_ids=True)
    assert [x.look for x in back.paragraphs] == [x.look for x in doc.paragraphs]
    assert back.paragraphs[1].look.text == "正文"
    assert [t.look for t in back.tables.values()] == [t.look for t in doc.tables.values()]
    assert next(iter(back.tables.values())).look.shading  # (the table had something to keep)
    assert next(iter(back.tables.values())).look.col_widths_pt == (100.0, 100.0)
