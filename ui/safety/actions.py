"""What the File menu's safety entries do: back up now, restore a backup.

Both run on the worker with a cancellable progress dialog (ui.worker.run_task). A
restore is prepared in the background while the book stays open (checking the backup,
saving the current book, staging the copy) and only the final swap, a rename that
takes milliseconds, happens with the book closed.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox

from custbook import changes, db
from custbook.safety import backup, backup_check, restore
from custbook.errors import Cancelled, CustbookError
from ui import format as fmt
from ui.safety.guard import BookGuard, fingerprint, second_folder
from ui.safety.tasks import show_message
from ui.worker import Task, run_task


def open_folder(folder: Path) -> None:
    """Show a folder in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class SafetyActions(QObject):
    """Back up now and restore, for one main window and the Controller's guard."""

    def __init__(self, window: QMainWindow, guard: BookGuard):
        super().__init__(window)
        self.guard = guard
        self.task: Task | None = None

    @property
    def window(self) -> QMainWindow:
        return self.parent()  # not kept in Python: no cycle with the window

    def counts_text(self, preview: backup_check.Preview) -> str:
        """"N customers, N purchases, N complaints" in the user's language."""
        return self.tr("%1 customers, %2 purchases, %3 complaints") \
            .replace("%1", fmt.number(preview.customers)) \
            .replace("%2", fmt.number(preview.purchases)) \
            .replace("%3", fmt.number(preview.complaints))

    def _file_book(self) -> Path | None:
        location = db.book_location()
        if not location or db.is_url(location):
            show_message(self.window, self.tr("Backups"), self.tr(
                "This book lives on a database server; it is backed up on the server, "
                "not here."))
            return None
        return Path(location)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15000)

    # --- back up now -------------------------------------------------------------------
    def backup_now(self) -> Task | None:
        """Back the open book up now (a backup "by hand", never rotated away)."""
        if db.is_url(db.book_location()):  # a shared book: pg_dump (or a book file) on this PC
            # start-up: importing it here, not at the top, saves 21 ms when this module loads
            from ui.shared_book.backup import backup_shared_book_now

            self.task = backup_shared_book_now(self)
            return self.task
        book = self._file_book()
        if book is None:
            return None
        mark = fingerprint(book)
        folder = second_folder() or None

        def work(progress):
            return backup.take_backup(book, kind=backup.MANUAL, second_folder=folder,
                                      progress=progress)

        def done(result: backup.BackupResult) -> None:
            self.guard.mark_backed_up(mark)
            self._tell_backed_up(result)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self._status(self.tr("Backup cancelled; nothing was written."))
                return
            show_message(self.window, self.tr("The backup failed"), str(exc),
                         icon=QMessageBox.Icon.Warning, name="backupFailed")

        self.task = run_task(self.window, self.tr("Backing up…"), work, on_success=done,
                             on_failure=failed)
        return self.task

    def _tell_backed_up(self, result: backup.BackupResult) -> None:
        try:
            counts = self.counts_text(backup_check.preview(result.backup.path))
        except CustbookError:
            counts = ""
        text = self.tr("The book was backed up (%1).\n\n%2").replace("%1", counts).replace(
            "%2", "\n".join(str(path) for path in result.copies))
        if result.problems:
            text += "\n\n" + "\n".join(result.problems)
        box = QMessageBox(QMessageBox.Icon.Warning if result.problems
                          else QMessageBox.Icon.Information, self.tr("Back up now"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("backupDone")
        folder = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: open_folder(result.backup.path.parent))
        box.open()
        self._status(self.tr("Backed up at %1.").replace(
            "%1", result.backup.taken_at.strftime("%H:%M")))

    # --- restore -------------------------------------------------------------------------
    def confirm_restore(self, preview: backup_check.Preview) -> bool:
        """Ask before a restore, showing what the backup holds."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore this backup?"), self.tr(
            "Replace the open book with the backup of %1?\n\nThe backup holds %2.\n\n"
            "The book as it is now is backed up first, so you can come back to it.")
            .replace("%1", preview.taken_at.strftime("%Y-%m-%d %H:%M"))
            .replace("%2", self.counts_text(preview)),
            QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("restoreConfirm")
        go = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def _not_restored(self, exc: BaseException) -> None:
        show_message(self.window, self.tr("The backup was not restored"), str(exc),
                     icon=QMessageBox.Icon.Warning, name="restoreFailed")

    def restore_backup(self, source: Path, *, confirm: bool = True) -> Task | None:
        """Put `source` in place of the open book (after asking), then reopen the book."""
        book = self._file_book()
        if book is None:
            return None
        try:
            preview = backup_check.preview(source)
        except CustbookError as exc:
            self._not_restored(exc)
            return None
        if confirm and not self.confirm_restore(preview):
            return None
        self.guard.wait_for_quiet_backup()

        def work(progress):
            return restore.prepare_restore(source, book, progress=progress)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self._status(self.tr("Restore cancelled; the book was not changed."))
            else:
                self._not_restored(exc)

        self.task = run_task(self.window, self.tr("Restoring the backup…"), work,
                             on_success=lambda prepared: self._swap(prepared, preview),
                             on_failure=failed)
        return self.task

    def _swap(self, prepared: restore.PreparedRestore, preview: backup_check.Preview) -> None:
        """Close the book for the moment of the swap, then open the restored one."""
        book = prepared.book
        db.close_book()
        try:
            saved = prepared.commit()
        except CustbookError as exc:
            db.open_book(book)
            self._not_restored(exc)
            return
        db.open_book(book)
        self.guard.mark_backed_up()
        self.guard.locker.book_opened(str(book))  # the restored book's own lock settings
        changes.note(changes.BOOK)  # the restored book, once it is open again
        text = self.tr("The backup of %1 is back in place (%2).").replace(
            "%1", preview.taken_at.strftime("%Y-%m-%d %H:%M")).replace(
            "%2", self.counts_text(preview))
        if saved is not None:
            text += "\n\n" + self.tr("The book as it was before is kept at:\n%1").replace(
                "%1", str(saved))
        show_message(self.window, self.tr("Restored"), text, name="restoreDone")
        self._status(self.tr("Restored the backup of %1.").replace(
            "%1", preview.taken_at.strftime("%Y-%m-%d %H:%M")))
