"""ReportDesk desktop shell (PySide6). Document logic lives in :mod:`app`; this only shows it."""

from ui.qtcompat import make_none_immortal

make_none_immortal()
