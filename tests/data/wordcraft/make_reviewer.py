"""Build the reviewer's files of tests/data/wordcraft (fidelity24): constructs a reviewer's round
trip meets that wc01-wc08 and ../shared/realdocx lack, written by hand the way Word 2016 writes
them, with the helpers of make_wordcraft.py.

    python tests/data/wordcraft/make_reviewer.py      # rewrites wc09/wc10 beside it

- wc09_reviewer.docx: a bookmark over two paragraphs and REF/PAGEREF fields to it, a SEQ 表
  caption, NUMPAGES (complex) and DATE (fldSimple) in one paragraph, a hyperlink, a footnote and
  an endnote reference in one paragraph, smartTag and customXml run wrappers in one paragraph,
  editing permissions (w:permStart/permEnd, one over two paragraphs), proofing marks and a
  last rendered page break, w:ptab and w:sym, an RTL run in a bidi paragraph, a framed
  paragraph (w:framePr), a colleague's tracked insertion and deletion.
- wc10_protected.docx: the same kind of text in a file protected for tracked changes
  (w:documentProtection w:edit="trackedChanges" in settings, no w:trackRevisions: Word records
  every edit anyway).

Zip entries get a fixed date so running it again gives the same bytes.
"""

from __future__ import annotations

from make_wordcraft import AFTER, BEFORE, CT_MAIN, DECL, HEAD, SETTINGS, Pkg, fld, para, run

REV = 'w:author="李四" w:date="2026-11-03T08:00:00Z"'
NOTE_SEP = (
    '<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
    '<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:{kind}>"
)


def notes(pkg: Pkg) -> None:
    for kind, text in (("footnote", "数据来源：市统计局。"), ("endnote", "本文件由办公室负责解释。")):
        xml = (
            HEAD + f"<w:{kind}s {DECL}>" + NOTE_SEP.format(kind=kind)
            + f'<w:{kind} w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            + f'<w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p>'
            + f"</w:{kind}></w:{kind}s>"
        )  # fmt: skip
        pkg.add(f"word/{kind}s.xml", xml, CT_MAIN + f"{kind}s+xml", f"{kind}s")


def reviewer_body(pkg: Pkg) -> str:
    link = pkg.link("https://www.gov.cn/")
    hl = '<w:rStyle w:val="a4"/>'
    sup = '<w:vertAlign w:val="superscript"/>'
    return (
        BEFORE
        # a bookmark over two paragraphs, a REF and a PAGEREF to it
        + '<w:p><w:bookmarkStart w:id="1" w:name="_Ref1001"/>' + run("第一条　本办法适用于全市。")
        + "</w:p>"
        + "<w:p>" + run("第二条　由市信访局负责解释。") + '<w:bookmarkEnd w:id="1"/></w:p>'
        + "<w:p>" + run("详见") + fld("REF _Ref1001 \\h", "第一条　本办法适用于全市。")
        + run("（第") + fld("PAGEREF _Ref1001 \\h", "1") + run("页）。") + "</w:p>"
        # a caption numbered by SEQ
        + '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>' + run("表")
        + fld("SEQ 表 \\* ARABIC", "1") + run("　全市信访情况统计") + "</w:p>"
        # NUMPAGES (complex) and DATE (simple) in one paragraph
        + "<w:p>" + run("本报告共") + fld("NUMPAGES", "2") + run("页，印发日期")
        + '<w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; ">' + run("2026年11月3日")
        + "</w:fldSimple>" + run("。") + "</w:p>"
        # a hyperlink in the middle of a sentence
        + "<w:p>" + run("请登录") + f'<w:hyperlink r:id="{link}" w:history="1">'
        + run("市政府网站", hl) + "</w:hyperlink>" + run("查询办理进度。") + "</w:p>"
        # a footnote and an endnote reference in one paragraph
        + "<w:p>" + run("全年受理来信一千件")
        + f'<w:r><w:rPr>{sup}</w:rPr><w:footnoteReference w:id="1"/></w:r>'
        + run("，办结率百分之九十五")
        + f'<w:r><w:rPr>{sup}</w:rPr><w:endnoteReference w:id="1"/></w:r>' + run("。") + "</w:p>"
        # smartTag and customXml run wrappers in one paragraph
        + "<w:p>" + run("由")
        + '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
        + '<w:smartTagPr><w:attr w:name="ProductID" w:val="王五"/></w:smartTagPr>' + run("王五")
        + "</w:smartTag>" + run("牵头，")
        + '<w:customXml w:uri="urn:reportdesk-test" w:element="unit">' + run("市信访局")
        + "</w:customXml>" + run("配合。") + "</w:p>"
        # editing permissions: inside one paragraph, and over two paragraphs
        + "<w:p>" + run("只读部分，") + '<w:permStart w:id="501" w:edGrp="everyone"/>'
        + run("这里任何人可以编辑") + '<w:permEnd w:id="501"/>' + run("，其余只读。") + "</w:p>"
        + '<w:p><w:permStart w:id="502" w:ed="zhangsan@example.cn"/>' + run("张三可以改这一段，")
        + "</w:p>"
        + "<w:p>" + run("也可以改这一段。") + '<w:permEnd w:id="502"/></w:p>'
        # proofing marks and a last rendered page break
        + "<w:p>" + run("我们用")
        + '<w:proofErr w:type="spellStart"/>' + run("Reportdesk") + '<w:proofErr w:type="spellEnd"/>'
        + '<w:proofErr w:type="gramStart"/>' + run("校对了") + '<w:proofErr w:type="gramEnd"/>'
        + '<w:r><w:lastRenderedPageBreak/><w:t>全部文稿。</w:t></w:r>' + "</w:p>"
        # a tab to the right margin and a symbol
        + "<w:p>" + run("附件")
        + '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>'
        + run("第1页")
        + '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>' + "</w:p>"
        # an RTL run in a bidi paragraph
        + '<w:p><w:pPr><w:bidi/></w:pPr>' + run("阿拉伯文：")
        + '<w:r><w:rPr><w:rFonts w:cs="Arial"/><w:rtl/></w:rPr><w:t>مرحبا</w:t></w:r>'
        + run("。") + "</w:p>"
        # a framed paragraph
        + '<w:p><w:pPr><w:framePr w:w="3000" w:hSpace="180" w:wrap="around" w:vAnchor="text" '
        'w:hAnchor="page" w:x="1800" w:y="1"/><w:pBdr><w:top w:val="single" w:sz="4" '
        'w:space="1" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="1" '
        'w:color="auto"/></w:pBdr></w:pPr>' + run("图文框里的一段说明。") + "</w:p>"
        # a colleague's tracked insertion and deletion
        + "<w:p>" + run("请各单位")
        + f'<w:ins w:id="601" {REV}>' + run("于月底前") + "</w:ins>"
        + run("报送材料")
        + f'<w:del w:id="602" {REV}><w:r><w:delText>和照片</w:delText></w:r></w:del>'
        + run("。") + "</w:p>"
        + AFTER
    )


def reviewer() -> Pkg:
    pkg = Pkg("")
    notes(pkg)
    pkg.body = reviewer_body(pkg)
    return pkg


def protected() -> Pkg:
    body = (
        BEFORE
        + para("一、全年受理来信一千件，办结率百分之九十五。")
        + "<w:p>" + run("请各单位") + f'<w:ins w:id="601" {REV}>' + run("于月底前") + "</w:ins>"
        + run("报送材料。") + "</w:p>"
        + AFTER
    )
    pkg = Pkg(body)
    settings = SETTINGS.replace(
        "<w:bordersDoNotSurroundFooter/>",
        '<w:bordersDoNotSurroundFooter/><w:documentProtection w:edit="trackedChanges" '
        'w:enforcement="1"/>',
    )
    pkg.add("word/settings.xml", settings, CT_MAIN + "settings+xml")
    return pkg


FILES = {"wc09_reviewer.docx": reviewer, "wc10_protected.docx": protected}


def main() -> None:
    for name, build in FILES.items():
        print(build().write(name))


if __name__ == "__main__":
    main()
