"""Footnotes and endnotes in the Word export: a note the file holds (an InlineObject of kind
"footnote" or "endnote" with the note's text) becomes a real note again, its reference mark in
the text where the file had it and its text in word/footnotes.xml or word/endnotes.xml (the
export used to leave notes out with the other objects it does not draw: en22, en04). The
notes are numbered by Word (1, 2, … and i, ii, … for endnotes); their text is set in 小四."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree
from lxml.etree import _Element

from app.model import InlineObject
from app.textclean import clean_text
from app.writers import docx_styles as S

_W = f"{{{S.W_NS}}}"
NOTE_PT = 12.0  # 小四
_KINDS = {  # kind: (part, root, element, reference, own mark, content type, relationship)
    "footnote": ("footnotes", "footnotes", "footnote", "footnoteReference", "footnoteRef",
                 S.CT_WML + "footnotes+xml", S.RT + "footnotes"),
    "endnote": ("endnotes", "endnotes", "endnote", "endnoteReference", "endnoteRef",
                S.CT_WML + "endnotes+xml", S.RT + "endnotes"),
}


@dataclass
class Notes:
    """The notes written so far, by kind: their texts, in order (ids from 1)."""

    texts: dict[str, list[str]] = field(default_factory=dict)

    def reference(self, run: _Element, obj: InlineObject | None) -> bool:
        """Put the reference mark of note ``obj`` in ``run``; False if ``obj`` is no note."""
        if obj is None or obj.kind not in _KINDS:
            return False
        kind = _KINDS[obj.kind]
        found = self.texts.setdefault(obj.kind, [])
        found.append(obj.text)
        rpr = etree.SubElement(run, _W + "rPr")
        etree.SubElement(rpr, _W + "vertAlign", {_W + "val": "superscript"})
        etree.SubElement(run, _W + kind[3], {_W + "id": str(len(found))})
        return True

    def overrides(self) -> list[tuple[str, str]]:
        return [(f"/word/{_KINDS[k][0]}.xml", _KINDS[k][5]) for k in sorted(self.texts)]

    def rels(self) -> list[tuple[str, str, str]]:
        return [(f"rId{_KINDS[k][0].title()}", _KINDS[k][6], f"{_KINDS[k][0]}.xml")
                for k in sorted(self.texts)]  # fmt: skip

    def parts(self) -> list[tuple[str, bytes]]:
        return [(f"word/{_KINDS[k][0]}.xml", _part_xml(k, self.texts[k]))
                for k in sorted(self.texts)]  # fmt: skip


def _part_xml(kind: str, texts: list[str]) -> bytes:
    _, root, element, _, mark, _, _ = _KINDS[kind]
    size = f'<w:sz w:val="{round(NOTE_PT * 2)}"/><w:szCs w:val="{round(NOTE_PT * 2)}"/>'
    plain = '<w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/></w:pPr>'
    out = [f'<w:{root} xmlns:w="{S.W_NS}">',
           f'<w:{element} w:type="separator" w:id="-1"><w:p>{plain}<w:r><w:separator/></w:r>'
           f"</w:p></w:{element}>",
           f'<w:{element} w:type="continuationSeparator" w:id="0"><w:p>{plain}<w:r>'
           f"<w:continuationSeparator/></w:r></w:p></w:{element}>"]
    for n, text in enumerate(texts, 1):
        lines = [S.escape(clean_text(line)) for line in text.split("\n")] or [""]
        out.append(f'<w:{element} w:id="{n}">')
        for k, line in enumerate(lines):
            own = (f'<w:r><w:rPr>{size}<w:vertAlign w:val="superscript"/></w:rPr><w:{mark}/>'
                   "</w:r>") if k == 0 else ""
            out.append(f'<w:p>{plain}{own}<w:r><w:rPr>{size}</w:rPr>'
                       f'<w:t xml:space="preserve">{" " if k == 0 else ""}{line}</w:t></w:r></w:p>')
        out.append(f"</w:{element}>")
    out.append(f"</w:{root}>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            + "".join(out)).encode("utf-8")
