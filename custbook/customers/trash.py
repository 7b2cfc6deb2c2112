"""The trash: deleting a customer only sets `deleted_at`, so it can be restored.

A customer in the trash keeps all their history; they just leave the list, search,
counts and pickers. Emptying the trash erases them for good, with their purchases,
contacts, complaints, reminders and satisfaction records (the foreign keys cascade);
customers they referred stay, without the referral. The window asks first. Each
move, restore and erase leaves an audit entry (custbook.safety.audit) that outlives the card.
"""
from __future__ import annotations

import datetime as dt

from custbook.safety import audit
from custbook.models import Customer, database
from custbook import changes, clock

_CHUNK = 500


def _now() -> dt.datetime:
    return clock.now_seconds()


def _set_deleted(customer_ids: list[int], to_trash: bool) -> int:
    ids = sorted({int(i) for i in customer_ids})
    changed = 0
    with database.atomic():
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            state = Customer.deleted_at.is_null() if to_trash else Customer.deleted_at.is_null(False)
            now = _now()
            moving = list(Customer.select(Customer.id, Customer.name)
                          .where(Customer.id.in_(chunk) & state).tuples())
            audit.record_many((cid, name, "trashed" if to_trash else "restored", "", "", "")
                              for cid, name in moving)
            changed += (Customer.update(deleted_at=now if to_trash else None,
                                        version=Customer.version + 1, updated_at=now)
                        .where(Customer.id.in_(chunk) & state).execute())
    return changed


@changes.reports(changes.CUSTOMERS)
def move_to_trash(customer_ids: list[int]) -> int:
    """Move these customers to the trash; returns how many moved."""
    return _set_deleted(customer_ids, True)


@changes.reports(changes.CUSTOMERS)
def restore_from_trash(customer_ids: list[int]) -> int:
    """Bring these customers back from the trash; returns how many came back."""
    return _set_deleted(customer_ids, False)


def trash_count() -> int:
    """How many customers are in the trash."""
    return Customer.select().where(Customer.deleted_at.is_null(False)).count()


@changes.reports(*changes.EVERYTHING)
def empty_trash() -> int:
    """Erase every customer in the trash for good, with their history; returns how many."""
    with database.atomic():
        gone = list(Customer.select(Customer.id, Customer.name)
                    .where(Customer.deleted_at.is_null(False)).tuples())
        audit.record_many((cid, name, "erased", "", "", "") for cid, name in gone)
        return Customer.delete().where(Customer.deleted_at.is_null(False)).execute()
