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

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from custbook.paper import visit_sheet
from ui.calendar.common import ERROR_STYLE, date_edit, py_date
from ui.pdf_print import preview_pdf
from ui.worker import run_task


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
        layout.addLayout(form)
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
                                 path, start, end, self.today, overdue),
                             on_success=done, on_failure=failed)

    def choose_file(self) -> None:
        name = f"visit-sheet-{py_date(self.start.date()).isoformat()}.pdf"
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
