"""The rule that reminds of family birthdays and a customer's anniversaries, every year.

Each relation with a birthday and "remind" on (`custbook.customers.relations`) is one
yearly series on the customer's calendar (rule "family", key `fm:<relation id>`), each
anniversary with "remind" on another (rule "family_day", key `fa:<anniversary id>`).
They are built exactly as a customer's own birthday is (`rules_greetings.birthday_want`):
lunar days are kept lunar (with the leap month) and converted per year, a 29 February
day falls on the book's choice of 28 February or 1 March in other years (the rule
writer's `feb29`). The series store no title: it is made when shown, in the reader's
language, from the relation or the day (`custbook.calendar.reminder_titles`).
"""
from __future__ import annotations

import dataclasses

from custbook import changes, clock
from custbook.calendar.rule_writer import RuleReport, Run, Want, chunks, rows
from custbook.calendar.rules_greetings import _same, birthday_want
from custbook.models import database

RULES = ("family", "family_day")


def family_days(run: Run) -> None:
    """Keep one yearly series per family birthday and anniversary that asks for one."""
    today, lead = run.today, run.cfg["rule_birthday_days_before"]
    wanted: dict[str, Want] = {}
    extra, params = run.only_customer("c.id")
    changed, changed_params = run.changed_since("x.updated_at")
    people = rows(
        'SELECT x.id, x.customer_id, x.birthday_calendar, x.birthday_month, x.birthday_day, '
        'x.birthday_leap, x.birth_year, x.remind FROM "customer_relation" x '
        'JOIN "customer" c ON c.id = x.customer_id '
        f"WHERE c.deleted_at IS NULL{extra}{changed}", [*params, *changed_params])
    seen_people = [p[0] for p in people]
    for rid, cid, calendar, month, day_, leap, year, remind in people:
        want = birthday_want(cid, calendar, month, day_, leap, year, lead, today) \
            if remind and run.cfg["rule_birthday"] else None
        if want:
            key = f"fm:{rid}"
            wanted[key] = dataclasses.replace(want, key=key, rule="family")
    days = rows(
        'SELECT x.id, x.customer_id, x.calendar, x.month, x.day, x.leap, x.year, x.remind '
        'FROM "customer_anniversary" x JOIN "customer" c '
        f"ON c.id = x.customer_id WHERE c.deleted_at IS NULL{extra}{changed}",
        [*params, *changed_params])
    seen_days = [d[0] for d in days]
    for aid, cid, calendar, month, day_, leap, year, remind in days:
        want = birthday_want(cid, calendar, month, day_, leap, year, 0, today) \
            if remind and run.cfg["rule_anniversary"] else None
        if want:
            key = f"fa:{aid}"
            wanted[key] = dataclasses.replace(want, key=key, rule="family_day",
                                              kind="anniversary")
    select = ('SELECT r.id, r.rule_key, r.due_on, r.repeat, r.lunar_month, r.lunar_day, '
              "r.lunar_leap, r.lead_days, r.pending_on FROM \"reminder\" r "
              "WHERE r.rule IN ('family', 'family_day')")
    if run.full:
        r_extra, r_params = run.only_customer("r.customer_id")
        existing = rows(select + r_extra, r_params)
    else:  # only the series of what changed
        keys = [f"fm:{i}" for i in seen_people] + [f"fa:{i}" for i in seen_days]
        existing = [row for part in chunks(keys)
                    for row in rows(select + " AND r.rule_key IN "
                                    f"({', '.join('?' * len(part))})", part)]
    stale = []
    for rid, key, due, repeat, lunar_m, lunar_d, leap, lead_days, pending in existing:
        want = wanted.pop(key, None)
        if pending is None:
            continue  # dismissed or finished: the owner's choice stands
        if want is None:
            stale.append(rid)
            continue
        if not _same(want, due, repeat, lunar_m, lunar_d, leap, lead_days):
            run.move(rid, due_on=want.due_on, repeat=want.repeat, lead_days=want.lead_days,
                     lunar_month=want.lunar[0] if want.lunar else None,
                     lunar_day=want.lunar[1] if want.lunar else None,
                     lunar_leap=want.lunar[2] if want.lunar else False)
    run.remove(stale)
    run.insert(list(wanted.values()))


@changes.reports(changes.CUSTOMERS, changes.REMINDERS)
def after_family_change(customer_id: int, today=None):
    """Bring one customer's family and anniversary series up to date (after the card's
    Family tab saved); returns the run's report."""
    run = Run(today or clock.today(), RuleReport(), full=True, customer_id=customer_id)
    with database.atomic():
        family_days(run)
    return run.report
