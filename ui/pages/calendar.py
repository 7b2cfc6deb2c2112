"""The Calendar page: today's agenda of customers to contact.

Overdue reminders come first (in red), then today's, then the next seven days, each
with who, their phone and why, so the owner can work down the list by phone.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem

from custbook import reminders, vocab
from ui import format as fmt
from ui.pages.base import Page


class CalendarPage(Page):
    KINDS = frozenset({"reminders", "customers", "complaints"})
    DAYS_AHEAD = 7

    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self._fixed_today = today
        self.heading.setText(self.tr("Calendar"))
        self.date_label = QLabel()
        self.layout_.addWidget(self.date_label)
        self.tree = QTreeWidget()
        self.tree.setObjectName("agendaTree")
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Customer"), self.tr("Phone"),
                                   self.tr("Kind"), self.tr("What to do")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 130, 140, 130)):
            self.tree.setColumnWidth(column, width)
        self.layout_.addWidget(self.tree, 1)

    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def refresh(self) -> None:
        today = self.today()
        agenda = reminders.agenda(today, self.DAYS_AHEAD)
        self.date_label.setText(self.tr("Today is %1.").replace("%1", fmt.long_date(today)))
        self.tree.clear()
        kinds = vocab.reminder_kinds()
        sections = (
            (self.tr("Overdue"), agenda.overdue, QColor("#b00020")),
            (self.tr("Today"), agenda.today, None),
            (self.tr("Next %1 days").replace("%1", str(self.DAYS_AHEAD)), agenda.upcoming, None),
        )
        for title, items, color in sections:
            group = QTreeWidgetItem([f"{title} ({len(items)})"])
            font = QFont(group.font(0))
            font.setBold(True)
            group.setFont(0, font)
            if color is not None and items:
                group.setForeground(0, QBrush(color))
            self.tree.addTopLevelItem(group)
            for item in items:
                child = QTreeWidgetItem([fmt.date(item.due_on), item.customer_name or
                                         self.tr("(the shop)"), item.phone,
                                         kinds.get(item.kind, item.kind), item.title])
                if item.overdue:
                    for column in range(5):
                        child.setForeground(column, QBrush(QColor("#b00020")))
                group.addChild(child)
            group.setExpanded(True)
        if not (agenda.overdue or agenda.today or agenda.upcoming):
            self.tree.addTopLevelItem(QTreeWidgetItem(
                [self.tr("Nothing to do: no reminders are due in the next days.")]))
