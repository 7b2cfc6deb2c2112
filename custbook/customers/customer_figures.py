"""The figures and the timeline on a customer's card.

Figures answer the owner's questions at a glance — since when, how often, how much,
how long since the last visit, how regular — computed from the customer's own
purchases and visits when the card opens (a few milliseconds even for the shop's
best customer). The timeline puts everything that happened with the customer in one
list, newest first, each entry titled in the user's language.
"""
from __future__ import annotations

import datetime as dt
import itertools
import statistics
from dataclasses import dataclass

from peewee import JOIN

from custbook import clock, vocab
from custbook.calendar import reminder_titles
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import (
    Complaint,
    ComplaintCategory,
    ContactEntry,
    Customer,
    Purchase,
    Reminder,
    ReminderDone,
    SatisfactionRecord,
    Tier,
    database,
)
from custbook.shop import words


@dataclass(frozen=True)
class CardFigures:
    """The numbers on a customer's card."""

    first_visit: dt.date | None
    last_visit: dt.date | None
    visits: int  # days with a purchase or a visit to the shop
    purchases: int
    total_spent_cents: int
    average_spend_cents: int
    per_month: list[tuple[str, int]]  # 12 entries ("2026-01", purchases), oldest first
    days_since_last_visit: int | None
    usual_interval_days: int | None  # median days between buying days
    tier: str
    referrals: int  # customers in the book they referred
    prior_spend_cents: int = 0  # spent before the book (imported 累计消费); not in the totals above


def _day(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _months_back(today: dt.date, count: int = 12) -> list[str]:
    year, month = today.year, today.month
    keys = []
    for _ in range(count):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return keys[::-1]


def card_figures(customer_id: int, today: dt.date | None = None) -> CardFigures:
    """The figures of one customer's card, as of `today`."""
    today = today or clock.today()
    customer = Customer.get_by_id(customer_id)
    rows = database.execute_sql(
        "SELECT purchased_on, amount_cents FROM purchase WHERE customer_id = ? "
        "ORDER BY purchased_on", (customer_id,)).fetchall()
    buying_days = sorted({_day(d) for d, _ in rows})
    visit_days = {_day(r[0]) for r in database.execute_sql(
        "SELECT contacted_at FROM contact_entry WHERE customer_id = ? AND kind = 'visit'",
        (customer_id,)).fetchall()}
    all_days = sorted(set(buying_days) | visit_days)
    total = sum(cents for _, cents in rows)
    count = len(rows)
    months = _months_back(today)
    per_month = dict.fromkeys(months, 0)
    for day, _ in rows:
        key = str(day)[:7]
        if key in per_month:
            per_month[key] += 1
    gaps = [(b - a).days for a, b in itertools.pairwise(buying_days)]
    tier = Tier.get_or_none(Tier.id == customer.tier_id) if customer.tier_id else None
    referrals = (Customer.select().where((Customer.referred_by == customer_id)
                                         & Customer.deleted_at.is_null()).count())
    last = all_days[-1] if all_days else None
    return CardFigures(
        first_visit=all_days[0] if all_days else None,
        last_visit=last,
        visits=len(all_days),
        purchases=count,
        total_spent_cents=total,
        average_spend_cents=(total + count // 2) // count if count else 0,
        per_month=[(key, per_month[key]) for key in months],
        days_since_last_visit=(today - last).days if last else None,
        usual_interval_days=round(statistics.median(gaps)) if gaps else None,
        tier=words.tier_label(tier.name, tier.key) if tier else "",
        referrals=referrals,
        prior_spend_cents=customer.prior_spend_cents or 0,
    )


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened with a customer."""

    when: dt.datetime
    kind: str  # purchase, contact, complaint, reminder_done, satisfaction, created
    title: str
    detail: str
    amount_cents: int | None
    ref_id: int


def _at(day, moment: dt.datetime | None = None) -> dt.datetime:
    """A date as a moment: the time it was recorded on that day, else midday."""
    day = _day(day)
    if isinstance(moment, dt.datetime) and moment.date() == day:
        return moment
    return dt.datetime.combine(day, dt.time(12, 0))


def _join(*parts: str) -> str:
    return " · ".join(p.strip() for p in parts if p and p.strip())


def timeline(customer_id: int, limit: int = 500) -> list[TimelineEntry]:
    """Everything about a customer, newest first: purchases, contacts, complaints, …"""
    out: list[TimelineEntry] = []
    for p in (Purchase.select().where(Purchase.customer == customer_id)
              .order_by(Purchase.purchased_on.desc(), Purchase.id.desc()).limit(limit)):
        title = (QT_TRANSLATE_NOOP("Timeline", "Bought {items}").format(items=p.items)
                 if p.items else QT_TRANSLATE_NOOP("Timeline", "Purchase"))
        out.append(TimelineEntry(_at(p.purchased_on, p.created_at), "purchase", title,
                                 _join(p.product_codes, p.note), p.amount_cents, p.id))
    kinds = vocab.contact_kinds()
    for c in (ContactEntry.select().where(ContactEntry.customer == customer_id)
              .order_by(ContactEntry.contacted_at.desc()).limit(limit)):
        out.append(TimelineEntry(c.contacted_at, "contact", kinds.get(c.kind, c.kind),
                                 _join(c.summary, c.outcome), None, c.id))
    statuses = vocab.complaint_statuses()
    for c in (Complaint.select(Complaint, ComplaintCategory.name.alias("category_name"))
              .join(ComplaintCategory, JOIN.LEFT_OUTER)
              .where(Complaint.customer == customer_id)
              .order_by(Complaint.received_at.desc()).limit(limit).objects()):
        title = QT_TRANSLATE_NOOP("Timeline", "Complaint: {category} ({status})").format(
            category=words.show_category(c.category_name) or QT_TRANSLATE_NOOP("Timeline", "no category"),
            status=statuses.get(c.status, c.status))
        out.append(TimelineEntry(c.received_at, "complaint", title,
                                 (c.customer_words or "").strip(), c.compensation_cents or None,
                                 c.id))
    done = list(Reminder.select().where((Reminder.customer == customer_id)
                                        & Reminder.done_at.is_null(False)
                                        & (Reminder.repeat == "none")
                                        & Reminder.result.not_in(_NOT_DONE))
                .order_by(Reminder.done_at.desc()).limit(limit))
    series = list(ReminderDone.select(ReminderDone, Reminder).join(Reminder)
                  .where((Reminder.customer == customer_id) & (Reminder.repeat != "none")
                         & ReminderDone.result.not_in(_NOT_DONE))
                  .order_by(ReminderDone.done_at.desc()).limit(limit))
    family = reminder_titles.family_words(r.rule_key for r in done + [d.reminder for d in series])

    def done_title(r: Reminder) -> str:  # an automatic rule's reminder is named when shown
        return QT_TRANSLATE_NOOP("Timeline", "Done: {title}").format(title=reminder_titles.title(
            r.title, r.rule, r.rule_key, r.kind, (r.lunar_month, r.lunar_day, r.lunar_leap),
            family=family))

    for r in done:
        out.append(TimelineEntry(r.done_at, "reminder_done", done_title(r), r.outcome, None,
                                 r.id))
    for d in series:
        out.append(TimelineEntry(d.done_at, "reminder_done", done_title(d.reminder), d.outcome,
                                 None, d.id))
    ratings = vocab.ratings()
    for s in (SatisfactionRecord.select().where(SatisfactionRecord.customer == customer_id)
              .order_by(SatisfactionRecord.recorded_on.desc()).limit(limit)):
        title = QT_TRANSLATE_NOOP("Timeline", "Satisfaction: {rating}").format(
            rating=ratings.get(s.rating, s.rating))
        out.append(TimelineEntry(_at(s.recorded_on, s.created_at), "satisfaction", title,
                                 s.comment, None, s.id))
    customer = Customer.get_by_id(customer_id)
    out.append(TimelineEntry(customer.created_at, "created",
                             QT_TRANSLATE_NOOP("Timeline", "Card created"), "", None,
                             customer.id))
    out.sort(key=lambda e: (e.when, _KIND_ORDER.get(e.kind, 0), e.ref_id), reverse=True)
    return out[:limit]


_NOT_DONE = ("skipped", "dismissed")  # marked off without being done
# Same moment: the card's creation is older than what was recorded on it.
_KIND_ORDER = {"created": -1}
