"""Revisions in headers and footers: listed in the 修订 pane (read-only), decided by accept all /
reject all on Save. The file is made here (python-docx, then a w:ins / w:del put into its header
and footer); expected texts come from that XML, never from the app."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from tests.app.test_revisions import validate_issues
from tests.ui.test_track_changes import action, ctrl_s

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MARK = 'w:id="{}" w:author="张三" w:date="2026-01-01T00:00:00Z"'


def with_side_revisions(tmp_path: Path) -> Path:
    base = tmp_path / "base.docx"
    d = docx.Document()
    d.add_paragraph("正文第一段")
    section = d.sections[0]
    section.header.paragraphs[0].text = "HEADERTEXT"
    section.footer.paragraphs[0].text = "FOOTERTEXT"
    d.save(base)
    path = tmp_path / "side.docx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            ins = f"<w:ins {MARK.format(901)}><w:r><w:t>NEW</w:t></w:r></w:ins>".encode()
            dele = f"<w:del {MARK.format(902)}><w:r><w:delText>OLD</w:delText></w:r></w:del>"
            if re.search(r"word/header\d*\.xml", info.filename):
                data = data.replace(b"<w:t>HEADERTEXT</w:t></w:r>",
                                    b"<w:t>HEADERTEXT</w:t></w:r>" + ins)  # fmt: skip
            elif re.search(r"word/footer\d*\.xml", info.filename):
                data = data.replace(b"<w:t>FOOTERTEXT</w:t></w:r>",
                                    b"<w:t>FOOTERTEXT</w:t></w:r>" + dele.encode())  # fmt: skip
            out.writestr(info, data)
    return path


def side_texts(path: Path) -> dict[str, str]:
    out = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.search(r"word/(header|footer)\d*\.xml", name):
                root = etree.fromstring(z.read(name))
                assert next(root.iter(W + "ins", W + "del"), None) is None  # all decided
                text = "".join(t.text or "" for t in root.iter(W + "t", W + "delText"))
                if text:
                    out[name.split("/")[1][:6]] = text
    return out


PART_NAMES = {"zh_CN": ("页眉", "页脚"), "en": ("Header", "Footer")}  # in the window's language


@pytest.mark.parametrize(("accept", "header", "footer"),
                         [(True, "HEADERTEXTNEW", "FOOTERTEXT"),
                          (False, "HEADERTEXT", "FOOTERTEXTOLD")])  # fmt: skip
def test_header_and_footer_revisions_are_listed_and_decided(qtbot, language, window, tmp_path,
                                                            accept, header, footer):  # fmt: skip
    path = with_side_revisions(tmp_path)
    original = tmp_path / "original.docx"
    original.write_bytes(path.read_bytes())
    assert window.files.open_path(str(path), ask=False)
    rows = window.track.panel.row_texts()
    head, foot = PART_NAMES[language]
    assert any(r.startswith("张三") and f"{head} (" in r.replace("（", " (") and "NEW" in r
               for r in rows)  # fmt: skip
    assert any(f"{foot} (" in r.replace("（", " (") and "OLD" in r for r in rows)
    assert action(window, "acceptAllChangesAction").isEnabled()
    action(window, "acceptAllChangesAction" if accept else "rejectAllChangesAction").trigger()
    assert not any(head in r or foot in r for r in window.track.panel.row_texts())
    ctrl_s(qtbot, window)
    assert side_texts(path) == {"header": header, "footer": footer}
    assert validate_issues(path) <= validate_issues(original)
