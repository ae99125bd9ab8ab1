"""ReportDesk engine: the Qt-free core (model, readers, outline, rules, writers, CLI).

Nothing in this package may import PySide6: the command line and most tests run headless on it.
"""

__version__ = "0.1.0"
