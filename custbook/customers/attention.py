"""What needs attention on one customer's card: open complaints, promises coming due,
and the next reminder — the first thing the owner should see when the card opens, as
a personal CRM's contact page shows it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from custbook import vocab
from custbook.calendar import reminders
from custbook.models import Complaint


@dataclass(frozen=True)
class Attention:
    """One customer's open business, for the card's header."""

    open_complaints: int
    promises: tuple[tuple[dt.date | None, str], ...]  # (due, what was promised), soonest first
    next_reminder: reminders.Occurrence | None
    overdue_reminders: int

    @property
    def nothing(self) -> bool:
        """True when there is nothing open for this customer."""
        return not (self.open_complaints or self.promises or self.next_reminder)


def attention(customer_id: int, today: dt.date) -> Attention:
    """Open complaints, promises not yet kept, and the next reminder of one customer."""
    open_ = (Complaint.customer == customer_id) & Complaint.status.in_(
        vocab.OPEN_COMPLAINT_STATUSES)
    count = Complaint.select().where(open_).count()
    promised = (Complaint.select(Complaint.promise_due, Complaint.promise)
                .where((Complaint.customer == customer_id) & Complaint.closed_at.is_null()
                       & (Complaint.promise != "") & Complaint.promise_kept.is_null())
                .tuples())
    promises = tuple(sorted(((due, text) for due, text in promised),
                            key=lambda p: (p[0] is None, p[0] or today)))
    upcoming = reminders.reminders_of(customer_id, today, limit=50)
    overdue = sum(1 for o in upcoming if o.overdue)
    return Attention(count, promises, upcoming[0] if upcoming else None, overdue)
