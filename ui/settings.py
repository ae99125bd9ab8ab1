"""The user's settings (QSettings "ReportDesk"/"ReportDesk"): keys, defaults, typed reads.

Every read and write of a setting goes through this module (:func:`get`, :func:`put`,
:func:`store`): one list of keys with their defaults, one place that fixes the types ini files
lose, one migration of keys older versions wrote (:func:`store` runs it once per process).

Keys shared with other parts of the window:
  author/name, author/initials        the reviewer (comments, Word export, PDF metadata)
  export/comments, export/findingsAsComments, export/trackedChanges   Word export defaults
  autosave/seconds                    10–30 (data safety: never more than 30 s of work lost)
  recentFiles                         (ui.files)
Legacy: "author" (a bare name, before author/name existed) is moved to author/name once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

DEFAULTS: dict[str, object] = {
    "author/name": "",
    "author/initials": "",
    "ui/language": "zh_CN",  # zh_CN | en (applied at the next start)
    "ui/theme": "system",  # system | light | dark
    "ui/darkPage": False,  # dark mode: draw the page dark too (default: the page stays paper)
    "autosave/seconds": 30,
    "editor/fontSize": 16.0,  # body text on screen, pt (16 = 3号, as printed)
    "fonts/title": "",  # "" = automatic (ui.fonts picks the best installed face)
    "fonts/hei": "",
    "fonts/kai": "",
    "fonts/fangsong": "",
    "rules/disabled": [],  # rule families switched off ("numbering", "wording", …)
    "export/comments": True,
    "export/findingsAsComments": False,
    "export/trackedChanges": False,
    "recentFiles": [],
}
AUTOSAVE_MIN, AUTOSAVE_MAX = 10, 30
FONT_SIZE_MIN, FONT_SIZE_MAX = 10.0, 32.0


_migrated = False


def store() -> QSettings:
    global _migrated
    settings = QSettings("ReportDesk", "ReportDesk")
    if not _migrated:
        _migrated = True
        migrate_legacy(settings)
    return settings


def migrate_legacy(settings: QSettings) -> None:
    """Move the keys older versions wrote to their current names (once; nothing is read from the
    old names afterwards): a bare "author" value becomes author/name unless that is set."""
    legacy = settings.value("author")
    if not isinstance(legacy, str):  # (only the group "author/…": nothing to move)
        return
    # remove("author") takes the group author/… with it: keep what it holds
    kept = {key: settings.value(key) for key in ("author/name", "author/initials")}
    settings.remove("author")
    for key, value in kept.items():
        if value is not None:
            settings.setValue(key, value)
    if legacy.strip() and not kept["author/name"]:
        settings.setValue("author/name", legacy.strip())


def get(key: str, settings: QSettings | None = None) -> Any:
    """The value of ``key`` with the type of its default (QSettings' ini files lose types)."""
    default = DEFAULTS[key]
    value = (settings or store()).value(key, default)
    if isinstance(default, bool):
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
    if isinstance(default, int):
        try:
            return int(value)  # type: ignore[call-overload]  # (TypeError caught)
        except (TypeError, ValueError):
            return default
    if isinstance(default, float):
        try:
            return float(value)  # type: ignore[arg-type]  # (TypeError caught)
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        if value in (None, ""):
            return []
        return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]
    return "" if value is None else str(value)


def put(key: str, value, settings: QSettings | None = None) -> None:
    (settings or store()).setValue(key, value)


def autosave_seconds() -> int:
    return max(AUTOSAVE_MIN, min(AUTOSAVE_MAX, get("autosave/seconds")))


def rule_families() -> dict[str, list]:
    """{family prefix: [RuleInfo, …]} in the engine's order."""
    from app.rules import ALL_RULES

    families: dict[str, list] = {}
    for rule in ALL_RULES.values():
        families.setdefault(rule.id.split("/")[0], []).append(rule)
    return families


def enabled_rules(disabled: list[str] | None = None) -> list[str] | None:
    """The families to pass to ``analyze(doc, rules=…)``; None when all are on."""
    off = set(get("rules/disabled") if disabled is None else disabled)
    families = list(rule_families())
    if not off & set(families):
        return None
    return [f for f in families if f not in off]


def font_overrides() -> dict[str, str]:
    """{"title"|"hei"|"kai"|"fangsong": family} for the faces the user chose."""
    return {
        face: family
        for face in ("title", "hei", "kai", "fangsong")
        if (family := get(f"fonts/{face}"))
    }
