"""Keeping each reminder's schedule: which occurrence is waiting, and on which day it shows.

A repeating reminder is stored once, with its rule; what the agenda needs is the one
occurrence waiting to be done (`pending_on`), the day it shows (`next_on`, moved by a
snooze) and the day it starts to show (`show_on`, `lead_days` earlier). Keeping these
three columns up to date here lets the agenda and the month view be indexed queries
even with 100,000 customers, instead of expanding every series on every screen.

The rules for a series, as a shop expects them:
- completing or skipping the waiting occurrence moves on to the next one;
- an occurrence left undone stays overdue only until the next one comes due: then the
  missed one is dropped (a birthday greeting three months late helps nobody), so a
  series is never overdue more than once;
- occurrences already marked (done or skipped, e.g. an imported EXDATE) are passed over.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from custbook import clock, settings
from custbook.calendar import recurrence
from custbook.models import Reminder, ReminderDone

GREETINGS = ("birthday", "anniversary", "holiday")
GREETING_LATE_DAYS = 7  # a greeting this late helps nobody: the series moves on


def feb29_setting() -> str:
    """Where the book puts 29 February series in other years: feb28 or mar1."""
    value = settings.get("feb29_yearly_on")
    return value if value in recurrence.FEB29_CHOICES else "feb28"


def rule_of(reminder: Reminder, feb29: str | None = None) -> recurrence.Rule:
    """The recurrence rule of a reminder under the book's 29 February setting."""
    return recurrence.rule_of(reminder, feb29 or feb29_setting())


def year_day_of(reminder: Reminder) -> int | None:
    """MMDD of a plain yearly series (solar or lunar), so a month view finds it by index.

    Series repeating every few years, ending, or on 29 February get none: the month
    view expands those one by one.
    """
    if (reminder.repeat_interval or 1) != 1 or reminder.repeat_until is not None:
        return None
    if reminder.repeat == "yearly":
        key = reminder.due_on.month * 100 + reminder.due_on.day
        return None if key == 229 else key
    if reminder.repeat == "yearly_lunar" and reminder.lunar_month and reminder.lunar_day:
        return reminder.lunar_month * 100 + reminder.lunar_day
    return None


def set_days(reminder: Reminder, pending: dt.date | None, shown: dt.date | None = None) -> None:
    """Put the waiting occurrence (and the day it shows) on the row; None finishes it."""
    reminder.pending_on = pending
    reminder.next_on = (shown or pending) if pending else None
    reminder.show_on = (reminder.next_on - dt.timedelta(days=max(0, reminder.lead_days or 0))
                        if reminder.next_on else None)
    reminder.year_day = year_day_of(reminder)


def done_dates(reminder_id: int) -> set[dt.date]:
    """Occurrences of a series already done or skipped."""
    return {d for (d,) in ReminderDone.select(ReminderDone.occurrence_on)
            .where(ReminderDone.reminder == reminder_id).tuples()}


def _roll(rule: recurrence.Rule, day: dt.date | None, today: dt.date,
          marked: set[dt.date]) -> dt.date | None:
    """Skip marked occurrences, and drop a missed one once a newer one is due."""
    if day is not None and day < today and rule.repeats:
        latest = recurrence.last_on_or_before(rule, today)
        if latest is not None and latest > day:
            day = latest
    while day is not None and day in marked:
        day = recurrence.next_after(rule, day)
    return day


def first_pending(rule: recurrence.Rule, today: dt.date,
                  marked: Iterable[dt.date] = ()) -> dt.date | None:
    """The occurrence a new or edited reminder waits on: a series starts from today on."""
    marked = set(marked)
    if not rule.repeats:
        return None if rule.start in marked else rule.start
    day = recurrence.first_on_or_after(rule, max(rule.start, today))
    while day is not None and day in marked:
        day = recurrence.next_after(rule, day)
    return day


def schedule(reminder: Reminder, today: dt.date, keep_snooze: bool = False) -> None:
    """Recompute the waiting occurrence of a new or edited reminder (not saved here)."""
    if reminder.done_at is not None:
        set_days(reminder, None)
        return
    rule = rule_of(reminder)
    marked = done_dates(reminder.id) if reminder.id and rule.repeats else set()
    pending = first_pending(rule, today, marked)
    snoozed = reminder.next_on is not None and reminder.next_on != reminder.pending_on
    shown = reminder.next_on if keep_snooze and snoozed and pending == reminder.pending_on else None
    set_days(reminder, pending, shown)
    if pending is None:
        reminder.done_at = clock.now_seconds()


def advance(reminder: Reminder, today: dt.date) -> None:
    """After the waiting occurrence was marked: wait on the next one, or finish (not saved)."""
    rule = rule_of(reminder)
    if not rule.repeats:
        set_days(reminder, None)
        return
    marked = done_dates(reminder.id)
    pending = _roll(rule, recurrence.next_after(rule, reminder.pending_on or reminder.due_on),
                    today, marked)
    set_days(reminder, pending)
    if pending is None:
        reminder.done_at = clock.now_seconds()


def catch_up(today: dt.date, rule: str | None = None) -> int:
    """Bring the schedule up to date after reminders were written without it.

    The complaint log, imports and older books write reminder rows directly: open ones
    without a schedule get one, finished ones lose theirs, and a one-off whose day was
    moved (a complaint's follow-up day) waits on its new day. With `rule` only that
    rule's reminders are looked at, by index, so the calendar can call it before every
    refresh; the rule run looks at every reminder.
    """
    count = 0
    moved = (Reminder.repeat == "none") & (Reminder.pending_on != Reminder.due_on)
    if rule is not None:
        moved = moved & (Reminder.rule == rule)
    condition = ((Reminder.done_at.is_null() & Reminder.next_on.is_null())
                 | (Reminder.done_at.is_null(False) & Reminder.next_on.is_null(False))
                 | moved)
    if rule is not None:
        condition = condition & (Reminder.rule == rule)
    stale = Reminder.select().where(condition)
    for reminder in stale.iterator():
        schedule(reminder, today)
        reminder.save(only=[Reminder.pending_on, Reminder.next_on, Reminder.show_on,
                            Reminder.year_day, Reminder.done_at])
        count += 1
    return count


def roll_missed(today: dt.date) -> int:
    """Move overdue series on: to their newest occurrence once that one is due, and a
    greeting (birthday, anniversary) more than a week late to its next occurrence."""
    count, feb29 = 0, feb29_setting()
    query = Reminder.select().where((Reminder.repeat != "none") & (Reminder.next_on < today)
                                    & (Reminder.next_on == Reminder.pending_on))
    for reminder in query.iterator():  # a series snoozed by hand keeps the owner's day
        rule = rule_of(reminder, feb29)
        pending = _roll(rule, reminder.pending_on, today, set())
        if reminder.kind in GREETINGS and pending < today - dt.timedelta(days=GREETING_LATE_DAYS):
            pending = recurrence.first_on_or_after(rule, today)
        if pending != reminder.pending_on:
            pending = _roll(rule, pending, today, done_dates(reminder.id))
            set_days(reminder, pending)
            if pending is None:
                reminder.done_at = clock.now_seconds()
            reminder.save(only=[Reminder.pending_on, Reminder.next_on, Reminder.show_on,
                                Reminder.year_day, Reminder.done_at])
            count += 1
    return count
