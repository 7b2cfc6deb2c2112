"""The card's Files tab: photos and documents kept inside the book.

Lists the customer's files (their complaints' too) with a thumbnail for images and each
file's size, reading no file's bytes; Open writes the one file to a private temporary
folder and hands it to the system's viewer. The size limit (Settings) is shown.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from custbook.customers import attachments
from custbook.errors import CustbookError
from ui.customers.widgets import ErrorLabel, ask, Button

_OPEN_FOLDER: Path | None = None


def open_folder() -> Path:
    """A private temporary folder for files opened from cards (removed with the process's temp)."""
    global _OPEN_FOLDER
    if _OPEN_FOLDER is None:
        _OPEN_FOLDER = Path(tempfile.mkdtemp(prefix="custbook-files-"))
    return _OPEN_FOLDER


class FilesPanel(QWidget):
    """The files of a customer (their complaints' too) or of one complaint."""

    def __init__(self, customer_id: int | None = None, complaint_id: int | None = None):
        super().__init__()
        self.customer_id, self.complaint_id = customer_id, complaint_id
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("filesList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(attachments.THUMB_PX, attachments.THUMB_PX))
        self.list.setGridSize(QSize(attachments.THUMB_PX + 40, attachments.THUMB_PX + 56))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        self.limit = QLabel()
        self.limit.setObjectName("filesLimit")
        self.error = ErrorLabel()
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Attach file…"))
        self.add_button.setObjectName("attachButton")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openFileButton")
        self.delete_button = QPushButton(self.tr("Remove"))
        for button in (self.add_button, self.open_button, self.delete_button):
            row.addWidget(button)
        row.addWidget(self.limit, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(lambda: self.attach())
        self.open_button.clicked.connect(self.open_selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.delete_button.clicked.connect(self.delete_selected)
        self.rows: list[attachments.AttachmentRow] = []
        self.reload()

    def reload(self) -> None:
        self.rows = attachments.files_of(self.customer_id, self.complaint_id)
        self.list.clear()
        document = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for row in self.rows:
            icon = document
            if row.thumbnail:
                pixmap = QPixmap()
                if pixmap.loadFromData(row.thumbnail):
                    icon = QIcon(pixmap)
            item = QListWidgetItem(icon, f"{row.file_name}\n{attachments.size_text(row.size)}")
            item.setToolTip(" · ".join(p for p in (row.file_name, row.note,
                                                   str(row.added_at)[:16]) if p))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        count, size = len(self.rows), sum(r.size for r in self.rows)
        self.limit.setText(self.tr("{n} files, {size}. Each file at most {limit}.").format(
            n=count, size=attachments.size_text(size) if size else "0 KB",
            limit=attachments.size_text(attachments.max_bytes())))
        self.open_button.setEnabled(bool(self.rows))
        self.delete_button.setEnabled(bool(self.rows))

    def attach(self, paths: list[str] | None = None) -> int:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        added = 0
        self.error.setText("")
        for path in paths:
            try:
                attachments.add_file(path, customer_id=self.customer_id,
                                     complaint_id=self.complaint_id)
                added += 1
            except CustbookError as exc:
                self.error.setText(str(exc))
        if added:
            self.reload()
        return added

    def selected(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def open_selected(self) -> Path | None:
        aid = self.selected()
        if aid is None:
            return None
        try:
            path = attachments.save_copy(aid, open_folder())
        except (CustbookError, OSError) as exc:
            self.error.setText(str(exc))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def delete_selected(self, confirm: bool = True) -> None:
        aid = self.selected()
        if aid is None:
            return
        if confirm and ask(self, self.tr("Remove file"), self.tr("Remove this file from the card?"),
                           Button.Yes | Button.No, Button.No) != Button.Yes:
            return
        attachments.delete(aid)
        self.reload()


class FilesDialog(QDialog):
    """A complaint's files (a photo of the fault, the receipt) in a window of their own."""

    def __init__(self, parent: QWidget | None, complaint_id: int):
        super().__init__(parent)
        self.setObjectName("complaintFilesDialog")
        self.setWindowTitle(self.tr("Files of the complaint"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        self.panel = FilesPanel(complaint_id=complaint_id)
        layout.addWidget(self.panel, 1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
