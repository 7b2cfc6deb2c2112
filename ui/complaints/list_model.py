"""The lazy table model behind the complaint list.

Rows come a page at a time from `custbook.complaints.list_complaints` as the view
scrolls. Anything late — no response in time, a promise past its day, a follow-up not
done — is drawn in red with a tooltip saying what is late.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from custbook import complaints, vocab
from ui import format as fmt

PAGE = 200
LATE = QColor("#b00020")
STATUS_COLOURS = {"new": "#8a5a00", "in_progress": "#1d5f87", "awaiting_follow_up": "#6a3d8f",
                  "resolved": "#2e7d32", "closed": "#5f6b72"}


class ComplaintListModel(QAbstractTableModel):
    COLUMNS = ("received", "customer", "category", "channel", "severity", "status", "next",
               "promise_due", "staff", "words")

    def __init__(self, now: Callable[[], dt.datetime], parent=None):
        super().__init__(parent)
        self._now = now
        self._filter = complaints.ComplaintFilter()
        self._rows: list[complaints.ComplaintRow] = []
        self._total = 0

    def headers(self) -> dict[str, str]:
        return {"received": self.tr("Received"), "customer": self.tr("Customer"),
                "category": self.tr("Category"), "channel": self.tr("Channel"),
                "severity": self.tr("Severity"), "status": self.tr("Status"),
                "next": self.tr("Next step"), "promise_due": self.tr("Promise due"),
                "staff": self.tr("Handled by"), "words": self.tr("In the customer's words")}

    # --- loading
    def set_filter(self, flt: complaints.ComplaintFilter) -> None:
        self._filter = flt
        self.reload()

    def filter(self) -> complaints.ComplaintFilter:
        return self._filter

    def reload(self) -> None:
        """Start again from the first page (after a change or a new filter)."""
        now = self._now()
        self.beginResetModel()
        self._total = complaints.count_complaints(self._filter, now)
        self._rows = complaints.list_complaints(self._filter, now, PAGE, 0)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid():
            return
        more = complaints.list_complaints(self._filter, self._now(), PAGE, len(self._rows))
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

    def _late_text(self, row: complaints.ComplaintRow) -> str:
        parts = []
        if row.response_overdue:
            parts.append(self.tr("No response within the promised time."))
        if row.promise_overdue:
            parts.append(self.tr("The promise is past its date and not yet kept."))
        if row.follow_up_overdue:
            parts.append(self.tr("The follow-up day has passed."))
        return "\n".join(parts)

    def display(self, row: complaints.ComplaintRow, column: str) -> str:
        if column == "received":
            return fmt.date(row.received_at.date()) + row.received_at.strftime(" %H:%M")
        if column == "customer":
            return row.customer_name + (self.tr(" (walk-in)") if row.walk_in else "")
        if column == "next":
            if row.next_step is None:
                return ""
            return complaints.step_titles()[row.next_step]
        return {
            "category": row.category,
            "channel": vocab.complaint_channels().get(row.channel, row.channel),
            "severity": vocab.severities().get(row.severity, str(row.severity)),
            "status": vocab.complaint_statuses().get(row.status, row.status),
            "promise_due": fmt.date(row.promise_due), "staff": row.staff, "words": row.summary,
        }[column]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "promise_due" and row.promise_overdue:
                return QBrush(LATE)
            if column == "next" and row.overdue:
                return QBrush(LATE)
            if column == "status":
                return QBrush(QColor(STATUS_COLOURS.get(row.status, "#000000")))
        if role == Qt.ItemDataRole.FontRole and column in ("status", "next") and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._late_text(row) or None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def complaint_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, complaint_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == complaint_id:
                return i
        return None

    def row_at(self, row: int) -> complaints.ComplaintRow:
        return self._rows[row]
