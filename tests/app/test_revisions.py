"""Tracked changes (修订): reading, accepting, rejecting and recording them, saved into the original
package. The expected texts are computed here from the original XML by a walk of our own
(accepting: deleted/moved-away text goes, a deleted paragraph mark joins the paragraph with the
next; rejecting: inserted/moved-to text goes, an inserted mark joins), never by the app."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app import revisions as rv
from app import revisions_resolve as rvr
from app.model import Comment, Position
from app.readers import read_document
from app.storage import save_document
from tests.app.docx_build import real
from tests.app.test_docx_reader import make_docx, p

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OOXML = Path(__file__).resolve().parents[3] / "shared" / "ooxml"
FILES = ["en01_poi_delins.docx", "en16_pandoc_track_changes_move.docx"]
REVISION_TAGS = (W + "ins", W + "del", W + "moveFrom", W + "moveTo")


def document_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml")


def texts_after(xml: bytes, accept: bool, join: bool = True) -> list[str]:
    """Paragraph texts of a body once every revision is accepted (or rejected); ``join=False``:
    one text per w:p (paragraph marks not applied)."""
    root = etree.fromstring(xml)
    out: list[str] = []
    pending = ""
    for para in root.find(W + "body").iter(W + "p"):
        if any(a.tag == W + "txbxContent" for a in para.iterancestors()):
            continue
        pieces = []
        for el in para.iter(W + "t", W + "delText", W + "tab"):
            owners = {a.tag for a in el.iterancestors()}
            if W + "txbxContent" in owners or (owners & {W + "p"} and el.getparent() is None):
                continue
            if next(el.iterancestors(W + "p")) is not para:
                continue
            removed = owners & {W + "del", W + "moveFrom"}
            added = owners & {W + "ins", W + "moveTo"}
            if (accept and removed) or (not accept and added):
                continue
            pieces.append("\t" if el.tag == W + "tab" else el.text or "")
        mark = para.find(f"{W}pPr/{W}rPr")
        gone = W + ("del" if accept else "ins")
        joins = join and mark is not None and mark.find(gone) is not None
        pending += "".join(pieces)
        if not joins:
            out.append(pending)
            pending = ""
    if pending:
        out.append(pending)
    return out


def saved(doc, tmp_path: Path, name: str = "out.docx") -> Path:
    out = tmp_path / name
    save_document(doc, out, author="审校员", backup=False, data_dir=tmp_path / "data")
    return out


needs_libreoffice = pytest.mark.skipif(shutil.which("soffice") is None,
                                       reason="LibreOffice (soffice) is not installed")


def libreoffice_xml(path: Path, tmp_path: Path) -> bytes:
    """word/document.xml of ``path`` once LibreOffice has opened it and saved it as .docx (a
    private profile in ``tmp_path``): what survives another program's round trip."""
    lo_dir = tmp_path / "lo"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(lo_dir), str(path)],
                   check=True, capture_output=True, timeout=180)  # fmt: skip
    return document_xml(lo_dir / path.name)


def validate_issues(path: Path) -> set[tuple[str, str, str]]:
    """What ../shared/ooxml/validate.py objects to (errors), to compare with the original's."""
    if not (OOXML / "validate.py").is_file():
        pytest.skip("../shared/ooxml is absent")
    sys.path.insert(0, str(OOXML))
    import validate

    result = validate.check_file(str(path))
    return {(i["check"], i["part"], i["msg"]) for i in result["issues"] if i["sev"] == "ERROR"}


def model_texts(doc) -> list[str]:
    return [q.text[q.auto_number_len :] for q in doc.paragraphs]


@pytest.mark.parametrize("name", FILES)
def test_revisions_are_read_with_author_and_deleted_text(name):
    path = real(name)
    doc = read_document(path)
    root = etree.fromstring(document_xml(path))
    found = rv.all_revisions(doc)
    content = [e for e in root.iter(*REVISION_TAGS) if e.getparent().tag != W + "rPr"]
    assert len([r for _, r in found if r.kind in ("ins", "del", "moveTo", "moveFrom")]) == len(
        content
    )
    deleted = ["".join(t.text or "" for t in e.iter(W + "delText", W + "t"))
               for e in content if e.tag in (W + "del", W + "moveFrom")]  # fmt: skip
    assert sorted(r.text for _, r in found if r.kind in ("del", "moveFrom")) == sorted(deleted)
    assert {r.author for _, r in found} == {e.get(W + "author") for e in content}
    # the text is the final view, one paragraph per w:p: deleted text is not in it, inserted is
    assert model_texts(doc) == texts_after(document_xml(path), accept=True, join=False)


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("accept", [True, False], ids=["accept_all", "reject_all"])
def test_all_resolved_and_saved(name, accept, tmp_path):
    path = real(name)
    doc = read_document(path)
    rvr.resolve_all(doc, accept)
    expected = texts_after(document_xml(path), accept)
    assert not rv.has_revisions(doc)
    assert model_texts(doc) == expected
    out = saved(doc, tmp_path)
    xml = document_xml(out)
    assert next(etree.fromstring(xml).iter(*REVISION_TAGS), None) is None
    assert texts_after(xml, accept=True) == expected
    assert validate_issues(out) <= validate_issues(path)
    again = read_document(out)
    assert model_texts(again) == expected


@pytest.mark.parametrize("name", FILES)
def test_no_decision_keeps_every_revision(name, tmp_path):
    path = real(name)
    out = saved(read_document(path), tmp_path)
    canon = lambda x: etree.tostring(etree.fromstring(x), method="c14n")  # noqa: E731
    assert canon(document_xml(out)) == canon(document_xml(path))


def test_accept_all_undo_puts_everything_back(tmp_path):
    path = real("en01_poi_delins.docx")
    doc = read_document(path)
    before = [(q.id, q.text, len(q.revisions)) for q in doc.paragraphs]
    undo = rvr.resolve_all(doc, accept=True)
    assert [(q.id, q.text, len(q.revisions)) for q in doc.paragraphs] != before
    undo.restore()
    assert [(q.id, q.text, len(q.revisions)) for q in doc.paragraphs] == before
    out = saved(doc, tmp_path)
    canon = lambda x: etree.tostring(etree.fromstring(x), method="c14n")  # noqa: E731
    assert canon(document_xml(out)) == canon(document_xml(path))


def test_one_revision_accepted_and_one_rejected(tmp_path):
    path = real("en01_poi_delins.docx")
    doc = read_document(path)
    q, dele = next((q, r) for q, r in rv.all_revisions(doc) if r.kind == "del")
    rvr.resolve_revision(doc, q.id, dele.id, accept=False)  # the deleted text comes back
    assert dele.text in q.text
    q2, ins = next((q, r) for q, r in rv.all_revisions(doc)
                   if r.kind == "ins" and r.end - r.start > 20)  # fmt: skip
    inserted = q2.text[ins.start : ins.end]
    rvr.resolve_revision(doc, q2.id, ins.id, accept=False)  # the inserted text goes
    out = saved(doc, tmp_path)
    root = etree.fromstring(document_xml(out))
    assert dele.text in "".join(t.text or "" for t in root.iter(W + "t"))
    left = len(list(root.iter(W + "ins", W + "del")))
    original = len(list(etree.fromstring(document_xml(path)).iter(W + "ins", W + "del")))
    assert left < original
    assert validate_issues(out) <= validate_issues(path)
    assert inserted not in read_document(out).paragraphs[doc.paragraphs.index(q2)].text


def test_accept_all_of_one_author_leaves_the_others(tmp_path):
    body = (
        '<w:p><w:r><w:t xml:space="preserve">甲乙</w:t></w:r>'
        '<w:ins w:id="1" w:author="张三" w:date="2026-01-01T00:00:00Z"><w:r><w:t>丙</w:t></w:r>'
        '</w:ins><w:del w:id="2" w:author="李四" w:date="2026-01-02T00:00:00Z"><w:r>'
        "<w:delText>丁</w:delText></w:r></w:del></w:p>"
    )
    doc = read_document(make_docx(tmp_path, body))
    assert [(r.kind, r.author, r.text) for _, r in rv.all_revisions(doc)] == [
        ("ins", "张三", ""), ("del", "李四", "丁")]  # fmt: skip
    rvr.resolve_all(doc, accept=False, author="张三")
    assert doc.paragraphs[0].text == "甲乙"
    assert [r.author for _, r in rv.all_revisions(doc)] == ["李四"]
    root = etree.fromstring(document_xml(saved(doc, tmp_path)))
    assert [e.get(W + "author") for e in root.iter(W + "ins", W + "del")] == ["李四"]


def clean_doc(tmp_path: Path) -> Path:
    return make_docx(tmp_path, p("关于开展安全检查的通知") + p("各部门：现将有关事项通知如下。")
                     + p("一、检查范围"))  # fmt: skip


def record_second_paragraph(doc) -> None:
    second = doc.paragraphs[1]
    rv.track_insert(doc, second.id, 0, "请", "王审校", "2026-12-02T09:00:00Z")
    assert second.text == "请各部门：现将有关事项通知如下。"
    rv.track_delete(doc, second.id, 5, 7, "王审校", "2026-12-02T09:00:01Z")  # 现将
    assert second.text == "请各部门：有关事项通知如下。"


def test_recorded_typing_and_deleting_are_saved_as_revisions(tmp_path):
    path = clean_doc(tmp_path)
    doc = read_document(path)
    record_second_paragraph(doc)
    kinds = [(r.kind, r.author, r.text) for r in doc.paragraphs[1].revisions]
    assert kinds == [("ins", "王审校", ""), ("del", "王审校", "现将")]
    out = saved(doc, tmp_path)
    root = etree.fromstring(document_xml(out))
    paras = list(root.iter(W + "p"))
    ins = paras[1].find(W + "ins")
    dele = paras[1].find(W + "del")
    assert ins.get(W + "author") == "王审校" and dele.get(W + "author") == "王审校"
    assert "".join(t.text for t in ins.iter(W + "t")) == "请"
    assert "".join(t.text for t in dele.iter(W + "delText")) == "现将"
    assert texts_after(document_xml(out), accept=False)[1] == "各部门：现将有关事项通知如下。"
    assert texts_after(document_xml(out), accept=True)[1] == "请各部门：有关事项通知如下。"
    # the other paragraphs are untouched
    orig = list(etree.fromstring(document_xml(path)).iter(W + "p"))
    for k in (0, 2):
        assert etree.tostring(paras[k], method="c14n") == etree.tostring(orig[k], method="c14n")
    assert validate_issues(out) <= validate_issues(path)


@needs_libreoffice
def test_recorded_revisions_survive_libreoffice(tmp_path):
    doc = read_document(clean_doc(tmp_path))
    record_second_paragraph(doc)
    out = saved(doc, tmp_path, "revised.docx")
    root = etree.fromstring(libreoffice_xml(out, tmp_path))
    ins = [e for e in root.iter(W + "ins") if e.getparent().tag != W + "rPr"]
    dele = [e for e in root.iter(W + "del") if e.getparent().tag != W + "rPr"]
    assert any("请" in "".join(t.text or "" for t in e.iter(W + "t")) for e in ins)
    assert any("现将" in "".join(t.text or "" for t in e.iter(W + "delText")) for e in dele)
    assert {e.get(W + "author") for e in ins + dele} == {"王审校"}


def test_deleting_own_insertion_removes_it_and_a_colleagues_is_marked(tmp_path):
    body = (
        '<w:p><w:r><w:t xml:space="preserve">开头</w:t></w:r>'
        '<w:ins w:id="1" w:author="张三" w:date="2026-01-01T00:00:00Z"><w:r><w:t>同事加的</w:t>'
        "</w:r></w:ins></w:p>"
    )
    doc = read_document(make_docx(tmp_path, body))
    q = doc.paragraphs[0]
    rv.track_insert(doc, q.id, 2, "我加的", "王审校")
    assert q.text == "开头我加的同事加的"
    rv.track_delete(doc, q.id, 2, 5, "王审校")  # my own insertion: simply gone
    assert q.text == "开头同事加的"
    assert [r.author for r in q.revisions] == ["张三"]
    rv.track_delete(doc, q.id, 2, 4, "王审校")  # 同事 inside 张三's insertion
    assert q.text == "开头加的"
    root = etree.fromstring(document_xml(saved(doc, tmp_path)))
    ins = root.find(f".//{W}ins")
    nested = ins.find(W + "del")
    assert ins.get(W + "author") == "张三" and nested.get(W + "author") == "王审校"
    assert "".join(t.text for t in nested.iter(W + "delText")) == "同事"
    assert texts_after(etree.tostring(root), accept=True) == ["开头加的"]
    assert texts_after(etree.tostring(root), accept=False) == ["开头"]


def test_recorded_edit_after_a_plain_edit_keeps_both(tmp_path):
    doc = read_document(clean_doc(tmp_path))
    q = doc.paragraphs[2]
    q.text = q.text + "和要求"  # typed with 修订 off
    rv.track_insert(doc, q.id, 0, "（新）", "王审校")
    xml = document_xml(saved(doc, tmp_path))
    assert texts_after(xml, accept=True)[2] == "（新）一、检查范围和要求"
    assert texts_after(xml, accept=False)[2] == "一、检查范围和要求"


def test_joined_paragraphs_keep_their_comment(tmp_path):
    body = (
        '<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="张三"/></w:rPr></w:pPr>'
        '<w:r><w:t>第一段</w:t></w:r></w:p>' + p("第二段")
    )
    doc = read_document(make_docx(tmp_path, body))
    second = doc.paragraphs[1]
    doc.comments.append(Comment("看这里", "王审校", start=Position(second.id, 0),
                                end=Position(second.id, 3)))  # fmt: skip
    rvr.resolve_all(doc, accept=True)
    assert [q.text for q in doc.paragraphs] == ["第一段第二段"]
    c = doc.comments[0]
    first = doc.paragraphs[0].id
    assert (c.start, c.end) == (Position(first, 3), Position(first, 6))
    out = saved(doc, tmp_path)
    assert texts_after(document_xml(out), accept=True) == ["第一段第二段"]


def test_track_switch_written_in_schema_order(tmp_path):
    path = clean_doc(tmp_path)
    doc = read_document(path)
    assert doc.track_revisions is False
    doc.track_revisions = True
    out = saved(doc, tmp_path)
    with zipfile.ZipFile(out) as z:
        settings = etree.fromstring(z.read("word/settings.xml"))
    names = [etree.QName(e).localname for e in settings]
    assert "trackRevisions" in names
    assert read_document(out).track_revisions is True
    assert validate_issues(out) <= validate_issues(path)
    again = read_document(out)
    again.track_revisions = False
    with zipfile.ZipFile(saved(again, tmp_path, "off.docx")) as z:
        assert b"trackRevisions" not in z.read("word/settings.xml")


def test_editor_edits_recorded_and_undone_leave_no_trace(tmp_path):
    from app.revisions_record import ParagraphState, record_edit

    doc = read_document(clean_doc(tmp_path))
    q = doc.paragraphs[1]

    def edit(new_text: str) -> None:  # what the editor's sync does, then the recorder
        before = ParagraphState.of(q)
        q.text = new_text
        assert record_edit(doc, q, before, "王审校")
        assert q.text == new_text

    edit("请各部门：现将有关事项通知如下。")  # typed at the start
    edit("请各部门：有关事项通知如下。")  # two characters deleted
    assert [(r.kind, r.author, r.text) for r in q.revisions] == [
        ("ins", "王审校", ""), ("del", "王审校", "现将")]  # fmt: skip
    xml = document_xml(saved(doc, tmp_path))
    assert texts_after(xml, accept=False)[1] == "各部门：现将有关事项通知如下。"
    edit("请各部门：现将有关事项通知如下。")  # undo of the deletion
    edit("各部门：现将有关事项通知如下。")  # undo of the typing
    assert q.revisions == []
    root = etree.fromstring(document_xml(saved(doc, tmp_path, "undone.docx")))
    assert next(root.iter(*REVISION_TAGS), None) is None
    assert texts_after(etree.tostring(root), accept=True)[1] == "各部门：现将有关事项通知如下。"


def test_new_paragraph_typed_with_tracking_is_an_insertion(tmp_path):
    from app.model import Paragraph
    from app.revisions_record import ParagraphState, record_edit

    doc = read_document(clean_doc(tmp_path))
    new = Paragraph(text="")
    doc.paragraphs.insert(2, new)
    rv.track_new_paragraph(doc, new.id, "王审校")
    before = ParagraphState.of(new)
    new.text = "补充一段。"
    record_edit(doc, new, before, "王审校")
    root = etree.fromstring(document_xml(saved(doc, tmp_path)))
    para = list(root.iter(W + "p"))[2]
    assert para.find(f"{W}pPr/{W}rPr/{W}ins").get(W + "author") == "王审校"
    assert "".join(t.text for t in para.find(W + "ins").iter(W + "t")) == "补充一段。"
    xml = etree.tostring(root)
    assert texts_after(xml, accept=False) == texts_after(document_xml(clean_doc(tmp_path)), True)
    assert texts_after(xml, accept=True)[2] == "补充一段。"


def test_typing_on_stays_one_insertion(tmp_path):
    doc = read_document(clean_doc(tmp_path))
    q = doc.paragraphs[1]
    for k, ch in enumerate("请各"):
        rv.track_insert(doc, q.id, k, ch, "王审校")
    rv.track_insert(doc, q.id, 1, "示", "王审校")  # inside it
    assert q.text == "请示各各部门：现将有关事项通知如下。"
    assert [(r.kind, r.start, r.end) for r in q.revisions] == [("ins", 0, 3)]
    para = list(etree.fromstring(document_xml(saved(doc, tmp_path))).iter(W + "p"))[1]
    (ins,) = para.findall(W + "ins")
    assert "".join(t.text for t in ins.iter(W + "t")) == "请示各"


def test_recovery_keeps_resolved_and_recorded_revisions(tmp_path):
    import json

    from app.storage.serialize import from_json, to_json

    path = real("en01_poi_delins.docx")
    doc = read_document(path)
    q, dele = next((q, r) for q, r in rv.all_revisions(doc) if r.kind == "del")
    rvr.resolve_revision(doc, q.id, dele.id, accept=False)  # its text back
    target = next(p for p in doc.paragraphs if len(p.text) > 20 and not p.revisions)
    rv.track_insert(doc, target.id, 0, "新增", "王审校", "2026-12-02T10:00:00Z")
    expected = document_xml(saved(doc, tmp_path, "before-crash.docx"))
    back = from_json(json.loads(json.dumps(to_json(doc), ensure_ascii=False)))  # a crash
    assert [p.text for p in back.paragraphs] == [p.text for p in doc.paragraphs]
    assert any(r.author == "王审校" for p in back.paragraphs for r in p.revisions)
    after = document_xml(saved(back, tmp_path, "recovered.docx"))
    canon = lambda x: etree.tostring(etree.fromstring(x), method="c14n")  # noqa: E731
    assert canon(after) == canon(expected)
    rvr.resolve_all(back, accept=True)  # the recovered revisions can still be resolved
    assert not rv.has_revisions(back)


def test_typing_inside_a_colleagues_insertion_splits_it_with_ids_of_its_own(tmp_path):
    body = (
        '<w:p><w:ins w:id="7" w:author="张三" w:date="2026-01-01T00:00:00Z"><w:r>'
        "<w:t>同事加的文字</w:t></w:r></w:ins></w:p>"
    )
    original = make_docx(tmp_path, body)
    doc = read_document(original)
    q = doc.paragraphs[0]
    rv.track_insert(doc, q.id, 2, "我加", "王审校")  # in the middle of 张三's insertion
    assert q.text == "同事我加加的文字"
    path = saved(doc, tmp_path)
    root = etree.fromstring(document_xml(path))
    ids = [el.get(W + "id") for el in root.iter(*REVISION_TAGS)]
    assert len(ids) == 3 and len(set(ids)) == 3  # 张三's two halves and mine, each its own id
    assert [el.get(W + "author") for el in root.iter(W + "ins")] == ["张三", "王审校", "张三"]
    assert not validate_issues(path) - validate_issues(original)


def test_a_new_tracked_paragraph_keeps_its_neighbours_properties_in_schema_order(tmp_path):
    from app.model import Paragraph
    from app.revisions_record import ParagraphState, record_edit

    props = '<w:pPr><w:spacing w:line="579" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>'
    original = make_docx(tmp_path, f"<w:p>{props}<w:r><w:t>居中的一段</w:t></w:r></w:p>")
    doc = read_document(original)
    new = Paragraph(text="")
    doc.paragraphs.insert(1, new)
    rv.track_new_paragraph(doc, new.id, "王审校")
    before = ParagraphState.of(new)
    new.text = "新的一段"
    record_edit(doc, new, before, "王审校")
    path = saved(doc, tmp_path)
    ppr = list(etree.fromstring(document_xml(path)).iter(W + "p"))[1].find(W + "pPr")
    assert [etree.QName(c).localname for c in ppr] == ["spacing", "jc", "rPr"]  # rPr last
    assert not validate_issues(path) - validate_issues(original)


def test_recording_inside_a_run_with_a_format_change_keeps_every_id_unique(tmp_path):
    change = ('<w:rPr><w:b/><w:rPrChange w:id="{}" w:author="张三" w:date="2026-01-01T00:00:00Z">'
              "<w:rPr/></w:rPrChange></w:rPr>")  # fmt: skip
    body = (f'<w:p><w:r>{change.format(1)}<w:t>加粗的一段文字</w:t></w:r></w:p>'
            f'<w:p><w:r>{change.format(2)}<w:t>另一段</w:t></w:r></w:p>'
            f'<w:p><w:r>{change.format(3)}<w:t>第三段</w:t></w:r></w:p>')  # fmt: skip
    original = make_docx(tmp_path, body)
    doc = read_document(original)
    q = doc.paragraphs[0]
    rv.track_insert(doc, q.id, 3, "新", "王审校")  # splits the run that carries id 1
    path = saved(doc, tmp_path)
    root = etree.fromstring(document_xml(path))
    ids = [el.get(W + "id") for el in root.iter(W + "ins", W + "rPrChange")]
    assert len(ids) == len(set(ids)) == 5  # three format changes, their copy, one insertion
    assert not validate_issues(path) - validate_issues(original)
