"""app/json_text.py writes what ``json.dumps(value, ensure_ascii=False, indent=2)`` writes: on
plain and odd values, and on `check`'s own JSON and SARIF reports."""

from __future__ import annotations

import enum
import json
from pathlib import Path

import pytest

from app import cli, json_text

ROOT = Path(__file__).resolve().parents[2]

# a report's lines with findings of several families, fixes shared by a numbering group, and
# characters JSON escapes (quotes, backslash, a tab, a control character, U+2028, an emoji)
LINES = [
    "关于加强基层治理工作的报告",
    "一、工作部暑情况",
    "我们们要积极的推进改革，把各项任务落实的不够到位的问题解决好。",
    "（一）面对当前复杂的经济形式，全市上下竟争意识不断增强。",
    "（三）会议要求加强加强组织领导，确保各项工作落到实处。",
    "三、下一步打算",
    "四、保障措施",
    "引用“\"原文\"”与路径 C:\\\\报告\\\\2024，\t制表符，\x07响铃，\u2028分隔，🙂表情，XXXX。",
]


class Colour(enum.Enum):
    RED = "red"


class Level(enum.IntEnum):
    ONE = 1


class Name(str):
    pass


@pytest.mark.parametrize("value", [
    {}, [], (), "", 0, -17, 10**30, True, False, None,
    {"a": {}, "b": [], "c": [[]], "d": [{}], "e": None},
    {"引号": "\"", "反斜杠": "\\", "控制": "\x00\x1f\x7f", "行分隔": "\u2028\u2029",
     "表情": "🙂", "孤代理": "\ud800"},
    [1, "二", [3, [4, {"五": [True, False, None]}]]],
    ("元组", ("嵌套",)),
    {"浮点": 1.5}, [float("nan"), float("inf"), -0.0, 1e300],  # written by json itself
    {1: "整数键"}, {None: "空键", True: "真键"},
    [Level.ONE, Name("子类"), {"键": Level.ONE}],
])
def test_the_text_is_json_dumps_text(value):
    assert json_text.dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_what_json_refuses_it_refuses():
    with pytest.raises(TypeError):
        json_text.dumps({"值": Colour.RED})
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(ValueError):
        json_text.dumps(loop)


def _check_output(tmp_path, capsys, fmt: str) -> str:
    report = tmp_path / "report.txt"
    report.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    status = cli.main(["check", str(report), "--format", fmt, "--no-cache"])
    assert status == 1
    return capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_checks_json_is_what_json_dumps_writes_of_it(fmt, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("REPORTDESK_LEXICON_WORKER", "0")
    out = _check_output(tmp_path, capsys, fmt)
    value = json.loads(out)
    assert out == json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    if fmt == "json":
        findings = value["files"][0]["findings"]
        rules = {f["rule"].split("/")[0] for f in findings}
        assert {"typo", "particle", "repeat", "confusable", "placeholder"} <= rules
        assert any(f["fix"] and len(f["fix"].get("edits", ())) > 1 for f in findings)
