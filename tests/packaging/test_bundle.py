"""The PyInstaller bundle: build it (or reuse a fresh one) and run it like a user would.

Opt-in and slow (about a minute to build): runs only with REPORTDESK_BUILD_BUNDLE=1, e.g.

    REPORTDESK_BUILD_BUNDLE=1 python -m pytest -m bundle tests/packaging

The interpreter running pytest builds the bundle, so it needs PyInstaller installed. A bundle in
build/bundle/ newer than every file under app/, ui/, resources/ and packaging/ is reused.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "build" / "bundle" / "reportdesk"
EXE = BUNDLE / ("reportdesk.exe" if sys.platform == "win32" else "reportdesk")
INTERNAL = BUNDLE / "_internal"
SOURCES = ("app", "ui", "resources", "packaging")
MAX_BUNDLE_MB = 150  # 113 MB on Linux with PySide6 6.12; catches an unwanted Qt module or three

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(os.environ.get("REPORTDESK_BUILD_BUNDLE") != "1",
                       reason="set REPORTDESK_BUILD_BUNDLE=1 to build and test the bundle"),
    pytest.mark.skipif(sys.platform == "win32", reason="the build/smoke scripts are bash"),
]


def newest_source_mtime() -> float:
    newest = 0.0
    for top in SOURCES:
        for path in (ROOT / top).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    return newest


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not (EXE.exists() and EXE.stat().st_mtime > newest_source_mtime()):
        env = dict(os.environ, PYTHON=sys.executable)
        run = subprocess.run(["bash", str(ROOT / "packaging" / "build_bundle.sh")], cwd=ROOT,
                             env=env, capture_output=True, text=True, timeout=1200)
        assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert EXE.exists()
    return BUNDLE


@pytest.fixture
def run_bundle(bundle, tmp_path):
    """Run the bundled program from an empty folder with a minimal environment."""

    def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
        env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8",
               "QT_QPA_PLATFORM": "offscreen", "REPORTDESK_LANG": "zh"}
        return subprocess.run([str(EXE), *args], cwd=tmp_path, env=env, capture_output=True,
                              text=True, timeout=timeout)

    return run


def sample() -> Path:
    samples = sorted((INTERNAL / "resources" / "samples").glob("*.txt"))
    assert samples, "the bundle carries the sample report"
    return samples[0]


def test_version(run_bundle):
    from app import __version__

    run = run_bundle("--version")
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"reportdesk {__version__}"


def test_check_the_bundled_sample_finds_problems(run_bundle):
    run = run_bundle("check", str(sample()))
    assert run.returncode == 1, run.stderr  # 1 = findings
    assert "placeholder" in run.stdout
    assert "Traceback" not in run.stderr


def test_unusable_input_is_one_line_exit_2(run_bundle, tmp_path):
    run = run_bundle("check", str(tmp_path / "missing.txt"))
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr


def test_word_round_trip_uses_lxml(run_bundle, tmp_path):
    out = tmp_path / "sample.docx"
    run = run_bundle("export", str(sample()), "-o", str(out), "--findings-as-comments")
    assert run.returncode == 0, run.stderr
    assert out.read_bytes()[:2] == b"PK"
    again = run_bundle("check", str(out))
    assert again.returncode == 1, again.stderr


def test_gui_screenshot_of_the_sample(run_bundle, tmp_path):
    shot = tmp_path / "shot.png"
    run = run_bundle("--sample", "--screenshot", str(shot))
    assert run.returncode == 0, run.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 800 and height >= 500
    assert len(data) > 50_000, "a real window with text, not an empty frame"


def test_bundle_contents(bundle):
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    names = {p.relative_to(INTERNAL).as_posix() for p in files if INTERNAL in p.parents}
    size_mb = sum(p.stat().st_size for p in files) / 2**20
    assert size_mb < MAX_BUNDLE_MB, f"bundle grew to {size_mb:.0f} MB"
    for wanted in ("resources/translations/reportdesk_zh_CN.qm",
                   "resources/translations/reportdesk_en.qm",
                   "resources/icons/app/hicolor/256x256/apps/reportdesk.png",
                   "resources/reportdesk.desktop",
                   "PySide6/Qt/translations/qtbase_zh_CN.qm",
                   "PySide6/Qt/plugins/platforms/libqxcb.so",
                   "PySide6/Qt/plugins/platforms/libqwayland.so",
                   "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                   "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so"):
        assert wanted in names, f"missing {wanted}"
    unwanted = ("QtNetwork", "QtQml", "QtQuick", "QtWebEngine", "Qt3D", "tkinter", "libqgtk3",
                "libQt6Network", "libssl", "lxml/objectify")
    for name in names:
        assert not any(u in name for u in unwanted), name
        assert not name.endswith(".ts"), f"translation sources are not shipped: {name}"
    dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, dangling
