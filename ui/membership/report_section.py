"""The Reports page's membership part: money owed on cards, the period's card figures
against the period before, and members who hold money but stopped coming.

Its figures (custbook.membership.figures.report) are gathered off the UI thread by its
own ReportLoader, whenever the page asks for a period; double-clicking a member opens
the card.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from custbook import clock, money
from custbook.membership import figures
from ui.membership.tables import cell, shape
from ui.reports.loader import ReportLoader


class MembershipReportSection(QWidget):
    sig_open_customer = Signal(int)
    sig_loaded = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("membershipReport")
        self.report: figures.Report | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.owed_grid = QGridLayout()
        column.addLayout(self.owed_grid)
        self.period_table = QTableWidget(0, 3)
        self.period_table.setObjectName("membershipPeriodTable")
        self.period_table.setHorizontalHeaderLabels(
            ["", self.tr("This period"), self.tr("Period before")])
        shape(self.period_table, QHeaderView.ResizeMode.Stretch).setMinimumHeight(120)
        column.addWidget(self.period_table)
        hint = QLabel(self.tr("Members who hold money or visits but have stayed away over "
                              "twice their usual interval: call them first. Double-click to "
                              "open the card."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6b72;")
        column.addWidget(hint)
        self.slipping_table = QTableWidget(0, 5)
        self.slipping_table.setObjectName("membershipSlippingTable")
        self.slipping_table.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Stored value"), self.tr("Visits left"),
             self.tr("Days away"), self.tr("Usual interval")])
        shape(self.slipping_table, QHeaderView.ResizeMode.Stretch).setMinimumHeight(120)
        self.slipping_table.cellDoubleClicked.connect(self._open)
        column.addWidget(self.slipping_table)
        # an empty table said nothing: the sentence says there is no one to call
        self.slipping_empty = QLabel(self.tr("No one to call: every member with money or "
                                             "visits left has been in lately."))
        self.slipping_empty.setObjectName("membershipSlippingEmpty")
        self.slipping_empty.setWordWrap(True)
        self.slipping_empty.hide()
        column.addWidget(self.slipping_empty)
        self.loader = ReportLoader(lambda start, end: figures.report(start, end, clock.today()),
                                   self)
        self.loader.sig_loaded.connect(self.show_report)

    def request(self, start: dt.date, end: dt.date) -> None:
        self.loader.request(start, end)

    def show_report(self, r: figures.Report) -> None:
        self.report = r
        while self.owed_grid.count():
            self.owed_grid.takeAt(0).widget().deleteLater()
        for row, (label, value) in enumerate(figures.owed_lines(r.owed)):
            name, number = QLabel(label), QLabel(value)
            number.setObjectName(f"owed{row}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight)
            font = number.font()
            font.setBold(True)
            number.setFont(font)
            self.owed_grid.addWidget(name, row // 3, (row % 3) * 2)
            self.owed_grid.addWidget(number, row // 3, (row % 3) * 2 + 1)
        lines = figures.figure_lines(r)
        self.period_table.setRowCount(len(lines))
        for row, (what, now, before) in enumerate(lines):
            for col, item in enumerate((cell(what), cell(now, True), cell(before, True))):
                self.period_table.setItem(row, col, item)
        self.period_table.setFixedHeight(self.period_table.horizontalHeader().height()
                                         + self.period_table.verticalHeader().length() + 4)
        self.slipping_table.setRowCount(len(r.slipping))
        self.slipping_table.setVisible(bool(r.slipping))
        self.slipping_empty.setVisible(not r.slipping)
        for row, m in enumerate(r.slipping):
            cells = (cell(m.name, data=m.customer_id), cell(money.format_cents(m.value_cents),
                                                              True),
                     cell(f"{m.visits_left:,}", True), cell(f"{m.days_away:,}", True),
                     cell(f"{m.usual_days:,}" if m.usual_days else "—", True))
            for col, item in enumerate(cells):
                self.slipping_table.setItem(row, col, item)
        self.sig_loaded.emit()

    def _open(self, row: int, _column: int) -> None:
        item = self.slipping_table.item(row, 0)
        if item is not None:
            self.sig_open_customer.emit(item.data(Qt.ItemDataRole.UserRole))
