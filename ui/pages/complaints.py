"""The Complaints page: every complaint, newest first, with where it stands.

Open complaints and promises past their date are what the owner must not forget, so
the page says how many there are and marks overdue promises in red.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem,
)

from custbook import complaints, vocab
from ui import format as fmt
from ui.pages.base import Page


class ComplaintsPage(Page):
    KINDS = frozenset({"complaints", "customers"})

    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self._fixed_today = today
        self.heading.setText(self.tr("Complaints"))
        bar = QHBoxLayout()
        self.summary = QLabel()
        bar.addWidget(self.summary, 1)
        bar.addWidget(QLabel(self.tr("Show:")))
        self.filter = QComboBox()
        self.filter.setObjectName("complaintFilter")
        self.filter.addItem(self.tr("Open complaints"), True)
        self.filter.addItem(self.tr("All complaints"), False)
        self.filter.currentIndexChanged.connect(lambda _: self.refresh())
        bar.addWidget(self.filter)
        self.layout_.addLayout(bar)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("complaintTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Received"), self.tr("Customer"), self.tr("Category"), self.tr("Channel"),
            self.tr("Severity"), self.tr("Status"), self.tr("Promise due"),
            self.tr("In the customer's words")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((140, 110, 110, 80, 70, 120, 100)):
            self.table.setColumnWidth(column, width)
        self.layout_.addWidget(self.table, 1)

    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def refresh(self) -> None:
        today = self.today()
        rows = complaints.list_complaints(today, open_only=bool(self.filter.currentData()))
        by_status = complaints.count_by_status()
        open_count = sum(by_status.get(s, 0) for s in complaints.OPEN_STATUSES)
        overdue = sum(1 for r in rows if r.promise_overdue)
        self.summary.setText(
            self.tr("%1 open of %2 complaints; %3 promises overdue in this list.")
            .replace("%1", fmt.number(open_count))
            .replace("%2", fmt.number(sum(by_status.values())))
            .replace("%3", fmt.number(overdue)))
        statuses, channels, severities = (vocab.complaint_statuses(), vocab.complaint_channels(),
                                          vocab.severities())
        self.table.setRowCount(len(rows))
        red = QBrush(QColor("#b00020"))
        for i, row in enumerate(rows):
            cells = [
                fmt.date(row.received_at.date()) + row.received_at.strftime(" %H:%M"),
                row.customer_name, row.category, channels.get(row.channel, row.channel),
                severities.get(row.severity, str(row.severity)),
                statuses.get(row.status, row.status), fmt.date(row.promise_due), row.summary,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.promise_overdue and column == 6:
                    item.setForeground(red)
                    item.setToolTip(self.tr("The promise is past its date and not yet kept."))
                self.table.setItem(i, column, item)
