"""Printing the complaint sheet through the system's print dialog, and saving it as PDF.

The PDF is written by the core (reportlab, CJK font embedded). For the printer, Qt
lays out the same content — the same `ComplaintView` words, the same order, the same
blank lines to write on — as a rich-text document, because Essentials has no PDF
renderer; the preview shows exactly what the printer gets.
"""
from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from custbook import complaints
from custbook.complaints.sheet import (
    MARKS, sheet_title, sheet_words, shop_line, state_names, step_rows,
)
from custbook.complaints.view import ComplaintView
from custbook.paper.complaint_sheet import write_complaint_sheet
from ui.worker import run_task

_CSS = """
body { font-size: 9.5pt; color: #1f2a30; }
h1 { font-size: 17pt; font-weight: normal; margin: 0; }
h2 { font-size: 11.5pt; font-weight: normal; margin-top: 8px; margin-bottom: 3px; }
.muted { color: #5f6b72; font-size: 8.5pt; }
.words { background-color: #eef3f6; }
.head { background-color: #eef3f6; }
.done { color: #1e7b34; }
.overdue { color: #b00020; }
"""


def _e(text: str) -> str:
    return escape(text or "").replace("\n", "<br>").replace("  ", "&nbsp;&nbsp;")


def sheet_html(view: ComplaintView, now: dt.datetime) -> str:
    """The complaint sheet as rich text for QTextDocument (same content as the PDF)."""
    words = sheet_words()
    subtitle = words["subtitle"].format(number=view.number, status=view.status_name,
                                        when=now.strftime("%Y-%m-%d %H:%M"))
    out = [f"<style>{_CSS}</style>"]
    if shop_line():
        out.append(f'<p align="center" class="muted">{_e(shop_line())}</p>')
    out += [f'<h1 align="center">{_e(words["title"])}</h1>',
            f'<p align="center" class="muted">{_e(subtitle)}</p>',
            f'<h2>{_e(words["complaint"])}</h2>',
            '<table width="100%" cellspacing="0" cellpadding="3" border="0">']
    pairs = view.details
    for i in range(0, len(pairs), 2):
        out.append("<tr>" + "".join(
            f'<td width="14%" class="muted">{_e(label)}</td><td width="36%">{_e(value)}</td>'
            for label, value in pairs[i:i + 2]) + "</tr>")
    out += ["</table>", f'<p class="muted">{_e(words["words"])}</p>',
            '<table width="100%" cellpadding="5" border="1" cellspacing="0" '
            'style="border-collapse: collapse; border-color: #9aa6ad;">'
            f'<tr><td class="words">{_e(view.customer_words)}</td></tr></table>',
            f'<p class="muted">{_e(view.clock_text)}</p>',
            f'<h2>{_e(words["recovery"])}</h2>']
    for step in view.steps:
        by = words["by"].format(who=step.who or "________")
        when = words["when"].format(when=step.when or "________________")
        css = {"done": "done", "overdue": "overdue"}.get(step.state, "")
        out.append('<table width="100%" cellpadding="3" cellspacing="0" border="1" '
                   'style="border-collapse: collapse; border-color: #9aa6ad;">')
        out.append(f'<tr><td class="head" width="50%"><span class="{css}">{MARKS[step.state]}'
                   f"</span>&nbsp;&nbsp;{step.number}. {_e(step.title)}&nbsp;&nbsp;"
                   f'<span class="muted">{_e(state_names()[step.state])}</span></td>'
                   f'<td class="head muted" align="right">{_e(by)}&nbsp;&nbsp;&nbsp;{_e(when)}'
                   "</td></tr>")
        rows, blanks = step_rows(step)
        for index, (label, value) in enumerate(rows):
            filler = "<br>&nbsp;" if index in blanks else ""
            out.append(f'<tr><td class="muted">{_e(label)}</td><td>{_e(value)}{filler}</td></tr>')
        if not rows:
            out.append(f'<tr><td colspan="2" class="muted">{_e(step.hint)}</td></tr>')
        out.append("</table>")
    if view.reopen_notes:
        out.append(f'<h2>{_e(words["reopened"])}</h2><p>{_e(view.reopen_notes)}</p>')
    date = _e(words["date"].format(line="_" * 12))
    line = "_" * 22
    out += [f'<h2>{_e(words["signatures"])}</h2>', f'<p class="muted">{_e(words["confirm"])}</p>',
            '<table width="100%" cellpadding="4"><tr>'
            f'<td class="muted">{_e(words["customer_sign"])}</td><td></td>'
            f'<td class="muted">{_e(words["staff_sign"])}</td><td></td></tr>'
            f"<tr><td><br><br>{line}</td><td><br><br>{date}</td>"
            f"<td><br><br>{line}</td><td><br><br>{date}</td></tr></table>"]
    return "".join(out)


def sheet_document(complaint_id: int, now: dt.datetime) -> QTextDocument:
    """The sheet laid out by Qt, ready to print."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(sheet_html(complaints.complaint_view(complaint_id, now), now))
    return document


def print_to(printer: QPrinter, complaint_id: int, now: dt.datetime) -> None:
    """Print one complaint's sheet on `printer` (a real printer, the preview, or a file)."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait,
                                      QMarginsF(16, 12, 16, 14), QPageLayout.Unit.Millimeter))
    # The document lays text out in screen pixels and print_() stretches each page onto
    # the printer's: a page as many screen pixels wide as the paper's printable inches
    # keeps 9.5 pt at 9.5 pt on paper, whatever the printer's resolution.
    document = sheet_document(complaint_id, now)
    dpi = round(QGuiApplication.primaryScreen().logicalDotsPerInch()) \
        if QGuiApplication.primaryScreen() else 96
    inches = printer.pageRect(QPrinter.Unit.Inch)
    document.setPageSize(QSizeF(inches.width() * dpi, inches.height() * dpi))
    document.print_(printer)


def print_sheet(parent: QWidget, complaint_id: int, now: dt.datetime,
                preview: bool = True) -> QDialog:
    """Open the print preview (or the print dialog) for a complaint's sheet."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(f"{sheet_title()} {complaint_id:06d}")
    if preview:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setObjectName("printPreview")
        dialog.paintRequested.connect(lambda p: print_to(p, complaint_id, now))
    else:
        dialog = QPrintDialog(printer, parent)
        dialog.setObjectName("printDialog")
        dialog.accepted.connect(lambda: print_to(printer, complaint_id, now))
    dialog.open()
    return dialog


def suggested_pdf_name(complaint_id: int) -> str:
    return f"{sheet_title()}-{complaint_id:06d}.pdf".replace(" ", "-").lower()


def save_pdf(parent: QWidget, complaint_id: int, now: dt.datetime, on_saved,
             on_failed, path: str | None = None):
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
                    lambda progress: write_complaint_sheet(complaint_id, path, now),
                    on_success=on_saved, on_failure=on_failed)
