"""Figures that tell the owner how the shop is doing with its customers.

Kept to questions one SQL aggregate can answer, so they stay quick on a book with a
million purchases (the date columns they filter on are indexed).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from custbook.complaints import OPEN_STATUSES
from custbook.models import Complaint, Customer, Purchase, SatisfactionRecord


@dataclass(frozen=True)
class PeriodFigures:
    purchases: int
    revenue_cents: int
    buying_customers: int


@dataclass(frozen=True)
class Overview:
    """The headline figures for one period and the period before it."""

    start: dt.date
    end: dt.date
    customers: int
    new_customers: int
    active_customers: int  # bought in the 90 days up to `end`
    current: PeriodFigures
    previous: PeriodFigures
    open_complaints: int
    overdue_promises: int
    satisfaction: dict[str, int]  # rating -> count in the period


def _period(start: dt.date, end: dt.date) -> PeriodFigures:
    row = (Purchase
           .select(fn.COUNT(Purchase.id), fn.COALESCE(fn.SUM(Purchase.amount_cents), 0),
                   fn.COUNT(Purchase.customer.distinct()))
           .where(Purchase.purchased_on.between(start, end))
           .tuples().get())
    return PeriodFigures(int(row[0]), int(row[1]), int(row[2]))


def overview(start: dt.date, end: dt.date) -> Overview:
    """Headline figures for [start, end] with the same-length period before for comparison."""
    length = (end - start).days + 1
    prev_end = start - dt.timedelta(days=1)
    prev_start = prev_end - dt.timedelta(days=length - 1)
    alive = Customer.deleted_at.is_null()
    ratings = (SatisfactionRecord
               .select(SatisfactionRecord.rating, fn.COUNT(SatisfactionRecord.id))
               .where(SatisfactionRecord.recorded_on.between(start, end))
               .group_by(SatisfactionRecord.rating).tuples())
    return Overview(
        start=start, end=end,
        customers=Customer.select().where(alive).count(),
        new_customers=Customer.select().where(
            alive & Customer.created_at.between(
                dt.datetime.combine(start, dt.time.min),
                dt.datetime.combine(end, dt.time.max))).count(),
        active_customers=Customer.select().where(
            alive & (Customer.last_purchase_on >= end - dt.timedelta(days=89))).count(),
        current=_period(start, end),
        previous=_period(prev_start, prev_end),
        open_complaints=Complaint.select().where(Complaint.status.in_(OPEN_STATUSES)).count(),
        # as the complaint log counts them: an unkept promise past its day, not yet closed
        overdue_promises=Complaint.select().where(
            (Complaint.status != "closed") & Complaint.promise_kept.is_null()
            & (Complaint.promise_due < end)).count(),
        satisfaction={rating: int(n) for rating, n in ratings},
    )
