"""How the window writes money, dates and counts, in the user's locale."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from custbook import money as money_rules


def money(cents: int) -> str:
    """¥1,234.50 with the book's currency symbol (custbook.money: one way to write money).

    Both languages group digits by thousands with a comma, so the core's text is the
    locale's text too.
    """
    return money_rules.format_cents(cents)


def date(value: dt.date | None) -> str:
    """A date as 2026-11-22: unambiguous in both languages and it sorts; empty for none."""
    return "" if value is None else value.isoformat()


def long_date(value: dt.date) -> str:
    """A date spelt out in the user's language (Sunday, November 22, 2026 / 2026年11月22日星期日)."""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.LongFormat)


def number(n: int) -> str:
    return QLocale().toString(int(n))
