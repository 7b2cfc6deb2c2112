"""The lazy table model behind the customer list.

Rows arrive a page at a time as the view scrolls (canFetchMore/fetchMore), so a book
of 100,000 customers opens as fast as one of 100. Sorting asks the core for a new
first page in the chosen order.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from custbook import customers
from ui import format as fmt

PAGE = 200


class CustomerTableModel(QAbstractTableModel):
    # (column title, sort key in custbook.customers.SORT_KEYS or None)
    COLUMNS = ("name", "phone", "tier", "last_visit", "purchases", "spent")
    SORTABLE = {"name": "name", "last_visit": "last_visit", "purchases": "purchases",
                "spent": "spent"}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[customers.CustomerRow] = []
        self._total = 0
        self._sort, self._descending = "name", False

    def headers(self) -> dict[str, str]:
        return {"name": self.tr("Name"), "phone": self.tr("Phone"), "tier": self.tr("Tier"),
                "last_visit": self.tr("Last visit"), "purchases": self.tr("Purchases"),
                "spent": self.tr("Total spent")}

    # --- loading
    def reload(self) -> None:
        """Start again from the first page (after a change or a new sort order)."""
        self.beginResetModel()
        self._total = customers.count_customers()
        self._rows = customers.list_customers(0, PAGE, self._sort, self._descending)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid():
            return
        more = customers.list_customers(len(self._rows), PAGE, self._sort, self._descending)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # --- Qt model API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[self.COLUMNS[section]]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "name": row.name, "phone": row.phone, "tier": row.tier,
                "last_visit": fmt.date(row.last_visit_on),
                "purchases": fmt.number(row.purchase_count),
                "spent": fmt.money(row.total_spent_cents),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("purchases", "spent"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORTABLE.get(self.COLUMNS[column])
        if key is None:
            return
        self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def customer_id(self, row: int) -> int:
        return self._rows[row].id
