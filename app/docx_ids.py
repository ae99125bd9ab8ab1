"""The paragraph and character style ids ReportDesk's Word export writes, for the writer and the
reader alike: the reader recognises a file the app exported by these ids (and gives its
paragraphs back the roles they were written with) without importing the writer."""

from __future__ import annotations

from app.model import Role

ROLE_STYLES: dict[Role, str] = {
    Role.TITLE: "GwTitle",
    Role.SUBTITLE: "GwSubtitle",
    Role.DOC_NUMBER: "GwDocNumber",
    Role.ADDRESSEE: "GwAddressee",
    Role.CHAPTER: "GwChapter",
    Role.HEADING_1: "GwHeading1",
    Role.HEADING_2: "GwHeading2",
    Role.HEADING_3: "GwHeading3",
    Role.HEADING_4: "GwHeading4",
    Role.BODY: "GwBody",
    Role.ATTACHMENT: "GwAttachment",
    Role.SIGNATURE: "GwSignature",
    Role.DATE: "GwDate",
    Role.JUNK: "GwJunk",
    Role.BLANK: "Normal",
    Role.MASTHEAD: "GwMasthead",
}
ATTACHMENT_LABEL_STYLE = "GwAttachmentLabel"
HEADING_CHAR_STYLES: dict[int, str] = {level: f"GwHeading{level}Char" for level in (1, 2, 3, 4)}
PAGE_NUMBER_STYLE = "GwPageNumber"
