"""typo/char's search for a slip in the kind word that ends a cited title: 《……管理条列》,
《……实施办发》, 《中华人民共和国预算发》.

A title quoted in 《》 names a law, a regulation or an official document, and such a name ends on
its kind: 法 for a law (《中华人民共和国……法》), 条例, 规定 or 办法 for regulations (《行政法规
制定程序条例》第五条: 行政法规的名称一般称“条例”，也可以称“规定”“办法”等; 《规章制定程序条例》
第七条), the 文种 of 《党政机关公文处理工作条例》第八条 for documents (决定, 意见, 通知, 通报,
报告, 批复, 纪要 …), and the usual names of plans and rules (方案, 规划, 纲要, 细则, 规则, 章程,
准则, 指南, 清单). A title whose last characters are one character away from such a kind — that
character of the same syllable (an input method's pick: 办发 for 办法) or of a similar shape (条列
for 条例) — carries a slip. The unigram model cannot see it: 发 stands alone every day, and the
kind word with the title's other words is no dictionary word.

A law's name is only recognised by its opening 中华人民共和国 (法 is one character: other titles
end on 发 or 罚 legitimately), and then only where the slip is 发 (an input method's first
pick for fa; no law's name ends on it, 管理发 is no title) or makes no word with the character
before it (《……治安管理处罚》 is a title cut short, not a slip of 处法).
"""

from __future__ import annotations

import re

from app.lexicon import lexicon
from app.textcache import text_cache

# the kinds a cited title ends on (sources in the module docstring), longest first
KINDS = ("条例", "规定", "办法", "细则", "规则", "决定", "决议", "意见", "通知", "通报", "通告",
         "公告", "报告", "批复", "纪要", "方案", "规划", "纲要", "章程", "准则", "指南", "清单")
LAW = "法"
_TITLE = re.compile(r"《([^《》〈〉<>]{2,80})》")


@text_cache
def title_slips(text: str) -> tuple[tuple[int, int, str, float], ...]:
    """(start, end, correction, 0.0) of each cited title's ending that is one same-sound or
    look-alike character away from the kind of document it names."""
    if "《" not in text:
        return ()
    lex = lexicon()
    sound, shapes = lex.sound, lex.shapes

    def slip(c: str, r: str) -> bool:
        return c != r and ((sound.get(c) is not None and sound.get(c) == sound.get(r)) or
                           r in shapes.get(c, ()))

    out: list[tuple[int, int, str, float]] = []
    for m in _TITLE.finditer(text):
        title, end = m.group(1), m.end(1)
        if title.endswith(KINDS) or title.endswith(LAW):
            continue
        tail = title[-2:]
        for kind in KINDS:
            diff = [i for i in (0, 1) if tail[i] != kind[i]]
            if len(diff) == 1 and slip(tail[diff[0]], kind[diff[0]]) and tail not in KINDS:
                out.append((end - 2, end, kind, 0.0))
                break
        else:
            if title.startswith("中华人民共和国") and len(title) >= 9 and \
                    slip(title[-1], LAW) and (title[-1] == "发" or not lex.known(tail)):
                out.append((end - 3, end, title[-3:-1] + LAW, 0.0))
    return tuple(out)
