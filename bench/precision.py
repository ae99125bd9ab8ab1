"""Per-rule precision of the checks on the real documents of ../shared/corpus, from hand judgements.

    .venv/bin/python bench/precision.py            # print the table and what is not judged yet
    .venv/bin/python bench/precision.py --write    # also write docs/precision.md and
                                                   # app/rules/measured.py (what `reportdesk
                                                   # rules` shows)
    .venv/bin/python bench/precision.py --todo     # unjudged findings as TSV rows to judge

Judgements live in docs/precision/<family>.tsv (one file per rule family, so rule helpers never
edit the same file): UTF-8, tab-separated, header `rule file line column excerpt verdict note`,
1-based line and column as `reportdesk check --format json` prints them, verdict `true` (a real
problem) or `false` (a false alarm). A finding is matched to its judgement by (rule, file, line,
column). Findings are computed exactly as `reportdesk check` does (read_document + analyze, no
ignore list). Exit status: 0 when every finding is judged and no error-level finding is false,
1 otherwise (2 when the corpus is missing).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus"
JUDGEMENTS = ROOT / "docs" / "precision"
REPORT = ROOT / "docs" / "precision.md"
KEEP = "<!-- Hand-written sections: kept by bench/precision.py --write. -->"
MEASURED = ROOT / "app" / "rules" / "measured.py"
HEADER = ["rule", "file", "line", "column", "excerpt", "verdict", "note"]
CONTEXT = 8


@dataclass(frozen=True)
class Judgement:
    rule: str
    file: str
    line: int
    column: int
    excerpt: str
    verdict: bool
    note: str


@dataclass
class Found:
    rule: str
    severity: str
    file: str
    line: int
    column: int
    excerpt: str
    message: str


@dataclass
class RuleStats:
    rule: str
    severity: str
    true: int = 0
    false: int = 0
    unjudged: int = 0
    false_errors: list[Found] = field(default_factory=list)

    @property
    def judged(self) -> int:
        return self.true + self.false


def read_judgements(folder: Path = JUDGEMENTS) -> dict[tuple[str, str, int, int], Judgement]:
    out: dict[tuple[str, str, int, int], Judgement] = {}
    for path in sorted(folder.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(rows, None)
            if header != HEADER:
                raise SystemExit(f"{path}: header must be {' '.join(HEADER)}")
            for n, row in enumerate(rows, start=2):
                if not row or not "".join(row).strip():
                    continue
                if len(row) != len(HEADER) or row[5] not in ("true", "false"):
                    raise SystemExit(f"{path}:{n}: bad row (7 fields, verdict true|false)")
                j = Judgement(row[0], row[1], int(row[2]), int(row[3]), row[4], row[5] == "true",
                              row[6])
                out[(j.rule, j.file, j.line, j.column)] = j
    return out


def corpus_findings(corpus: Path = CORPUS) -> list[Found]:
    """Every finding on every corpus file, as `reportdesk check` computes it."""
    from app.engine import analyze
    from app.readers import read_document

    out: list[Found] = []
    for path in sorted(corpus.glob("*.txt")):
        doc = read_document(str(path))
        texts = doc.texts
        for f in analyze(doc).findings:
            text = texts[f.index]
            excerpt = (text[max(0, f.start - CONTEXT):f.start] + "【" + text[f.start:f.end] + "】"
                       + text[f.end:f.end + CONTEXT])
            out.append(Found(f.rule, f.severity.value, path.name, f.line, f.column,
                             " ".join(excerpt.split()), f.message))
    return out


def measure(found: list[Found], judged: dict[tuple[str, str, int, int], Judgement]
            ) -> tuple[dict[str, RuleStats], list[Found], list[Judgement]]:
    """(stats per rule, unjudged findings, judgements no finding matches any more)."""
    from app.rules import ALL_RULES

    stats = {r.id: RuleStats(r.id, r.severity.value) for r in ALL_RULES.values()}
    unjudged: list[Found] = []
    used: set[tuple[str, str, int, int]] = set()
    for f in found:
        key = (f.rule, f.file, f.line, f.column)
        s = stats.setdefault(f.rule, RuleStats(f.rule, f.severity))
        j = judged.get(key)
        if j is None:
            s.unjudged += 1
            unjudged.append(f)
            continue
        used.add(key)
        if j.verdict:
            s.true += 1
        else:
            s.false += 1
            if f.severity == "error":
                s.false_errors.append(f)
    # a judged finding that gives way to a more precise rule's on the same line (year-zero to
    # date/format: app.rules.SUPERSEDED_BY) is still found, by that rule: not stale
    from app.rules import SUPERSEDED_BY

    lines = {(f.file, f.line, f.rule) for f in found}
    stale = [j for k, j in judged.items() if k not in used and not any(
        (j.file, j.line, r) in lines for r in SUPERSEDED_BY.get(j.rule, ()))]
    return stats, unjudged, stale


def _pct(s: RuleStats) -> str:
    return f"{100 * s.true / s.judged:.0f}%" if s.judged else "—"


def table(stats: dict[str, RuleStats]) -> list[str]:
    lines = ["| rule | severity | findings | true | false | precision |",
             "|---|---|---:|---:|---:|---:|"]
    for s in stats.values():
        lines.append(f"| {s.rule} | {s.severity} | {s.judged + s.unjudged} | {s.true} | "
                     f"{s.false} | {_pct(s)} |")
    return lines


def write_report(stats: dict[str, RuleStats], unjudged: list[Found], stale: list[Judgement],
                 corpus_files: int) -> None:
    total = sum(s.judged for s in stats.values())
    true = sum(s.true for s in stats.values())
    errors = [s for s in stats.values() if s.severity == "error"]
    false_errors = sum(len(s.false_errors) for s in stats.values())
    lines = [
        "# Precision of the rules on real documents",
        "",
        f"Measured {dt.date.today().isoformat()} by `bench/precision.py --write` on the "
        f"{corpus_files} real published documents of `../shared/corpus` (see its SOURCES.md), "
        "from the hand judgements in `docs/precision/<family>.tsv` (one row per finding: rule, "
        "file, line, column, excerpt, verdict, why). A finding is *true* when a careful "
        "reviewer would change the text (or would want to be told), *false* when it is a false "
        "alarm. `reportdesk rules` shows the true/judged column of this table "
        "(`app/rules/measured.py`, written by the same command).",
        "",
        f"All findings: {total} judged, {true} true ({100 * true / total:.0f}%)." if total else
        "No findings.",
        f"Error-level findings: {sum(s.judged for s in errors)}, false: {false_errors}.",
        f"Unjudged findings: {len(unjudged)}; judgements no finding matches any more: "
        f"{len(stale)}.",
        "",
        *table(stats),
        "",
        "Severity: *error* only for what is near-certainly wrong (a duplicate or skipped serial "
        "number, an unfilled placeholder); *warning* for what needs a reviewer's judgement "
        "(a count that does not match, half-width punctuation, a restart after a lead "
        "sentence); *info* for accepted practice a careful reviewer may still want to see.",
        "",
        "A rule with few findings here has a precision with a wide margin: the corpus is small "
        "and mostly clean published text. Rules with no finding on the corpus show \"—\".",
        "",
        "Verdicts that need a word (each row's note says why): the four \"XXX元\" of the 1996 "
        "reply (14_…) are judged true — the published text withheld the amounts, but in a "
        "document under review they are blanks a reviewer must resolve; the Chinese-numeral "
        "成文日期 of documents older than GB/T 9704-2012 are judged true against today's norm, "
        "which is what the rule checks (they were right when written, hence a warning).",
        "",
    ]
    if stale:
        lines += ["## Judged findings no longer raised", "",
                  "A false alarm here was fixed since it was judged (a regression note); a true "
                  "finding here is lost, or now reported at another span or by another rule "
                  "(check it, then move or drop its row):", ""]
        lines += [f"- {j.rule} {j.file}:{j.line}:{j.column} {j.excerpt} — "
                  f"{'true' if j.verdict else 'false'}: {j.note}" for j in stale]
        lines.append("")
    # the hand-written sections after KEEP (the unseen page sets) survive a rewrite
    old = REPORT.read_text(encoding="utf-8") if REPORT.exists() else ""
    kept = old[old.index(KEEP):] if KEEP in old else ""
    REPORT.write_text("\n".join(lines) + ("\n" + kept if kept else ""), encoding="utf-8")
    measured = ["\"\"\"Per-rule precision measured on ../shared/corpus: rule id → (true, judged).",
                "",
                "Written by `bench/precision.py --write` from the hand judgements in",
                "docs/precision/*.tsv; `reportdesk rules` shows it. Do not edit by hand.",
                "\"\"\"", "",
                "from __future__ import annotations", "",
                "MEASURED: dict[str, tuple[int, int]] = {"]
    measured += [f"    \"{s.rule}\": ({s.true}, {s.judged})," for s in stats.values() if s.judged]
    measured += ["}", ""]
    MEASURED.write_text("\n".join(measured), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help="write docs/precision.md and "
                    "app/rules/measured.py")
    ap.add_argument("--todo", action="store_true", help="print unjudged findings as TSV rows")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"precision: {CORPUS} is missing (the shared corpus of real documents)",
              file=sys.stderr)
        return 2
    found = corpus_findings()
    stats, unjudged, stale = measure(found, read_judgements())
    if args.todo:
        for f in unjudged:
            print("\t".join([f.rule, f.file, str(f.line), str(f.column), f.excerpt, "?",
                             f"[{f.severity}] {f.message}"]))
        return 0
    print("\n".join(table(stats)))
    for f in unjudged:
        print(f"unjudged: {f.rule} {f.file}:{f.line}:{f.column} {f.excerpt}")
    for j in stale:
        print(f"no longer raised: {j.rule} {j.file}:{j.line}:{j.column} {j.excerpt}")
    false_errors = [f for s in stats.values() for f in s.false_errors]
    for f in false_errors:
        print(f"FALSE ERROR: {f.rule} {f.file}:{f.line}:{f.column} {f.excerpt}")
    if args.write:
        write_report(stats, unjudged, stale, len(list(CORPUS.glob("*.txt"))))
        print(f"wrote {REPORT.relative_to(ROOT)} and {MEASURED.relative_to(ROOT)}")
    return 0 if not unjudged and not false_errors else 1


if __name__ == "__main__":
    sys.exit(main())
