"""``tr`` for a window made of mixins, plural forms included.

lupdate files a string under the class whose method calls ``self.tr`` (EditCommands,
FileCommands, DesktopCommands …), while at run time ``self`` is the MainWindow. PySide6 looks
through the classes of ``self`` for a plain string, but for a plural one (``tr(text, "", n)``) it
only looks under the object's own class: "A text file cannot keep the %n comment(s)" and
"Exported %1 (%n page(s))" stayed English in the Chinese interface. This ``tr`` looks under each
class of the object in turn, for every form.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_NO_CONTEXT = "\x00untranslated"


class MroTranslation:
    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        fallback = QCoreApplication.translate(_NO_CONTEXT, source, disambiguation, n)
        for cls in type(self).__mro__:
            if cls.__module__.startswith("PySide6"):
                break
            text = QCoreApplication.translate(cls.__name__, source, disambiguation, n)
            if text != fallback:
                return text
        return fallback
