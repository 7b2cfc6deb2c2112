"""Gathering the report's figures off the UI thread, quietly, newest request wins.

A page refresh should not pop up a progress dialog the way a long import does
(`ui/worker.run_task`): the page shows "Calculating…" and keeps its last figures
until the new ones arrive. At most one gathering runs at a time; requests made while
it runs collapse into one pending request (the latest), and a result is only handed
to the page if it answers the latest request on the book that is still open, so a
slow year never overwrites the month chosen after it.

The work runs on a plain Python thread and its answer comes back through one relay
object that lives on the UI thread for the whole session (a queued signal), so no Qt
object is ever created or deleted off the UI thread, and a page closed meanwhile is
simply not called.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from custbook import db

_running: set[threading.Thread] = set()
_numbers = itertools.count(1)


def wait_for_all(timeout: float = 60.0) -> None:
    """Wait for every gathering still running (quitting, the end of a test)."""
    for thread in list(_running):
        thread.join(timeout)


class _Relay(QObject):
    sig_done = Signal(object, object, object, object)
    """sig_done(loader number, request, result, exception), delivered on the UI thread."""


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    """The relay, made by the first loader (on the UI thread) and kept for the session."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        app = QCoreApplication.instance()
        if app is not None:
            # a gathering still reading when the process ends must not be cut mid-query
            app.aboutToQuit.connect(wait_for_all)
    return _relay


def _gather(relay: _Relay, number: int, request: tuple, work: Callable[[], Any]) -> None:
    try:
        result, error = work(), None
    except BaseException as exc:  # noqa: BLE001 - handed to the page as a message
        result, error = None, exc
    finally:
        # peewee keeps one connection per thread: close this thread's own
        from custbook.models import database

        if database.obj is not None:
            with contextlib.suppress(Exception):  # closing is best effort
                database.obj.close()
        _running.discard(threading.current_thread())
    relay.sig_done.emit(number, request, result, error)


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
        self._number = next(_numbers)
        self._serial = 0
        self._running = False
        self._pending: tuple | None = None
        self._relay = _the_relay()
        self._relay.sig_done.connect(self._relayed)

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
        thread = threading.Thread(
            target=_gather, args=(self._relay, self._number, request, lambda: work(start, end)),
            name="report-gathering", daemon=True)
        _running.add(thread)
        self._running = True
        self.sig_busy.emit(True)
        thread.start()

    def _relayed(self, number: int, request: tuple, result: Any,
                 exc: BaseException | None) -> None:
        if number != self._number:
            return  # another page's answer
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
