"""Marking a reminder done: how the contact went, a note, and a quick satisfaction rating.

The contact goes into the customer's contact log. Reached finishes the reminder (or
moves a series on); Not reached and Call back later log the attempt and bring the
same reminder back on the day chosen. A rating, if the customer gave one (with the
optional score, recommend answer and their words), is kept as a follow-up
satisfaction record by the staff member named under "By" (whoever is on duty, unless
changed), who is also named on the contact.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from custbook import vocab
from custbook.calendar import reminder_actions, reminder_titles
from custbook.safety import audit
from custbook.errors import CustbookError, ValidationError
from custbook.calendar.reminders import Occurrence
from ui.calendar.common import ERROR_STYLE, date_edit, py_date, qdate
from ui.satisfaction_entry import SatisfactionEntry
from ui.staff_picker import staff_combo


class DoneDialog(QDialog):
    def __init__(self, item: Occurrence, today: dt.date, parent=None):
        super().__init__(parent)
        self.setObjectName("doneDialog")
        self.item, self.today = item, today
        self.completion: reminder_actions.Completion | None = None
        who = item.customer_name or self.tr("(the shop)")
        self.setWindowTitle(self.tr("Done: %1").replace("%1", who))
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{who}</b> {item.phone}<br>{item.title}")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        form = QFormLayout()
        results = QHBoxLayout()
        self.results = QButtonGroup(self)
        self.result_buttons: dict[str, QRadioButton] = {}
        for key in reminder_actions.OUTCOMES:
            button = QRadioButton(reminder_titles.results()[key])
            button.setObjectName(f"result_{key}")
            self.results.addButton(button)
            self.result_buttons[key] = button
            results.addWidget(button)
            button.toggled.connect(self._result_changed)
        form.addRow(self.tr("How did it go?"), results)
        self.kind = QComboBox()
        self.kind.setObjectName("contactKind")
        for code, name in vocab.contact_kinds().items():
            self.kind.addItem(name, code)
        self.kind.setCurrentIndex(self.kind.findData("visit" if item.kind == "visit" else "call"))
        form.addRow(self.tr("Contact by"), self.kind)
        self.note = QPlainTextEdit()
        self.note.setObjectName("doneNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What was said, what to remember next time…"))
        self.note.setFixedHeight(80)
        form.addRow(self.tr("Note"), self.note)
        self.staff = staff_combo(audit.current_staff(), "doneStaff")
        form.addRow(self.tr("By"), self.staff)
        self.retry = date_edit(today + dt.timedelta(days=1), "retryOn")
        self.retry_label = QLabel(self.tr("Try again on"))
        form.addRow(self.retry_label, self.retry)
        layout.addLayout(form)
        self.rating_box = QGroupBox(self.tr("Satisfaction, if the customer said"))
        self.rating_box.setObjectName("doneSatisfaction")
        box_layout = QVBoxLayout(self.rating_box)
        self.entry = SatisfactionEntry(self.rating_box, optional=True, with_staff=False)
        self.entry.comment.setPlaceholderText(self.tr("Their words (the note is used if empty)"))
        box_layout.addWidget(self.entry)
        self.rating, self.score = self.entry.rating, self.entry.score
        self.rating.setObjectName("doneRating")
        self.score.setObjectName("doneScore")
        self.recommend, self.comment = self.entry.recommend, self.entry.comment
        layout.addWidget(self.rating_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if item.customer_id is None:  # the shop's own reminder: nobody to rate
            self.kind.setEnabled(False)
            self.rating_box.setEnabled(False)
        self.result_buttons["reached"].setChecked(True)

    def result(self) -> str:
        return next(k for k, b in self.result_buttons.items() if b.isChecked())

    def _result_changed(self) -> None:
        retry = self.result() != "reached"
        self.retry.setEnabled(retry)
        self.retry_label.setEnabled(retry)
        if retry:
            days = 1 if self.result() == "not_reached" else 3
            self.retry.setDate(qdate(self.today + dt.timedelta(days=days)))

    def save(self) -> None:
        """Write the contact (and rating) and finish or reschedule; errors stay in the dialog."""
        self.error.hide()
        self.entry.clear_errors()
        rated = self.item.customer_id is not None and self.entry.rating.value() is not None
        values = self.entry.values()
        try:
            self.completion = reminder_actions.complete(
                self.item.reminder_id, self.today, self.result(), self.note.toPlainText(),
                self.kind.currentData() if self.item.customer_id else "call",
                staff_id=self.staff.currentData(),
                rating=values["rating"] if rated else None,
                score=values["score"] if rated else None,
                recommend=values["recommend"] if rated else None,
                comment=(values["comment"] or None) if rated else None,
                retry_on=py_date(self.retry.date()) if self.result() != "reached" else None)
        except ValidationError as exc:
            if not self.entry.show_error(exc):
                self.error.setText(exc.message)
                self.error.show()
            return
        except CustbookError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()
