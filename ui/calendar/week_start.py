"""Every calendar pop-up starts its weeks on the shop's first day (Monday or Sunday).

Qt's date pop-ups (QDateEdit, QDateTimeEdit with a calendar popup, a QCalendarWidget in
a dialog) take their first day from the locale; the shop's setting says otherwise for a
Sunday-first shop on a Chinese PC. Rather than every dialog remembering to set it, one
filter on the application sets it each time a calendar is shown, so a changed setting
is seen by the next pop-up and new dialogs need nothing.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QCalendarWidget

from custbook import db, settings

_DAYS = {0: Qt.DayOfWeek.Monday, 6: Qt.DayOfWeek.Sunday}


def qt_first_day() -> Qt.DayOfWeek:
    """The shop's first day of the week as Qt names it (Monday when no book is open)."""
    if not db.book_location():
        return Qt.DayOfWeek.Monday
    return _DAYS[settings.first_weekday()]


class WeekStartFilter(QObject):
    """Sets a calendar's first day of the week just before it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and isinstance(watched, QCalendarWidget):
            watched.setFirstDayOfWeek(qt_first_day())
        return False


def install(app: QCoreApplication) -> WeekStartFilter:
    """Watch every calendar the application shows; the filter lives as long as `app`."""
    week_filter = WeekStartFilter(app)
    app.installEventFilter(week_filter)
    return week_filter
