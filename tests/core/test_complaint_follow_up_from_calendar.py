"""A complaint follow-up done from the calendar completes the complaint's step 8 too."""
from __future__ import annotations

import datetime as dt

from custbook import complaints as C
from custbook.calendar import reminder_actions, reminder_schedule
from custbook.models import Complaint, Reminder
from tests.core.test_complaints import NOW, log, shop, walk_to_result  # noqa: F401 (fixture)


def test_done_in_the_calendar_resolves_the_complaint(shop):  # noqa: F811
    c = walk_to_result(shop, log(shop).id)
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 11, 22)}, now=NOW)
    assert Complaint.get_by_id(c.id).status == "awaiting_follow_up"
    follow_up_day = dt.date(2026, 11, 22)
    reminder_schedule.catch_up(follow_up_day, rule="complaint")
    reminder = Reminder.get((Reminder.complaint == c.id) & (Reminder.rule == "complaint"))
    reminder_actions.complete(reminder.id, follow_up_day, "reached", "她很满意，还会再来",
                              staff_id=shop["boss"],
                              when=dt.datetime(2026, 11, 22, 15, 5))
    done = Complaint.get_by_id(c.id)
    assert done.status == "resolved"
    assert done.follow_up_at == dt.datetime(2026, 11, 22, 15, 5)
    assert done.follow_up_outcome == "她很满意，还会再来"
    assert done.follow_up_by_id == shop["boss"]


def test_not_reached_leaves_the_follow_up_waiting(shop):  # noqa: F811
    c = walk_to_result(shop, log(shop).id)
    C.record_step(c.id, "follow_up", {"follow_up_on": dt.date(2026, 11, 22)}, now=NOW)
    reminder_schedule.catch_up(dt.date(2026, 11, 22), rule="complaint")
    reminder = Reminder.get((Reminder.complaint == c.id) & (Reminder.rule == "complaint"))
    reminder_actions.complete(reminder.id, dt.date(2026, 11, 22), "not_reached",
                              retry_on=dt.date(2026, 11, 23),
                              when=dt.datetime(2026, 11, 22, 15, 5))
    assert Complaint.get_by_id(c.id).status == "awaiting_follow_up"
