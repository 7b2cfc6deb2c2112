"""Gathering the report's figures off the UI thread, quietly, newest request wins.

A page refresh should not pop up a progress dialog the way a long import does
(`ui/worker.run_task`): the page shows "Calculating…" and keeps its last figures
until the new ones arrive. At most one gathering runs at a time; requests made while
it runs collapse into one pending request (the latest), and a result is only handed
to the page if it answers the latest request on the book that is still open, so a
slow year never overwrites the month chosen after it.

The work runs on the one background runner (`ui/worker.run_quietly`, no dialog); its
answer comes back on the UI thread, and a page closed meanwhile is simply not called.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from custbook import db
from ui.worker import run_quietly, runner


def wait_for_all(timeout: float = 60.0) -> None:
    """Wait for every job still running on the runner (quitting, the end of a test)."""
    runner().wait_for_all(timeout)


class ReportLoader(QObject):
    """Runs `work(start, end)` in the background for the latest requested period."""

    sig_loaded = Signal(object)
    """sig_loaded(result): the answer to the latest request."""

    sig_failed = Signal(object)
    """sig_failed(exception): the latest request could not be answered."""

    sig_busy = Signal(bool)
    """sig_busy(working): True when a gathering starts, False when the latest has ended."""

    def __init__(self, work: Callable[[dt.date, dt.date], Any], parent: QObject | None = None):
        super().__init__(parent)
        self.work = work
        self._serial = 0
        self._running = False
        self._pending: tuple | None = None

    def request(self, start: dt.date, end: dt.date) -> None:
        """Ask for the figures of [start, end]; any earlier unanswered request is dropped."""
        self._serial += 1
        request = (self._serial, start, end, db.generation())
        if self._running:
            self._pending = request
            return
        self._start(request)

    def is_busy(self) -> bool:
        return self._running

    def _start(self, request: tuple) -> None:
        _, start, end, _ = request
        work = self.work
        self._running = True
        self.sig_busy.emit(True)
        run_quietly(lambda: work(start, end),
                    lambda result: self._answered(request, result, None),
                    lambda exc: self._answered(request, None, exc))

    def _answered(self, request: tuple, result: Any, exc: BaseException | None) -> None:
        if not isValid(self):
            return  # the page closed meanwhile
        self._running = False
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._start(pending)
            return
        current = (request[0] == self._serial and request[3] == db.generation()
                   and db.book_location() != "")  # not for a book closed meanwhile
        if current:
            if exc is None:
                self.sig_loaded.emit(result)
            else:
                self.sig_failed.emit(exc)
        self.sig_busy.emit(False)
