"""The 发文机关标志 of a red head (GB/T 9704-2012 7.2.4) is read as what it is, not as the
document's title: it is left out of the outline's titles and of the title checks, and the Word
export and the PDF print it red, centred, in 小标宋 at a size that fits one line, with the red
rule under the 发文字号 (7.2.7) unless the file draws one itself."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from app.engine import analyze
from app.model import OBJECT_CHAR, Document, InlineObject, Paragraph, Role
from app.readers import read_document
from app.readers.text import read_text
from app.render_plan import (
    MASTHEAD_MIN_PT,
    MASTHEAD_PT,
    TEXT_WIDTH_PT,
    masthead_size,
    plan_document,
    text_width,
)
from app.writers.docx import write_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

NOTICE = """某某县人民政府办公室文件

某政办发〔2026〕12号

某某县人民政府办公室
关于做好2026年防汛工作的通知

各乡镇人民政府，县直各单位：
为做好今年防汛工作，现将有关事项通知如下。
一、提高思想认识
各单位要高度重视。

某某县人民政府办公室
2026年5月6日
"""


def roles_of(text: str, tmp_path: Path, name: str = "r.txt") -> tuple[Document, list[Role]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_text(path)
    return doc, list(analyze(doc).roles)


def role_of(doc: Document, roles: list[Role], text: str) -> Role:
    return next(r for p, r in zip(doc.paragraphs, roles, strict=False) if p.text == text)


def test_organ_and_file_above_the_document_number_is_the_masthead(tmp_path):
    doc, roles = roles_of(NOTICE, tmp_path)
    assert role_of(doc, roles, "某某县人民政府办公室文件") is Role.MASTHEAD
    assert role_of(doc, roles, "某政办发〔2026〕12号") is Role.DOC_NUMBER
    assert role_of(doc, roles, "关于做好2026年防汛工作的通知") is Role.TITLE
    titles = [h for h in analyze(doc).headings if roles[h.index] is Role.MASTHEAD]
    assert titles == []  # the outline does not list the masthead


def test_an_organ_name_alone_above_the_number_is_the_masthead_too(tmp_path):
    text = ("中共某某县委办公室\n\n某办发〔2026〕3号\n\n"
            "关于开展作风建设专项整治的通知\n\n各乡镇党委：\n现将有关事项通知如下。\n")  # fmt: skip
    doc, roles = roles_of(text, tmp_path)
    assert role_of(doc, roles, "中共某某县委办公室") is Role.MASTHEAD
    assert role_of(doc, roles, "关于开展作风建设专项整治的通知") is Role.TITLE


def test_look_alikes_stay_titles_and_body(tmp_path):
    # a page that prints the title first and the number under it (as gov.cn pages do)
    text = ("国务院关于印发某某规划的通知\n国发〔2026〕4号\n"
            "各省、自治区、直辖市人民政府：\n现将《某某规划》印发给你们。\n")  # fmt: skip
    doc, roles = roles_of(text, tmp_path, "web.txt")
    assert role_of(doc, roles, "国务院关于印发某某规划的通知") is Role.TITLE
    assert Role.MASTHEAD not in roles
    # "……文件" with no number or rule after it: a title of a speech, and a body line
    text = "学习贯彻上级文件\n\n同志们：\n今天我们认真学习上级文件。\n"
    doc, roles = roles_of(text, tmp_path, "speech.txt")
    assert Role.MASTHEAD not in roles
    assert role_of(doc, roles, "学习贯彻上级文件") is Role.TITLE


def test_masthead_size_fits_one_line():
    joint = "中共某某市委办公室某某市人民政府办公室文件"
    for name in ("国务院文件", "某某县人民政府办公室文件", joint):
        size = masthead_size(name)
        assert MASTHEAD_MIN_PT <= size <= MASTHEAD_PT
        assert text_width(name) * size <= TEXT_WIDTH_PT or size == MASTHEAD_MIN_PT
    assert masthead_size("国务院文件") == MASTHEAD_PT  # short: the full 小初
    assert masthead_size("某某县人民政府办公室文件") * 12 <= TEXT_WIDTH_PT


def exported(tmp_path: Path, src: Path) -> etree._Element:
    out = tmp_path / (src.stem + ".docx")
    doc = read_document(src)
    write_docx(doc, out, analysis=analyze(doc))
    with zipfile.ZipFile(out) as z:
        return etree.fromstring(z.read("word/document.xml"))


def by_text(root: etree._Element, text: str) -> etree._Element:
    return next(q for q in root.iter(W + "p") if "".join(q.itertext()) == text)


def test_export_prints_the_masthead_red_with_the_rule_under_the_number(tmp_path):
    src = tmp_path / "notice.txt"
    src.write_text(NOTICE, encoding="utf-8")
    root = exported(tmp_path, src)
    head = by_text(root, "某某县人民政府办公室文件")
    assert head.find(f"{W}pPr/{W}pStyle").get(W + "val") == "GwMasthead"
    assert head.find(f"{W}pPr/{W}jc").get(W + "val") == "center"
    colors = {c.get(W + "val") for c in head.iter(W + "color")}
    assert colors == {"FF0000"}
    number = by_text(root, "某政办发〔2026〕12号")
    rule = number.find(f"{W}pPr/{W}pBdr/{W}bottom")
    assert rule is not None and rule.get(W + "color") == "FF0000"
    rules = [b for b in root.iter(W + "pBdr")]
    assert len(rules) == 1  # one rule, and nowhere else
    title = by_text(root, "关于做好2026年防汛工作的通知")
    assert not list(title.iter(W + "color"))  # the title stays black (7.3.1)
    # read back: the masthead and the title keep their roles
    again = read_document(tmp_path / "notice.docx")
    roles = analyze(again).roles
    texts = again.texts
    assert roles[texts.index("某某县人民政府办公室文件")] is Role.MASTHEAD
    assert roles[texts.index("关于做好2026年防汛工作的通知")] is Role.TITLE


def test_no_second_rule_when_the_file_draws_its_own(tmp_path):
    line = InlineObject("shape", width_pt=440.0, height_pt=0.0, stroke=(2.0, "#FF0000"))
    texts = ["某某市人民政府文件", "某政发〔2026〕1号", OBJECT_CHAR, "关于某某工作的通知",
             "各区人民政府："]  # fmt: skip
    doc = Document(paragraphs=[Paragraph(t) for t in texts])
    doc.paragraphs[2].objects = [line]
    planned = plan_document(doc, analyze(doc))
    assert [p.role for p in planned][:2] == [Role.MASTHEAD, Role.DOC_NUMBER]
    assert all(p.rule_below is None for p in planned)
    doc.paragraphs.pop(2)  # the same head without the file's line: the rule is added
    planned = plan_document(doc, analyze(doc))
    assert planned[1].rule_below is not None and planned[1].rule_below[1] == "#FF0000"


def test_no_rule_without_a_masthead(tmp_path):
    text = "关于做好防汛工作的通知\n某政办发〔2026〕12号\n各乡镇：\n现将有关事项通知如下。\n"
    doc, _roles = roles_of(text, tmp_path)
    assert all(p.rule_below is None for p in plan_document(doc, analyze(doc)))
