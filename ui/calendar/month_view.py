"""The month view: six weeks of days, each with its reminders counted by kind.

A day shows a coloured line per kind ("3 Birthday"), and how many were done; today is
tinted, days of the neighbouring months are greyed. Choosing a day lists its reminders
underneath. The counts come from one query for the six weeks
(`custbook.calendar.calendar_days.day_counts`), so a big shop's month opens at once.
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QLocale, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook.calendar import calendar_days, reminders
from custbook.calendar.reminders import KIND_ORDER, DayCounts
from ui import format as fmt
from ui.calendar.common import DONE, kind_colour, kind_name, qdate
from ui.calendar.day_list import DayList
from custbook import clock

DAY, COUNTS, IN_MONTH, IS_TODAY = (Qt.ItemDataRole.UserRole + i for i in range(4))


class _DayDelegate(QStyledItemDelegate):
    """Paints a day: its number, then a coloured line per kind, then the done count."""

    def paint(self, painter: QPainter, option, index) -> None:
        day: dt.date = index.data(DAY)
        counts: DayCounts = index.data(COUNTS) or DayCounts()
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if index.data(IS_TODAY):
            painter.fillRect(rect, QColor("#e3f0f7"))
        elif not index.data(IN_MONTH):
            painter.fillRect(rect, QColor("#f5f6f7"))
        if selected:
            painter.setPen(QPen(QColor("#2f6f8f"), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        font = QFont(option.font)
        font.setBold(bool(index.data(IS_TODAY)))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.setPen(QColor("#1f2a30") if index.data(IN_MONTH) else QColor("#9aa6ad"))
        painter.drawText(rect.adjusted(5, 3, -5, 0), Qt.AlignmentFlag.AlignLeft, str(day.day))
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        y = rect.top() + line + 4
        kinds = [k for k in KIND_ORDER if counts.by_kind.get(k)] + sorted(
            k for k in counts.by_kind if k not in KIND_ORDER and counts.by_kind[k])
        room = max(0, (rect.bottom() - y - 2) // metrics.height())
        width = rect.width() - 10
        texts = {k: f"● {fmt.number(counts.by_kind[k])} {kind_name(k)}" for k in kinds}
        if len(kinds) <= room and all(metrics.horizontalAdvance(t) <= width
                                      for t in texts.values()):
            for kind in kinds:  # room for every kind with its name
                painter.setPen(kind_colour(kind))
                painter.drawText(QRect(rect.left() + 5, y, width, metrics.height()),
                                 Qt.AlignmentFlag.AlignLeft, texts[kind])
                y += metrics.height()
        else:  # a narrow cell: coloured counts side by side, never a cut number
            self._paint_chips(painter, metrics, kinds, counts, rect.left() + 5, y, width,
                              room)
        if counts.done:
            painter.setPen(DONE)
            painter.drawText(rect.adjusted(5, 3, -5, 0), Qt.AlignmentFlag.AlignRight,
                             f"✓ {fmt.number(counts.done)}")
        painter.restore()


    @staticmethod
    def _paint_chips(painter: QPainter, metrics, kinds: list[str], counts: DayCounts,
                     left: int, top: int, width: int, rows: int) -> None:
        """"●41 ●2 ●5" in each kind's colour, wrapped over the rows there are; what does
        not fit becomes "+N" (the tooltip and the day's list have everything)."""
        x, row, gap = left, 0, metrics.horizontalAdvance(" ")
        for i, kind in enumerate(kinds):
            chip = f"●{fmt.number(counts.by_kind[kind])}"
            advance = metrics.horizontalAdvance(chip)
            if x + advance > left + width and x > left:
                row, x = row + 1, left
            rest = sum(counts.by_kind[k] for k in kinds[i:])
            more = f"+{fmt.number(rest)}"
            last_row = row >= rows - 1
            needs_more = i < len(kinds) - 1
            if row >= rows or (last_row and needs_more and x + advance + gap
                               + metrics.horizontalAdvance(more) > left + width
                               and x + advance > left + width - metrics.horizontalAdvance(more)):
                if row < rows:
                    painter.setPen(QColor("#5f6b72"))
                    painter.drawText(QRect(x, top + row * metrics.height(),
                                           left + width - x, metrics.height()),
                                     Qt.AlignmentFlag.AlignLeft, more)
                return
            painter.setPen(kind_colour(kind))
            painter.drawText(QRect(x, top + row * metrics.height(), advance + 1,
                                   metrics.height()), Qt.AlignmentFlag.AlignLeft, chip)
            x += advance + gap


def _unbroken(name: str) -> str:
    """A legend entry that wraps before or after it, never inside ("Re-/purchase")."""
    return html.escape(name).replace(" ", "&nbsp;").replace("-", "-\u2060")  # word joiner


class MonthView(QWidget):
    sig_day_chosen = Signal(object)
    """sig_day_chosen(day: date): a day was clicked (its reminders are listed below)."""
    sig_selected = Signal(object)
    """sig_selected(occurrence | None): a reminder of the chosen day was chosen."""
    sig_activated = Signal(object)
    """sig_activated(occurrence): a reminder of the chosen day was double-clicked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = clock.today()
        self.first = self.today.replace(day=1)
        self.day = self.today
        self.counts: dict[dt.date, DayCounts] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        self.grid = QTableWidget(6, 7)
        self.grid.setObjectName("monthGrid")
        self.grid.setItemDelegate(_DayDelegate(self.grid))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.verticalHeader().hide()
        self.grid.setShowGrid(True)
        for header in (self.grid.horizontalHeader(), self.grid.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setMinimumSectionSize(48)
        self.grid.currentCellChanged.connect(self._cell_changed)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(2)
        top_layout.addWidget(self.grid, 1)
        self.legend = QLabel()  # which colour is which kind (narrow cells show colours only)
        self.legend.setObjectName("monthLegend")
        self.legend.setWordWrap(True)
        top_layout.addWidget(self.legend)
        split.addWidget(top)
        self.day_list = DayList()
        self.day_list.setObjectName("monthDayList")
        self.day_list.sig_selected.connect(self.sig_selected)
        self.day_list.sig_activated.connect(self.sig_activated)
        split.addWidget(self.day_list)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split)

    def title(self) -> str:
        """The month shown: "November 2026" (the format is translated: 2026年11月)."""
        return QLocale().toString(qdate(self.first), self.tr("MMMM yyyy"))

    def show_month(self, first: dt.date, today: dt.date, day: dt.date | None = None) -> None:
        """Show the month of `first` (choosing `day` in it), counting reminders per day."""
        self.today, self.first = today, first.replace(day=1)
        start, end = reminders.month_range(self.first.year, self.first.month)
        locale = QLocale()  # the shop may have changed its first day of the week
        self.grid.setHorizontalHeaderLabels([locale.dayName(
            (start + dt.timedelta(days=d)).isoweekday(), QLocale.FormatType.ShortFormat)
            for d in range(7)])
        self.counts = calendar_days.day_counts(start, end, today)
        self.grid.blockSignals(True)
        for cell in range(42):
            day_ = start + dt.timedelta(days=cell)
            item = QTableWidgetItem()
            item.setData(DAY, day_)
            item.setData(COUNTS, self.counts.get(day_, DayCounts()))
            item.setData(IN_MONTH, day_.month == self.first.month)
            item.setData(IS_TODAY, day_ == today)
            item.setToolTip(self._tooltip(day_))
            self.grid.setItem(cell // 7, cell % 7, item)
        self.grid.blockSignals(False)
        kinds = sorted({k for c in self.counts.values() for k, n in c.by_kind.items() if n},
                       key=lambda k: (KIND_ORDER.index(k) if k in KIND_ORDER else 99, k))
        self.legend.setText("&nbsp;&nbsp; ".join(  # wraps between kinds, never inside one
            f'<span style="color:{kind_colour(k).name()}">●</span>&nbsp;{_unbroken(kind_name(k))}'
            for k in kinds))
        wanted = day if day and start <= day <= end else (
            today if self.first.month == today.month and self.first.year == today.year
            else self.first)
        self.choose_day(wanted)

    def _tooltip(self, day: dt.date) -> str:
        counts = self.counts.get(day)
        if counts is None:
            return fmt.date(day)
        parts = [self.tr("%1: %2").replace("%1", kind_name(k)).replace("%2", fmt.number(n))
                 for k, n in counts.by_kind.items() if n]
        if counts.done:
            parts.append(self.tr("done: %1").replace("%1", fmt.number(counts.done)))
        return "\n".join([fmt.date(day), *parts])

    def choose_day(self, day: dt.date) -> None:
        """Select a day in the grid and list its reminders."""
        start, _ = reminders.month_range(self.first.year, self.first.month)
        cell = (day - start).days
        if 0 <= cell < 42:
            self.grid.setCurrentCell(cell // 7, cell % 7)
            self._show_day(day)

    def _cell_changed(self, row: int, column: int, *_) -> None:
        item = self.grid.item(row, column)
        if item is not None:
            self._show_day(item.data(DAY))
            self.sig_day_chosen.emit(item.data(DAY))

    def _show_day(self, day: dt.date) -> None:
        self.day = day
        self.day_list.show_days(day, day, self.today)

    def cell_counts(self, day: dt.date) -> DayCounts:
        """What the grid shows for a day (tests read this)."""
        return self.counts.get(day, DayCounts())
