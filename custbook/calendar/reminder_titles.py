"""What a reminder says it is for, in the user's language.

Reminders made by the automatic rules store no title of their own: their title is
made here when shown, from the rule that made them, so a book kept by a Chinese
owner and an English helper reads right for both. A title the owner typed (or one
imported, or written by the complaint log) always wins.

Family birthdays and anniversaries (rules "family" and "family_day", keys `fm:<relation
id>` and `fa:<anniversary id>`) are named from the relation or day they remind of, read
when shown ("王芳的女儿小美生日" / "Wang Fang's child Xiaomei: birthday"): a renamed
daughter or a window switched to English shows at once. A caller showing many reminders
reads them once (`family_words`) and passes them in.
"""
from __future__ import annotations

from collections.abc import Iterable

from custbook import settings, vocab
from custbook.calendar import holidays, lunar
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import database

# Rule codes (Reminder.rule) of the automatic rules.
PURCHASE_STEPS = ("purchase_reassure", "purchase_use", "purchase_keep")
AUTOMATIC = (*PURCHASE_STEPS, "repurchase", "slipping", "birthday", "anniversary", "holiday",
             "member_card", "member_points", "member_slipping")  # the last three: membership
FAMILY = ("family", "family_day")  # custbook.calendar.rules_family


def rule_names() -> dict[str, str]:
    """The automatic rules by code, named for the settings dialog and the agenda."""
    return {
        "purchase_reassure": QT_TRANSLATE_NOOP("Rules", "Call to reassure after a purchase"),
        "purchase_use": QT_TRANSLATE_NOOP("Rules", "Help them use what they bought"),
        "purchase_keep": QT_TRANSLATE_NOOP("Rules", "Keep in touch"),
        "repurchase": QT_TRANSLATE_NOOP("Rules", "Due to buy again soon"),
        "slipping": QT_TRANSLATE_NOOP("Rules", "Not seen for a long time"),
        "birthday": QT_TRANSLATE_NOOP("Rules", "Birthday greeting"),
        "anniversary": QT_TRANSLATE_NOOP("Rules", "Membership anniversary"),
        "holiday": QT_TRANSLATE_NOOP("Rules", "Holiday greeting"),
        "complaint": QT_TRANSLATE_NOOP("Rules", "Complaint follow-up"),
        "ical": QT_TRANSLATE_NOOP("Rules", "Imported from a calendar"),
        "member_card": QT_TRANSLATE_NOOP("Rules", "Count card expiring soon"),
        "member_points": QT_TRANSLATE_NOOP("Rules", "Points expire on 31 December"),
        "member_slipping": QT_TRANSLATE_NOOP("Rules", "Stopped coming, still has money on the card"),
    }


def _relation_words() -> dict[str, str]:
    return {"spouse": QT_TRANSLATE_NOOP("Family", "spouse"),
            "child": QT_TRANSLATE_NOOP("Family", "child"),
            "parent": QT_TRANSLATE_NOOP("Family", "parent"),
            "sibling": QT_TRANSLATE_NOOP("Family", "brother or sister"),
            "friend": QT_TRANSLATE_NOOP("Family", "friend"),
            "other": QT_TRANSLATE_NOOP("Family", "relation")}


def _day_words() -> dict[str, str]:
    return {"wedding": QT_TRANSLATE_NOOP("Family", "wedding anniversary"),
            "first_visit": QT_TRANSLATE_NOOP("Family", "first visit anniversary"),
            "membership": QT_TRANSLATE_NOOP("Family", "membership anniversary"),
            "other": QT_TRANSLATE_NOOP("Family", "day")}


def birthday_title(customer: str, relation: str, name: str) -> str:
    """A family member's birthday, in the current language."""
    return QT_TRANSLATE_NOOP("Family", "{customer}'s {relation} {name}: birthday").format(
        customer=customer, relation=_relation_words().get(relation, relation), name=name)


def day_title(customer: str, kind: str, name: str) -> str:
    """A customer's anniversary (wedding, first visit, …), in the current language."""
    return QT_TRANSLATE_NOOP("Family", "{customer}: {day}").format(
        customer=customer, day=name or _day_words().get(kind, kind))


FamilyWords = dict[str, tuple[str, str, str]]


def family_words(keys: Iterable[str | None]) -> FamilyWords:
    """What family reminders' titles are made of, by rule key: (the customer's name, the
    relation or the kind of day, the person's or the day's name). Two queries at most."""
    out: FamilyWords = {}
    keys = list(keys)  # read once per prefix: a generator would be spent on the first
    for prefix, sql in (("fm:", "SELECT x.id, c.name, x.relation, x.name FROM customer_relation x "
                                "JOIN customer c ON c.id = x.customer_id WHERE x.id IN "),
                        ("fa:", "SELECT x.id, c.name, x.kind, x.name FROM customer_anniversary "
                                "x JOIN customer c ON c.id = x.customer_id WHERE x.id IN ")):
        ids = sorted({int(k[3:]) for k in keys if k and k.startswith(prefix) and k[3:].isdigit()})
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row_id, customer, what, name in database.execute_sql(
                    sql + f"({','.join('?' * len(chunk))})", tuple(chunk)).fetchall():
                out[f"{prefix}{row_id}"] = (customer, what, name or "")
    return out


def title(stored: str, rule: str, rule_key: str | None, kind: str,
          lunar_date: tuple[int | None, int | None, bool] | None = None,
          shop_days: str | None = None, family: FamilyWords | None = None) -> str:
    """The title to show for a reminder (`family`: `family_words` of the reminders shown,
    read here for this one when not given)."""
    if stored:
        return stored
    if rule in FAMILY and rule_key:
        words = (family if family is not None else family_words([rule_key])).get(rule_key)
        if words is not None:
            return birthday_title(*words) if rule == "family" else day_title(*words)
    if rule == "holiday" and rule_key:
        code = rule_key.split(":")[1] if rule_key.count(":") >= 2 else ""
        days = settings.get("rule_shop_days") if shop_days is None else shop_days
        holiday = holidays.by_code(code, days)
        if holiday is not None:
            return QT_TRANSLATE_NOOP("Rules", "{holiday} greeting").format(holiday=holiday.name)
    if rule == "birthday" and lunar_date and lunar_date[0] and lunar_date[1]:
        return QT_TRANSLATE_NOOP("Rules", "Birthday greeting ({date})").format(
            date=lunar.label(lunar_date[0], lunar_date[1], lunar_date[2]))
    name = rule_names().get(rule)
    return name or vocab.reminder_kinds().get(kind, kind)


def results() -> dict[str, str]:
    """How a follow-up went, as the Done dialog offers it (and skipped/dismissed)."""
    return {"reached": QT_TRANSLATE_NOOP("Rules", "Reached"),
            "not_reached": QT_TRANSLATE_NOOP("Rules", "Not reached"),
            "call_back": QT_TRANSLATE_NOOP("Rules", "Call back later"),
            "skipped": QT_TRANSLATE_NOOP("Rules", "Skipped"),
            "dismissed": QT_TRANSLATE_NOOP("Rules", "Dismissed")}
