"""Questions with named answers (覆盖 / 另存为 / 取消 …) and one-line notices.

Every data-safety question goes through :func:`choose`, every notice through :func:`notify`, so
that tests can answer them in one place (``monkeypatch.setattr(ui.ask, "choose", …)``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

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
