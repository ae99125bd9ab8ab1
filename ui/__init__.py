"""ReportDesk desktop shell (PySide6). All document logic lives in :mod:`app`; this package only shows it."""

from ui.qtcompat import make_none_immortal

make_none_immortal()
