"""Language of the command line and the engine's messages: Chinese by default, English when the
locale asks for it.

The window uses Qt's translators (ui/i18n.py); the engine has no Qt, so it picks between two
strings given side by side. REPORTDESK_LANG wins over the locale variables; in the window,
:func:`set_language` (the window's language) wins over both.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable

_chosen: str | None = None  # set by the window (ui/i18n.py): its language wins


def set_language(language: str | None) -> None:
    """The engine's messages follow ``language`` ("zh…"/"en…"; None: the environment again).

    The window calls this with the language it shows, so an error raised by the engine (a file
    that cannot be opened or saved) reads in the window's language, not the shell's."""
    global _chosen
    _chosen = None if language is None else ("en" if language.lower().startswith("en") else "zh")


def language() -> str:
    if _chosen is not None:
        return _chosen
    for var in ("REPORTDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


def tr(zh: str, en: str) -> str:
    """The Chinese text, or the English one for an English locale."""
    return en if language() == "en" else zh


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help with "用法：" for "usage:" in Chinese."""

    def add_usage(
        self, usage: str | None, actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None,
    ) -> None:  # fmt: skip
        # argparse calls this with prefix "" to build a subcommand's prog: leave that alone.
        super().add_usage(usage, actions, groups, tr("用法：", "usage: ") if prefix is None
                          else prefix)


def localize(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Section titles and -h in the user's language (the parser was made with add_help=False)."""
    parser._positionals.title = tr("参数", "positional arguments")
    parser._optionals.title = tr("选项", "options")
    parser.add_argument("-h", "--help", action="help",
                        help=tr("显示此帮助并退出", "show this help and exit"))
    return parser


def argument_parser(prog: str, description: str) -> argparse.ArgumentParser:
    """An ArgumentParser whose own words (usage, section titles, -h) follow the language too."""
    return localize(argparse.ArgumentParser(prog=prog, description=description, add_help=False,
                                            formatter_class=HelpFormatter))


def add_subcommand(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help: str
) -> argparse.ArgumentParser:
    return localize(subparsers.add_parser(name, help=help, add_help=False,
                                          formatter_class=HelpFormatter))
