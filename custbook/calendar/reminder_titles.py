"""What a reminder says it is for, in the user's language.

Reminders made by the automatic rules store no title of their own: their title is
made here when shown, from the rule that made them, so a book kept by a Chinese
owner and an English helper reads right for both. A title the owner typed (or one
imported, or written by the complaint log) always wins.
"""
from __future__ import annotations

from custbook import settings, vocab
from custbook.calendar import holidays, lunar
from custbook.i18n import QT_TRANSLATE_NOOP

# Rule codes (Reminder.rule) of the automatic rules.
PURCHASE_STEPS = ("purchase_reassure", "purchase_use", "purchase_keep")
AUTOMATIC = (*PURCHASE_STEPS, "repurchase", "slipping", "birthday", "anniversary", "holiday",
             "member_card", "member_points", "member_slipping")  # the last three: membership


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


def title(stored: str, rule: str, rule_key: str | None, kind: str,
          lunar_date: tuple[int | None, int | None, bool] | None = None,
          shop_days: str | None = None) -> str:
    """The title to show for a reminder."""
    if stored:
        return stored
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
