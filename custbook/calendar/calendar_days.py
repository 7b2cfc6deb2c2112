"""What falls on the calendar's days: the month grid's counts, the week and agenda lists.

Open reminders are found by their stored day (`next_on`, indexed). Later occurrences
of a series are not stored, so they are worked out here. Most series are yearly
(birthdays, anniversaries): for a window of a few weeks each day has one solar
month/day and one lunar month/day, so the yearly series that fall in it are found by
their indexed `year_day` and counted in SQL, and each one's day is read from a small
map built for the window (lunar leap months and 30th days included). What that fast
path cannot answer (every N days, weeks or months, the n-th weekday, series repeating
every few years or ending, 29 February, occurrences skipped ahead of time) is
expanded by `custbook.calendar.recurrence`, one series at a time; those series are few.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from peewee import JOIN, SQL, fn

from custbook.calendar import lunar, recurrence
from custbook.models import Customer, Reminder, ReminderDone
from custbook.sql_dialect import is_sqlite
from custbook.calendar.reminder_schedule import feb29_setting
from custbook.calendar.reminders import DayCounts, Occurrence, _base, _Maker, _sort_key, not_trashed

MAX_FAST_WINDOW = 120  # days; longer windows expand every series one by one
_NOT_DONE = ("skipped", "dismissed")


class _Window:
    """The solar and lunar month/day keys of every day in a window, and their days."""

    def __init__(self, start: dt.date, end: dt.date):
        self.solar: dict[int, dt.date] = {}
        self.lunar: dict[tuple[int, bool], dt.date] = {}
        day = start
        while day <= end:
            self.solar[day.month * 100 + day.day] = day
            self._add_lunar(day)
            day += dt.timedelta(days=1)

    def _add_lunar(self, day: dt.date) -> None:
        found = lunar.to_lunar(day)
        keys = [found.month * 100 + found.day]
        months = lunar.year_table(found.year)
        info = next(m for m in months if m.month == found.month and m.leap == found.leap)
        if found.day == 29 and info.days == 29:
            keys.append(found.month * 100 + 30)  # the 30th falls on the 29th of a short month
        for key in keys:
            if found.leap:
                self.lunar[(key, True)] = day
            else:
                self.lunar[(key, False)] = day
                if lunar.leap_month(found.year) != found.month:
                    self.lunar[(key, True)] = day  # a leap-month birthday in an ordinary year

    def day_of(self, repeat: str, year_day: int, leap: bool) -> dt.date | None:
        if repeat == "yearly":
            return self.solar.get(year_day)
        return self.lunar.get((year_day, bool(leap)))


def _window(start: dt.date, end: dt.date) -> _Window | None:
    if (end - start).days > MAX_FAST_WINDOW:
        return None
    try:
        return _Window(start, end)
    except ValueError:  # outside the lunar tables (1901–2099)
        return None


def _fast(start: dt.date, window: _Window):
    """Plain yearly series (they have a year_day) waiting on a day before the window."""
    keys = sorted({k for k in window.solar} | {k for k, _ in window.lunar})
    return (Reminder.repeat.in_(("yearly", "yearly_lunar")) & Reminder.year_day.in_(keys)
            & (Reminder.pending_on < start) & Reminder.next_on.is_null(False))


_SERIES_INDEX = "reminder_repeat_year_day_pending_on"  # schema step 10


def _has_series_index() -> bool:
    """INDEXED BY fails without its index: a book is only sure to have it from step 10 on."""
    return bool(Reminder._meta.database.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?",
        (_SERIES_INDEX,)).fetchone())


def _slow(start: dt.date, end: dt.date, window: _Window | None):
    """Open series the fast path does not answer and that may fall in the window."""
    if window is not None and is_sqlite() and _has_series_index():
        # Found through (repeat, year_day, pending_on): few rows. SQLite otherwise walked
        # every open reminder through (rule, pending_on) or scanned them all (its
        # statistics count ~100,000 rows per kind of repeat, and the repeats wanted here
        # have next to none): 115–157 ms of a month grid of 300,000 reminders, for 0–38.
        return Reminder.next_on.is_null(False) & Reminder.id.in_(SQL(
            f"(SELECT id FROM reminder INDEXED BY {_SERIES_INDEX} WHERE repeat IN "
            "('days', 'weeks', 'months', 'monthly_weekday') AND +pending_on < ? UNION ALL "
            f"SELECT id FROM reminder INDEXED BY {_SERIES_INDEX} WHERE repeat IN "
            "('yearly', 'yearly_lunar') AND year_day IS NULL AND pending_on < ?)", [end, end]))
    waiting = Reminder.next_on.is_null(False) & (Reminder.pending_on < end)
    if window is None:
        return waiting & Reminder.repeat.in_(recurrence.REPEATS[1:])
    others = Reminder.repeat.in_(("days", "weeks", "months", "monthly_weekday"))
    odd_yearly = Reminder.repeat.in_(("yearly", "yearly_lunar")) & Reminder.year_day.is_null()
    return waiting & (others | odd_yearly)


def _marked(ids: list[int], start: dt.date, end: dt.date) -> dict[int, set[dt.date]]:
    found: dict[int, set[dt.date]] = defaultdict(set)
    for i in range(0, len(ids), 900):
        for rid, day in (ReminderDone.select(ReminderDone.reminder, ReminderDone.occurrence_on)
                         .where(ReminderDone.reminder.in_(ids[i:i + 900])
                                & (ReminderDone.occurrence_on >= start)
                                & (ReminderDone.occurrence_on <= end)).tuples()):
            found[rid].add(day)
    return found


def _skipped_ahead(start: dt.date, end: dt.date, window: _Window):
    """Fast-path occurrences in the window skipped ahead of time: (day, kind) to take off.

    The window's done occurrences first (few, by occurrence_on's index), then which of
    their reminders the fast path counts: as one join, SQLite walked the window's yearly
    series (~12,000 in a month with the Spring Festival at 100,000 customers) to look for
    done rows of each (25 ms for none)."""
    done = list(ReminderDone.select(ReminderDone.reminder, ReminderDone.occurrence_on)
                .where((ReminderDone.occurrence_on >= start)
                       & (ReminderDone.occurrence_on <= end)).tuples())
    ids = sorted({rid for rid, _day in done})
    kinds: dict[int, str] = {}
    for i in range(0, len(ids), 900):
        kinds.update(Reminder.select(Reminder.id, Reminder.kind).join(Customer, JOIN.LEFT_OUTER)
                     .where(Reminder.id.in_(ids[i:i + 900]) & _fast(start, window)
                            & Customer.deleted_at.is_null()).tuples())
    return [(day, kinds[rid]) for rid, day in done if rid in kinds]


def _later(start: dt.date, end: dt.date, maker: _Maker, limit: int | None) -> list[Occurrence]:
    """Occurrences of series in the window after the one each is waiting on."""
    window = _window(start, end)
    found: list[Occurrence] = []
    if window is not None:
        query = _base().where(_fast(start, window))
        if limit is not None:
            query = query.order_by(Reminder.year_day, Reminder.id).limit(limit)
        rows = maker.read(query)
        marked = _marked([r.id for r in rows], start, end)
        for r in rows:
            day = window.day_of(r.repeat, r.year_day, r.lunar_leap)
            if day is not None and day not in marked[r.id]:
                found.append(maker.make(r, day, day, "later"))
    feb29 = feb29_setting()
    rows = maker.read(_base().where(_slow(start, end, window)))
    marked = _marked([r.id for r in rows], start, end)
    for r in rows:
        rule = recurrence.rule_of(r, feb29)
        low = max(start, r.pending_on + dt.timedelta(days=1))
        found += [maker.make(r, day, day, "later") for day in recurrence.occurrences(rule, low, end)
                  if day not in marked[r.id]]
    return found


def _done(start: dt.date, end: dt.date, maker: _Maker, limit: int | None) -> list[Occurrence]:
    """Reminders done in the window, on the day they were done (skips left out)."""
    low = dt.datetime.combine(start, dt.time())
    high = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    one_offs = _base(Reminder.done_at.alias("when")).where(
        (Reminder.repeat == "none") & (Reminder.done_at >= low) & (Reminder.done_at < high)
        & ~Reminder.result.in_(_NOT_DONE))
    series = (_base(ReminderDone.done_at.alias("when"),
                    ReminderDone.occurrence_on.alias("occurrence"),
                    ReminderDone.result.alias("done_result"))
              .switch(Reminder).join(ReminderDone, on=(ReminderDone.reminder == Reminder.id))
              .where((ReminderDone.done_at >= low) & (ReminderDone.done_at < high)
                     & ~ReminderDone.result.in_(_NOT_DONE)))
    if limit is not None:
        one_offs, series = one_offs.limit(limit), series.limit(limit)
    found = [maker.make(r, r.when.date(), r.due_on, "done") for r in maker.read(one_offs)]
    found += [maker.make(r, r.when.date(), r.occurrence, "done") for r in maker.read(series)]
    return found


def occurrences_between(start: dt.date, end: dt.date, today: dt.date, include_done: bool = True,
                        limit: int | None = None) -> list[Occurrence]:
    """Everything on the days [start, end]: open, later occurrences of series, and done.

    With `limit`, at most that many (open ones first): a day at a big shop can hold
    thousands, and the screen shows the first ones with the day's count.
    """
    maker = _Maker(today)
    query = _base().where((Reminder.next_on >= start) & (Reminder.next_on <= end))
    if limit is not None:
        query = query.order_by(Reminder.next_on, Reminder.id).limit(limit)
    found = [maker.open_item(r) for r in maker.read(query)]
    found += _later(start, end, maker, limit)
    if include_done:
        found += _done(start, end, maker, limit)
    found.sort(key=_sort_key)
    return found if limit is None else found[:limit]


def day_counts(start: dt.date, end: dt.date, today: dt.date) -> dict[dt.date, DayCounts]:
    """For the month grid: per day, open reminders (and later occurrences) by kind, and done."""
    counts: dict[dt.date, DayCounts] = defaultdict(DayCounts)

    def add(day: dt.date, kind: str, n: int) -> None:
        by_kind = counts[day].by_kind
        by_kind[kind] = by_kind.get(kind, 0) + n

    for day, kind, n in (Reminder.select(Reminder.next_on, Reminder.kind, fn.COUNT(Reminder.id))
                         .where((Reminder.next_on >= start) & (Reminder.next_on <= end)
                                & not_trashed())
                         .group_by(Reminder.next_on, Reminder.kind).tuples()):
        add(day, kind, int(n))
    window = _window(start, end)
    if window is not None:
        for repeat, year_day, leap, kind, n in (
                Reminder.select(Reminder.repeat, Reminder.year_day, Reminder.lunar_leap,
                                Reminder.kind, fn.COUNT(Reminder.id))
                .where(_fast(start, window) & not_trashed())
                .group_by(Reminder.repeat, Reminder.year_day, Reminder.lunar_leap, Reminder.kind)
                .tuples()):
            day = window.day_of(repeat, year_day, leap)
            if day is not None:
                add(day, kind, int(n))
        for day, kind in _skipped_ahead(start, end, window):
            add(day, kind, -1)
    feb29 = feb29_setting()
    rows = _Maker(today).read(_base().where(_slow(start, end, window)))
    marked = _marked([r.id for r in rows], start, end)  # one query, not one per series
    for r in rows:
        rule = recurrence.rule_of(r, feb29)
        for day in recurrence.occurrences(rule, max(start, r.pending_on + dt.timedelta(days=1)),
                                          end):
            if day not in marked[r.id]:
                add(day, r.kind, 1)
    _count_done(start, end, counts)
    return dict(counts)


def _count_done(start: dt.date, end: dt.date, counts: dict[dt.date, DayCounts]) -> None:
    low = dt.datetime.combine(start, dt.time())
    high = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    one_off_day = fn.DATE(Reminder.done_at)
    for day, n in (Reminder.select(one_off_day, fn.COUNT(Reminder.id))
                   .where((Reminder.repeat == "none") & (Reminder.done_at >= low)
                          & (Reminder.done_at < high) & not_trashed()
                          & ~Reminder.result.in_(_NOT_DONE))
                   .group_by(one_off_day).tuples()):
        counts[_as_date(day)].done += int(n)
    series_day = fn.DATE(ReminderDone.done_at)
    for day, n in (ReminderDone.select(series_day, fn.COUNT(ReminderDone.id))
                   .join(Reminder)
                   .where((ReminderDone.done_at >= low) & (ReminderDone.done_at < high)
                          & not_trashed()
                          & ~ReminderDone.result.in_(_NOT_DONE))
                   .group_by(series_day).tuples()):
        counts[_as_date(day)].done += int(n)


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
