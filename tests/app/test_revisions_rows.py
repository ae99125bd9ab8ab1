"""Table rows inserted or deleted with 修订 on (w:trPr/w:ins, w:trPr/w:del): accept all / reject
all decide them as Word does — a rejected inserted row and an accepted deleted row go, the
others stay without their mark. Expected rows come from the table the test writes."""

from __future__ import annotations

import pytest
from lxml import etree

from app import revisions_resolve as rvr
from app.readers import read_document
from tests.app.test_docx_reader import make_docx, p
from tests.app.test_revisions import document_xml, saved, validate_issues

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MARK = 'w:id="{}" w:author="张三" w:date="2026-01-01T00:00:00Z"'


def row(text: str, mark: str = "", wid: int = 0) -> str:
    if not mark:
        return f"<w:tr><w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc></w:tr>"
    tag = "t" if mark == "ins" else "delText"
    attrs = MARK.format(wid)
    content = MARK.format(wid + 1)
    return (f"<w:tr><w:trPr><w:{mark} {attrs}/></w:trPr><w:tc><w:p><w:{mark} {content}>"
            f"<w:r><w:{tag}>{text}</w:{tag}></w:r></w:{mark}></w:p></w:tc></w:tr>")  # fmt: skip


def table_rows(xml: bytes) -> list[str]:
    root = etree.fromstring(xml)
    return ["".join(t.text or "" for t in tr.iter(W + "t", W + "delText"))
            for tr in root.iter(W + "tr")]  # fmt: skip


@pytest.mark.parametrize(("accept", "rows"), [(True, ["甲", "新行"]), (False, ["甲", "旧行"])])
def test_rows_are_decided_with_accept_or_reject_all(tmp_path, accept, rows):
    body = (p("表前") + "<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>"
            + row("甲") + row("新行", "ins", 10) + row("旧行", "del", 20) + "</w:tbl>" + p("表后"))
    path = make_docx(tmp_path, body)
    assert table_rows(document_xml(path)) == ["甲", "新行", "旧行"]
    doc = read_document(path)
    rvr.resolve_all(doc, accept)
    out = saved(doc, tmp_path)
    xml = document_xml(out)
    assert table_rows(xml) == rows
    root = etree.fromstring(xml)
    assert next(root.iter(W + "ins", W + "del"), None) is None
    assert validate_issues(out) <= validate_issues(path)
