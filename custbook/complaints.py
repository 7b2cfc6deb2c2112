"""The complaint log: listing complaints and where each stands in service recovery."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from custbook.models import Complaint, ComplaintCategory, Customer, Staff

OPEN_STATUSES = ("new", "in_progress", "awaiting_follow_up")


@dataclass(frozen=True)
class ComplaintRow:
    """One line of the complaint list."""

    id: int
    received_at: dt.datetime
    customer_name: str
    category: str
    channel: str
    severity: int
    status: str
    staff: str
    promise_due: dt.date | None
    promise_overdue: bool
    summary: str


def list_complaints(today: dt.date, open_only: bool = False, limit: int = 1000,
                    offset: int = 0) -> list[ComplaintRow]:
    """Complaints, newest first; `open_only` keeps those not yet resolved."""
    query = (Complaint
             .select(Complaint, Customer.name.alias("customer_name"),
                     ComplaintCategory.name.alias("category_name"),
                     Staff.name.alias("staff_name"))
             .join(Customer, JOIN.LEFT_OUTER).switch(Complaint)
             .join(ComplaintCategory, JOIN.LEFT_OUTER).switch(Complaint)
             .join(Staff, JOIN.LEFT_OUTER, on=(Complaint.staff == Staff.id))
             .order_by(Complaint.received_at.desc(), Complaint.id.desc())
             .limit(limit).offset(offset))
    if open_only:
        query = query.where(Complaint.status.in_(OPEN_STATUSES))
    rows = []
    for c in query.objects():
        overdue = (c.promise_due is not None and c.promise_kept is None
                   and c.promise_due < today and c.status in OPEN_STATUSES)
        rows.append(ComplaintRow(
            c.id, c.received_at, c.customer_name or c.walk_in_name, c.category_name or "",
            c.channel, c.severity, c.status, c.staff_name or "", c.promise_due, overdue,
            (c.customer_words or "").splitlines()[0][:80] if c.customer_words else ""))
    return rows


def count_by_status() -> dict[str, int]:
    """How many complaints are in each status."""
    query = Complaint.select(Complaint.status, fn.COUNT(Complaint.id)).group_by(
        Complaint.status).tuples()
    return {status: int(n) for status, n in query}
