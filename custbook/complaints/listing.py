"""Finding complaints: the filtered list, the counts, and what is overdue.

"Overdue" means something the shop owes the customer is late: no response within the
promised hours, a promise past its day and not yet kept, or a follow-up whose day has
passed. All three are asked in SQL so the list filters before it pages.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import JOIN, fn

from custbook.customers import phones
from custbook.complaints.steps import (
    OPEN_STATUSES,
    STATUSES,
    follow_up_pending,
    next_step,
    promise_state,
)
from custbook.complaints.response_clock import promised_hours
from custbook.models import Complaint, ComplaintCategory, Customer, CustomerPhone, Staff
from custbook import clock
from custbook.shop import words

SHOWS = ("open", "all", "overdue", *STATUSES)
_ID_RE = re.compile(r"^#?(\d{1,9})$")
_PHONE_LIKE = re.compile(r"^[\d\s\-+()]+$")


@dataclass(frozen=True)
class ComplaintFilter:
    """Which complaints the list shows. `show`: open, all, overdue or one status."""

    show: str = "open"
    category_id: int | None = None
    staff_id: int | None = None
    start: dt.date | None = None  # received on or after
    end: dt.date | None = None  # received on or before
    customer_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class ComplaintRow:
    """One line of the complaint list."""

    id: int
    received_at: dt.datetime
    customer_id: int | None
    customer_name: str  # the card's name, or the walk-in's name or phone
    walk_in: bool
    category: str
    channel: str
    severity: int
    status: str
    staff: str
    next_step: str | None
    promise_due: dt.date | None
    promise_overdue: bool
    response_overdue: bool
    follow_up_on: dt.date | None
    follow_up_overdue: bool
    compensation_cents: int
    summary: str

    @property
    def overdue(self) -> bool:
        """Anything owed to the customer is late."""
        return self.promise_overdue or self.response_overdue or self.follow_up_overdue


def overdue_condition(now: dt.datetime, hours: int | None = None):
    """The SQL condition for "something owed to the customer is late" at `now`."""
    hours = promised_hours() if hours is None else hours
    today = now.date()
    return (Complaint.closed_at.is_null() & (
        (Complaint.promise_due.is_null(False) & Complaint.promise_kept.is_null()
         & (Complaint.promise_due < today))
        | (Complaint.first_response_at.is_null()
           & (Complaint.received_at < now - dt.timedelta(hours=hours)))
        | (Complaint.follow_up_on.is_null(False) & Complaint.follow_up_at.is_null()
           & (Complaint.follow_up_on < today))))


def _text_condition(text: str):
    text = text.strip()
    match = _ID_RE.match(text)
    if match and text.startswith("#"):
        return Complaint.id == int(match.group(1))
    condition = (Customer.name.contains(text) | Complaint.walk_in_name.contains(text)
                 | Complaint.customer_words.contains(text))
    digits = phones.digits_of(text)
    if len(digits) >= 3 and _PHONE_LIKE.match(text):
        by_phone = (CustomerPhone.select(CustomerPhone.customer)
                    .where(CustomerPhone.digits.contains(digits)))
        condition |= (Complaint.walk_in_phone.contains(digits)
                      | Complaint.customer.in_(by_phone))
    if match:
        condition |= Complaint.id == int(match.group(1))
    return condition


def _query(flt: ComplaintFilter, now: dt.datetime, hours: int):
    query = (Complaint.select()
             .join(Customer, JOIN.LEFT_OUTER, on=(Complaint.customer == Customer.id))
             .switch(Complaint))
    if flt.show == "open":
        query = query.where(Complaint.status.in_(OPEN_STATUSES))
    elif flt.show == "overdue":
        query = query.where(overdue_condition(now, hours))
    elif flt.show in STATUSES:
        query = query.where(Complaint.status == flt.show)
    if flt.category_id is not None:
        query = query.where(Complaint.category == flt.category_id)
    if flt.staff_id is not None:
        query = query.where(Complaint.staff == flt.staff_id)
    if flt.start is not None:
        query = query.where(Complaint.received_at >= dt.datetime.combine(flt.start, dt.time()))
    if flt.end is not None:
        query = query.where(Complaint.received_at < dt.datetime.combine(
            flt.end + dt.timedelta(days=1), dt.time()))
    if flt.customer_id is not None:
        query = query.where(Complaint.customer == flt.customer_id)
    if flt.text.strip():
        query = query.where(_text_condition(flt.text))
    return query


def count_complaints(flt: ComplaintFilter | None = None, now: dt.datetime | None = None) -> int:
    """How many complaints the filter lets through."""
    now = now or clock.now()
    return _query(flt or ComplaintFilter(), now, promised_hours()).count()


def list_complaints(flt: ComplaintFilter | None = None, now: dt.datetime | None = None,
                    limit: int = 200, offset: int = 0) -> list[ComplaintRow]:
    """A page of complaints through the filter, newest first, each with its flags."""
    now = (now or clock.now()).replace(microsecond=0)
    today, hours = now.date(), promised_hours()
    query = (_query(flt or ComplaintFilter(), now, hours)
             .select_extend(Customer.name.alias("customer_name"),
                            ComplaintCategory.name.alias("category_name"),
                            Staff.name.alias("staff_name"))
             .join(ComplaintCategory, JOIN.LEFT_OUTER,
                   on=(Complaint.category == ComplaintCategory.id)).switch(Complaint)
             .join(Staff, JOIN.LEFT_OUTER, on=(Complaint.staff == Staff.id))
             .order_by(Complaint.received_at.desc(), Complaint.id.desc())
             .limit(limit).offset(offset))
    deadline = dt.timedelta(hours=hours)
    rows = []
    category_names = words.category_labels()
    for c in query.objects():
        open_ = c.closed_at is None
        rows.append(ComplaintRow(
            id=c.id, received_at=c.received_at, customer_id=c.customer_id,
            customer_name=c.customer_name or c.walk_in_name
            or phones.format_for_display(c.walk_in_phone),
            walk_in=c.customer_id is None, category=category_names.get(c.category_name, c.category_name or ""),
            channel=c.channel,
            severity=c.severity, status=c.status, staff=c.staff_name or "",
            next_step=next_step(c, today), promise_due=c.promise_due,
            promise_overdue=promise_state(c, today) == "overdue",
            response_overdue=open_ and c.first_response_at is None
            and now - c.received_at > deadline,
            follow_up_on=c.follow_up_on,
            follow_up_overdue=open_ and follow_up_pending(c) and c.follow_up_on < today,
            compensation_cents=c.compensation_cents,
            summary=(c.customer_words or "").strip().splitlines()[0][:80]
            if (c.customer_words or "").strip() else ""))
    return rows


def count_by_status() -> dict[str, int]:
    """How many complaints are in each status."""
    query = Complaint.select(Complaint.status, fn.COUNT(Complaint.id)).group_by(
        Complaint.status).tuples()
    return {status: int(n) for status, n in query}


def count_overdue(now: dt.datetime | None = None) -> int:
    """How many complaints have something late (response, promise or follow-up)."""
    now = now or clock.now()
    return Complaint.select().where(overdue_condition(now)).count()


@dataclass(frozen=True)
class PromiseDue:
    """A promise made to a complaining customer that is due soon or overdue."""

    complaint_id: int
    customer_id: int | None
    customer_name: str
    promise: str
    due_on: dt.date
    overdue: bool


def promises_due(today: dt.date, days_ahead: int = 7) -> list[PromiseDue]:
    """Unsettled promises of complaints not closed, due up to `days_ahead` days from today
    (overdue ones first): what the Calendar's Today panel flags."""
    query = (Complaint
             .select(Complaint.id, Complaint.customer, Complaint.walk_in_name,
                     Complaint.walk_in_phone, Complaint.promise, Complaint.promise_due,
                     Customer.name.alias("customer_name"))
             .join(Customer, JOIN.LEFT_OUTER, on=(Complaint.customer == Customer.id))
             .where(Complaint.closed_at.is_null() & Complaint.promise_kept.is_null()
                    & Complaint.promise_due.is_null(False)
                    & (Complaint.promise_due <= today + dt.timedelta(days=days_ahead)))
             .order_by(Complaint.promise_due, Complaint.id))
    return [PromiseDue(c.id, c.customer_id, c.customer_name or c.walk_in_name
                       or phones.format_for_display(c.walk_in_phone), c.promise,
                       c.promise_due, c.promise_due < today)
            for c in query.objects()]
