"""Where the GB/T 9704 page needs more than a paragraph style: shared by the Word and PDF writers.

Blank lines under the title block and before the 附件说明 and 署名, the indent of further
attachment items, and the 署名/成文日期 right indents (GB/T 9704-2012 7.3.3, 7.3.5). Both the
.docx writer and the Qt PDF layout call :func:`layout_extras`, so Word and PDF agree.
"""

from __future__ import annotations

import unicodedata

from app.model import Role
from app.outline.roles import is_attachment_label

LINE_PITCH = 579  # twips: exact 28.95 pt lines, 22 to the 225 mm text area
_HEADINGS = {Role.HEADING_1, Role.HEADING_2, Role.HEADING_3, Role.HEADING_4}
_MARK_BEFORE = {Role.BODY, Role.ATTACHMENT, Role.CHAPTER, Role.ADDRESSEE} | _HEADINGS


def text_width(text: str) -> float:
    """Width in 3号 characters: CJK and full-width count 1, Latin and digits ½."""
    return sum(0.5 if unicodedata.east_asian_width(c) in ("Na", "H", "N") else 1.0
               for c in text)


def layout_extras(written) -> dict[int, dict]:
    """Per-paragraph layout beyond the style: blank line before 附件说明/署名, date alignment."""
    extras: dict[int, dict] = {}
    prev = None
    for k, (_, role, text) in enumerate(written):
        if role is Role.ATTACHMENT and not is_attachment_label(text):
            if prev in _MARK_BEFORE - {Role.ATTACHMENT}:
                extras.setdefault(k, {})["before"] = LINE_PITCH
            elif prev is Role.ATTACHMENT and not text.lstrip().startswith("附件"):
                # further items align with the "1." after "附件：" (GB/T 9704 7.3.5.1)
                extras.setdefault(k, {})["first"] = 2 + text_width("附件：")
        if prev in (Role.TITLE, Role.SUBTITLE) and role in _MARK_BEFORE:
            extras.setdefault(k, {})["before"] = LINE_PITCH  # 标题下空一行 (GB/T 9704 7.3.3)
        if role is Role.SIGNATURE and prev in _MARK_BEFORE:
            extras.setdefault(k, {})["before"] = LINE_PITCH
        if role is Role.DATE and prev is Role.SIGNATURE:
            # 成文日期 starts two characters right of the 署名 start; if it is longer, the date
            # keeps two characters from the right edge and the 署名 moves left (GB/T 9704 7.3.5.2).
            sig, date = text_width(written[k - 1][2].strip()), text_width(text.strip())
            if sig - date >= 2:
                sig_right, date_right = 2.0, sig - date
            else:
                sig_right, date_right = 4 + date - sig, 2.0
            extras.setdefault(k - 1, {})["right"] = sig_right
            extras.setdefault(k, {})["right"] = date_right
        prev = role
    return extras
