"""How well the shop handles complaints: the figures the reports show.

All figures are about the complaints *received* in a period, so a report for March
answers "how did we handle March's complaints", however late their steps came. Each
share is returned with its counts (kept / settled, satisfied / with a result …), so a
report can say "3 of 4" rather than a bare 75 %, and None when there is nothing to
divide by.
"""
from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field

from peewee import JOIN, Case, fn

from custbook.models import Complaint, ComplaintCategory, Purchase
from custbook.shop import words
from custbook.complaints.response_clock import promised_hours as setting


@dataclass(frozen=True)
class ComplaintFigures:
    """Complaint handling in [start, end] (by the day each complaint was received)."""

    start: dt.date
    end: dt.date
    received: int
    by_category: dict[str, int] = field(default_factory=dict)  # "" for no category
    by_channel: dict[str, int] = field(default_factory=dict)  # channel code -> count
    responded: int = 0  # complaints with a first response
    median_response_hours: float | None = None
    responded_in_time: int = 0  # within the promised response hours
    promises_settled: int = 0  # kept or broken
    promises_kept: int = 0
    with_result: int = 0  # the result step is recorded
    satisfied: int = 0  # … and the customer said "satisfied"
    compensation_cents: int = 0
    complainants_resolved: int = 0  # customers (with a card) whose complaint has a result
    bought_again: int = 0  # … who bought again after that result

    @property
    def promises_kept_share(self) -> float | None:
        """Share of settled promises that were kept."""
        return self.promises_kept / self.promises_settled if self.promises_settled else None

    @property
    def satisfied_share(self) -> float | None:
        """Share of complaints with a result where the customer was satisfied."""
        return self.satisfied / self.with_result if self.with_result else None

    @property
    def bought_again_share(self) -> float | None:
        """Share of resolved complainants who bought again afterwards."""
        return (self.bought_again / self.complainants_resolved
                if self.complainants_resolved else None)

    @property
    def in_time_share(self) -> float | None:
        """Share of responses given within the promised hours."""
        return self.responded_in_time / self.responded if self.responded else None


def complaint_figures(start: dt.date, end: dt.date,
                      promised_hours: int | None = None) -> ComplaintFigures:
    """The complaint figures for complaints received from `start` to `end` inclusive."""
    hours = setting() if promised_hours is None else promised_hours
    in_period = Complaint.received_at.between(
        dt.datetime.combine(start, dt.time.min), dt.datetime.combine(end, dt.time.max))
    category_names = words.category_labels()
    by_category = {
        category_names.get(name, name or ""): int(n) for name, n in
        Complaint.select(ComplaintCategory.name, fn.COUNT(Complaint.id))
        .join(ComplaintCategory, JOIN.LEFT_OUTER).where(in_period)
        .group_by(ComplaintCategory.name).tuples()}
    by_channel = {channel: int(n) for channel, n in
                  Complaint.select(Complaint.channel, fn.COUNT(Complaint.id))
                  .where(in_period).group_by(Complaint.channel).tuples()}
    waits = [(responded - received).total_seconds() / 3600 for received, responded in
             Complaint.select(Complaint.received_at, Complaint.first_response_at)
             .where(in_period & Complaint.first_response_at.is_null(False)).tuples()]
    kept, settled, satisfied, with_result, cents = (
        Complaint.select(
            fn.COALESCE(fn.SUM(Case(None, [(Complaint.promise_kept == True, 1)], 0)),  # noqa: E712
                        0),
            fn.COUNT(Complaint.promise_kept),
            fn.COALESCE(fn.SUM(Case(None, [(Complaint.result == "satisfied", 1)], 0)), 0),
            fn.COALESCE(fn.SUM(Case(None, [(Complaint.result != "", 1)], 0)), 0),
            fn.COALESCE(fn.SUM(Complaint.compensation_cents), 0))
        .where(in_period).tuples().get())
    resolved = (Complaint.select(Complaint.customer, fn.MIN(Complaint.result_at).alias("first"))
                .where(in_period & (Complaint.result != "") & Complaint.customer.is_null(False))
                .group_by(Complaint.customer))
    # Bought again: any purchase on a later day than the customer's first result here.
    again = (Purchase.select(fn.COUNT(Purchase.customer.distinct()))
             .join(resolved, on=(Purchase.customer == resolved.c.customer_id))
             .where(Purchase.purchased_on > fn.DATE(resolved.c.first)))
    return ComplaintFigures(
        start=start, end=end, received=sum(by_channel.values()),
        by_category=by_category, by_channel=by_channel, responded=len(waits),
        median_response_hours=round(statistics.median(waits), 2) if waits else None,
        responded_in_time=sum(1 for w in waits if w <= hours),
        promises_settled=int(settled), promises_kept=int(kept),
        with_result=int(with_result), satisfied=int(satisfied),
        compensation_cents=int(cents), complainants_resolved=resolved.count(),
        bought_again=int(again.scalar() or 0))
