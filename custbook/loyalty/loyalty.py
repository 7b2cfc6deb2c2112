"""Who is loyal and who is slipping away: the customer figures of the satisfaction report.

Every figure answers for a period [start, end] and looks at purchases up to `end` only,
so a report for last spring reads the same next year. The per-customer figures (RFM
segments, repeat rate, purchase interval) come from one grouped scan of the purchases
(the (customer, purchased_on) index), the rest from one aggregate each, so they stay
quick on a book with a million purchases. Customers in the trash are left out.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from custbook.customers.phones import format_for_display
from custbook.db import database_obj
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.sql_dialect import as_date

# RFM segments, best first: (code, days since last purchase up to, at least purchases).
# The first rule a customer meets is theirs; see `segment_of`.
SEGMENTS = ("champions", "loyal", "new", "promising", "need_attention", "at_risk",
            "hibernating", "lost")


def segment_names() -> dict[str, str]:
    """The RFM segments as the owner reads them, best first."""
    return {
        "champions": QT_TRANSLATE_NOOP("Loyalty", "Champions"),
        "loyal": QT_TRANSLATE_NOOP("Loyalty", "Loyal"),
        "new": QT_TRANSLATE_NOOP("Loyalty", "New"),
        "promising": QT_TRANSLATE_NOOP("Loyalty", "Promising"),
        "need_attention": QT_TRANSLATE_NOOP("Loyalty", "Need attention"),
        "at_risk": QT_TRANSLATE_NOOP("Loyalty", "At risk"),
        "hibernating": QT_TRANSLATE_NOOP("Loyalty", "Hibernating"),
        "lost": QT_TRANSLATE_NOOP("Loyalty", "Lost"),
    }


def segment_of(days_since_last: int, purchases: int, days_since_first: int) -> str:
    """The RFM segment of a customer, from recency, frequency and how long they have bought.

    Champions bought within 90 days and at least 4 times; loyal within 180 days and at
    least 3 times; new made their first purchase within 90 days; promising bought
    within 90 days otherwise; need attention within 180 days; at risk used to come
    (2 or more purchases) but not for 181–365 days; hibernating bought once, 181–365
    days ago; lost not for more than a year.
    """
    r, f = days_since_last, purchases
    if r <= 90 and f >= 4:
        return "champions"
    if r <= 180 and f >= 3:
        return "loyal"
    if days_since_first <= 90:
        return "new"
    if r <= 90:
        return "promising"
    if r <= 180:
        return "need_attention"
    if r <= 365:
        return "at_risk" if f >= 2 else "hibernating"
    return "lost"


@dataclass(frozen=True)
class Cohort:
    """The customers whose first purchase fell in one month, and how many came back."""

    month: str  # "YYYY-MM"
    size: int
    returned: list[int]  # returned[k-1]: bought again in the k-th month after (k = 1 …)
    came_back: int  # bought again at any later day up to the period's end

    @property
    def churn_share(self) -> float | None:
        """Share of the cohort that has not bought again (yet)."""
        return (self.size - self.came_back) / self.size if self.size else None


@dataclass(frozen=True)
class LoyaltyFigures:
    """The loyalty figures for [start, end]."""

    start: dt.date
    end: dt.date
    active_customers: int  # bought in the period
    new_customers: int  # … for the first time ever
    returning_customers: int  # … and had bought before
    revenue_cents: int
    customers_ever: int  # bought at least once up to `end`
    repeat_customers: int  # … at least twice
    average_interval_days: float | None  # mean days between purchases of repeat customers
    segments: dict[str, int] = field(default_factory=dict)  # code -> customers, all SEGMENTS
    segment_revenue_cents: dict[str, int] = field(default_factory=dict)  # lifetime spend
    top_fifth_customers: int = 0  # the best 20 % of the period's buyers (rounded up)
    top_fifth_revenue_cents: int = 0  # … and what they spent in the period
    cohorts: list[Cohort] = field(default_factory=list)
    referred_new: int = 0  # cards made in the period that name a referring customer
    referrers: int = 0  # distinct customers who referred them

    @property
    def repeat_share(self) -> float | None:
        """Share of customers (ever, up to `end`) who bought more than once."""
        return self.repeat_customers / self.customers_ever if self.customers_ever else None

    @property
    def top_fifth_share(self) -> float | None:
        """Share of the period's revenue spent by its best 20 % of customers."""
        return self.top_fifth_revenue_cents / self.revenue_cents if self.revenue_cents else None

    @property
    def came_back_share(self) -> float | None:
        """Of the customers whose first purchase fell in the period, the share who bought
        again (churn of new customers is 1 − this)."""
        size = sum(c.size for c in self.cohorts)
        return sum(c.came_back for c in self.cohorts) / size if size else None

    def retention_curve(self) -> list[float]:
        """Share of all cohorts' customers buying in month k after their first (k = 1 …).

        Month k counts only cohorts old enough to have had a k-th month before `end`.
        """
        curve = []
        for k in range(1, max((len(c.returned) for c in self.cohorts), default=0) + 1):
            have = [c for c in self.cohorts if len(c.returned) >= k]
            size = sum(c.size for c in have)
            curve.append(sum(c.returned[k - 1] for c in have) / size if size else 0.0)
        return curve


def _rows(sql: str, params: tuple) -> list[tuple]:
    return list(database_obj().execute_sql(sql, params).fetchall())


def _month_index(month: str) -> int:
    year, mon = month.split("-")
    return int(year) * 12 + int(mon) - 1


def _cohorts(start: dt.date, end: dt.date) -> list[Cohort]:
    rows = _rows(
        "WITH firsts AS (SELECT p.customer_id AS cid, MIN(p.purchased_on) AS first_on"
        "  FROM purchase p JOIN customer c ON c.id = p.customer_id"
        "  WHERE c.deleted_at IS NULL AND p.purchased_on <= ?"
        "  GROUP BY p.customer_id HAVING MIN(p.purchased_on) >= ?),"
        " months AS (SELECT DISTINCT p.customer_id AS cid,"
        "  substr(CAST(p.purchased_on AS TEXT), 1, 7) AS m"
        "  FROM purchase p JOIN firsts f ON f.cid = p.customer_id WHERE p.purchased_on <= ?),"
        " again AS (SELECT f.cid FROM firsts f WHERE EXISTS (SELECT 1 FROM purchase p"
        "  WHERE p.customer_id = f.cid AND p.purchased_on > f.first_on AND p.purchased_on <= ?))"
        " SELECT substr(CAST(f.first_on AS TEXT), 1, 7), m.m, COUNT(*),"
        "  SUM(CASE WHEN f.cid IN (SELECT cid FROM again) THEN 1 ELSE 0 END)"
        " FROM firsts f JOIN months m ON m.cid = f.cid GROUP BY 1, 2",
        (end, start, end, end))
    last = _month_index(end.isoformat()[:7])
    sizes: dict[str, int] = {}
    back: dict[str, int] = {}
    returned: dict[str, dict[int, int]] = {}
    for first, month, n, again in rows:
        k = _month_index(month) - _month_index(first)
        if k == 0:
            sizes[first] = int(n)
            back[first] = int(again or 0)
        else:
            returned.setdefault(first, {})[k] = int(n)
    return [Cohort(month=m, size=sizes[m],
                   returned=[returned.get(m, {}).get(k, 0)
                             for k in range(1, last - _month_index(m) + 1)],
                   came_back=back[m])
            for m in sorted(sizes)]


def loyalty_figures(start: dt.date, end: dt.date) -> LoyaltyFigures:
    """The loyalty figures for the period from `start` to `end` inclusive."""
    per_customer = _rows(
        "SELECT MIN(p.purchased_on), MAX(p.purchased_on), COUNT(*), SUM(p.amount_cents),"
        "  SUM(CASE WHEN p.purchased_on >= ? THEN p.amount_cents END),"
        "  SUM(CASE WHEN p.purchased_on >= ? THEN 1 ELSE 0 END)"
        " FROM purchase p JOIN customer c ON c.id = p.customer_id"
        " WHERE c.deleted_at IS NULL AND p.purchased_on <= ? GROUP BY p.customer_id",
        (start, start, end))
    segments = dict.fromkeys(SEGMENTS, 0)
    segment_cents = dict.fromkeys(SEGMENTS, 0)
    active = new = repeat = 0
    intervals: list[float] = []
    period_spend: list[int] = []
    for first, last, n, total, in_period, bought_in_period in per_customer:
        first_on, last_on = as_date(first), as_date(last)
        seg = segment_of((end - last_on).days, n, (end - first_on).days)
        segments[seg] += 1
        segment_cents[seg] += int(total or 0)
        if n >= 2:
            repeat += 1
            intervals.append((last_on - first_on).days / (n - 1))
        if bought_in_period:
            active += 1
            new += first_on >= start
            period_spend.append(int(in_period or 0))
    period_spend.sort(reverse=True)
    top = -(-len(period_spend) // 5)  # the best fifth, rounded up
    since = dt.datetime.combine(start, dt.time.min)
    until = dt.datetime.combine(end, dt.time.max)
    referred, referrers = _rows(
        "SELECT COUNT(*), COUNT(DISTINCT referred_by_id) FROM customer"
        " WHERE deleted_at IS NULL AND referred_by_id IS NOT NULL"
        " AND created_at BETWEEN ? AND ?", (since, until))[0]
    return LoyaltyFigures(
        start=start, end=end, active_customers=active, new_customers=new,
        returning_customers=active - new, revenue_cents=sum(period_spend),
        customers_ever=len(per_customer), repeat_customers=repeat,
        average_interval_days=round(sum(intervals) / len(intervals), 1) if intervals else None,
        segments=segments, segment_revenue_cents=segment_cents,
        top_fifth_customers=top, top_fifth_revenue_cents=sum(period_spend[:top]),
        cohorts=_cohorts(start, end), referred_new=int(referred), referrers=int(referrers))


@dataclass(frozen=True)
class CustomerLine:
    """One customer in a report table."""

    customer_id: int
    name: str
    phone: str  # as people write it (183 8622 6184), like everywhere else
    last_purchase_on: dt.date | None
    purchases: int
    # in the period for top customers; lifetime for at-risk ones, with the spend before
    # the book (Customer.prior_spend_cents): what they are worth winning back
    spent_cents: int


def _lines(rows: list[tuple]) -> list[CustomerLine]:
    return [CustomerLine(int(cid), name, format_for_display(phone) if phone else "",
                         as_date(last), int(n), int(cents))
            for cid, name, phone, last, n, cents in rows]


_PHONE = ("(SELECT number FROM customer_phone ph WHERE ph.customer_id = c.id"
          " ORDER BY ph.is_primary DESC, ph.id LIMIT 1)")


def top_customers(start: dt.date, end: dt.date, limit: int = 10) -> list[CustomerLine]:
    """The customers who spent most in the period, best first."""
    return _lines(_rows(
        f"SELECT c.id, c.name, {_PHONE}, MAX(p.purchased_on), COUNT(*), SUM(p.amount_cents)"
        " FROM purchase p JOIN customer c ON c.id = p.customer_id"
        " WHERE c.deleted_at IS NULL AND p.purchased_on BETWEEN ? AND ?"
        " GROUP BY c.id ORDER BY SUM(p.amount_cents) DESC, c.id LIMIT ?", (start, end, limit)))


def at_risk_customers(end: dt.date, limit: int = 15) -> list[CustomerLine]:
    """Customers "at risk" on `end` (2+ purchases, none for 181–365 days), biggest spenders first.

    These are the ones worth a call this week: they used to come and may still be won back.
    """
    return _lines(_rows(
        f"SELECT c.id, c.name, {_PHONE}, MAX(p.purchased_on), COUNT(*),"
        " SUM(p.amount_cents) + c.prior_spend_cents"
        " FROM purchase p JOIN customer c ON c.id = p.customer_id"
        " WHERE c.deleted_at IS NULL AND p.purchased_on <= ?"
        "  AND c.last_purchase_on >= ?"
        " GROUP BY c.id HAVING COUNT(*) >= 2 AND MAX(p.purchased_on) BETWEEN ? AND ?"
        " ORDER BY SUM(p.amount_cents) + c.prior_spend_cents DESC, c.id LIMIT ?",
        (end, end - dt.timedelta(days=365), end - dt.timedelta(days=365),
         end - dt.timedelta(days=181), limit)))
