"""Editors for the parts of a customer card that are more than one text box:
several phones, tags with autocomplete, the referred-by picker, the birthday (solar or
lunar, with leap month), the birth year or approximate age, and the photo.

Each editor only collects what the user typed; checking it is the core's job, and an
error the core reports is shown under the editor by the card.
"""
from __future__ import annotations

import re

import datetime as dt

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from custbook.customers import customers
from ui.customers.avatar import avatar_pixmap, photo_bytes_from_file, pixmap_from_bytes
from ui.customers.widgets import ErrorLabel, FlowLayout, mark_field


class PhoneListEditor(QWidget):
    """Any number of phone numbers, one per line, each with its own error line."""

    sig_changed = Signal()
    sig_left = Signal()
    """sig_left(): the user left a phone field (time to look for a duplicate)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("phoneList")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)
        self.rows: list[tuple[QWidget, QLineEdit, ErrorLabel]] = []
        self.add_button = QPushButton(self.tr("Add another phone"))
        self.add_button.setObjectName("addPhoneButton")
        self.add_button.clicked.connect(lambda: self.add_row("", focus=True))
        self.layout_.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_row("")

    def add_row(self, text: str, focus: bool = False) -> QLineEdit:
        row = QWidget()
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        line = QHBoxLayout()
        edit = QLineEdit(text)
        edit.setObjectName(f"phoneEdit{len(self.rows)}")
        edit.setPlaceholderText(self.tr("e.g. 138 1234 5678, 0571-8765 4321, +1 415 555 0100"))
        edit.textChanged.connect(lambda _: self.sig_changed.emit())
        edit.editingFinished.connect(self.sig_left.emit)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this phone"))
        remove.setAutoRaise(True)
        remove.clicked.connect(lambda: self.remove_row(row))
        line.addWidget(edit, 1)
        line.addWidget(remove)
        box.addLayout(line)
        error = ErrorLabel()
        box.addWidget(error)
        self.layout_.insertWidget(len(self.rows), row)
        row.show()  # at once, not on the next event-loop turn: an error may go under it now
        self.rows.append((row, edit, error))
        if focus:
            edit.setFocus()
        return edit

    def remove_row(self, row: QWidget) -> None:
        for entry in self.rows:
            if entry[0] is row:
                self.rows.remove(entry)
                row.deleteLater()
                break
        if not self.rows:
            self.add_row("")
        self.sig_changed.emit()

    def edits(self) -> list[QLineEdit]:
        return [edit for _, edit, _ in self.rows]

    def set_phones(self, texts: list[str]) -> None:
        for row, _, _ in self.rows:
            row.deleteLater()
        self.rows = []
        for text in texts or [""]:
            self.add_row(text)

    def texts(self) -> list[str]:
        """The phones typed, empty lines left out (in the order shown)."""
        return [edit.text().strip() for edit in self.edits() if edit.text().strip()]

    def entry_for_field(self, field: str) -> tuple[QLineEdit, ErrorLabel] | None:
        """The line the core means by "phone<N>" (N counts only the filled lines)."""
        try:
            number = int(field.removeprefix("phone") or 0)
        except ValueError:
            return None
        filled = [(edit, error) for _, edit, error in self.rows if edit.text().strip()]
        if 0 <= number < len(filled):
            return filled[number]
        return (self.rows[0][1], self.rows[0][2]) if self.rows else None

    def clear_errors(self) -> None:
        for _, edit, error in self.rows:
            error.show_message("")
            mark_field(edit, False)


class TagEditor(QWidget):
    """Tags as removable chips, plus a box that completes from the book's tags."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tagEditor")
        self._tags: list[str] = []
        self.flow = FlowLayout(self, spacing=4)
        self.edit = QLineEdit()
        self.edit.setObjectName("tagInput")
        self.edit.setPlaceholderText(self.tr("Add a tag…"))
        self.edit.setMinimumWidth(140)
        self.completer = QCompleter(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setModel(QStringListModel(self))
        self.edit.setCompleter(self.completer)
        self.completer.activated.connect(lambda text: QTimer.singleShot(0, self._take_typed))
        self.edit.returnPressed.connect(self._take_typed)
        self.edit.textEdited.connect(self._typed)
        self.flow.addWidget(self.edit)
        self.chips: dict[str, QToolButton] = {}

    def load_suggestions(self) -> None:
        self.completer.model().setStringList(
            [tag.name for tag in customers.all_tags(counts=False)])

    def _typed(self, text: str) -> None:
        if "," in text or "，" in text:
            self._take_typed()
        self.sig_changed.emit()

    def _take_typed(self) -> None:
        for name in self.edit.text().replace("，", ",").split(","):
            self.add_tag(name)
        self.edit.clear()

    def add_tag(self, name: str) -> None:
        name = name.strip()
        if not name or name in self._tags:
            return
        self._tags.append(name)
        chip = QToolButton()
        chip.setObjectName("tagChip")
        chip.setText(f"{name}  ✕")
        chip.setToolTip(self.tr("Remove the tag “%1”").replace("%1", name))
        chip.setStyleSheet("QToolButton#tagChip { background: #e6eef2; color: #234a5c;"
                           " border-radius: 10px; padding: 2px 8px; border: none; }"
                           "QToolButton#tagChip:hover { background: #cfe3ee; }")
        chip.clicked.connect(lambda: self.remove_tag(name))
        self.flow.takeAt(self.flow.count() - 1)  # keep the input box last
        self.flow.addWidget(chip)
        self.flow.addWidget(self.edit)
        chip.show()
        self.chips[name] = chip
        self.sig_changed.emit()

    def remove_tag(self, name: str) -> None:
        if name not in self._tags:
            return
        self._tags.remove(name)
        chip = self.chips.pop(name)
        self.flow.removeWidget(chip)
        chip.deleteLater()
        self.sig_changed.emit()

    def set_tags(self, names: list[str]) -> None:
        for name in list(self._tags):
            self.remove_tag(name)
        for name in names:
            self.add_tag(name)

    def tags(self) -> list[str]:
        """The chosen tags, and whatever is still typed in the box (nothing is lost)."""
        pending = [n.strip() for n in self.edit.text().replace("，", ",").split(",")]
        return self._tags + [n for n in pending if n and n not in self._tags]


class ReferrerPicker(QWidget):
    """Who referred this customer: type part of a name, phone or pinyin and pick."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("referrerPicker")
        self.exclude_id: int | None = None
        self._chosen: tuple[int, str] | None = None
        self._found: dict[str, int] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName("referrerEdit")
        self.edit.setPlaceholderText(self.tr("Type a name, phone digits or pinyin…"))
        self.edit.setClearButtonEnabled(True)
        self.completer = QCompleter(self)
        self.completer.setModel(QStringListModel(self))
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.edit)
        self.completer.activated.connect(self.choose_text)
        layout.addWidget(self.edit, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.look_up)
        self.edit.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        if self._chosen and text != self._chosen[1]:
            self._chosen = None
        self._timer.start()
        self.sig_changed.emit()

    def look_up(self) -> list[str]:
        """Ask the core for customers matching what was typed and offer them."""
        text = self.edit.text().strip()
        self._found = {}
        if text:
            for row in customers.pick_customers(text, 20, exclude_id=self.exclude_id):
                label = f"{row.name} · {row.phone}" if row.phone else row.name
                self._found[label] = row.id
        self.completer.model().setStringList(list(self._found))
        if self._found and self.edit.hasFocus():
            self.completer.complete()
        return list(self._found)

    def choose_text(self, label: str) -> None:
        if label in self._found:
            self.set_value(self._found[label], label.split(" · ")[0])
            self.sig_changed.emit()

    def set_value(self, customer_id: int | None, name: str = "") -> None:
        self._chosen = (customer_id, name) if customer_id else None
        self.edit.setText(name if customer_id else "")

    def value(self) -> int | None:
        return self._chosen[0] if self._chosen else None

    def pending_text(self) -> str:
        """Text typed but not matched to a customer (the card asks the user to pick)."""
        return "" if self._chosen else self.edit.text().strip()



def add_month_day(layout, month: QWidget, day: QWidget, pattern: str) -> None:
    """Month and day in the language's own order: "Month 11 Day 8", "11 月 8 日".

    `pattern` is a translated text holding %1 (the month) and %2 (the day); the words
    around them become labels.
    """
    for piece in re.split(r"(%[12])", pattern):
        if piece == "%1":
            layout.addWidget(month)
        elif piece == "%2":
            layout.addWidget(day)
        elif piece.strip():
            layout.addWidget(QLabel(piece.strip()))

class BirthdayEditor(QWidget):
    """A birthday as the customer keeps it: solar or lunar month and day (leap month too)."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("birthdayEditor")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.calendar = QComboBox()
        self.calendar.setObjectName("birthdayCalendar")
        self.calendar.addItem(self.tr("Not known"), "")
        self.calendar.addItem(self.tr("Solar (公历)"), "solar")
        self.calendar.addItem(self.tr("Lunar (农历)"), "lunar")
        self.month = QSpinBox()
        self.month.setObjectName("birthdayMonth")
        self.month.setRange(0, 12)
        self.month.setSpecialValueText("—")
        self.day = QSpinBox()
        self.day.setObjectName("birthdayDay")
        self.day.setRange(0, 31)
        self.day.setSpecialValueText("—")
        self.leap = QCheckBox(self.tr("Leap month (闰月)"))
        self.leap.setObjectName("birthdayLeap")
        layout.addWidget(self.calendar)
        add_month_day(layout, self.month, self.day,
                      self.tr("Month %1 Day %2", "the order of a birthday's fields"))
        layout.addWidget(self.leap)
        layout.addStretch(1)
        self.calendar.currentIndexChanged.connect(self._calendar_changed)
        for widget in (self.month, self.day):
            widget.valueChanged.connect(lambda _: self.sig_changed.emit())
        self.leap.toggled.connect(lambda _: self.sig_changed.emit())
        self._calendar_changed()

    def _calendar_changed(self, *args) -> None:
        kind = self.calendar.currentData()
        self.month.setEnabled(bool(kind))
        self.day.setEnabled(bool(kind))
        self.leap.setVisible(kind == "lunar")
        self.sig_changed.emit()

    def values(self) -> dict:
        kind = self.calendar.currentData() or ""
        if not kind:
            return {"birthday_calendar": "", "birthday_month": None, "birthday_day": None,
                    "birthday_leap": False}
        return {"birthday_calendar": kind, "birthday_month": self.month.value() or None,
                "birthday_day": self.day.value() or None,
                "birthday_leap": kind == "lunar" and self.leap.isChecked()}

    def set_values(self, fields: dict) -> None:
        kind = fields.get("birthday_calendar") or ""
        self.calendar.setCurrentIndex(max(self.calendar.findData(kind), 0))
        self.month.setValue(fields.get("birthday_month") or 0)
        self.day.setValue(fields.get("birthday_day") or 0)
        self.leap.setChecked(bool(fields.get("birthday_leap")))


class BirthYearEditor(QWidget):
    """The birth year, or an approximate age when the year is not known."""

    sig_changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("birthYearEditor")
        self.today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.mode = QComboBox()
        self.mode.setObjectName("birthYearMode")
        self.mode.addItem(self.tr("Born in"), "year")
        self.mode.addItem(self.tr("About … years old"), "age")
        self.year = QSpinBox()
        self.year.setObjectName("birthYear")
        self.year.setRange(1899, 2100)  # 1899 shows as "not known"; the core checks the range
        self.year.setSpecialValueText("—")
        self.year.setValue(1899)
        self.age = QSpinBox()
        self.age.setObjectName("approximateAge")
        self.age.setRange(0, 120)
        self.age.setSpecialValueText("—")
        layout.addWidget(self.mode)
        layout.addWidget(self.year)
        layout.addWidget(self.age)
        layout.addStretch(1)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.year.valueChanged.connect(lambda _: self.sig_changed.emit())
        self.age.valueChanged.connect(lambda _: self.sig_changed.emit())
        self._mode_changed()

    def _mode_changed(self, *args) -> None:
        by_age = self.mode.currentData() == "age"
        self.year.setVisible(not by_age)
        self.age.setVisible(by_age)
        self.sig_changed.emit()

    def values(self) -> dict:
        if self.mode.currentData() == "age":
            age = self.age.value()
            return {"birth_year": self.today.year - age if age else None,
                    "birth_year_estimated": bool(age)}
        year = self.year.value()
        return {"birth_year": year if year > 1899 else None, "birth_year_estimated": False}

    def set_values(self, fields: dict) -> None:
        year = fields.get("birth_year")
        estimated = bool(fields.get("birth_year_estimated")) and year is not None
        self.mode.setCurrentIndex(1 if estimated else 0)
        self.year.setValue(year if year and not estimated else 1899)
        self.age.setValue(self.today.year - year if estimated else 0)


class PhotoBox(QWidget):
    """The customer's photo (or initials) with buttons to choose or remove one.

    The change is kept until the card is saved: `pending` is None (unchanged), the new
    JPEG bytes, or b"" (remove).
    """

    sig_changed = Signal()
    SIZE = 96

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("photoBox")
        self.name, self.customer_id = "", None
        self.stored: bytes | None = None
        self.pending: bytes | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picture = QLabel()
        self.picture.setObjectName("photo")
        self.picture.setFixedSize(self.SIZE, self.SIZE)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.choose_button = QPushButton(self.tr("Photo…"))
        self.choose_button.setObjectName("choosePhotoButton")
        self.choose_button.setToolTip(self.tr("Choose a photo from a file"))
        self.choose_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removePhotoButton")
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        self.error = ErrorLabel()
        self.error.setMaximumWidth(self.SIZE * 2)
        layout.addWidget(self.error)
        self._draw()

    def load(self, name: str, customer_id: int | None, photo: bytes | None) -> None:
        self.name, self.customer_id, self.stored, self.pending = name, customer_id, photo, None
        self._draw()

    def set_name(self, name: str) -> None:
        self.name = name
        self._draw()

    def current(self) -> bytes | None:
        if self.pending is not None:
            return self.pending or None
        return self.stored

    def _draw(self) -> None:
        self.picture.setPixmap(avatar_pixmap(self.SIZE, self.name, self.customer_id,
                                             pixmap_from_bytes(self.current())))
        self.remove_button.setEnabled(self.current() is not None)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "",
            self.tr("Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Take the picture at `path` (scaled to 512 px, JPEG); False if it is not one."""
        data = photo_bytes_from_file(path)
        if data is None:
            self.error.show_message(self.tr("That file is not a picture Custbook can read."))
            return False
        self.error.show_message("")
        self.pending = data
        self._draw()
        self.sig_changed.emit()
        return True

    def remove(self) -> None:
        self.pending = b""
        self._draw()
        self.sig_changed.emit()
