"""What the complaint forms offer to pick from: staff, categories, customers, purchases.

Categories are an editable list (the shop names its own kinds of complaint); a
category in use is retired rather than deleted, so old complaints keep their name.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from custbook import changes
from custbook.customers import customer_list, customers, phones
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import (
    Complaint, ComplaintCategory, Customer, CustomerPhone, Purchase, Staff, database,
)
from custbook.shop import words


@dataclass(frozen=True)
class Choice:
    """Something to pick in a form: its id and what the user reads."""

    id: int
    name: str


@dataclass(frozen=True)
class CustomerChoice:
    """A customer found by name or phone, as the picker lists it."""

    id: int
    name: str
    phone: str


@dataclass(frozen=True)
class PurchaseChoice:
    """One of a customer's purchases, for "the purchase it concerns"."""

    id: int
    purchased_on: dt.date
    items: str
    amount_cents: int


def staff_choices(include_inactive: bool = False) -> list[Choice]:
    """The staff to pick as handler or as who did a step (active ones unless asked)."""
    if not include_inactive:  # one source: the card's staff list
        return [Choice(s.id, s.name) for s in customers.all_staff() if getattr(s, "active", True)]
    query = Staff.select(Staff.id, Staff.name).order_by(Staff.name)
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712 - peewee expression
    return [Choice(s.id, s.name) for s in query]


def categories(include_inactive: bool = False) -> list[Choice]:
    """Complaint categories in the shop's order."""
    query = ComplaintCategory.select().order_by(ComplaintCategory.sort_order,
                                                ComplaintCategory.id)
    if not include_inactive:
        query = query.where(ComplaintCategory.active == True)  # noqa: E712
    return [Choice(c.id, words.category_label(c.name, c.key)) for c in query]


def _category_name(name: str, exclude_id: int | None = None) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("category", QT_TRANSLATE_NOOP(
            "Complaint", "A category needs a name."))
    if len(name) > 60:
        raise ValidationError("category", QT_TRANSLATE_NOOP(
            "Complaint", "A category name has at most 60 characters."))
    clash = ComplaintCategory.select().where(fn.LOWER(ComplaintCategory.name) == name.lower())
    if exclude_id is not None:
        clash = clash.where(ComplaintCategory.id != exclude_id)
    shown = {label.lower() for row_id, label in ((c.id, words.category_label(c.name, c.key))
             for c in ComplaintCategory.select()) if row_id != exclude_id}
    if clash.exists() or name.lower() in shown:
        raise ValidationError("category", QT_TRANSLATE_NOOP(
            "Complaint", "There is already a category called “{name}”.").format(name=name))
    return name


@changes.reports(changes.COMPLAINTS)
def add_category(name: str) -> Choice:
    """Add a category at the end of the list."""
    with database.atomic():
        name = _category_name(name)
        last = ComplaintCategory.select(fn.MAX(ComplaintCategory.sort_order)).scalar() or 0
        row = ComplaintCategory.create(name=name, sort_order=last + 1)
    return Choice(row.id, row.name)


@changes.reports(changes.COMPLAINTS)
def rename_category(category_id: int, name: str) -> None:
    """Rename a category (its complaints follow: they point at it)."""
    with database.atomic():
        row = ComplaintCategory.get_by_id(category_id)
        if row.key and name.strip() == words.category_label(row.name, row.key):
            return  # a built-in word left as it is stays built-in (and translated)
        name = _category_name(name, exclude_id=category_id)
        # the owner's own word from now on: shown as typed in every language
        ComplaintCategory.update(name=name, key="").where(
            ComplaintCategory.id == category_id).execute()


@changes.reports(changes.COMPLAINTS)
def retire_category(category_id: int) -> bool:
    """Remove a category from the pickers: deleted if unused, else hidden; True if deleted."""
    with database.atomic():
        if Complaint.select().where(Complaint.category == category_id).exists():
            ComplaintCategory.update(active=False).where(
                ComplaintCategory.id == category_id).execute()
            return False
        ComplaintCategory.delete().where(ComplaintCategory.id == category_id).execute()
        return True


@changes.reports(changes.COMPLAINTS)
def restore_category(category_id: int) -> None:
    """Offer a retired category in the pickers again."""
    ComplaintCategory.update(active=True).where(ComplaintCategory.id == category_id).execute()


@changes.reports(changes.COMPLAINTS)
def move_category(category_id: int, step: int) -> None:
    """Move a category up (step -1) or down (+1) in the list."""
    with database.atomic():
        rows = list(ComplaintCategory.select().order_by(ComplaintCategory.sort_order,
                                                        ComplaintCategory.id))
        index = next(i for i, r in enumerate(rows) if r.id == category_id)
        target = index + step
        if not 0 <= target < len(rows):
            return
        rows[index], rows[target] = rows[target], rows[index]
        for order, row in enumerate(rows):
            if row.sort_order != order:
                ComplaintCategory.update(sort_order=order).where(
                    ComplaintCategory.id == row.id).execute()


def _primary_phone():
    return (CustomerPhone.select(CustomerPhone.number)
            .where((CustomerPhone.customer == Customer.id) & CustomerPhone.is_primary)
            .limit(1))


def find_customers(text: str, limit: int = 20) -> list[CustomerChoice]:
    """Customers matching `text` by name or phone digits, best first.

    The customer book's own search (pinyin, initials, any part of a phone number), so
    the picker finds what the Customers page finds.
    """
    text = (text or "").strip()
    if not text:
        return []
    return [CustomerChoice(r.id, r.name, r.phone)
            for r in customer_list.search_customers(text, limit)]


def customer_choice(customer_id: int) -> CustomerChoice | None:
    """One customer as the picker shows it (None if gone)."""
    row = (Customer.select(Customer.id, Customer.name, _primary_phone().alias("phone"))
           .where(Customer.id == customer_id).objects().first())
    if row is None:
        return None
    return CustomerChoice(row.id, row.name,
                          phones.format_for_display(row.phone) if row.phone else "")


def customer_by_phone(text: str) -> CustomerChoice | None:
    """The customer who already has this phone number, if any (for walk-ins)."""
    try:
        phone = phones.normalise(text)
    except ValidationError:
        return None
    row = (CustomerPhone.select(CustomerPhone.customer)
           .join(Customer)
           .where((CustomerPhone.number == phone.number) & Customer.deleted_at.is_null())
           .first())
    return customer_choice(row.customer_id) if row else None


def recent_purchases(customer_id: int, limit: int = 50) -> list[PurchaseChoice]:
    """A customer's purchases, newest first, to say which one a complaint concerns."""
    query = (Purchase.select(Purchase.id, Purchase.purchased_on, Purchase.items,
                             Purchase.amount_cents)
             .where(Purchase.customer == customer_id)
             .order_by(Purchase.purchased_on.desc(), Purchase.id.desc()).limit(limit))
    return [PurchaseChoice(p.id, p.purchased_on, p.items, p.amount_cents) for p in query]


def staff_name(staff_id: int | None) -> str:
    """A staff member's name, or "" for nobody."""
    if staff_id is None:
        return ""
    row = Staff.select(Staff.name).where(Staff.id == staff_id).first()
    return row.name if row else ""

