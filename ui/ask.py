"""Questions with named answers (覆盖 / 另存为 / 取消 …), one-line notices and file dialogs.

Every question to the user goes through this module: :func:`choose` (named answers),
:func:`notify` (a one-line notice), :func:`save_file_name` / :func:`open_file_name` (the file
dialogs). The controllers (:mod:`ui.controllers`) never call these directly: they get an
:class:`Ask` from their view, which the window implements with :class:`WindowAsk` and a test
with a scripted answerer, so their logic runs without widgets and without patching QMessageBox.
:class:`WindowAsk` looks the functions up when it is called, so a test that replaces
``ui.ask.choose`` for a whole window still answers every question in one place.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

Role = QMessageBox.ButtonRole
Icon = QMessageBox.Icon


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    options: list[tuple[str, str]],
    default: str | None = None,
    *,
    escape: str | None = None,
    icon: Icon = Icon.Question,
    details: str = "",
) -> str | None:
    """Ask ``text`` with one button per ``(key, label)``; returns the key clicked, or ``escape``
    (default: the last option) when the box is closed with Esc or the window's close button."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setInformativeText(details)
    buttons: dict[QAbstractButton, str] = {}
    last = len(options) - 1
    for k, (key, label) in enumerate(options):
        role = Role.RejectRole if k == last else Role.AcceptRole
        button = box.addButton(label, role)
        button.setObjectName(f"choice-{key}")
        buttons[button] = key
        if key == default:
            box.setDefaultButton(button)
    escape = escape or (options[-1][0] if options else None)
    for choice, key in buttons.items():
        if key == escape:
            box.setEscapeButton(choice)
    box.exec()
    return buttons.get(box.clickedButton(), escape)


def notify(parent: QWidget | None, title: str, text: str, *, warning: bool = True) -> None:
    """Show a one-line notice (a warning by default) and wait for OK."""
    if warning:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def save_file_name(parent: QWidget | None, title: str, start: str, filters: str) -> tuple[str, str]:
    """The name the user chose in a Save dialog ("" when cancelled) and the filter chosen."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, start, filters)
    return path, chosen


def open_file_name(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """The file the user chose in an Open dialog ("" when cancelled)."""
    path, _chosen = QFileDialog.getOpenFileName(parent, title, start, filters)
    return path


class Ask(Protocol):
    """What a controller may ask the user; the keys of ``options`` are the answers."""

    def choose(
        self,
        title: str,
        text: str,
        options: list[tuple[str, str]],
        default: str | None = None,
        *,
        escape: str | None = None,
        icon: Icon = Icon.Question,
        details: str = "",
    ) -> str | None: ...

    def notify(self, title: str, text: str, *, warning: bool = True) -> None: ...

    def save_file(self, title: str, start: str, filters: str) -> tuple[str, str]: ...

    def open_file(self, title: str, start: str, filters: str) -> str: ...


class WindowAsk:
    """:class:`Ask` with real dialogs over ``parent`` (the functions of this module)."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent

    def choose(
        self,
        title: str,
        text: str,
        options: list[tuple[str, str]],
        default: str | None = None,
        *,
        escape: str | None = None,
        icon: Icon = Icon.Question,
        details: str = "",
    ) -> str | None:
        return choose(
            self.parent, title, text, options, default, escape=escape, icon=icon, details=details
        )

    def notify(self, title: str, text: str, *, warning: bool = True) -> None:
        notify(self.parent, title, text, warning=warning)

    def save_file(self, title: str, start: str, filters: str) -> tuple[str, str]:
        return save_file_name(self.parent, title, start, filters)

    def open_file(self, title: str, start: str, filters: str) -> str:
        return open_file_name(self.parent, title, start, filters)
