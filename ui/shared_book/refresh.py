"""Keeping the window in step with other PCs, and with the server coming and going.

Refreshing: every few seconds, while a book is open, the window asks one number,
`custbook.changes.token()` (a sequence read on PostgreSQL, `PRAGMA data_version` on
SQLite — microseconds either way). When it moved and the change was not this
window's own, the one application-wide "data changed" signal goes out with
{"book"} and each page re-reads what it shows: a reminder done at the other counter
leaves this PC's Today panel, a customer added there appears in the list here.
This window's own changes are already shown (the code that made them emitted the
signal), so the token seen then is taken as the new starting point.

A card being edited is not reloaded under the user's fingers (the card itself keeps
unsaved edits; a conflicting save is resolved field by field, see conflict_dialog).

Losing the server: the first operation that finds the server gone (this poll, or a
save, or a list) raises `ServerGone`. The window then says so once, in plain words,
with a Reconnect button (File › Reconnect to the server does the same); the poll
stops meanwhile, so a PC whose network is down does not freeze every three seconds
trying. Nothing typed is lost: a card that failed to save stays open with its text.
"""
from __future__ import annotations

import weakref
from contextlib import suppress

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from custbook import changes
from custbook.shared_book import server_link
from custbook.errors import CustbookError
from custbook.models import database
from ui.signals import BOOK, bus

POLL_MS = 3000


class SharedBookWatch(QObject):
    """One per Controller: polls the change token, and handles a lost server."""

    sig_connection = Signal(bool)
    """sig_connection(connected): the server was lost (False) or is back (True)."""

    def __init__(self, controller):
        # Owned by the application with a weak link to the Controller, as BookGuard is: a
        # Controller may be freed on any thread, and a timer destroyed off the UI thread
        # crashes Qt. When the Controller goes, the watch stops and is deleted here.
        super().__init__(QApplication.instance())
        self._controller = weakref.ref(controller)
        controller.destroyed.connect(self._controller_gone)
        self.seen: int | None = None
        self.lost = False
        self.box: QMessageBox | None = None
        self._emitting = False
        self.timer = QTimer(self)
        self.timer.setObjectName("sharedBookPoll")
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        bus().sig_data_changed.connect(self._shown_now)

    @property
    def controller(self):
        return self._controller()

    def _controller_gone(self) -> None:
        self.timer.stop()
        self._close_box()
        with suppress(RuntimeError, TypeError):
            bus().sig_data_changed.disconnect(self._shown_now)
        self.deleteLater()

    def _window(self):
        controller = self._controller()
        return controller.window if controller is not None else None

    # --- the book --------------------------------------------------------------------------
    def book_opened(self) -> None:
        """A (new) book is open: start from its current token and poll."""
        self.lost = False
        self._close_box()
        try:
            self.seen = changes.token()
        except CustbookError:
            self.seen = None
        self.timer.start()

    def _shown_now(self, kinds) -> None:
        """The window itself announced a change: what the book holds now is being shown."""
        if self._emitting or self.lost or database.obj is None:
            return
        try:
            self.seen = changes.token()
        except server_link.ServerGone as exc:
            self.server_lost(exc)
        except Exception:  # noqa: BLE001, S110 - a poll later will tell
            pass

    def poll(self) -> bool:
        """Refresh the views if another PC (or program) changed the book; True if it did."""
        if database.obj is None:
            self.timer.stop()
            return False
        if QApplication.activeModalWidget() is not None:
            return False  # a progress dialog (our own import writing) or a question: later
        try:
            token = changes.token()
        except server_link.ServerGone as exc:
            self.server_lost(exc)
            return False
        except Exception:  # noqa: BLE001 - e.g. a busy SQLite file: try again next time
            return False
        if token == self.seen:
            return False
        self.seen = token
        self._emitting = True
        try:
            changes.note(BOOK)
        finally:
            self._emitting = False
        with suppress(Exception):  # what the pages wrote while refreshing is ours
            self.seen = changes.token()
        return True

    # --- the server ------------------------------------------------------------------------
    def server_lost(self, exc: BaseException) -> None:
        """Say once that the server is gone, offering Reconnect; stop polling meanwhile."""
        self.timer.stop()
        window = self._window()
        if window is not None:
            window.statusBar().showMessage(self.tr("Not connected to the book's server."))
        if self.lost and self.box is not None:
            return
        self.lost = True
        self.sig_connection.emit(False)
        if self.controller is not None:
            self.controller.last_error = str(exc)
        self.box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The server cannot be reached"),
                               str(exc), QMessageBox.StandardButton.Close, window)
        self.box.setObjectName("serverLostBox")
        reconnect = self.box.addButton(self.tr("Reconnect"), QMessageBox.ButtonRole.AcceptRole)
        reconnect.setObjectName("reconnectButton")
        reconnect.clicked.connect(self.reconnect)
        self.box.finished.connect(self._box_closed)
        self.box.open()

    def _box_closed(self, *args) -> None:
        self.box = None

    def _close_box(self) -> None:
        if self.box is not None:
            box, self.box = self.box, None
            box.close()

    def reconnect(self) -> bool:
        """Try the server now; on success refresh everything and poll again."""
        window = self._window()
        try:
            server_link.reconnect()
        except CustbookError as exc:
            self.lost = True
            if self.controller is not None:
                self.controller.error(self.tr("Still not connected"), str(exc))
            return False
        self.lost = False
        self._close_box()
        self.sig_connection.emit(True)
        if window is not None:
            window.statusBar().showMessage(self.tr("Connected to the server again."), 10000)
        self._emitting = True
        try:
            changes.note(BOOK)
        finally:
            self._emitting = False
        self.book_opened()
        return True


def handle_error(controller, value: BaseException) -> bool:
    """For the global error handler: a lost server gets its own message; True if handled."""
    if isinstance(value, server_link.ServerGone):
        watch = getattr(controller, "shared", None)
        if watch is not None:
            watch.server_lost(value)
            return True
    return False
