"""File › Back up now on a shared book: a copy of the server's book kept on this PC.

The server's admin backs the shared book up on the server (README, docs/postgresql.md);
this gives the shop its own copy besides, in this PC's backup folder: a `pg_dump` when
the PostgreSQL client tools are installed, else a Custbook book file of every record
(`custbook.shared_book.server_backup`). It runs off the UI thread with Cancel, like a file backup.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from custbook import db
from custbook.errors import Cancelled
from custbook.safety import backup
from custbook.shared_book import server_backup
from ui.safety.tasks import show_message
from ui.worker import run_task
from custbook.safety import backup as filebackup


def backup_shared_book_now(actions):
    """Start the backup of the open shared book; returns the task."""
    url = db.book_location()
    window = actions.window

    def work(progress):
        return server_backup.take_backup(url, kind=backup.MANUAL, progress=progress)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            actions._status(actions.tr("Backup cancelled; nothing was written."))
            return
        show_message(window, actions.tr("The backup failed"), str(exc),
                     icon=QMessageBox.Icon.Warning, name="backupFailed")

    return run_task(window, actions.tr("Backing up…"), work,
                    on_success=actions._tell_backed_up, on_failure=failed)


def explain_shared_backups(window) -> None:
    """File › Backups… on a shared book: where its backups are, and whose job they are."""
    folder = filebackup.book_folder(db.book_location())
    show_message(window, QCoreApplication.translate("SharedBook", "Backups of a shared book"),
                 QCoreApplication.translate(
                     "SharedBook",
                     "This book lives on a database server: the server's admin backs it up "
                     "there (pg_dump or pg_basebackup, kept away from the server).\n\n"
                     "File › Back up now also keeps a copy on this PC, in:\n%1").replace(
                         "%1", str(folder)), name="sharedBackupsInfo")
