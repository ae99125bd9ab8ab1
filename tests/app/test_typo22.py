"""typo/char's context searches of the twenty-second session (docs/checks.md, typo22), sentences
of our own:
- a compound's head typed as a word or two characters of its sound, where the noun after it
  selects the compound (复原军人 → 复员军人, 优扶对象 → 优抚对象: app/rules/typo_compound_head.py);
- a contrastive frame's head typed for its sound (重生产、清安全 → 轻安全: typo_contrast.py);
- a fixed name of current policy with its head word replaced (整体国家安全观:
  typo_fixed_heads.py);
- a rare verb beside its common twin of the same syllables (修定 → 修订: typo_rare_verb.py);
- a unit after a number typed with a look-alike of a character (公项 → 公顷: typo_units.py);
- a verb of a 、 list typed as its look-alike (挂横幅、帖标语 → 贴标语: typo_parallel.py)."""

from __future__ import annotations

import pytest

from app.rules.base import data_lines
from app.rules.typo_fixed_heads import fixed_names
from tests.app.sentences import typo_checks
from tests.conftest import CORPUS, ROOT

TITLE = "关于2024年退役军人服务保障工作情况的报告"


findings, fixed = typo_checks(TITLE)


@pytest.mark.parametrize(("line", "wrong", "right"), [
    ("全县共有复原军人三十六人，均已落实生活补助。", "复原军人", "复员军人"),
    ("春节前走访慰问优扶对象二百余户。", "优扶对象", "优抚对象"),
    ("坚决纠正重生产、清安全的错误倾向。", "清安全", "轻安全"),
    ("个别单位仍有重发展、清保护的问题。", "清保护", "轻保护"),
    ("项目审批坚持先评估、候实施的原则。", "候实施", "后实施"),
    ("要坚持整体国家安全观，统筹发展和安全。", "整体国家安全观", "总体国家安全观"),
    ("推动构建人民命运共同体。", "人民命运共同体", "人类命运共同体"),
    ("区政府组织修定了应急预案管理办法。", "修定", "修订"),
    ("各部门要认真落实修定后的实施方案。", "修定", "修订"),
    ("全年完成造林面积一千二百公项。", "公项", "公顷"),
    ("每亩减少化肥用量5干克。", "干克", "千克"),
    ("通过挂横幅、帖标语、发放宣传资料等方式开展宣传。", "帖标语", "贴标语"),
])
def test_slip_the_context_gives_away_is_reported_and_fixed(line: str, wrong: str, right: str
                                                          ) -> None:
    found = [f for f in findings(line) if f.rule == "typo/char"]
    assert len(found) == 1 and f"“{wrong}”应为“{right}”" in found[0].message
    assert fixed(line) == line.replace(wrong, right)


@pytest.mark.parametrize("line", [
    "博物馆组织专家复原文物三十余件。",  # 复原 of a relic: the word meant
    "受伤部位已基本复原，可以正常工作。",
    "创建语言文字规范化示范学校。",  # 示范 (not 师范学校): a word, another tone
    "第三方保洁公司负责城区水域保洁。",  # 保洁 (not 宝洁公司): under the word's bar
    "要坚持扶贫对象动态管理。",
    "推动构建海洋命运共同体。",  # a name of its own: 海洋 shares nothing with 人类
    "坚持总体国家安全观。",
    "认真查找严重问题、清查处理违规行为。",  # 严重 and 清查 are words, no heads
    "大力发展种植业、轻工业和服务业。",  # 种植 is a word
    "重工业为轻工业、农业服务。",
    "按照先入库，后使用的原则统一管理。",
    "这篇文章思想深远，值得反复品味。",  # 品味 as a verb
    "文旅体育融合发展，精品赛事叫好又叫座。",  # 叫座 (not 叫做): a set pair
    "今年新修订的管理办法已印发。",
    "新华社受权发布全会公报。",  # 受权 (not 授权): unmarked, before the verb it authorises
    "个别干部借机受礼，造成不良影响。",  # 受礼 (not 受理): unmarked
    "坚持提质量、促创新、优服务的工作主线。",  # 优 made a verb in a slogan (not 忧)
    "在服务中受教育、长才干、作贡献。",
    "门口张贴请帖、对联和福字。",
    "全镇三千来人参加了义务植树。",  # 来 after a number: some three thousand
    "新建道路3.5公里，完成12项目标任务。",  # 项目 is the word after 12
])
def test_right_use_is_left_alone(line: str) -> None:
    assert [f.message for f in findings(line) if f.rule == "typo/char"] == []


def test_every_fixed_name_is_written_so_in_the_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent: the names' sources cannot be checked")
    for line in data_lines("fixed_names.txt"):
        name, where = line.split("\t")
        assert name in (ROOT / where).resolve().read_text(encoding="utf-8"), name
    assert all(len(n) >= 6 for n in fixed_names())


def test_every_contrast_frame_is_cited() -> None:
    for line in data_lines("contrast_frames.txt"):
        heads, where = line.split("\t")
        assert len(heads) == 2 and where.strip()


def test_context_tables_are_what_the_lexicon_makes() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_context_tables", ROOT / "packaging" / "make_context_tables.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, text in module.tables().items():
        assert (ROOT / "app" / "data" / name).read_text(encoding="utf-8") == text, name
