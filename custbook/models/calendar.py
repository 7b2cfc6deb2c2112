"""The contact-reminder calendar: reminders and their done occurrences."""
from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    SmallIntegerField,
    TextField,
)
from custbook.models.base import BaseModel, _now
from custbook.models.shop import Staff
from custbook.models.customers import Customer
from custbook.models.history import Purchase
from custbook.models.complaints import Complaint


class Reminder(BaseModel):
    """Something to do for a customer (or the shop) on a day, maybe repeating.

    Recurrence: `repeat` is none, days, weeks, months, monthly_weekday (the
    `repeat_nth` `repeat_weekday` of the month), yearly (solar `due_on` month/day)
    or yearly_lunar (`lunar_month`/`lunar_day`/`lunar_leap`). Reminders made by an
    automatic rule carry `rule` and a `rule_key` that is unique, so running the
    rules again never makes a second copy.
    """

    customer = ForeignKeyField(Customer, null=True, backref="reminders", on_delete="CASCADE")
    title = CharField(max_length=200)
    kind = CharField(max_length=20, default="custom")  # follow_up, birthday, anniversary, holiday, complaint, repurchase, visit, slipping, custom
    due_on = DateField(index=True)
    due_time = CharField(max_length=5, default="")  # "HH:MM" local, or "" for all day
    lead_days = SmallIntegerField(default=0)  # show it this many days ahead
    notes = TextField(default="")
    repeat = CharField(max_length=20, default="none")
    repeat_interval = SmallIntegerField(default=1)
    repeat_weekday = SmallIntegerField(null=True)  # 0 = Monday
    repeat_nth = SmallIntegerField(null=True)  # 1..4, or -1 for the last
    lunar_month = SmallIntegerField(null=True)
    lunar_day = SmallIntegerField(null=True)
    lunar_leap = BooleanField(default=False)
    rule = CharField(max_length=30, default="")  # which automatic rule made it, "" if by hand
    rule_key = CharField(max_length=120, null=True, unique=True)
    purchase = ForeignKeyField(Purchase, null=True, backref="reminders", on_delete="CASCADE")
    complaint = ForeignKeyField(Complaint, null=True, backref="reminders", on_delete="CASCADE")
    staff = ForeignKeyField(Staff, null=True, backref="reminders", on_delete="SET NULL")
    done_at = DateTimeField(null=True, index=True)  # for one-off reminders
    done_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    outcome = TextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # --- the schedule, kept by custbook.calendar.reminder_schedule so the agenda is one indexed
    # query at 100,000 customers: `pending_on` is the occurrence waiting to be done,
    # `next_on` the day it shows (a snooze moves it), `show_on` = next_on - lead_days;
    # all three are None once the reminder (or series) is finished.
    repeat_until = DateField(null=True)  # a series ends after this day
    feb29_on = CharField(max_length=8, default="")  # "" the book's setting, feb28, mar1, omit
    # MMDD (lunar MMDD if lunar) of a plain yearly series: every year, no end, not 29 Feb
    year_day = SmallIntegerField(null=True)
    pending_on = DateField(null=True)
    next_on = DateField(null=True)
    show_on = DateField(null=True, index=True)
    result = CharField(max_length=16, default="")  # reached, not_reached, call_back, dismissed…

    class Meta:
        # customer_id in next_on's index: the calendar's counts leave out the trash from the
        # index alone; pending_on in the yearly series' index: the month grid's fast path
        # skips those already past the window (schema step 10); due_time: today's agenda
        # picks its first ones in the shop's order from the index alone (step 13)
        indexes = ((("next_on", "kind", "customer", "due_time"), False),
                   (("rule", "pending_on"), False),
                   (("customer", "rule", "pending_on"), False),
                   (("repeat", "year_day", "pending_on"), False))


# The agenda's "shown lead days ahead" (show_on <= today < next_on): only the few reminders
# shown before their day, not every reminder of the past (schema step 6).
Reminder.add_index(Reminder.index(Reminder.show_on, name="reminder_show_on_early")
                   .where(Reminder.show_on < Reminder.next_on))


class ReminderDone(BaseModel):
    """One occurrence of a repeating reminder marked done (the series goes on)."""

    reminder = ForeignKeyField(Reminder, backref="done_occurrences", on_delete="CASCADE")
    occurrence_on = DateField(index=True)  # the month grid's done occurrences (step 13)
    done_at = DateTimeField(default=_now, index=True)
    done_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    outcome = TextField(default="")
    result = CharField(max_length=16, default="")  # reached, not_reached, call_back, skipped

    class Meta:
        indexes = ((("reminder", "occurrence_on"), True),)
