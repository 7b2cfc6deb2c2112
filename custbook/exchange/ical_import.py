"""Importing birthdays, anniversaries and other days from an .ics file as reminders.

`read_calendar` reads the file and plans the import (nothing written): each event
becomes a planned reminder, or is left out with its reason; the window shows that
plan before anything is written. `import_calendar` then writes the plan in one
transaction. Each imported reminder remembers its event's UID (`rule_key` "ics:…"),
so importing the same file again updates what it made instead of doubling it. An
event named like "Ted's birthday" or "张三生日" is linked to the customer of that
name when exactly one has it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from custbook.calendar import lunar, reminder_schedule
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.exchange.ical_export import LUNAR_PROPERTY
from custbook.exchange.ical_read import (
    CalendarFile,
    IcalError,
    LeftOut,
    Planned,
    Refuse,
    count_until,
    dates_of,
    kind_of,
    local_day,
    map_rule,
    name_in,
    parse,
)
from custbook.models import Customer, Reminder, ReminderDone, database
from custbook import changes, clock

__all__ = ["CalendarFile", "IcalError", "ImportResult", "import_calendar", "read_calendar"]
_OURS = re.compile(r"^custbook-(\d+)-(\d{14})(?:-\d{4})?@custbook$")
_LUNAR_YEAR = re.compile(r"-\d{4}@")
MAX_FILE_BYTES = 20 * 1024 * 1024


def read_calendar(source: str | Path | bytes, today: dt.date) -> CalendarFile:
    """Read an .ics file (a path or its bytes) and plan its import; raises IcalError."""
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise IcalError(QT_TRANSLATE_NOOP(
                    "Ical", "{name} is too big for a calendar of birthdays ({mb} MB).").format(
                        name=path.name, mb=path.stat().st_size // 1_000_000))
            data = path.read_bytes()
        except OSError as exc:
            raise IcalError(QT_TRANSLATE_NOOP("Ical", "{name} cannot be read: {reason}").format(
                name=path.name, reason=exc.strerror or exc)) from None
    calendar, warnings = parse(data)
    found = CalendarFile(warnings=warnings)
    groups: dict[str, dict] = {}
    for number, event in enumerate(calendar.walk("VEVENT")):
        uid = str(event.get("UID") or f"no-uid-{number}")
        if event.get(LUNAR_PROPERTY) is not None:  # one event per year of a Custbook lunar series
            uid = _LUNAR_YEAR.sub("@", uid)
        group = groups.setdefault(uid, {"master": None, "overrides": []})
        if event.get("RECURRENCE-ID") is not None:
            group["overrides"].append(event)
        elif group["master"] is None:
            group["master"] = event
    if not groups:
        raise IcalError(QT_TRANSLATE_NOOP(
            "Ical", "The calendar holds no events (birthdays, anniversaries or other days)."))
    for uid, group in groups.items():
        event = group["master"] or group["overrides"][0]
        title = str(event.get("SUMMARY") or "").strip() or QT_TRANSLATE_NOOP("Ical", "Untitled")
        if _exported_from_this_book(uid):
            found.left_out.append(LeftOut(title, QT_TRANSLATE_NOOP(
                "Ical", "It is already in this book (Custbook exported it from here).")))
            continue
        try:
            found.planned.append(_plan(uid, title, group, today))
        except Refuse as refusal:
            found.left_out.append(LeftOut(title, str(refusal)))
        except (ValueError, TypeError, OverflowError):  # icalendar's BrokenCalendarProperty, …
            found.left_out.append(LeftOut(title, QT_TRANSLATE_NOOP(
                "Ical", "It holds a day or a repeat rule that cannot be read.")))
    _merge_duplicates(found)
    return found


def _plan(uid: str, title: str, group: dict, today: dt.date) -> Planned:
    master, overrides = group["master"], group["overrides"]
    event = master or overrides[0]
    start_value = event.get("DTSTART")
    if start_value is None:
        raise Refuse(QT_TRANSLATE_NOOP("Ical", "It has no start day."))
    if isinstance(start_value, str):  # icalendar keeps what it could not read as text
        raise Refuse(QT_TRANSLATE_NOOP("Ical", "Its start day “{text}” is not a date.").format(
            text=str(start_value)[:40]))
    start, time = local_day(start_value.dt)
    notes = str(event.get("DESCRIPTION") or "").strip()[:2000]
    if event.get(LUNAR_PROPERTY) is not None:
        return _custbook_lunar(uid, title, event, notes, today)
    categories = _categories(event)
    skipped = set(dates_of(event.get("EXDATE")))
    base = Planned(uid, title[:200], "custom", start, time, notes, name_hint=name_in(title))
    if master is None:  # only changed copies of occurrences (Google writes these)
        days = {local_day(o.get("RECURRENCE-ID").dt)[0] for o in overrides}
        return _from_days(base, days, skipped, categories, today)
    rule = master.get("RRULE")
    extra = set(dates_of(master.get("RDATE")))
    if rule is None:
        return _from_days(base, {start} | extra, skipped, categories, today)
    if isinstance(rule, list):
        raise Refuse(QT_TRANSLATE_NOOP(
            "Ical", "It has several repeat rules, which Custbook cannot keep as one."))
    if isinstance(rule, str):  # unreadable: its letters are not the rule's parts
        raise Refuse(QT_TRANSLATE_NOOP(
            "Ical", "Its repeat rule “{rule}” cannot be read.").format(rule=str(rule)[:60]))
    fields = map_rule(rule, start)
    until = rule.get("UNTIL")
    until = local_day(until[0])[0] if until else None
    if rule.get("COUNT"):
        count = int(rule["COUNT"][0])
        last = count_until(rule.to_ical(), start, count)
        if count == 1 or last == start:
            return _from_days(base, {start} | extra, skipped, categories, today)
        until = min(until, last) if until and last else (last or until)
    if until is not None and until < today:
        raise Refuse(QT_TRANSLATE_NOOP("Ical", "Its last day, {day}, is already past.")
                      .format(day=until.isoformat()))
    yearly = fields["repeat"] in ("yearly", "yearly_lunar")
    planned = replace(base, kind=kind_of(title, categories, yearly), repeat=fields["repeat"],
                      interval=fields.get("interval", 1), weekday=fields.get("weekday"),
                      nth=fields.get("nth"), lunar=fields.get("lunar"), until=until,
                      feb29_on=fields.get("feb29_on", ""),
                      due_on=fields.get("anchor", start),
                      skipped=tuple(sorted(d for d in skipped if d >= today)))
    if planned.lunar is not None:
        month, day, leap = planned.lunar
        first = lunar.next_on_or_after(month, day, leap, max(today, start))
        if first is None:
            raise Refuse(QT_TRANSLATE_NOOP(
                "Ical", "Its lunar date is outside the years Custbook knows (1901–2099)."))
        planned = replace(planned, due_on=first)
    return planned


def _custbook_lunar(uid: str, title: str, event, notes: str, today: dt.date) -> Planned:
    try:
        month, day, leap = (int(x) for x in str(event.get(LUNAR_PROPERTY)).split(","))
        first = lunar.next_on_or_after(month, day, bool(leap), today)
    except ValueError:
        first = None
    if first is None:
        raise Refuse(QT_TRANSLATE_NOOP("Ical", "Its lunar date is not understood."))
    kind = kind_of(title, _categories(event), True)
    return Planned(uid, title[:200], kind, first, local_day(event.get("DTSTART").dt)[1],
                   notes, repeat="yearly_lunar", lunar=(month, day, bool(leap)),
                   name_hint=name_in(title))


def _exported_from_this_book(uid: str) -> bool:
    match = _OURS.match(uid)
    if not match:
        return False
    reminder = Reminder.get_or_none(Reminder.id == int(match[1]))
    return reminder is not None and f"{reminder.created_at:%Y%m%d%H%M%S}" == match[2]


def _categories(event) -> str:
    value = event.get("CATEGORIES")
    if value is None:
        return ""
    values = value if isinstance(value, list) else [value]
    return " ".join(str(c) for v in values for c in getattr(v, "cats", [v]))


def _from_days(base: Planned, days: set[dt.date], skipped: set[dt.date], categories: str,
               today: dt.date) -> Planned:
    """An event given as a list of days: one day, or the same day in several years."""
    days = sorted(days - skipped)
    if not days:
        raise Refuse(QT_TRANSLATE_NOOP("Ical", "Every one of its days is excluded."))
    if len({(d.month, d.day) for d in days}) == 1 and len({d.year for d in days}) == len(days) > 1:
        return replace(base, kind=kind_of(base.title, categories, True), repeat="yearly",
                       due_on=days[0])
    if len(days) == 1:
        if days[0] < today:
            raise Refuse(QT_TRANSLATE_NOOP("Ical", "It was on {day}, already past.").format(
                day=days[0].isoformat()))
        return replace(base, kind=kind_of(base.title, categories, False), due_on=days[0])
    raise Refuse(QT_TRANSLATE_NOOP(
        "Ical", "It falls on {n} separate days with no pattern Custbook can repeat.").format(
            n=len(days)))


def _merge_duplicates(found: CalendarFile) -> None:
    """The same event written twice (Google: a rule and its copies) is imported once."""
    seen: dict[tuple, Planned] = {}
    kept = []
    for planned in found.planned:
        day = (planned.lunar if planned.repeat == "yearly_lunar" else
               (planned.due_on.month, planned.due_on.day) if planned.repeat == "yearly"
               else planned.due_on)
        key = (planned.title.casefold(), planned.repeat, day, planned.due_time)
        if key in seen:
            found.warnings.append(QT_TRANSLATE_NOOP(
                "Ical", "“{title}” is in the file more than once; it is imported once.").format(
                    title=planned.title))
            continue
        seen[key] = planned
        kept.append(planned)
    found.planned = kept


# --- writing -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportResult:
    """What an import wrote."""

    created: int
    updated: int
    unchanged: int
    linked: int


def rule_key(uid: str) -> str:
    """The reminder key of an imported event (long UIDs are hashed to fit)."""
    key = f"ics:{uid}"
    return key if len(key) <= 120 else "ics:" + hashlib.sha1(uid.encode()).hexdigest()


def customer_named(name: str) -> int | None:
    """The one customer (not in the trash) with exactly this name, else None."""
    if not name:
        return None
    ids = [c for (c,) in Customer.select(Customer.id).where(
        (Customer.name == name) & Customer.deleted_at.is_null()).limit(2).tuples()]
    return ids[0] if len(ids) == 1 else None


def _fields(planned: Planned, customer_id: int | None) -> dict:
    month, day, leap = planned.lunar or (None, None, False)
    return {"title": planned.title, "kind": planned.kind, "due_on": planned.due_on,
            "due_time": planned.due_time, "notes": planned.notes, "repeat": planned.repeat,
            "repeat_interval": planned.interval, "repeat_weekday": planned.weekday,
            "repeat_nth": planned.nth, "lunar_month": month, "lunar_day": day,
            "lunar_leap": leap, "repeat_until": planned.until, "feb29_on": planned.feb29_on,
            "customer": customer_id}


@changes.reports(changes.REMINDERS)
def import_calendar(found: CalendarFile, today: dt.date) -> ImportResult:
    """Write the planned reminders (one transaction); an event imported before is updated."""
    created = updated = unchanged = linked = 0
    now = clock.now_seconds()
    with database.atomic():
        for planned in found.planned:
            customer_id = customer_named(planned.name_hint)
            linked += customer_id is not None
            if customer_id is not None and planned.title.endswith(f" – {planned.name_hint}"):
                planned = replace(planned, title=planned.title[:-len(planned.name_hint) - 3])
            fields = _fields(planned, customer_id)
            reminder = Reminder.get_or_none(Reminder.rule_key == rule_key(planned.uid))
            if reminder is not None:
                if reminder.done_at is not None or all(
                        getattr(reminder, k) == v for k, v in fields.items() if k != "customer"):
                    unchanged += 1
                    continue
                updated += 1
            else:
                reminder = Reminder(rule="ical", rule_key=rule_key(planned.uid), created_at=now)
                created += 1
            for name, value in fields.items():
                setattr(reminder, name, value)
            reminder.updated_at = now
            reminder.save()
            for day in planned.skipped:
                ReminderDone.insert(reminder=reminder, occurrence_on=day, done_at=now,
                                    result="skipped").on_conflict_ignore().execute()
            reminder_schedule.schedule(reminder, today)
            reminder.save()
    return ImportResult(created, updated, unchanged, linked)
