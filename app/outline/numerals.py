"""Serial numbers as written in official documents: 一…九十九, 1…, １…, ①…, ⑴…, ㈠….

Parsing and rendering live together so that renumbering writes a numeral in the same system the
author used.
"""

from __future__ import annotations

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUMERAL_CLASS = "[一二三四五六七八九十百千零〇]"
FULLWIDTH_DIGITS = "０１２３４５６７８９"
ARABIC_CLASS = "[0-9０-９]"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
PAREN_CN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"


def parse_chinese(s: str) -> int | None:
    """Value of a Chinese numeral up to 9999 ("十一" → 11, "二十" → 20); None if malformed."""
    if not s or any(c not in CN_DIGITS and c not in "十百千" for c in s):
        return None
    for unit, value in (("千", 1000), ("百", 100)):
        if unit in s:
            head, _, rest = s.partition(unit)
            count = CN_DIGITS.get(head) if head else 1
            if count is None:
                return None
            rest = rest.lstrip("零〇○")
            tail = parse_chinese(rest) if rest else 0
            return None if tail is None or tail >= value else count * value + tail
    if "十" in s:
        before, _, after = s.partition("十")
        if "十" in after or len(before) > 1 or len(after) > 1:
            return None
        if before and before not in CN_DIGITS:
            return None
        tens = CN_DIGITS[before] if before else 1
        return tens * 10 + (CN_DIGITS[after] if after else 0)
    if len(s) == 1:
        return CN_DIGITS[s]
    return None  # "一二" is not a numeral; digit-by-digit forms appear only in years


def to_chinese(n: int) -> str:
    """Render 1…9999 the way serial numbers are written: 十, 十一, 二十, 一百零一, 一千零一.

    Larger numbers never occur as serial numbers; they are written in Arabic digits rather than
    failing.
    """
    digits = "零一二三四五六七八九"
    if n >= 10000 or n < 0:
        return str(n)
    if n >= 1000:
        rest = n % 1000
        head = digits[n // 1000] + "千"
        if rest == 0:
            return head
        return head + ("零" if rest < 100 else "") + _under_thousand(rest, in_thousands=True)
    return _under_thousand(n)


def _under_thousand(n: int, in_thousands: bool = False) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return ("一" if in_thousands else "") + "十" + (digits[n - 10] if n > 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    head = digits[n // 100] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + digits[rest]
    return head + _under_thousand(rest, in_thousands=True)


def parse_arabic(s: str) -> int | None:
    """Value of ASCII or full-width digits; None if empty or not digits."""
    if not s:
        return None
    out = 0
    for c in s:
        if "0" <= c <= "9":
            out = out * 10 + ord(c) - 48
        elif c in FULLWIDTH_DIGITS:
            out = out * 10 + FULLWIDTH_DIGITS.index(c)
        else:
            return None
    return out


def parse_date_numeral(s: str) -> int | None:
    """Years and days written digit by digit or positionally: "二〇〇四" → 2004, "二十六" → 26."""
    if all(c in CN_DIGITS for c in s) and len(s) > 1:
        return int("".join(str(CN_DIGITS[c]) for c in s))
    return parse_chinese(s)
