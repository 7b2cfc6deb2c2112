"""Who is due a message on a day, and which kind: read from the calendar's reminders.

The calendar already knows the occasions (birthdays solar and lunar, festivals, the
follow-up stages after a purchase, complaint follow-ups, family birthdays and
anniversaries); a message is due for each reminder that comes due that day. This is
what `python3 main.py messages --on DAY` prints and what the Today panel's
"Message…" offers.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from custbook.calendar import holidays
from custbook.calendar.rule_writer import day as as_day, rows
from custbook import settings
from custbook.letters.letter_templates import Shop
from custbook.messages.compose import Message, messages_for
from custbook.messages.message_templates import ANNIVERSARY_WORDS, FESTIVAL_WORDS, default_for
from custbook.models import CustomerAnniversary, CustomerRelation, Reminder

# reminder rule (or kind, for reminders by hand) -> message kind
_BY_RULE = {"birthday": "birthday", "holiday": "festival", "purchase_reassure": "follow_up",
            "purchase_use": "follow_up", "purchase_keep": "follow_up", "complaint": "complaint",
            "family": "family", "family_day": "anniversary", "anniversary": "anniversary"}
_BY_KIND = {"birthday": "birthday", "holiday": "festival", "follow_up": "follow_up",
            "complaint": "complaint", "anniversary": "anniversary"}


@dataclass(frozen=True)
class Due:
    kind: str
    reminder_id: int
    message: Message


def _extra(rule: str, key: str | None, shop_days: str, language: str) -> dict[str, str]:
    """The occasion's words for a reminder, in the message's language."""
    key = key or ""
    language = language if language in FESTIVAL_WORDS else "en"
    if rule == "holiday" and key.count(":") >= 2:
        code = key.split(":")[1]
        if code in FESTIVAL_WORDS[language]:
            return {"festival": FESTIVAL_WORDS[language][code]}
        holiday = holidays.by_code(code, shop_days)  # one of the shop's own days: its name
        return {"festival": holiday.name} if holiday else {}
    if rule == "family" and key.startswith("fm:"):
        row = CustomerRelation.get_or_none(CustomerRelation.id == int(key[3:]))
        return {"family_member": row.name} if row else {}
    if rule == "family_day" and key.startswith("fa:"):
        row = CustomerAnniversary.get_or_none(CustomerAnniversary.id == int(key[3:]))
        if row:
            return {"anniversary": row.name or ANNIVERSARY_WORDS[language].get(row.kind, "")}
    if rule == "anniversary":  # the customer's own membership anniversary
        return {"anniversary": ANNIVERSARY_WORDS[language]["membership"]}
    return {}


def for_reminder(reminder_id: int, language: str = "zh_CN") -> tuple[str, dict[str, str]]:
    """The kind of message a reminder calls for, and its extra merge values (the festival,
    the family member …); ("follow_up", {}) for a reminder no template is written for."""
    row = Reminder.get_or_none(Reminder.id == reminder_id)
    if row is None:
        return "follow_up", {}
    kind = _BY_RULE.get(row.rule or "") or (None if row.rule else _BY_KIND.get(row.kind))
    return kind or "follow_up", _extra(row.rule, row.rule_key, settings.get("rule_shop_days"),
                                       language)


def due_on(day: dt.date, language: str = "zh_CN", kinds: tuple[str, ...] | None = None,
           shop: Shop | None = None) -> list[Due]:
    """Every message due on `day` (reminders showing that day), consent applied."""
    shop = shop or Shop.current()
    found = rows('SELECT r.id, r.customer_id, r.rule, r.kind, r.rule_key FROM "reminder" r '
                 'JOIN "customer" c ON c.id = r.customer_id WHERE r.next_on = ? '
                 "AND r.done_at IS NULL AND c.deleted_at IS NULL ORDER BY c.name, r.id",
                 [day.isoformat()])
    shop_days = settings.get("rule_shop_days")
    groups: dict[str, list[tuple[int, int, dict[str, str]]]] = {}
    for rid, cid, rule, kind, key in found:
        message_kind = _BY_RULE.get(rule or "") or (None if rule else _BY_KIND.get(kind))
        if message_kind is None or (kinds and message_kind not in kinds):
            continue
        groups.setdefault(message_kind, []).append(
            (rid, cid, _extra(rule, key, shop_days, language)))
    out: list[Due] = []
    for message_kind, people in groups.items():
        template = default_for(message_kind, language)
        # one message per reminder (a customer may have two family birthdays on one day)
        for rid, cid, extra in people:
            for message in messages_for([cid], template, shop, day, {cid: extra}):
                out.append(Due(message_kind, rid, message))
    return out


__all__ = ["Due", "as_day", "due_on"]
