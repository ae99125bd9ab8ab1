"""Comments on the patching Save: new ones beside the old, edits, replies, resolved state,
deletion, anchors that move with the text or lose their paragraph."""

from __future__ import annotations

from lxml import etree

from app.docx.save import save_docx
from app.readers.docx import read_docx
from tests.app.docx_build import W, body_of, comment_xml, parts_of
from tests.app.test_docx_reader import make_docx, p


def test_new_comment_goes_next_to_the_old_one(tmp_path):
    from app.model import Comment, Position

    src = comment_xml(tmp_path)
    doc = read_docx(src)
    second = doc.paragraphs[1]
    doc.comments.append(Comment("新意见", "审校员", start=Position(second.id, 0),
                                end=Position(second.id, 2)))  # fmt: skip
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    root = etree.fromstring(parts_of(out)["word/comments.xml"])
    comments = root.findall(W + "comment")
    assert [c.get(W + "author") for c in comments] == ["张三", "审校员"]
    old = etree.fromstring(parts_of(src)["word/comments.xml"]).find(W + "comment")
    assert etree.tostring(comments[0], method="c14n") == etree.tostring(old, method="c14n")
    again = read_docx(out)
    assert [(c.text, c.start.offset, c.end.offset) for c in again.comments] == [
        ("原有批注", 0, 2), ("新意见", 0, 2)]  # fmt: skip
    assert again.comments[1].start.paragraph_id == again.paragraphs[1].id


def test_comment_edited_resolved_replied_and_deleted(tmp_path):
    from app.model import Comment

    doc = read_docx(comment_xml(tmp_path))
    [old] = doc.comments
    old.text = "改过的批注"
    old.resolved = True
    doc.comments.append(Comment("回复", "审校员", parent_id=old.id))
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    again = read_docx(out)
    top, reply = again.comments
    assert (top.text, top.resolved, top.start.offset, top.end.offset) == ("改过的批注", True, 0, 2)
    assert (reply.text, reply.parent_id) == ("回复", top.id)
    again.comments.remove(reply)
    again.comments.remove(top)
    save_docx(again, tmp_path / "none.docx", author="审校员")
    final = parts_of(tmp_path / "none.docx")
    assert etree.fromstring(final["word/comments.xml"]).findall(W + "comment") == []
    body = etree.fromstring(final["word/document.xml"])
    assert not list(body.iter(W + "commentRangeStart", W + "commentReference"))
    assert read_docx(tmp_path / "none.docx").texts == ["甲乙丙丁", "第二段"]


def test_typing_before_a_comment_keeps_its_anchor(tmp_path):
    doc = read_docx(comment_xml(tmp_path))
    first = doc.paragraphs[0]
    first.text = "前" + first.text
    c = doc.comments[0]
    from app.model import Position

    c.start, c.end = Position(first.id, 1), Position(first.id, 3)
    save_docx(doc, tmp_path / "out.docx", author="审校员")
    again = read_docx(tmp_path / "out.docx")
    assert (again.texts[0], again.comments[0].start.offset, again.comments[0].end.offset) == (
        "前甲乙丙丁", 1, 3)  # fmt: skip


def test_deleting_the_paragraph_a_comment_starts_in_keeps_the_comment_whole(tmp_path):
    from app.model import Comment, Position

    doc = read_docx(make_docx(tmp_path, p("第一段") + p("第二段") + p("第三段")))
    one, two, _ = doc.paragraphs
    doc.comments.append(Comment("跨段", "审校员", start=Position(one.id, 1),
                                end=Position(two.id, 2)))  # fmt: skip
    save_docx(doc, tmp_path / "c.docx", author="审校员")
    doc = read_docx(tmp_path / "c.docx")
    doc.paragraphs.pop(0)  # the comment's start goes with it; the model is not told
    save_docx(doc, tmp_path / "out.docx", author="审校员")
    body = body_of(tmp_path / "out.docx")
    assert [len(list(body.iter(W + t))) for t in
            ("commentRangeStart", "commentRangeEnd", "commentReference")] == [1, 1, 1]  # fmt: skip
    [c] = read_docx(tmp_path / "out.docx").comments
    assert (c.start.offset, c.end.offset) == (0, 2)


def _marks(path) -> list[str]:
    body = body_of(path)
    return [el.tag.split("}")[1] for el in body.iter(
        W + "commentRangeStart", W + "commentRangeEnd", W + "commentReference")]


def test_a_comment_whose_text_was_deleted_is_saved_as_a_point_start_before_end(tmp_path):
    """A point anchor between two runs (the commented words deleted in the editor): Word
    requires the range's start before its end."""
    from app.model import Comment, Position
    from tests.app.test_docx_reader import r

    src = make_docx(tmp_path, f"<w:p>{r('甲乙')}{r('丙丁', '<w:b/>')}</w:p>")
    doc = read_docx(src)
    pid = doc.paragraphs[0].id
    doc.comments.append(Comment("要删的话没了", "审校员", start=Position(pid, 2),
                                end=Position(pid, 2)))  # fmt: skip
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    assert _marks(out) == ["commentRangeStart", "commentRangeEnd", "commentReference"]
    again = read_docx(out)
    assert again.texts == ["甲乙丙丁"]
    (c,) = again.comments
    assert (c.start.offset, c.end.offset) == (2, 2)


def test_an_anchor_pair_that_crossed_is_saved_in_text_order(tmp_path):
    from app.model import Comment, Position

    src = make_docx(tmp_path, p("第一段文字") + p("第二段文字"))
    doc = read_docx(src)
    first, second = doc.paragraphs
    doc.comments.append(Comment("跨段", "审校员", start=Position(second.id, 2),
                                end=Position(first.id, 1)))  # fmt: skip
    out = tmp_path / "out.docx"
    save_docx(doc, out, author="审校员")
    assert _marks(out) == ["commentRangeStart", "commentRangeEnd", "commentReference"]
    again = read_docx(out)
    (c,) = again.comments
    assert (c.start.paragraph_id, c.start.offset) == (again.paragraphs[0].id, 1)
    assert (c.end.paragraph_id, c.end.offset) == (again.paragraphs[1].id, 2)
