"""What the calendar's widgets share: a colour per kind of reminder, dates, error labels."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateEdit

from custbook import vocab

ERROR_STYLE = "color: #b00020;"
OVERDUE = QColor("#b00020")
DONE = QColor("#6b7780")

# One colour per kind, the same in every view and on the printed sheet's screen twin.
KIND_COLOURS = {
    "complaint": "#c62828", "follow_up": "#1565c0", "visit": "#00838f", "birthday": "#d81b60",
    "anniversary": "#6a1b9a", "holiday": "#ef6c00", "repurchase": "#2e7d32",
    "slipping": "#795548", "custom": "#546e7a",
}


def kind_colour(kind: str) -> QColor:
    """The colour of a kind of reminder."""
    return QColor(KIND_COLOURS.get(kind, KIND_COLOURS["custom"]))


def kind_name(kind: str) -> str:
    """The translated name of a kind of reminder."""
    return vocab.reminder_kinds().get(kind, kind)


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def py_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(value: dt.date, name: str) -> QDateEdit:
    """A date field with a calendar pop-up, written as the ISO day (no locale surprises)."""
    edit = QDateEdit(qdate(value))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
