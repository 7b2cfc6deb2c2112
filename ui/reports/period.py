"""Choosing the report's period: presets a shop owner thinks in, or any from/to range.

The dates of every preset are worked out by `preset_range` (pure, tested) from "today";
the picker shows them in its two date fields, so the owner always sees what "last
month" means, and editing a date turns the choice into a custom range. The choice is
remembered on this PC (ui/prefs), and the period it is compared with is the one the
printed report uses (`satisfaction_data.previous_period`).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from custbook.paper.satisfaction_data import previous_period
from ui import prefs

PRESETS = ("this_month", "last_month", "last_30", "last_90", "this_year", "last_year",
           "last_12_months")
CUSTOM = "custom"
DEFAULT = "last_30"


def preset_range(key: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of a preset period, as seen on `today`."""
    if key == "this_month":
        return today.replace(day=1), today
    if key == "last_month":
        end = today.replace(day=1) - dt.timedelta(days=1)
        return end.replace(day=1), end
    if key == "last_30":
        return today - dt.timedelta(days=29), today
    if key == "last_90":
        return today - dt.timedelta(days=89), today
    if key == "this_year":
        return today.replace(month=1, day=1), today
    if key == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    if key == "last_12_months":
        try:
            year_ago = today.replace(year=today.year - 1)
        except ValueError:  # 29 February
            year_ago = today.replace(year=today.year - 1, day=28)
        return year_ago + dt.timedelta(days=1), today
    raise KeyError(key)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class PeriodPicker(QWidget):
    """A preset list plus from/to dates with calendar pop-ups."""

    sig_period_changed = Signal(object, object)
    """sig_period_changed(start: date, end: date): a valid new period was chosen."""

    sig_invalid = Signal(str)
    """sig_invalid(message): the typed range cannot be used (the end is before the start)."""

    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self.today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preset = QComboBox()
        self.preset.setObjectName("periodCombo")
        names = {
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "last_30": self.tr("Last 30 days"),
            "last_90": self.tr("Last 90 days"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
            "last_12_months": self.tr("Last 12 months"),
            CUSTOM: self.tr("Custom range"),
        }
        for key, name in names.items():
            self.preset.addItem(name, key)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        self.start_edit.setObjectName("periodFrom")
        self.end_edit.setObjectName("periodTo")
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setMaximumDate(_qdate(today + dt.timedelta(days=366)))
        self.start_edit.setToolTip(self.tr("First day of the period"))
        self.end_edit.setToolTip(self.tr("Last day of the period"))
        label = QLabel(self.tr("Period:"))
        label.setBuddy(self.preset)
        layout.addWidget(label)
        layout.addWidget(self.preset)
        layout.addWidget(self.start_edit)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end_edit)
        # Typing a date changes it digit by digit: wait for a pause before reloading.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(500)
        self._settle.timeout.connect(self._dates_settled)
        self._quiet = False
        self._restore()
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.start_edit.dateChanged.connect(self._date_edited)
        self.end_edit.dateChanged.connect(self._date_edited)

    # --- what is chosen
    def key(self) -> str:
        return str(self.preset.currentData())

    def period(self) -> tuple[dt.date, dt.date]:
        """The chosen first and last day (the end may be before the start while typing)."""
        return _pydate(self.start_edit.date()), _pydate(self.end_edit.date())

    def is_valid(self) -> bool:
        start, end = self.period()
        return start <= end

    def previous(self) -> tuple[dt.date, dt.date]:
        """The period it is compared with: as long, ending the day before it starts."""
        return previous_period(*self.period())

    def choose(self, key: str) -> None:
        """Pick a preset (or CUSTOM) as if from the list."""
        index = self.preset.findData(key)
        if index >= 0:
            self.preset.setCurrentIndex(index)

    def set_range(self, start: dt.date, end: dt.date) -> None:
        """Type a custom range into the two date fields, as the user would (reloads at once)."""
        self.start_edit.setDate(_qdate(start))
        self.end_edit.setDate(_qdate(end))
        self.apply_now()

    def apply_now(self) -> None:
        """Use the dates as they are now, without waiting for the typing pause."""
        self._settle.stop()
        self._dates_settled()

    # --- reacting
    def _restore(self) -> None:
        key = prefs.get("reports/period", DEFAULT)
        if key != CUSTOM and key not in PRESETS:
            key = DEFAULT
        self.preset.setCurrentIndex(self.preset.findData(key))
        start = end = None
        if key == CUSTOM:
            try:
                start = dt.date.fromisoformat(prefs.get("reports/from"))
                end = dt.date.fromisoformat(prefs.get("reports/to"))
            except ValueError:
                start = end = None
            if start is None or end is None or end < start:
                self.preset.setCurrentIndex(self.preset.findData(DEFAULT))
                key = DEFAULT
        if key != CUSTOM:
            start, end = preset_range(key, self.today)
        self._show_dates(start, end)

    def _show_dates(self, start: dt.date, end: dt.date) -> None:
        self._quiet = True
        try:
            self.start_edit.setDate(_qdate(start))
            self.end_edit.setDate(_qdate(end))
        finally:
            self._quiet = False

    def _preset_chosen(self, _index: int) -> None:
        key = self.key()
        if key != CUSTOM:
            self._settle.stop()
            self._show_dates(*preset_range(key, self.today))
        self._remember()
        self._announce()

    def _date_edited(self, _date: QDate) -> None:
        if self._quiet:
            return
        if self.key() != CUSTOM:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
            self.preset.blockSignals(False)
        self._settle.start()

    def _dates_settled(self) -> None:
        if self.is_valid():
            self._remember()
        self._announce()

    def _remember(self) -> None:
        start, end = self.period()
        prefs.put("reports/period", self.key())
        if self.key() == CUSTOM:
            prefs.put("reports/from", start.isoformat())
            prefs.put("reports/to", end.isoformat())

    def _announce(self) -> None:
        if self.is_valid():
            self.sig_period_changed.emit(*self.period())
        else:
            self.sig_invalid.emit(self.tr(
                "The period ends before it starts: choose a last day on or after the first."))
