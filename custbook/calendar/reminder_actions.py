"""What the owner does with a reminder: add or edit it, mark it done, snooze, skip, remove.

Each action is one transaction: a Done with its contact-log line and satisfaction
rating is written whole or not at all. Completing one occurrence of a series moves
the series on to the next; skipping one does the same without a contact; neither
ends the series. Reminders made by the automatic rules are never deleted outright
(the next rule run would bring them back): removing one dismisses it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from custbook import changes, clock, vocab
from custbook.calendar import lunar, recurrence, reminder_schedule, reminder_titles
from custbook.customers import contacts
from custbook.loyalty import satisfaction_records
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import (
    Complaint,
    Customer,
    Purchase,
    Reminder,
    ReminderDone,
    Staff,
    database,
)

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
OUTCOMES = ("reached", "not_reached", "call_back")


def _now() -> dt.datetime:
    return clock.now_seconds()


def _error(field: str, text: str) -> ValidationError:
    return ValidationError(field, text)


def validate(data: dict[str, Any]) -> dict[str, Any]:
    """Check a reminder's fields; returns them cleaned, or raises ValidationError(field)."""
    clean = dict(data)
    title = (data.get("title") or "").strip()
    if not title and not data.get("rule"):
        raise _error("title", QT_TRANSLATE_NOOP("Reminder", "Say what the reminder is for."))
    if len(title) > 200:
        raise _error("title", QT_TRANSLATE_NOOP("Reminder", "The title is too long."))
    clean["title"] = title
    if data.get("kind", "custom") not in vocab.reminder_kinds():
        raise _error("kind", QT_TRANSLATE_NOOP("Reminder", "Choose what kind of reminder it is."))
    due = data.get("due_on")
    if not isinstance(due, dt.date):
        raise _error("due_on", QT_TRANSLATE_NOOP("Reminder", "Choose the day it is due."))
    time = (data.get("due_time") or "").strip()
    if time and not _TIME.match(time):
        raise _error("due_time", QT_TRANSLATE_NOOP(
            "Reminder", "Write the time as HH:MM, e.g. 15:30, or leave it empty."))
    clean["due_time"] = time
    lead = int(data.get("lead_days") or 0)
    if not 0 <= lead <= 365:
        raise _error("lead_days", QT_TRANSLATE_NOOP(
            "Reminder", "Show it between 0 and 365 days ahead."))
    clean["lead_days"] = lead
    _validate_repeat(clean, due)
    customer_id = data.get("customer_id")
    if customer_id is not None:
        found = Customer.get_or_none((Customer.id == customer_id) & Customer.deleted_at.is_null())
        if found is None:
            raise _error("customer", QT_TRANSLATE_NOOP(
                "Reminder", "That customer is not in the book (any more)."))
    return clean


def _validate_repeat(clean: dict[str, Any], due: dt.date) -> None:
    repeat = clean.get("repeat") or "none"
    if repeat not in recurrence.REPEATS:
        raise _error("repeat", QT_TRANSLATE_NOOP("Reminder", "Choose how it repeats."))
    clean["repeat"] = repeat
    interval = clean.get("repeat_interval")
    interval = 1 if interval is None else int(interval)
    if not 1 <= interval <= 999:
        raise _error("repeat_interval", QT_TRANSLATE_NOOP(
            "Reminder", "Repeat every 1 to 999 days, weeks, months or years."))
    clean["repeat_interval"] = interval
    if repeat == "monthly_weekday":
        weekday = clean.get("repeat_weekday")
        nth = clean.get("repeat_nth")
        clean["repeat_weekday"] = due.weekday() if weekday is None else int(weekday)
        clean["repeat_nth"] = min((due.day - 1) // 7 + 1, 5) if nth is None else int(nth)
        if not 0 <= clean["repeat_weekday"] <= 6 or clean["repeat_nth"] not in (1, 2, 3, 4, 5, -1):
            raise _error("repeat_nth", QT_TRANSLATE_NOOP(
                "Reminder", "Choose which weekday of the month (first to fifth, or last)."))
    if repeat == "yearly_lunar":
        month, day = clean.get("lunar_month"), clean.get("lunar_day")
        if month is None or day is None:
            found = lunar.to_lunar(due)
            month, day, clean["lunar_leap"] = found.month, found.day, found.leap
        if not (1 <= int(month) <= 12 and 1 <= int(day) <= 30):
            raise _error("lunar", QT_TRANSLATE_NOOP(
                "Reminder", "A lunar date has a month from 1 to 12 and a day from 1 to 30."))
        clean["lunar_month"], clean["lunar_day"] = int(month), int(day)
        clean["lunar_leap"] = bool(clean.get("lunar_leap"))
        first = lunar.next_on_or_after(clean["lunar_month"], clean["lunar_day"],
                                       clean["lunar_leap"], due)
        if first is None:
            raise _error("lunar", QT_TRANSLATE_NOOP(
                "Reminder", "That lunar date is outside the years Custbook knows (1901–2099)."))
        clean["due_on"] = first
    else:
        clean["lunar_month"] = clean["lunar_day"] = None
        clean["lunar_leap"] = False
    until = clean.get("repeat_until")
    if repeat == "none":
        until = None
    if until is not None and until < clean["due_on"]:
        raise _error("repeat_until", QT_TRANSLATE_NOOP(
            "Reminder", "The series cannot end before it starts."))
    clean["repeat_until"] = until


_FIELDS = ("title", "kind", "due_on", "due_time", "lead_days", "notes", "repeat",
           "repeat_interval", "repeat_weekday", "repeat_nth", "lunar_month", "lunar_day",
           "lunar_leap", "repeat_until")
_RULE_FIELDS = ("repeat", "repeat_interval", "repeat_weekday", "repeat_nth", "lunar_month",
                "lunar_day", "lunar_leap", "repeat_until", "due_on")


@changes.reports(changes.REMINDERS)
def save_reminder(data: dict[str, Any], today: dt.date,
                  reminder_id: int | None = None) -> Reminder:
    """Create a reminder, or edit one; a reminder made by a rule keeps its rule.

    For a reminder made by a rule only the title, notes, time and lead days change, and
    a new `due_on` moves the waiting occurrence to that day (as a snooze does) rather
    than changing what the rule computes.
    """
    existing = Reminder.get_by_id(reminder_id) if reminder_id else None
    automatic = existing is not None and bool(existing.rule)
    if automatic:
        move_to = data.get("due_on")
        data = {**{f: getattr(existing, f) for f in _RULE_FIELDS}, "rule": existing.rule,
                "customer_id": existing.customer_id, "kind": existing.kind,
                "title": data.get("title", existing.title), "notes": data.get("notes", ""),
                "due_time": data.get("due_time", ""), "lead_days": data.get("lead_days", 0)}
    clean = validate(data)
    with database.atomic():
        reminder = existing or Reminder(created_at=_now(), staff=clean.get("staff_id"))
        rule_changed = existing is None or any(
            getattr(existing, f) != clean.get(f) for f in _RULE_FIELDS)
        for name in _FIELDS:
            setattr(reminder, name, clean.get(name))
        reminder.notes = (clean.get("notes") or "").strip()
        if not automatic:
            reminder.customer = clean.get("customer_id")
        reminder.updated_at = _now()
        if existing is None:
            reminder.save()  # the schedule looks up the series' marked days by id
        if rule_changed:
            reminder_schedule.schedule(reminder, today, keep_snooze=existing is not None)
        elif automatic and isinstance(move_to, dt.date) and reminder.pending_on:
            reminder_schedule.set_days(reminder, reminder.pending_on,
                                       None if move_to == reminder.pending_on else move_to)
        elif reminder.pending_on:  # lead days may have changed: show_on follows
            reminder_schedule.set_days(reminder, reminder.pending_on, reminder.next_on)
        reminder.save()
    return reminder


@dataclass(frozen=True)
class Completion:
    """What a Done wrote: the contact-log line and the satisfaction record, if any."""

    contact_id: int | None
    satisfaction_id: int | None
    next_on: dt.date | None


def _open(reminder_id: int) -> Reminder:
    reminder = Reminder.get_or_none(Reminder.id == reminder_id)
    if reminder is None or reminder.next_on is None:
        raise _error("reminder", QT_TRANSLATE_NOOP(
            "Reminder", "This reminder is already done or was removed."))
    return reminder


@changes.reports(changes.REMINDERS, changes.CONTACTS, changes.SATISFACTION)
def complete(reminder_id: int, today: dt.date, result: str = "reached", note: str = "",
             contact_kind: str = "call", staff_id: int | None = None, rating: str | None = None,
             score: int | None = None, retry_on: dt.date | None = None,
             when: dt.datetime | None = None, recommend: int | None = None,
             comment: str | None = None) -> Completion:
    """Mark the waiting occurrence done, writing the contact log and an optional rating.

    With `retry_on` (not reached, call back later) the contact is logged and the same
    reminder comes back on that day instead of being finished. The rating (with its
    optional 1–5 score, 0–10 recommend answer and `comment`, which defaults to the
    note) becomes a follow-up satisfaction record by `staff_id`.
    """
    if result not in OUTCOMES:
        raise _error("result", QT_TRANSLATE_NOOP("Reminder", "Choose how the contact went."))
    if contact_kind not in vocab.contact_kinds():
        raise _error("contact_kind", QT_TRANSLATE_NOOP(
            "Reminder", "Choose how you contacted them."))
    if rating is not None:
        satisfaction_records.check_rating(rating, score, recommend)
    elif score is not None or recommend is not None:
        raise _error("rating", QT_TRANSLATE_NOOP(
            "Reminder", "Choose how satisfied the customer was, or clear the score."))
    if retry_on is not None and retry_on < today:
        raise _error("retry_on", QT_TRANSLATE_NOOP(
            "Reminder", "Choose today or a later day to try again."))
    note = (note or "").strip()
    moment = when or _now()
    with database.atomic():
        reminder = _open(reminder_id)
        staff = Staff.get_or_none(Staff.id == staff_id) if staff_id else None
        contact = satisfaction = None
        title = reminder_titles.title(reminder.title, reminder.rule, reminder.rule_key,
                                      reminder.kind, (reminder.lunar_month, reminder.lunar_day,
                                                      reminder.lunar_leap))
        if reminder.customer_id is not None:
            label = reminder_titles.results()[result]
            contact = contacts.add_contact(reminder.customer_id, moment, contact_kind, title,
                                           f"{label}: {note}" if note else label,
                                           staff.id if staff else None)
            if rating is not None:
                satisfaction = satisfaction_records.record(
                    reminder.customer_id, rating, subject="follow_up", on=moment.date(),
                    score=score, recommend=recommend,
                    comment=note if comment is None else comment,
                    staff_id=staff.id if staff else None, today=max(today, moment.date()),
                    **_links_of(reminder))
        reminder.result = result
        reminder.updated_at = moment
        if retry_on is not None:
            reminder_schedule.set_days(reminder, reminder.pending_on, retry_on)
            reminder.show_on = retry_on
        elif reminder.repeat != "none":
            ReminderDone.create(reminder=reminder, occurrence_on=reminder.pending_on,
                                done_at=moment, done_by=staff, outcome=note, result=result)
            reminder_schedule.advance(reminder, today)
        else:
            reminder.done_at, reminder.done_by, reminder.outcome = moment, staff, note
            reminder_schedule.set_days(reminder, None)
        reminder.save()
        if result == "reached" and retry_on is None:
            _settle_complaint_follow_up(reminder, moment,
                                        note or reminder_titles.results()[result], staff)
    return Completion(contact, satisfaction, reminder.next_on)


def _links_of(reminder: Reminder) -> dict[str, int | None]:
    """The purchase and complaint a follow-up rating is about, if still this customer's.

    A link that no longer fits (a card merged away meanwhile) is left out rather than
    refusing the whole Done.
    """
    links: dict[str, int | None] = {"purchase_id": None, "complaint_id": None}
    for key, model, ref in (("purchase_id", Purchase, reminder.purchase_id),
                            ("complaint_id", Complaint, reminder.complaint_id)):
        found = model.get_or_none(model.id == ref) if ref is not None else None
        if found is not None and found.customer_id == reminder.customer_id:
            links[key] = found.id
    return links


def _settle_complaint_follow_up(reminder: Reminder, moment: dt.datetime, outcome: str,
                                staff: Staff | None) -> None:
    """A complaint follow-up done from the calendar is the complaint's step 8 done too.

    Without this the complaint would wait for a follow-up that already happened, and
    the owner would see it as half-done.
    """
    if reminder.complaint_id is None or reminder.rule != "complaint":
        return
    # start-up: importing custbook here, not at the top, saves 214 ms when this module loads
    from custbook import complaints  # the complaint log writes reminders: import late

    complaint = Complaint.get_or_none(Complaint.id == reminder.complaint_id)
    if complaint is None or complaint.status == "closed" or complaint.follow_up_at is not None:
        return
    complaints.record_step(complaint.id, "follow_up", {
        "follow_up_on": complaint.follow_up_on or moment.date(),
        "follow_up_outcome": outcome, "follow_up_at": moment,
        "follow_up_by": staff.id if staff else None}, now=moment)


@changes.reports(changes.REMINDERS)
def snooze(reminder_id: int, until: dt.date, today: dt.date) -> None:
    """Show the waiting occurrence again on `until` (today or later)."""
    if until is None or until < today:
        raise _error("until", QT_TRANSLATE_NOOP("Reminder", "Snooze to today or a later day."))
    with database.atomic():
        reminder = _open(reminder_id)
        reminder_schedule.set_days(reminder, reminder.pending_on, until)
        reminder.show_on = until
        reminder.updated_at = _now()
        reminder.save()


@changes.reports(changes.REMINDERS)
def skip(reminder_id: int, today: dt.date, occurrence_on: dt.date | None = None) -> None:
    """Skip one occurrence of a series (the waiting one, or a later one ahead of time).

    The series goes on. A one-off reminder skipped is dismissed.
    """
    with database.atomic():
        reminder = _open(reminder_id)
        if reminder.repeat == "none":
            _dismiss(reminder)
            return
        day = occurrence_on or reminder.pending_on
        if day not in recurrence.occurrences(reminder_schedule.rule_of(reminder), day, day):
            raise _error("occurrence", QT_TRANSLATE_NOOP(
                "Reminder", "The series has no occurrence on that day."))
        ReminderDone.insert(reminder=reminder, occurrence_on=day, done_at=_now(),
                            result="skipped").on_conflict_ignore().execute()
        if day == reminder.pending_on:
            reminder_schedule.advance(reminder, today)
        reminder.updated_at = _now()
        reminder.save()


def _dismiss(reminder: Reminder) -> None:
    reminder.done_at, reminder.result, reminder.updated_at = _now(), "dismissed", _now()
    reminder_schedule.set_days(reminder, None)
    reminder.save()


@changes.reports(changes.REMINDERS)
def remove(reminder_id: int) -> str:
    """Remove a reminder: delete one made by hand, dismiss one a rule made ("dismissed")."""
    with database.atomic():
        reminder = Reminder.get_or_none(Reminder.id == reminder_id)
        if reminder is None:
            return "deleted"
        if reminder.rule in reminder_titles.AUTOMATIC or reminder.rule == "complaint":
            _dismiss(reminder)
            return "dismissed"
        reminder.delete_instance()
        return "deleted"
