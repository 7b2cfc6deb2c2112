"""The Customers page: the whole book in one lazily loaded, sortable table."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from ui import format as fmt
from ui.pages.base import Page
from ui.pages.customer_table import CustomerTableModel


class CustomersPage(Page):
    KINDS = frozenset({"customers", "purchases"})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading.setText(self.tr("Customers"))
        self.count_label = QLabel()
        self.layout_.addWidget(self.count_label)
        self.model = CustomerTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("customerTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        # Most recently seen first: the customers the owner is most likely looking for.
        self.table.sortByColumn(CustomerTableModel.COLUMNS.index("last_visit"),
                                Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((160, 150, 90, 110, 90)):
            self.table.setColumnWidth(column, width)
        self.layout_.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.model.reload()
        total = self.model.total()
        self.count_label.setText(
            self.tr("%1 customers in this book.").replace("%1", fmt.number(total))
            if total else self.tr("No customers yet. Customers you add or import appear here."))
