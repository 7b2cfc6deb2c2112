"""The read-only tables the membership screens share: the card's tab and the Reports
page's membership part show their figures in the same kind of table and cell."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def cell(text: str, right: bool = False, data=None) -> QTableWidgetItem:
    """A cell that cannot be edited; figures are `right`-aligned; `data` is kept as UserRole."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def shape(table: QTableWidget, columns: QHeaderView.ResizeMode) -> QTableWidget:
    """One row chosen at a time, no row numbers, alternating rows, columns sized so."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(columns)
    return table
