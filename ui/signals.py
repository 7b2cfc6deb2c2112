"""The one application-wide "data changed" signal (as in Anki's hooks).

After any change, the code that made it emits `bus().sig_data_changed` with the kinds
of records that changed; each open page decides for itself whether to refresh, and no
page reaches into another.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

CUSTOMERS, PURCHASES, CONTACTS, REMINDERS, COMPLAINTS, SATISFACTION, SETTINGS, BOOK = (
    "customers", "purchases", "contacts", "reminders", "complaints", "satisfaction",
    "settings", "book")
EVERYTHING = frozenset({CUSTOMERS, PURCHASES, CONTACTS, REMINDERS, COMPLAINTS, SATISFACTION,
                        SETTINGS, BOOK})


class DataBus(QObject):
    sig_data_changed = Signal(object)
    """sig_data_changed(kinds: frozenset[str]): these kinds of records changed."""


_bus: DataBus | None = None


def bus() -> DataBus:
    global _bus
    if _bus is None:
        _bus = DataBus()
    return _bus
