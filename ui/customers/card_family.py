"""The card's Family tab: the people around a customer and the days they keep.

Each change is saved at once (like purchases and contacts) through
`custbook.customers.relations`, and the customer's yearly reminders follow
(`custbook.calendar.rules_family`), so a daughter's birthday appears in the calendar.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook.calendar import lunar, rules_family
from custbook.customers import customer_list, phones, relations
from custbook.errors import CustbookError, ValidationError
from ui.customers.card_widgets import add_month_day
from ui.customers.widgets import ErrorLabel


def _day_text(calendar: str, month, day, leap: bool = False) -> str:
    if not calendar or not month or not day:
        return ""
    if calendar == "lunar":
        return lunar.label(month, day, leap)
    return f"{month:02d}-{day:02d}"


class DayFields(QWidget):
    """Solar or lunar, month, day (and leap month for lunar)."""

    def __init__(self, optional: bool):
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.calendar = QComboBox()
        if optional:
            self.calendar.addItem(self.tr("None"), "")
        self.calendar.addItem(self.tr("Solar"), "solar")
        self.calendar.addItem(self.tr("Lunar"), "lunar")
        self.month, self.day = QSpinBox(), QSpinBox()
        self.month.setRange(1, 12)
        self.day.setRange(1, 31)
        self.leap = QCheckBox(self.tr("Leap month"))
        row.addWidget(self.calendar)
        add_month_day(row, self.month, self.day,
                      self.tr("Month %1 Day %2", "the order of a birthday's fields"))
        row.addWidget(self.leap)
        row.addStretch(1)
        self.calendar.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        on = bool(self.calendar.currentData())
        for widget in (self.month, self.day):
            widget.setEnabled(on)
        self.leap.setEnabled(self.calendar.currentData() == "lunar")

    def set(self, calendar: str, month, day, leap: bool) -> None:
        self.calendar.setCurrentIndex(max(self.calendar.findData(calendar or ""), 0))
        self.month.setValue(month or 1)
        self.day.setValue(day or 1)
        self.leap.setChecked(bool(leap))


class RelationDialog(QDialog):
    def __init__(self, parent: QWidget | None, customer_id: int,
                 row: relations.RelationRow | None = None):
        super().__init__(parent)
        self.setObjectName("relationDialog")
        self.setWindowTitle(self.tr("Family member") if row is None else row.name)
        self.customer_id, self.row = customer_id, row
        form = QFormLayout(self)
        self.name = QLineEdit(row.name if row else "")
        self.name.setObjectName("relationName")
        self.relation = QComboBox()
        self.relation.setObjectName("relationKind")
        for code, name in relations.relation_names().items():
            self.relation.addItem(name, code)
        self.relation.setCurrentIndex(max(self.relation.findData(row.relation if row else "child"), 0))
        self.birthday = DayFields(optional=True)
        if row:
            self.birthday.set(row.birthday_calendar, row.birthday_month, row.birthday_day,
                              row.birthday_leap)
        self.card = QComboBox()  # the relation's own card, when they are a customer too
        self.card.setObjectName("relationCard")
        self.card.addItem(self.tr("Not a customer"), None)
        if row and row.linked_id:
            self.card.addItem(row.name, row.linked_id)
            self.card.setCurrentIndex(1)
        self.find_button = QPushButton(self.tr("Find by name"))
        self.find_button.setObjectName("relationFindCard")
        self.find_button.clicked.connect(self.find_cards)
        card_row = QWidget()
        card_layout = QHBoxLayout(card_row)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.card, 1)
        card_layout.addWidget(self.find_button)
        self.phone = QLineEdit(row.phone if row else "")
        self.note = QLineEdit(row.note if row else "")
        self.remind = QCheckBox(self.tr("Remind me every year of their birthday"))
        self.remind.setChecked(row.remind if row else True)
        self.error = ErrorLabel()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Relation"), self.relation)
        form.addRow(self.tr("Their card"), card_row)
        form.addRow(self.tr("Birthday"), self.birthday)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.remind)
        form.addRow("", self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self.saved_id: int | None = None

    def values(self) -> dict:
        return {"name": self.name.text(), "relation": self.relation.currentData(),
                "linked_id": self.card.currentData(),
                "birthday_calendar": self.birthday.calendar.currentData(),
                "birthday_month": self.birthday.month.value() if self.birthday.calendar.currentData() else None,
                "birthday_day": self.birthday.day.value() if self.birthday.calendar.currentData() else None,
                "birthday_leap": self.birthday.leap.isChecked(),
                "phone": self.phone.text(), "note": self.note.text(),
                "remind": self.remind.isChecked()}

    def find_cards(self) -> int:
        """Offer the customers whose name or phone matches what is typed as the name."""
        text = self.name.text().strip()
        chosen = self.card.currentData()
        self.card.clear()
        self.card.addItem(self.tr("Not a customer"), None)
        if text:
            for found in customer_list.pick_customers(text, 10, exclude_id=self.customer_id):
                self.card.addItem(" · ".join(p for p in (found.name, found.phone) if p),
                                  found.id)
        self.card.setCurrentIndex(max(self.card.findData(chosen), 1 if self.card.count() > 1
                                      else 0))
        return self.card.count() - 1

    def save(self) -> None:
        try:
            self.saved_id = relations.save_relation(self.customer_id, self.values(),
                                                    self.row.id if self.row else None)
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class AnniversaryDialog(QDialog):
    def __init__(self, parent: QWidget | None, customer_id: int):
        super().__init__(parent)
        self.setObjectName("anniversaryDialog")
        self.setWindowTitle(self.tr("A day to remember"))
        self.customer_id = customer_id
        form = QFormLayout(self)
        self.kind = QComboBox()
        for code, name in relations.anniversary_names().items():
            self.kind.addItem(name, code)
        self.name = QLineEdit()
        self.day = DayFields(optional=False)
        self.remind = QCheckBox(self.tr("Remind me every year"))
        self.remind.setChecked(True)
        self.error = ErrorLabel()
        form.addRow(self.tr("Which day"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Date"), self.day)
        form.addRow("", self.remind)
        form.addRow("", self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def save(self) -> None:
        try:
            relations.save_anniversary(self.customer_id, {
                "kind": self.kind.currentData(), "name": self.name.text(),
                "calendar": self.day.calendar.currentData(), "month": self.day.month.value(),
                "day": self.day.day.value(), "leap": self.day.leap.isChecked(),
                "remind": self.remind.isChecked()})
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class FamilyPanel(QWidget):
    """Family members and anniversaries of one customer, saved as they are changed."""

    def __init__(self, customer_id: int, today: dt.date):
        super().__init__()
        self.customer_id, self.today = customer_id, today
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Family and friends")))
        self.people = QTableWidget(0, 5)
        self.people.setObjectName("familyTable")
        self.people.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Relation"),
                                               self.tr("Birthday"), self.tr("Phone"),
                                               self.tr("Note")])
        self.days = QTableWidget(0, 3)
        self.days.setObjectName("anniversaryTable")
        self.days.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Date"), self.tr("Note")])
        for table in (self.people, self.days):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().hide()
        layout.addWidget(self.people, 2)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add family member…"))
        self.add_button.setObjectName("addRelationButton")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Remove"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Anniversaries")))
        layout.addWidget(self.days, 1)
        day_row = QHBoxLayout()
        self.add_day_button = QPushButton(self.tr("Add a day…"))
        self.add_day_button.setObjectName("addAnniversaryButton")
        self.delete_day_button = QPushButton(self.tr("Remove"))
        day_row.addWidget(self.add_day_button)
        day_row.addWidget(self.delete_day_button)
        day_row.addStretch(1)
        layout.addLayout(day_row)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.people.doubleClicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.add_day_button.clicked.connect(self.add_day)
        self.delete_day_button.clicked.connect(self.delete_day)
        self.rows: list[relations.RelationRow] = []
        self.day_rows: list[relations.AnniversaryRow] = []
        self.reload()

    def reload(self) -> None:
        self.rows = relations.relations_of(self.customer_id)
        names = relations.relation_names()
        self.people.setRowCount(len(self.rows))
        for n, r in enumerate(self.rows):
            cells = [r.name, names.get(r.relation, r.relation),
                     _day_text(r.birthday_calendar, r.birthday_month, r.birthday_day,
                               r.birthday_leap),
                     phones.format_for_display(r.phone) if r.phone else "", r.note]
            for col, text in enumerate(cells):
                self.people.setItem(n, col, QTableWidgetItem(text))
        self.day_rows = relations.anniversaries_of(self.customer_id)
        self.days.setRowCount(len(self.day_rows))
        for n, a in enumerate(self.day_rows):
            for col, text in enumerate([a.title(), _day_text(a.calendar, a.month, a.day, a.leap),
                                        a.note]):
                self.days.setItem(n, col, QTableWidgetItem(text))

    def _changed(self) -> None:
        try:
            rules_family.after_family_change(self.customer_id, self.today)
        except CustbookError:
            pass
        self.reload()

    def edit(self, row: relations.RelationRow | None) -> RelationDialog:
        dialog = RelationDialog(self, self.customer_id, row)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def edit_selected(self) -> None:
        n = self.people.currentRow()
        if 0 <= n < len(self.rows):
            self.edit(self.rows[n])

    def delete_selected(self) -> None:
        n = self.people.currentRow()
        if 0 <= n < len(self.rows):
            relations.delete_relation(self.rows[n].id)
            self._changed()

    def add_day(self) -> AnniversaryDialog:
        dialog = AnniversaryDialog(self, self.customer_id)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def delete_day(self) -> None:
        n = self.days.currentRow()
        if 0 <= n < len(self.day_rows):
            relations.delete_anniversary(self.day_rows[n].id)
            self._changed()
