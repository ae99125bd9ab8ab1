"""Replaces pyinstaller-hooks-contrib's hook-lxml (which collects every lxml submodule).

The app imports ``lxml.etree`` only; its own contrib hook still adds ``lxml._elementpath``.
Without this, each excluded submodule (lxml.html, lxml.objectify, …) logs a warning.
"""

hiddenimports: list[str] = []
