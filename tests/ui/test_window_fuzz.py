"""The window fuzz (bench/fuzz_window.py) on a few fixed seeds: random edits through the window,
Save, and the saved file must hold what the window showed, with nothing new for validate.py.

The cases are the seeds and files where the fuzz found a fault (each also has a small test in
tests/app/test_docx_fuzz_found.py) plus Chinese files of the same kinds; the whole sweep over
more seeds is ``bench/fuzz_window.py``."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from bench.fuzz_window import OOXML, fuzz_file, real_files

FILES = real_files()
ABSENT = not FILES or not (OOXML / "validate.py").is_file()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(ABSENT, reason="../shared/realdocx or ../shared/ooxml is absent"),
]

CASES = [
    # seed, file, edits, 修订 (None: as the seed draws it; a file may open with it on)
    (3, "en01_poi_delins", 22, None),  # typed into a bullet of a paragraph with revisions
    (1, "en10_poi_ComplexNumberedLists", 4, True),  # "2." typed into, then undone
    (1, "en19_pydocx_sct_section_props", 17, True),  # deleted across two section breaks
    (20, "en03_poi_form_footnotes", 26, None),  # a bullet's paragraph emptied with 修订 on
    (2, "cn07_word_tongzhi_tz1", 25, True),
    (4, "cn01_wps_gongsi_fawen", 25, False),
    # 修订's margin laid out inside Qt's change notification, then a painter left open by a
    # stale change bar: Qt crashed (segmentation fault) mid-session
    (30, "en01_poi_delins", 60, None),
]


@pytest.mark.parametrize(("seed", "name", "edits", "track"), CASES,
                         ids=[f"{c[1][:4]}-seed{c[0]}" for c in CASES])  # fmt: skip
def test_saved_file_holds_what_the_window_showed(window, qtbot, tmp_path, seed, name, edits,
                                                 track):  # fmt: skip
    index = next((k for k, f in enumerate(FILES) if f.stem == name), None)
    if index is None:
        pytest.skip(f"{name}.docx is not in ../shared/realdocx")
    src = FILES[index]

    def settle() -> None:  # events the edit posted run; the document is in the editor
        QApplication.processEvents()
        qtbot.waitUntil(lambda: window.path is not None and not window.editor.loading)

    out = fuzz_file(window, settle, src, index, seed, tmp_path, edits, track, strict=True)
    assert out.problems == [], "\n".join(out.edits)
    window.editor.document().setModified(False)
