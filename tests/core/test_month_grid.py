"""The month grid's counts are the listing's, day by day and kind by kind (issue 20 made
the grid count through indexes: the window's yearly series by their day of the year, the
occurrences done or skipped ahead of time taken off, the other series walked in Python).
On the sample shop after the automatic rules, on both databases."""
from __future__ import annotations

import datetime as dt
from collections import Counter

from custbook.calendar import calendar_days, reminder_actions, reminder_rules, reminders
from custbook.models import Reminder
from tests.conftest import TODAY


def _grid(start: dt.date, end: dt.date) -> Counter:
    counts = calendar_days.day_counts(start, end, TODAY)
    return Counter({(day, kind): n for day, c in counts.items()
                    for kind, n in c.by_kind.items() if n})


def _listed(start: dt.date, end: dt.date) -> Counter:
    return Counter((o.day, o.kind) for o in calendar_days.occurrences_between(
        start, end, TODAY, include_done=False))


def test_the_grid_counts_what_the_days_list(sample_book):
    reminder_rules.run_rules(TODAY)
    for year, month in ((2026, 11), (2026, 12), (2027, 2), (2027, 11)):
        start, end = reminders.month_range(year, month)
        grid = _grid(start, end)
        assert grid == _listed(start, end), (year, month)
        assert sum(grid.values()) > 0


def test_an_occurrence_skipped_ahead_leaves_the_grid_and_the_list(sample_book):
    reminder_rules.run_rules(TODAY)
    start, end = reminders.month_range(2027, 12)  # next year's birthdays: the fast path
    series = (Reminder.select().where((Reminder.repeat == "yearly") & Reminder.year_day.is_null(False)
                                      & Reminder.next_on.is_null(False)
                                      & (Reminder.next_on >= dt.date(2026, 12, 1))
                                      & (Reminder.next_on <= dt.date(2026, 12, 28)))
              .order_by(Reminder.id).first())
    ahead = series.next_on.replace(year=2027)
    before = _grid(start, end)
    assert before[(ahead, series.kind)] >= 1
    reminder_actions.skip(series.id, TODAY, occurrence_on=ahead)
    after = _grid(start, end)
    assert after[(ahead, series.kind)] == before[(ahead, series.kind)] - 1
    assert sum(after.values()) == sum(before.values()) - 1
    assert after == _listed(start, end)
