"""Exporting open reminders to an .ics file a phone calendar accepts.

Each reminder becomes an all-day event (or one at its time, as floating local time,
so a phone shows 15:00 whatever its time zone), with the customer's name and phone in
the description and an alarm `lead_days` ahead. Series keep their rule (RFC 5545):
a monthly series on the 29th–31st uses BYSETPOS=-1 so short months get their last
day, as in Custbook; a 29 February series uses BYMONTHDAY=-1 (28 February) or
BYYEARDAY=60 (1 March) in other years; skipped occurrences are EXDATEs and a snoozed
one is moved with a RECURRENCE-ID copy. Phones do not know the Chinese calendar, so
a lunar series is written as one event per year for the next ten years.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from peewee import JOIN

from custbook import __version__, clock, settings, vocab
from custbook.calendar import lunar, recurrence, reminder_titles
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Customer, CustomerPhone, Reminder, ReminderDone
from custbook.calendar.reminder_schedule import feb29_setting
from custbook.calendar.reminders import not_trashed

LUNAR_YEARS = 10
LUNAR_PROPERTY = "X-CUSTBOOK-LUNAR"
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class ExportResult:
    """What was written: the file, how many reminders and how many calendar events."""

    path: Path
    reminders: int
    events: int


def uid_of(reminder: Reminder) -> str:
    """A stable UID: the same reminder exported twice updates the phone's event."""
    return f"custbook-{reminder.id}-{reminder.created_at:%Y%m%d%H%M%S}@custbook"


def _rrule(reminder: Reminder, feb29: str) -> dict | None:
    n = max(1, reminder.repeat_interval or 1)
    start = reminder.due_on
    rule: dict = {}
    if reminder.repeat == "days":
        rule = {"FREQ": "DAILY", "INTERVAL": n}
    elif reminder.repeat == "weeks":
        rule = {"FREQ": "WEEKLY", "INTERVAL": n}
    elif reminder.repeat == "months":
        rule = {"FREQ": "MONTHLY", "INTERVAL": n}
        if start.day > 28:  # land on the month's last day when the day does not exist
            rule.update(BYMONTHDAY=list(range(28, start.day + 1)), BYSETPOS=-1)
    elif reminder.repeat == "monthly_weekday":
        rule = {"FREQ": "MONTHLY", "INTERVAL": n,
                "BYDAY": f"{reminder.repeat_nth}{_WEEKDAYS[reminder.repeat_weekday]}"}
    elif reminder.repeat == "yearly":
        rule = {"FREQ": "YEARLY", "INTERVAL": n}
        if (start.month, start.day) == (2, 29):
            rule.update({"feb28": {"BYMONTH": 2, "BYMONTHDAY": -1},
                         "mar1": {"BYYEARDAY": 60}}.get(reminder.feb29_on or feb29, {}))
    else:
        return None
    if reminder.repeat_until:
        rule["UNTIL"] = reminder.repeat_until
    return rule


def _start(day: dt.date, time: str) -> dt.date | dt.datetime:
    if not time:
        return day
    hours, minutes = (int(x) for x in time.split(":"))
    return dt.datetime.combine(day, dt.time(hours, minutes))  # floating local time


def _event(reminder, title: str, description: str, day: dt.date, uid: str, stamp: dt.datetime):
    # start-up: importing icalendar here, not at the top, saves 77 ms when this module loads
    import icalendar

    event = icalendar.Event()
    event.add("UID", uid)
    event.add("DTSTAMP", stamp)
    event.add("SUMMARY", title)
    event.add("DTSTART", _start(day, reminder.due_time))
    if not reminder.due_time:
        event.add("DTEND", day + dt.timedelta(days=1))
    if description:
        event.add("DESCRIPTION", description)
    event.add("CATEGORIES", [vocab.reminder_kinds().get(reminder.kind, reminder.kind)])
    if reminder.lead_days:
        alarm = icalendar.Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("DESCRIPTION", title)
        alarm.add("TRIGGER", dt.timedelta(days=-reminder.lead_days))
        event.add_component(alarm)
    return event


def export_calendar(path: str | Path, today: dt.date, kinds: set[str] | None = None,
                    days_ahead: int | None = None) -> ExportResult:
    """Write the open reminders (of `kinds`; one-offs within `days_ahead`) to an .ics file."""
    # start-up: importing icalendar here, not at the top, saves 77 ms when this module loads
    import icalendar

    stamp = clock.utc_now().replace(microsecond=0)
    feb29 = feb29_setting()
    calendar = icalendar.Calendar()
    calendar.add("PRODID", f"-//Custbook//Custbook {__version__}//EN")
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("X-WR-CALNAME", QT_TRANSLATE_NOOP("Ical", "Custbook reminders"))
    query = (Reminder.select(Reminder, Customer.name.alias("customer_name"))
             .join(Customer, JOIN.LEFT_OUTER)
             .where(Reminder.next_on.is_null(False) & not_trashed())
             .order_by(Reminder.next_on, Reminder.id))
    if kinds:
        query = query.where(Reminder.kind.in_(sorted(kinds)))
    if days_ahead is not None:
        query = query.where((Reminder.repeat != "none")
                            | (Reminder.next_on <= today + dt.timedelta(days=days_ahead)))
    count = events = 0
    reminders = list(query.objects())
    shared = _Shared.read(reminders)
    for reminder in reminders:
        count += 1
        for event in _events_of(reminder, today, feb29, stamp, shared):
            calendar.add_component(event)
            events += 1
    path = Path(path)
    path.write_bytes(calendar.to_ical())
    return ExportResult(path, count, events)


@dataclass(frozen=True)
class _Shared:
    """What the events of many reminders read from other tables, read once for all of them
    (a few queries however many reminders there are, as the calendar's lists do)."""

    numbers: dict[int, str]                         # customer id -> primary phone
    family: reminder_titles.FamilyWords             # family reminders' names, by rule key
    shop_days: str                                  # which holidays the shop keeps
    skipped: dict[int, list[dt.date]]               # series id -> occurrences skipped

    @classmethod
    def read(cls, reminders: list) -> _Shared:
        return cls(_primary_numbers({r.customer_id for r in reminders if r.customer_id}),
                   reminder_titles.family_words(r.rule_key for r in reminders
                                                if r.rule in reminder_titles.FAMILY),
                   settings.get("rule_shop_days"),
                   _skipped([r.id for r in reminders if r.repeat not in ("none", "yearly_lunar")]))


def _skipped(series_ids: list[int]) -> dict[int, list[dt.date]]:
    found: dict[int, list[dt.date]] = {}
    for i in range(0, len(series_ids), 900):
        for reminder_id, day in (ReminderDone.select(ReminderDone.reminder,
                                                     ReminderDone.occurrence_on)
                                 .where(ReminderDone.reminder.in_(series_ids[i:i + 900])
                                        & (ReminderDone.result == "skipped"))
                                 .order_by(ReminderDone.occurrence_on).tuples()):
            found.setdefault(reminder_id, []).append(day)
    return found


def _primary_numbers(customer_ids: set[int]) -> dict[int, str]:
    ids, found = sorted(customer_ids), {}
    for i in range(0, len(ids), 900):
        found.update(CustomerPhone.select(CustomerPhone.customer, CustomerPhone.number)
                     .where(CustomerPhone.customer.in_(ids[i:i + 900]) & CustomerPhone.is_primary)
                     .tuples())
    return found


def _describe(reminder, shared: _Shared) -> tuple[str, str]:
    title = reminder_titles.title(reminder.title, reminder.rule, reminder.rule_key, reminder.kind,
                                  (reminder.lunar_month, reminder.lunar_day, reminder.lunar_leap),
                                  shop_days=shared.shop_days, family=shared.family)
    name = reminder.customer_name or ""
    summary = f"{title} – {name}" if name and name not in title else title
    lines = [name, shared.numbers.get(reminder.customer_id, "")]
    if reminder.repeat == "yearly_lunar" and reminder.lunar_month:
        lines.append(lunar.label(reminder.lunar_month, reminder.lunar_day, reminder.lunar_leap))
    elif reminder.repeat != "none":
        lines.append(recurrence.label(recurrence.rule_of(reminder)))
    lines.append(reminder.notes or "")
    return summary, "\n".join(line for line in lines if line)


def _events_of(reminder, today: dt.date, feb29: str, stamp: dt.datetime,
               shared: _Shared) -> list:
    summary, description = _describe(reminder, shared)
    uid = uid_of(reminder)
    if reminder.repeat == "none":
        return [_event(reminder, summary, description, reminder.next_on, uid, stamp)]
    if reminder.repeat == "yearly_lunar":
        days = [reminder.next_on]
        rule = recurrence.rule_of(reminder, feb29)
        later = recurrence.occurrences(rule, reminder.pending_on + dt.timedelta(days=1),
                                       today + dt.timedelta(days=366 * LUNAR_YEARS))
        days += later[:LUNAR_YEARS - 1]
        events = [_event(reminder, summary, description, day,
                         uid.replace("@", f"-{day:%Y}@"), stamp) for day in days]
        for event in events:  # lets a Custbook book read the series back as one lunar date
            event.add(LUNAR_PROPERTY, f"{reminder.lunar_month},{reminder.lunar_day},"
                                      f"{int(bool(reminder.lunar_leap))}")
        return events
    event = _event(reminder, summary, description, reminder.due_on, uid, stamp)
    event.add("RRULE", _rrule(reminder, feb29))
    for day in shared.skipped.get(reminder.id, ()):
        event.add("EXDATE", _start(day, reminder.due_time))
    found = [event]
    if reminder.next_on != reminder.pending_on:  # snoozed: the phone shows the new day
        moved = _event(reminder, summary, description, reminder.next_on, uid, stamp)
        moved.add("RECURRENCE-ID", _start(reminder.pending_on, reminder.due_time))
        found.append(moved)
    return found
