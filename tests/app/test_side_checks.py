"""Headers, footers, notes and text boxes are checked for their text (app/side_checks.py): a
typo in a footnote or an unfilled XXXX in the 版记's text box goes out with the document."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx

from app.model import Document, Paragraph, SidePart
from app.side_checks import side_findings

ROOT = Path(__file__).resolve().parents[2]


def report(*parts: SidePart) -> Document:
    return Document(paragraphs=[Paragraph("正文一切正常。")], side_parts=list(parts))


def test_a_typo_in_a_footnote_and_a_placeholder_in_a_text_box_are_found_in_their_part():
    doc = report(
        SidePart("footnote", "脚注 1", ["参见《关于加强基层治理的意见》，具体部暑见第三条。"]),
        SidePart("textbox", "文本框 2",
                 ["抄送：县委办公室。", "XXXX人民政府办公室  2026年3月2日印发"]),
    )
    found = {(f.part, f.line, f.rule, f.message) for f in side_findings(doc)}
    assert ("脚注 1", 1, "wording/misused", "错别字：“部暑”应为“部署”") in found
    assert any(part == "文本框 2" and line == 2 and rule == "placeholder"
               for part, line, rule, _ in found)
    assert all(f.fix is None for f in side_findings(doc))  # saved as read: no fix offered


def test_page_numbers_english_headers_and_a_clean_citation_give_nothing():
    doc = report(
        SidePart("footer", "页脚（第1节）", ["— 1 —"]),
        SidePart("header", "页眉（第1节）", ["Annual Report 2025"]),
        SidePart("footnote", "脚注 2",
                 ["习近平：《论党的自我革命》，党建读物出版社2023年版，第25页。"]),
        SidePart("footnote", "脚注 3", ["1.国务院办公厅关于印发有关方案的通知。",
                                         "3.同上。"]),  # no outline: a skipped "2." is no finding
    )
    assert side_findings(doc) == []


def test_the_rules_switched_on_are_the_ones_run():
    doc = report(SidePart("header", "页眉（第1节）", ["某某县人民政府办工室 XX科"]))
    assert {f.rule for f in side_findings(doc)} == {"typo/char", "placeholder"}
    assert {f.rule for f in side_findings(doc, ["typo"])} == {"typo/char"}
    assert side_findings(doc, ["numbering", "title"]) == []


def test_check_names_the_part_in_text_and_json(tmp_path):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "某某县人民政府办工室"
    d.add_paragraph("关于做好防汛工作的通知")
    d.add_paragraph("各单位要切实做好防汛准备。")
    d.save(tmp_path / "head.docx")

    def check(*extra: str) -> str:
        run = subprocess.run([sys.executable, "-m", "app", "check", "--no-cache",
                              str(tmp_path / "head.docx"), *extra], cwd=ROOT, text=True,
                             capture_output=True, timeout=120)  # fmt: skip
        assert run.returncode == 1, run.stderr
        return run.stdout

    assert f"{tmp_path / 'head.docx'}[页眉（第1节）]:1:8: warning: typo/char:" in check()
    [finding] = json.loads(check("--format", "json"))["files"][0]["findings"]
    assert (finding["part"], finding["line"], finding["column"]) == ("页眉（第1节）", 1, 8)
