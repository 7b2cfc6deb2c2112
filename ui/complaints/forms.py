"""Small pieces every complaint form shares: errors beside fields, pickers, dates, money.

A refused save shows the core's message under the field it names and puts the cursor
there; whatever the user typed stays, so nothing is lost.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDateTimeEdit, QDialog, QFormLayout, QLabel, QPlainTextEdit,
    QVBoxLayout, QWidget,
)

from custbook.errors import ValidationError

ERROR_STYLE = "color: #b00020;"


def qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute, value.second))


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def py_datetime(edit: QDateTimeEdit) -> dt.datetime:
    d, t = edit.date(), edit.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def py_date(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def datetime_edit(value: dt.datetime, name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(qdatetime(value))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def date_edit(value: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def text_edit(text: str, name: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(text or "")
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def combo(items: list[tuple[str, object]], current: object, name: str) -> QComboBox:
    """A combo of (text, data) items with `current` chosen (the first if absent)."""
    box = QComboBox()
    box.setObjectName(name)
    for text, data in items:
        box.addItem(text, data)
    index = box.findData(current)
    box.setCurrentIndex(max(index, 0))
    return box


class FieldErrors:
    """Shows a ValidationError under the field it names (or at the top of the form)."""

    def __init__(self, general: QLabel):
        self.general = general
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_row(self, form: QFormLayout, label: str, field: str, widget: QWidget,
                *aliases: str) -> QLabel:
        """Add `widget` to `form` with an (empty, hidden) error line under it."""
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{field}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        form.addRow(label, holder)
        for name in (field, *aliases):
            self._fields[name] = (widget, error)
        return error

    def clear(self) -> None:
        self.general.hide()
        for _, error in self._fields.values():
            error.hide()

    def show(self, exc: ValidationError) -> None:
        self.clear()
        widget, error = self._fields.get(exc.field, (None, self.general))
        error.setText(exc.message)
        error.show()
        if widget is not None:
            widget.setFocus()

    def text(self) -> str:
        """The message showing now (for tests and screen readers)."""
        for _, error in [(None, self.general), *self._fields.values()]:
            if not error.isHidden():
                return error.text()
        return ""


def run_saving(dialog: QDialog, errors: FieldErrors, save) -> bool:
    """Call `save()`; on ValidationError show it and keep the dialog open."""
    errors.clear()
    try:
        save()
    except ValidationError as exc:
        errors.show(exc)
        return False
    return True
