"""The Word export keeps a .docx's equations (Office Math, m:oMath / m:oMathPara) where they
stood; it used to drop them ("面积公式S=a/2，其中" came out "面积公式，其中")."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app.engine import analyze
from app.readers import read_document
from app.writers.docx import write_docx
from tests.app.test_docx_reader import make_docx, p, r

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
OOXML = Path(__file__).resolve().parents[3] / "shared" / "ooxml"
FRACTION = ("<m:oMath><m:r><m:t>S=</m:t></m:r><m:f><m:num><m:r><m:t>a</m:t></m:r></m:num>"
            "<m:den><m:r><m:t>2</m:t></m:r></m:den></m:f></m:oMath>")  # fmt: skip
BODY = (p("关于面积的说明")
        + "<w:p>" + r("面积公式") + FRACTION + r("，其中a为底。") + "</w:p>"
        + "<w:p><m:oMathPara><m:oMath><m:r><m:t>x+y=1</m:t></m:r></m:oMath></m:oMathPara></w:p>"
        + p("以上公式用于测算。"))  # fmt: skip


def exported(tmp_path: Path) -> tuple[Path, etree._Element]:
    doc = read_document(make_docx(tmp_path, BODY))
    out = tmp_path / "out.docx"
    write_docx(doc, out, analysis=analyze(doc))
    with zipfile.ZipFile(out) as z:
        return out, etree.fromstring(z.read("word/document.xml"))


def paragraph_with(root: etree._Element, text: str) -> etree._Element:
    return next(q for q in root.iter(W + "p") if text in "".join(q.itertext()))


def test_inline_equation_is_exported_in_place(tmp_path):
    _, root = exported(tmp_path)
    q = paragraph_with(root, "面积公式")
    kids = [etree.QName(el).localname for el in q if el.tag != W + "pPr"]
    assert "oMath" in kids
    math = q.find(M + "oMath")
    assert "".join(t.text for t in math.iter(M + "t")) == "S=a2"
    before = "".join(t.text for el in q[: list(q).index(math)] for t in el.iter(W + "t"))
    after = "".join(t.text for el in q[list(q).index(math) + 1:] for t in el.iter(W + "t"))
    assert before.endswith("面积公式") and after.startswith("，其中a为底")
    # an exact line (the house's 28.95 pt) would cut the fraction
    spacing = q.find(W + "pPr/" + W + "spacing")
    assert spacing is None or spacing.get(W + "lineRule") != "exact"


def test_display_equation_is_exported(tmp_path):
    _, root = exported(tmp_path)
    paras = [m for m in root.iter(M + "oMathPara")]
    assert len(paras) == 1 and "".join(t.text for t in paras[0].iter(M + "t")) == "x+y=1"


def test_export_with_equations_is_valid(tmp_path):
    if not (OOXML / "validate.py").is_file():
        pytest.skip("../shared/ooxml is absent")
    sys.path.insert(0, str(OOXML))
    import validate

    out, _ = exported(tmp_path)
    res = validate.check_file(str(out))
    assert [i for i in res["issues"] if i["sev"] == "ERROR"] == []
