"""Money: one set of rules for reading an amount as typed and for writing it.

Amounts are integer cents everywhere in Custbook (never float). Reading accepts what
people type in a Chinese or English shop and what other programs export:
"1,280.50", "￥1 280", "¥1,280.00", "88 元", "88元", "1280.5", "-5", "RMB 300",
full-width digits ("１２８"), thin and non-breaking spaces as digit groups. More than
two decimals, letters or two signs are refused with a sentence that quotes the text.

Writing uses the book's currency symbol (Settings, `currency_symbol`, ¥ by default):
`format_cents(128050)` -> "¥1,280.50"; `plain(128050)` -> "1280.50" for files.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from custbook import settings
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP

MAX_CENTS = 10**12  # ten billion yuan: beyond any shop, within SQLite's and PG's bigint

# What may surround or group the digits: currency signs and words, spaces, commas.
_NOISE = re.compile(r"[\s,'’_]|rmb|cny|usd|eur|元|圆|块|人民币|[¥￥$€£]")


def parse(text: str, field: str = "amount", *, allow_negative: bool = False,
          empty: int | None = None) -> int:
    """Cents from an amount as typed; ValidationError(field, …) if it is not one.

    `empty` is what an empty text means (None: empty is refused).
    """
    raw = "" if text is None else str(text).strip()
    folded = unicodedata.normalize("NFKC", raw).casefold()
    cleaned = _NOISE.sub("", folded)
    if not cleaned:
        if empty is not None:
            return empty
        raise ValidationError(field, QT_TRANSLATE_NOOP("Money", "Enter an amount."))
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Money", "“{text}” is not an amount of money (write it like 128.50).").format(
                text=raw)) from None
    if not value.is_finite():
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Money", "“{text}” is not an amount of money (write it like 128.50).").format(
                text=raw))
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Money", "“{text}” has more than two decimals.").format(text=raw))
    cents = int(value * 100)
    return check(cents, field, allow_negative=allow_negative)


def check(cents, field: str = "amount", *, allow_negative: bool = False) -> int:
    """The same cents if they are a storable amount; ValidationError(field, …) if not."""
    if not isinstance(cents, int) or isinstance(cents, bool):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Money", "The amount must be a whole number of cents."))
    if cents < 0 and not allow_negative:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Money", "The amount cannot be negative."))
    if abs(cents) >= MAX_CENTS:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Money", "The amount is too large."))
    return cents


def symbol() -> str:
    """The book's currency symbol (¥ unless the owner chose another)."""
    return settings.get("currency_symbol") or "¥"


def plain(cents: int) -> str:
    """1280.50: no symbol, no grouping (files, spreadsheets, re-importable)."""
    sign = "-" if cents < 0 else ""
    yuan, rest = divmod(abs(int(cents)), 100)
    return f"{sign}{yuan}.{rest:02d}"


def format_cents(cents: int, currency: str | None = None, *, decimals: bool = True) -> str:
    """¥1,280.50 with the book's symbol (or `currency`); `decimals=False` gives ¥1,281."""
    sign = "-" if cents < 0 else ""
    yuan, rest = divmod(abs(int(cents)), 100)
    mark = symbol() if currency is None else currency
    if not decimals:
        yuan += 1 if rest >= 50 else 0
        return f"{sign}{mark}{yuan:,}"
    return f"{sign}{mark}{yuan:,}.{rest:02d}"
