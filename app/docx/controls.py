"""Content controls (w:sdt) around edited and new paragraphs.

A control showing its placeholder (w:sdtPr/w:showingPlcHdr): once the text in one is edited, it
is the control's content, as in Word.

Word keeps a placeholder's prompt ("单击或点击此处输入文字。") in the control with the flag
w:showingPlcHdr and the character style "Placeholder Text" (grey). A save that changed the text
but kept the flag wrote a file in which Word still took the user's words for the prompt: greyed,
selected whole on a click and wiped by the first key. The edit drops the flag and the
placeholder style from the control's runs, which is what Word does when one types into it.

A control that holds one paragraph by definition (plain text, date, drop-down list, combo box,
picture, check box: ECMA-376 17.5.2.44 "shall not contain more than a single paragraph") never
gets a second one: a paragraph added after its paragraph goes after the control. It used to go
inside, which made the file non-conformant.
"""

from __future__ import annotations

from itertools import chain

from lxml import etree

from app.docx.alternate import AC, fallback_snapshot, unwrap_edited
from app.docx.atoms import W_R, W_RPR, W_T, W
from app.docx.data_binding import BoundEdit, bound_edits, bound_snapshot
from app.readers.docx_styles import Styles

_SDT, _PR, _SHOWING = W + "sdt", W + "sdtPr", W + "showingPlcHdr"
_CONTENT, _RSTYLE = W + "sdtContent", W + "rStyle"
_TC, _BODY = W + "tc", W + "body"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_ONE_PARAGRAPH = frozenset((W + "text", W + "date", W + "dropDownList", W + "comboBox",
                            W + "picture", _W14 + "checkbox"))  # fmt: skip
PLACEHOLDER_STYLE = "placeholder text"

Snapshot = list[tuple[etree._Element, str]]


def showing_placeholders(p: etree._Element) -> Snapshot:
    """The controls in or around the paragraph that show their placeholder, with their text."""
    out: Snapshot = []
    for sdt in chain(p.iter(_SDT), p.iterancestors(_SDT)):
        pr = sdt.find(_PR)
        if pr is not None and pr.find(_SHOWING) is not None:
            out.append((sdt, _text(sdt)))
    return out


def fill_edited(snapshot: Snapshot, styles: Styles | None) -> None:
    """Controls of ``snapshot`` whose text changed stop showing their placeholder."""
    for sdt, before in snapshot:
        if _text(sdt) == before:
            continue
        pr = sdt.find(_PR)
        flag = pr.find(_SHOWING) if pr is not None else None
        if flag is not None:
            pr.remove(flag)  # type: ignore[union-attr]
        content = sdt.find(_CONTENT)
        if content is None or styles is None:
            continue
        for rstyle in list(content.iter(_RSTYLE)):
            rpr = rstyle.getparent()
            run = rpr.getparent() if rpr is not None else None
            if rpr is None or rpr.tag != W_RPR or run is None or run.tag != W_R:
                continue  # (the old properties inside a w:rPrChange stay as they were)
            if styles.name(rstyle.get(W + "val")).strip().lower() != PLACEHOLDER_STYLE:
                continue
            rpr.remove(rstyle)
            if len(rpr) == 0 and not rpr.attrib:
                run.remove(rpr)


def _text(sdt: etree._Element) -> str:
    content = sdt.find(_CONTENT)
    return "" if content is None else "".join(t.text or "" for t in content.iter(W_T))


def outside_single(el: etree._Element) -> etree._Element:
    """``el``, or the outermost control around it (within its cell or the body) that may hold
    only one paragraph: a new paragraph goes beside that control, not beside ``el`` inside it."""
    out = el
    for sdt in el.iterancestors(_SDT, _TC, _BODY):
        if sdt.tag != _SDT:
            break
        pr = sdt.find(_PR)
        if pr is not None and any(child.tag in _ONE_PARAGRAPH for child in pr):
            out = sdt
    return out


def override_snapshot(el: etree._Element) -> tuple[Snapshot, Snapshot]:
    """What :func:`settle_override` needs of the opened paragraph before a revision operation's
    XML (its override) takes its place."""
    return showing_placeholders(el), fallback_snapshot(el)


def settle_override(opened: etree._Element, new: etree._Element,
                    snapshot: tuple[Snapshot, Snapshot],
                    styles: Styles | None) -> None:  # fmt: skip
    """A paragraph rewritten by a tracked edit (修订) gets what an ordinary edit gets: a control
    whose text changed stops showing its placeholder, an edited paragraph-level
    mc:AlternateContent gives way to its Fallback. The controls and blocks inside the paragraph
    are found in ``new`` at the place they had in ``opened``."""
    shown, alternate = snapshot
    fill_edited(_carried(opened, new, shown, _SDT), styles)
    unwrap_edited(_carried(opened, new, alternate, AC))


def _carried(opened: etree._Element, new: etree._Element, before: Snapshot,
             tag: str) -> Snapshot:  # fmt: skip
    olds, news = list(opened.iter(tag)), list(new.iter(tag))
    where = {id(o): n for o, n in zip(olds, news, strict=False)} if len(olds) == len(news) else {}
    inside = {id(o) for o in olds}
    return [(where[id(el)], text) if id(el) in where else (el, text)
            for el, text in before if id(el) in where or id(el) not in inside]  # fmt: skip


class EditWatch:
    """What an ordinary edit of a paragraph settles once its text is patched: placeholders
    filled, edited paragraph-level mc:AlternateContent unwrapped, and the data-bound controls
    whose text changed (returned, for :func:`app.docx.data_binding.write_bound`)."""

    def __init__(self, el: etree._Element) -> None:
        self.shown, self.bound = showing_placeholders(el), bound_snapshot(el)
        self.alternate = fallback_snapshot(el)

    def settle(self, styles: Styles | None) -> list[BoundEdit]:
        fill_edited(self.shown, styles)
        unwrap_edited(self.alternate)  # Word shows the Choice: the edited Fallback replaces it
        return bound_edits(self.bound)
