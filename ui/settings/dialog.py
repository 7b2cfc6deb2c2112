"""The Settings dialog (File › Settings…, Ctrl+,): a list of sections on the left.

OK and Apply check every section's book settings together (custbook.shop.shop_settings);
each refusal is shown beside its field, the first refused section comes forward, and
nothing is stored until every value is acceptable. What the user typed stays.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QScrollArea, QStackedWidget,
    QVBoxLayout,
)

from custbook.errors import ValidationError
from custbook.shop import shop_settings
from ui.settings.section import SettingsSection
from ui.settings.shop_sections import (
    BackupsSection, LanguageSection, LockSection, ShopSection, WorkSection,
)
from ui.settings.staff_section import StaffSection
from ui.settings.words_section import WordsSection
from ui.membership.settings_section import MembershipSection

# The sections, in order. Another feature adds its own with `SECTIONS.append(cls)`
# (a SettingsSection subclass taking `parent`).
SECTIONS: list[type[SettingsSection]] = [ShopSection, WorkSection, StaffSection, WordsSection,
                                         BackupsSection, LanguageSection, LockSection]
SECTIONS.append(MembershipSection)  # issue 18: points rules, the receipt's thank-you line


class SettingsDialog(QDialog):
    """All the shop's settings; `language_changed_to` is set when the language was changed."""

    def __init__(self, parent=None, switch_language=None, start: str = ""):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language_changed_to: str | None = None
        self.sections: list[SettingsSection] = []
        self.list = QListWidget()
        self.list.setObjectName("settingsSections")
        self.list.setFixedWidth(170)
        self.list.setSpacing(2)
        self.stack = QStackedWidget()
        for cls in SECTIONS:
            section = cls(self) if cls is not LanguageSection else cls(self, switch_language)
            section.load()
            self.sections.append(section)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(section)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.stack.addWidget(scroll)
            self.list.addItem(section.title())
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.Apply)
        buttons.setObjectName("settingsButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons = buttons
        top = QHBoxLayout()
        top.addWidget(self.list)
        top.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(buttons)
        self.resize(QSize(820, 600))
        self.show_section(start or self.sections[0].name)

    def section(self, name: str) -> SettingsSection:
        return next(s for s in self.sections if s.name == name)

    def show_section(self, name: str) -> None:
        self.list.setCurrentRow(next(i for i, s in enumerate(self.sections) if s.name == name))

    def apply(self) -> bool:
        """Check everything, show each refusal beside its field; store only if all is well."""
        for section in self.sections:
            section.clear_errors()
        values: dict[str, object] = {}
        for section in self.sections:
            values.update(section.values())
        _, bad = shop_settings.check_all(values)
        refused = [s for s in self.sections if any(s.show_error(k, m) for k, m in bad.items())]
        if refused:
            self.show_section(refused[0].name)
            return False
        try:
            shop_settings.save(values)
        except ValidationError as exc:  # changed under us (another PC): shown the same way
            for section in self.sections:
                section.show_error(exc.field, exc.message)
            return False
        for section in self.sections:
            if not section.save():
                self.show_section(section.name)
                return False
        language = self.section("language")
        self.language_changed_to = getattr(language, "changed_to", None)
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()
