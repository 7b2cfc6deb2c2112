"""Settings › Staff: who works in the shop. Deactivated people stay in history."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
    QTableWidgetItem,
)

from custbook.errors import ValidationError
from custbook.shop import staff
from ui.settings.section import SettingsSection


class StaffSection(SettingsSection):
    """Add, rename, set a role, deactivate or bring back a staff member (saved at once)."""

    name = "staff"

    def __init__(self, parent=None):
        super().__init__(parent)
        intro = QLabel(self.tr("Every staff picker lists the active staff. Someone who left "
                               "is deactivated: their name stays on what they did."))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("staffTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"),
                                              self.tr("Status"), self.tr("Records")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.layout_.addWidget(self.table, 1)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.name_edit = self.add_row(form, self.tr("Name:"), "name", QLineEdit())
        self.role_edit = self.add_row(form, self.tr("Role:"), "role", QLineEdit())
        self.role_edit.setPlaceholderText(self.tr("e.g. shop assistant, manager"))
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("staffAdd")
        self.change_button = QPushButton(self.tr("Save changes"))
        self.change_button.setObjectName("staffChange")
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.setObjectName("staffActive")
        for button in (self.add_button, self.change_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.active_button.clicked.connect(self.toggle_active)
        self.people: list[staff.StaffMember] = []

    def title(self) -> str:
        return self.tr("Staff")

    def load(self) -> None:
        self.people = staff.staff_list()
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            cells = (person.name, person.role,
                     self.tr("Active") if person.active else self.tr("Deactivated"),
                     str(person.uses))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not person.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._selected()

    def current(self) -> staff.StaffMember | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows else None

    def _selected(self) -> None:
        person = self.current()
        self.change_button.setEnabled(person is not None)
        self.active_button.setEnabled(person is not None)
        if person is not None:
            self.name_edit.setText(person.name)
            self.role_edit.setText(person.role)
            self.active_button.setText(self.tr("Deactivate") if person.active
                                       else self.tr("Bring back"))

    def _run(self, action) -> bool:
        self.clear_errors()
        try:
            action()
        except ValidationError as exc:
            self.show_error(exc.field, exc.message)
            return False
        return True

    def _select(self, name: str) -> None:
        for row, person in enumerate(self.people):
            if person.name == name:
                self.table.selectRow(row)

    def add(self) -> None:
        name = self.name_edit.text()
        if self._run(lambda: staff.add_staff(name, self.role_edit.text())):
            self.load()
            self._select(" ".join(name.split()))

    def change(self) -> None:
        person = self.current()
        name = self.name_edit.text()
        if person and self._run(lambda: staff.update_staff(person.id, name,
                                                           self.role_edit.text())):
            self.load()
            self._select(" ".join(name.split()))

    def toggle_active(self) -> None:
        person = self.current()
        if person:
            staff.set_active(person.id, not person.active)
            self.load()
            self._select(person.name)
