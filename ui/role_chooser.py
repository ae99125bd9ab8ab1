"""The Format bar's paragraph chooser (段落): what the paragraph at the cursor is, and choosing
fixes it (the analysis then keeps that role for it).

Item 0 is "Automatic", showing the role the analysis gave ("Automatic (Body text)"); a fixed role
shows as itself. The chooser changes only when the cursor enters a paragraph of another role:
typing inside one paragraph leaves it alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.model import Role
from ui.editor import ReportEditor
from ui.live import LiveAnalysis
from ui.styling import fixed_role

CHOOSER_ROLES = [
    Role.MASTHEAD, Role.TITLE, Role.ADDRESSEE, Role.HEADING_1, Role.HEADING_2, Role.HEADING_3,
    Role.HEADING_4, Role.BODY, Role.SIGNATURE, Role.DATE, Role.ATTACHMENT,
]  # fmt: skip


class RoleChooser(QComboBox):
    def __init__(self, editor: ReportEditor, live: LiveAnalysis, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor = editor
        self.live = live
        self._shown: tuple[Role | None, bool] | None = None
        self.setObjectName("roleChooser")
        self.setToolTip(self.tr("What the paragraph is; choosing fixes it"))
        self.addItem(self.tr("Automatic"), None)
        for role in CHOOSER_ROLES:
            self.addItem(self.role_name(role), role.value)
        self.activated.connect(self._on_chosen)

    def role_name(self, role: Role | None) -> str:
        names = {
            Role.MASTHEAD: self.tr("Issuing organ mark (red head)"),
            Role.TITLE: self.tr("Title"), Role.SUBTITLE: self.tr("Subtitle"),
            Role.DOC_NUMBER: self.tr("Document number"), Role.ADDRESSEE: self.tr("Addressee"),
            Role.CHAPTER: self.tr("Chapter"), Role.HEADING_1: self.tr("Heading 1 (一、)"),
            Role.HEADING_2: self.tr("Heading 2 (（一）)"),
            Role.HEADING_3: self.tr("Heading 3 (1.)"),
            Role.HEADING_4: self.tr("Heading 4 (（1）)"), Role.BODY: self.tr("Body text"),
            Role.ATTACHMENT: self.tr("Attachment note"), Role.SIGNATURE: self.tr("Signature"),
            Role.DATE: self.tr("Date"), Role.JUNK: self.tr("Not part of the report"),
            Role.BLANK: self.tr("Blank"),
        }  # fmt: skip
        return names.get(role, self.tr("Automatic")) if role else self.tr("Automatic")

    def follow_cursor(self, index: int) -> None:
        """Show the role of paragraph ``index`` (the cursor's)."""
        analysis = self.live.analysis
        fixed = fixed_role(self.editor.textCursor().block().blockFormat())
        role = fixed
        if role is None and analysis is not None and index < len(analysis.roles):
            role = analysis.roles[index]
        shown = (role, fixed is not None)
        if shown == self._shown:
            return
        self._shown = shown
        k = self.findData(role.value if fixed is not None and role else None)
        auto = self.tr("Automatic")
        self.setItemText(0, auto + (f" ({self.role_name(role)})" if role and not fixed else ""))
        self.setCurrentIndex(max(k, 0))

    def _on_chosen(self, row: int) -> None:
        value = self.itemData(row)
        index, _ = self.editor.cursor_location()
        self.editor.set_role(index, Role(value) if value else None)
        self.live.flush()
