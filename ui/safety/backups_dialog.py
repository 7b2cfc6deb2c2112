"""File › Backups… and File › Restore…: every backup of the book, with what it holds.

One dialog serves both entries: the list of backups (newest first, in the data folder
and in the second folder), a preview of the selected one read without changing it
(date, customers, purchases, complaints), the second-folder setting (a USB stick), and
the buttons to back up now or restore. Opened by "Restore…" it starts on the newest
backup with the restore button ready.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook import db
from custbook.safety import backup, backup_check
from custbook.errors import CustbookError
from ui import format as fmt
from ui import prefs
from ui.safety.actions import SafetyActions, open_folder
from ui.safety.guard import SECOND_FOLDER_KEY, second_folder
from ui.safety.tasks import kind_name

PATH_ROLE = Qt.ItemDataRole.UserRole


def size_text(size: int) -> str:
    """A file size as people read it (kB below one megabyte)."""
    locale = QLocale()
    if size >= 1_000_000:
        return f"{locale.toString(size / 1_000_000, 'f', 1)} MB"
    return f"{locale.toString(max(1, round(size / 1000)))} kB"


class BackupsDialog(QDialog):
    """The book's backups with a preview; back up now, restore, and the second folder."""

    def __init__(self, parent: QWidget, actions: SafetyActions, *, restoring: bool = False):
        super().__init__(parent)
        self.actions = actions
        self.restoring = restoring
        self.book = Path(db.book_location())
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Restore a backup") if restoring else self.tr("Backups"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Custbook backs up %1 every day and when you close it after changes, and keeps "
            "the last 7 days, 4 weeks and 12 months. Backups you make yourself are kept "
            "until you delete them.").replace("%1", self.book.name))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTreeWidget()
        self.table.setObjectName("backupList")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Where"),
                                    self.tr("Size")])
        header = self.table.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.currentItemChanged.connect(lambda *args: self.show_preview())
        self.table.itemDoubleClicked.connect(lambda *args: self.restore_selected())
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addWidget(self._preview_box(), 2)
        layout.addLayout(middle, 1)
        layout.addWidget(self._second_folder_box())
        layout.addLayout(self._buttons())
        self.reload()

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What this backup holds"))
        form = QFormLayout(box)
        self.preview_labels: dict[str, QLabel] = {}
        for key, label in [("taken", self.tr("Taken:")), ("customers", self.tr("Customers:")),
                           ("purchases", self.tr("Purchases:")),
                           ("complaints", self.tr("Complaints:")), ("shop", self.tr("Shop:")),
                           ("file", self.tr("File:"))]:
            value = QLabel()
            value.setObjectName(f"preview_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.preview_labels[key] = value
        self.preview_problem = QLabel()
        self.preview_problem.setObjectName("previewProblem")
        self.preview_problem.setWordWrap(True)
        self.preview_problem.setStyleSheet("color: #b00020;")
        form.addRow(self.preview_problem)
        return box

    def _second_folder_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Second backup folder"))
        row = QHBoxLayout(box)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("secondFolder")
        self.folder_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("chooseSecondFolder")
        self.stop_button = QPushButton(self.tr("Stop using it"))
        self.stop_button.setObjectName("stopSecondFolder")
        row.addWidget(self.folder_label, 1)
        row.addWidget(choose)
        row.addWidget(self.stop_button)
        choose.clicked.connect(self.choose_second_folder)
        self.stop_button.clicked.connect(lambda: self.set_second_folder(""))
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.restore_button.setObjectName("restoreSelected")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteBackup")
        other = QPushButton(self.tr("Restore from a file…"))
        other.setObjectName("restoreFromFile")
        folder = QPushButton(self.tr("Open the folder"))
        folder.setObjectName("openBackupFolder")
        close = QPushButton(self.tr("Close"))
        for button in (self.backup_button, self.restore_button, other, self.delete_button,
                       folder):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        other.clicked.connect(self.restore_from_file)
        folder.clicked.connect(self.open_backup_folder)
        close.clicked.connect(self.reject)
        (self.restore_button if self.restoring else self.backup_button).setDefault(True)
        return row

    # --- filling ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list of backups again (after a backup, or a change of second folder)."""
        chosen = second_folder()
        self.folder_label.setText(
            self.tr("Every backup is also copied to %1 when it is plugged in.").replace(
                "%1", chosen) if chosen else
            self.tr("None. Choose a USB stick or another disk to keep a second copy of every "
                    "backup away from this PC's disk."))
        self.stop_button.setEnabled(bool(chosen))
        self.table.clear()
        local = backup.book_folder(self.book)
        for item in backup.list_backups(self.book, chosen or None):
            where = self.tr("Data folder") if item.path.parent == local else \
                self.tr("Second folder")
            row = QTreeWidgetItem([item.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                                   kind_name(item.kind), where, size_text(item.size)])
            row.setData(0, PATH_ROLE, str(item.path))
            row.setToolTip(2, str(item.path))
            row.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(row)
        if self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        else:
            self.show_preview()

    def selected_path(self) -> Path | None:
        item = self.table.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None else None

    def show_preview(self) -> None:
        """Show what the selected backup holds (read-only)."""
        path = self.selected_path()
        for label in self.preview_labels.values():
            label.clear()
        self.preview_problem.clear()
        self.restore_button.setEnabled(False)
        self.delete_button.setEnabled(path is not None)
        if path is None:
            self.preview_problem.setText(self.tr("There are no backups of this book yet."))
            return
        self.preview_labels["file"].setText(path.name)
        self.preview_labels["file"].setToolTip(str(path))
        try:
            seen = backup_check.preview(path)
        except CustbookError as exc:
            self.preview_problem.setText(str(exc))
            return
        self.preview_labels["taken"].setText(seen.taken_at.strftime("%Y-%m-%d %H:%M:%S"))
        self.preview_labels["customers"].setText(fmt.number(seen.customers))
        self.preview_labels["purchases"].setText(fmt.number(seen.purchases))
        self.preview_labels["complaints"].setText(fmt.number(seen.complaints))
        self.preview_labels["shop"].setText(seen.shop_name or "—")
        self.restore_button.setEnabled(True)

    # --- acting ------------------------------------------------------------------------------
    def backup_now(self) -> None:
        task = self.actions.backup_now()
        if task is not None:
            task.sig_finished.connect(lambda result, exc: self.reload())

    def restore_selected(self) -> None:
        path = self.selected_path()
        if path is not None and self.actions.restore_backup(path) is not None:
            self.accept()

    def delete_selected(self) -> None:
        """Delete the selected backup after asking (the only way a hand-made one goes)."""
        item = self.table.currentItem()
        if item is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete this backup?"), self.tr(
            "Delete the backup of %1 (%2)? It cannot be brought back.").replace(
                "%1", item.text(0)).replace("%2", item.text(1)),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("deleteConfirm")
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            backup.delete_backup(self.selected_path())
        except CustbookError as exc:
            self.preview_problem.setText(str(exc))
            return
        self.reload()

    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), str(backup.book_folder(self.book)),
            self.tr("Customer books and backups (*.db);;All files (*)"))
        if path and self.actions.restore_backup(Path(path)) is not None:
            self.accept()

    def open_backup_folder(self) -> None:
        folder = backup.book_folder(self.book)
        folder.mkdir(parents=True, exist_ok=True)
        open_folder(folder)

    def choose_second_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the second backup folder"), second_folder() or str(Path.home()))
        if chosen:
            self.set_second_folder(chosen)

    def set_second_folder(self, folder: str) -> None:
        """Use `folder` as the second backup folder ("" for none); a setting of this PC."""
        prefs.put(SECOND_FOLDER_KEY, folder)
        self.reload()
