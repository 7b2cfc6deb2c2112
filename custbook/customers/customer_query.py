"""What the Customers page asks for: search text, filters, trash or book, and order.

`CustomerQuery` is a plain value the window builds from its search box and filter
bar; `filter_sql` turns its filters into one SQL condition on the `customer` table
(alias `c`), which `custbook.customers.customer_list` combines with the search index. Keeping
the filter rules here means the CLI, a report or a test filters exactly like the page.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from custbook import clock, settings
from custbook.calendar import lunar
from custbook.customers import custom_fields
from custbook.vocab import OPEN_COMPLAINT_STATUSES

SORTS = ("relevance", "name", "last_visit", "purchases", "spent", "created")
BIRTHDAY_WINDOWS = ("", "this_month", "next_7_days")


@dataclass(frozen=True)
class CustomerQuery:
    """A search with filters; every filter given must hold (they combine with AND)."""

    text: str = ""                    # search as you type (see custbook.customers.search)
    tag_ids: tuple[int, ...] = ()     # customer has ALL of these tags
    tier_id: int | None = None
    birthday: str = ""                # "", "this_month", "next_7_days" (solar or lunar)
    not_seen_days: int | None = None  # last visit older than today - N days, or never
    open_complaint: bool = False
    accepts_promotions: bool | None = None
    referred: bool = False            # referred_by is set
    custom: tuple[tuple[int, str, str], ...] = ()  # (field id, op, value): custom_fields.filter_sql
    membership: str = ""              # "", "balance" (money or visits left), "expiring" (30 days)
    in_trash: bool = False            # False: the book; True: the trash only
    sort: str = "relevance"           # see SORTS; relevance without text = last visit
    descending: bool = False
    today: dt.date | None = None      # None = date.today()

    def has_filters(self) -> bool:
        """True when any filter other than the text and the trash is set."""
        return bool(self.tag_ids or self.tier_id is not None or self.birthday
                    or self.not_seen_days is not None or self.open_complaint
                    or self.accepts_promotions is not None or self.referred or self.custom
                    or bool(self.membership))

    def day(self) -> dt.date:
        """The day the birthday and not-seen filters count from."""
        return self.today or clock.today()


def filter_sql(query: CustomerQuery) -> tuple[str, tuple]:
    """The query's filters (not its text nor the trash) as SQL on `customer c`."""
    parts: list[str] = []
    params: list = []
    if query.tag_ids:
        tags = sorted({int(t) for t in query.tag_ids})
        parts.append(f"c.id IN (SELECT customer_id FROM customer_tag WHERE tag_id IN "
                     f"({','.join('?' * len(tags))}) GROUP BY customer_id "
                     f"HAVING count(DISTINCT tag_id) = ?)")
        params += tags + [len(tags)]
    if query.tier_id is not None:
        parts.append("c.tier_id = ?")
        params.append(int(query.tier_id))
    if query.birthday:
        sql, more = birthday_sql(query.birthday, query.day())
        parts.append(sql)
        params += more
    if query.not_seen_days is not None:
        since = query.day() - dt.timedelta(days=int(query.not_seen_days))
        parts.append("(c.last_visit_on IS NULL OR c.last_visit_on < ?)")
        params.append(since.isoformat())
    if query.open_complaint:
        parts.append(f"c.id IN (SELECT customer_id FROM complaint WHERE customer_id IS NOT NULL "
                     f"AND status IN ({','.join('?' * len(OPEN_COMPLAINT_STATUSES))}))")
        params += list(OPEN_COMPLAINT_STATUSES)
    if query.accepts_promotions is not None:
        parts.append("c.accepts_promotions = ?")
        params.append(bool(query.accepts_promotions))
    if query.referred:
        parts.append("c.referred_by_id IS NOT NULL")
    if query.membership:  # the membership cards (custbook.membership keeps member_account)
        sql, more = membership_sql(query.membership, query.day())
        parts.append(sql)
        params += more
    for field_id, op, value in query.custom:  # the shop's own fields
        sql, more = custom_fields.filter_sql(field_id, op, value)
        parts.append(sql)
        params += more
    return " AND ".join(parts) or "TRUE", tuple(params)


MEMBERSHIP_FILTERS = ("", "balance", "expiring")
CARD_EXPIRING_DAYS = 30


def membership_sql(kind: str, today: dt.date) -> tuple[str, list]:
    """Members holding stored value or usable visits (`balance`), or holding a count card
    with visits left that expires within 30 days (`expiring`)."""
    day = today.isoformat()
    if kind == "expiring":
        soon = (today + dt.timedelta(days=CARD_EXPIRING_DAYS)).isoformat()
        return ("c.id IN (SELECT customer_id FROM member_account WHERE kind = 'visits' "
                "AND balance > 0 AND expires_on >= ? AND expires_on <= ?)", [day, soon])
    return ("c.id IN (SELECT customer_id FROM member_account WHERE balance > 0 AND "
            "(kind = 'value' OR (kind = 'visits' AND (expires_on IS NULL OR "
            "expires_on >= ?))))", [day])


def birthday_window(kind: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of a birthday filter: this month, or today and 6 more days."""
    if kind == "this_month":
        first = today.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)
    if kind == "next_7_days":
        return today, today + dt.timedelta(days=6)
    raise ValueError(f"unknown birthday window {kind!r}")


def birthday_sql(kind: str, today: dt.date) -> tuple[str, list]:
    """SQL for 'the birthday falls in the window', solar and lunar birthdays alike."""
    solar, lunar_days = _birthday_days(kind, today, settings.get("feb29_yearly_on"))
    parts = []
    params: list = []
    if solar:
        parts.append(f"(c.birthday_calendar = 'solar' AND c.birthday_month * 100 + "
                     f"c.birthday_day IN ({','.join('?' * len(solar))}))")
        params += solar
    if lunar_days:
        parts.append(f"(c.birthday_calendar = 'lunar' AND c.birthday_month * 1000 + "
                     f"c.birthday_day * 10 + CAST(c.birthday_leap AS INTEGER) "
                     f"IN ({','.join('?' * len(lunar_days))}))")
        params += lunar_days
    return "(" + (" OR ".join(parts) or "FALSE") + ")", params


@lru_cache(maxsize=32)
def _birthday_days(kind: str, today: dt.date, feb29_on: str
                   ) -> tuple[list[int], list[int]]:
    """The solar MMDD and lunar MMDDL codes whose birthday falls in the window."""
    first, last = birthday_window(kind, today)
    solar = set()
    day = first
    while day <= last:
        solar.add(day.month * 100 + day.day)
        day += dt.timedelta(days=1)
    # 29 February in a common year: on the day the shop's setting says.
    for year in range(first.year, last.year + 1):
        if not _is_leap(year):
            on = dt.date(year, 3, 1) if feb29_on == "mar1" else dt.date(year, 2, 28)
            if first <= on <= last:
                solar.add(229)
    lunar_codes = []
    for month in range(1, 13):
        for mday in range(1, 31):
            for leap in (False, True):
                if lunar.occurrences(month, mday, leap, first, last):
                    lunar_codes.append(month * 1000 + mday * 10 + int(leap))
    return sorted(solar), lunar_codes


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
