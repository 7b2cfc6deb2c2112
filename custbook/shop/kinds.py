"""The kinds of shop a new book can start as, and the first-run set-up that applies one.

Why: an empty book with Regular/Silver/Gold tiers and "Delivery" complaints fits a
clothing shop but not a hair salon or a tea house. The set-up asks three things (the
shop's name, your own name, the kind of shop) and gives the book sensible starting
words — tiers and their spend thresholds, complaint categories, interest topics —
and follow-up rules (days after a purchase, the usual re-purchase interval). Every
word stays editable in Settings; built-in ones stay keyed (custbook.shop.words), so
they follow the reader's language.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from custbook import changes, settings
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import ComplaintCategory, Complaint, Tier, database
from custbook.shop import shop_settings, staff, words


@dataclass(frozen=True)
class ShopKind:
    key: str
    tiers_spend_yuan: tuple[int, int, int]  # silver, gold, diamond thresholds
    categories: tuple[str, ...]  # built-in category keys, in order
    topics: tuple[str, ...]  # English sources of interest topics (translated on apply)
    post_purchase_days: str  # "3,14,90": follow-up calls after a purchase
    repurchase_default_days: int


KINDS: dict[str, ShopKind] = {
    "clothing": ShopKind("clothing", (3000, 10000, 30000),
                         ("quality", "size", "service", "price", "other"),
                         ("New arrivals", "Silk", "Dresses", "Coats", "Accessories"), "3,14,90", 90),
    "tea": ShopKind("tea", (2000, 8000, 20000),
                    ("quality", "freshness", "service", "price", "other"),
                    ("Green tea", "Pu'er", "Oolong", "Tea sets", "Gifts"), "7,30", 60),
    "beauty": ShopKind("beauty", (2000, 6000, 15000),
                       ("result", "service", "hygiene", "waiting", "price", "other"),
                       ("Hair colour", "Perm", "Skin care", "Nails", "Massage"), "2,21", 35),
    "restaurant": ShopKind("restaurant", (1000, 5000, 15000),
                           ("taste", "hygiene", "waiting", "service", "price", "other"),
                           ("Spicy", "Vegetarian", "Banquets", "Set meals", "Desserts"), "1", 30),
    "grocery": ShopKind("grocery", (1000, 3000, 10000),
                        ("quality", "freshness", "delivery", "price", "other"),
                        ("Fruit", "Vegetables", "Snacks", "Rice and oil", "Drinks"), "0", 14),
    "other": ShopKind("other", (3000, 10000, 30000),
                      ("quality", "service", "delivery", "price", "other"),
                      (), "3,14,90", 90),
}


def kind_names() -> dict[str, str]:
    """Each kind of shop, in the reader's language, in the order the set-up offers them."""
    return {"clothing": QT_TRANSLATE_NOOP("ShopKinds", "Clothing"),
            "tea": QT_TRANSLATE_NOOP("ShopKinds", "Tea"),
            "beauty": QT_TRANSLATE_NOOP("ShopKinds", "Beauty or hair salon"),
            "restaurant": QT_TRANSLATE_NOOP("ShopKinds", "Restaurant"),
            "grocery": QT_TRANSLATE_NOOP("ShopKinds", "Grocery"),
            "other": QT_TRANSLATE_NOOP("ShopKinds", "Another kind of shop")}


def topic_names() -> dict[str, str]:
    """The starting interest topics, translated (they become the shop's own words)."""
    return {"New arrivals": QT_TRANSLATE_NOOP("ShopKinds", "New arrivals"),
            "Silk": QT_TRANSLATE_NOOP("ShopKinds", "Silk"),
            "Dresses": QT_TRANSLATE_NOOP("ShopKinds", "Dresses"),
            "Coats": QT_TRANSLATE_NOOP("ShopKinds", "Coats"),
            "Accessories": QT_TRANSLATE_NOOP("ShopKinds", "Accessories"),
            "Green tea": QT_TRANSLATE_NOOP("ShopKinds", "Green tea"),
            "Pu'er": QT_TRANSLATE_NOOP("ShopKinds", "Pu'er"),
            "Oolong": QT_TRANSLATE_NOOP("ShopKinds", "Oolong"),
            "Tea sets": QT_TRANSLATE_NOOP("ShopKinds", "Tea sets"),
            "Gifts": QT_TRANSLATE_NOOP("ShopKinds", "Gifts"),
            "Hair colour": QT_TRANSLATE_NOOP("ShopKinds", "Hair colour"),
            "Perm": QT_TRANSLATE_NOOP("ShopKinds", "Perm"),
            "Skin care": QT_TRANSLATE_NOOP("ShopKinds", "Skin care"),
            "Nails": QT_TRANSLATE_NOOP("ShopKinds", "Nails"),
            "Massage": QT_TRANSLATE_NOOP("ShopKinds", "Massage"),
            "Spicy": QT_TRANSLATE_NOOP("ShopKinds", "Spicy"),
            "Vegetarian": QT_TRANSLATE_NOOP("ShopKinds", "Vegetarian"),
            "Banquets": QT_TRANSLATE_NOOP("ShopKinds", "Banquets"),
            "Set meals": QT_TRANSLATE_NOOP("ShopKinds", "Set meals"),
            "Desserts": QT_TRANSLATE_NOOP("ShopKinds", "Desserts"),
            "Fruit": QT_TRANSLATE_NOOP("ShopKinds", "Fruit"),
            "Vegetables": QT_TRANSLATE_NOOP("ShopKinds", "Vegetables"),
            "Snacks": QT_TRANSLATE_NOOP("ShopKinds", "Snacks"),
            "Rice and oil": QT_TRANSLATE_NOOP("ShopKinds", "Rice and oil"),
            "Drinks": QT_TRANSLATE_NOOP("ShopKinds", "Drinks")}


def _apply_kind(kind: ShopKind) -> None:
    for tier in Tier.select().where(Tier.key.in_(("silver", "gold", "diamond"))):
        spend = kind.tiers_spend_yuan[("silver", "gold", "diamond").index(tier.key)]
        Tier.update(min_spend_cents=spend * 100).where(Tier.id == tier.id).execute()
    used = {cid for (cid,) in Complaint.select(Complaint.category).distinct().tuples()}
    for row in ComplaintCategory.select():
        if row.key and row.key not in kind.categories and row.id not in used:
            row.delete_instance()
    present = {row.key for row in ComplaintCategory.select() if row.key}
    for order, key in enumerate(kind.categories):
        if key not in present:
            ComplaintCategory.create(name=words.ENGLISH_CATEGORIES[key], key=key, sort_order=order)
        else:
            ComplaintCategory.update(sort_order=order).where(ComplaintCategory.key == key).execute()
    names = topic_names()
    settings.set("interest_topics_list",
                 json.dumps([names.get(t, t) for t in kind.topics], ensure_ascii=False))
    settings.set("rule_post_purchase_days", kind.post_purchase_days)
    settings.set("rule_repurchase_default_days", kind.repurchase_default_days)
    settings.set("shop_kind", kind.key)


@changes.reports(changes.SETTINGS, changes.BOOK)
def set_up(shop_name: str, your_name: str, kind: str) -> int | None:
    """The first-run set-up in one transaction; returns the new staff member's id (or None).

    Raises ValidationError("shop_name" | "your_name" | "kind", why) and changes nothing.
    """
    if kind not in KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("ShopKinds", "Choose the kind of shop."))
    with database.atomic():
        shop_settings.save({"shop_name": shop_name})
        staff_id = None
        if (your_name or "").strip():
            try:
                staff_id = staff.add_staff(your_name, QT_TRANSLATE_NOOP("ShopKinds", "Owner"))
            except ValidationError as exc:
                raise ValidationError("your_name", exc.message) from None
        _apply_kind(KINDS[kind])
    return staff_id
