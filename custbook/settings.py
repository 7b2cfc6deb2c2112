"""The shop's settings, stored in the book (so they travel with it), typed and defaulted.

Window-only preferences (window size, the UI language) are not here: those belong to
the PC, and the UI keeps them in its own settings.
"""
from __future__ import annotations

from typing import Any

from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import ComplaintCategory, Setting, Tier

# key -> default; the type of the default is the type of the setting.
DEFAULTS: dict[str, Any] = {
    "shop_name": "",
    "shop_address": "",
    "shop_phone": "",
    "shop_logo_png_b64": "",
    "promised_response_hours": 24,  # the complaint clock
    "phone_region": "CN",  # how numbers without +country are read
    "currency_symbol": "¥",
    "feb29_yearly_on": "feb28",  # or "mar1": where 29 Feb reminders fall in other years
}


def get(key: str) -> Any:
    """The value of a setting, converted to the type of its default."""
    default = DEFAULTS[key]
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return default
    if isinstance(default, bool):
        return row.value == "1"
    if isinstance(default, int):
        try:
            return int(row.value)
        except ValueError:
            return default
    return row.value


def set(key: str, value: Any) -> None:  # noqa: A001 - settings.set reads naturally
    """Store a setting (the key must be one of DEFAULTS)."""
    if key not in DEFAULTS:
        raise KeyError(key)
    text = ("1" if value else "0") if isinstance(value, bool) else str(value)
    Setting.insert(key=key, value=text).on_conflict_replace().execute()


def default_complaint_categories() -> list[str]:
    return [
        QT_TRANSLATE_NOOP("Defaults", "Product quality"),
        QT_TRANSLATE_NOOP("Defaults", "Service attitude"),
        QT_TRANSLATE_NOOP("Defaults", "Delivery"),
        QT_TRANSLATE_NOOP("Defaults", "Price"),
        QT_TRANSLATE_NOOP("Defaults", "Other"),
    ]


def default_tiers() -> list[str]:
    return [
        QT_TRANSLATE_NOOP("Defaults", "Regular"),
        QT_TRANSLATE_NOOP("Defaults", "Silver"),
        QT_TRANSLATE_NOOP("Defaults", "Gold"),
        QT_TRANSLATE_NOOP("Defaults", "Diamond"),
    ]


def seed_defaults() -> None:
    """Fill a new book with editable starting lists, named in the current language."""
    ComplaintCategory.insert_many(
        [{"name": n, "sort_order": i} for i, n in enumerate(default_complaint_categories())]
    ).execute()
    Tier.insert_many(
        [{"name": n, "rank": i, "min_spend_cents": [0, 300000, 1000000, 3000000][i]}
         for i, n in enumerate(default_tiers())]
    ).execute()
