"""English renderings of the fix descriptions the rules write in Chinese, kept in one place.

Rules describe a fix in Chinese ("改为“四、”", data shown in the problems list and menus). The
English interface shows the English form made here from the same text; a description no pattern
knows is shown as written (a new rule should add its pattern below).
"""

from __future__ import annotations

import re

# (Chinese pattern, English template with the pattern's groups as {1}, {2} …)
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"改为“(.+?)”，其后(\d+)处顺延"), "Change to “{1}” and renumber the {2} after it"),
    (re.compile(r"改为全角“(.+?)”"), "Change to full-width “{1}”"),
    (re.compile(r"改为“(.*?)”"), "Change to “{1}”"),
    (re.compile(r"删除第(\d+)–(\d+)行"), "Delete lines {1}–{2}"),
    (re.compile(r"删除第(\d+)行"), "Delete line {1}"),
    (re.compile(r"删除“(.+?)”"), "Delete “{1}”"),
)


def english(description: str) -> str:
    """The English form of a Chinese fix description (unchanged when no pattern fits)."""
    for pattern, template in PATTERNS:
        m = pattern.fullmatch(description)
        if m is not None:
            out = template
            for k, value in enumerate(m.groups(), 1):
                out = out.replace("{" + str(k) + "}", value)
            return out
    return description
