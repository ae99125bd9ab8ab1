"""The shared lexicon: built from the packages' data, cached in the data folder, and still
working when that cache is damaged or cannot be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import lexicon as lx


def _tables(lex: lx.Lexicon) -> tuple:
    return (len(lex.freq), lex.freq.get("部署"), lex.tags.get("推进"), lex.total,
            sorted(lex.shapes["己"]), lex.sound.get("署"), lex.masked.get("部\0"))


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(tmp_path))
    return tmp_path


def test_the_lexicon_knows_words_readings_and_look_alikes(data_dir):
    lex = lx._load()
    assert lex.freq["部署"] > lex.freq.get("部暑", 0)
    assert lex.known("膨涨") and "膨涨" not in lex.freq  # a floor word: known, not loaded
    assert lex.sound["署"] == lex.sound["暑"] == "shu"  # same syllable, tone aside
    assert lex.sound["绿"] == "lu"  # ü without its dots
    assert "已" in lex.shapes["己"] and "戍" in lex.shapes["戌"]
    assert "署" in lex.masked["部\0"]  # 部? → 部署
    assert "署" in lex.confusables("暑")


def test_second_load_reads_the_cache_and_gets_the_same_tables(data_dir):
    first = lx._load()
    (cached,) = list((data_dir / "cache").glob("lexicon-*.marshal"))
    stamp = cached.stat().st_mtime_ns
    second = lx._load()
    assert _tables(second) == _tables(first)
    assert cached.stat().st_mtime_ns == stamp  # read, not rewritten


def test_a_damaged_cache_is_rebuilt(data_dir):
    good = _tables(lx._load())
    (cached,) = list((data_dir / "cache").glob("lexicon-*.marshal"))
    cached.write_bytes(b"\x00not marshal")
    assert _tables(lx._load()) == good
    cached.write_bytes(cached.read_bytes()[:1000])  # truncated
    assert _tables(lx._load()) == good


def test_an_unwritable_data_folder_only_costs_the_rebuild(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("REPORTDESK_DATA_DIR", str(blocker))
    lex = lx._load()
    assert lex.freq["部署"] > 0


def test_without_the_lexicon_the_analysis_still_runs(monkeypatch):
    """A broken install (the dictionary package missing) must not break every other check: the
    lexicon's checks report nothing, the curated list still matches."""
    from app.engine import analyze
    from app.model import Document

    monkeypatch.setattr(lx, "_LEXICON", None)
    monkeypatch.setattr(lx, "_package_file", lambda *_a: (_ for _ in ()).throw(
        RuntimeError("缺少词典数据：未安装 jieba")))
    monkeypatch.setattr(lx, "_MISSING", False)
    from app.rules import typo, wording

    typo.typos.cache_clear()
    wording.misused_words.cache_clear()
    lines = ["关于工作情况的报告", "区委研究部暑了工作，市场竟争激烈。"]
    findings = analyze(Document.from_lines(lines)).findings
    assert [f.rule for f in findings if f.index == 1] == ["wording/misused"]
    assert lx.available() is False
    typo.typos.cache_clear()
    wording.misused_words.cache_clear()
