"""The week view: the shop's week side by side (Monday or Sunday first, as the settings
say), each day's reminders in its column.

Each line is coloured by kind; done ones are greyed and ticked. A column heading
gives the day and how many reminders it holds, and a busy day lists its first ones.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QGridLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from custbook.calendar import calendar_days
from custbook.calendar.reminders import Occurrence
from ui import format as fmt
from ui.calendar.common import DONE, OVERDUE, kind_colour, kind_name, qdate
from custbook import clock, settings

ROLE = Qt.ItemDataRole.UserRole


class WeekView(QWidget):
    sig_selected = Signal(object)
    """sig_selected(occurrence | None): a reminder was chosen."""
    sig_activated = Signal(object)
    """sig_activated(occurrence): a reminder was double-clicked."""

    PER_DAY = 40

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weekView")
        self.first_day = clock.today()
        self.today = clock.today()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.headings: list[QLabel] = []
        self.columns: list[QListWidget] = []
        for column in range(7):
            heading = QLabel()
            heading.setObjectName(f"weekHeading{column}")
            heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            heading.setWordWrap(True)
            day_list = QListWidget()
            day_list.setObjectName(f"weekDay{column}")
            # A name is never split over two lines ("刘/睿一"): it elides instead.
            day_list.setWordWrap(False)
            day_list.setTextElideMode(Qt.TextElideMode.ElideRight)
            day_list.currentItemChanged.connect(
                lambda current, _, c=column: self._chosen(c, current))
            day_list.itemActivated.connect(
                lambda item: item.data(ROLE) is not None
                and self.sig_activated.emit(item.data(ROLE)))
            layout.addWidget(heading, 0, column)
            layout.addWidget(day_list, 1, column)
            layout.setColumnStretch(column, 1)
            self.headings.append(heading)
            self.columns.append(day_list)

    def title(self) -> str:
        """The week shown: its first and last day."""
        last = self.first_day + dt.timedelta(days=6)
        return self.tr("Week of %1 – %2").replace("%1", fmt.date(self.first_day)).replace(
            "%2", fmt.date(last))

    def show_week(self, day: dt.date, today: dt.date) -> None:
        """Show the shop's week (from its first day, Monday or Sunday) holding `day`."""
        self.today = today
        self.first_day = settings.week_start(day)
        counts = calendar_days.day_counts(self.first_day, self.first_day + dt.timedelta(days=6),
                                          today)
        locale = QLocale()
        for column in range(7):
            when = self.first_day + dt.timedelta(days=column)
            items = calendar_days.occurrences_between(when, when, today, limit=self.PER_DAY)
            count = counts.get(when)
            total = (count.open_total + count.done) if count else 0
            name = locale.dayName(when.isoweekday(), QLocale.FormatType.ShortFormat)
            # month/day only: the title gives the year, and 2026/11/22 is cut at 1024 px
            text = f"{name} {locale.toString(qdate(when), 'M/d')}"
            text += f"\n({fmt.number(total)})" if total else "\n"
            heading = self.headings[column]
            heading.setText(text)
            heading.setStyleSheet("font-weight: bold; color: #2f6f8f;" if when == today
                                  else "")
            self._fill(self.columns[column], items, total)

    def _fill(self, day_list: QListWidget, items: list[Occurrence], total: int) -> None:
        day_list.blockSignals(True)
        day_list.clear()
        for item in items:
            who = item.customer_name or self.tr("(the shop)")
            time = f"{item.due_time} " if item.due_time else ""
            mark = "✓" if item.status == "done" else ""  # the colour says the kind
            line = QListWidgetItem(f"{mark}{who}\n{time}{kind_name(item.kind)}")
            line.setData(ROLE, item)
            line.setToolTip(f"{who} {item.phone}\n{kind_name(item.kind)} · {item.title}")
            if item.status == "done":
                line.setForeground(QBrush(DONE))
            else:
                line.setForeground(QBrush(OVERDUE if item.overdue else kind_colour(item.kind)))
            day_list.addItem(line)
        if total > len(items):
            more = QListWidgetItem(self.tr("+%1 more").replace(
                "%1", fmt.number(total - len(items))))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            day_list.addItem(more)
        day_list.blockSignals(False)

    def _chosen(self, column: int, current: QListWidgetItem | None) -> None:
        if current is None:
            return
        for other, day_list in enumerate(self.columns):
            if other != column:
                day_list.blockSignals(True)
                day_list.setCurrentRow(-1)
                day_list.clearSelection()
                day_list.blockSignals(False)
        self.sig_selected.emit(current.data(ROLE))

    def day_items(self, column: int) -> list[Occurrence]:
        """The occurrences listed in a column (0 = the week's first day)."""
        day_list = self.columns[column]
        return [day_list.item(i).data(ROLE) for i in range(day_list.count())
                if day_list.item(i).data(ROLE) is not None]
