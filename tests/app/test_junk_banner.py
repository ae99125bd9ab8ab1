"""A document site's banner above a report is junk; the report's own words are not, even where
they hold a banner's phrase (倒卖, 仅供参考, 版权归). Sentences are our own."""

from __future__ import annotations

from app.engine import analyze
from app.model import Document, Role


def roles_and_rules(lines: list[str]) -> tuple[list[Role], set[str]]:
    a = analyze(Document.from_lines(lines))
    return a.roles, {f.rule for f in a.findings}


PLAN = ["全县药品安全专项整治工作方案",
        "为切实保障群众用药安全，结合我县实际，制定本方案。",
        "一、整治重点",
        "（一）定点医疗机构。重点整治分解住院、过度诊疗等问题。",
        "（二）参保人员。重点整治冒用他人医保凭证、倒卖医保药品等问题。",
        "二、工作步骤",
        "（一）动员部署。各乡镇要迅速行动。",
        "（二）集中整治。各部门要密切配合。"]


def test_a_plan_point_naming_resale_is_no_banner():
    roles, rules = roles_and_rules(PLAN)
    assert Role.JUNK not in roles
    assert roles[0] is Role.TITLE
    assert not any(r.startswith(("junk/", "numbering/")) for r in rules)


def test_a_long_sentence_with_a_banner_phrase_is_no_banner():
    lines = ["关于城区交通组织优化的调研报告",
             "本报告根据调研组三个月的走访整理而成，所提建议仅供参考，具体方案由交通运输局另行研究制定。",
             "一、基本情况", "城区现有主干道12条。", "二、存在问题", "早晚高峰拥堵明显。"]
    roles, rules = roles_and_rules(lines)
    assert Role.JUNK not in roles and "junk/site-boilerplate" not in rules


def test_a_sites_banner_above_the_report_is_still_junk():
    banner = ["本资料仅供学习 禁止外传", "更多范文请关注本站", "严禁倒卖，举报有奖", ""]
    roles, rules = roles_and_rules(banner + PLAN)
    assert roles[:3] == [Role.JUNK] * 3
    assert roles[4] is Role.TITLE
    assert "junk/site-boilerplate" in rules


def test_a_banner_line_after_the_report_began_is_junk_alone():
    """Only the banner line goes when the report's numbered lines came before it."""
    lines = [*PLAN[:4], "下载更多资料请访问本站", *PLAN[4:]]
    roles, _rules = roles_and_rules(lines)
    assert [i for i, r in enumerate(roles) if r is Role.JUNK] == [4]
    assert roles[0] is Role.TITLE
