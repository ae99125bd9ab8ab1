"""Ignoring findings as in WPS 校对: 忽略, 全部忽略, a rule off; the list travels with the file."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.engine import analyze
from app.ignores import NAMESPACE, ROOT, IgnoreList, load_for_file, save_for_file
from app.model import Document
from tests.conftest import ROOT as REPO

T = "关于2024年工作情况的报告"
LINES = [T, "一、甲", "组织兵乓球比赛，于X月X日举行。", "二、乙", "XX县参加，X月X日报名。",
         "二、丙"]


def findings(doc):
    return analyze(doc).findings


def test_ignore_one_finding_survives_edits_elsewhere():
    doc = Document.from_lines(list(LINES))
    first = next(f for f in findings(doc) if f.rule == "placeholder" and f.line == 3)
    doc.ignores.ignore(first, doc.paragraphs[first.index].text)
    got = findings(doc)
    ignored = [(f.line, f.rule) for f in got if f.ignored]
    assert ignored == [(3, "placeholder")]
    # the same text in line 5 is another finding: still shown
    assert any(f.line == 5 and f.rule == "placeholder" and not f.ignored for f in got)
    # new paragraphs above and an edit at the other end of the paragraph keep the ignore
    doc.paragraphs.insert(1, Document.from_lines(["新增的一段说明。"]).paragraphs[0])
    doc.paragraphs[3].text = "组织兵乓球比赛，于X月X日举行。另加一句。"
    assert [(f.line, f.rule) for f in findings(doc) if f.ignored] == [(4, "placeholder")]
    # an edit right at the flagged text makes it a new finding again
    doc.paragraphs[3].text = "组织兵乓球比赛，于X月X日起举行。"
    assert not any(f.ignored for f in findings(doc))


def test_ignore_everywhere_and_rule_off():
    doc = Document.from_lines(list(LINES))
    got = findings(doc)
    one = next(f for f in got if f.rule == "placeholder" and doc.texts[f.index][f.start:f.end]
               == "X月X日")
    doc.ignores.ignore_everywhere(one, doc.texts[one.index])
    got = findings(doc)
    assert {(f.line, doc.texts[f.index][f.start:f.end]) for f in got if f.ignored} == {
        (3, "X月X日"), (5, "X月X日")}
    assert any(f.rule == "placeholder" and not f.ignored for f in got)  # XX县 stays
    doc.ignores.turn_off("wording/misused")
    got = findings(doc)
    assert all(f.ignored for f in got if f.rule == "wording/misused")
    assert any(f.rule == "numbering/duplicate" and not f.ignored for f in got)
    # forgetting the everywhere entry brings those findings back
    assert doc.ignores.forget(one, doc.texts[one.index])
    assert not any(f.ignored for f in findings(doc) if f.rule == "placeholder")


def test_xml_round_trip_and_shape():
    doc = Document.from_lines(list(LINES))
    got = findings(doc)
    doc.ignores.ignore(got[0], doc.texts[got[0].index])
    doc.ignores.ignore_everywhere(got[1], doc.texts[got[1].index])
    doc.ignores.turn_off("punctuation/width")
    data = doc.ignores.to_xml()
    assert data.startswith(b"<?xml") and NAMESPACE.encode() in data
    from lxml import etree

    root = etree.fromstring(data)
    assert root.tag == f"{{{NAMESPACE}}}{ROOT}"
    assert IgnoreList.from_xml(data) == doc.ignores
    with pytest.raises(ValueError, match="忽略列表"):
        IgnoreList.from_xml(b"<other/>")
    with pytest.raises(ValueError, match="忽略列表"):
        IgnoreList.from_xml(b"<broken")


def test_text_file_list_kept_in_the_data_folder(tmp_path):
    doc_path = tmp_path / "报告.txt"
    doc_path.write_text("\n".join(LINES), encoding="utf-8")
    data_dir = tmp_path / "data"
    assert not load_for_file(doc_path, data_dir)
    ignores = IgnoreList()
    ignores.turn_off("wording/misused")
    save_for_file(doc_path, ignores, data_dir)
    assert load_for_file(doc_path, data_dir) == ignores
    assert not (tmp_path / "报告.txt.xml").exists()  # nothing is written beside the document
    save_for_file(doc_path, IgnoreList(), data_dir)
    assert not load_for_file(doc_path, data_dir)


def test_cli_honours_the_list_and_no_ignores_shows_all(tmp_path):
    doc_path = tmp_path / "report.txt"
    doc_path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    data_dir = tmp_path / "data"
    ignores = IgnoreList()
    ignores.turn_off("placeholder")
    save_for_file(doc_path, ignores, data_dir)
    env = {**os.environ, "REPORTDESK_LANG": "zh", "PYTHONPATH": str(REPO),
           "REPORTDESK_DATA_DIR": str(data_dir)}

    def check(*extra):
        r = subprocess.run([sys.executable, "-m", "app", "check", "--format", "json", *extra,
                            str(doc_path)], capture_output=True, text=True, env=env, timeout=120)
        return json.loads(r.stdout)["files"][0]["findings"]

    shown = check()
    assert shown and not any(f["rule"] == "placeholder" for f in shown)
    everything = check("--no-ignores")
    marked = [f for f in everything if f["rule"] == "placeholder"]
    assert marked and all(f.get("ignored") is True for f in marked)
    assert not any(f.get("ignored") for f in everything if f["rule"] != "placeholder")


def test_cli_text_and_sarif_mark_ignored_findings(tmp_path):
    doc_path = tmp_path / "report.txt"
    doc_path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    data_dir = tmp_path / "data"
    ignores = IgnoreList()
    ignores.turn_off("numbering/duplicate")
    save_for_file(doc_path, ignores, data_dir)
    env = {**os.environ, "REPORTDESK_LANG": "zh", "PYTHONPATH": str(REPO),
           "REPORTDESK_DATA_DIR": str(data_dir)}

    def check(*extra):
        return subprocess.run([sys.executable, "-m", "app", "check", *extra, str(doc_path)],
                              capture_output=True, text=True, env=env, timeout=120).stdout

    assert "numbering/duplicate" not in check()
    line = next(t for t in check("--no-ignores").splitlines() if "numbering/duplicate" in t)
    assert line.endswith("（已忽略）")
    results = json.loads(check("--no-ignores", "--format", "sarif"))["runs"][0]["results"]
    dup = next(r for r in results if r["ruleId"] == "numbering/duplicate")
    assert dup["suppressions"][0]["kind"] == "external"
    assert not any("suppressions" in r for r in results if r["ruleId"] != "numbering/duplicate")


def test_recovery_data_keeps_the_list():
    from app.storage.serialize import from_json, to_json

    doc = Document.from_lines(list(LINES))
    got = findings(doc)
    doc.ignores.ignore(got[0], doc.texts[got[0].index])
    doc.ignores.turn_off("wording/misused")
    again = from_json(json.loads(json.dumps(to_json(doc), ensure_ascii=False)), keep_ids=True)
    assert again.ignores == doc.ignores
    assert [f.ignored for f in findings(again)] == [f.ignored for f in findings(doc)]
    assert not from_json(to_json(Document.from_lines(["正文"]))).ignores
