"""规范提法 (formulation/*): wrong members, order, counts and wording, on hand-written sentences,
next to sentences that look alike and are right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.engine import analyze
from app.fixes import apply_fixes
from app.model import LINE_BREAK, OBJECT_CHAR, Document

TITLE = "关于2024年机关党建工作情况的报告"
DATA = Path(__file__).resolve().parents[2] / "app" / "data" / "formulations.json"


def found(sentence: str) -> list:
    a = analyze(Document.from_lines([TITLE, sentence]), ["formulation"])
    return [f for f in a.findings if f.index == 1]


def flagged(sentence: str) -> list[tuple[str, str]]:
    return [(f.rule, sentence[f.start:f.end]) for f in found(sentence)]


def fixed(sentence: str) -> str:
    fixes = [f.fix for f in found(sentence) if f.fix is not None]
    out, _ = apply_fixes([TITLE, sentence], fixes)
    return out[1]


def test_wrong_member_of_a_closed_list_is_named_with_the_right_one():
    s = "全体党员要增强政治意识、大局意识、核心意识、服从意识，自觉同党中央保持高度一致。"
    assert flagged(s) == [("formulation/member", "服从意识")]
    assert "看齐意识" in found(s)[0].message and "2016" in found(s)[0].message
    assert fixed(s) == s.replace("服从意识", "看齐意识")


def test_wrong_member_inside_the_list():
    s = "按照产业兴旺、生态宜居、乡风文明、管理民主、生活富裕的总要求推进乡村振兴。"
    assert flagged(s) == [("formulation/member", "管理民主")]
    assert fixed(s) == s.replace("管理民主", "治理有效")


def test_changed_order_is_found_and_reordered_keeping_separators():
    s = "统筹推进经济建设、政治建设、社会建设、文化建设和生态文明建设。"
    assert flagged(s) == [("formulation/order", s[4:-1])]
    assert fixed(s) == "统筹推进经济建设、政治建设、文化建设、社会建设和生态文明建设。"
    s = "坚定道路自信、制度自信、理论自信、文化自信。"
    assert fixed(s) == "坚定道路自信、理论自信、制度自信、文化自信。"


def test_order_of_the_guiding_thoughts_with_quotes_kept():
    s = "以马克思列宁主义、毛泽东思想、“三个代表”重要思想、邓小平理论为指导。"
    assert [r for r, _ in flagged(s)] == ["formulation/order"]
    assert fixed(s) == "以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想为指导。"


def test_missing_member_next_to_the_name():
    s = "完整准确全面贯彻创新、协调、绿色、开放的新发展理念。"
    (f,) = found(s)
    assert f.rule == "formulation/member" and "缺少“共享”" in f.message


def test_partial_quotation_and_continued_lists_are_left_alone():
    for s in [
        "坚持创新、协调、绿色、开放、共享的新发展理念。",
        "推动创新、协调发展，加快绿色转型。",  # two words, no name: not the formulation
        "经济建设、政治建设、文化建设、社会建设、生态文明建设和党的建设全面加强。",
        "以邓小平理论和“三个代表”重要思想为指导，全面落实科学发展观。",  # 2007: partial is fine
        "认真落实“绿色、共享、开放、廉洁”的办赛理念。",  # another list (corpus, Guangdong 2026)
        "着力稳就业、稳企业、稳市场、稳预期。",  # 四稳 (2025), not a wrong 六稳
        "增强责任意识、服务意识、创新意识、看齐意识。",
        "深入学习习近平新时代中国特色社会主义经济思想和习近平生态文明思想。",
        "十七大提出“四位一体”（经济建设、政治建设、文化建设和社会建设）。",
        "从“管理民主”到“治理有效”，从“生活宽裕”到“生活富裕”，要求更高了。",
    ]:
        assert flagged(s) == [], s


def test_count_words():
    s = "增强“四个意识”、坚定“五个自信”、做到“两个维护”。"
    assert flagged(s) == [("formulation/count", "五")]
    assert fixed(s) == "增强“四个意识”、坚定“四个自信”、做到“两个维护”。"
    # the 2012 count is an older official form: info, not a warning
    (f,) = found("增强“四个意识”、坚定“三个自信”。")
    assert f.severity == "info" and "2012" in f.message
    # a sentence about the older form itself is not reported
    assert flagged("党的十八大报告提出“三个自信”，党的十九大报告为“四个自信”。") == []
    # a local coinage of its own count is not the fixed name
    assert flagged("强化三个意识：责任意识、服务意识、创新意识。") == []
    assert flagged("牢固树立“三个意识”，推动工作落实。") == []
    # 维护 and 确立 are ordinary words too: only the quoted name or one in company is checked
    assert flagged("全县新建三个维护站，更换设备。") == []
    assert flagged("坚决做到“三个维护”。") == [("formulation/count", "三")]


def test_fixed_names_written_wrongly():
    s = ("在以习近平总书记为核心的党中央坚强领导下，"
         "我们坚持以习近平新时代中国特色社会主义理论为指导。")
    got = flagged(s)
    assert got == [("formulation/wording", "以习近平总书记为核心的党中央"),
                   ("formulation/wording", "习近平新时代中国特色社会主义理论")]
    assert found(s)[0].severity == "error"
    assert fixed(s) == ("在以习近平同志为核心的党中央坚强领导下，"
                        "我们坚持以习近平新时代中国特色社会主义思想为指导。")
    assert flagged("加快构建以国内大循环为主体、国际国内双循环相互促进的新发展格局。") == \
        [("formulation/wording", "国际国内双循环")]
    assert flagged("坚持国家总体安全观。") == [("formulation/wording", "国家总体安全观")]
    assert flagged("深入开展牢记使命、不忘初心主题教育。") == \
        [("formulation/wording", "牢记使命、不忘初心")]


def test_more_fixed_lists_and_names():
    assert fixed("一体推进不敢腐、不想腐、不能腐。") == "一体推进不敢腐、不能腐、不想腐。"
    assert fixed("不断提高政治判断力、政治执行力、政治领悟力。") == \
        "不断提高政治判断力、政治领悟力、政治执行力。"
    assert fixed("实现党的领导、依法治国和人民当家作主的有机统一。") == \
        "实现党的领导、人民当家作主和依法治国的有机统一。"
    assert fixed("坚持以人民群众为中心的发展思想。") == "坚持以人民为中心的发展思想。"
    # 两个确立 and 两个维护 confused
    assert fixed("深刻领悟“两个维护”的决定性意义，坚决做到“两个确立”。") == \
        "深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”。"
    # without 有机统一 the three words are an ordinary list
    assert flagged("坚持党的领导、依法治国、人民当家作主三者结合的原则。") == []


def test_right_names_are_quiet():
    for s in ["在以习近平同志为核心的党中央坚强领导下，坚持以习近平新时代中国特色社会主义思想。",
              "坚持总体国家安全观，统筹国内国际两个大局。",
              "以国内大循环为主体、国内国际双循环相互促进的新发展格局。",
              "深入开展“不忘初心、牢记使命”主题教育，坚持“三个代表”重要思想。",
              "各级政府要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
              "坚定拥护“两个确立”，坚决做到“两个维护”。"]:
        assert flagged(s) == [], s


def test_collocation():
    s = "要坚定“四个意识”，做到“两个维护”。"
    (f,) = found(s)
    assert f.rule == "formulation/collocation" and "增强" in f.message and f.severity == "info"


def test_objects_and_line_breaks_separate_lists():
    # a list broken by an inline object or a manual line break is not one enumeration
    s = f"政治意识、大局意识{OBJECT_CHAR}看齐意识、核心意识"
    assert flagged(s) == []
    s = f"道路自信、理论自信{LINE_BREAK}文化自信、制度自信"
    assert flagged(s) == []
    # and a finding never covers one
    s = f"{OBJECT_CHAR}坚定道路自信、制度自信、理论自信、文化自信。"
    (f,) = found(s)
    assert OBJECT_CHAR not in s[f.start:f.end]


def test_every_formulation_names_its_source():
    data = json.loads(DATA.read_text("utf-8"))
    for entry in data["lists"] + data["phrases"] + data["collocations"] + data["pairs"]:
        assert entry["source"].strip() and entry["checked"].strip(), entry
        # a message quotes the source on its own: it must name the document and the year
        assert any(y in entry["source"] for y in map(str, range(1949, 2031))), entry
        assert "同上" not in entry["source"], entry
    for entry in data["lists"]:
        # a list without a name of its own (稳中求进、以进促稳、先立后破) must be closed: its
        # members alone say what it is
        assert len(entry["members"]) >= 3 and (entry["anchors"] or entry["closed"]), entry


@pytest.mark.parametrize("family", ["formulation", "title", "hygiene"])
def test_each_family_can_be_switched_off(family):
    lines = ["关于申请经费的请示报告",
             "增强政治意识、大局意识、核心意识、服从意识，１９９３年增长-3.2%。"]
    everything = {f.rule.split("/")[0] for f in analyze(Document.from_lines(lines)).findings}
    assert family in everything
    others = [r for r in ("formulation", "title", "hygiene", "numbering") if r != family]
    rest = {f.rule.split("/")[0] for f in analyze(Document.from_lines(lines), others).findings}
    assert family not in rest


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    ("引导党员干部不忘初心、牢记宗旨，勇于担当。", "牢记宗旨", "牢记使命"),
    ("始终做到不改初心、牢记使命。", "不改初心", "不忘初心"),
    ("我们坚持人民至上、生活至上。", "生活至上", "生命至上"),
    ("务必敢于斗争、善于战斗。", "善于战斗", "善于斗争"),
])
def test_a_two_part_slogan_with_one_half_changed(sentence, wrong, right):
    assert flagged(sentence) == [("formulation/member", wrong)]
    assert fixed(sentence) == sentence.replace(wrong, right)


@pytest.mark.parametrize("sentence", [
    "不忘初心、牢记使命，永远奋斗。", "不忘初心、砥砺前行。", "不忘初心、继续前进。",
    "坚守初心、牢记使命。",  # a local variation of the first half, not a slip
    "敢于斗争、敢于胜利。", "谦虚谨慎、戒骄戒躁。", "坚持人民至上、紧紧依靠人民。",
])
def test_slogan_halves_beside_other_slogans_are_left_alone(sentence):
    assert flagged(sentence) == []
def test_the_phrase_prefilter_lets_every_match_through():
    """_any_phrase starts with a lookahead for the characters a match can start with: every
    text that one of the phrase or collocation patterns matches must still pass it."""
    import re
    from pathlib import Path

    from app.rules.formulation_data import (
        _any_phrase,
        _collocation_patterns,
        _data,
        _first_chars,
        _phrase_patterns,
    )

    patterns = [p for p, _e in _phrase_patterns()] + [p for p, _e in _collocation_patterns()]
    planted = Path(__file__).resolve().parents[1] / "data" / "planted"
    texts = [line for name in ("formulation.txt", "formulation_blind.txt")
             for line in (planted / name).read_text(encoding="utf-8").splitlines()]
    texts += [f"我们要坚持{e['wrong']}。" for e in _data()["phrases"] if "wrong" in e]
    matched = [t for t in texts if any(p.search(t) for p in patterns)]
    assert len(matched) > 20
    assert all(_any_phrase().search(t) for t in matched)
    assert _any_phrase().pattern.startswith("(?=[")  # the lookahead is there to be tested
    parse = re._parser.parse  # type: ignore[attr-defined]
    assert _first_chars(parse("(?<!习近平)新时代|[“\"]?三个|(?:坚定|做到)x")) == \
        {"新", "“", '"', "三", "坚", "做"}
    for unknown in ("x*", "[a-z]b", ".a", "(?i:a)b", "a?b?"):
        assert _first_chars(parse(unknown)) is None
