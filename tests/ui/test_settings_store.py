"""Settings are read in one place (ui.settings): one key per setting, legacy keys moved once."""

from __future__ import annotations

from tests.ui.conftest import ROOT


def test_legacy_author_key_becomes_author_name_once(qapp):
    from ui import settings as S

    store = S.store()
    store.remove("author")
    store.setValue("author", "王科长")  # what an old version wrote
    store.setValue("author/initials", "王")
    S.migrate_legacy(store)
    assert (S.get("author/name"), S.get("author/initials")) == ("王科长", "王")
    assert not isinstance(store.value("author"), str)  # gone: nothing reads the old key
    store.setValue("author", "旧名字")
    S.migrate_legacy(store)
    assert S.get("author/name") == "王科长"  # a name already set is never overwritten
    assert not isinstance(store.value("author"), str)
    store.remove("author")


def test_no_module_reads_qsettings_behind_the_settings_module():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "ui").rglob("*.py")
        if path.name != "settings.py" and "QSettings(" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
    for path in (ROOT / "ui").rglob("*.py"):
        if path.name == "settings.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert 'value("author"' not in text and "value('author'" not in text, path.name
