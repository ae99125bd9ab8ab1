"""ReportDesk engine: the Qt-free core (model, readers, outline, rules, writers, CLI).

Nothing in this package may import PySide6: the command line and most tests run headless on it.
"""

from pathlib import Path

__version__ = "0.1.0"

# The curated rule data and the lexicon's sources shipped with the engine (app/data): found from
# this file (the PyInstaller spec keeps the folder), not through importlib.resources, whose
# imports cost ~5 ms in every process, the lexicon worker's included.
DATA_DIR = Path(__file__).resolve().parent / "data"
