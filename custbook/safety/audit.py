"""The audit trail: who changed what on a customer's card, from what to what, and when.

Every function that changes a card (custbook.customers.customers, trash, merge, the bulk tag
and tier edits, privacy) calls `record` inside its own transaction, so an entry
exists exactly when the change does. Values are kept as plain text as the card
showed them (a tier or referrer by name, phones and tags as comma lists), because
the entry must still read after the tier is renamed or the referrer erased.

"Which staff member": the window's Customers menu names who is on duty
(`set_current_staff`, remembered for the open book only, until the app closes);
entries then carry that staff member, or none when nobody was named.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from peewee import JOIN

from custbook.db import book_location
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import AuditEntry, Customer, Staff, Tier, database
from custbook.sql_dialect import executemany
from custbook import clock

ACTIONS = ("created", "changed", "trashed", "restored", "erased", "merged", "merge_undone",
           "privacy_erased", "ledger", "import_undone")


def action_words() -> dict[str, str]:
    """What each action is called on the card's history, in the user's language."""
    return {
        "created": QT_TRANSLATE_NOOP("Audit", "Card created"),
        "changed": QT_TRANSLATE_NOOP("Audit", "Changed"),
        "trashed": QT_TRANSLATE_NOOP("Audit", "Moved to the trash"),
        "restored": QT_TRANSLATE_NOOP("Audit", "Restored from the trash"),
        "erased": QT_TRANSLATE_NOOP("Audit", "Erased from the trash"),
        "merged": QT_TRANSLATE_NOOP("Audit", "Merged"),
        "merge_undone": QT_TRANSLATE_NOOP("Audit", "Merge undone"),
        "privacy_erased": QT_TRANSLATE_NOOP("Audit", "Erased for privacy"),
        "ledger": QT_TRANSLATE_NOOP("Audit", "Membership card"),  # custbook.membership.ledger
        "import_undone": QT_TRANSLATE_NOOP("Audit", "Removed by undoing an import"),
    }


_on_duty: tuple[str, int] | None = None  # (book location, staff id)


def set_current_staff(staff_id: int | None) -> None:
    """Name the staff member on duty in the open book; later entries carry them (None: nobody)."""
    global _on_duty
    _on_duty = None if staff_id is None else (book_location(), staff_id)


def current_staff() -> int | None:
    """The staff member on duty in the open book (None if nobody was named for it)."""
    if _on_duty is None or _on_duty[0] != book_location():
        return None
    staff_id = _on_duty[1]
    return staff_id if Staff.get_or_none(Staff.id == staff_id) is not None else None


def _now() -> dt.datetime:
    return clock.now_seconds()


def as_text(value: Any) -> str:
    """A stored value as the trail keeps it: dates ISO, booleans yes/no, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def record(customer_id: int | None, action: str, field: str = "", old: Any = None,
           new: Any = None, customer_name: str | None = None) -> None:
    """Write one entry (call inside the transaction of the change it describes)."""
    if customer_name is None and customer_id is not None:
        row = Customer.select(Customer.name).where(Customer.id == customer_id).first()
        customer_name = row.name if row else ""
    AuditEntry.create(customer=customer_id, customer_name=customer_name or "",
                      staff=current_staff(), at=_now(), action=action, field=field,
                      old_value=as_text(old), new_value=as_text(new))


def record_many(rows: Iterable[tuple[int, str, str, str, Any, Any]]) -> int:
    """Write many entries at once: (customer_id, name, action, field, old, new); returns count."""
    staff, now = current_staff(), _now()
    batch = [(cid, name or "", staff, now, action, field, as_text(old), as_text(new))
             for cid, name, action, field, old, new in rows]
    # one executemany, not peewee's insert_many (which builds a node per value: an import's
    # undo of 100,000 customers spent 4 s there)
    executemany(database.obj, "INSERT INTO audit_entry (customer_id, customer_name, staff_id, "
                "at, action, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch)
    return len(batch)


def card_state(customer: Customer, fields: Iterable[str], phones: list[str],
               tags: list[str]) -> dict[str, str]:
    """A card's editable values as text, the way the trail compares and keeps them."""
    state: dict[str, str] = {}
    for name in fields:
        if name == "tier":
            tier = Tier.get_or_none(Tier.id == customer.tier_id) if customer.tier_id else None
            state[name] = tier.name if tier else ""
        elif name == "referred_by":
            ref = (Customer.get_or_none(Customer.id == customer.referred_by_id)
                   if customer.referred_by_id else None)
            state[name] = ref.name if ref else ""
        else:
            state[name] = as_text(getattr(customer, name))
    state["phones"] = as_text(phones)
    state["tags"] = as_text(sorted(tags))
    return state


def record_changes(customer_id: int, name: str, before: dict[str, str],
                   after: dict[str, str]) -> int:
    """One "changed" entry per field that differs between two card states; returns count."""
    rows = [(customer_id, name, "changed", key, before.get(key, ""), value)
            for key, value in after.items() if before.get(key, "") != value]
    return record_many(rows)


@dataclass(frozen=True)
class AuditRow:
    """One line of a card's history of changes, ready to show."""

    at: dt.datetime
    staff: str
    action: str
    field: str
    old_value: str
    new_value: str


def history(customer_id: int, limit: int = 2000) -> list[AuditRow]:
    """A customer's history of changes, newest first."""
    query = (AuditEntry.select(AuditEntry, Staff.name.alias("staff_name"))
             .join(Staff, JOIN.LEFT_OUTER, on=(AuditEntry.staff == Staff.id))
             .where(AuditEntry.customer == customer_id)
             .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit).objects())
    return [AuditRow(e.at, e.staff_name or "", e.action, e.field, e.old_value, e.new_value)
            for e in query]
