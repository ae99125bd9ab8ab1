"""The program's entry: the one place that knows both the engine (app/) and the Qt shell (ui/).

``app`` never imports ``ui`` (the engine works where Qt is not installed), so whatever needs both
starts here: the ``reportdesk`` command (app.cli's subcommands, plus ``pdf`` whose pages Qt lays
out, plus the window when no subcommand is given) and the ``reportdesk-gui`` window. Qt is
imported only by the two launchers below, and only when they run: ``reportdesk check`` and the
other engine subcommands stay headless.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import Launchers
from app.cli import main as cli_main
from app.errors import WriteError
from app.i18n import tr

if TYPE_CHECKING:  # (imported by what uses it: `reportdesk check` starts its worker sooner)
    from app.model import Document


def export_pdf(doc: Document, path: str, author: str) -> int:
    """``reportdesk pdf``: the GB/T 9704 pages laid out by Qt (ui.pdf_export); page count."""
    try:
        from ui.pdf_export import export_pdf as qt_export_pdf
    except ImportError as err:
        raise WriteError(tr(f"无法导出 PDF（缺少 Qt：{err}）",
                            f"cannot export PDF (Qt missing: {err})")) from None  # fmt: skip
    notices: list[str] = []  # objects the PDF draws only as a framed place, one line each
    pages = qt_export_pdf(doc, None, Path(path), author=author, notices=notices)
    for line in notices:
        print(line, file=sys.stderr)
    return pages


def gui_main(argv: list[str] | None = None) -> int:
    """The window (``reportdesk-gui``, and ``reportdesk`` without a subcommand)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        from ui.app import main as window_main
    except ImportError as err:
        print(tr(f"reportdesk: 无法启动窗口（缺少 Qt：{err}）；命令行用法见 reportdesk --help",
                 f"reportdesk: cannot open the window (Qt missing: {err}); see reportdesk --help"),
              file=sys.stderr)  # fmt: skip
        return 2
    return window_main(argv)


def main(argv: list[str] | None = None) -> int:
    """The ``reportdesk`` command."""
    return cli_main(argv, Launchers(pdf=export_pdf, gui=gui_main))
