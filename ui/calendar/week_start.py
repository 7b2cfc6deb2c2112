"""Every calendar pop-up starts its weeks on the shop's first day (Monday or Sunday).

Qt's date pop-ups (QDateEdit, QDateTimeEdit with a calendar popup) take their first day
from the locale; the shop's setting says otherwise for a Sunday-first shop on a Chinese
PC. Rather than every dialog remembering to set it, the application sets it whenever the
keyboard focus enters a calendar: Qt gives an opening pop-up the focus before it is
painted, so a changed setting is seen by the next pop-up and new dialogs need nothing.
A calendar built into a dialog (not a pop-up) is set when the dialog builds it
(`qt_first_day`), as it may be clicked before it has the focus.

Why not an event filter on the application (as this module once did): every event of
every widget would pass through Python, which cost the window's start about 0.1 s
(PySide makes a Python class, enums and all, for each kind of widget it hands over) and
taxes every scroll and paint after.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QWidget

from custbook import db, settings

_DAYS = {0: Qt.DayOfWeek.Monday, 6: Qt.DayOfWeek.Sunday}


def qt_first_day() -> Qt.DayOfWeek:
    """The shop's first day of the week as Qt names it (Monday when no book is open)."""
    if not db.book_location():
        return Qt.DayOfWeek.Monday
    return _DAYS[settings.first_weekday()]


class WeekStart(QObject):
    """Sets a calendar's first day of the week when the focus enters it (a pop-up opens).

    QApplication.focusChanged, not focusObjectChanged: the widget focus moves into a
    pop-up whether or not the platform makes the pop-up the focused window."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        app.focusChanged.connect(self.focused)

    def focused(self, _before: QWidget | None, thing: QObject | None) -> None:
        """`thing` has the focus now: if it is (in) a calendar, set the calendar's first day."""
        while thing is not None:
            if isinstance(thing, QCalendarWidget):
                thing.setFirstDayOfWeek(qt_first_day())
                return
            if isinstance(thing, QWidget) and thing.isWindow():
                return
            thing = thing.parent()

    def remove(self) -> None:
        """Stop watching (the application keeps its calendars as they are)."""
        self.app.focusChanged.disconnect(self.focused)


def install(app: QApplication) -> WeekStart:
    """Watch every calendar the application opens; the watcher lives as long as `app`."""
    return WeekStart(app)
