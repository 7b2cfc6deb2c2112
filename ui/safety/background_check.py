"""The whole-file check of a book that opened without it, run after the first paint.

A book opens at once unless damage was seen in it (`integrity.opening_check`): reading
every page of a large book before the window appears cost 1.3-1.5 s at 100,000
customers and 7-8 s at 1,000,000. The same check then runs here, on the one background
runner (ui/worker.py): a moment after the window is on screen for a book closed cleanly
last time (Home's figures first), at once after a crash, a kill or a copy. The owner
hears of it only if it finds damage: the book is then marked suspect (a note kept on
disk), so the next start checks it before opening and offers the latest good backup.
Closing or switching the book stops a check that is still reading (SQLite's progress
handler).
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from custbook.safety import integrity
from ui.safety.tasks import show_message
from ui.worker import Task, run_quietly

AFTER_FIRST_PAINT_MS = 1500  # after a clean close: Home's figures are read first
AT_ONCE_MS = 300  # after anything else: once the window is up (the sooner, the less is typed)


class BackgroundCheck(QObject):
    """One per BookGuard: checks the open book's whole file once, quietly."""

    sig_checked = Signal(object)
    """sig_checked(health: integrity.Health): a background check ended (not when stopped)."""

    def __init__(self, guard):
        super().__init__(guard)
        self.guard = guard
        self.book: Path | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AFTER_FIRST_PAINT_MS)
        self.timer.timeout.connect(self._run)
        self._stop = threading.Event()
        self._task: Task | None = None

    def start(self, book: Path, at_once: bool = False) -> None:
        """Check `book` in the background once the window has painted (`at_once`: as
        soon as the window is up, not after Home's figures)."""
        self.stop()
        self.book = book
        self._stop = threading.Event()
        self.timer.start(AT_ONCE_MS if at_once else AFTER_FIRST_PAINT_MS)

    def running(self) -> bool:
        """True while a check is waiting to start or reading the file."""
        return self.timer.isActive() or (self._task is not None and self._task.is_running())

    def stop(self) -> None:
        """Stop a check that is waiting or reading (the book is being closed or switched)."""
        self.timer.stop()
        self._stop.set()
        if self._task is not None:
            self._task.wait()
            self._task = None
        self.book = None

    def _run(self) -> None:
        book, stop = self.book, self._stop
        if book is None:
            return
        self._task = run_quietly(lambda: integrity.quick_check(book, stop=stop.is_set),
                                 lambda health: self._checked(book, health),
                                 lambda exc: self._checked(book, None))

    def _checked(self, book: Path, health: integrity.Health | None) -> None:
        if book != self.book or health is None or health.state == integrity.STOPPED:
            return  # another book by now, or the check could not run: the next start checks
        self._task = None
        if health.state in integrity.RESCUABLE:
            integrity.mark_suspect(book)
            show_message(self.guard.window, self.tr("The book is damaged"), self.tr(
                "Custbook checked the book %1 in the background and found damage inside the "
                "file. Some of what you see may be missing or wrong.\n\nClose Custbook and "
                "start it again: it will check the book before opening it and offer the "
                "latest good backup. Nothing has been changed.").replace("%1", str(book)),
                icon=QMessageBox.Icon.Warning, name="backgroundDamage")
        try:
            self.sig_checked.emit(health)
        except RuntimeError:
            pass  # the window closed meanwhile
