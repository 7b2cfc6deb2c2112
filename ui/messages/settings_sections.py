"""Settings › Messages (the templates) and Settings › Fields (the shop's own fields).

Both save as they are edited (like Settings › Staff), so `values()` is empty and
`save()` has nothing left to do. Added to the dialog with `SECTIONS.append` as
ui.settings.dialog invites.
"""
from __future__ import annotations

from ui.customers.card_fields import FieldsEditor
from ui.messages.templates_editor import TemplatesEditor
from ui.settings import dialog as settings_dialog
from ui.settings.section import SettingsSection


class MessagesSection(SettingsSection):
    name = "messages"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.editor = TemplatesEditor(self)
        self.layout_.addWidget(self.editor, 1)

    def title(self) -> str:
        return self.tr("Messages")


class FieldsSection(SettingsSection):
    name = "fields"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.editor = FieldsEditor(self)
        self.layout_.addWidget(self.editor, 1)

    def title(self) -> str:
        return self.tr("Fields")


def register() -> None:
    """Add the two sections once (idempotent)."""
    for cls in (MessagesSection, FieldsSection):
        if cls not in settings_dialog.SECTIONS:
            settings_dialog.SECTIONS.append(cls)
