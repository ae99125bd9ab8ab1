"""Translations: the app's strings are English in the source; zh_CN is loaded by default."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n as engine

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install the app's and Qt's translators for ``language`` ("zh_CN" default, "en").

    Without an argument, REPORTDESK_LANG (shared with the CLI: "zh" or "en") decides.
    """
    language = language or os.environ.get("REPORTDESK_LANG") or DEFAULT_LANGUAGE
    if language.lower().startswith("zh"):
        language = "zh_CN"
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    engine.set_language(language)  # the engine's one-line errors follow the window
    if language.startswith("en"):
        QLocale.setDefault(QLocale("en_US"))
        # The source strings are English; the catalogue holds the plural forms ("%n problem(s)"
        # → "1 problem" / "15 problems"), which Qt leaves as written without it.
        english = QTranslator(app)
        if english.load("reportdesk_en", str(TRANSLATIONS)):
            app.installTranslator(english)
            _installed.append(english)
        return "en"
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = QTranslator(app)
    if ours.load(f"reportdesk_{language}", str(TRANSLATIONS)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    extra = QTranslator(app)  # the few strings of Qt's dialogs its catalogue leaves English
    if extra.load(f"qt_extra_{language}", str(TRANSLATIONS)):
        app.installTranslator(extra)
        _installed.append(extra)
    return language
