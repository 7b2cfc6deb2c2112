"""What the Home page shows: the day's work and the last week, in one call.

Why one module: the owner should land on what to do today, not on a 2,000-row table.
Everything here is a small indexed query (today's reminders, the late complaints,
birthdays of this week through at most 14 month/day pairs, a few counts), so the page
opens instantly on a big book. Each item carries the id that opens its card or complaint.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import SQL, NodeList, fn

from custbook import clock
from custbook.calendar import lunar
from custbook.calendar.reminders import Occurrence, agenda
from custbook.complaints.listing import ComplaintFilter, ComplaintRow, list_complaints
from custbook.loyalty.loyalty import CustomerLine
from custbook.messages.due import TodaysMessages, todays_messages
from custbook.models import Customer, Purchase, SatisfactionRecord
from custbook.models import CustomerPhone
from custbook.calendar.rule_writer import rows as sql_rows
from custbook.sql_dialect import day_of, is_sqlite


@dataclass(frozen=True)
class Birthday:
    customer_id: int
    name: str
    day: dt.date  # the solar day it falls on this week
    lunar: bool
    month: int
    day_of_month: int
    leap: bool


@dataclass(frozen=True)
class WeekFigures:
    visits: int  # customer-days with a purchase or an in-store visit
    visits_before: int  # the same, the 7 days before
    new_customers: int
    new_before: int
    ratings: int
    satisfied: int
    ratings_before: int
    satisfied_before: int
    visits_per_day: tuple[int, ...]  # the last 7 days, oldest first: a small trend


@dataclass
class Day:
    today: dt.date
    customers: int
    due: list[Occurrence] = field(default_factory=list)  # overdue first, then today's
    due_total: int = 0
    birthdays: list[Birthday] = field(default_factory=list)
    late_complaints: list[ComplaintRow] = field(default_factory=list)
    slipping: list[CustomerLine] = field(default_factory=list)
    week: WeekFigures | None = None
    messages: TodaysMessages | None = None  # WeChat/SMS messages still to send today


def birthdays_between(start: dt.date, end: dt.date, limit: int = 50) -> list[Birthday]:
    """Customers (not in the trash) whose solar or lunar birthday falls in [start, end]."""
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    pairs: dict[tuple[str, int, int, bool], dt.date] = {}
    for day in days:
        pairs[("solar", day.month, day.day, False)] = day
        moon = lunar.to_lunar(day)
        pairs[("lunar", moon.month, moon.day, bool(moon.leap))] = day
    condition = None
    for calendar, month, day, leap in pairs:
        one = ((Customer.birthday_calendar == calendar) & (Customer.birthday_month == month)
               & (Customer.birthday_day == day))
        if calendar == "lunar":
            one &= Customer.birthday_leap == leap
        condition = one if condition is None else (condition | one)
    query = (Customer.select(Customer.id, Customer.name, Customer.birthday_calendar,
                             Customer.birthday_month, Customer.birthday_day,
                             Customer.birthday_leap)
             .where(Customer.deleted_at.is_null() & condition).limit(limit * 2))
    found = [Birthday(cid, name, pairs[(cal, m, d, bool(leap) if cal == "lunar" else False)],
                      cal == "lunar", m, d, bool(leap))
             for cid, name, cal, m, d, leap in query.tuples()]
    return sorted(found, key=lambda b: (b.day, b.name))[:limit]


def _not_in_trash():
    """`deleted_at IS NULL`, kept out of deleted_at's index on SQLite: nearly every customer
    matches it, yet SQLite took that index over a narrow one (last purchase, creation day)
    and read every customer: 43 ms at 100,000 and 0.5 s at 1,000,000 for each count."""
    if is_sqlite():
        return NodeList((SQL("+"), Customer.deleted_at), glue="").is_null()
    return Customer.deleted_at.is_null()


def slipping_away(today: dt.date, limit: int = 12) -> list[CustomerLine]:
    """Customers who used to come (2+ purchases) and have not for 181–365 days, biggest
    spenders first: the Reports page's "at risk" customers, read from the card's running
    figures (indexed: last_purchase_on) instead of every purchase, so Home stays quick."""
    rows = (Customer.select(Customer.id, Customer.name, Customer.last_purchase_on,
                            Customer.purchase_count, Customer.total_spent_cents)
            .where(_not_in_trash(), Customer.purchase_count >= 2,
                   Customer.last_purchase_on.between(today - dt.timedelta(days=365),
                                                     today - dt.timedelta(days=181)))
            .order_by(Customer.total_spent_cents.desc(), Customer.id).limit(limit).tuples())
    rows = list(rows)
    phones: dict[int, str] = {}
    for cid, number in (CustomerPhone.select(CustomerPhone.customer, CustomerPhone.number)
                        .where(CustomerPhone.customer.in_([r[0] for r in rows]))
                        .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id).tuples()):
        phones.setdefault(cid, number)
    return [CustomerLine(cid, name, phones.get(cid, ""), last if isinstance(last, dt.date) or last
                         is None else dt.date.fromisoformat(str(last)[:10]), count, cents)
            for cid, name, last, count, cents in rows]


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _visits_per_day(first: dt.date, last: dt.date) -> dict[dt.date, int]:
    """Per day, the customers who bought or visited (each customer once a day).

    The purchases are counted per day by the database (at 100,000 customers two weeks
    hold ~23,000 purchases: reading them row by row held the window's first paint for
    1.6 s); so are the visits (step 11's indexes answer both)."""
    per_day: dict[dt.date, int] = {}
    buyers = fn.COUNT(fn.DISTINCT(Purchase.customer))
    for day, count in (Purchase.select(Purchase.purchased_on, buyers)
                       .where(Purchase.purchased_on.between(first, last),
                              Purchase.customer.is_null(False))
                       .group_by(Purchase.purchased_on).tuples()):
        per_day[_as_date(day)] = per_day.get(_as_date(day), 0) + count
    # the visits of customers who bought nothing that day, counted by the database too
    # (reading the visits and the visitors' purchases row by row: 0.32 s at 1,000,000)
    visit_day = day_of("v.contacted_at")
    for day, count in sql_rows(
            f"SELECT {visit_day}, COUNT(DISTINCT v.customer_id) FROM contact_entry v "
            "WHERE v.kind = 'visit' AND v.contacted_at BETWEEN ? AND ? AND NOT EXISTS ("
            " SELECT 1 FROM purchase p WHERE p.customer_id = v.customer_id"
            f" AND p.purchased_on = {visit_day}) GROUP BY 1",
            (str(dt.datetime.combine(first, dt.time.min)),
             str(dt.datetime.combine(last, dt.time.max)))):
        per_day[_as_date(day)] = per_day.get(_as_date(day), 0) + count
    return per_day


def week_figures(today: dt.date) -> WeekFigures:
    """The last 7 days (today included) against the 7 before."""
    first = today - dt.timedelta(days=6)
    before = first - dt.timedelta(days=7)
    per_day = dict.fromkeys((first + dt.timedelta(days=i) for i in range(7)), 0)
    visits = visits_before = 0
    for day, count in _visits_per_day(before, today).items():
        if day >= first:
            visits += count
            per_day[day] = per_day.get(day, 0) + count
        else:
            visits_before += count

    def new(a: dt.date, b: dt.date) -> int:  # by created_at's index (see _not_in_trash)
        return Customer.select().where(
            _not_in_trash(),
            Customer.created_at.between(dt.datetime.combine(a, dt.time.min),
                                        dt.datetime.combine(b, dt.time.max))).count()

    def rated(a: dt.date, b: dt.date) -> tuple[int, int]:
        rows = dict(SatisfactionRecord.select(SatisfactionRecord.rating, fn.COUNT(SatisfactionRecord.id))
                    .where(SatisfactionRecord.recorded_on.between(a, b))
                    .group_by(SatisfactionRecord.rating).tuples())
        return sum(rows.values()), rows.get("satisfied", 0)

    ratings, satisfied = rated(first, today)
    ratings_before, satisfied_before = rated(before, first - dt.timedelta(days=1))
    return WeekFigures(visits, visits_before, new(first, today),
                       new(before, first - dt.timedelta(days=1)), ratings, satisfied,
                       ratings_before, satisfied_before, tuple(per_day[d] for d in sorted(per_day)))


def the_day(today: dt.date | None = None, now: dt.datetime | None = None,
            limit: int = 12, language: str = "zh_CN") -> Day:
    """Everything the Home page shows for `today` (`language`: whose templates decide which
    messages are promotional)."""
    today = today or clock.today()
    now = now or clock.now_seconds()
    count = Customer.select().where(Customer.deleted_at.is_null()).count()
    day = Day(today, count)
    if count == 0:
        return day
    items = agenda(today, days_ahead=0, limit=limit)
    day.due = (items.today + items.overdue)[:limit]
    day.due_total = items.today_total + items.overdue_total
    day.birthdays = birthdays_between(today, today + dt.timedelta(days=6), limit)
    day.late_complaints = list_complaints(ComplaintFilter(show="overdue"), now=now, limit=limit)
    day.slipping = slipping_away(today, limit)
    day.week = week_figures(today)
    day.messages = todays_messages(today, language)
    return day
