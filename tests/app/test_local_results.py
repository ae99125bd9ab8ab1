"""`check`'s cache of the paragraph-local rule modules' findings (app/local_results.py): the same
findings cold, warm and after an edit as without it, only unknown paragraphs looked at, and a
re-check of a known report that imports none of those modules."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.engine import analyze
from app.lexicon_results import CachedLexicon
from app.local_results import MODULES
from app.model import CellRef, Document, Paragraph, Table, TableCell
from app.storage.result_cache import ResultStore, engine_files
from tests.app.test_result_cache import LONG_REPORTS, _report, imported_app_files
from tests.conftest import ROOT, SAMPLE

# a mistake for each local module: a half-width comma and a straight quote (width), a spaced
# number (hygiene_numbers), 百分之5 (hygiene_numbers), a wrong member of a formulation
# (formulation), 经济形式 (confusable), a heading whose marker ends before a half-width colon
LINES = [
    "关于加强基层治理工作的报告",
    "一、总体情况:全年完成投资 86 亿元",
    "面对当前复杂的经济形式,要坚定\"四个自信\"，增强道路自信、理论自信、制度自信、文明自信。",
    "城镇登记失业率控制在百分之5以内。",
    "",
    "（一）坚持以人民为中心。",
    "城镇登记失业率控制在百分之5以内。",
]


def _table_doc() -> Document:
    t = Table(rows=1, cols=2, cells=[TableCell(0, 0), TableCell(0, 1)])
    paragraphs = [Paragraph(text) for text in LINES]
    paragraphs += [Paragraph("投资 86 亿元", cell=CellRef(t.id, 0, 0)),
                   Paragraph("面对当前复杂的经济形式,", cell=CellRef(t.id, 0, 1)),
                   Paragraph("投资 86 亿元")]
    return Document(paragraphs, tables={t.id: t})


def _shown(findings: list) -> list[tuple]:
    return [(f.rule, f.severity, f.index, f.start, f.end, f.message, f.norm,
             None if f.fix is None else (f.fix.description, f.fix.edits), f.related)
            for f in findings]


def _through_cache(doc: Document, folder: Path) -> list[tuple]:
    store = ResultStore.open(folder)
    found = _shown(analyze(doc, None, CachedLexicon(store, None)).findings)
    store.save()
    return found


@pytest.mark.parametrize("source", ["lines", "table", "sample",
                                    *[p.name for p in LONG_REPORTS[:3]]])
def test_cold_warm_and_edited_checks_find_what_the_modules_find(source, tmp_path, monkeypatch):
    if source == "lines":
        doc = Document.from_lines(LINES)
    elif source == "table":
        doc = _table_doc()
    else:
        doc = _report(SAMPLE if source == "sample" else
                      next(p for p in LONG_REPORTS if p.name == source))
    alone = _shown(analyze(doc).findings)
    if source == "lines":  # every local module has something to say
        assert {r.split("/")[0] for r, *_ in alone} >= {"punctuation", "hygiene", "formulation",
                                                        "confusable"}
    assert _through_cache(doc, tmp_path) == alone  # cold
    seen: list[str] = []
    for name in MODULES:  # warm: no local module looks at any paragraph
        module = importlib.import_module(name)
        real = module.check

        def spy(d, a, _name=name, _real=real):
            seen.extend(d.texts)
            return _real(d, a)

        monkeypatch.setattr(module, "check", spy)
    assert _through_cache(doc, tmp_path) == alone
    assert seen == []
    # a body paragraph edited: only it is looked at, and the findings are the uncached ones
    roles = analyze(doc, ()).roles
    half = len(doc.texts) // 2  # (the second half first; a report whose later points are all
    k = next(i for i in (*range(half, len(doc.texts)), *range(half))  # run-in headings has none)
             if len(doc.texts[i]) > 12 and roles[i].value == "body")
    doc.paragraphs[k].text = "全区 12 个社区" + doc.paragraphs[k].text
    expected = _shown(analyze(doc).findings)
    seen.clear()
    assert _through_cache(doc, tmp_path) == expected
    assert set(seen) == {doc.texts[k]}


def test_every_module_the_local_modules_import_keys_the_cache():
    used = imported_app_files("""
        from app.local_results import MODULES
        for name in MODULES:
            importlib.import_module(name)
    """)
    covered = {p.resolve() for p in engine_files(ROOT / "app")}
    # the outline package is imported by app.incremental_scope (the scope table) and the
    # engine; the local modules read only the roles and markers, which are part of each key
    outline = {p for p in used if p.parent == ROOT / "app" / "outline"} - {
        ROOT / "app" / "outline" / "numerals.py"}
    assert used - covered - outline == set()


def test_a_recheck_of_a_known_report_imports_no_local_module(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    env = {**os.environ, "REPORTDESK_DATA_DIR": str(tmp_path / "data"),
           "REPORTDESK_LEXICON_WORKER": "0"}
    code = ("import sys; from app.cli import main; "
            f"main(['check', {str(report)!r}, '--format', 'json']); "
            f"print(sorted(n for n in {sorted(MODULES)!r} if n in sys.modules), file=sys.stderr)")

    def run() -> tuple[str, str]:
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           cwd=ROOT, timeout=120, env=env)
        return r.stdout, r.stderr.strip()

    first, imported = run()
    assert imported == str(sorted(MODULES))  # cold: every one of them looked
    again, imported = run()
    assert again == first and imported == "[]"
