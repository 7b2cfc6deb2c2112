"""Importing a customer list: pick the file, check the columns, dry run, then import.

The owner sees the file's own first rows with, above each column, what Custbook will
take it for (guessed from the header by custbook.exchange.field_map) and can change any of
them; how 3/5/1990 is read; and what happens to rows whose phone is already in the
book. "Check" runs the importer's dry run (make_plan) and shows what would happen —
how many new, updated, duplicate and invalid rows, each problem row with its number
in the file and the reason — before anything is written. "Import" then applies that
very plan in one transaction off the UI thread; Cancel or a failure leaves the book
exactly as it was and says so. Every import can be undone from the history
(ui/exchange/import_history.py).

This module is the wizard itself: the file row, the steps, running the check and the
import on the worker, Cancel and the messages; the File menu entries are in
ui/exchange/import_actions.py. The pages are their own modules so each stays readable:
the columns page (preview, field boxes, date order, duplicate choice) in
ui/exchange/import_columns.py, the dry run's result in ui/exchange/import_check.py. The
dialog keeps attributes pointing at the pages' widgets (preview, combos, count_labels,
problems…) so tests and scripts reach them as before."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from custbook.errors import CustbookError
from custbook.exchange import importer
from ui import format as fmt
from ui.window_commands import last_action
from ui.customers.widgets import RememberedDialog
from ui.exchange.import_check import CheckPage
from ui.exchange.import_columns import ColumnsPage
from ui.exchange.import_source import (
    Cancelled,
    Source,
    call_with_progress,
    open_source,
)
from ui.worker import Task, run_task

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

# How the encodings people meet are usually called (the others: Python's name, upper case).
_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf_8": "UTF-8",
                   "utf-16": "UTF-16", "utf-32": "UTF-32", "gb18030": "GB18030 (GBK)",
                   "gbk": "GBK", "big5": "Big5", "shift_jis": "Shift_JIS", "cp932": "Shift_JIS"}


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

    DEFAULT_SIZE = QSize(1000, 680)  # with its frame, inside a 1024×768 screen
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
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_file_row())
        self.steps = QLabel()
        self.steps.setObjectName("importSteps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.steps)
        self.stack = QStackedWidget()
        self.columns_page = ColumnsPage()
        self.columns_page.sig_changed.connect(self._options_changed)
        self.stack.addWidget(self.columns_page)
        self.check_page = CheckPage()
        self.stack.addWidget(self.check_page)
        # The pages' widgets, reachable from the dialog as before the split (tests, bench).
        self.columns_hint = self.columns_page.columns_hint
        self.preview = self.columns_page.preview
        self.name_warning = self.columns_page.name_warning
        self.dates_box = self.columns_page.dates_box
        self.date_order = self.columns_page.date_order
        self.date_examples = self.columns_page.date_examples
        self.duplicate_group = self.columns_page.duplicate_group
        self.count_labels = self.check_page.count_labels
        self.check_summary = self.check_page.check_summary
        self.problems = self.check_page.problems
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
        self.columns_page.show_source(source)
        self.status.hide()
        self._show_page(0)
        self._options_changed()
        self.sig_source_changed.emit()

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
    @property
    def combos(self) -> list[QComboBox]:
        """The columns page's field boxes, one per column (none for a vCard)."""
        return self.columns_page.combos

    def mapping(self) -> dict[int, str]:
        """Column index -> field, as the combo boxes now say."""
        return self.columns_page.mapping()

    def set_field(self, column: int, field: str) -> None:
        """Choose what a column is imported as (as the owner does with its combo box)."""
        self.columns_page.set_field(column, field)

    def day_first(self) -> bool | None:
        return self.columns_page.day_first()

    def on_duplicate(self) -> str:
        return self.columns_page.on_duplicate()

    def _options_changed(self, *args) -> None:
        """Any choice changed: the last dry run no longer holds; update the hints."""
        self.plan = None
        self._refresh_columns_page()

    def _refresh_columns_page(self) -> None:
        named = self.columns_page.refresh()
        self.check_button.setEnabled(named and self.source.record_count > 0)
        if self.stack.currentIndex() == 0:
            self._show_page(0)

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
        self.check_page.show_plan(plan)
        self._show_page(1)
        self._busy(False)
        self.sig_checked.emit()

    def problem_rows(self) -> list[tuple[int, str, str]]:
        """(row number, what happens, why) of each listed row, as shown."""
        return self.check_page.problem_rows()

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
        text = self.tr("%1 new customers added, %2 existing cards updated.").replace(
            "%1", fmt.number(result.created)).replace("%2", fmt.number(result.updated))
        self.message_box = _message(
            self.parentWidget(), QMessageBox.Icon.Information, self.tr("Import finished"),
            self.tr("“%1” is imported.").replace("%1", self.source.path.name), "importDone",
            text + "\n\n" + self.tr("Changed your mind? File › Import history and undo… "
                                    "takes the whole import back."))
        last_action().offer(
            self.tr("&Undo the import of “%1”").replace("%1", self.source.path.name),
            lambda: importer.undo_import(result.batch_id))
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
