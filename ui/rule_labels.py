"""What the interface calls a rule and a fix, in the interface's language.

In Chinese a rule is shown by its Chinese name (``RuleInfo.name``: 序号重复, not
numbering/duplicate) and a family by :data:`FAMILY_NAMES`; in English by its id. Fix
descriptions are Chinese data made by the rules; the English interface shows
:func:`app.fix_text.english` of them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.fix_text import english
from app.rules import ALL_RULES

# Chinese names of the rule families (the part of an id before "/")
FAMILY_NAMES = {
    "numbering": "序号", "count": "数量", "placeholder": "占位符", "punctuation": "标点",
    "consistency": "一致性", "junk": "非正文内容", "wording": "用词", "date": "日期",
    "typo": "错别字", "format": "格式", "layout": "版式", "style": "文风",
    "confusable": "易混词", "particle": "的地得", "repeat": "重复字词", "formulation": "规范提法",
    "title": "公文标题", "hygiene": "数字与字符", "grammar": "语法",
}  # fmt: skip


def chinese_ui() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def rule_label(rule_id: str) -> str:
    """序号重复 (Chinese interface) or numbering/duplicate (English)."""
    if not chinese_ui():
        return rule_id
    info = ALL_RULES.get(rule_id)
    if info is not None:
        return info.name
    return family_label(rule_id) if "/" not in rule_id else rule_id


def rule_name(rule_id: str, chinese_name: str) -> str:
    """A rule's name in a list of rules: 序号重复 in Chinese; in English the words of its id
    ("numbering/range-dash" → "Range dash"), the rules having no English names of their own."""
    if chinese_ui():
        return chinese_name
    words = rule_id.rsplit("/", 1)[-1].replace("-", " ").replace("_", " ")
    return words[:1].upper() + words[1:]


def family_label(family: str) -> str:
    """The family entry of the filter: 序号（全部） or numbering/…"""
    if not chinese_ui():
        return family + "/…"
    name = FAMILY_NAMES.get(family)
    if name is None:  # a family added later: the name of its first rule will do
        name = next((r.name for r in ALL_RULES.values() if r.id.split("/")[0] == family), family)
    return name + "（全部）"


def fix_label(description: str) -> str:
    return description if chinese_ui() else english(description)
