"""The automatic rules' settings, read and saved together (the Reminder rules dialog).

All are shop settings kept in the book (`custbook.settings`); saving checks every
value first and writes them in one transaction, so a refused value changes nothing.
The next rule run sees the changed settings and looks at every customer again.
"""
from __future__ import annotations

from typing import Any

from custbook import settings
from custbook.calendar import holidays
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import database

KEYS = tuple(k for k in settings.DEFAULTS if k.startswith("rule_")) + ("feb29_yearly_on",)
_DAYS = {
    "rule_repurchase_days_before": (0, 365), "rule_repurchase_default_days": (0, 3650),
    "rule_birthday_days_before": (0, 60), "rule_holiday_days_before": (0, 60),
    "rule_slipping_days": (0, 3650),
}


def current() -> dict[str, Any]:
    """Every rule setting with its value."""
    return {key: settings.get(key) for key in KEYS}


def offsets(text: str) -> list[int]:
    """The post-purchase day offsets of the setting (reassure, help use, keep in touch)."""
    parts = [p.strip() for p in str(text).split(",")]
    return [int(p) if p.isdigit() else 0 for p in parts][:3] + [0] * (3 - min(3, len(parts)))


def save(values: dict[str, Any]) -> None:
    """Check and store rule settings (any of KEYS); raises ValidationError naming the key."""
    unknown = set(values) - set(KEYS)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    clean = dict(values)
    for key, (low, high) in _DAYS.items():
        if key in clean and not (isinstance(clean[key], int) and low <= clean[key] <= high):
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "Rules", "Enter a number of days from {low} to {high}.").format(low=low, high=high))
    if "rule_post_purchase_days" in clean:
        parts = clean["rule_post_purchase_days"]
        if isinstance(parts, (list, tuple)):
            parts = ",".join(str(p) for p in parts)
        numbers = [p.strip() for p in str(parts).split(",")]
        if len(numbers) != 3 or not all(p.isdigit() and int(p) <= 365 for p in numbers):
            raise ValidationError("rule_post_purchase_days", QT_TRANSLATE_NOOP(
                "Rules", "Give three numbers of days from 0 to 365 (0 turns that call off)."))
        clean["rule_post_purchase_days"] = ",".join(str(int(p)) for p in numbers)
    if "rule_holiday_list" in clean:
        codes = clean["rule_holiday_list"]
        codes = codes if isinstance(codes, (list, tuple, set)) else str(codes).split(",")
        known = {h.code for h in holidays.builtin()}
        codes = [c.strip() for c in codes if c.strip()]
        if set(codes) - known:
            raise ValidationError("rule_holiday_list", QT_TRANSLATE_NOOP(
                "Rules", "Unknown holiday: {code}.").format(code=", ".join(set(codes) - known)))
        clean["rule_holiday_list"] = ",".join(c for c in (h.code for h in holidays.builtin())
                                              if c in codes)
    if "rule_shop_days" in clean:
        holidays.parse_shop_days(clean["rule_shop_days"])  # raises naming the line
        clean["rule_shop_days"] = "\n".join(line.strip() for line in
                                            str(clean["rule_shop_days"]).splitlines()
                                            if line.strip())
    if "feb29_yearly_on" in clean and clean["feb29_yearly_on"] not in ("feb28", "mar1"):
        raise ValidationError("feb29_yearly_on", "feb28/mar1")
    with database.atomic():
        for key, value in clean.items():
            settings.set(key, value)
