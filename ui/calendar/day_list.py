"""A list of the reminders of a day or a few days, grouped by day: open ones, later
occurrences of series, and (greyed, ticked) the ones done that day."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from custbook.calendar import calendar_days
from custbook.calendar.reminders import Occurrence
from ui import format as fmt
from ui.calendar.common import DONE, OVERDUE, kind_colour, kind_name

ROLE = Qt.ItemDataRole.UserRole


class DayList(QTreeWidget):
    sig_selected = Signal(object)
    """sig_selected(occurrence | None): the chosen line changed."""
    sig_activated = Signal(object)
    """sig_activated(occurrence): a line was double-clicked or Enter pressed."""

    LIMIT = 250

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Time"), self.tr("Customer"), self.tr("Phone"),
                              self.tr("Why"), self.tr("State")])
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # The time holds "15:00" (the days' titles span the row): at 1024×768 its 130 px
        # left "Why" 35 px, "Follow…"; the phone is as wide as a landline needs.
        metrics = self.fontMetrics()
        time = metrics.horizontalAdvance("18:00") + self.indentation() + 20
        phone = metrics.horizontalAdvance("0571 8888 8888") + 14
        for column, width in enumerate((time, 110, phone, 260)):
            self.setColumnWidth(column, width)
        self.items: list[Occurrence] = []
        self.currentItemChanged.connect(lambda current, _: self.sig_selected.emit(
            current.data(0, ROLE) if current is not None else None))
        self.itemActivated.connect(lambda item, _: item.data(0, ROLE) is not None
                                   and self.sig_activated.emit(item.data(0, ROLE)))

    def show_days(self, start: dt.date, end: dt.date, today: dt.date,
                  keep: tuple | None = None) -> None:
        """List what falls on [start, end] (at most LIMIT lines, then a count of the rest)."""
        self.items = calendar_days.occurrences_between(start, end, today, limit=self.LIMIT + 1)
        self.blockSignals(True)
        self.clear()
        groups: dict[dt.date, QTreeWidgetItem] = {}
        chosen = None
        for item in self.items[:self.LIMIT]:
            group = groups.get(item.day)
            if group is None:
                group = QTreeWidgetItem([fmt.date(item.day)])
                font = QFont(group.font(0))
                font.setBold(True)
                group.setFont(0, font)
                if item.day == today:
                    group.setText(0, self.tr("Today, %1").replace("%1", fmt.date(item.day)))
                groups[item.day] = group
                self.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)
            line = self._line(item)
            group.addChild(line)
            if keep and (item.reminder_id, item.occurrence_on, item.status) == keep:
                chosen = line
        if len(self.items) > self.LIMIT:
            more = QTreeWidgetItem([self.tr("More reminders than can be listed here: print the "
                                            "visit sheet or look at a single day.")])
            self.addTopLevelItem(more)
            more.setFirstColumnSpanned(True)
        if not self.items:
            empty = QTreeWidgetItem([self.tr("No reminders on this day.") if start == end
                                     else self.tr("No reminders on these days.")])
            self.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        for group in groups.values():  # what is still to do; what is done, apart
            lines = [group.child(i).data(0, ROLE)
                     for i in range(group.childCount())]
            done = sum(1 for o in lines if getattr(o, "status", "open") == "done")
            to_do = len(lines) - done
            counts = (self.tr("%1 to do, %2 done").replace("%1", fmt.number(to_do))
                      .replace("%2", fmt.number(done)) if done else fmt.number(to_do))
            group.setText(0, f"{group.text(0)} ({counts})")
        self.blockSignals(False)
        if chosen is not None:
            self.setCurrentItem(chosen)

    def _line(self, item: Occurrence) -> QTreeWidgetItem:
        states = {"open": self.tr("Overdue") if item.overdue else (
                      self.tr("Snoozed") if item.snoozed else self.tr("To do")),
                  "later": self.tr("Repeats"), "done": self.tr("Done")}
        when = item.due_time or ""
        line = QTreeWidgetItem([when, item.customer_name or self.tr("(the shop)"), item.phone,
                                f"{kind_name(item.kind)} · {item.title}", states[item.status]])
        line.setData(0, ROLE, item)
        if item.status == "done":
            font = QFont(line.font(3))
            font.setStrikeOut(True)
            for column in range(5):
                line.setForeground(column, QBrush(DONE))
            line.setFont(3, font)
            line.setText(4, "✓ " + states["done"])
        else:
            line.setForeground(3, QBrush(kind_colour(item.kind)))
            if item.overdue:
                line.setForeground(4, QBrush(OVERDUE))
        return line

    def occurrences(self) -> list[Occurrence]:
        """The occurrences listed, in order."""
        return self.items[:self.LIMIT]

    def select(self, reminder_id: int, status: str | None = None) -> bool:
        """Choose the line of a reminder; False if it is not listed."""
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j).data(0, ROLE)
                if item is not None and item.reminder_id == reminder_id and (
                        status is None or item.status == status):
                    self.setCurrentItem(group.child(j))
                    return True
        return False
