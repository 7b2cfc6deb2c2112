"""The filter bar above the complaint list: what to show, and a search box.

Every choice becomes one `ComplaintFilter`; the bar emits it whenever it changes (the
search after a short pause in typing, so each key does not re-query the book).
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget,
)

from custbook import complaints, vocab

PERIODS = ("any", "7", "30", "90", "365", "year", "custom")


class ComplaintFilterBar(QWidget):
    sig_changed = Signal(object)
    """sig_changed(flt: ComplaintFilter): the user changed what the list shows."""

    def __init__(self, today: Callable[[], dt.date], parent=None):
        super().__init__(parent)
        self._today = today
        self._customer: tuple[int, str] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        self.show_box = QComboBox()
        self.show_box.setObjectName("complaintFilter")
        self.show_box.addItem(self.tr("Open complaints"), "open")
        self.show_box.addItem(self.tr("All complaints"), "all")
        self.show_box.addItem(self.tr("Overdue"), "overdue")
        for code, name in vocab.complaint_statuses().items():
            self.show_box.addItem(name, code)
        row.addWidget(self.show_box)
        self.category_box = QComboBox()
        self.category_box.setObjectName("categoryFilter")
        row.addWidget(self.category_box)
        self.staff_box = QComboBox()
        self.staff_box.setObjectName("staffFilter")
        row.addWidget(self.staff_box)
        self.period_box = QComboBox()
        self.period_box.setObjectName("periodFilter")
        for code, text in zip(PERIODS, (
                self.tr("Any time"), self.tr("Last 7 days"), self.tr("Last 30 days"),
                self.tr("Last 90 days"), self.tr("Last 12 months"), self.tr("This year"),
                self.tr("From … to …"))):
            self.period_box.addItem(text, code)
        row.addWidget(self.period_box)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.start_edit, "periodStart"), (self.end_edit, "periodEnd")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.hide()
            edit.dateChanged.connect(self._emit)
            row.addWidget(edit)
        self.search = QLineEdit()
        self.search.setObjectName("complaintSearch")
        self.search.setPlaceholderText(self.tr("Search name, phone, words, #number"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        row.addWidget(self.search, 1)
        outer.addLayout(row)
        chip = QHBoxLayout()
        self.customer_label = QLabel()
        self.customer_label.setObjectName("customerFilter")
        self.customer_clear = QToolButton()
        self.customer_clear.setObjectName("customerFilterClear")
        self.customer_clear.setText(self.tr("Show everyone"))
        self.customer_clear.clicked.connect(lambda: self.set_customer(None))
        chip.addWidget(self.customer_label)
        chip.addWidget(self.customer_clear)
        chip.addStretch(1)
        outer.addLayout(chip)
        self.customer_label.hide()
        self.customer_clear.hide()
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _: self._typing.start())
        for box in (self.show_box, self.category_box, self.staff_box):
            box.currentIndexChanged.connect(self._emit)
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.reload_choices()

    def reload_choices(self) -> None:
        """Refill the category and staff lists (they are editable elsewhere)."""
        for box, everyone, choices in (
                (self.category_box, self.tr("Every category"),
                 complaints.categories(include_inactive=True)),
                (self.staff_box, self.tr("Everyone handling"),
                 complaints.staff_choices(include_inactive=True))):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for choice in choices:
                box.addItem(choice.name, choice.id)
            box.setCurrentIndex(max(box.findData(current), 0))
            box.blockSignals(False)

    def _period_changed(self) -> None:
        custom = self.period_box.currentData() == "custom"
        if custom and not self.start_edit.isVisible():
            today = self._today()
            for edit, day in ((self.start_edit, today - dt.timedelta(days=30)),
                              (self.end_edit, today)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.start_edit.setVisible(custom)
        self.end_edit.setVisible(custom)
        self._emit()

    def set_customer(self, customer: tuple[int, str] | None) -> None:
        """Show only one customer's complaints (id, name), or everyone's (None)."""
        self._customer = customer
        if customer is not None:
            self.customer_label.setText(self.tr("Only the complaints of %1.")
                                        .replace("%1", customer[1]))
            self.show_box.blockSignals(True)
            self.show_box.setCurrentIndex(self.show_box.findData("all"))
            self.show_box.blockSignals(False)
        self.customer_label.setVisible(customer is not None)
        self.customer_clear.setVisible(customer is not None)
        self._emit()

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        code, today = self.period_box.currentData(), self._today()
        if code == "any":
            return None, None
        if code == "year":
            return dt.date(today.year, 1, 1), today
        if code == "custom":
            start, end = self.start_edit.date(), self.end_edit.date()
            return (dt.date(start.year(), start.month(), start.day()),
                    dt.date(end.year(), end.month(), end.day()))
        return today - dt.timedelta(days=int(code) - 1), today

    def current(self) -> complaints.ComplaintFilter:
        start, end = self.period()
        return complaints.ComplaintFilter(
            show=self.show_box.currentData(), category_id=self.category_box.currentData(),
            staff_id=self.staff_box.currentData(), start=start, end=end,
            customer_id=self._customer[0] if self._customer else None,
            text=self.search.text())

    def _emit(self, *_args) -> None:
        self._typing.stop()
        self.sig_changed.emit(self.current())
