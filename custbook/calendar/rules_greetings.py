"""The rules that greet customers, and the one that tidies after closed complaints.

Birthdays (solar or lunar) and membership anniversaries are one yearly series per
customer, shown `N` days ahead; holidays are one greeting per customer and holiday,
made a month ahead for the customers who accept promotions or carry the chosen tag,
and dropped a week after the day if nobody sent it. Complaint follow-ups are written
by the complaint log; here they only disappear once their complaint is closed.
"""
from __future__ import annotations

import datetime as dt

from custbook.calendar import holidays as holiday_days
from custbook.calendar import lunar
from custbook.models import ReminderDone
from custbook.calendar.rule_writer import Run, Want, chunks, day, rows
from custbook.calendar import reminder_schedule
from custbook.models import Reminder

HOLIDAY_AHEAD = 30
HOLIDAY_EXPIRES = 7


def birthday_want(cid: int, calendar: str, month, day_, leap, year, lead: int,
                  today: dt.date) -> Want | None:
    """The yearly birthday series of a customer (solar, or lunar with its leap month)."""
    if calendar not in ("solar", "lunar") or not month or not day_:
        return None
    if calendar == "lunar":
        if not (1 <= month <= 12 and 1 <= day_ <= 30):
            return None
        first = lunar.next_on_or_after(month, day_, bool(leap), today)
        if first is None:
            return None
        return Want(f"bd:{cid}", "birthday", "birthday", cid, first, lead, "yearly_lunar",
                    (month, day_, bool(leap)))
    try:
        anchor = dt.date(year if year and year <= today.year else 2000, month, day_)
    except ValueError:
        return None
    return Want(f"bd:{cid}", "birthday", "birthday", cid, anchor, lead, "yearly")


def _same(want: Want, due, repeat, lunar_m, lunar_d, leap, lead) -> bool:
    if want.repeat != repeat or want.lead_days != lead:
        return False
    if repeat == "yearly_lunar":
        return want.lunar == (lunar_m, lunar_d, bool(leap))
    due = day(due)
    return (want.due_on.month, want.due_on.day) == (due.month, due.day)


def birthdays_and_anniversaries(run: Run) -> None:
    """Keep one birthday and one anniversary series per customer, as the card says."""
    cfg, today = run.cfg, run.today
    lead = cfg["rule_birthday_days_before"]
    extra, params = run.only_customer("c.id")
    changed, changed_params = run.changed_since("c.updated_at")
    people = rows(
        'SELECT c.id, c.birthday_calendar, c.birthday_month, c.birthday_day, c.birthday_leap, '
        'c.birth_year, c.member_since FROM "customer" c WHERE c.deleted_at IS NULL'
        f"{extra}{changed}", [*params, *changed_params])
    wanted: dict[str, Want] = {}
    for cid, calendar, month, day_, leap, year, since in people:
        if cfg["rule_birthday"]:
            want = birthday_want(cid, calendar, month, day_, leap, year, lead, today)
            if want:
                wanted[want.key] = want
        since = day(since)
        if cfg["rule_anniversary"] and since is not None and since < today:
            wanted[f"an:{cid}"] = Want(f"an:{cid}", "anniversary", "anniversary", cid, since,
                                       0, "yearly")
    select = ('SELECT r.id, r.rule_key, r.due_on, r.repeat, r.lunar_month, r.lunar_day, '
              'r.lunar_leap, r.lead_days, r.pending_on FROM "reminder" r '
              "WHERE r.rule IN ('birthday', 'anniversary')")
    if run.full:
        r_extra, r_params = run.only_customer("r.customer_id")
        existing = rows(select + r_extra, r_params)
    else:
        ids = [p[0] for p in people]
        existing = [row for part in chunks(ids)
                    for row in rows(select + " AND r.customer_id IN "
                                    f"({', '.join('?' * len(part))})",
                                    part)]
    stale = []
    for rid, key, due, repeat, lunar_m, lunar_d, leap, lead_days, pending in existing:
        want = wanted.pop(key, None)
        if pending is None:
            continue  # dismissed or finished: the owner's choice stands
        if want is None:
            stale.append(rid)
        elif not _same(want, due, repeat, lunar_m, lunar_d, leap, lead_days):
            run.move(rid, due_on=want.due_on, repeat=want.repeat, lead_days=want.lead_days,
                     lunar_month=want.lunar[0] if want.lunar else None,
                     lunar_day=want.lunar[1] if want.lunar else None,
                     lunar_leap=want.lunar[2] if want.lunar else False)
    run.remove(stale)
    wants = list(wanted.values())
    run.insert(wants)
    _skip_birthdays_already_in_the_book([w for w in wants if w.rule == "birthday"], today)


def _skip_birthdays_already_in_the_book(wants: list[Want], today: dt.date) -> None:
    """A birthday already there as a one-off reminder (by hand) is not greeted twice."""
    ids = [w.customer_id for w in wants]
    one_offs: dict[int, list[dt.date]] = {}
    for part in chunks(ids):
        for cid, due in rows(
                'SELECT customer_id, due_on FROM "reminder" WHERE kind = ? AND repeat = ? '
                f"AND due_on >= ? AND customer_id IN ({', '.join('?' * len(part))})",
                ["birthday", "none", (today - dt.timedelta(days=30)).isoformat(), *part]):
            one_offs.setdefault(cid, []).append(day(due))
    for cid, days in one_offs.items():
        series = Reminder.get_or_none(Reminder.rule_key == f"bd:{cid}")
        if series is None or series.pending_on is None:
            continue
        if any(abs((series.pending_on - d).days) <= 10 for d in days):
            ReminderDone.insert(reminder=series, occurrence_on=series.pending_on,
                                result="skipped").on_conflict_ignore().execute()
            reminder_schedule.advance(series, today)
            series.save()


# --- holidays -------------------------------------------------------------------------

def _eligible(run: Run, changed_only: bool) -> dict[int, str]:
    """Customers who get holiday greetings (promotions yes, or the chosen tag), by gender."""
    tag = run.cfg["rule_holiday_tag"].strip()
    extra, params = run.only_customer("c.id")
    if changed_only:
        more, more_params = run.changed_since("c.updated_at")
        extra, params = extra + more, params + more_params
    found: dict[int, str] = {}
    if run.cfg["rule_holiday_promotions"]:
        found.update(rows('SELECT c.id, c.gender FROM "customer" c WHERE c.deleted_at IS NULL '
                          f"AND c.accepts_promotions = ?{extra}", [True, *params]))
    if tag:
        found.update(rows(
            'SELECT c.id, c.gender FROM "customer" c JOIN "customer_tag" ct ON ct.customer_id = '
            'c.id JOIN "tag" t ON t.id = ct.tag_id WHERE c.deleted_at IS NULL AND t.name = ?'
            + extra, [tag, *params]))
    return found


def holidays(run: Run) -> None:
    """Greet eligible customers before the chosen holidays; drop greetings no longer wanted."""
    cfg, today = run.cfg, run.today
    chosen = holiday_days.chosen(cfg["rule_holiday_list"], cfg["rule_shop_days"]) \
        if cfg["rule_holidays"] else []
    codes = {h.code for h in chosen}
    extra, params = run.only_customer("r.customer_id")
    expired = today - dt.timedelta(days=HOLIDAY_EXPIRES)
    run.remove_where(f"r.rule = 'holiday' AND r.pending_on < ?{extra}",
                     [expired.isoformat(), *params])
    changed_only = not run.full
    people = _eligible(run, changed_only) if chosen else {}
    _drop_unwanted_greetings(run, codes, people, changed_only)
    lead = cfg["rule_holiday_days_before"]
    everyone: dict[int, str] | None = None if changed_only else people
    for holiday in chosen:
        for when in holiday_days.dates(holiday, today, today + dt.timedelta(days=HOLIDAY_AHEAD)):
            came_into_view = run.last_day is None or (
                when > run.last_day + dt.timedelta(days=HOLIDAY_AHEAD))
            if came_into_view and everyone is None:
                everyone = _eligible(run, False)
            group = everyone if came_into_view else people
            prefix = f"hd:{holiday.code}:{when.year}:"
            run.insert([Want(f"{prefix}{cid}", "holiday", "holiday", cid, when, lead)
                        for cid, gender in group.items()
                        if not holiday.gender or gender == holiday.gender])


def _drop_unwanted_greetings(run: Run, codes: set[str], people: dict[int, str],
                             changed_only: bool) -> None:
    extra, params = run.only_customer("r.customer_id")
    if changed_only:
        more, more_params = run.changed_since("c.updated_at")
        query = ('SELECT r.id, r.rule_key, r.customer_id FROM "reminder" r JOIN "customer" c '
                 "ON c.id = r.customer_id WHERE r.rule = 'holiday' AND r.pending_on IS NOT NULL"
                 f"{extra}{more}")
        params = [*params, *more_params]
    else:
        query = ('SELECT r.id, r.rule_key, r.customer_id FROM "reminder" r '
                 f"WHERE r.rule = 'holiday' AND r.pending_on IS NOT NULL{extra}")
    run.remove([rid for rid, key, cid in rows(query, params)
                if key.split(":")[1] not in codes or cid not in people])


# --- complaints -----------------------------------------------------------------------

def closed_complaints(run: Run, complaint_id: int | None = None) -> None:
    """Remove the open follow-up reminders of complaints that are closed."""
    extra = " AND k.id = ?" if complaint_id is not None else ""
    run.remove_where(
        "r.complaint_id IS NOT NULL AND r.pending_on IS NOT NULL AND EXISTS (SELECT 1 FROM "
        f"\"complaint\" k WHERE k.id = r.complaint_id AND (k.status = 'closed' OR k.closed_at "
        f"IS NOT NULL){extra})", [complaint_id] if complaint_id is not None else [])
