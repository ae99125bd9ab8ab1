"""Per-rule precision measured on ../shared/corpus: rule id → (true, judged).

Written by `bench/precision.py --write` from the hand judgements in
docs/precision/*.tsv; `reportdesk rules` shows it. Do not edit by hand.
"""

from __future__ import annotations

MEASURED: dict[str, tuple[int, int]] = {
    "numbering/skip": (2, 2),
    "numbering/marker": (12, 12),
    "numbering/level": (1, 1),
    "placeholder": (4, 4),
    "punctuation/width": (7, 7),
    "punctuation/approx-comma": (1, 1),
    "punctuation/range-dash": (1, 1),
    "junk/stray-fragment": (4, 4),
    "wording/misused": (2, 2),
    "wording/variant": (3, 3),
    "date/format": (5, 5),
    "typo/char": (0, 1),
    "confusable/word": (1, 1),
    "repeat/word": (1, 1),
    "hygiene/fullwidth-alnum": (74, 74),
    "hygiene/punct-space": (2, 2),
    "hygiene/number-gap": (9, 9),
    "hygiene/year-zero": (1, 1),
    "hygiene/percent-width": (1, 1),
    "grammar/subject": (1, 1),
}
