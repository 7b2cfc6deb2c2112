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

    def save(self) -> bool:
        """OK keeps a template still being written (as its Save button would)."""
        editor = self.editor
        t = editor.editing
        typed = (editor.name.text().strip(), editor.text.toPlainText())
        if t is None and not any(typed):
            return True
        if t is not None and typed == (t.name, t.text) and \
                editor.kind.currentData() == t.kind and \
                editor.promotional.isChecked() == t.promotional:
            return True
        return editor.save()


class FieldsSection(SettingsSection):
    name = "fields"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.editor = FieldsEditor(self)
        self.layout_.addWidget(self.editor, 1)

    def title(self) -> str:
        return self.tr("Fields")

    def save(self) -> bool:
        """OK keeps a field still being written (as its Save button would)."""
        editor = self.editor
        f = next((d for d in editor.defs if d.id == editor.editing), None)
        name = editor.name.text().strip()
        if f is None and not name:
            return True
        if f is not None and (name, editor.kind.currentData(), editor.heading.text().strip(),
                              editor.in_list.isChecked(), editor.choices.toPlainText().strip()) \
                == (f.name, f.kind, f.heading, f.in_list, "\n".join(f.choices)):
            return True
        return editor.save()


def register() -> None:
    """Add the two sections once (idempotent)."""
    for cls in (MessagesSection, FieldsSection):
        if cls not in settings_dialog.SECTIONS:
            settings_dialog.SECTIONS.append(cls)
