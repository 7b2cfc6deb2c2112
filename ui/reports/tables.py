"""The report's tables on screen: best customers, at-risk customers to call, staff.

Each table is as tall as its rows (the page scrolls, not the table), says in words when
it has nothing to list, and a double-click on a customer opens the customer's card.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook.loyalty import loyalty, satisfaction
from custbook import money
from custbook.paper.satisfaction_data import num, pct, word

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ReportTable(QWidget):
    """A read-only table sized to its rows, or a sentence when there is nothing to show."""

    sig_open_customer = Signal(int)
    """sig_open_customer(customer_id): the user double-clicked a customer."""

    def __init__(self, headers: list[str], right: tuple[int, ...], empty_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.right = right
        self.ids: list[int] = []
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(len(headers)):
            item = self.table.horizontalHeaderItem(col)
            if col in right:
                item.setTextAlignment(RIGHT)
            else:
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.table.itemActivated.connect(lambda item: self._double_clicked(item.row(), 0))
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("emptyTableLabel")
        self.empty.setStyleSheet("color: #5f6b72; padding: 8px;")
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def set_rows(self, rows: list[list[str]], ids: list[int] | None = None) -> None:
        """Show `rows` (already formatted); `ids` are the customers behind them, if any."""
        self.ids = list(ids or [])
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c in self.right:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        if rows:
            height = (self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
                      + sum(self.table.rowHeight(r) for r in range(len(rows))))
            self.table.setFixedHeight(height)
            self.stack.setCurrentWidget(self.table)
            self.stack.setFixedHeight(height)
        else:
            self.stack.setCurrentWidget(self.empty)
            self.stack.setFixedHeight(self.empty.sizeHint().height())

    def row_texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and copying)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def _double_clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.ids):
            self.sig_open_customer.emit(self.ids[row])


def customer_table(lifetime: bool, empty_text: str) -> ReportTable:
    """A table of customers: name, phone, last purchase, purchases, spent (in all)."""
    return ReportTable([word("name"), word("phone"), word("last_purchase"), word("purchases"),
                        word("spent_in_all") if lifetime else word("spent")], (3, 4), empty_text)


def customer_rows(lines: list[loyalty.CustomerLine]) -> tuple[list[list[str]], list[int]]:
    rows = [[c.name, c.phone, c.last_purchase_on.isoformat() if c.last_purchase_on else "",
             num(c.purchases), money.format_cents(c.spent_cents, decimals=False)] for c in lines]
    return rows, [c.customer_id for c in lines]


def staff_table() -> ReportTable:
    return ReportTable([word("staff_member"), word("sales"), word("revenue"), word("ratings"),
                        word("satisfied"), word("score"), word("complaints")],
                       (1, 2, 3, 4, 5, 6), word("no_sales_ratings_or_complaints"))


def staff_rows(staff: list[satisfaction.StaffFigures]) -> list[list[str]]:
    return [[s.name, num(s.purchases), money.format_cents(s.revenue_cents, decimals=False), num(s.ratings),
             pct(s.satisfied_share), num(s.average_score, 2), num(s.complaints)]
            for s in staff]
