"""Printing the visit sheet: save it as a PDF, or print it with a preview.

There is one layout, the PDF the core writes (`custbook.paper.visit_sheet`); printing
draws that same PDF's pages (rendered by pdfium) onto the printer, so what comes out
of the printer is exactly the saved sheet. The PDF is written off the window's thread:
a busy day at a big shop can fill many pages.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from shiboken6 import isValid
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from custbook.paper import visit_sheet
from ui.calendar.common import ERROR_STYLE, date_edit, py_date
from ui.pdf_print import paper_file_name, preview_pdf
from ui.worker import run_quietly, run_task


COMPACT_FROM = 30  # more calls than this: the compact layout is offered first


class VisitSheetDialog(QDialog):
    def __init__(self, today: dt.date, day: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("visitSheetDialog")
        self.setWindowTitle(self.tr("Visit sheet"))
        self.today = today
        self.task = None
        self.pdf: Path | None = None
        self.sheet: visit_sheet.VisitSheet | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Today's calls on paper: who, phone, why, last "
                                        "purchase, talking points, and room for the outcome.")))
        form = QFormLayout()
        self.start = date_edit(day or today, "sheetFrom")
        self.end = date_edit(day or today, "sheetTo")
        self.overdue = QCheckBox(self.tr("Include the overdue ones"))
        self.overdue.setObjectName("sheetOverdue")
        self.overdue.setChecked(True)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow("", self.overdue)
        self.detailed = QRadioButton(self.tr("Detailed: talking points for each customer"))
        self.detailed.setObjectName("sheetDetailed")
        self.compact = QRadioButton(self.tr("Compact, for a busy day: 15 or more to a page"))
        self.compact.setObjectName("sheetCompact")
        self.detailed.setChecked(True)
        self.layouts = QButtonGroup(self)
        for button in (self.detailed, self.compact):
            self.layouts.addButton(button)
        form.addRow(self.tr("Layout"), self.detailed)
        form.addRow("", self.compact)
        layout.addLayout(form)
        self.pages = QLabel()  # the page count of each layout, before anything is written
        self.pages.setObjectName("sheetPages")
        self.pages.setWordWrap(True)
        layout.addWidget(self.pages)
        self.counts: dict[str, visit_sheet.VisitSheet] = {}
        self.count_task = None
        self._chosen_by_hand = False
        self.compact.toggled.connect(lambda _on: self._layout_chosen())
        self._count_timer = QTimer(self, singleShot=True, interval=250)
        self._count_timer.timeout.connect(self.count_pages)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self._count_timer.start())
        self.overdue.toggled.connect(lambda _on: self._count_timer.start())
        self.status = QLabel()
        self.status.setObjectName("sheetStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("sheetSave")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("sheetPrint")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_file)
        self.print_button.clicked.connect(self.print_sheet)
        layout.addWidget(buttons)
        self._closed = False
        self.finished.connect(self._stop_counting)
        self._count_timer.start()

    def _stop_counting(self, _result: int = 0) -> None:
        """Closed before the count came back: forget it."""
        self._closed = True
        self._count_timer.stop()
        if self.count_task is not None:
            self.count_task.cancel()

    def layout_key(self) -> str:
        return "compact" if self.compact.isChecked() else "detailed"

    def _layout_chosen(self) -> None:
        self._chosen_by_hand = self._chosen_by_hand or self.isVisible()
        self._show_counts()

    def count_pages(self):
        """Count the calls and each layout's pages in the background (nothing is saved)."""
        span = self._range()
        if span is None:
            return None
        start, end = span
        overdue = self.overdue.isChecked()
        self.pages.setText(self.tr("Counting the pages…"))

        def counted(counts: dict) -> None:
            if self._closed or not isValid(self.pages):  # the dialog went meanwhile
                return
            self.counts = counts
            if not self._chosen_by_hand and counts["compact"].entries > COMPACT_FROM:
                self.compact.setChecked(True)  # a busy day: offer the compact sheet first
            self._show_counts()

        self.count_task = run_quietly(lambda: visit_sheet.page_counts(
            start, end, self.today, overdue), on_success=counted,
            on_failure=lambda exc: None if self._closed or not isValid(self.pages)
            else self.pages.setText(str(exc)))
        return self.count_task

    def _show_counts(self) -> None:
        if not self.counts:
            return
        chosen = self.counts[self.layout_key()]
        self.pages.setText(self.tr("%1 calls: %2 pages in this layout (detailed %3, compact "
                                   "%4).").replace("%1", str(chosen.entries))
                           .replace("%2", str(chosen.pages))
                           .replace("%3", str(self.counts["detailed"].pages))
                           .replace("%4", str(self.counts["compact"].pages)))

    def _range(self) -> tuple[dt.date, dt.date] | None:
        start, end = py_date(self.start.date()), py_date(self.end.date())
        if end < start:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("The last day comes before the first."))
            return None
        if (end - start).days > 62:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("Print at most two months at a time."))
            return None
        return start, end

    def write(self, path: Path, then=None) -> None:
        """Write the sheet to `path` in the background; `then(sheet)` runs when it is done."""
        span = self._range()
        if span is None:
            return
        start, end = span
        overdue = self.overdue.isChecked()
        layout = self.layout_key()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Writing the visit sheet…"))
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)

        def done(sheet: visit_sheet.VisitSheet) -> None:
            self.sheet, self.pdf = sheet, sheet.path
            for button in (self.save_button, self.print_button):
                button.setEnabled(True)
            if then is not None:
                then(sheet)

        def failed(exc: BaseException) -> None:
            for button in (self.save_button, self.print_button):
                button.setEnabled(True)
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("The visit sheet could not be written: %1").replace(
                "%1", str(exc)))

        self.task = run_task(self, self.tr("Writing the visit sheet…"),
                             lambda progress: visit_sheet.write_visit_sheet(
                                 path, start, end, self.today, overdue, layout=layout),
                             on_success=done, on_failure=failed)

    def choose_file(self) -> None:
        name = paper_file_name(self.tr("Visit sheet"), py_date(self.start.date()).isoformat())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the visit sheet"),
                                              str(Path.home() / name), self.tr("PDF (*.pdf)"))
        if path:
            self.write(Path(path), self._saved)

    def _saved(self, sheet: visit_sheet.VisitSheet) -> None:
        self.status.setText(self.tr("%1 calls on %2 pages, saved to %3").replace(
            "%1", str(sheet.entries)).replace("%2", str(sheet.pages)).replace(
            "%3", str(sheet.path)))

    def print_sheet(self) -> None:
        """Write the sheet to a temporary PDF, then open the print preview on it."""
        folder = Path(tempfile.mkdtemp(prefix="custbook-print-"))
        self.write(folder / "visit-sheet.pdf", self._preview)

    def _preview(self, sheet: visit_sheet.VisitSheet) -> None:
        self.status.setText(self.tr("%1 calls on %2 pages.").replace(
            "%1", str(sheet.entries)).replace("%2", str(sheet.pages)))
        self.preview = preview_pdf(self, sheet.path, self.tr("Visit sheet"), "sheetPreview")
