"""The calendar's month grid and agenda read indexes, not every reminder (issue 20): the
open reminders of the grid are counted from next_on's index alone (customer_id is in it,
so the trash is left out without reading a row), and the few series the grid's fast
path does not answer are found through the series index, not by walking every open
reminder. Checked by SQLite's query plans (never by timing)."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook.calendar import calendar_days, reminders
from custbook.calendar.reminders import not_trashed
from custbook.models import Reminder, database

TODAY = dt.date(2026, 11, 22)


def _plan(query) -> str:
    sql, params = query.sql()
    return "\n".join(r[3] for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql,
                                                        params).fetchall())


def test_the_grid_counts_and_finds_series_through_indexes(book):
    if not calendar_days.is_sqlite():
        pytest.skip("SQLite's plans")
    start, end = reminders.month_range(2026, 12)
    counting = (Reminder.select(Reminder.next_on, Reminder.kind)
                .where((Reminder.next_on >= start) & (Reminder.next_on <= end) & not_trashed()))
    assert "COVERING INDEX reminder_next_on_kind_customer_id_due_time" in _plan(counting)
    window = calendar_days._window(start, end)
    series = Reminder.select(Reminder.id).where(calendar_days._slow(start, end, window))
    plan = _plan(series)
    assert "reminder_repeat_year_day_pending_on" in plan and "SCAN reminder" not in plan
    assert "reminder_rule_pending_on" not in plan
    # and the grid itself answers (an empty book: nothing on any day)
    assert calendar_days.day_counts(start, end, TODAY) == {}


def test_todays_first_ones_are_picked_from_the_index_alone(book):
    if not calendar_days.is_sqlite():
        pytest.skip("SQLite's plans")
    plan = _plan(reminders.todays_first(TODAY, 300))
    # kind, customer_id and due_time all in the index (step 13): no reminder row is read
    assert "COVERING INDEX reminder_next_on_kind_customer_id_due_time (next_on=?)" in plan, plan
