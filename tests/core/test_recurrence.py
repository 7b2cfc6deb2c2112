"""Repeating reminders: the rules, 29 February, and a series through done and skipped days."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook import settings
from custbook.calendar import reminder_actions, reminders
from custbook.errors import ValidationError
from custbook.models import ContactEntry, Reminder, ReminderDone
from custbook.calendar.recurrence import (
    Rule,
    first_on_or_after,
    label,
    last_on_or_before,
    next_after,
    occurrences,
)

D = dt.date
TODAY = D(2026, 11, 22)


def test_every_month_on_the_31st_takes_the_last_day_of_short_months_and_comes_back():
    rule = Rule("months", D(2026, 1, 31))
    assert occurrences(rule, D(2026, 1, 1), D(2026, 5, 31)) == [
        D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30), D(2026, 5, 31)]
    leap = Rule("months", D(2028, 1, 30), interval=1)
    assert occurrences(leap, D(2028, 2, 1), D(2028, 3, 31)) == [D(2028, 2, 29), D(2028, 3, 30)]


def test_every_n_days_and_weeks_count_from_the_first_day():
    assert occurrences(Rule("days", D(2026, 1, 1), interval=3), D(2026, 1, 5), D(2026, 1, 12)) \
        == [D(2026, 1, 7), D(2026, 1, 10)]
    fortnight = Rule("weeks", D(2026, 11, 2), interval=2)  # a Monday
    assert occurrences(fortnight, D(2026, 11, 1), D(2026, 12, 31)) == [
        D(2026, 11, 2), D(2026, 11, 16), D(2026, 11, 30), D(2026, 12, 14), D(2026, 12, 28)]
    assert label(fortnight) == "every 2 weeks on Monday"


def test_the_third_monday_and_the_last_friday_of_every_other_month():
    third_monday = Rule("monthly_weekday", D(2026, 1, 1), weekday=0, nth=3)
    assert occurrences(third_monday, D(2026, 1, 1), D(2026, 4, 30)) == [
        D(2026, 1, 19), D(2026, 2, 16), D(2026, 3, 16), D(2026, 4, 20)]
    assert label(third_monday) == "every month on the third Monday"
    last_friday = Rule("monthly_weekday", D(2026, 1, 1), weekday=4, nth=-1, interval=2)
    assert occurrences(last_friday, D(2026, 1, 1), D(2026, 6, 30)) == [
        D(2026, 1, 30), D(2026, 3, 27), D(2026, 5, 29)]


@pytest.mark.parametrize("feb29, non_leap_day", [("feb28", D(2027, 2, 28)),
                                                ("mar1", D(2027, 3, 1))])
def test_29_february_falls_on_28_february_or_1_march_in_other_years(feb29, non_leap_day):
    rule = Rule("yearly", D(2024, 2, 29), feb29=feb29)
    assert occurrences(rule, D(2026, 6, 1), D(2028, 12, 31)) == [non_leap_day, D(2028, 2, 29)]


def test_29_february_can_be_kept_in_leap_years_only():
    rule = Rule("yearly", D(2024, 2, 29), feb29="omit")
    assert first_on_or_after(rule, D(2024, 3, 1)) == D(2028, 2, 29)


def test_a_series_ends_on_its_last_day_and_the_next_years_come_back_every_n_years():
    rule = Rule("weeks", D(2026, 1, 1), until=D(2026, 1, 20))
    assert occurrences(rule, D(2025, 1, 1), D(2027, 1, 1)) == [
        D(2026, 1, 1), D(2026, 1, 8), D(2026, 1, 15)]
    assert next_after(rule, D(2026, 1, 15)) is None
    every_two = Rule("yearly", D(2020, 6, 1), interval=2)
    assert occurrences(every_two, D(2025, 1, 1), D(2029, 1, 1)) == [D(2026, 6, 1), D(2028, 6, 1)]
    assert last_on_or_before(every_two, D(2027, 12, 31)) == D(2026, 6, 1)


# --- series in the book ----------------------------------------------------------------

def _series(**fields) -> Reminder:
    data = {"title": "Call about the alterations", "kind": "follow_up", "due_on": TODAY,
            "repeat": "weeks", **fields}
    return reminder_actions.save_reminder(data, TODAY)


def _open(reminder_id: int) -> Reminder:
    return Reminder.get_by_id(reminder_id)


def test_a_29_february_reminder_follows_the_books_setting(book):
    birthday = _series(title="Leap-day birthday", kind="birthday", repeat="yearly",
                       due_on=D(2024, 2, 29))
    assert _open(birthday.id).next_on == D(2027, 2, 28)
    settings.set("feb29_yearly_on", "mar1")
    later = _series(title="Another leap-day birthday", kind="birthday", repeat="yearly",
                    due_on=D(2024, 2, 29))
    assert _open(later.id).next_on == D(2027, 3, 1)


def test_completing_one_occurrence_schedules_the_next_and_skipping_does_not_end_it(book):
    weekly = _series()
    assert _open(weekly.id).next_on == TODAY
    reminder_actions.complete(weekly.id, TODAY, "reached", "Happy with the hem")
    assert _open(weekly.id).next_on == TODAY + dt.timedelta(days=7)
    reminder_actions.skip(weekly.id, TODAY)
    assert _open(weekly.id).next_on == TODAY + dt.timedelta(days=14)
    assert _open(weekly.id).done_at is None  # the series goes on
    # Skipping a later occurrence ahead of time: the series passes over it.
    reminder_actions.skip(weekly.id, TODAY, occurrence_on=TODAY + dt.timedelta(days=21))
    reminder_actions.complete(weekly.id, TODAY, "reached")
    assert _open(weekly.id).next_on == TODAY + dt.timedelta(days=28)
    marks = {(r.occurrence_on, r.result) for r in ReminderDone.select()}
    assert marks == {(TODAY, "reached"), (TODAY + dt.timedelta(days=7), "skipped"),
                     (TODAY + dt.timedelta(days=14), "reached"),
                     (TODAY + dt.timedelta(days=21), "skipped")}


def test_the_calendar_shows_later_occurrences_but_not_the_skipped_one(book):
    from custbook.calendar import calendar_days

    weekly = _series()
    reminder_actions.skip(weekly.id, TODAY, occurrence_on=TODAY + dt.timedelta(days=14))
    days = [o.day for o in calendar_days.occurrences_between(TODAY, TODAY + dt.timedelta(days=27),
                                                              TODAY) if o.reminder_id == weekly.id]
    assert days == [TODAY, TODAY + dt.timedelta(days=7), TODAY + dt.timedelta(days=21)]


def test_a_series_with_an_end_is_finished_after_its_last_occurrence(book):
    short = _series(repeat="days", repeat_until=TODAY + dt.timedelta(days=1))
    reminder_actions.complete(short.id, TODAY, "reached")
    reminder_actions.complete(short.id, TODAY, "reached")
    finished = _open(short.id)
    assert finished.next_on is None and finished.done_at is not None
    with pytest.raises(ValidationError):
        reminder_actions.complete(short.id, TODAY, "reached")


def test_a_missed_occurrence_is_dropped_once_the_next_one_is_due(book):
    from custbook.calendar import reminder_schedule

    weekly = _series(due_on=TODAY - dt.timedelta(days=30))
    # A new series starts from today; make it wait on an old occurrence, as if missed.
    Reminder.update(pending_on=TODAY - dt.timedelta(days=16),
                    next_on=TODAY - dt.timedelta(days=16)).where(Reminder.id == weekly.id).execute()
    assert reminder_schedule.roll_missed(TODAY) == 1
    assert _open(weekly.id).next_on == TODAY - dt.timedelta(days=2)  # overdue once, not thrice


def test_a_greeting_more_than_a_week_late_moves_on_to_next_year(book):
    from custbook.calendar import reminder_schedule

    birthday = _series(kind="birthday", repeat="yearly", due_on=D(1990, 11, 10))
    assert _open(birthday.id).next_on == D(2027, 11, 10)
    Reminder.update(pending_on=D(2026, 11, 10), next_on=D(2026, 11, 10)).where(
        Reminder.id == birthday.id).execute()
    reminder_schedule.roll_missed(TODAY)
    assert _open(birthday.id).next_on == D(2027, 11, 10)


def test_snoozing_moves_the_day_without_changing_the_series(book):
    weekly = _series()
    reminder_actions.snooze(weekly.id, TODAY + dt.timedelta(days=2), TODAY)
    row = _open(weekly.id)
    assert (row.pending_on, row.next_on) == (TODAY, TODAY + dt.timedelta(days=2))
    item = reminders.occurrence(weekly.id, TODAY)
    assert item.snoozed and item.occurrence_on == TODAY
    reminder_actions.complete(weekly.id, TODAY, "reached")
    assert _open(weekly.id).next_on == TODAY + dt.timedelta(days=7)
    with pytest.raises(ValidationError) as caught:
        reminder_actions.snooze(weekly.id, TODAY - dt.timedelta(days=1), TODAY)
    assert caught.value.field == "until"


def test_not_reached_logs_the_call_and_brings_the_reminder_back_on_the_chosen_day(sample_book):
    from custbook.models import Customer

    customer = Customer.select().first()
    once = reminder_actions.save_reminder({"title": "Ask about the coat", "kind": "follow_up",
                                           "due_on": TODAY, "customer_id": customer.id}, TODAY)
    before = ContactEntry.select().where(ContactEntry.customer == customer).count()
    reminder_actions.complete(once.id, TODAY, "not_reached", "No answer",
                              retry_on=TODAY + dt.timedelta(days=1))
    row = _open(once.id)
    assert row.done_at is None and row.next_on == TODAY + dt.timedelta(days=1)
    assert ContactEntry.select().where(ContactEntry.customer == customer).count() == before + 1


@pytest.mark.parametrize("fields, field", [
    ({"title": "  "}, "title"),
    ({"due_on": None}, "due_on"),
    ({"due_time": "25:00"}, "due_time"),
    ({"repeat": "hourly"}, "repeat"),
    ({"repeat_interval": 0}, "repeat_interval"),
    ({"repeat": "yearly_lunar", "lunar_month": 13, "lunar_day": 1}, "lunar"),
    ({"repeat_until": TODAY - dt.timedelta(days=1)}, "repeat_until"),
    ({"lead_days": 400}, "lead_days"),
])
def test_a_wrong_reminder_is_refused_naming_the_field_and_nothing_is_written(book, fields, field):
    with pytest.raises(ValidationError) as caught:
        _series(**fields)
    assert caught.value.field == field
    assert Reminder.select().count() == 0


def test_a_lunar_birthday_reminder_is_kept_as_lunar_and_shown_on_the_solar_day(book):
    series = _series(title="Grandma's birthday", kind="birthday", repeat="yearly_lunar",
                     lunar_month=8, lunar_day=15, due_on=TODAY)
    row = _open(series.id)
    assert (row.lunar_month, row.lunar_day, row.lunar_leap) == (8, 15, False)
    assert row.next_on == D(2027, 9, 15)
    assert label(reminders_rule(row)) == "every year on lunar month 8, day 15"


def reminders_rule(row: Reminder) -> Rule:
    from custbook.calendar import reminder_schedule

    return reminder_schedule.rule_of(row)
