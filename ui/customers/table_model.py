"""The one lazy model behind the customer list's table and its card grid.

Rows arrive a page at a time as a view scrolls (canFetchMore/fetchMore), so a book of
100,000 customers opens as fast as one of 100. What is shown is described by a
`CustomerQuery` (search text, filters, trash or book); changing it, or the sort
order, asks the core for a new first page. Both views share this model, so
switching between table and cards costs nothing.
"""
from __future__ import annotations

import dataclasses
from collections import OrderedDict
from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap

from custbook.customers import custom_fields, customers
from custbook.customers.customer_query import CustomerQuery
from custbook.membership import accounts
from custbook.shop import words as shop_words
from ui import format as fmt
from ui.customers import tier_badge
from ui.customers.avatar import pixmap_from_bytes

PAGE = 200
KEEP_LOADED_AT_MOST = 1000  # a refresh re-reads up to this many rows to keep the scroll place
PHOTO_CACHE = 300
RowRole = Qt.ItemDataRole.UserRole + 1  # the whole CustomerRow, for the card delegate
_ROOT = QModelIndex()


def tag_list(tags) -> str:
    """The tags as the language lists words: "VIP、上班族" in Chinese, "VIP, Office" in English."""
    return QCoreApplication.translate("CustomerTableModel", ", ").join(tags)


class CustomerTableModel(QAbstractTableModel):
    """Customers matching a query, in a chosen order, loaded page by page."""

    COLUMNS = ("name", "phone", "wechat", "tier", "tags", "last_visit", "next_reminder",
               "purchases", "spent", "member_value", "member_points")
    HIDDEN_BY_DEFAULT = ("wechat", "member_value", "member_points")
    # column -> sort key understood by custbook.customers.customers.list_customers
    SORTABLE: ClassVar[dict[str, str]] = {
        "name": "name", "last_visit": "last_visit", "purchases": "purchases", "spent": "spent"}

    sig_reloaded = Signal()
    """sig_reloaded(): the rows were read again from the first page (new query/order/data)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[customers.CustomerRow] = []
        self._total = 0
        self._query = CustomerQuery()
        self._sort, self._descending = "last_visit", True
        self._relevance = False  # with search text, best matches first until a column is chosen
        self._loaded = False  # nothing is read before the page is first shown
        self._photos: OrderedDict[int, QPixmap | None] = OrderedDict()
        # the shop's own fields shown as columns ("custom:<id>"; custbook.customers.custom_fields)
        self._own: dict[str, custom_fields.FieldDef] = {}
        self._own_values: dict[int, dict[int, str]] = {}
        self._balances: dict[int, tuple[int, int]] = {}  # member stored value, points
        self._tier_colours: dict[str, str] = {}  # shown tier name -> its colour (#15)

    def headers(self) -> dict[str, str]:
        return {"name": self.tr("Name"), "phone": self.tr("Phone"), "wechat": self.tr("WeChat"),
                "tier": self.tr("Tier"), "tags": self.tr("Tags"),
                "last_visit": self.tr("Last visit"), "next_reminder": self.tr("Next reminder"),
                "purchases": self.tr("Purchases"), "spent": self.tr("Total spent"),
                "member_value": self.tr("Stored value"), "member_points": self.tr("Points"),
                **{key: f.name for key, f in self._own.items()}}

    def _read_own_columns(self) -> None:
        self._own = {f"custom:{f.id}": f for f in custom_fields.fields() if f.in_list}
        self.COLUMNS = type(self).COLUMNS + tuple(self._own)

    def _read_own_values(self, rows: list) -> None:
        self._balances.update(accounts.balances_for([r.id for r in rows]))  # issue 18
        if self._own:
            self._own_values.update(custom_fields.values_for(
                [r.id for r in rows], [f.id for f in self._own.values()]))

    # --- what is shown
    def query(self) -> CustomerQuery:
        """The query the rows come from, with the order actually used."""
        sort, descending = ("relevance", False) if self._relevance else (
            self._sort, self._descending)
        return dataclasses.replace(self._query, sort=sort, descending=descending)

    def set_query(self, query: CustomerQuery, keep_loaded: bool = False) -> None:
        """Show the customers matching `query` (its sort is ignored: the model keeps its own)."""
        had_text = bool(self._query.text.strip())
        self._query = query
        if query.text.strip() and not had_text:
            self._relevance = True  # a new search: best matches first
        elif not query.text.strip():
            self._relevance = False
        self.reload(keep_loaded=keep_loaded)

    def sort_order(self) -> tuple[str, bool]:
        """("relevance", False) while a search ranks the rows, else (key, descending)."""
        return ("relevance", False) if self._relevance else (self._sort, self._descending)

    def sort_newest_first(self) -> None:
        """The customers added last at the top (after an import: the imported ones)."""
        self._sort, self._descending, self._relevance = "created", True, False
        if self._loaded:
            self.reload(keep_loaded=False)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        key = self.SORTABLE.get(self.COLUMNS[column])
        if key is None:
            return
        self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self._relevance = False
        if self._loaded:
            self.reload(keep_loaded=False)

    # --- loading
    def _page(self, offset: int, limit: int) -> list[customers.CustomerRow]:
        query = self.query()
        return customers.list_customers(offset, limit, query.sort, query.descending, query=query)

    def reload(self, keep_loaded: bool = True) -> None:
        """Read again from the first page; after a change, re-read what was already loaded
        (up to KEEP_LOADED_AT_MOST rows) so the views keep their place."""
        wanted = PAGE
        if keep_loaded:
            wanted = max(PAGE, min(len(self._rows), KEEP_LOADED_AT_MOST))
        self._loaded = True
        self.beginResetModel()
        self._read_own_columns()
        self._tier_colours = shop_words.tier_colours()
        self._total = customers.count_customers(self._query)
        self._rows = self._page(0, wanted) if self._total else []
        self._own_values = {}
        self._read_own_values(self._rows)
        self.endResetModel()
        self.sig_reloaded.emit()

    def forget_photos(self) -> None:
        self._photos.clear()

    def total(self) -> int:
        """How many customers match (loaded or not)."""
        return self._total

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=_ROOT) -> None:
        if parent.isValid():
            return
        more = self._page(len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._read_own_values(more)
        self._rows.extend(more)
        self.endInsertRows()

    # --- Qt model API
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[self.COLUMNS[section]]
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
                and self.COLUMNS[section] not in self.SORTABLE):
            return self.tr("This column cannot be sorted.")
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole and column in self._own:
            field = self._own[column]
            return custom_fields.display(field.kind,
                                         self._own_values.get(row.id, {}).get(field.id, ""))
        if role == Qt.ItemDataRole.DisplayRole and column in ("member_value", "member_points"):
            value, points = self._balances.get(row.id, (0, 0))
            return fmt.money(value) if column == "member_value" else fmt.number(points)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "tier" and row.tier \
                and self._tier_colours:  # a tier without a colour: a blank, so names align
            return tier_badge.icon(self._tier_colours.get(row.tier, ""))
        if role == Qt.ItemDataRole.ToolTipRole and column == "tags" and row.tags:
            return tag_list(row.tags)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                "purchases", "spent", "member_value", "member_points"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == RowRole:
            return row
        return None

    @staticmethod
    def display(row: customers.CustomerRow, column: str) -> str:
        return {
            "name": row.name, "phone": row.phone, "wechat": row.wechat_id, "tier": row.tier,
            "tags": tag_list(row.tags), "last_visit": fmt.date(row.last_visit_on),
            "next_reminder": fmt.date(row.next_reminder_on),
            "purchases": fmt.number(row.purchase_count),
            "spent": fmt.money(row.total_spent_cents),
        }[column]

    def customer_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, row: int) -> customers.CustomerRow:
        return self._rows[row]

    def row_for_id(self, customer_id: int) -> int | None:
        """The loaded row showing this customer, if any."""
        for number, row in enumerate(self._rows):
            if row.id == customer_id:
                return number
        return None

    def photo(self, row: customers.CustomerRow) -> QPixmap | None:
        """The customer's photo (read once, kept for the last few hundred asked)."""
        if not row.has_photo:
            return None
        if row.id in self._photos:
            self._photos.move_to_end(row.id)
            return self._photos[row.id]
        pixmap = pixmap_from_bytes(customers.photo_of(row.id))
        self._photos[row.id] = pixmap
        while len(self._photos) > PHOTO_CACHE:
            self._photos.popitem(last=False)
        return pixmap
