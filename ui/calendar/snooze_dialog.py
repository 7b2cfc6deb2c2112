"""Choosing the day a snoozed reminder comes back."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from ui.calendar.common import py_date, qdate
from ui.calendar.week_start import qt_first_day


class SnoozeDialog(QDialog):
    def __init__(self, today: dt.date, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("snoozeDialog")
        self.setWindowTitle(self.tr("Snooze until"))
        layout = QVBoxLayout(self)
        label = QLabel(title)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("snoozeCalendar")
        self.calendar.setFirstDayOfWeek(qt_first_day())  # not a pop-up: set here
        self.calendar.setMinimumDate(qdate(today))
        self.calendar.setSelectedDate(qdate(today + dt.timedelta(days=1)))
        self.calendar.activated.connect(lambda _: self.accept())
        layout.addWidget(self.calendar)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def day(self) -> dt.date:
        """The day chosen."""
        return py_date(self.calendar.selectedDate())
