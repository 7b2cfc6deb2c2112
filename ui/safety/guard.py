"""Watching over the open book: who may open it, whether it is sound, and its backups.

The Controller asks the guard at four moments:
- `admit(location)` before opening: a window that already has the book comes forward
  instead (this process then ends); the book's lock is taken; a read-only place is
  refused with words; the file itself is checked, and a damaged or unreadable
  file gets the rescue dialog (restore the latest good backup, open another, quit).
  The whole-file check runs in the background once the window is painted
  (ui/safety/background_check.py; at once unless the book was closed cleanly), except
  for a book in which damage was seen, checked whole first; damage met while opening a
  book (`skipped_check_of`) sends it through the whole check and the rescue after all.
- `leave_book(next)` before closing the current book for another: a backup if it changed.
- `opened(location, previous)` after opening: the password, if one is set; then the
  book is ours (lock, local server, daily backup, idle lock).
- `on_exit()` when Custbook closes: a backup if the book changed, then let go.

"Changed" is judged from the book's file and WAL (modification time and size): reading
never touches them, every commit does, so an evening of only looking makes no backup.
The daily backup runs quietly on the background runner (ui/worker.py) a minute after
opening (and is re-checked every half hour, for a PC that stays on overnight).
"""
from __future__ import annotations

import datetime as dt
import os
import weakref
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from custbook import clock, db
from custbook.safety import backup, booklock, integrity, leftovers, restore
from custbook.errors import BookError, Cancelled, CustbookError
from ui import prefs
from ui.safety.background_check import BackgroundCheck
from ui.safety.instance import BookServer, bring_forward_running
from ui.safety.lock import WindowLock
from ui.safety.tasks import run_and_wait, show_message
from ui.worker import Task, run_quietly

SECOND_FOLDER_KEY = "backup/second_folder"
FIRST_DAILY_DELAY_MS = 60 * 1000
DAILY_CHECK_MS = 30 * 60 * 1000


def _key(path: str | Path) -> str:
    return os.path.normcase(str(Path(path).expanduser().resolve()))


def fingerprint(book: Path) -> tuple:
    """The book file's and its WAL's (mtime, size): changes with every commit, not reads."""
    marks = []
    for path in (book, Path(f"{book}-wal")):
        try:
            stat = path.stat()
            marks.append((stat.st_mtime_ns, stat.st_size))
        except OSError:
            marks.append(None)
    return tuple(marks)


def second_folder() -> str:
    """The owner's second backup folder (a USB stick), or "" for none: a setting of this PC."""
    return prefs.get(SECOND_FOLDER_KEY, "")


class BookGuard(QObject):
    """One per Controller: admits, watches, backs up and locks the open book."""

    sig_backup_done = Signal(object, object)
    """sig_backup_done(result: BackupResult | None, error: str | None): a quiet backup ended."""

    def __init__(self, controller):
        # Owned by the application, with a weak link to the Controller: Python may free a
        # Controller from any thread (its cycle collector runs where memory is allocated),
        # and a local server or timer destroyed off the UI thread crashes Qt. When the
        # Controller goes, the guard lets go on the UI thread (a queued call) and is deleted.
        super().__init__(QApplication.instance())
        self._controller = weakref.ref(controller)
        controller.destroyed.connect(self._controller_gone)
        self.book: Path | None = None
        self.lock: booklock.BookLock | None = None
        self.server: BookServer | None = None
        self.forwarded = False
        self._pending: dict[str, booklock.BookLock] = {}
        self._fingerprint: tuple | None = None
        self._damage_note = ""
        self._task: Task | None = None  # the quiet daily backup, on the runner
        self._unchecked: str | None = None  # admitted without the whole-file check
        self._check_at_once = False  # ... and not closed cleanly last time
        self.background_check = BackgroundCheck(self)
        self.locker = WindowLock(self)
        self.first_daily = QTimer(self)
        self.first_daily.setSingleShot(True)
        self.first_daily.setInterval(FIRST_DAILY_DELAY_MS)
        self.first_daily.timeout.connect(self.daily_backup_if_due)
        self.daily = QTimer(self)
        self.daily.setInterval(DAILY_CHECK_MS)
        self.daily.timeout.connect(self.daily_backup_if_due)
        self.sig_backup_done.connect(self._quiet_backup_done)

    @property
    def controller(self):
        return self._controller()

    @property
    def window(self):
        controller = self._controller()
        return controller.window if controller is not None else None

    def _controller_gone(self) -> None:
        self.wait_for_quiet_backup()
        self._let_go()
        self.deleteLater()

    def _refuse(self, text: str) -> None:
        self.controller.error(self.tr("Cannot open the book"), text)

    # --- before opening ------------------------------------------------------------------
    def admit(self, location: str | Path) -> str | None:
        """The location to open after the checks (maybe restored or another), or None."""
        if db.is_url(location):
            return str(location)
        path = Path(location).expanduser()
        if self.book is not None and _key(path) == _key(self.book):
            return str(location)  # already ours (reopening after a failed switch)
        if not booklock.is_held_here(path) and bring_forward_running(path):
            self.forwarded = True
            return None
        problem = integrity.writable_problem(path)
        if problem:
            self._refuse(problem)
            return None
        try:
            lock = booklock.acquire(path)
        except BookError as exc:
            self._refuse(str(exc))
            return None
        leftovers.clean(path)  # a killed backup's or restore's files, as large as the book
        health, exc = run_and_wait(self.window, self.tr("Checking the book…"),
                                   lambda progress: integrity.opening_check(path))
        if exc is not None:
            lock.release()
            raise exc
        outcome: str | None = str(location)
        self._unchecked = None if health.whole_file else _key(path)  # checked once painted
        self._check_at_once = not health.clean_close
        if health.state == integrity.LOCKED:
            self._refuse(health.detail)
            outcome = None
        elif health.state in integrity.RESCUABLE:
            outcome = self._rescue(path, health)
        if outcome is None or _key(outcome) != _key(path):
            lock.release()
        else:
            self._pending[_key(path)] = lock
        return outcome

    def _rescue(self, path: Path, health: integrity.Health) -> str | None:
        latest = backup.latest_good_backup(path, second_folder())
        if latest is None:
            self._damage_note = health.detail  # opening may still work: warn once it does
            return str(path)
        # start-up: the rescue dialog (ui.safety.rescue: 10-15 ms of the window's start,
        # -X importtime) loads only for a damaged book
        from ui.safety.rescue import RescueDialog

        dialog = RescueDialog(self.window, health, latest, at_start=self.window is None)
        dialog.exec()
        if dialog.choice == "restore":
            return str(path) if self._restore_damaged(latest.path, path) else None
        if dialog.choice == "other":
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Open customer book"), str(db.data_dir()),
                self.tr("Customer books (*.db);;All files (*)"))
            return self.admit(chosen) if chosen else None
        return None

    def _restore_damaged(self, source: Path, book: Path) -> bool:
        result, exc = run_and_wait(self.window, self.tr("Restoring the backup…"),
                                   lambda progress: restore.prepare_restore(
                                       source, book, progress=progress))
        if exc is None:
            try:
                result.commit()
                integrity.clear_suspect(book)  # the backup passed the whole-file check
                return True
            except CustbookError as commit_error:
                exc = commit_error
        if not isinstance(exc, Cancelled):
            self.controller.error(self.tr("The backup was not restored"), str(exc))
        return False

    # --- switching and closing -------------------------------------------------------------
    def changed(self) -> bool:
        """True when the open book was written since it was opened or last backed up."""
        return self.book is not None and fingerprint(self.book) != self._fingerprint

    def _automatic(self) -> bool:
        return self.book is not None and _key(self.book) != _key(db.sample_book_path())

    def leave_book(self, next_location: str | Path | None = None) -> None:
        """Back the current book up before it is closed, if it changed."""
        if self.book is None or (next_location is not None and not db.is_url(next_location)
                                 and _key(next_location) == _key(self.book)):
            return
        self.wait_for_quiet_backup()
        if self._automatic() and self.changed():
            self.backup_and_wait(self.tr("Backing up before closing the book…"))

    def open_failed(self, location: str | Path) -> None:
        """The book could not be opened after all: let go of its lock."""
        if not db.is_url(location):
            lock = self._pending.pop(_key(location), None)
            if lock is not None:
                lock.release()

    def opened(self, location: str | Path, previous: str | None) -> bool:
        """The book is open: ask the password, then watch over it. False if not unlocked."""
        if not self.locker.unlock_at_open(str(location)):
            db.close_book()
            self.open_failed(location)
            if previous:
                db.open_book(previous)
            return False
        self._let_go()
        if db.is_url(location):
            return True
        path = Path(location).expanduser()
        self.lock = self._pending.pop(_key(path), None)
        if self.lock is None:
            try:
                self.lock = booklock.acquire(path)
            except BookError:
                self.lock = None  # opened without admit(): keep going, unguarded
        self.book = path
        self.server = BookServer(path, self)
        self.server.sig_show_requested.connect(self.show_window)
        self.server.listen()
        self._fingerprint = fingerprint(path)
        self.locker.book_opened(str(path))
        if self._automatic():
            self.first_daily.start()
            self.daily.start()
        if self._unchecked == _key(path):
            self.background_check.start(path, at_once=self._check_at_once)
        if self._damage_note:
            note, self._damage_note = self._damage_note, ""
            QTimer.singleShot(0, lambda: self._warn_damaged(note))
        return True

    def skipped_check_of(self, location: str | Path, exc: BaseException) -> bool:
        """Whether `exc` is damage met while opening a book admitted without the whole-file
        check; if so the book is marked suspect, so admitting it again checks it first."""
        if db.is_url(location) or self._unchecked != _key(location) \
                or integrity.error_kind(exc) != "corrupt":
            return False
        self._unchecked = None
        integrity.mark_suspect(location)
        return True

    def let_go(self) -> None:
        """Stop watching the open book (it failed to open after all)."""
        self._let_go()

    def _let_go(self) -> None:
        self.background_check.stop()
        self.first_daily.stop()
        self.daily.stop()
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
        if self.lock is not None:
            self.lock.release()
        self.lock = None
        self.book = None
        self.locker.book_closed()

    def _warn_damaged(self, note: str) -> None:
        show_message(self.window, self.tr("The book is damaged"), self.tr(
            "%1\n\nThere is no backup of this book to go back to. Custbook opened it so you "
            "can still read and export what is intact; make a backup now and ask for help "
            "before entering much new work.").replace("%1", note),
            icon=QMessageBox.Icon.Warning, name="damagedWarning")

    def on_exit(self) -> None:
        """Custbook is closing: a last backup if the book changed, then let go of it."""
        self.wait_for_quiet_backup()
        if self._automatic() and self.changed():
            self.backup_and_wait(self.tr("Backing up before closing…"))
        self._let_go()

    def show_window(self) -> None:
        """Bring the main window (or the password question) to the front."""
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        self.locker.bring_forward()

    # --- backups ---------------------------------------------------------------------------
    def mark_backed_up(self, mark: tuple | None = None) -> None:
        """The book as it is (or was at `mark`) is in a backup: no need for another yet."""
        if self.book is not None:
            self._fingerprint = mark if mark is not None else fingerprint(self.book)

    def backup_and_wait(self, label: str) -> None:
        """An automatic backup now, with progress; waits for it (used when closing)."""
        book, mark = self.book, fingerprint(self.book)
        _, exc = run_and_wait(self.window, label, lambda progress: backup.take_backup(
            book, kind=backup.AUTO, second_folder=second_folder() or None, progress=progress))
        if exc is None:
            self.mark_backed_up(mark)
        elif not isinstance(exc, Cancelled):
            show_message(self.window, self.tr("The automatic backup failed"), str(exc),
                         icon=QMessageBox.Icon.Warning, name="backupFailed")

    def daily_backup_if_due(self) -> bool:
        """Start today's automatic backup in the background unless today already has one."""
        if not self._automatic() or self.quiet_backup_running():
            return False
        if backup.latest_backup_on(self.book, clock.today()) is not None:
            return False
        book, mark, folder = self.book, fingerprint(self.book), second_folder() or None

        def done(result) -> None:
            self._report_quiet_backup((result, mark) if result else None, None)

        def failed(exc: BaseException) -> None:
            self._report_quiet_backup(None, str(exc) or type(exc).__name__)

        self._task = run_quietly(lambda: backup.take_backup(book, kind=backup.AUTO,
                                                            second_folder=folder),
                                 done, failed)
        return True

    def _report_quiet_backup(self, outcome, error: str | None) -> None:
        try:
            self.sig_backup_done.emit(outcome, error)
        except RuntimeError:
            pass  # the window closed meanwhile

    def quiet_backup_running(self) -> bool:
        return self._task is not None and self._task.is_running()

    def wait_for_quiet_backup(self) -> None:
        """Let a running daily backup finish (before closing or restoring the book)."""
        if self._task is not None:
            self._task.wait()
            self._task = None

    def _quiet_backup_done(self, outcome, error: str | None) -> None:
        window = self.window
        if outcome is not None:
            result, mark = outcome
            self.mark_backed_up(mark)
            text = self.tr("Automatic backup made at %1.").replace(
                "%1", result.backup.taken_at.strftime("%H:%M"))
            if result.problems:
                text += " " + " ".join(result.problems)
            if window is not None:
                window.statusBar().showMessage(text, 15000)
        elif error:
            show_message(window, self.tr("The automatic backup failed"), error,
                         icon=QMessageBox.Icon.Warning, name="backupFailed")
