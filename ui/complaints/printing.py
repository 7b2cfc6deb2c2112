"""Printing the complaint sheet, and saving it as PDF: one drawing, two destinations.

The sheet is drawn once, by the core (`custbook.paper.complaint_sheet`, reportlab, CJK
font embedded). Save as PDF writes that file where the user says; Print writes the same
file into a temporary folder and opens the print preview on it (`ui.pdf_print`), so
the paper and the saved file can never differ. Both are written on the background
runner (`ui.worker`).
"""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from custbook.complaints.sheet import sheet_title
from ui.pdf_print import paper_file_name, preview_pdf
from ui.worker import Task, run_task


def _write(complaint_id: int, path, now):
    # start-up: the sheet's module brings reportlab's platypus (0.1 s on a quiet PC, 0.36 s
    # loaded; -X importtime); the Complaints page is built before the first paint.
    from custbook.paper.complaint_sheet import write_complaint_sheet

    return write_complaint_sheet(complaint_id, path, now)


def print_sheet(parent: QWidget, complaint_id: int, now: dt.datetime, on_preview=None,
                on_failed=None) -> Task:
    """Write the sheet's PDF in the background, then open the print preview on it.

    `on_preview(dialog)` gets the opened preview (keep a reference while it is shown).
    """
    folder = Path(tempfile.mkdtemp(prefix="custbook-print-"))
    path = folder / suggested_pdf_name(complaint_id)

    def written(result: Path) -> None:
        dialog = preview_pdf(parent, result, f"{sheet_title()} {complaint_id:06d}")
        dialog.finished.connect(lambda _result: shutil.rmtree(folder, ignore_errors=True))
        if on_preview is not None:
            on_preview(dialog)

    return run_task(parent, QCoreApplication.translate("ComplaintPrinting",
                                               "Writing the complaint sheet…"),
                    lambda progress: _write(complaint_id, path, now),
                    on_success=written, on_failure=on_failed)


def suggested_pdf_name(complaint_id: int) -> str:
    return paper_file_name(sheet_title(), f"{complaint_id:06d}")


def save_pdf(parent: QWidget, complaint_id: int, now: dt.datetime, on_saved,
             on_failed, path: str | None = None) -> Task | None:
    """Ask where (unless `path` is given) and write the PDF in the background."""
    if path is None:
        start = Path.home() / suggested_pdf_name(complaint_id)
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ComplaintPrinting", "Save the complaint sheet"),
            str(start), "PDF (*.pdf)")
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
    return run_task(parent, QCoreApplication.translate("ComplaintPrinting",
                                               "Writing the complaint sheet…"),
                    lambda progress: _write(complaint_id, path, now),
                    on_success=on_saved, on_failure=on_failed)
