"""What each customer field is called on screen, and how a stored value reads.

The card, the merge dialog and the column chooser all name fields; keeping the names
in one place means a field is called the same thing everywhere, in both languages.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from custbook import vocab
from custbook.shop import words as shop_words
from ui import format as fmt

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def field_labels() -> dict[str, str]:
    """Every editable customer field by name, in the user's language."""
    return {
        "name": translate("CustomerFields", "Name"),
        "gender": translate("CustomerFields", "Gender"),
        "ethnicity": translate("CustomerFields", "Ethnicity"),
        "phones": translate("CustomerFields", "Phones"),
        "wechat_id": translate("CustomerFields", "WeChat ID"),
        "email": translate("CustomerFields", "E-mail"),
        "address": translate("CustomerFields", "Address"),
        "clothing_size": translate("CustomerFields", "Clothing size"),
        "shoe_size": translate("CustomerFields", "Shoe size"),
        "birthday": translate("CustomerFields", "Birthday"),
        "birthday_calendar": translate("CustomerFields", "Birthday calendar"),
        "birthday_month": translate("CustomerFields", "Birthday month"),
        "birthday_day": translate("CustomerFields", "Birthday day"),
        "birthday_leap": translate("CustomerFields", "Leap month"),
        "birth_year": translate("CustomerFields", "Birth year"),
        "birth_year_estimated": translate("CustomerFields", "Birth year is estimated"),
        "description": translate("CustomerFields", "Notes"),
        "tags": translate("CustomerFields", "Tags"),
        "occupation": translate("CustomerFields", "Occupation"),
        "company": translate("CustomerFields", "Company"),
        "prior_spend_cents": translate("CustomerFields", "Spent before using Custbook"),
        "work_situation": translate("CustomerFields", "Work situation"),
        "family": translate("CustomerFields", "Family"),
        "personality": translate("CustomerFields", "Personality"),
        "spending_habits": translate("CustomerFields", "Spending habits"),
        "style_preferences": translate("CustomerFields", "Style preferences"),
        "hobbies": translate("CustomerFields", "Hobbies"),
        "lifestyle": translate("CustomerFields", "Lifestyle"),
        "service_preference": translate("CustomerFields", "How they like to be served"),
        "contact_preference": translate("CustomerFields", "Preferred contact"),
        "contact_preference_note": translate("CustomerFields", "Contact note"),
        "accepts_promotions": translate("CustomerFields", "Accepts promotions"),
        "promotions_consent_on": translate("CustomerFields", "Consent given on"),
        "personal_values": translate("CustomerFields", "Values"),
        "interest_topics": translate("CustomerFields", "Topics they enjoy"),
        "referred_by": translate("CustomerFields", "Referred by"),
        "source": translate("CustomerFields", "How they found us"),
        "tier": translate("CustomerFields", "Tier"),
        "member_since": translate("CustomerFields", "Member since"),
        "photo": translate("CustomerFields", "Photo"),
    }


def contact_preferences() -> dict[str, str]:
    """The ways a customer may prefer to be contacted (codes shared with the contact log)."""
    kinds = vocab.contact_kinds()
    return {"": translate("CustomerFields", "No preference"),
            **{k: kinds[k] for k in ("call", "wechat", "sms", "visit", "letter") if k in kinds}}


def group_label(group: tuple[str, ...]) -> str:
    """What fields kept together (a birthday's parts, a consent and its date) are called."""
    labels = field_labels()
    if group[0] == "birthday_calendar":
        return labels["birthday"]
    return labels.get(group[0], group[0])


def display_group(group: tuple[str, ...], values: dict[str, Any], tiers=None, names=None) -> str:
    """Fields kept together, read as one value: "Lunar 4-15 (leap month)", "1985 (estimated)"."""
    if group[0] == "birthday_calendar":
        kind = values.get("birthday_calendar")
        month, day = values.get("birthday_month"), values.get("birthday_day")
        if not kind or month is None or day is None:
            return ""
        text = f"{display_value('birthday_calendar', kind)} {month}-{day}"
        leap = translate("CustomerFields", "leap month")
        return text + (f" ({leap})" if values.get("birthday_leap") else "")
    if group[0] == "birth_year":
        year = values.get("birth_year")
        if year is None:
            return ""
        estimated = translate("CustomerFields", "estimated")
        return f"{year} ({estimated})" if values.get("birth_year_estimated") else str(year)
    parts = [display_value(f, values.get(f), tiers, names) for f in group]
    first, rest = parts[0], [p for p in parts[1:] if p]
    return f"{first} ({', '.join(rest)})" if first and rest else first


def display_value(field: str, value: Any, tiers: dict[int, str] | None = None,
                  names: dict[int, str] | None = None) -> str:
    """A stored value as a person reads it (ids through `tiers`/`names`), "" when empty."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return translate("CustomerFields", "Yes") if value else translate("CustomerFields", "No")
    if isinstance(value, dt.datetime):
        return fmt.date(value.date()) + value.strftime(" %H:%M")
    if isinstance(value, dt.date):
        return fmt.date(value)
    if field == "gender":
        return vocab.genders().get(value, str(value))
    if field == "source":
        return shop_words.source_label(str(value))  # the shop's name for it, if renamed
    if field == "contact_preference":
        return contact_preferences().get(value, str(value))
    if field == "birthday_calendar":
        return {"solar": translate("CustomerFields", "Solar"),
                "lunar": translate("CustomerFields", "Lunar")}.get(value, str(value))
    if field == "prior_spend_cents":  # cents, as money everywhere (the merge dialog)
        return fmt.money(int(value))
    if field == "tier" and tiers is not None:
        return tiers.get(value, str(value))
    if field == "referred_by" and names is not None:
        return names.get(value, str(value))
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)
