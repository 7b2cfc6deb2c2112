"""Membership calls: a count card or points about to expire, and a member who holds money
with the shop but has stopped coming (the most important call of the day).

Read with plain SQL from the membership tables (custbook.membership keeps them), like the
other rules read purchases, so the calendar never imports the membership package.

- `member_card`: a count card with visits left that expires within CARD_AHEAD days;
  the call is due two weeks before the day (or today, when that is closer). It goes
  away when the visits are used up or the expiry moves.
- `member_points`: in December, when the owner lets points expire, members whose
  points earned up to the end of last year (and not used since) expire on 31 December.
- `member_slipping`: a member with stored value or visits left who has not come for
  over twice their usual interval (or the slipping setting's days). Its kind is
  "slipping", so the plain slipping-away rule (run after this one) makes no second call.
"""
from __future__ import annotations

import datetime as dt

from custbook import settings
from custbook.calendar.rule_writer import Run, Want, day, rows
from custbook.sql_dialect import is_sqlite

CARD_AHEAD = 30
CARD_LEAD = 14


def member_calls(run: Run) -> None:
    today = run.today
    extra, params = run.only_customer("a.customer_id")
    r_extra, r_params = run.only_customer("r.customer_id")
    run.remove_where(
        f"r.rule = 'member_card' AND r.pending_on IS NOT NULL{r_extra} AND NOT EXISTS ("
        'SELECT 1 FROM "member_account" a WHERE a.balance > 0 AND '
        "r.rule_key = 'mc:' || a.id || ':' || a.expires_on)", r_params)
    wants: list[Want] = []
    horizon = today + dt.timedelta(days=CARD_AHEAD)
    for aid, cid, expires in rows(
            'SELECT a.id, a.customer_id, a.expires_on FROM "member_account" a '
            'JOIN "customer" c ON c.id = a.customer_id '
            "WHERE a.kind = 'visits' AND a.balance > 0 AND a.expires_on >= ? "
            f"AND a.expires_on <= ? AND c.deleted_at IS NULL{extra}",
            [today.isoformat(), horizon.isoformat(), *params]):
        expires = day(expires)
        due = max(today, expires - dt.timedelta(days=CARD_LEAD))
        wants.append(Want(f"mc:{aid}:{expires.isoformat()}", "member_card", "follow_up", cid,
                          due))
    if settings.get("member_points_expire") and today.month == 12:
        first = dt.date(today.year, 1, 1).isoformat()  # earned up to last year
        end = first + " 00:00:00"
        least = "MIN" if is_sqlite() else "LEAST"  # the smaller of two values
        # as membership.rules.points_to_expire: a purchase's points count on its day
        on_purchase = "e.action = 'earn' AND p.purchased_on IS NOT NULL"
        for cid, expiring in rows(
                f'SELECT a.customer_id, {least}(a.balance, '
                "(SELECT COALESCE(SUM(CASE WHEN e.amount > 0 AND "
                f"(({on_purchase} AND p.purchased_on < ?) OR (NOT ({on_purchase}) "
                "AND e.at < ?)) THEN e.amount "
                "ELSE 0 END), 0) + COALESCE(SUM(CASE WHEN e.amount < 0 THEN e.amount "
                'ELSE 0 END), 0) FROM "member_entry" e '
                'LEFT JOIN "purchase" p ON p.id = e.purchase_id WHERE e.account_id = a.id)) '
                'FROM "member_account" a JOIN "customer" c ON c.id = a.customer_id '
                f"WHERE a.kind = 'points' AND a.balance > 0 AND c.deleted_at IS NULL{extra}",
                [first, end, *params]):
            if expiring and expiring > 0:
                wants.append(Want(f"mp:{cid}:{today.year}", "member_points", "follow_up", cid,
                                  today))
    if run.cfg.get("rule_slipping"):
        open_slipping = {cid for (cid,) in rows(
            'SELECT r.customer_id FROM "reminder" r WHERE r.kind = ? AND r.next_on IS NOT NULL'
            + r_extra, ["slipping", *r_params])}
        fallback = max(1, run.cfg.get("rule_slipping_days") or 180)
        for cid, first, last, visit, count in rows(
                'SELECT c.id, c.first_purchase_on, c.last_purchase_on, c.last_visit_on, '
                'c.purchase_count FROM "customer" c WHERE c.deleted_at IS NULL AND EXISTS ('
                'SELECT 1 FROM "member_account" a WHERE a.customer_id = c.id AND a.balance > 0 '
                "AND (a.kind = 'value' OR (a.kind = 'visits' AND (a.expires_on IS NULL OR "
                f"a.expires_on >= ?)))){run.only_customer('c.id')[0]}",
                [today.isoformat(), *run.only_customer("c.id")[1]]):
            if cid in open_slipping:
                continue
            first, last, visit = day(first), day(last), day(visit)
            seen = max(d for d in (last, visit) if d) if (last or visit) else None
            if seen is None:
                continue
            usual = ((last - first).days // (count - 1)
                     if count and count >= 2 and first and last else None)
            limit = 2 * usual if usual else fallback
            if (today - seen).days > limit:
                wants.append(Want(f"ms:{cid}:{seen.isoformat()}", "member_slipping",
                                  "slipping", cid, today))
    run.insert(wants)

