"""typo/char's searches of the twenty-first session (docs/checks.md, typo21), sentences of our own:
- slips of 公文 words that jieba's dictionary counts too rarely to offer as corrections (排查 42,
  配电箱 and 销假 at its floor): app/data/gongwen_terms.txt gives them the frequency they have in
  published official documents, and app/rules/typo_terms.py offers them;
- a rare character typed for a commoner kin of its reading sharing a component (湎怀 → 缅怀:
  app/rules/typo_kin.py);
- a four-character word with one of two strong single characters slipped (连席会议 → 联席会议:
  app/rules/typo_strong.py);
- fixed terms (app/data/fixed_terms.txt) with a character moved or, for three characters, of the
  same sound typed (社会消费零售品总额, 负总则: app/rules/typo_fixed_terms.py)."""

from __future__ import annotations

import pytest

from app.lexicon import COMMON, lexicon
from app.rules.base import data_lines
from app.rules.typo_fixed_terms import MOVE_MIN_LEN, fixed_terms, moved_to
from app.rules.typo_kin import kin
from app.rules.typo_terms import MIN_GAIN_TERM, term_freq, term_slips
from tests.app.sentences import typo_checks
from tests.conftest import CORPUS, ROOT

TITLE = "关于2024年安全生产工作情况的报告"


findings, fixed = typo_checks(TITLE)


@pytest.mark.parametrize(("line", "wrong", "right"), [
    ("各单位要对辖区内的危化企业开展拉网式排察，不留死角。", "排察", "排查"),
    ("物业公司要定期检查楼道配电厢，及时更换老化线路。", "配电厢", "配电箱"),
    ("干部外出返岗后应及时向单位办理消假手续。", "消假", "销假"),
    ("建立健全信息研盼机制，提升预警能力。", "研盼", "研判"),
    ("切实做好困难群众兜低保障工作。", "兜低", "兜底"),
    ("补齐农村基础设施短版。", "短版", "短板"),
    ("严格落实二十四小时值首制度。", "值首", "值守"),
    ("组织党员干部到烈士陵园湎怀先烈。", "湎怀", "缅怀"),
    ("对全年财务收支进行嵇核。", "嵇核", "稽核"),
    ("汛前完成主要河道疏竣。", "疏竣", "疏浚"),
    ("定期召开部门连席会议，通报工作进展。", "连席会议", "联席会议"),
    ("全年社会消费零售品总额增长百分之五。", "社会消费零售品总额", "社会消费品零售总额"),
    ("党政主要负责人负总则，分管领导具体抓。", "负总则", "负总责"),
    ("全面落实党政同则、一岗双责。", "党政同则", "党政同责"),
])
def test_slip_of_a_gongwen_word_is_reported_and_fixed(line: str, wrong: str, right: str) -> None:
    found = [f for f in findings(line) if f.rule == "typo/char"]
    assert len(found) == 1 and f"“{wrong}”应为“{right}”" in found[0].message
    assert fixed(line) == line.replace(wrong, right)


@pytest.mark.parametrize("line", [
    "对全县12个乡镇开展专项督查。",  # 个 counts after a numeral (not 各乡镇)
    "接警后民警第一时间进入战位。",  # 战位 is right (站位 under its bar)
    "各企业要把好安全关，严防事故发生。",  # 把好……关 (not 安全观)
    "全面排查安全隐患，建立问题清单。",
    "严格执行干部请销假制度。",
    "对辖区内配电箱逐一检查。",
    "督促各单位排除安全隐患。",
    "强化研判会商，做好值守工作。",
    "工程已于去年底竣工验收。",  # 竣 in its own word
    "沉湎于网络游戏的青少年要加强引导。",
    "嵇康是魏晋时期的文学家。",  # a name
    "市里召开联席会议研究部署。",
    "他连续三年获评优秀。",
    "全年社会消费品零售总额增长百分之五。",
    "党政主要负责人负总责，分管领导具体抓。",
    "修订安全生产管理总则。",
])
def test_right_words_and_look_alikes_stay_quiet(line: str) -> None:
    assert not [f for f in findings(line) if f.rule in ("typo/char", "wording/misused")]


def test_list_holds_only_words_the_lexicon_does_not_offer() -> None:
    """Every listed term is one jieba counts under COMMON (else the general search offers it
    already) and is given a frequency at least COMMON."""
    freq = lexicon().freq
    terms = term_freq()
    assert {"排查", "积案", "优抚", "销假", "配电箱"} <= set(terms)
    assert all(freq.get(t, 0) < COMMON and f >= COMMON and 2 <= len(t) <= 3
               for t, f in terms.items())


def test_cited_terms_name_their_source() -> None:
    lines = [line for line in data_lines("gongwen_terms.txt") if len(line.split("\t")) == 3]
    assert lines and all("：“" in line.split("\t")[2] for line in lines)


def test_gain_bar_decides() -> None:
    """The found slips clear MIN_GAIN_TERM; a clause where the term would not help does not."""
    assert all(g >= MIN_GAIN_TERM for *_x, g in term_slips("开展拉网式排察，不留死角。"))
    assert term_slips("开展拉网式排察，不留死角。")
    assert not term_slips("第一时间进入战位。")


def test_moved_character() -> None:
    assert moved_to("社会消费零售品总额", "社会消费品零售总额")
    assert moved_to("社会品消费零售总额", "社会消费品零售总额")
    assert not moved_to("社会消费品零售总额", "社会消费品零售总额")
    assert not moved_to("额社会消费品零售总", "社会消费品零售总额")  # moved too far
    assert not moved_to("社会消费品零售总量", "社会消费品零售总额")


@pytest.mark.parametrize("term", [t for t in fixed_terms() if len(t) >= MOVE_MIN_LEN])
def test_every_listed_term_with_a_character_moved_is_put_back(term: str) -> None:
    moved = term[0] + term[2] + term[1] + term[3:]
    line = f"全年{moved}保持稳定。"
    found = [f for f in findings(line) if f.rule == "typo/char"]
    assert len(found) == 1 and f"“{moved}”应为“{term}”" in found[0].message
    assert fixed(line) == line.replace(moved, term)


def test_fixed_terms_are_attested_in_the_corpus() -> None:
    rows = [line.split("\t") for line in data_lines("fixed_terms.txt")]
    assert len(rows) >= 10 and all(len(r) == 2 for r in rows)
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    for term, where in rows:
        assert term in (ROOT / where).read_text("utf-8"), term


def test_kin_pairs_share_a_reading_and_go_from_rare_to_common() -> None:
    lex = lexicon()
    table = kin()
    assert "缅" in table["湎"] and "稽" in table["嵇"] and "浚" in table["竣"]
    assert all(lex.tone.get(a) == lex.tone.get(b) and
               lex.singles.get(b, 0) > lex.singles.get(a, 0)
               for a, rights in table.items() for b in rights)
