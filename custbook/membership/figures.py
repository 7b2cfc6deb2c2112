"""What the membership cards mean in money: for the Reports page, the PDF and `cards`.

- `owed(today)`: what the shop owes on all cards — the stored value, the unused visits
  of count cards not expired at the price paid for them, and the points outstanding.
  One aggregate over the balance rows (one per member and card), never the ledger.
- `period(start, end)`: top-ups (cash received and value given, so the bonus shows),
  spend from balances, count cards sold, visits used, points earned, redeemed and
  expired, from the ledger's entries in the period (reversals net out: they carry
  their original's action with the opposite amount).
- `slipping_with_balance(today)`: members who still hold money or visits but have not
  come for more than twice their usual interval (or the slipping setting's days when
  they have no usual interval yet): the most important calls of the day.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from custbook import money, settings
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.membership import ledger
from custbook.models import database
from custbook.sql_dialect import as_date, days_between


@dataclass(frozen=True)
class Owed:
    value_cents: int
    count_cards_cents: int
    visits_left: int
    points: int
    members_with_value: int

    @property
    def total_cents(self) -> int:
        return self.value_cents + self.count_cards_cents


def owed(today: dt.date) -> Owed:
    row = database.execute_sql(
        "SELECT "
        " COALESCE(SUM(CASE WHEN kind = 'value' THEN balance ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN kind = 'visits' AND (expires_on IS NULL OR expires_on >= ?)"
        "   AND bought > 0 THEN balance * price_cents / bought ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN kind = 'visits' AND (expires_on IS NULL OR expires_on >= ?)"
        "   THEN balance ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN kind = 'points' THEN balance ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN kind = 'value' AND balance > 0 THEN 1 ELSE 0 END), 0)"
        " FROM member_account WHERE balance > 0", (today.isoformat(), today.isoformat())).fetchone()
    return Owed(*(int(v) for v in row))


@dataclass(frozen=True)
class Period:
    top_up_cash_cents: int = 0
    top_up_value_cents: int = 0
    top_ups: int = 0
    spent_cents: int = 0
    count_cards_sold: int = 0
    count_cards_cash_cents: int = 0
    visits_used: int = 0
    points_earned: int = 0
    points_redeemed: int = 0
    points_expired: int = 0

    @property
    def bonus_cents(self) -> int:
        return self.top_up_value_cents - self.top_up_cash_cents


def period(start: dt.date, end: dt.date) -> Period:
    """Figures of the entries from `start` to `end` (both included)."""
    rows = database.execute_sql(
        "SELECT kind, action, COALESCE(SUM(amount), 0), COALESCE(SUM(cash_cents), 0),"
        " SUM(CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END)"
        " FROM member_entry WHERE at >= ? AND at < ? GROUP BY kind, action",
        (str(dt.datetime.combine(start, dt.time.min)),
         str(dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)))).fetchall()
    got = {(k, a): (int(s), int(c), int(n)) for k, a, s, c, n in rows}

    def of(kind, action):
        return got.get((kind, action), (0, 0, 0))

    top = of(ledger.VALUE, ledger.TOP_UP)
    sold = of(ledger.VISITS, ledger.SELL)
    return Period(
        top_up_cash_cents=top[1], top_up_value_cents=top[0], top_ups=top[2],
        spent_cents=-of(ledger.VALUE, ledger.SPEND)[0],
        count_cards_sold=sold[2], count_cards_cash_cents=sold[1],
        visits_used=-of(ledger.VISITS, ledger.USE)[0],
        points_earned=of(ledger.POINTS, ledger.EARN)[0],
        points_redeemed=-of(ledger.POINTS, ledger.REDEEM)[0],
        points_expired=-of(ledger.POINTS, ledger.EXPIRE)[0])


@dataclass(frozen=True)
class SlippingMember:
    customer_id: int
    name: str
    value_cents: int
    visits_left: int
    last_visit_on: dt.date | None
    days_away: int
    usual_days: int | None


def slipping_with_balance(today: dt.date, limit: int = 200) -> list[SlippingMember]:
    """Members holding a balance or visits who have stayed away over twice their usual interval."""
    fallback = max(1, settings.get("rule_slipping_days"))
    away = days_between("c.last_visit_on", "?")
    usual = ("CASE WHEN c.purchase_count >= 2 THEN "
             + days_between("c.first_purchase_on", "c.last_purchase_on")
             + " / (c.purchase_count - 1) ELSE NULL END")
    sql = (
        "SELECT c.id, c.name, b.value_cents, b.visits, c.last_visit_on, "
        f" {away} AS away, {usual} AS usual"
        " FROM (SELECT customer_id,"
        "   SUM(CASE WHEN kind = 'value' THEN balance ELSE 0 END) AS value_cents,"
        "   SUM(CASE WHEN kind = 'visits' AND (expires_on IS NULL OR expires_on >= ?)"
        "       THEN balance ELSE 0 END) AS visits"
        "   FROM member_account WHERE balance > 0 AND kind IN ('value', 'visits')"
        "   AND customer_id IS NOT NULL GROUP BY customer_id) b"
        " JOIN customer c ON c.id = b.customer_id"
        " WHERE c.deleted_at IS NULL AND c.last_visit_on IS NOT NULL"
        "  AND (b.value_cents > 0 OR b.visits > 0)")
    rows = database.execute_sql(sql, (today.isoformat(), today.isoformat())).fetchall()
    found = []
    for cid, name, value, visits, last, days, usual_days in rows:
        days = int(days)
        limit_days = 2 * int(usual_days) if usual_days else fallback
        if usual_days is not None and int(usual_days) <= 0:
            limit_days = fallback
        if days > limit_days:
            found.append(SlippingMember(cid, name, int(value), int(visits), as_date(last), days,
                                        int(usual_days) if usual_days else None))
    found.sort(key=lambda m: (-m.value_cents, -m.days_away))
    return found[:limit]


@dataclass(frozen=True)
class Report:
    """The membership part of the Reports page and PDF for one period."""

    start: dt.date
    end: dt.date
    owed: Owed
    period: Period
    previous: Period
    slipping: tuple[SlippingMember, ...]

    @property
    def has_members(self) -> bool:
        return bool(self.owed.total_cents or self.owed.points or self.period.top_ups
                    or self.previous.top_ups or self.period.points_earned)


def report(start: dt.date, end: dt.date, today: dt.date, slipping_limit: int = 15) -> Report:
    """Money owed (as of `today`), the period against the one before, slipping members."""
    length = (end - start).days + 1
    p_end = start - dt.timedelta(days=1)
    p_start = p_end - dt.timedelta(days=length - 1)
    return Report(start, end, owed(today), period(start, end), period(p_start, p_end),
                  tuple(slipping_with_balance(today, slipping_limit)))


def figure_lines(r: Report) -> list[tuple[str, str, str]]:
    """(what, this period, the period before) for the report's membership table."""
    m = money.format_cents
    p, q = r.period, r.previous
    return [
        (QT_TRANSLATE_NOOP("MembershipReport", "Top-ups: cash received"), m(p.top_up_cash_cents),
         m(q.top_up_cash_cents)),
        (QT_TRANSLATE_NOOP("MembershipReport", "Top-ups: bonus given"), m(p.bonus_cents), m(q.bonus_cents)),
        (QT_TRANSLATE_NOOP("MembershipReport", "Spent from balances"), m(p.spent_cents), m(q.spent_cents)),
        (QT_TRANSLATE_NOOP("MembershipReport", "Count cards sold"), f"{p.count_cards_sold:,} · "
         f"{m(p.count_cards_cash_cents)}", f"{q.count_cards_sold:,} · "
         f"{m(q.count_cards_cash_cents)}"),
        (QT_TRANSLATE_NOOP("MembershipReport", "Visits used"), f"{p.visits_used:,}", f"{q.visits_used:,}"),
        (QT_TRANSLATE_NOOP("MembershipReport", "Points earned"), f"{p.points_earned:,}", f"{q.points_earned:,}"),
        (QT_TRANSLATE_NOOP("MembershipReport", "Points redeemed"), f"{p.points_redeemed:,}",
         f"{q.points_redeemed:,}"),
        (QT_TRANSLATE_NOOP("MembershipReport", "Points expired"), f"{p.points_expired:,}",
         f"{q.points_expired:,}"),
    ]


def owed_lines(o: Owed) -> list[tuple[str, str]]:
    return [
        (QT_TRANSLATE_NOOP("MembershipReport", "Owed on stored value"), money.format_cents(o.value_cents)),
        (QT_TRANSLATE_NOOP("MembershipReport", "Owed on count cards ({visits} visits at the price paid)")
         .format(visits=f"{o.visits_left:,}"), money.format_cents(o.count_cards_cents)),
        (QT_TRANSLATE_NOOP("MembershipReport", "Owed in all"), money.format_cents(o.total_cents)),
        (QT_TRANSLATE_NOOP("MembershipReport", "Points outstanding"), f"{o.points:,}"),
        (QT_TRANSLATE_NOOP("MembershipReport", "Members holding stored value"), f"{o.members_with_value:,}"),
    ]
