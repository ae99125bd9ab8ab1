"""Work out two tables of typo/char's context searches (docs/checks.md, typo22) from the lexicon
(jieba's dictionary and pypinyin's readings), so that no process pays for walking the dictionary's
350,000 words:

- app/data/compound_heads.txt (app/rules/typo_compound_head.py): each four-character word of the
  dictionary made of two words of two characters, head + noun, that is at least MIN_SHARE of its
  head's uses (复员军人 is 22 of 复员's 133): the noun, a tab, its heads;
- app/data/rare_verbs.txt (app/rules/typo_rare_verb.py): each verb of two characters (jieba's tag
  v) counted at most RARE_VERB times whose twin, one character changed for another of the same
  main reading and tone, is a frequent verb (typo_windows.is_verb) MIN_RATIO times as frequent
  (修定 7, 修订 852): the rare verb, a tab, the twin (the most frequent when there are several).

    PYTHONPATH=. python packaging/make_context_tables.py

tests/app/test_typo22.py checks that the files are what this script makes of the lexicon.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "app" / "data"


def compound_heads() -> dict[str, list[str]]:
    """noun → the heads it makes a compound with (see the module's docstring)."""
    from app.lexicon import lexicon
    from app.rules.typo_compound_head import MIN_SHARE

    freq = lexicon().freq
    out: dict[str, list[str]] = {}
    for w, f in freq.items():
        if len(w) == 4 and w[2:] in freq and w[:2] in freq and f >= MIN_SHARE * freq[w[:2]]:
            out.setdefault(w[2:], []).append(w[:2])
    return {noun: sorted(heads) for noun, heads in sorted(out.items())}


def rare_verbs() -> dict[str, str]:
    """rare verb → its frequent twin (see the module's docstring)."""
    from app.lexicon import lexicon
    from app.rules.typo_rare_verb import MIN_RATIO, RARE_VERB
    from app.rules.typo_windows import is_verb

    lex = lexicon()
    freq = lex.freq
    out: dict[str, str] = {}
    for w, f in sorted(freq.items()):
        if len(w) != 2 or f > RARE_VERB or lex.tags.get(w) != "v":
            continue
        twins = [w[:i] + c + w[i + 1:] for i in (0, 1) for c in sorted(lex.same_tone(w[i]))
                 if c != w[i]]
        twins = [t for t in twins if freq.get(t, 0) >= MIN_RATIO * f and is_verb(lex, t)]
        if twins:
            out[w] = max(twins, key=lambda t: (freq[t], t))
    return out


def tables() -> dict[str, str]:
    """file name → its text."""
    heads = "".join(f"{noun}\t{' '.join(h)}\n" for noun, h in compound_heads().items())
    verbs = "".join(f"{w}\t{t}\n" for w, t in rare_verbs().items())
    return {
        "compound_heads.txt": "# by packaging/make_context_tables.py: a noun, a tab, the heads "
                              "it makes a compound with\n" + heads,
        "rare_verbs.txt": "# by packaging/make_context_tables.py: a rare verb, a tab, its "
                          "frequent twin of the same syllables\n" + verbs,
    }


def main() -> None:
    for name, text in tables().items():
        (DATA / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
