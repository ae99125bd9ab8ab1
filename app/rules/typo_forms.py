"""Shapes of official text in which a stretch typo/char would correct is written on purpose
(app/rules/typo.py asks :func:`official_form` after its other guards, app/rules/typo_guards.py).
Each was a false alarm on the seventh set of unseen real pages (issue 13, precision12,
docs/precision.md), and each is a kind of text, not a phrase:

- the issuing organ's code of a document number (闽政〔2011〕8号, GB/T 9704-2012 7.2.4: 发文字号
  = 发文机关代字 + 年份 in 〔〕 + 发文顺序号), which no dictionary spells;
- an Arabic number carried on by a Chinese magnitude (约2.87千字, 3万余人: the mixed notation of
  GB/T 15835-2011 4.1.4 and its 万/亿), whose magnitude character is part of the number;
- a person's name standing alone between spaces (本报讯（通讯员 林莉 记者 王强）): a byline or
  a list of names, not running prose;
- the abbreviation of a term the paragraph spells out (区法援中心 … 法律援助: the first character
  of each of its two words, the usual way a four-character term is shortened);
- a noun joined to one that begins with the same character (贩卖毒品和毒具): the writer names two
  things of one kind;
- a clause that opens with a word of the dictionary the correction would cut (。下步要结合 …:
  下步, a word of its own, not 下 + 不要).

One more came from the eighth set (precision13):

- a style made of 一, a noun and the suffix 式 (一表式登记, as 一站式服务 of the dictionary, 一窗式,
  一门式: one form, one window, one door for the whole service), which no dictionary lists one
  by one.

And one from the thirteenth blind set's look-alike text (the lead):

- a proportion in tenths, a numeral and 成 (约三成未接入, 近两成不达标): the 成 belongs to the
  number, so 成 with the character after it is no word to correct (成未 → 成为).
"""

from __future__ import annotations

import re

from app.lexicon import lexicon
from app.rules.typo_guards import SURNAMES

# 〔2011〕 after the organ's code; web copies write [2011] or ［2011］ for the 六角括号, and a
# template or a published model masks the year's last digits (常建〔20xx〕94号, precision23)
_DOC_YEAR = re.compile(r"[ \u3000]?[〔\[［][ \u3000]?(?:19|20)(?:\d\d|[XxＸｘ×*＊]{2})[ \u3000]?"
                       r"[〕\]］]")
# the characters of a Chinese magnitude that follow an Arabic number (2.87千, 3万, 1.2亿)
MAGNITUDES = frozenset("十百千万亿")
# conjunctions and the list comma that join two nouns of one kind (毒品和毒具, 学校与学生)
JOINERS = frozenset("和与及、")
# 这一/那一/此一/该一/每一: 一 counts the noun after it, and 这一表示 is a word, 表示
_DEMONSTRATIVES = frozenset("这那此该每其")
# what ends a clause, so that the character after it opens the next one
_CLAUSE_END = frozenset("。；！？，：,;:!?\n")
_HAN = re.compile("[\u4e00-\u9fff]")
_SPACES = frozenset(" \u3000\u00a0\t")


def official_form(text: str, start: int, end: int, k: int) -> bool:
    """The stretch ``text[start:end]``, whose character ``k`` the correction would change, is
    one of the shapes of official text listed in the module's docstring."""
    return _document_number(text, end) or _magnitude(text, start + k) or \
        _standalone_name(text, start, end) or _spelled_out(text, start, end) or \
        _same_kind(text, start, k) or _clause_word(text, start, k) or \
        _one_style(text, start, end, k) or _tenths(text, start, k) or \
        _stationed_in(text, start, end, k)


def _document_number(text: str, end: int) -> bool:
    """闽政〔2011〕8号: the stretch is the organ's code right before the year of a document
    number. A slip of 民政 runs on into prose (各级闽政部门) and is still found."""
    return _DOC_YEAR.match(text, end) is not None


# the numerals that count tenths before 成 (三成, 两成, 近半成 is not said; 3成 in figures)
_TENTHS = frozenset("一二两三四五六七八九十几0123456789")


def _tenths(text: str, start: int, k: int) -> bool:
    """约三成未接入: the stretch opens with the 成 of a proportion (a numeral before it) and the
    correction would change a character after it. 已经成未 (no numeral) is still 成为, and a
    slip of 成 itself (三成楼 → 三层楼) is still looked at."""
    return k > 0 and text[start] == "成" and start > 0 and text[start - 1] in _TENTHS


def _magnitude(text: str, p: int) -> bool:
    """约2.87千字: the character to change is a magnitude right after an Arabic digit, so it
    belongs to the number (2870 characters). 双方千字确认 is still 签字."""
    return text[p] in MAGNITUDES and p > 0 and text[p - 1].isdigit()


def _standalone_name(text: str, start: int, end: int) -> bool:
    """（通讯员 林莉 记者 王强）: two or three characters that begin with a surname and touch no
    Chinese character on either side, with a space on one side at least: a name in a byline or
    a list. 城区高楼林莉 (running prose) is still 林立. The stretch may be the end of such a name
    whose rare surname the list lacks, when a name of a common one stands beside it across the
    space (仝志辉 刘传磊, authors of an article: 志辉 → 志军), or the head of a name right after
    a byline's role (（记者陈艺军）: 陈艺 → 陈毅), precision24."""
    for s in (start, start - 1):
        for e in (s + 2, s + 3):
            if s < 0 or e < end or e > len(text) or not _NAME_TOKEN.fullmatch(text, s, e):
                continue
            before, after = text[s - 1:s], text[e:e + 1]
            if _HAN.match(after) or (_HAN.match(before) and not _BYLINE_ROLE.search(text, 0, s)):
                continue
            if _HAN.match(before):  # （记者陈艺军）: the name ends at a mark
                if text[s] in SURNAMES and after and after not in _SPACES:
                    return True
                continue
            if not (before in _SPACES or after in _SPACES):
                continue
            if text[s] in SURNAMES or (s < start and _name_beside(text, s, e)):
                return True
    return False


# the role a byline names before the person (（记者陈艺军）, 通讯员, 摄影): the name follows it
_BYLINE_ROLE = re.compile("(?:记者|通讯员|摄影|实习生)$")
_NAME_TOKEN = re.compile("[\u4e00-\u9fff]{2,3}")


def _name_beside(text: str, s: int, e: int) -> bool:
    """The 2–3 characters right across a space from ``text[s:e]`` are a name of a common
    surname standing alone (刘传磊 beside 仝志辉)."""
    j = e
    while j < len(text) and text[j] in _SPACES:
        j += 1
    m = _NAME_TOKEN.match(text, j) if j > e else None
    if m is not None and m.group()[0] in SURNAMES and not _HAN.match(text[m.end():m.end() + 1]):
        return True
    i = s
    while i > 0 and text[i - 1] in _SPACES:
        i -= 1
    if i == s:
        return False
    k = i - 2
    while k >= max(0, i - 3) and _HAN.match(text[k]):
        if text[k] in SURNAMES and not _HAN.match(text[k - 1:k]) and i - k >= 2:
            return True
        k -= 1
    return False


def _spelled_out(text: str, start: int, end: int) -> bool:
    """区法援中心 … 提升法律援助的服务水平: the two characters begin the two words of a term of
    four the paragraph writes out (法律 + 援助), the way such a term is shortened. Without the
    term in the paragraph, 区法援中心将依法审理此案 is still 法院."""
    if end - start != 2:
        return False
    a, b = text[start], text[start + 1]
    known = lexicon().known
    for m in re.finditer(re.escape(a) + "([\u4e00-\u9fff])" + re.escape(b) + "([\u4e00-\u9fff])",
                         text):
        if m.start() != start and known(a + m.group(1)) and known(b + m.group(2)):
            return True
    return False


def _same_kind(text: str, start: int, k: int) -> bool:
    """贩卖毒品和毒具: the first character, which the correction would change (毒 → 独), begins the
    two-character word joined before the stretch by 和/与/及/、 too: two nouns of one kind. Not
    joined so (打造毒具特色的品牌), it is still 独具."""
    return k == 0 and start >= 3 and text[start - 1] in JOINERS and \
        text[start - 3] == text[start] and _HAN.match(text[start - 2]) is not None and \
        lexicon().known(text[start - 3:start - 1])


def _clause_word(text: str, start: int, k: int) -> bool:
    """。下步要结合实际抓好落实: the clause opens on the character before the stretch, and that
    character and the one the correction would change make a word of the dictionary (下步, as
    下一步): the correction would cut the clause's first word and leave its first character
    alone. A stretch that itself opens the clause (各单位步要松懈 → 不要) is still found."""
    if k != 0 or start < 1:
        return False
    if start >= 2 and text[start - 2] not in _CLAUSE_END and text[start - 2] not in _SPACES:
        return False
    return _HAN.match(text[start - 1]) is not None and lexicon().known(text[start - 1:start + 1])


def _one_style(text: str, start: int, end: int, k: int) -> bool:
    """推行一次性告知、一表式登记: the stretch is a noun and the suffix 式 after the numeral 一, a
    style of service made the way 一站式 (in the dictionary), 一窗式 and 一门式 are, and the
    correction would change the suffix (表式 → 表示). 一 that ends a word (统一表式同意) or counts
    after a demonstrative (这一表式引起关注: 这一表示) leaves the slip found."""
    if end - start != 2 or k != 1 or text[start + 1] != "式" or start < 1 or \
            text[start - 1] != "一":
        return False
    before = text[start - 2] if start >= 2 else ""
    return before not in _DEMONSTRATIVES and not (before and lexicon().known(before + "一"))


# 在/驻/赴/来/抵/离 and the one-character name of a province or city (在渝企业, 驻京单位, 赴港人员:
# 渝 for 重庆, as the press writes it); the commoner of those names that are words of their own
# (新, 青, 宁, 云, 台 …) are left out. precision24: 中央在渝企业 of unseen24 read as 在于.
_PLACE_VERBS = frozenset("在驻赴来抵离")
_PROVINCES = frozenset("京津沪渝冀晋辽皖闽赣鲁豫鄂湘粤琼蜀黔滇陕甘陇桂蒙藏港澳")


def _stationed_in(text: str, start: int, end: int, k: int) -> bool:
    """中央在渝企业: the correction would change a province's one-character name after 在 or 驻
    (在渝 → 在于), and a noun of the dictionary follows it (企业: a body based there). Before a
    verb (关键在渝落实) 在于 is still what the writer meant."""
    if k != 1 or end - start != 2 or text[start] not in _PLACE_VERBS or \
            text[start + 1] not in _PROVINCES:
        return False
    lex = lexicon()
    noun = text[end:end + 2]
    return len(noun) == 2 and lex.known(noun) and lex.tags.get(noun) in (None, "n", "nt", "nz")
