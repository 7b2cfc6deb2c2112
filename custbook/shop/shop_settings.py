"""The shop's settings as the Settings dialog and `main.py settings` change them: each
value checked on its own, with the reason beside the field, and all saved together.

Why a layer over custbook.settings: `settings.set` stores whatever it is given (the
rules, the caches and the ledger write their own keys); what a person types needs a
check and a message naming the field. `check(key, text)` turns typed text into the
stored value or raises ValidationError(key, why); `save(values)` checks every value
first and stores them in ONE transaction, so a refused form loses nothing and stores
nothing.
"""
from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping
from typing import Any

import phonenumbers

from custbook import changes, settings
from custbook.customers import phones
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import database


def _text(limit: int, required: bool = False) -> Callable[[str, str], str]:
    def check(key: str, value: str) -> str:
        value = " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()
        if required and not value:
            raise ValidationError(key, QT_TRANSLATE_NOOP("ShopSettings", "This cannot be empty."))
        if len(value) > limit:
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "ShopSettings", "At most {n} characters.").format(n=limit))
        if any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "ShopSettings", "Control characters are not allowed."))
        return value
    return check


def _whole(low: int, high: int) -> Callable[[str, str], int]:
    def check(key: str, value: str) -> int:
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "ShopSettings", "Type a whole number.")) from None
        if not low <= number <= high:
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "ShopSettings", "Type a number from {low} to {high}.").format(low=low, high=high))
        return number
    return check


def _phone(key: str, value: str) -> str:
    value = str(value).strip()
    if not value:
        return ""
    region = settings.get("phone_region")
    return phones.format_for_display(phones.normalise(value, region, field=key).number, region)


def _region(key: str, value: str) -> str:
    value = str(value).strip().upper()
    if value not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError(key, QT_TRANSLATE_NOOP(
            "ShopSettings", "Not a country code such as CN, HK, TW or US."))
    return value


def _one_of(*choices: str) -> Callable[[str, str], str]:
    def check(key: str, value: str) -> str:
        value = str(value).strip()
        if value not in choices:
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "ShopSettings", "Choose one of: {choices}.").format(choices=", ".join(choices)))
        return value
    return check


def _currency(key: str, value: str) -> str:
    value = str(value).strip()
    if not value or len(value) > 4 or any(ch.isdigit() for ch in value):
        raise ValidationError(key, QT_TRANSLATE_NOOP(
            "ShopSettings", "A currency symbol has 1 to 4 characters and no digits (¥, HK$)."))
    return value


MAX_IMAGE_BYTES = 512 * 1024


def _image(key: str, value: str) -> str:
    """A PNG or JPEG as base64 text ("" for none): small enough to print on every page."""
    value = str(value).strip()
    if not value:
        return ""
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError(key, QT_TRANSLATE_NOOP(
            "ShopSettings", "This is not a picture Custbook can read.")) from None
    if not (raw.startswith(b"\x89PNG") or raw.startswith(b"\xff\xd8")):
        raise ValidationError(key, QT_TRANSLATE_NOOP(
            "ShopSettings", "Choose a PNG or JPEG picture."))
    if len(raw) > MAX_IMAGE_BYTES:
        raise ValidationError(key, QT_TRANSLATE_NOOP(
            "ShopSettings", "The picture is larger than 512 KB; choose a smaller one."))
    return value


# What a person may set, in the order the dialog and `main.py settings` show them.
CHECKS: dict[str, Callable[[str, str], Any]] = {
    "shop_name": _text(60),
    "shop_address": _text(200),
    "shop_phone": _phone,
    "shop_wechat_id": _text(64),
    "shop_logo_png_b64": _image,
    "shop_qr_png_b64": _image,
    "promised_response_hours": _whole(1, 720),
    "currency_symbol": _currency,
    "phone_region": _region,
    "first_day_of_week": _one_of("monday", "sunday"),
    "backup_keep_daily": _whole(1, 90),
    "lock_idle_minutes": _whole(0, 240),
}
ALIASES = {"response_hours": "promised_response_hours", "shop_wechat": "shop_wechat_id",
           "currency": "currency_symbol", "region": "phone_region", "week_starts": "first_day_of_week"}


def labels() -> dict[str, str]:
    """Each settable key's name, as the dialog and the command line show it."""
    return {
        "shop_name": QT_TRANSLATE_NOOP("ShopSettings", "Shop name"),
        "shop_address": QT_TRANSLATE_NOOP("ShopSettings", "Address"),
        "shop_phone": QT_TRANSLATE_NOOP("ShopSettings", "Phone"),
        "shop_wechat_id": QT_TRANSLATE_NOOP("ShopSettings", "WeChat ID"),
        "shop_logo_png_b64": QT_TRANSLATE_NOOP("ShopSettings", "Logo"),
        "shop_qr_png_b64": QT_TRANSLATE_NOOP("ShopSettings", "QR code"),
        "promised_response_hours": QT_TRANSLATE_NOOP("ShopSettings", "Promised complaint response (hours)"),
        "currency_symbol": QT_TRANSLATE_NOOP("ShopSettings", "Currency symbol"),
        "phone_region": QT_TRANSLATE_NOOP("ShopSettings", "Default phone region"),
        "first_day_of_week": QT_TRANSLATE_NOOP("ShopSettings", "First day of the week"),
        "backup_keep_daily": QT_TRANSLATE_NOOP("ShopSettings", "Daily backups kept"),
        "lock_idle_minutes": QT_TRANSLATE_NOOP("ShopSettings", "Lock after idle minutes"),
    }


def key_for(name: str) -> str:
    """The setting a command-line name means (`response_hours` is `promised_response_hours`)."""
    key = ALIASES.get(name, name)
    if key not in CHECKS:
        raise ValidationError("key", QT_TRANSLATE_NOOP(
            "ShopSettings", "Unknown setting “{name}”; known: {known}.").format(
                name=name, known=", ".join(CHECKS)))
    return key


def check(key: str, value: Any) -> Any:
    """The value to store for typed `value`, or ValidationError(key, why)."""
    return CHECKS[key](key, value)


def check_all(values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """(checked values, {key: why}) for a whole form: every field is looked at."""
    good: dict[str, Any] = {}
    bad: dict[str, str] = {}
    for key, value in values.items():
        try:
            good[key] = check(key, value)
        except ValidationError as exc:
            bad[key] = exc.message
    return good, bad


@changes.reports(changes.SETTINGS)
def save(values: Mapping[str, Any]) -> dict[str, Any]:
    """Check every value, then store them all in one transaction; returns what was stored.

    Raises the first field's ValidationError (with `problems` holding every field's)
    and stores nothing when any value is refused.
    """
    good, bad = check_all(values)
    if bad:
        first = next(iter(bad))
        error = ValidationError(first, bad[first])
        error.problems = bad
        raise error
    with database.atomic():
        for key, value in good.items():
            if settings.get(key) != value:
                settings.set(key, value)
    return good


def current() -> dict[str, Any]:
    """Every settable value as stored now."""
    return {key: settings.get(key) for key in CHECKS}
