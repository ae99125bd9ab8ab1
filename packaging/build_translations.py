"""Regenerate the UI translations: lupdate (ui/*.py → .ts) then lrelease (.ts → .qm).

Run from anywhere: ``python packaging/build_translations.py``. Uses the lupdate/lrelease that ship
inside the PySide6 wheel. The .ts files are the source of truth (edit them with Qt Linguist or by
hand); the compiled .qm files are committed so a fresh clone runs without building.
Pass ``--no-update`` to only compile the .ts files as they are.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    import PySide6

    path = Path(os.path.dirname(PySide6.__file__)) / name
    if not path.exists():
        raise SystemExit(f"{name} not found beside PySide6 ({path})")
    return str(path)


def main(argv: list[str]) -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    ts_files = [str(TRANSLATIONS / f"reportdesk_{lang}.ts") for lang in LANGUAGES]
    if "--no-update" not in argv:
        cmd = [tool("lupdate"), *sources, "-source-language", "en", "-no-obsolete",
               "-ts", *ts_files]
        subprocess.run(cmd, cwd=ROOT, check=True)
    # Qt's own dialogs: strings Qt's catalogue leaves untranslated (edited by hand, not lupdate)
    ts_files += [str(p) for p in sorted(TRANSLATIONS.glob("qt_extra_*.ts"))]
    for ts in ts_files:
        qm = ts[: -len(".ts")] + ".qm"
        subprocess.run([tool("lrelease"), ts, "-qm", qm], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
