"""Importing a customer list: pick the file, check the columns, dry run, then import.

The owner sees the file's own first rows with, above each column, what Custbook will
take it for (guessed from the header by custbook.io.field_map) and can change any of
them; how 3/5/1990 is read; and what happens to rows whose phone is already in the
book. "Check" runs the importer's dry run (make_plan) and shows what would happen —
how many new, updated, duplicate and invalid rows, each problem row with its number
in the file and the reason — before anything is written. "Import" then applies that
very plan in one transaction off the UI thread; Cancel or a failure leaves the book
exactly as it was and says so. Every import can be undone from the history
(ui/exchange/import_history.py).
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook import lunar
from custbook.errors import CustbookError
from custbook.io import field_map, importer
from ui import format as fmt
from ui.customers.widgets import RememberedDialog
from ui.exchange.import_source import (
    PREVIEW_ROWS,
    REPEATABLE,
    Cancelled,
    Source,
    call_with_progress,
    has_name,
    open_source,
)
from ui.signals import CUSTOMERS, bus
from ui.worker import Task, run_task

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
PROBLEMS_SHOWN = 1000  # a list longer than this is cut (the counts stay exact)
_GREY = QColor("#8a8f94")
_KIND_COLOURS = {"invalid": QColor("#b3261e"), "duplicate": QColor("#8a5a00"),
                 "warning": QColor("#2f6f8f")}

# How the encodings people meet are usually called (the others: Python's name, upper case).
_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf_8": "UTF-8",
                   "utf-16": "UTF-16", "utf-32": "UTF-32", "gb18030": "GB18030 (GBK)",
                   "gbk": "GBK", "big5": "Big5", "shift_jis": "Shift_JIS", "cp932": "Shift_JIS"}

# The fields a column can be imported as, in the order the combo box lists them.
FIELDS = ("", "name", "family_name", "given_name", "middle_name", "phone", "email",
          "birthday", "lunar_birthday", "birth_year", "birth_month", "birth_day", "address",
          "address_part", "note", "tier", "wechat_id", "gender", "tags", "occupation")


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


def _message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
             name: str, details: str = "") -> QMessageBox:
    """A message that needs no answer and does not block (tests find it by name)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    if details:
        box.setInformativeText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def refuse(parent: QWidget | None, path: str | Path, exc: BaseException) -> QMessageBox:
    """Tell the owner a file cannot be imported: its name and the reader's reason."""
    if isinstance(exc, CustbookError):
        reason = str(exc)
    else:  # a reader tripped on something unforeseen: still a sentence, never a traceback
        log.warning("reading %s failed", path, exc_info=exc)
        reason = translate("ImportDialog", "The file could not be read (%1).").replace(
            "%1", f"{type(exc).__name__}: {exc}".rstrip(": "))
    if Path(path).suffix.lower() in (".xls", ".et", ".numbers", ".ods"):
        reason += "\n\n" + translate(
            "ImportDialog", "Open it in Excel or WPS, save it with “Save As” as an Excel "
                            "workbook (.xlsx) or CSV, and import that file.")
    elif Path(path).suffix.lower() in (".ics", ".ical"):
        reason += "\n\n" + translate(
            "ImportDialog", "This is a calendar: its birthdays and dates come in through "
                            "Calendar › Import a calendar (.ics)….")
    return _message(parent, QMessageBox.Icon.Warning,
                    translate("ImportDialog", "Import customers"),
                    translate("ImportDialog", "“%1” cannot be imported.").replace(
                        "%1", Path(path).name), "importRefused", reason)


def choose_file(parent: QWidget | None, folder: str = "") -> str:
    """Ask for the customer list to import ('' when the owner cancels)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("ImportDialog", "Import customers from a file"),
        folder or str(Path.home()),
        translate("ImportDialog", "Customer lists (*.csv *.xlsx *.vcf *.vcard *.txt *.tsv);;"
                                  "CSV files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;"
                                  "vCard contacts (*.vcf *.vcard);;All files (*)"))
    return path


def load_source(parent: QWidget | None, path: str | Path, sheet: int,
                on_loaded, on_refused=None) -> Task:
    """Read the file in the background; `on_loaded(source)` or a clear refusal."""
    def failed(exc: BaseException) -> None:
        refuse(parent, path, exc)
        if on_refused:
            on_refused(exc)

    return run_task(parent, translate("ImportDialog", "Reading %1…").replace(
        "%1", Path(path).name), lambda progress: open_source(path, sheet), on_loaded, failed)


class ImportDialog(RememberedDialog):
    """The import wizard: the columns page, then the dry run page, then the import."""

    DEFAULT_SIZE = QSize(1040, 680)
    sig_checked = Signal()
    """The dry run's result is shown."""
    sig_finished_import = Signal(object, object)
    """(ImportResult or None, exception or None) once an import ended."""
    sig_source_changed = Signal()

    def __init__(self, parent: QWidget | None, source: Source):
        super().__init__(parent, "importDialog")
        self.setWindowTitle(self.tr("Import customers"))
        self.source = source
        self.plan: importer.Plan | None = None
        self.result_: importer.ImportResult | None = None
        self.task: Task | None = None
        self._running = False  # a check, an import or a reading is on the worker
        self.message_box: QMessageBox | None = None
        self.combos: list[QComboBox] = []
        self._labels = field_labels()
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_file_row())
        self.steps = QLabel()
        self.steps.setObjectName("importSteps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.steps)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_columns_page())
        self.stack.addWidget(self._build_check_page())
        layout.addWidget(self.stack, 1)
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        layout.addLayout(self._build_buttons())
        self.show_source(source)

    # ------------------------------------------------------------------ building
    def _build_file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.file_label = QLabel()
        self.file_label.setObjectName("importFile")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.file_label, 1)
        self.sheet_label = QLabel(self.tr("Sheet:"))
        row.addWidget(self.sheet_label)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.setMinimumWidth(140)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.sheet_label.setBuddy(self.sheet_combo)
        row.addWidget(self.sheet_combo)
        self.choose_button = QPushButton(self.tr("Choose another file…"))
        self.choose_button.setObjectName("importChooseFile")
        self.choose_button.clicked.connect(self.choose_another_file)
        row.addWidget(self.choose_button)
        return row

    def _build_columns_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
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
        self.name_warning = QLabel(self.tr(
            "Choose the column that holds the customers' names (“Name” in its box above); "
            "without names nothing can be imported."))
        self.name_warning.setObjectName("importNameWarning")
        self.name_warning.setWordWrap(True)
        self.name_warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        layout.addWidget(self.name_warning)
        options = QHBoxLayout()
        self.dates_box = QGroupBox(self.tr("Birthdays"))
        self.dates_box.setObjectName("importDatesBox")
        dates = QGridLayout(self.dates_box)
        dates.addWidget(QLabel(self.tr("Dates like 3/5/1990:")), 0, 0)
        self.date_order = QComboBox()
        self.date_order.setObjectName("importDateOrder")
        self.date_order.addItem("", None)
        self.date_order.addItem(self.tr("Day first (3/5/1990 is 3 May)"), True)
        self.date_order.addItem(self.tr("Month first (3/5/1990 is March 5)"), False)
        self.date_order.currentIndexChanged.connect(self._options_changed)
        dates.addWidget(self.date_order, 0, 1)
        always = QLabel(self.tr("1990-05-03, 1990/5/3, 5月3日 and birthdays marked lunar "
                                "(农历八月十五) are always read as written."))
        always.setWordWrap(True)
        always.setStyleSheet("color: palette(dark);")
        dates.addWidget(always, 1, 0, 1, 2)
        self.date_examples = QLabel()
        self.date_examples.setObjectName("importDateExamples")
        self.date_examples.setWordWrap(True)
        dates.addWidget(self.date_examples, 2, 0, 1, 2)
        dates.setColumnStretch(1, 1)
        options.addWidget(self.dates_box, 1)
        duplicates_box = QGroupBox(self.tr("A row with the phone number of a customer "
                                           "already in the book"))
        duplicates_box.setObjectName("importDuplicatesBox")
        duplicates = QVBoxLayout(duplicates_box)
        self.duplicate_group = QButtonGroup(self)
        for index, (key, text) in enumerate((
                ("skip", self.tr("Skip it: the card stays as it is")),
                ("update", self.tr("Update the existing card with the file's details")),
                ("create", self.tr("Create a new card anyway")))):
            radio = QRadioButton(text)
            radio.setObjectName(f"importDuplicate_{key}")
            radio.setProperty("choice", key)
            radio.setChecked(index == 0)
            self.duplicate_group.addButton(radio, index)
            duplicates.addWidget(radio)
        self.duplicate_group.idToggled.connect(lambda *args: self._options_changed())
        options.addWidget(duplicates_box, 1)
        layout.addLayout(options)
        return page

    def _build_check_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        tiles = QHBoxLayout()
        self.count_labels: dict[str, QLabel] = {}
        for key, caption, colour in (
                ("new", self.tr("new customers"), "#1e6b3a"),
                ("update", self.tr("cards updated"), "#2f6f8f"),
                ("duplicate", self.tr("duplicates skipped"), "#8a5a00"),
                ("invalid", self.tr("invalid rows left out"), "#b3261e")):
            tile = QFrame()
            tile.setObjectName(f"importTile_{key}")
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            tile.setStyleSheet(f"#importTile_{key} {{ border: 1px solid palette(mid);"
                               f" border-left: 5px solid {colour}; border-radius: 4px;"
                               " background: palette(base); }")
            box = QVBoxLayout(tile)
            number = QLabel("0")
            number.setObjectName(f"importCount_{key}")
            font = QFont(number.font())
            font.setPointSizeF(font.pointSizeF() * 1.9)
            font.setBold(True)
            number.setFont(font)
            number.setStyleSheet(f"color: {colour};")
            box.addWidget(number)
            label = QLabel(caption)
            box.addWidget(label)
            tiles.addWidget(tile)
            self.count_labels[key] = number
        layout.addLayout(tiles)
        self.check_summary = QLabel()
        self.check_summary.setObjectName("importCheckSummary")
        self.check_summary.setWordWrap(True)
        layout.addWidget(self.check_summary)
        self.problems = QTableWidget(0, 4)
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Name"),
                                                 self.tr("What happens"), self.tr("Why")])
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setAlternatingRowColors(True)
        self.problems.setWordWrap(False)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.problems.setColumnWidth(1, 200)
        layout.addWidget(self.problems, 1)
        return page

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("‹ Back to the columns"))
        self.back_button.setObjectName("importBack")
        self.back_button.clicked.connect(self.back_to_columns)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.setObjectName("importClose")
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.cancel_button)
        self.check_button = QPushButton(self.tr("Check (dry run) ›"))
        self.check_button.setObjectName("importCheck")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        row.addWidget(self.check_button)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importRun")
        self.import_button.clicked.connect(self.run_import)
        row.addWidget(self.import_button)
        return row

    # ------------------------------------------------------------------ the file
    def show_source(self, source: Source) -> None:
        """Show a (newly read) file on the columns page with Custbook's guesses."""
        self.source = source
        self.plan = None
        name = source.path.name
        if source.is_vcard:
            about = self.tr("%1 contacts (vCard)").replace("%1", fmt.number(source.record_count))
        else:
            about = self.tr("%1 rows").replace("%1", fmt.number(source.record_count))
            if source.encoding and source.encoding != "xlsx":
                about += " · " + self.tr("text read as %1").replace(
                    "%1", _ENCODING_NAMES.get(source.encoding.lower(),
                                              source.encoding.upper()))
        self.file_label.setText(f"<b>{name}</b> — {about}")
        self.file_label.setToolTip(str(source.path))
        self.sheet_combo.clear()
        self.sheet_combo.addItems(source.sheets)
        self.sheet_combo.setCurrentIndex(source.sheet if source.sheets else -1)
        has_sheets = len(source.sheets) > 1
        self.sheet_label.setVisible(has_sheets)
        self.sheet_combo.setVisible(has_sheets)
        if source.is_vcard:
            self.columns_hint.setText(self.tr(
                "The first contacts of the file, as Custbook reads them. Choose what to do "
                "with customers already in the book, then check the import: nothing is "
                "written before you press Import."))
            self._fill_vcard_preview()
        else:
            self.columns_hint.setText(self.tr(
                "Custbook has guessed what each column holds (first row of the table). "
                "Change any guess that is wrong; columns set to “(ignore)” are not imported. "
                "Nothing is written before you press Import."))
            self._fill_table_preview(source.auto_mapping())
        self.status.hide()
        self._show_page(0)
        self._options_changed()
        self.sig_source_changed.emit()

    def _fill_table_preview(self, mapping: dict[int, str]) -> None:
        table = self.source.table
        headers = table.headers
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setRowCount(len(rows) + 1)
        self.preview.setHorizontalHeaderLabels(
            [h or self.tr("Column %1").replace("%1", str(i + 1)) for i, h in enumerate(headers)])
        self.preview.setVerticalHeaderLabels(
            [self.tr("Import as")] + [str(self.source.first_number + i) for i in range(len(rows))])
        self.combos = []
        for column in range(len(headers)):
            combo = QComboBox()
            combo.setObjectName(f"importField_{column}")
            for key in FIELDS:
                combo.addItem(self._labels[key], key)
            combo.setCurrentIndex(FIELDS.index(mapping.get(column, "")))
            combo.setToolTip(self.tr("What Custbook takes the column “%1” for").replace(
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
        headers = [self.tr("Name"), self.tr("Phones"), self.tr("E-mail"), self.tr("Birthday"),
                   self.tr("Address"), self.tr("Photo"), self.tr("Notes")]
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
                      self.tr("yes") if contact.photo else "", contact.note)
            for column, value in enumerate(values):
                item = QTableWidgetItem(" ".join(str(value).split()))
                item.setToolTip(str(value))
                self.preview.setItem(row, column, item)
        self.preview.resizeColumnsToContents()
        for column in range(len(headers)):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), 280))

    def choose_another_file(self) -> None:
        path = choose_file(self, str(self.source.path.parent))
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path, sheet: int = 0) -> Task:
        """Read another file (or sheet) in place of this one; a refusal keeps the current."""
        self._busy(True)
        self.task = load_source(self, path, sheet, self._loaded,
                                lambda exc: self._busy(False))
        return self.task

    def _loaded(self, source: Source) -> None:
        self._busy(False)
        self.show_source(source)

    def _sheet_chosen(self, index: int) -> None:
        if index != self.source.sheet and index >= 0:
            self.open_file(self.source.path, index)

    # ------------------------------------------------------------------ the choices
    def mapping(self) -> dict[int, str]:
        """Column index -> field, as the combo boxes now say."""
        return {i: combo.currentData() for i, combo in enumerate(self.combos)
                if combo.currentData()}

    def set_field(self, column: int, field: str) -> None:
        """Choose what a column is imported as (as the owner does with its combo box)."""
        self.combos[column].setCurrentIndex(FIELDS.index(field))

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
        self._options_changed()

    def _grey_ignored(self) -> None:
        normal = self.palette().color(QPalette.ColorRole.Text)
        for column, combo in enumerate(self.combos):
            ignored = not combo.currentData()
            for row in range(1, self.preview.rowCount()):
                item = self.preview.item(row, column)
                if item is not None:
                    item.setForeground(_GREY if ignored else normal)
                    font = item.font()
                    font.setItalic(ignored)
                    item.setFont(font)

    def _options_changed(self, *args) -> None:
        """Any choice changed: the last dry run no longer holds; update the hints."""
        self.plan = None
        self._refresh_columns_page()

    def _refresh_columns_page(self) -> None:
        mapping = self.mapping()
        named = self.source.is_vcard or has_name(mapping)
        self.name_warning.setVisible(not named)
        self.check_button.setEnabled(named and self.source.record_count > 0)
        dated = any(f in ("birthday", "lunar_birthday") for f in mapping.values())
        self.dates_box.setVisible(dated)
        if dated:
            self._show_date_examples(mapping)
        if self.stack.currentIndex() == 0:
            self._show_page(0)

    def _show_date_examples(self, mapping: dict[int, str]) -> None:
        samples = self.source.birthday_samples(mapping)
        guessed = field_map.guess_day_first(samples)
        self.date_order.setItemText(0, (
            self.tr("Automatic: day first (the column has dates like 25/12)") if guessed
            else self.tr("Automatic: month first (the column has dates like 12/25)")
            if guessed is False else self.tr("Automatic (day first unless the dates say "
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
                read = self.tr("not a date: left out")
            examples.append(f"{text} → {read}")
        self.date_examples.setText(
            self.tr("Read as: %1").replace("%1", "   ·   ".join(examples)) if examples else "")

    # ------------------------------------------------------------------ pages and buttons
    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self._show_step(index)
        on_check = index == 1
        self.back_button.setVisible(on_check)
        self.check_button.setVisible(not on_check)
        self.import_button.setVisible(on_check)
        self.choose_button.setEnabled(not on_check)
        self.sheet_combo.setEnabled(not on_check)
        if on_check:
            self.import_button.setDefault(True)
        else:
            self.check_button.setDefault(True)

    def _show_step(self, index: int) -> None:
        """The three steps at the top, the current one highlighted."""
        names = [self.tr("1. Columns"), self.tr("2. Check"), self.tr("3. Import")]
        parts = [f"<b style='color:#2f6f8f'>{n}</b>" if i == index
                 else f"<span style='color:#8a8f94'>{n}</span>" for i, n in enumerate(names)]
        self.steps.setText("&nbsp;&nbsp;›&nbsp;&nbsp;".join(parts))

    def _busy(self, busy: bool) -> None:
        self._running = busy
        for widget in (self.check_button, self.import_button, self.back_button,
                       self.choose_button, self.sheet_combo, self.stack, self.cancel_button):
            widget.setEnabled(not busy)
        if not busy:
            self._show_page(self.stack.currentIndex())
            if self.stack.currentIndex() == 0:
                self._refresh_columns_page()
            else:
                self._update_import_button()

    def reject(self) -> None:
        """Closing while the worker runs would pull the rug from under it: cancel instead."""
        if self._running:
            if self.task is not None:
                self.task.cancel()
            return
        super().reject()

    def back_to_columns(self) -> None:
        self.status.hide()
        self._show_page(0)

    def _say(self, text: str, bad: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e; font-weight: bold;" if bad
                                  else "color: #1e6b3a; font-weight: bold;")
        self.status.show()

    # ------------------------------------------------------------------ the dry run
    def check(self) -> Task | None:
        """Run the dry run in the background and show what the import would do."""
        if not self.check_button.isEnabled():
            return None
        source, mapping = self.source, self.mapping()
        day_first, on_duplicate = self.day_first(), self.on_duplicate()

        def work(progress):
            contacts = source.contacts_for(mapping, day_first)
            return call_with_progress(importer.make_plan, contacts, on_duplicate,
                                      source.first_number, source.path.name,
                                      progress=progress)

        self.status.hide()
        self._busy(True)
        self.task = run_task(self, self.tr("Checking %1…").replace("%1", source.path.name),
                             work, self.show_plan, self._check_failed)
        return self.task

    def _check_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, Cancelled):
            self._say(self.tr("The check was stopped. Nothing was written."))
        elif isinstance(exc, CustbookError):
            self._say(str(exc), bad=True)
        else:
            log.error("the import check failed", exc_info=exc)
            self._say(self.tr("The check failed: %1. Nothing was written.").replace(
                "%1", str(exc) or type(exc).__name__), bad=True)

    def show_plan(self, plan: importer.Plan) -> None:
        """Show the dry run: the counts and every row that is not imported as it is."""
        self.plan = plan
        counts = {key: plan.count(key) for key in ("new", "update", "duplicate", "invalid")}
        for key, label in self.count_labels.items():
            label.setText(fmt.number(counts[key]))
        warned = [r for r in plan.rows if r.warnings and r.action in ("new", "update")]
        left_out = counts["duplicate"] + counts["invalid"]
        summary = self.tr("%1 customers will be added and %2 existing cards updated.").replace(
            "%1", fmt.number(counts["new"])).replace("%2", fmt.number(counts["update"]))
        if left_out:
            summary += " " + self.tr("%1 rows are left out; each is listed below with the "
                                     "reason.").replace("%1", fmt.number(left_out))
        if warned:
            summary += " " + self.tr("%1 rows are imported with a warning (listed too).").replace(
                "%1", fmt.number(len(warned)))
        if not left_out and not warned:
            summary += " " + self.tr("Every row can be imported as it is.")
        self.check_summary.setText(summary)
        self._fill_problems(plan)
        self._show_page(1)
        self._busy(False)
        self.sig_checked.emit()

    def _fill_problems(self, plan: importer.Plan) -> None:
        what = {"invalid": self.tr("Left out: invalid"),
                "duplicate": self.tr("Left out: duplicate"),
                "new": self.tr("Added, with a warning"),
                "update": self.tr("Updated, with a warning")}
        lines: list[tuple[int, str, str, str, str]] = []
        for row in plan.rows:
            if row.action in ("invalid", "duplicate"):
                reason = "; ".join([row.reason] + row.warnings) if row.warnings else row.reason
                lines.append((row.number, row.name, what[row.action], reason, row.action))
            elif row.warnings:
                lines.append((row.number, row.name, what[row.action], "; ".join(row.warnings),
                              "warning"))
        shown = lines[:PROBLEMS_SHOWN]
        self.problems.setRowCount(len(shown))
        for index, (number, name, action, reason, kind) in enumerate(shown):
            cells = (str(number), name or self.tr("(no name)"), action, reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.EditRole, number)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == 2:
                    item.setForeground(_KIND_COLOURS[kind])
                if column == 1 and not name:
                    item.setForeground(_GREY)
                self.problems.setItem(index, column, item)
        self.problems.setVisible(bool(shown))
        if len(lines) > len(shown):
            self.check_summary.setText(self.check_summary.text() + " " + self.tr(
                "The first %1 of them are listed.").replace("%1", fmt.number(len(shown))))

    def problem_rows(self) -> list[tuple[int, str, str]]:
        """(row number, what happens, why) of each listed row, as shown."""
        return [(int(self.problems.item(r, 0).text()), self.problems.item(r, 2).text(),
                 self.problems.item(r, 3).text()) for r in range(self.problems.rowCount())]

    def _update_import_button(self) -> None:
        count = (self.plan.count("new") + self.plan.count("update")) if self.plan else 0
        self.import_button.setText(self.tr("Import %1 customers").replace(
            "%1", fmt.number(count)) if count else self.tr("Nothing to import"))
        self.import_button.setEnabled(count > 0)

    # ------------------------------------------------------------------ the import
    def run_import(self) -> Task | None:
        """Apply the checked plan in the background (one transaction, Cancel rolls back)."""
        plan = self.plan
        if plan is None or not self.import_button.isEnabled():
            return None
        total = plan.count("new") + plan.count("update")

        def work(progress):
            return call_with_progress(importer.apply_plan, plan, progress=progress)

        self.status.hide()
        self._busy(True)
        self._show_step(2)
        self.task = run_task(self, self.tr("Importing %1 customers…").replace(
            "%1", fmt.number(total)), work, self._imported, self._import_failed)
        return self.task

    def _imported(self, result: importer.ImportResult) -> None:
        self.result_ = result
        self._busy(False)
        bus().sig_data_changed.emit(frozenset({CUSTOMERS}))
        text = self.tr("%1 new customers added, %2 existing cards updated.").replace(
            "%1", fmt.number(result.created)).replace("%2", fmt.number(result.updated))
        self.message_box = _message(
            self.parentWidget(), QMessageBox.Icon.Information, self.tr("Import finished"),
            self.tr("“%1” is imported.").replace("%1", self.source.path.name), "importDone",
            text + "\n\n" + self.tr("Changed your mind? File › Import history and undo… "
                                    "takes the whole import back."))
        self.sig_finished_import.emit(result, None)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self._busy(False)
        unchanged = self.tr("Nothing was imported: the book is exactly as it was.")
        if isinstance(exc, Cancelled):
            self._say(self.tr("The import was cancelled.") + " " + unchanged)
        elif isinstance(exc, CustbookError):
            self._say(self.tr("The import stopped: %1").replace("%1", str(exc)) + " "
                      + unchanged, bad=True)
        else:
            log.error("the import failed", exc_info=exc)
            self._say(self.tr("The import failed: %1").replace(
                "%1", str(exc) or type(exc).__name__) + " " + unchanged, bad=True)
        self.sig_finished_import.emit(None, exc)


class ImportActions(QObject):
    """File › Import customers… and File › Import history and undo…, and what they open."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.dialog: ImportDialog | None = None
        self.history = None
        self.task: Task | None = None
        self.import_action = QAction(self.tr("&Import customers…"), window)
        self.import_action.setObjectName("actionImportCustomers")
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.setStatusTip(self.tr(
            "Add customers from a CSV or Excel list or a phone's vCard contacts"))
        self.import_action.triggered.connect(lambda checked=False: self.import_customers())
        self.history_action = QAction(self.tr("Import &history and undo…"), window)
        self.history_action.setObjectName("actionImportHistory")
        self.history_action.setStatusTip(self.tr("See the recent imports and undo one"))
        self.history_action.triggered.connect(lambda checked=False: self.show_history())

    @property
    def window(self) -> QMainWindow:
        return self.parent()

    def import_customers(self, path: str | Path | None = None) -> Task | None:
        """Ask for a file (unless given), read it, then open the import dialog on it."""
        if path is None:
            path = choose_file(self.window)
            if not path:
                return None
        self.task = load_source(self.window, path, 0, self._open_dialog)
        return self.task

    def _open_dialog(self, source: Source) -> None:
        self.dialog = ImportDialog(self.window, source)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(lambda *args: setattr(self, "dialog", None))
        self.dialog.open()

    def show_history(self):
        """The recent imports, each of which can be undone."""
        from ui.exchange.import_history import ImportHistoryDialog

        self.history = ImportHistoryDialog(self.window)
        self.history.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history.destroyed.connect(lambda *args: setattr(self, "history", None))
        self.history.open()
        return self.history


def add_import_actions(window: QMainWindow, file_menu: QMenu) -> ImportActions:
    """Put the import entries into the File menu (the main window calls this once)."""
    actions = ImportActions(window)
    file_menu.addSeparator()
    file_menu.addAction(actions.import_action)
    file_menu.addAction(actions.history_action)
    return actions
