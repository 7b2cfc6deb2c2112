"""The import's first page: the file's own first rows and what each column becomes.

It lives apart from the dialog (ui/exchange/import_dialog.py) because it is everything
the owner decides before the dry run, and nothing else: the preview table with, above
each column, a box saying what Custbook takes it for (guessed by custbook.exchange.field_map,
changeable); how 3/5/1990 is read, with examples from the file itself; and what happens
to a row whose phone is already in the book. The page neither reads the file nor runs
anything: it shows the Source it is given and says when a choice changed
(sig_changed), because any change makes the last dry run stale — the dialog, which
owns the plan, the steps and the worker, decides what follows.

Its strings keep the "ImportDialog" translation context they had before the page was
split off, so the existing translations still apply.
"""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook.calendar import lunar
from custbook.customers import custom_fields
from custbook.exchange import field_map
from ui.exchange.import_source import PREVIEW_ROWS, REPEATABLE, Source, has_name

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
GREY = QColor("#8a8f94")  # ignored columns here, rows without a name on the check page

# The fields a column can be imported as, in the order the combo box lists them.
FIELDS = ("", "name", "family_name", "given_name", "middle_name", "phone", "email",
          "birthday", "lunar_birthday", "birth_year", "birth_month", "birth_day", "address",
          "address_part", "note", "tier", "wechat_id", "gender", "tags", "occupation",
          "company", "prior_spend")


def field_labels() -> dict[str, str]:
    """What each importable field is called in the column combo boxes."""
    return {
        "": translate("ImportDialog", "(ignore)"),
        "name": translate("ImportDialog", "Name"),
        "family_name": translate("ImportDialog", "Family name"),
        "given_name": translate("ImportDialog", "Given name"),
        "middle_name": translate("ImportDialog", "Middle name"),
        "phone": translate("ImportDialog", "Phone"),
        "email": translate("ImportDialog", "E-mail"),
        "birthday": translate("ImportDialog", "Birthday"),
        "lunar_birthday": translate("ImportDialog", "Birthday (lunar)"),
        "birth_year": translate("ImportDialog", "Birth year"),
        "birth_month": translate("ImportDialog", "Birth month"),
        "birth_day": translate("ImportDialog", "Birth day"),
        "address": translate("ImportDialog", "Address"),
        "address_part": translate("ImportDialog", "Part of the address"),
        "note": translate("ImportDialog", "Notes"),
        "tier": translate("ImportDialog", "Member tier"),
        "wechat_id": translate("ImportDialog", "WeChat"),
        "gender": translate("ImportDialog", "Gender"),
        "tags": translate("ImportDialog", "Tags"),
        "occupation": translate("ImportDialog", "Occupation"),
        "company": translate("ImportDialog", "Company"),
        "prior_spend": translate("ImportDialog", "Spent before (total)"),
    }


def birthday_text(birthday: tuple | None) -> str:
    """A birthday as read from the file: 1990-05-03, 05-03 without a year, or the lunar date."""
    if not birthday:
        return ""
    calendar, month, day, year, leap = birthday
    if calendar == "lunar":
        text = lunar.label(month, day, leap)
        return translate("ImportDialog", "%1 (born %2)").replace("%1", text).replace(
            "%2", str(year)) if year else text
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"


def cell_text(value: object) -> str:
    """A preview cell: dates as 2026-11-22, long text on one line."""
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return " ".join(str(value).split())


class ColumnsPage(QWidget):
    """Step 1: the preview with a field box per column, the date order, the duplicates."""

    sig_changed = Signal()
    """A column's field, the date order or the duplicate choice changed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.source: Source | None = None
        self.combos: list[QComboBox] = []
        self._labels = field_labels()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.columns_hint = QLabel()
        self.columns_hint.setObjectName("importColumnsHint")
        self.columns_hint.setWordWrap(True)
        layout.addWidget(self.columns_hint)
        self.preview = QTableWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setWordWrap(False)
        self.preview.setAlternatingRowColors(True)
        self.preview.horizontalHeader().setHighlightSections(False)
        self.preview.verticalHeader().setDefaultSectionSize(26)
        layout.addWidget(self.preview, 1)
        self.name_warning = QLabel(translate(
            "ImportDialog",
            "Choose the column that holds the customers' names (“Name” in its box above); "
            "without names nothing can be imported."))
        self.name_warning.setObjectName("importNameWarning")
        self.name_warning.setWordWrap(True)
        self.name_warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        layout.addWidget(self.name_warning)
        options = QHBoxLayout()
        options.addWidget(self._build_dates_box(), 1)
        options.addWidget(self._build_duplicates_box(), 1)
        layout.addLayout(options)

    def _build_dates_box(self) -> QGroupBox:
        self.dates_box = QGroupBox(translate("ImportDialog", "Birthdays"))
        self.dates_box.setObjectName("importDatesBox")
        dates = QGridLayout(self.dates_box)
        dates.addWidget(QLabel(translate("ImportDialog", "Dates like 3/5/1990:")), 0, 0)
        self.date_order = QComboBox()
        self.date_order.setObjectName("importDateOrder")
        self.date_order.addItem("", None)
        self.date_order.addItem(translate("ImportDialog", "Day first (3/5/1990 is 3 May)"), True)
        self.date_order.addItem(translate("ImportDialog", "Month first (3/5/1990 is March 5)"),
                                False)
        self.date_order.currentIndexChanged.connect(lambda *args: self.sig_changed.emit())
        dates.addWidget(self.date_order, 0, 1)
        always = QLabel(translate("ImportDialog",
                                  "1990-05-03, 1990/5/3, 5月3日 and birthdays marked lunar "
                                  "(农历八月十五) are always read as written."))
        always.setWordWrap(True)
        always.setStyleSheet("color: palette(dark);")
        dates.addWidget(always, 1, 0, 1, 2)
        self.date_examples = QLabel()
        self.date_examples.setObjectName("importDateExamples")
        self.date_examples.setWordWrap(True)
        dates.addWidget(self.date_examples, 2, 0, 1, 2)
        dates.setColumnStretch(1, 1)
        return self.dates_box

    def _build_duplicates_box(self) -> QGroupBox:
        duplicates_box = QGroupBox(translate("ImportDialog",
                                             "A row with the phone number of a customer "
                                             "already in the book"))
        duplicates_box.setObjectName("importDuplicatesBox")
        duplicates = QVBoxLayout(duplicates_box)
        self.duplicate_group = QButtonGroup(self)
        for index, (key, text) in enumerate((
                ("skip", translate("ImportDialog", "Skip it: the card stays as it is")),
                ("update", translate("ImportDialog",
                                     "Update the existing card with the file's details")),
                ("create", translate("ImportDialog", "Create a new card anyway")))):
            radio = QRadioButton(text)
            radio.setObjectName(f"importDuplicate_{key}")
            radio.setProperty("choice", key)
            radio.setChecked(index == 0)
            self.duplicate_group.addButton(radio, index)
            duplicates.addWidget(radio)
        self.duplicate_group.idToggled.connect(lambda *args: self.sig_changed.emit())
        return duplicates_box

    # ------------------------------------------------------------------ the preview
    def show_source(self, source: Source) -> None:
        """Show a (newly read) file's first rows with Custbook's guesses."""
        self.source = source
        if source.is_vcard:
            self.columns_hint.setText(translate(
                "ImportDialog",
                "The first contacts of the file, as Custbook reads them. Choose what to do "
                "with customers already in the book, then check the import: nothing is "
                "written before you press Import."))
            self._fill_vcard_preview()
        else:
            self.columns_hint.setText(translate(
                "ImportDialog",
                "Custbook has guessed what each column holds (first row of the table). "
                "Change any guess that is wrong; columns set to “(ignore)” are not imported. "
                "Nothing is written before you press Import."))
            self._fill_table_preview(source.auto_mapping())

    def _fill_table_preview(self, mapping: dict[int, str]) -> None:
        table = self.source.table
        headers = table.headers
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setRowCount(len(rows) + 1)
        self.preview.setHorizontalHeaderLabels(
            [h or translate("ImportDialog", "Column %1").replace("%1", str(i + 1))
             for i, h in enumerate(headers)])
        self.preview.setVerticalHeaderLabels(
            [translate("ImportDialog", "Import as")]
            + [str(self.source.first_number + i) for i in range(len(rows))])
        self.combos = []
        for column in range(len(headers)):
            combo = QComboBox()
            combo.setObjectName(f"importField_{column}")
            for key in FIELDS:
                combo.addItem(self._labels[key], key)
            for own in custom_fields.fields():  # the shop's own fields (Settings › Fields)
                combo.addItem(own.name, f"custom:{own.id}")
            combo.setCurrentIndex(max(combo.findData(mapping.get(column, "")), 0))
            combo.setToolTip(translate("ImportDialog",
                                       "What Custbook takes the column “%1” for").replace(
                "%1", headers[column]))
            combo.currentIndexChanged.connect(
                lambda index, c=column: self._field_chosen(c))
            self.preview.setCellWidget(0, column, combo)
            self.combos.append(combo)
            for row, values in enumerate(rows, start=1):
                value = values[column] if column < len(values) else ""
                item = QTableWidgetItem(cell_text(value))
                item.setToolTip(str(value if value is not None else ""))
                self.preview.setItem(row, column, item)
        self.preview.resizeColumnsToContents()
        for column, combo in enumerate(self.combos):
            width = max(combo.sizeHint().width() + 8, self.preview.columnWidth(column))
            self.preview.setColumnWidth(column, min(width, 260))
        self.preview.setRowHeight(0, max(self.combos[0].sizeHint().height() + 6, 30)
                                  if self.combos else 30)
        self._grey_ignored()

    def _fill_vcard_preview(self) -> None:
        contacts = (self.source.contacts or [])[:PREVIEW_ROWS]
        headers = [translate("ImportDialog", "Name"), translate("ImportDialog", "Phones"),
                   translate("ImportDialog", "E-mail"), translate("ImportDialog", "Birthday"),
                   translate("ImportDialog", "Address"), translate("ImportDialog", "Photo"),
                   translate("ImportDialog", "Notes")]
        self.combos = []
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setRowCount(len(contacts))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setVerticalHeaderLabels(
            [str(self.source.first_number + i) for i in range(len(contacts))])
        for row, contact in enumerate(contacts):
            values = (contact.name, ", ".join(contact.phones), contact.email,
                      birthday_text(contact.birthday), contact.address,
                      translate("ImportDialog", "yes") if contact.photo else "", contact.note)
            for column, value in enumerate(values):
                item = QTableWidgetItem(" ".join(str(value).split()))
                item.setToolTip(str(value))
                self.preview.setItem(row, column, item)
        self.preview.resizeColumnsToContents()
        for column in range(len(headers)):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), 280))

    # ------------------------------------------------------------------ the choices
    def mapping(self) -> dict[int, str]:
        """Column index -> field, as the combo boxes now say."""
        return {i: combo.currentData() for i, combo in enumerate(self.combos)
                if combo.currentData()}

    def set_field(self, column: int, field: str) -> None:
        """Choose what a column is imported as (as the owner does with its combo box)."""
        self.combos[column].setCurrentIndex(max(self.combos[column].findData(field), 0))

    def day_first(self) -> bool | None:
        return self.date_order.currentData()

    def on_duplicate(self) -> str:
        return self.duplicate_group.checkedButton().property("choice")

    def _field_chosen(self, column: int) -> None:
        field = self.combos[column].currentData()
        if field and field not in REPEATABLE:  # one column per field: the other one yields
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._grey_ignored()
        self.sig_changed.emit()

    def _grey_ignored(self) -> None:
        normal = self.palette().color(QPalette.ColorRole.Text)
        for column, combo in enumerate(self.combos):
            ignored = not combo.currentData()
            for row in range(1, self.preview.rowCount()):
                item = self.preview.item(row, column)
                if item is not None:
                    item.setForeground(GREY if ignored else normal)
                    font = item.font()
                    font.setItalic(ignored)
                    item.setFont(font)

    def refresh(self) -> bool:
        """Update the warning and the date hints; False while no column holds the names."""
        mapping = self.mapping()
        named = self.source.is_vcard or has_name(mapping)
        self.name_warning.setVisible(not named)
        dated = any(f in ("birthday", "lunar_birthday") for f in mapping.values())
        self.dates_box.setVisible(dated)
        if dated:
            self._show_date_examples(mapping)
        return named

    def _show_date_examples(self, mapping: dict[int, str]) -> None:
        samples = self.source.birthday_samples(mapping)
        guessed = field_map.guess_day_first(samples)
        self.date_order.setItemText(0, (
            translate("ImportDialog", "Automatic: day first (the column has dates like 25/12)")
            if guessed
            else translate("ImportDialog",
                           "Automatic: month first (the column has dates like 12/25)")
            if guessed is False else translate("ImportDialog",
                                               "Automatic (day first unless the dates say "
                                               "otherwise)")))
        chosen = self.day_first()
        day_first = chosen if chosen is not None else (True if guessed is None else guessed)
        examples = []
        lunar_columns = [i for i, f in mapping.items() if f == "lunar_birthday"]
        # The ambiguous ones (3/5/1990) first: they are the ones the choice changes.
        ambiguous = [t for t in samples if re.fullmatch(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", t)]
        texts = list(dict.fromkeys(ambiguous[:2] + samples))[:4]
        for row in self.source.table.rows[:200] if self.source.table is not None else []:
            if len(texts) >= 5:
                break
            for index in lunar_columns:
                value = row[index] if index < len(row) else ""
                if isinstance(value, str) and value.strip():
                    texts.append("农历" + value.strip())
        for text in dict.fromkeys(texts):
            try:
                read = birthday_text(field_map.parse_birthday(text, day_first))
            except ValueError:
                read = translate("ImportDialog", "not a date: left out")
            examples.append(f"{text} → {read}")
        self.date_examples.setText(
            translate("ImportDialog", "Read as: %1").replace("%1", "   ·   ".join(examples))
            if examples else "")
