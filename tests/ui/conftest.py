"""pytest-qt setup for the UI tests: offscreen platform, settings in a temporary folder."""

from __future__ import annotations

import ctypes
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="reportdesk-ui-tests-")
os.environ["REPORTDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="reportdesk-ui-data-")

from pathlib import Path

import pytest

# PySide6 drops a reference to True/False (and None) for Qt objects torn down at interpreter exit
# (measured on main too: 40 windows left open abort the exit with "bool_dealloc"; this session
# creates ~140). The references are added with ctypes because anything held in Python is itself
# freed during finalization, before the Qt objects are. Only the test process is touched.
for _singleton in (True, False, None):
    ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 30

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "xinfang-dangjian-2020h1.txt"


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp):
    """The tests run in English with its catalogue, as ``reportdesk-gui --lang en`` does (the
    plural forms: "1 result", "2 results"); tests that switch language switch back to it."""
    from ui import i18n

    assert i18n.install(qapp, "en") == "en"


LANGUAGES = ["zh_CN", "en"]


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    """The window's language for one test (each of LANGUAGES, or a module's own ``LANGUAGES``
    passed through ``pytest.mark.parametrize(..., indirect=True)``); back to English after."""
    from ui import i18n

    assert i18n.install(qapp, request.param) == request.param
    yield request.param
    i18n.install(qapp, "en")  # the other tests run in English


@pytest.fixture
def window(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.main_window import MainWindow

    # No test may block on a real dialog: unexpected questions are recorded and answer
    # "discard" where it is an answer (unsaved changes: Don't Save), else their escape or last
    # option (Cancel, Keep …); notices are recorded instead of shown.
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    import ui.ask

    def choose(parent, title, text, options, default=None, **kwargs):
        asked.append(text)
        keys = [key for key, _ in options]
        return "discard" if "discard" in keys else kwargs.get("escape") or keys[-1]

    told: list[str] = []

    def notice(parent, title, text, *args, **kwargs):
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(ui.ask, "choose", choose)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(notice))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(notice))
    w = MainWindow()
    w.asked = asked
    w.told = told
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def sample_window(window):
    assert window.files.open_path(str(SAMPLE), ask=False)
    return window


@pytest.fixture
def data_dir(data_dir):
    """The test's own app data folder (tests/conftest.py) with a recovery hub on it; request it
    before ``window``."""
    from app.storage import RecoveryStore
    from ui import autosave

    autosave.reset_hub(RecoveryStore(data_dir))
    yield data_dir
    autosave.drop_hub()


@pytest.fixture
def report(tmp_path):
    """A small report on disk, as a user opens one."""
    path = tmp_path / "报告.txt"
    path.write_text("关于工作情况的报告\n一、总体情况\n今年以来工作稳步推进。\n", encoding="utf-8")
    return path


class Answers(list):
    """Keys ui.ask.choose answers, in order (then: "discard" where it is an answer, else the last
    option, as the window fixture does); ``asked``: (text, keys)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, list[str]]] = []

    def choose(self, parent, title, text, options, default=None, **kwargs):
        keys = [key for key, _ in options]
        self.asked.append((text, keys))
        if self:
            return self.pop(0)
        return "discard" if "discard" in keys else keys[-1]


@pytest.fixture
def answers(monkeypatch):
    """The data-safety questions (ui.ask.choose) answered from a queue the test fills."""
    import ui.ask

    queue = Answers()
    monkeypatch.setattr(ui.ask, "choose", queue.choose)
    return queue
