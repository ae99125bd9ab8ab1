"""The command line as a user or a CI system runs it: a real subprocess, exit codes, formats."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT, SAMPLE


def reportdesk(*args: str, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "REPORTDESK_LANG": "zh", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "reportdesk", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=120)


def test_check_text_like_a_compiler():
    r = reportdesk("check", str(SAMPLE))
    assert r.returncode == 1
    want = f"{SAMPLE}:27:1: error: numbering/duplicate: 序号“三、”与上一个重复，应为“四、”"
    assert want in r.stdout
    assert r.stderr == ""


def test_check_json_shape():
    r = reportdesk("check", "--format", "json", str(SAMPLE))
    data = json.loads(r.stdout)
    (entry,) = data["files"]
    dup = next(f for f in entry["findings"] if f["rule"] == "numbering/duplicate")
    assert (dup["line"], dup["column"], dup["end_line"], dup["end_column"]) == (27, 1, 27, 3)
    assert dup["fix"]["replacement"] == "四" and dup["fix"]["line"] == 27
    assert {"rule", "severity", "line", "column", "end_line", "end_column", "message",
            "fix"} <= set(dup)
    count = next(f for f in entry["findings"] if f["rule"] == "count/mismatch")
    assert count["fix"] is None


def test_check_sarif():
    r = reportdesk("check", "--format", "sarif", str(SAMPLE))
    data = json.loads(r.stdout)
    assert data["version"] == "2.1.0"
    run = data["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    ids = {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    assert {"numbering/duplicate", "count/mismatch", "placeholder"} <= ids
    dup = next(x for x in run["results"] if x["ruleId"] == "numbering/duplicate")
    region = dup["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (27, 1)
    rep = dup["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert rep["insertedContent"]["text"] == "四"


def test_clean_file_exits_zero(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("关于工作的报告\n今年以来，各项工作有序推进。\n一、主要工作\n二、下步打算\n",
                     encoding="utf-8")
    r = reportdesk("check", str(clean))
    assert r.returncode == 0, r.stdout


def test_unusable_input_is_one_line_exit_2(tmp_path):
    binary = tmp_path / "x.txt"
    binary.write_bytes(bytes(range(256)) * 50)
    for path in (str(binary), str(tmp_path / "missing.txt"), str(tmp_path)):
        r = reportdesk("check", path)
        assert r.returncode == 2
        assert len(r.stderr.strip().splitlines()) == 1
        assert "Traceback" not in r.stderr


def test_outline_json_and_text():
    r = reportdesk("outline", "--format", "json", str(SAMPLE))
    data = json.loads(r.stdout)
    top = data["outline"]
    assert [(n["line"], n["marker"], n["number"], n["level"]) for n in top] == [
        (18, "一、", 1, 1), (21, "二、", 2, 1), (24, "三、", 3, 1), (27, "三、", 3, 1)]
    assert [c["marker"] for c in top[3]["children"]] == ["（一）", "（二）", "（三）"]
    text = reportdesk("outline", str(SAMPLE)).stdout
    assert "  （三）发挥率带作用，深入一线联防联控  [30]" in text.splitlines()


def test_fix_writes_a_copy_and_never_overwrites(tmp_path):
    out = tmp_path / "fixed.txt"
    original = SAMPLE.read_bytes()
    r = reportdesk("fix", str(SAMPLE), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert SAMPLE.read_bytes() == original
    fixed = out.read_text(encoding="utf-8").splitlines()
    assert fixed[0] == "市信访局2020年上半年党建工作总结及下步工作打算"
    assert fixed[11].startswith("四、坚持号令责任意识")
    assert "乒乓球" in fixed[7]
    again = reportdesk("check", "--format", "json", str(out))
    rules = {f["rule"] for f in json.loads(again.stdout)["files"][0]["findings"]}
    assert not any(r.startswith("numbering/") for r in rules)
    same = reportdesk("fix", str(SAMPLE), "-o", str(SAMPLE))
    assert same.returncode == 2 and SAMPLE.read_bytes() == original


def test_outputs_get_ordinary_permissions(tmp_path):
    """A report written for colleagues must be readable by them (mkstemp makes 0600 files)."""
    out = tmp_path / "fixed.txt"
    reportdesk("fix", str(SAMPLE), "-o", str(out))
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    out.chmod(0o640)
    reportdesk("fix", str(SAMPLE), "-o", str(out))
    assert out.stat().st_mode & 0o777 == 0o640


def test_help_speaks_the_users_language():
    zh = reportdesk("--help")
    assert zh.returncode == 0 and "用法：reportdesk" in zh.stdout and "子命令" in zh.stdout
    assert "usage:" not in reportdesk("check", "--help").stdout
    env_en = {**os.environ, "REPORTDESK_LANG": "en", "PYTHONPATH": str(ROOT)}
    en = subprocess.run([sys.executable, "-m", "app", "check", "--help"], capture_output=True,
                        text=True, env=env_en, timeout=60)
    assert en.stdout.startswith("usage: reportdesk check") and "用法" not in en.stdout


def test_pdf_export_is_an_a4_gbt9704_document(tmp_path):
    import shutil

    import pytest

    if not shutil.which("pdfinfo"):
        pytest.skip("poppler-utils missing")
    out = tmp_path / "sample.pdf"
    r = reportdesk("pdf", str(SAMPLE), "-o", str(out))
    assert r.returncode == 0, r.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "595 x 842 pts (A4)" in info
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(out), "-"],
                          capture_output=True, text=True).stdout
    assert "市信访局2020年上半年党建工作总结及下步工作打算" in text.replace("\n", "")
    assert "—1—" in text.replace(" ", "")  # the page number, "— 1 —"


def test_a_30_mb_single_line_is_refused_quickly(tmp_path):
    """A dump is not a report: one line, no hang, no gigabytes (it once ran for minutes)."""
    huge = tmp_path / "dump.txt"
    line = "今年以来，各项工作有序推进。一是抓学习，二是抓落实。" * 400_000
    huge.write_text(line, encoding="utf-8")
    r = reportdesk("check", str(huge))
    assert r.returncode == 2
    assert "不像是一份报告" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_thousands_of_repeated_markers_stay_linear(tmp_path):
    """20,000 "（一）" lines: 19,999 duplicates share one renumbering fix, printed once."""
    many = tmp_path / "many.txt"
    many.write_text("某某管理办法\n" + "（一）加强学习\n" * 20_000, encoding="utf-8")
    r = reportdesk("check", "--format", "json", str(many))
    findings = json.loads(r.stdout)["files"][0]["findings"]
    assert len(findings) == 19_999
    assert len(findings[0]["fix"]["edits"]) == 19_999
    assert findings[1]["fix"] == {"line": 4, "column": 2, "end_line": 4, "end_column": 3,
                                  "replacement": "三", "description": findings[0]["fix"][
                                      "description"], "same_fix_as_line": 3}
    out = tmp_path / "fixed.txt"
    assert reportdesk("fix", str(many), "-o", str(out)).returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[1] == "（一）加强学习" and lines[10] == "（十）加强学习"
    assert lines[9999] == "（九千九百九十九）加强学习"


def test_an_internal_error_is_one_line_and_its_traceback_goes_to_the_crash_log(tmp_path):
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import app.cli
def broken(args):
    raise RuntimeError("模拟的内部错误")
app.cli.COMMANDS["rules"] = broken
sys.exit(app.cli.main(["rules"]))
"""
    env = {**os.environ, "REPORTDESK_LANG": "zh", "REPORTDESK_DATA_DIR": str(tmp_path)}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       timeout=120)  # fmt: skip
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "内部错误" in r.stderr and "Traceback" not in r.stderr
    log = tmp_path / "logs" / "crash.log"
    assert str(log) in r.stderr
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: 模拟的内部错误" in text and "in broken" in text
