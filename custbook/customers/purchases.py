"""Purchases on a customer's card, and the running figures they keep right.

A customer row carries running figures (first and last purchase, last visit, number
of purchases, total spent) so that a list of 100,000 customers sorts by them without
adding up a million purchases. Every change to a purchase — and to a visit in the
contact log — recomputes those figures for that customer from the purchases and
visits themselves, in the same transaction (`refresh_figures`), so they can never
drift from what the card lists.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import JOIN

from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Customer, Purchase, Staff, database
from custbook import changes, clock, money
from custbook.shop import tier_rules

_EDITABLE = ("purchased_on", "items", "product_codes", "amount_cents", "staff_id", "note")


@dataclass(frozen=True)
class PurchaseRow:
    """One purchase as the card's purchase list shows it."""

    id: int
    customer_id: int
    purchased_on: dt.date
    items: str
    product_codes: str
    amount_cents: int
    staff_id: int | None
    staff_name: str
    note: str


def _check_cents(cents: Any) -> int:
    return money.check(cents, "amount")


def _check_day(day: Any, field: str = "purchased_on") -> dt.date:
    if isinstance(day, dt.datetime):
        day = day.date()
    if not isinstance(day, dt.date):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Purchase", "Enter the day of the purchase."))
    if day > clock.today() + dt.timedelta(days=1):
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Purchase", "{day} is in the future.").format(day=day.isoformat()))
    if day.year < 1900:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Purchase", "{day} is too long ago.").format(day=day.isoformat()))
    return day


def _check_staff(staff_id: Any) -> int | None:
    if staff_id in (None, ""):
        return None
    if Staff.get_or_none(Staff.id == staff_id) is None:
        raise ValidationError("staff", QT_TRANSLATE_NOOP(
            "Purchase", "That member of staff is no longer in the book."))
    return int(staff_id)


def figures_from_history(customer_id: int) -> dict[str, Any]:
    """The running figures of a customer as their purchases and visits say they are."""
    first, last, count, total = database.execute_sql(
        "SELECT min(purchased_on), max(purchased_on), count(*), COALESCE(sum(amount_cents), 0) "
        "FROM purchase WHERE customer_id = ?", (customer_id,)).fetchone()
    visit = database.execute_sql(
        "SELECT max(contacted_at) FROM contact_entry WHERE customer_id = ? AND kind = 'visit'",
        (customer_id,)).fetchone()[0]
    first_day = dt.date.fromisoformat(str(first)[:10]) if first else None
    last_day = dt.date.fromisoformat(str(last)[:10]) if last else None
    visit_day = dt.date.fromisoformat(str(visit)[:10]) if visit else None
    return {"first_purchase_on": first_day, "last_purchase_on": last_day,
            "last_visit_on": max((d for d in (last_day, visit_day) if d), default=None),
            "purchase_count": count, "total_spent_cents": total}


def refresh_figures(customer_id: int) -> None:
    """Recompute a customer's running figures from their purchases and visits."""
    Customer.update(**figures_from_history(customer_id)).where(
        Customer.id == customer_id).execute()


def _row(p: Purchase, staff_name: str | None) -> PurchaseRow:
    return PurchaseRow(p.id, p.customer_id, p.purchased_on, p.items, p.product_codes,
                       p.amount_cents, p.staff_id, staff_name or "", p.note)


def purchases_of(customer_id: int) -> list[PurchaseRow]:
    """A customer's purchases, newest first."""
    query = (Purchase.select(Purchase, Staff.name.alias("staff_name"))
             .join(Staff, on=(Purchase.staff == Staff.id), join_type=JOIN.LEFT_OUTER)
             .where(Purchase.customer == customer_id)
             .order_by(Purchase.purchased_on.desc(), Purchase.id.desc()))
    return [_row(p, p.staff_name) for p in query.objects()]


def purchase(purchase_id: int) -> PurchaseRow:
    """One purchase by id."""
    p = Purchase.get_by_id(purchase_id)
    staff = Staff.get_or_none(Staff.id == p.staff_id) if p.staff_id else None
    return _row(p, staff.name if staff else "")


def _update_reminders(customer_id: int) -> None:
    """Post-purchase calls appear for a new purchase and go with a deleted one, at once."""
    # start-up: importing custbook.calendar here, not at the top, saves 26 ms when this module loads
    from custbook.calendar import reminder_rules  # the rules read purchases: import late, no cycle

    reminder_rules.after_purchase_change(customer_id)


@changes.reports(changes.PURCHASES, changes.CUSTOMERS)
def add_purchase(customer_id: int, purchased_on: dt.date, amount_cents: int, items: str = "",
                 product_codes: str = "", staff_id: int | None = None, note: str = "") -> int:
    """Record a purchase on a customer's card; returns its id."""
    day = _check_day(purchased_on)
    cents = _check_cents(amount_cents)
    with database.atomic():
        Customer.get_by_id(customer_id)
        staff = _check_staff(staff_id)
        created = Purchase.create(customer=customer_id, purchased_on=day, amount_cents=cents,
                                  items=(items or "").strip(),
                                  product_codes=(product_codes or "").strip()[:200],
                                  staff=staff, note=(note or "").strip())
        refresh_figures(customer_id)
        _update_reminders(customer_id)
        tier_rules.apply(customer_ids=[customer_id])  # a tier earned moves them up at once
    return created.id


@changes.reports(changes.PURCHASES, changes.CUSTOMERS)
def update_purchase(purchase_id: int, **fields: Any) -> None:
    """Change a purchase (any of purchased_on, items, product_codes, amount_cents, staff_id, note)."""
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise TypeError(f"unknown purchase fields: {', '.join(sorted(unknown))}")
    with database.atomic():
        p = Purchase.get_by_id(purchase_id)
        if "purchased_on" in fields:
            p.purchased_on = _check_day(fields["purchased_on"])
        if "amount_cents" in fields:
            p.amount_cents = _check_cents(fields["amount_cents"])
        if "staff_id" in fields:
            p.staff = _check_staff(fields["staff_id"])
        for key in ("items", "product_codes", "note"):
            if key in fields:
                setattr(p, key, (fields[key] or "").strip())
        p.product_codes = p.product_codes[:200]
        p.save()
        refresh_figures(p.customer_id)
        _update_reminders(p.customer_id)


@changes.reports(changes.PURCHASES, changes.CUSTOMERS)
def delete_purchase(purchase_id: int) -> None:
    """Delete a purchase (reminders made for it go with it; complaints keep their text)."""
    with database.atomic():
        p = Purchase.get_by_id(purchase_id)
        p.delete_instance()
        refresh_figures(p.customer_id)
        _update_reminders(p.customer_id)
