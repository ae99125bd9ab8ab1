"""The variant forms of the fixed formulations (app/data/formulations.json): a fixed phrase cut
short (a word of it left out) or with two neighbouring parts swapped, each indexed once by its
first two characters so that a paragraph is scanned for all of them in one pass (split from
:mod:`app.rules.formulation_data`)."""

from __future__ import annotations

import re
from functools import cache

from app.regex_prefix import word_alternation
from app.rules.formulation_data import _data
from app.rules.formulation_items import item_swaps

_HAN = re.compile(r"[\u4e00-\u9fff]")


_VariantIndex = tuple[re.Pattern[str], dict[str, tuple[int, ...]], dict[str, tuple[str, str]]]


def _variant_index(variants: dict[str, tuple[str, str]]) -> _VariantIndex:
    """A scan for the first two characters of the variants, the lengths of the variants
    starting with each (longest first), and the variants themselves."""
    lengths: dict[str, set[int]] = {}
    for v in variants:
        lengths.setdefault(v[:2], set()).add(len(v))
    scan = re.compile(word_alternation(sorted(lengths)) if lengths else "(?!)")
    return scan, {h: tuple(sorted(ns, reverse=True)) for h, ns in lengths.items()}, variants


def _variant_hits(index: _VariantIndex, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, right form, source) of each variant in ``text``, the longest at a place."""
    scan, lengths, variants = index
    out = []
    for m in scan.finditer(text):  # a plain alternation of two-character heads: C speed
        a = m.start()
        for n in lengths[m.group()]:
            hit = variants.get(text[a:a + n])
            if hit:
                out.append((a, a + n, *hit))
                break
    return out


def fixed_and_listed() -> tuple[list[tuple[str, str]], set[str]]:
    """The fixed phrases (text, source), and every phrase a variant must not be: the listed
    wrong phrases, the right forms, and each fixed phrase's "not" (wording of its own)."""
    data = _data()
    fixed = [(e["text"], e["source"]) for e in data.get("fixed", [])]
    listed = {e["wrong"] for e in data["phrases"] if "wrong" in e} | {t for t, _ in fixed}
    listed |= {s for e in data.get("fixed", []) for s in e.get("not", [])}
    return fixed, listed


@cache
def short_forms() -> _VariantIndex:
    """A scan for the first two characters of the fixed phrases, the lengths of the short forms
    starting with each, and each fixed phrase written with
    one or two characters left out inside it (not at either end) → (right form, source):
    党中央权威和统一领导 → 党中央权威和集中统一领导. Only Chinese characters are left out (不忘初心
    牢记使命 without the 、 is a usual way to write it), and only copies of six characters or more,
    which do not come up by chance. A copy that is itself listed (a wrong phrase with its own
    message, another right form, or a shorter form that is wording of its own: "not") is left
    alone."""
    fixed, listed = fixed_and_listed()
    variants: dict[str, tuple[str, str]] = {}
    for text, source in fixed:
        for i in range(2, len(text) - 2):
            for n in (1, 2):
                cut = text[i:i + n]
                if i + n > len(text) - 2 or len(_HAN.findall(cut)) != n:
                    continue
                short = text[:i] + text[i + n:]
                if len(short) >= 6 and short not in listed and short not in text:
                    variants.setdefault(short, (text, source))
    return _variant_index(variants)


def short_form_hits(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, right form, source) of each fixed phrase written with a word left out
    inside it: 坚决维护党中央权威和统一领导 → 集中统一领导, 以人民为中心发展思想 →
    以人民为中心的发展思想."""
    return _variant_hits(short_forms(), text)


@cache
def swapped_forms() -> _VariantIndex:
    """Like :func:`short_forms`, each fixed phrase with two neighbouring parts of one or two
    Chinese characters each swapped, next to each other or on either side of 和/与/及 → (right
    form, source): 做强做大做优 for 做强做优做大, 德智体劳美 for 德智体美劳, 改善和保障 for 保障
    和改善. A fixed phrase runs its parts in one order (that is what makes
    it fixed), and a copy with two of them swapped is as long as the phrase and no other word:
    it does not come up by chance. Copies shorter than five characters, and listed ones, are
    left alone."""
    fixed, listed = fixed_and_listed()
    variants: dict[str, tuple[str, str]] = {}
    for text, source in fixed:
        for n in (1, 2):
            for i in range(len(text) - 2 * n + 1):
                a, b = text[i:i + n], text[i + n:i + 2 * n]
                if a == b or len(_HAN.findall(a + b)) != 2 * n:
                    continue
                swapped = text[:i] + b + a + text[i + 2 * n:]
                if len(swapped) >= 5 and swapped not in listed and swapped not in text:
                    variants.setdefault(swapped, (text, source))
            # two parts joined by 和/与/及 are in fixed order too (在发展中保障和改善民生: 改善和
            # 保障 is the slip); parts of two characters (one-character ones are mostly halves of
            # words: 党和国家), not at the phrase's start (the scan for its head stays as it is)
            for i in range(1, len(text) - 2 * n) if n == 2 else ():
                a, conj, b = text[i:i + n], text[i + n], text[i + n + 1:i + 2 * n + 1]
                if conj not in "和与及" or a == b or len(_HAN.findall(a + b)) != 2 * n or \
                        conj in a + b:
                    continue
                swapped = text[:i] + b + conj + a + text[i + 2 * n + 1:]
                if swapped not in listed and swapped not in text:
                    variants.setdefault(swapped, (text, source))
        for swapped in item_swaps(text):  # 学思想、重实践、强党性 for 学思想、强党性、重实践
            if swapped not in listed:
                variants.setdefault(swapped, (text, source))
    return _variant_index(variants)


def swapped_form_hits(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, right form, source) of each fixed phrase with two neighbouring parts
    swapped (:func:`swapped_forms`)."""
    return _variant_hits(swapped_forms(), text)
