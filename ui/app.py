"""Desktop editor entry point: ``python -m ui.app [FILE] [--sample] [--screenshot OUT.png]``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "xinfang-dangjian-2020h1.txt"


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The window's options; help in the user's language (REPORTDESK_LANG, LANG: app.i18n)."""
    from app import __version__
    from app.i18n import argument_parser, set_language
    from app.i18n import tr as pick  # (not "tr": lupdate would take these for Qt strings)

    set_language(None)  # read before there is a window: the environment's language decides
    p = argument_parser("reportdesk-gui", pick("公文审校台桌面编辑器", "ReportDesk desktop editor"))
    add = p.add_argument
    add("file", nargs="?", metavar=pick("文件", "FILE"),
        help=pick("要打开的报告（.txt 或 .docx）", "report to open (.txt or .docx)"))
    add("--sample", action="store_true", help=pick("打开自带的示例报告", "open the bundled sample"))
    add("--screenshot", metavar="OUT.png",
        help=pick("打开、检查、保存截图后退出", "open, check, save a PNG, exit"))
    add("--lang", default=None,
        help=pick("界面语言：zh_CN（默认）或 en", "user interface language: zh_CN (default) or en"))
    add("--theme", choices=("system", "light", "dark"), default=None,
        help=pick("本次运行的外观（默认按设置）", "appearance for this run (default: settings)"))
    add("--version", action="version", version=f"reportdesk {__version__}",
        help=pick("显示版本号并退出", "show the version and exit"))
    return p.parse_args(argv)  # fmt: skip


def _preload_lexicon() -> None:
    """Load the wording checks' lexicon (app/lexicon.py, 0.2–0.8 s) and the tables the rules
    build on first use (ui.warm_up.preload_rules) in a background thread, so that neither the
    first analysis of a document typed from scratch nor the first slice of a long report's
    second stage builds them in the GUI thread (an opened file's first stage is analysed in
    the loader's worker). Errors surface later, where the checks run."""
    import threading

    def load() -> None:
        try:
            from ui.warm_up import preload_rules

            preload_rules(SAMPLE)  # (and every rule's first-use tables: see ui/warm_up.py)
        except Exception:  # reported by the check that needs it
            pass

    threading.Thread(target=load, name="lexicon-preload", daemon=True).start()


def no_display(screenshot: bool) -> str | None:
    """On Linux with no display to draw on (an ssh session, a service, CI), Qt aborts with a
    screenful of plugin messages. A screenshot needs no screen: it is taken offscreen. Otherwise
    the user gets one line saying why the window cannot open. ``None``: go on."""
    if (not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM")
            or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):  # fmt: skip
        return None
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    from app.i18n import tr as pick

    return pick("reportdesk: 无法打开窗口：没有可用的图形显示"
                "（未设置 DISPLAY 或 WAYLAND_DISPLAY）；检查报告请用 reportdesk check 文件",
                "reportdesk: cannot open the window: no display (neither DISPLAY nor "
                "WAYLAND_DISPLAY is set); to check a report use reportdesk check FILE")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from app import regex_cache

    # before the rules' modules compile their ~250 patterns (about a sixth of the instructions of
    # opening the sample report); written when the window closes (docs/benchmarks.md)
    regex_cache.install("window")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app import __version__
    from ui import i18n, settings, theme
    from ui.fonts import ui_font_family
    from ui.icons import app_icon
    from ui.main_window import MainWindow

    existing = QApplication.instance()
    if not isinstance(existing, QApplication):
        problem = no_display(bool(args.screenshot))
        if problem:
            print(problem, file=sys.stderr)
            return 2
    app = existing if isinstance(existing, QApplication) else QApplication(["reportdesk"])
    app.aboutToQuit.connect(regex_cache.save)
    app.setOrganizationName("ReportDesk")
    app.setApplicationName("ReportDesk")
    app.setStyle(theme.make_style())  # Fusion, arrows in the palette's colour
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("reportdesk")
    app.setWindowIcon(app_icon())
    # Menus, docks and tables in a CJK sans face: left to fontconfig, Linux machines with the
    # AR PL fonts installed show the whole interface in 楷体.
    ui_font = app.font()
    ui_font.setFamilies([ui_font_family(), *ui_font.families()])
    app.setFont(ui_font)
    i18n.install(app, args.lang or os.environ.get("REPORTDESK_LANG") or settings.get("ui/language"))
    from ui import session, testhook

    script = testhook.script()  # tests only (REPORTDESK_TEST_SCRIPT), see ui/testhook.py
    session.start(app)  # crash log, recovery store; at exit the autosave writer finishes
    window = MainWindow()
    _preload_lexicon()
    if args.theme:
        window.desktop.apply_theme(args.theme)
    path = str(SAMPLE) if args.sample else args.file
    if args.screenshot and path and not window.files.open_path(path, ask=False):
        return 1
    window.show()
    QTimer.singleShot(0, window.desktop.fit_docks)  # the width the screen allowed
    if not args.screenshot:
        testhook.prepare(script)
        session.open_session(window, path)  # recovery offer first, then the file
        testhook.run(script, app)
    if args.screenshot:
        out = args.screenshot

        def shoot() -> None:
            window.live.flush()
            show_overview(window)
            app.processEvents()
            ok = window.grab().save(out)
            app.exit(0 if ok else 1)

        QTimer.singleShot(600, shoot)
    return app.exec()


def show_overview(window: MainWindow) -> None:
    """Scroll to the report's head (its 发文机关标志, else its title) and point at the first
    numbering problem (for the screenshot)."""
    from app.model import Role

    analysis = window.live.analysis
    if analysis is None:
        return
    editor = window.editor
    title = next((i for i, r in enumerate(analysis.roles)
                  if r in (Role.MASTHEAD, Role.TITLE)), 0)  # the red head, else the title
    bar = editor.verticalScrollBar()
    layout = editor.document().findBlockByNumber(title).layout()
    bar.setValue(int(layout.position().y()))
    editor.setTextCursor(editor.cursorForPosition(editor.rect().topLeft()))
    editor.go_to(title)
    bar.setValue(int(layout.position().y()))
    row = window.problems.row_of(lambda f: f.rule.startswith("numbering/"))
    if row is not None:
        window.problems.view.selectRow(row)


if __name__ == "__main__":
    sys.exit(main())
