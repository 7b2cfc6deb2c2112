"""Printing any PDF the core writes, through the system's print dialog with a preview.

Every sheet, report, list, label page and letter has one layout: the PDF written by
reportlab in `custbook.paper` (CJK font embedded). Printing draws that same PDF's pages
(rendered by pdfium) onto the printer, so paper and the saved file never disagree.
Use `preview_pdf(parent, path, doc_name)` once the PDF is written (off the UI thread).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget


def page_images(pdf: Path, dpi: float) -> list[QImage]:
    """The pages of a PDF as images at `dpi` (for printing and the preview)."""
    # start-up: importing pypdfium2 here, not at the top, saves 127 ms when this module loads
    import pypdfium2 as pdfium

    images = []
    document = pdfium.PdfDocument(str(pdf))
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            fmt = (QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                   else QImage.Format.Format_RGBA8888)
            images.append(QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                 fmt).copy())
    finally:
        document.close()
    return images


def paint_pdf(printer: QPrinter, pdf: Path) -> int:
    """Draw every page of `pdf` onto `printer`, one PDF page per printed page."""
    dpi = min(max(printer.resolution(), 96), 200)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    images = page_images(pdf, dpi)
    area = painter.viewport()  # the printable page, in the printer's pixels
    for number, image in enumerate(images):
        if number:
            printer.newPage()
        size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRectF(area.x(), area.y(), size.width(), size.height()), image)
    painter.end()
    return len(images)


def preview_pdf(parent: QWidget, pdf: Path, doc_name: str,
                object_name: str = "printPreview") -> QPrintPreviewDialog:
    """Open the system print preview (with its Print button) on a written PDF.

    The dialog is opened non-modally with `open()` and returned, so tests can find and
    close it; the caller should keep a reference while it is shown.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc_name)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ = printer  # the dialog does not own its printer: freed here, it would crash
    dialog.setObjectName(object_name)
    dialog.pdf_ = Path(pdf)  # what is printed: the very file Save as PDF writes
    dialog.paintRequested.connect(lambda p: paint_pdf(p, Path(pdf)))
    dialog.open()
    return dialog


def paper_file_name(title: str, *details: str, suffix: str = ".pdf") -> str:
    """The one rule for the name a paper is saved under, in the window's language:
    "<title> <details…>.pdf" — 回访单 2026-11-22.pdf, Complaint sheet 000005.pdf.

    Characters a file name cannot hold (/ \\ : * ? " < > |) become "-".
    """
    text = " ".join(part.strip() for part in (title, *details) if part and part.strip())
    safe = "".join("-" if ch in '/\\:*?"<>|' or ord(ch) < 32 else ch for ch in text)
    return (safe.strip(" .-") or "custbook") + suffix
