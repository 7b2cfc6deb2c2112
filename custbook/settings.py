"""The shop's settings, stored in the book (so they travel with it), typed and defaulted.

Window-only preferences (window size, the UI language) are not here: those belong to
the PC, and the UI keeps them in its own settings.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import SqliteDatabase

from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import ComplaintCategory, Setting, Tier, database, generation

# key -> default; the type of the default is the type of the setting.
DEFAULTS: dict[str, Any] = {
    "shop_name": "",
    "shop_address": "",
    "shop_phone": "",
    "shop_logo_png_b64": "",
    # --- schema 3 helpers (custbook.shop): checked field by field in custbook.shop.shop_settings
    "shop_wechat_id": "",
    "shop_qr_png_b64": "",  # an optional QR image (WeChat, a mini-program) printed beside the logo
    "shop_kind": "",  # clothing, tea, beauty, restaurant, grocery, other (custbook.shop.kinds)
    "first_day_of_week": "monday",  # or "sunday": calendars and "this week"
    "backup_keep_daily": 7,  # automatic backups kept, one per day (custbook.safety.backup)
    "customer_sources": "",  # JSON list of built-in codes and own names, in order; "" = built-in
    "interest_topics_list": "",  # JSON list of topic names offered on the card ("" = none yet)
    "promised_response_hours": 24,  # the complaint clock
    "phone_region": "CN",  # how numbers without +country are read
    "currency_symbol": "¥",
    "feb29_yearly_on": "feb28",  # or "mar1": where 29 Feb reminders fall in other years
    # --- the optional window lock (custbook.safety.password): a salted scrypt hash, never the text
    "lock_password_hash": "",
    "lock_idle_minutes": 10,  # lock again after this long without use; 0 = only at start
    # --- automatic reminder rules (custbook.calendar.reminder_rules); offsets in days
    "rule_post_purchase": True,
    "rule_post_purchase_days": "3,14,90",  # reassure, help use it, keep in touch; 0 = off
    "rule_repurchase": True,
    "rule_repurchase_days_before": 7,
    "rule_repurchase_default_days": 90,  # when a customer has too few purchases; 0 = skip
    "rule_birthday": True,
    "rule_birthday_days_before": 3,
    "rule_anniversary": True,
    "rule_holidays": True,
    "rule_holiday_list": "spring_festival,mid_autumn,mothers_day",
    "rule_holiday_tag": "",  # customers with this tag get holiday greetings ...
    "rule_holiday_promotions": True,  # ... and those who accept promotions
    "rule_holiday_days_before": 3,
    "rule_shop_days": "",  # the shop's own days, one per line: "MM-DD name"
    "rule_slipping": True,
    "rule_slipping_days": 180,  # not seen this long, for customers without a usual interval
    "rules_ran_on": "",  # the day the rules last ran for (YYYY-MM-DD) ...
    "rules_ran_at": "",  # ... and the moment they ran: what changed since is looked at
    "rules_full_on": "",  # the day of the last full run (every rule, every customer)
    "rules_ran_with": "",  # the rule settings of the last full run; a change forces one
    "letter_templates": "",  # the shop's own letter templates, JSON (custbook.letters.letter_templates)
    "message_templates": "",  # the shop's own message templates, JSON (custbook.messages)
    "attachment_max_mb": 10,  # the largest file that may be attached to a card
    # --- membership cards (custbook.membership.rules)
    "member_points_per_yuan": "1",  # points earned per yuan spent (a decimal, e.g. 0.5)
    "member_tier_multipliers": "",  # one per line "tier name=1.5": more points for a tier
    "member_birthday_double": True,  # double points in the member's birthday month
    "member_point_value_cents": 1,  # what one point is worth when redeemed as money off
    "member_points_expire": False,  # points earned in a year expire at the end of the next
    "member_thank_you": "",  # the last line of a receipt
    "member_points_expired_for": "",  # the year whose points were last expired (once a year)
}


# Stored values read since the book last changed: checking many rows (an import, a
# search per keystroke) asks for the same setting thousands of times. The key says
# "this book, unchanged by us or by another connection"; inside a transaction nothing
# is kept, as a rollback could undo what was read.
_cache: dict[str, str | None] = {}
_cache_marker: tuple = ()


def _stored(key: str) -> str | None:
    global _cache_marker
    conn = None
    if isinstance(database.obj, SqliteDatabase) and not database.obj.is_closed():
        conn = database.connection()
    if conn is None or conn.in_transaction:
        row = Setting.get_or_none(Setting.key == key)
        return None if row is None else row.value
    marker = (generation(), id(conn), conn.total_changes,
              conn.execute("PRAGMA data_version").fetchone()[0])
    if marker != _cache_marker:
        _cache.clear()
        _cache_marker = marker
    if key not in _cache:
        row = Setting.get_or_none(Setting.key == key)
        _cache[key] = None if row is None else row.value
    return _cache[key]


def get(key: str) -> Any:
    """The value of a setting, converted to the type of its default."""
    default = DEFAULTS[key]
    value = _stored(key)
    if value is None:
        return default
    if isinstance(default, bool):
        return value == "1"
    if isinstance(default, int):
        try:
            return int(value)
        except ValueError:
            return default
    return value


def set(key: str, value: Any) -> None:  # noqa: A001 - settings.set reads naturally
    """Store a setting (the key must be one of DEFAULTS)."""
    if key not in DEFAULTS:
        raise KeyError(key)
    text = ("1" if value else "0") if isinstance(value, bool) else str(value)
    _cache.clear()
    Setting.insert(key=key, value=text).on_conflict(  # an upsert SQLite and PostgreSQL share
        conflict_target=[Setting.key], update={Setting.value: text}).execute()


def first_weekday() -> int:
    """The day the shop's weeks start on, as date.weekday() counts (0 Monday, 6 Sunday)."""
    return 6 if get("first_day_of_week") == "sunday" else 0


def week_start(day: dt.date) -> dt.date:
    """The first day of the shop's week holding `day` (a Monday, or a Sunday if so set)."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday()) % 7)


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
    """Fill a new book with editable starting lists, stored by key (custbook.shop.words)
    so they show in the reader's language until the owner renames them."""
    ComplaintCategory.insert_many(
        [{"name": n, "key": k, "sort_order": i} for i, (k, n) in enumerate(
            (("quality", "Product quality"), ("service", "Service attitude"),
             ("delivery", "Delivery"), ("price", "Price"), ("other", "Other")))]
    ).execute()
    Tier.insert_many(
        [{"name": n, "key": k, "rank": i, "min_spend_cents": [0, 300000, 1000000, 3000000][i]}
         for i, (k, n) in enumerate((("regular", "Regular"), ("silver", "Silver"),
                                     ("gold", "Gold"), ("diamond", "Diamond")))]
    ).execute()
