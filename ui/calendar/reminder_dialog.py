"""Adding or editing a reminder: for whom, what, when, how many days ahead, how it repeats.

Repeats: none, every N days/weeks/months, monthly on a weekday ("the third Monday"),
every year on a solar date, or every year on a lunar date (month, day, leap month),
with an optional last day. The next days it falls on are shown as the fields change,
so a lunar birthday can be checked against the solar calendar before saving. A refused
save shows the reason and puts the cursor in the field; nothing typed is lost.
A reminder made by an automatic rule keeps its rule: only its title, notes, time,
lead days and this time's day can change.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QStringListModel, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from custbook import vocab
from custbook.calendar import lunar, recurrence, reminder_actions, reminder_titles
from custbook.errors import CustbookError, ValidationError
from custbook.models import Customer, Reminder
from ui import format as fmt
from ui.calendar.common import ERROR_STYLE, date_edit, py_date, qdate


class CustomerField(QWidget):
    """Type a name or phone digits and pick the customer; or leave it for the shop."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.customer_id: int | None = None
        self._found: dict[str, int] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName("reminderCustomer")
        self.edit.setPlaceholderText(self.tr("Type a name or phone number; empty: for the shop"))
        self.edit.setClearButtonEnabled(True)
        row.addWidget(self.edit, 1)
        self.chosen = QLabel()
        self.chosen.setObjectName("reminderCustomerChosen")
        row.addWidget(self.chosen)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        self.completer.activated[str].connect(self.pick_text)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(self.look_up)
        self.edit.textEdited.connect(lambda _: (self._forget(), self._typing.start()))

    def _forget(self) -> None:
        self.customer_id = None
        self.chosen.setText("")

    def look_up(self) -> None:
        """Offer the customers matching what was typed (the Customers page's search)."""
        # start-up: importing it here, not at the top, saves 109 ms when this module loads
        from custbook.customers import customer_list

        text = self.edit.text().strip()
        rows = customer_list.search_customers(text, 12) if text else []
        self._found = {f"{r.name}  {r.phone}".strip(): r.id for r in rows}
        self._model.setStringList(list(self._found))
        if rows:
            self.completer.complete()

    def pick_text(self, text: str) -> None:
        if text in self._found:
            self.set_customer(self._found[text])

    def set_customer(self, customer_id: int | None) -> None:
        """Show a chosen customer (None: the shop's own reminder)."""
        self.customer_id = customer_id
        if customer_id is None:
            self.edit.setText("")
            self.chosen.setText("")
            return
        customer = Customer.get_or_none(Customer.id == customer_id)
        self.edit.setText(customer.name if customer else "")
        self.chosen.setText("✓")


class ReminderDialog(QDialog):
    REPEATS = ("none", "days", "weeks", "months", "monthly_weekday", "yearly", "yearly_lunar")

    def __init__(self, today: dt.date, reminder_id: int | None = None,
                 day: dt.date | None = None, customer_id: int | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("reminderDialog")
        self.today, self.reminder_id = today, reminder_id
        self.saved: Reminder | None = None
        row = Reminder.get_by_id(reminder_id) if reminder_id else None
        self.automatic = bool(row and row.rule)
        self.setWindowTitle(self.tr("Edit reminder") if row else self.tr("New reminder"))
        layout = QVBoxLayout(self)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        form = QFormLayout()
        self.customer = CustomerField()
        form.addRow(self.tr("Customer"), self.customer)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("reminderTitle")
        self.title_edit.setPlaceholderText(self.tr("What to do, e.g. Ask how the coat fits"))
        form.addRow(self.tr("What"), self.title_edit)
        self.kind = QComboBox()
        self.kind.setObjectName("reminderKind")
        for code, name in vocab.reminder_kinds().items():
            self.kind.addItem(name, code)
        form.addRow(self.tr("Kind"), self.kind)
        when = QHBoxLayout()
        self.due = date_edit(day or today, "reminderDate")
        self.timed = QCheckBox(self.tr("at"))
        self.timed.setObjectName("reminderTimed")
        self.time = QTimeEdit(QTime(10, 0))
        self.time.setObjectName("reminderTime")
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(False)
        self.timed.toggled.connect(self.time.setEnabled)
        when.addWidget(self.due)
        when.addWidget(self.timed)
        when.addWidget(self.time)
        when.addStretch(1)
        self.day_label = QLabel(self.tr("Day"))
        form.addRow(self.day_label, when)
        self.lead = QSpinBox()
        self.lead.setObjectName("reminderLead")
        self.lead.setRange(0, 365)
        self.lead.setSuffix(self.tr(" days ahead"))
        self.lead.setSpecialValueText(self.tr("on the day"))
        form.addRow(self.tr("Show it"), self.lead)
        form.addRow(self.tr("Repeats"), self._repeat_box())
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("reminderNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("Notes"), self.notes)
        layout.addLayout(form)
        self.rule_note = QLabel()
        self.rule_note.setObjectName("ruleNote")
        self.rule_note.setWordWrap(True)
        self.rule_note.hide()
        layout.addWidget(self.rule_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.customer.set_customer(customer_id)
        if row is not None:
            self._load(row)
        for signal in (self.due.dateChanged, self.repeat.currentIndexChanged,
                       self.interval.valueChanged, self.nth.currentIndexChanged,
                       self.weekday.currentIndexChanged, self.lunar_month.valueChanged,
                       self.lunar_day.valueChanged, self.lunar_leap.toggled,
                       self.has_until.toggled, self.until.dateChanged):
            signal.connect(self._repeat_changed)
        self._repeat_changed()

    # --- building
    def _repeat_box(self) -> QWidget:
        box = QWidget()
        grid = QVBoxLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        first = QHBoxLayout()
        self.repeat = QComboBox()
        self.repeat.setObjectName("repeatCombo")
        names = {"none": self.tr("Does not repeat"), "days": self.tr("Every N days"),
                 "weeks": self.tr("Every N weeks"), "months": self.tr("Every N months"),
                 "monthly_weekday": self.tr("Monthly on a weekday (e.g. the third Monday)"),
                 "yearly": self.tr("Every year (solar date)"),
                 "yearly_lunar": self.tr("Every year (lunar date)")}
        for code in self.REPEATS:
            self.repeat.addItem(names[code], code)
        self.interval = QSpinBox()
        self.interval.setObjectName("repeatInterval")
        self.interval.setRange(1, 999)
        self.interval.setPrefix(self.tr("every "))
        first.addWidget(self.repeat, 1)
        first.addWidget(self.interval)
        grid.addLayout(first)
        self.weekday_row = QWidget()
        weekday_row = QHBoxLayout(self.weekday_row)
        weekday_row.setContentsMargins(0, 0, 0, 0)
        self.nth = QComboBox()
        self.nth.setObjectName("repeatNth")
        for nth in (1, 2, 3, 4, 5, -1):
            self.nth.addItem(recurrence.nth_name(nth), nth)
        self.weekday = QComboBox()
        self.weekday.setObjectName("repeatWeekday")
        for index in range(7):
            self.weekday.addItem(recurrence.weekday_name(index), index)
        weekday_row.addWidget(QLabel(self.tr("on the")))
        weekday_row.addWidget(self.nth)
        weekday_row.addWidget(self.weekday)
        weekday_row.addStretch(1)
        grid.addWidget(self.weekday_row)
        self.lunar_row = QWidget()
        lunar_row = QHBoxLayout(self.lunar_row)
        lunar_row.setContentsMargins(0, 0, 0, 0)
        self.lunar_month = QSpinBox()
        self.lunar_month.setObjectName("lunarMonth")
        self.lunar_month.setRange(1, 12)
        self.lunar_month.setPrefix(self.tr("lunar month "))
        self.lunar_day = QSpinBox()
        self.lunar_day.setObjectName("lunarDay")
        self.lunar_day.setRange(1, 30)
        self.lunar_day.setPrefix(self.tr("day "))
        self.lunar_leap = QCheckBox(self.tr("leap month"))
        self.lunar_leap.setObjectName("lunarLeap")
        from_day = QPushButton(self.tr("Lunar date of the day above"))
        from_day.setObjectName("lunarFromDay")
        from_day.clicked.connect(self._lunar_from_day)
        for widget in (self.lunar_month, self.lunar_day, self.lunar_leap, from_day):
            lunar_row.addWidget(widget)
        lunar_row.addStretch(1)
        grid.addWidget(self.lunar_row)
        until_row = QHBoxLayout()
        self.has_until = QCheckBox(self.tr("until"))
        self.has_until.setObjectName("repeatHasUntil")
        self.until = date_edit(self.today + dt.timedelta(days=365), "repeatUntil")
        self.until.setEnabled(False)
        self.has_until.toggled.connect(self.until.setEnabled)
        until_row.addWidget(self.has_until)
        until_row.addWidget(self.until)
        until_row.addStretch(1)
        self.until_row = QWidget()
        self.until_row.setLayout(until_row)
        until_row.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.until_row)
        self.preview = QLabel()
        self.preview.setObjectName("repeatPreview")
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet("color: #2f6f8f;")
        grid.addWidget(self.preview)
        return box

    def _load(self, row: Reminder) -> None:
        self.title_edit.setText(row.title)
        if self.automatic and not row.title:
            self.title_edit.setPlaceholderText(reminder_titles.title(
                "", row.rule, row.rule_key, row.kind, (row.lunar_month, row.lunar_day,
                                                       row.lunar_leap)))
        self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self.customer.set_customer(row.customer_id)
        shown = row.next_on if self.automatic and row.next_on else row.due_on
        self.due.setDate(qdate(shown))
        if row.due_time:
            hours, minutes = (int(x) for x in row.due_time.split(":"))
            self.timed.setChecked(True)
            self.time.setTime(QTime(hours, minutes))
        self.lead.setValue(row.lead_days or 0)
        self.notes.setPlainText(row.notes or "")
        self.repeat.setCurrentIndex(self.repeat.findData(row.repeat or "none"))
        self.interval.setValue(row.repeat_interval or 1)
        if row.repeat_nth:
            self.nth.setCurrentIndex(self.nth.findData(row.repeat_nth))
        if row.repeat_weekday is not None:
            self.weekday.setCurrentIndex(row.repeat_weekday)
        if row.lunar_month:
            self.lunar_month.setValue(row.lunar_month)
            self.lunar_day.setValue(row.lunar_day)
            self.lunar_leap.setChecked(bool(row.lunar_leap))
        if row.repeat_until:
            self.has_until.setChecked(True)
            self.until.setDate(qdate(row.repeat_until))
        if self.automatic:
            for widget in (self.customer, self.kind, self.repeat, self.interval, self.nth,
                           self.weekday, self.lunar_row, self.until_row):
                widget.setEnabled(False)
            names = reminder_titles.rule_names()
            note = self.tr("Made by the rule “%1”. Changing the day moves this time only.")
            self.rule_note.setText(note.replace("%1", names.get(row.rule, row.rule)))
            self.rule_note.show()

    # --- behaviour
    def _lunar_from_day(self) -> None:
        found = lunar.to_lunar(py_date(self.due.date()))
        self.lunar_month.setValue(found.month)
        self.lunar_day.setValue(found.day)
        self.lunar_leap.setChecked(found.leap)

    def _repeat_changed(self, *_) -> None:
        code = self.repeat.currentData()
        self.interval.setVisible(code not in ("none", "yearly_lunar"))
        units = {"days": self.tr(" days"), "weeks": self.tr(" weeks"),
                 "months": self.tr(" months"), "monthly_weekday": self.tr(" months"),
                 "yearly": self.tr(" years")}
        self.interval.setSuffix(units.get(code, ""))
        self.weekday_row.setVisible(code == "monthly_weekday")
        self.lunar_row.setVisible(code == "yearly_lunar")
        self.until_row.setVisible(code != "none")
        self.day_label.setText(self.tr("Day") if code == "none" else self.tr("Starts on"))
        if code == "monthly_weekday" and not self.automatic and self.sender() is self.repeat:
            day = py_date(self.due.date())
            self.weekday.setCurrentIndex(day.weekday())
            self.nth.setCurrentIndex(self.nth.findData(min((day.day - 1) // 7 + 1, 5)))
        if code == "yearly_lunar" and self.sender() is self.repeat and not self.automatic:
            self._lunar_from_day()
        self.preview.setText(self._preview())

    def data(self) -> dict:
        """The fields as the core's save_reminder takes them."""
        code = self.repeat.currentData()
        return {
            "customer_id": self.customer.customer_id, "title": self.title_edit.text(),
            "kind": self.kind.currentData(), "due_on": py_date(self.due.date()),
            "due_time": self.time.time().toString("HH:mm") if self.timed.isChecked() else "",
            "lead_days": self.lead.value(), "notes": self.notes.toPlainText(), "repeat": code,
            "repeat_interval": self.interval.value() if code != "yearly_lunar" else 1,
            "repeat_weekday": self.weekday.currentData() if code == "monthly_weekday" else None,
            "repeat_nth": self.nth.currentData() if code == "monthly_weekday" else None,
            "lunar_month": self.lunar_month.value() if code == "yearly_lunar" else None,
            "lunar_day": self.lunar_day.value() if code == "yearly_lunar" else None,
            "lunar_leap": self.lunar_leap.isChecked() if code == "yearly_lunar" else False,
            "repeat_until": py_date(self.until.date()) if self.has_until.isChecked()
            and code != "none" else None,
        }

    def _preview(self) -> str:
        data = self.data()
        if data["repeat"] == "none":
            return ""
        rule = recurrence.Rule(data["repeat"], data["due_on"], data["repeat_interval"],
                               data["repeat_weekday"], data["repeat_nth"], data["lunar_month"],
                               data["lunar_day"], data["lunar_leap"], data["repeat_until"])
        try:
            days = recurrence.occurrences(rule, max(self.today, data["due_on"]),
                                          max(self.today, data["due_on"])
                                          + dt.timedelta(days=366 * 3))[:3]
        except ValueError:
            days = []
        if not days:
            return self.tr("It does not fall on any day in the next three years.")
        return self.tr("Next: %1").replace("%1", ", ".join(fmt.date(d) for d in days))

    def save(self) -> None:
        """Save through the core; a refusal shows its reason beside the field."""
        data = self.data()
        if self.customer.customer_id is None and self.customer.edit.text().strip():
            self._show_error("customer", self.tr(
                "Choose the customer from the list, or clear the field for the shop's own "
                "reminder."))
            return
        try:
            self.saved = reminder_actions.save_reminder(data, self.today, self.reminder_id)
        except ValidationError as exc:
            self._show_error(exc.field, exc.message)
            return
        except CustbookError as exc:
            self._show_error("", str(exc))
            return
        self.accept()

    def _show_error(self, field: str, message: str) -> None:
        widgets = {"customer": self.customer.edit, "title": self.title_edit, "kind": self.kind,
                   "due_on": self.due, "due_time": self.time, "lead_days": self.lead,
                   "repeat": self.repeat, "repeat_interval": self.interval,
                   "repeat_nth": self.nth, "lunar": self.lunar_month,
                   "repeat_until": self.until}
        self.error.setText(message)
        self.error.show()
        widget = widgets.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
