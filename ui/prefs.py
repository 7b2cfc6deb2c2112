"""This PC's window preferences (language, last book, window geometry) in QSettings.

Shop settings travel inside the book (`custbook.settings`); these stay with the PC.
An INI file is used on every platform so tests can point it at a temporary folder.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings


def store() -> QSettings:
    """The preferences store (an INI file in the user's config folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Custbook", "Custbook")


def get(key: str, default: str = "") -> str:
    value = store().value(key, default)
    return default if value is None else str(value)


def put(key: str, value) -> None:
    s = store()
    s.setValue(key, value)
    s.sync()
