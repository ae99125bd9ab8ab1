"""The shared lexicon: built from the packages' data, cached in the data folder, and still
working when that cache is damaged or cannot be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import lexicon as lx


def _tables(lex: lx.Lexicon) -> tuple:
    return (len(lex.freq), lex.freq.get("部署"), lex.tags.get("推进"), lex.total,
            sorted(lex.shapes["己"]), lex.sound.get("署"), lex.masked.get("部\0"),
            lex.singles.get("署"), len(lex.rare_typos), "膨涨" in lex.rare_typos)


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


def _planted_sentences() -> list[str]:
    folder = Path(__file__).resolve().parents[1] / "data" / "planted"
    return [line.split("\t")[0] for path in sorted(folder.rglob("*.tsv"))
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def test_rjieba_knows_every_word_of_jiebas_dictionary(data_dir):
    """The fast paths lean on it: best_split takes its candidate words from rjieba's cut_all,
    and a word rjieba gives that is not in ``freq`` is one of dict.txt's rarities."""
    import rjieba

    raw = lx._package_file("jieba", "dict.txt").read_text(encoding="utf-8").split()
    assert len(raw) // 3 > 300_000
    assert not [w for w in raw[0::3] if not rjieba.has_word(w)]


def test_fast_best_split_gives_the_reference_split_of_every_stretch(data_dir):
    """The cut_all path against the substring scan it replaced, on every stretch of 1–12
    characters of our planted sentences, with and without the rarities."""
    lex = lx.lexicon()
    stretches = {run[a:a + n] for s in _planted_sentences()
                 for run in "".join(c if lx.is_han(c) else " " for c in s).split()
                 for n in range(1, 13) for a in range(0, max(1, len(run) - n + 1), 3)}
    assert len(stretches) > 1000
    for text in stretches:
        for min_freq in (0, lx.FLOOR):
            assert lex.best_split(text, 6, min_freq) == lex._best_split_scan(text, 6, min_freq)
    assert lex.best_split("部署") == lex._best_split_scan("部署", 6, 0)
    assert lex.best_split("2024年部署") == lex._best_split_scan("2024年部署", 6, 0)  # not all Han


def test_rare_typos_are_the_rarities_one_replacement_makes_common(data_dir):
    lex = lx.lexicon()
    assert "膨涨" in lex.rare_typos and "膨涨" not in lex.freq  # 涨 → 胀: 膨胀
    assert lex.corrections("膨涨", 1) and "膨胀" in lex.corrections("膨涨", 1)
    assert all(w not in lex.freq and lex.known(w) for w in lex.rare_typos)
    assert all(any(lex.corrections(w, i) for i in range(len(w))) for w in lex.rare_typos)


def test_replacements_spare_rare_characters_and_keep_uncommon_ones_to_look_alikes(data_dir):
    lex = lx.lexicon()
    rare = next(c for c, f in lex.singles.items() if f < lx.RARE_CHAR and lex.confusables(c))
    assert lex.replacements(rare) == frozenset()
    uncommon = next(c for c, f in lex.singles.items()
                    if lx.RARE_CHAR <= f < lx.SOUND_CHAR and lex.confusables(c))
    # an uncommon character: its look-alikes and the characters of its sound with its tone
    # (殆 → 怠), not those of another tone
    assert lex.replacements(uncommon) == \
        lex.shapes.get(uncommon, frozenset()) | lex.same_tone(uncommon)
    assert all(lex.tone[n] == lex.tone[uncommon] for n in
               lex.replacements(uncommon) - lex.shapes.get(uncommon, frozenset()))
    common = next(c for c, f in lex.singles.items() if f >= lx.SOUND_CHAR and
                  lex.confusables(c) - lex.shapes.get(c, frozenset()))
    assert lex.replacements(common) == lex.confusables(common)


def test_segments_and_spans_describe_the_same_words():
    for text in [*_planted_sentences()[:50], "", "２０２４年ABC，部署。"]:
        words, starts = lx.segments(text)
        assert "".join(words) == text and starts[-1] == len(text)
        assert lx.spans(text) == tuple((starts[k], starts[k + 1], w) for k, w in
                                       enumerate(words))
        assert all(text[s:e] == w for s, e, w in lx.spans(text))


def _no_build_here(*_args):
    raise AssertionError("built in this process")


def test_the_first_load_builds_the_cache_in_a_second_process(data_dir, monkeypatch):
    # the heavy build's temporaries stay out of this process (the window's heap, its GIL)
    monkeypatch.setattr(lx, "_build", _no_build_here)
    lex = lx._load()
    assert lex.freq["部署"] > lex.freq.get("部暑", 0) and "署" in lex.masked["部\0"]
    assert list((data_dir / "cache").glob("lexicon-*.marshal"))


@pytest.mark.parametrize("setting", ["no python to start", "frozen build", "inside the child"])
def test_without_a_second_process_the_build_runs_here(data_dir, monkeypatch, setting):
    if setting == "no python to start":
        monkeypatch.setattr(lx.sys, "executable", str(data_dir / "no-such-python"))
    elif setting == "frozen build":
        monkeypatch.setattr(lx.sys, "frozen", True, raising=False)
    else:
        monkeypatch.setenv(lx._IN_BUILD_CHILD, "1")
    built = []
    real_build = lx._build
    monkeypatch.setattr(lx, "_build", lambda *a: built.append(1) or real_build(*a))
    lex = lx._load()
    assert built == [1] and lex.freq["部署"] > 0


def test_a_lexicon_built_here_answers_as_one_read_from_the_cache(data_dir, monkeypatch):
    """A first start that builds in this process (a frozen build always does) must find what
    every later start, reading the cache, finds: the build memoised replacements while the
    tones were not yet known, and the same-tone look-alikes (奢糜 → 奢靡) went missing."""
    monkeypatch.setenv(lx._IN_BUILD_CHILD, "1")
    built = lx._load()
    cache = next((data_dir / "cache").glob("lexicon-*.marshal"))
    read = lx._read_cache(cache)
    assert read is not None
    for c in "糜磊澈迅艰殆":
        assert built.replacements(c) == read.replacements(c), c
        assert built.phrase_replacements(c) == read.phrase_replacements(c), c
    assert "靡" in built.replacements("糜") and "垒" in built.replacements("磊")
