"""`sql_dialect.plain_rows` gives exactly what peewee's `dicts()` gives, on both databases:
the calendar reads its rows through it (issue 20), converting only dates, times and
booleans. Checked on the sample shop's reminders, done ones (times) included."""
from __future__ import annotations

import datetime as dt

from custbook.calendar import calendar_days, reminder_actions, reminder_rules, reminders
from custbook.models import Reminder, ReminderDone
from custbook.sql_dialect import plain_rows
from tests.conftest import TODAY


def _same(query) -> list[dict]:
    fast, slow = plain_rows(query), list(query.clone().dicts())
    assert fast == slow
    for a, b in zip(fast, slow):  # same types too: a date is not a string that looks like one
        assert {k: type(v) for k, v in a.items()} == {k: type(v) for k, v in b.items()}
    return fast


def test_the_calendars_rows_are_read_as_peewee_reads_them(sample_book):
    reminder_rules.run_rules(TODAY)
    rows = _same(reminders._base().order_by(Reminder.id))
    assert len(rows) > 100
    assert any(isinstance(r["next_on"], dt.date) for r in rows)
    assert any(r["lunar_leap"] is False for r in rows)
    assert any(r["customer_name"] for r in rows) and any(r["phone"] for r in rows)
    for repeat in ("none", "yearly"):  # a one-off's done_at, a series' done occurrence
        one = (Reminder.select().where((Reminder.repeat == repeat) & Reminder.next_on.is_null(False))
               .order_by(Reminder.id).first())
        reminder_actions.complete(one.id, TODAY, note="打过电话")
    done = _same(reminders._base(Reminder.done_at.alias("when"))
                 .where(Reminder.done_at.is_null(False)))
    assert done and isinstance(done[0]["when"], dt.datetime)
    _same(reminders._base(ReminderDone.done_at.alias("when"),
                          ReminderDone.occurrence_on.alias("occurrence"))
          .switch(Reminder).join(ReminderDone, on=(ReminderDone.reminder == Reminder.id)))


def test_the_agenda_and_the_month_read_the_same_through_both(sample_book):
    reminder_rules.run_rules(TODAY)
    agenda = reminders.agenda(TODAY)
    assert agenda.today_total + agenda.upcoming_total + agenda.overdue_total > 0
    start, end = reminders.month_range(TODAY.year, TODAY.month)
    listed = calendar_days.occurrences_between(start, end, TODAY)
    assert listed and all(isinstance(o.day, dt.date) for o in listed)
