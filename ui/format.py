"""How the window writes money, dates and counts, in the user's locale."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def money(cents: int, symbol: str = "¥") -> str:
    """¥1,234.50 style, from integer cents (never through float for the digits)."""
    sign = "-" if cents < 0 else ""
    yuan, rest = divmod(abs(int(cents)), 100)
    return f"{sign}{symbol}{QLocale().toString(yuan)}.{rest:02d}"


def date(value: dt.date | None) -> str:
    """A date in the locale's short form; empty for none."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def number(n: int) -> str:
    return QLocale().toString(int(n))
