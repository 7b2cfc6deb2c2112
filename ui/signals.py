"""The one application-wide "data changed" signal: the window's change hub (as Anki's OpChanges).

Screens never announce changes themselves. Each core operation that writes reports the
kinds of record it changed (`custbook.changes.reports`); this hub subscribes to those
reports and emits `bus().sig_data_changed(kinds)` on the UI thread — at once when the
operation ran on the UI thread, queued when it ran on the background runner
(`ui/worker.py`) — and each open page decides for itself whether to refresh. No page
reaches into another.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal

from custbook import changes
from custbook.changes import (  # the kind names, owned by the core
    BOOK, COMPLAINTS, CONTACTS, CUSTOMERS, EVERYTHING, PURCHASES, REMINDERS, SATISFACTION,
    SETTINGS,
)

__all__ = ["BOOK", "COMPLAINTS", "CONTACTS", "CUSTOMERS", "EVERYTHING", "PURCHASES",
           "REMINDERS", "SATISFACTION", "SETTINGS", "DataBus", "bus"]


class DataBus(QObject):
    sig_data_changed = Signal(object)
    """sig_data_changed(kinds: frozenset[str]): these kinds of records changed."""

    _sig_from_worker = Signal(object)

    def __init__(self):
        super().__init__()
        self._ui_thread = threading.current_thread()
        self._sig_from_worker.connect(self.sig_data_changed,
                                      Qt.ConnectionType.QueuedConnection)
        changes.subscribe(self._reported)

    def _reported(self, kinds: frozenset) -> None:
        """A core operation changed `kinds` (called on whichever thread made the change)."""
        if threading.current_thread() is self._ui_thread:
            self.sig_data_changed.emit(kinds)
        else:
            self._sig_from_worker.emit(kinds)


_bus: DataBus | None = None


def bus() -> DataBus:
    """The hub (made on first use, on the UI thread)."""
    global _bus
    if _bus is None:
        _bus = DataBus()
    return _bus
