"""False alarms found on a thirteenth set of unseen real pages (issue 13, precision19), each
cause on sentences written for this test after the page's shape: the legitimate shape stays quiet
(reported before the change), the look-alike mistake is still reported. The real pages stay
outside the repository (/work/notes/unseen19); docs/checks.md, section precision19, names them.
"""

from __future__ import annotations

import pytest

from tests.app.sentences import family_findings, where

TITLE = "镇长年度工作总结"


def numbering(body: list[str]) -> list[tuple[int, str, str]]:
    lines = [TITLE, *body]
    return where(lines, family_findings(lines, "numbering"))


# --- numbering: a sub-list announced by a colon inside an item (有2家：一是……二是……。二是……) ----

# The page's shape (a 镇长's summary): the first 一是 item counts two firms in a sub-list of its
# own, then the item list goes on with 二是. The sub-list's 二是 is not the list's.
NESTED = ("一是工业化成果更加丰硕。正在洽谈的规模企业有2家：一是制药厂，预计投资3亿元；"
          "二是轮胎处理厂，预计投资4亿元。二是农业产业化初具规模。调整种植结构，推广特色种植。")


@pytest.mark.parametrize("body", [
    [NESTED],
    # the list goes on past the sub-list: 三是 follows the outer 二是
    [NESTED + "三是服务业加快发展。"],
    # the sub-list has three items and the outer list resumes with 二是
    ["一是基础设施不断完善：一是修通道路；二是改造危桥；三是建成水厂。二是民生保障更加有力。"],
    # the next paragraph goes on with 三是 (runs across paragraphs already resume the outer list)
    [NESTED, "三是服务业加快发展。"],
])
def test_an_item_list_resumes_after_a_sub_list_announced_by_a_colon(body):
    assert numbering(body) == []


@pytest.mark.parametrize(("body", "want"), [
    # the outer list repeats its own number after the sub-list: still a duplicate
    ([NESTED + "二是服务业加快发展。"], [(2, "numbering/duplicate", "二是")]),
    # the sub-list repeats its own number within its sentence: still a duplicate (the outer list
    # goes on only at a sentence start)
    (["一是抓项目：一是抓招商；二是抓服务；二是抓落实。"], [(2, "numbering/duplicate", "二是")]),
    # a duplicate with no sub-list at all
    (["一是抓学习；二是抓落实；二是抓作风。"], [(2, "numbering/duplicate", "二是")]),
    # a sub-list without a lead colon is read as before (一是 twice, then 二是 twice: the second
    # 二是 repeats the first)
    (["一是抓项目，一是抓招商，二是抓服务。二是抓民生。"], [(2, "numbering/duplicate", "二是")]),
])
def test_a_duplicate_item_is_still_found(body, want):
    assert numbering(body) == want
