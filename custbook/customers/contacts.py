"""The contact log on a customer's card: calls, WeChat messages, visits, gifts, cards …

A visit to the shop counts as a visit even without a purchase, so adding, changing or
deleting a visit refreshes the customer's `last_visit_on` (see
`custbook.customers.purchases.refresh_figures`) in the same transaction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import JOIN

from custbook import changes, clock, vocab
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import ContactEntry, Customer, Staff, database
from custbook.customers.purchases import refresh_figures

_EDITABLE = ("contacted_at", "kind", "summary", "outcome", "staff_id")


@dataclass(frozen=True)
class ContactRow:
    """One entry of the contact log."""

    id: int
    customer_id: int
    contacted_at: dt.datetime
    kind: str
    staff_id: int | None
    staff_name: str
    summary: str
    outcome: str


def _check_moment(when: Any) -> dt.datetime:
    if isinstance(when, dt.date) and not isinstance(when, dt.datetime):
        when = dt.datetime.combine(when, dt.time(12, 0))
    if not isinstance(when, dt.datetime):
        raise ValidationError("contacted_at", QT_TRANSLATE_NOOP(
            "Contact", "Enter when the contact took place."))
    if when > clock.now() + dt.timedelta(days=1):
        raise ValidationError("contacted_at", QT_TRANSLATE_NOOP(
            "Contact", "{when} is in the future; plan it as a reminder instead.").format(
                when=when.strftime("%Y-%m-%d %H:%M")))
    return when.replace(microsecond=0)


def _check_kind(kind: Any) -> str:
    if kind not in vocab.contact_kinds():
        raise ValidationError("kind", QT_TRANSLATE_NOOP(
            "Contact", "Choose how the contact took place."))
    return kind


def _check_staff(staff_id: Any) -> int | None:
    if staff_id in (None, ""):
        return None
    if Staff.get_or_none(Staff.id == staff_id) is None:
        raise ValidationError("staff", QT_TRANSLATE_NOOP(
            "Contact", "That member of staff is no longer in the book."))
    return int(staff_id)


def _row(c: ContactEntry, staff_name: str | None) -> ContactRow:
    return ContactRow(c.id, c.customer_id, c.contacted_at, c.kind, c.staff_id, staff_name or "",
                      c.summary, c.outcome)


def contacts_of(customer_id: int) -> list[ContactRow]:
    """A customer's contact log, newest first."""
    query = (ContactEntry.select(ContactEntry, Staff.name.alias("staff_name"))
             .join(Staff, JOIN.LEFT_OUTER, on=(ContactEntry.staff == Staff.id))
             .where(ContactEntry.customer == customer_id)
             .order_by(ContactEntry.contacted_at.desc(), ContactEntry.id.desc()))
    return [_row(c, c.staff_name) for c in query.objects()]


@changes.reports(changes.CONTACTS, changes.CUSTOMERS)
def add_contact(customer_id: int, contacted_at: dt.datetime, kind: str, summary: str = "",
                outcome: str = "", staff_id: int | None = None) -> int:
    """Log a contact with a customer; returns its id."""
    when = _check_moment(contacted_at)
    kind = _check_kind(kind)
    with database.atomic():
        Customer.get_by_id(customer_id)
        entry = ContactEntry.create(customer=customer_id, contacted_at=when, kind=kind,
                                    staff=_check_staff(staff_id),
                                    summary=(summary or "").strip(),
                                    outcome=(outcome or "").strip())
        if kind == "visit":
            refresh_figures(customer_id)
    return entry.id


@changes.reports(changes.CONTACTS, changes.CUSTOMERS)
def update_contact(contact_id: int, **fields: Any) -> None:
    """Change a logged contact (any of contacted_at, kind, summary, outcome, staff_id)."""
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise TypeError(f"unknown contact fields: {', '.join(sorted(unknown))}")
    with database.atomic():
        entry = ContactEntry.get_by_id(contact_id)
        was_visit = entry.kind == "visit"
        if "contacted_at" in fields:
            entry.contacted_at = _check_moment(fields["contacted_at"])
        if "kind" in fields:
            entry.kind = _check_kind(fields["kind"])
        if "staff_id" in fields:
            entry.staff = _check_staff(fields["staff_id"])
        for key in ("summary", "outcome"):
            if key in fields:
                setattr(entry, key, (fields[key] or "").strip())
        entry.save()
        if was_visit or entry.kind == "visit":
            refresh_figures(entry.customer_id)


@changes.reports(changes.CONTACTS, changes.CUSTOMERS)
def delete_contact(contact_id: int) -> None:
    """Delete a logged contact."""
    with database.atomic():
        entry = ContactEntry.get_by_id(contact_id)
        entry.delete_instance()
        if entry.kind == "visit":
            refresh_figures(entry.customer_id)
