"""Language of the command line: Chinese by default, English when the locale asks for it.

The window uses Qt's translators (ui/i18n.py); the engine has no Qt, so the CLI picks between two
strings given side by side. REPORTDESK_LANG wins over the locale variables.
"""

from __future__ import annotations

import os


def language() -> str:
    for var in ("REPORTDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


def tr(zh: str, en: str) -> str:
    """The Chinese text, or the English one for an English locale."""
    return en if language() == "en" else zh
