"""The Today panel: what is overdue (in red), what is due today, and the next days.

Each line says who, their phone, why, and when they last bought; the talking points of
the chosen line show in the detail pane below. A big shop can have thousands of calls
in a week, so each section lists the first ones (promises and follow-ups first) and
says how many there are in all.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from custbook.calendar import reminders
from ui import format as fmt
from ui.calendar.common import OVERDUE, kind_colour, kind_name

ROLE = Qt.ItemDataRole.UserRole


class TodayPanel(QTreeWidget):
    sig_selected = Signal(object)
    """sig_selected(occurrence: Occurrence | None): the chosen line changed."""
    sig_activated = Signal(object)
    """sig_activated(occurrence: Occurrence): a line was double-clicked or Enter pressed."""

    DAYS_AHEAD = 7
    LIMIT = 150

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("agendaTree")
        # Whom to call and their number first: on a narrow screen "why" is what elides.
        self.setHeaderLabels([self.tr("Due"), self.tr("Customer"), self.tr("Phone"),
                              self.tr("Why"), self.tr("Last purchase")])
        self.setRootIsDecorated(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        due = metrics.horizontalAdvance("2026-11-22 18:00 ⏰") + self.indentation() + 16
        phone = metrics.horizontalAdvance("0571 8888 8888") + 14
        for column, width in enumerate((due, 80, phone, 250)):
            self.setColumnWidth(column, width)
        self.agenda: reminders.Agenda | None = None
        self.currentItemChanged.connect(lambda current, _: self.sig_selected.emit(
            current.data(0, ROLE) if current is not None else None))
        self.itemActivated.connect(lambda item, _: item.data(0, ROLE) is not None
                                   and self.sig_activated.emit(item.data(0, ROLE)))

    def load(self, today: dt.date, keep: tuple | None = None) -> None:
        """Read the agenda of `today` and show it, keeping the chosen line if it is still there."""
        self.agenda = reminders.agenda(today, self.DAYS_AHEAD, limit=self.LIMIT)
        self.blockSignals(True)
        self.clear()
        sections = (
            ("overdue", self.tr("Overdue"), self.agenda.overdue, self.agenda.overdue_total),
            ("today", self.tr("Today"), self.agenda.today, self.agenda.today_total),
            ("upcoming", self.tr("Next %1 days").replace("%1", str(self.DAYS_AHEAD)),
             self.agenda.upcoming, self.agenda.upcoming_total),
        )
        chosen = None
        for key, title, items, total in sections:
            shown = (f"{title} ({fmt.number(total)})" if total <= len(items) else
                     self.tr("%1 (%2, the first %3 listed)").replace("%1", title)
                     .replace("%2", fmt.number(total)).replace("%3", fmt.number(len(items))))
            group = QTreeWidgetItem([shown])
            group.setData(1, ROLE, key)
            font = QFont(group.font(0))
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            if key == "overdue" and items:
                group.setForeground(0, QBrush(OVERDUE))
            self.addTopLevelItem(group)
            for item in items:
                child = self._line(item)
                group.addChild(child)
                if keep and (item.reminder_id, item.occurrence_on) == keep:
                    chosen = child
            group.setExpanded(True)
            group.setFirstColumnSpanned(True)
        if not (self.agenda.overdue or self.agenda.today or self.agenda.upcoming):
            empty = QTreeWidgetItem([self.tr("Nothing to do: no reminders are due in the next "
                                             "days.")])
            self.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        self.blockSignals(False)
        if chosen is not None:
            self.setCurrentItem(chosen)
            self.scrollToItem(chosen)
        else:
            self.sig_selected.emit(None)

    def _line(self, item: reminders.Occurrence) -> QTreeWidgetItem:
        when = fmt.date(item.day) + (f" {item.due_time}" if item.due_time else "")
        if item.snoozed:
            when += " ⏰"
        why = f"{kind_name(item.kind)} · {item.title}"
        line = QTreeWidgetItem([when, item.customer_name or self.tr("(the shop)"), item.phone,
                                why, fmt.date(item.last_purchase_on)])
        line.setData(0, ROLE, item)
        line.setForeground(3, QBrush(kind_colour(item.kind)))
        line.setToolTip(3, why)
        if item.overdue:
            for column in (0, 1):
                line.setForeground(column, QBrush(OVERDUE))
            line.setToolTip(0, self.tr("Overdue since %1").replace("%1", fmt.date(item.day)))
        return line

    def section_counts(self) -> dict[str, int]:
        """How many lines each section shows (for tests and the summary)."""
        found = {}
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            if group.data(1, ROLE):
                found[group.data(1, ROLE)] = group.childCount()
        return found

    def lines(self, section: str) -> list[reminders.Occurrence]:
        """The occurrences listed in a section ("overdue", "today", "upcoming")."""
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            if group.data(1, ROLE) == section:
                return [group.child(j).data(0, ROLE) for j in range(group.childCount())]
        return []

    def select(self, reminder_id: int) -> bool:
        """Choose the line of a reminder; False if it is not listed."""
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j).data(0, ROLE)
                if item is not None and item.reminder_id == reminder_id:
                    self.setCurrentItem(group.child(j))
                    self.scrollToItem(group.child(j))
                    return True
        return False
