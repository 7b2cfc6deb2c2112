"""The shop's first day of the week (Settings: Monday or Sunday) in the calendar's month
and week views and in every date pop-up."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog, QVBoxLayout

from custbook import settings
from custbook.calendar import reminders
from custbook.shop import shop_settings
from tests.conftest import TODAY
from ui.calendar import week_start


@pytest.fixture
def page(window):
    window.show_page("calendar")
    return window.pages["calendar"]


def day_name(day: dt.date) -> str:
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def test_a_sunday_first_shop_sees_sunday_first_in_the_month_and_week(page, qtbot):
    page.show_view("month")
    grid = page.month_view.grid
    first_cell = grid.item(0, 0).data(Qt.ItemDataRole.UserRole)
    assert first_cell.weekday() == 0  # Monday by default
    assert grid.horizontalHeaderItem(0).text() == day_name(first_cell)
    shop_settings.save({"first_day_of_week": "sunday"})  # the page is told, and redraws
    qtbot.waitUntil(lambda: grid.item(0, 0).data(Qt.ItemDataRole.UserRole).weekday() == 6)
    start, end = reminders.month_range(2026, 11)
    assert start == dt.date(2026, 11, 1) and end == dt.date(2026, 12, 12)  # 1 Nov is a Sunday
    assert grid.item(0, 0).data(Qt.ItemDataRole.UserRole) == start
    assert grid.horizontalHeaderItem(0).text() == day_name(start)
    assert grid.horizontalHeaderItem(6).text() == day_name(dt.date(2026, 11, 7))

    page.show_view("week")
    week = page.week_view
    assert week.first_day == dt.date(2026, 11, 22)  # TODAY is a Sunday: its week starts today
    assert week.headings[0].text().startswith(f"{day_name(TODAY)} 11/22")  # no year: it fits
    assert week.headings[6].text().startswith(day_name(dt.date(2026, 11, 28)))
    shop_settings.save({"first_day_of_week": "monday"})
    qtbot.waitUntil(lambda: week.first_day == dt.date(2026, 11, 16))
    assert week.headings[0].text().startswith(day_name(dt.date(2026, 11, 16)))


def open_pop_up(qtbot, edit: QDateEdit):
    """Click the date's arrow, as the owner opens its calendar."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6,
                                                                  edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def test_every_date_pop_up_starts_the_week_on_the_shops_first_day(window, qtbot):
    watcher = week_start.install(QApplication.instance())
    try:
        dialog = QDialog(window)  # a date in any dialog: it needs nothing of its own
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        QVBoxLayout(dialog).addWidget(edit)
        qtbot.addWidget(dialog)
        dialog.resize(300, 80)
        assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Sunday  # English (US), as Qt has it
        settings.set("first_day_of_week", "monday")
        dialog.show()
        qtbot.waitExposed(dialog)
        calendar = open_pop_up(qtbot, edit)
        assert calendar.window() is not dialog  # the pop-up, holding the calendar
        assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
        calendar.window().hide()
        settings.set("first_day_of_week", "sunday")  # seen by the next pop-up
        assert open_pop_up(qtbot, edit).firstDayOfWeek() == Qt.DayOfWeek.Sunday
        calendar.window().hide()
    finally:
        watcher.remove()


def test_the_snooze_calendar_starts_the_week_on_the_shops_first_day(window, qtbot):
    from ui.calendar.snooze_dialog import SnoozeDialog

    settings.set("first_day_of_week", "monday")  # not the English (US) locale's Sunday
    dialog = SnoozeDialog(TODAY, "王芳 · Follow-up call", window)
    qtbot.addWidget(dialog)
    assert dialog.calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
