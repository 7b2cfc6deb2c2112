"""Reading .ics files written by other calendars into reminders Custbook can keep.

Parsing is `icalendar`'s; this module decides what each event means for the shop:
a one-off day, a series Custbook can repeat itself (every N days/weeks/months, the
n-th weekday, yearly on a solar date, yearly on a Chinese lunar date), or something
it cannot keep, which is refused with the reason, never a traceback.

What real files do, and what happens here:
- Google's birthdays calendar writes a birthday as a one-day rule plus RDATEs (some
  with a stray "Z" on a date) and RECURRENCE-ID copies under another UID: all dates
  on the same month/day in different years become one yearly reminder;
- KOrganizer writes BYMONTH/BYMONTHDAY equal to the start: a plain yearly series;
- Apple iCal may stop before END:VCALENDAR: the complete events are read, a half
  event at the end is dropped, and the plan says so; EXDATE skips one occurrence;
  DURATION/DTEND say how long an event lasts, which a reminder does not need;
- RFC 7529: RSCALE=CHINESE yearly becomes a lunar series, SKIP=FORWARD on 29 February
  falls on 1 March; other calendar scales (Hebrew, Ethiopic) are refused.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import islice

from custbook.calendar import lunar
from custbook.errors import CustbookError
from custbook.i18n import QT_TRANSLATE_NOOP

_DATE_TEXT = re.compile(r"(\d{8})(?:T(\d{6}))?Z?")
_BIRTHDAY = re.compile(r"birthday|bday|生日|生辰", re.IGNORECASE)
_ANNIVERSARY = re.compile(r"anniversary|纪念|周年", re.IGNORECASE)
_HOLIDAY = re.compile(r"festival|new year|holiday|节", re.IGNORECASE)
_NAME_PATTERNS = (re.compile(r"^(.+?)['’]s (birthday|anniversary)$", re.IGNORECASE),
                  re.compile(r"^(birthday|anniversary)\s*[:：-]\s*(?P<n>.+)$", re.IGNORECASE),
                  re.compile(r"^(?P<n>.+?)\s*的?(生日|生辰|纪念日)$"),
                  re.compile(r"^.+ – (?P<n>[^–]+)$"))  # our export: "Birthday greeting – 张三"
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class IcalError(CustbookError):
    """The file cannot be read as a calendar; the message says why."""


@dataclass(frozen=True)
class Planned:
    """One reminder the import would make, with the words the preview shows."""

    uid: str
    title: str
    kind: str
    due_on: dt.date
    due_time: str = ""
    notes: str = ""
    repeat: str = "none"
    interval: int = 1
    weekday: int | None = None
    nth: int | None = None
    lunar: tuple[int, int, bool] | None = None
    until: dt.date | None = None
    feb29_on: str = ""
    skipped: tuple[dt.date, ...] = ()
    name_hint: str = ""


@dataclass(frozen=True)
class LeftOut:
    """An event the import leaves out, and why."""

    title: str
    reason: str


@dataclass
class CalendarFile:
    """What a .ics file holds, read: the reminders, what is left out, and warnings."""

    planned: list[Planned] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _repair(text: str, warnings: list[str]) -> str:
    """Close a calendar that stops early, dropping a half-written event at the end."""
    if re.search(r"^END:VCALENDAR\s*$", text, re.IGNORECASE | re.MULTILINE):
        return text
    lines = text.rstrip("\r\n").splitlines()
    last_end = max((i for i, line in enumerate(lines)
                    if re.match(r"END:V(EVENT|TODO|JOURNAL|TIMEZONE)\s*$", line, re.IGNORECASE)),
                   default=-1)
    tail = lines[last_end + 1:]
    if any(re.match(r"BEGIN:V(EVENT|TODO|JOURNAL)", line, re.IGNORECASE) for line in tail):
        warnings.append(QT_TRANSLATE_NOOP(
            "Ical", "The file stops in the middle of its last event, which was left out."))
    else:
        warnings.append(QT_TRANSLATE_NOOP(
            "Ical", "The file stops early (no END:VCALENDAR); every complete event was read."))
    return "\r\n".join(lines[:last_end + 1] + ["END:VCALENDAR", ""])


def parse(data: bytes):
    """The icalendar Calendar of a file's bytes (repaired if cut short), and warnings."""
    # start-up: importing icalendar here, not at the top, saves 83 ms when this module loads
    import icalendar

    text = _text(data)
    if not re.search(r"^BEGIN:VCALENDAR\s*$", text.lstrip("\ufeff"), re.IGNORECASE | re.MULTILINE):
        raise IcalError(QT_TRANSLATE_NOOP(
            "Ical", "This is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR."))
    warnings: list[str] = []
    text = _repair(text, warnings)
    try:  # several calendars pasted into one file are read as one
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except ValueError:  # icalendar's own words (its parser's internals) mean nothing here
        raise IcalError(QT_TRANSLATE_NOOP(
            "Ical", "The calendar is damaged and cannot be read (was the file copied "
                    "completely?).")) from None
    if not calendars:
        raise IcalError(QT_TRANSLATE_NOOP(
            "Ical", "This is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR."))
    calendar = calendars[0]
    for other in calendars[1:]:
        for component in other.subcomponents:
            calendar.add_component(component)
    return calendar, warnings


# --- values --------------------------------------------------------------------------

def local_day(value) -> tuple[dt.date, str]:
    """A DTSTART-like value as (day, "HH:MM" or "" for all day), in this PC's time."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        return value.date(), f"{value:%H:%M}"
    return value, ""


def dates_of(prop) -> list[dt.date]:
    """Every date in an RDATE/EXDATE property, however it was written (or broken)."""
    if prop is None:
        return []
    if isinstance(prop, list):
        return [d for p in prop for d in dates_of(p)]
    if type(prop).__name__ == "vBroken":  # kept raw by icalendar: read the digits ourselves
        raw = prop.to_ical().decode(errors="replace")
        return [d for d in (_date_text(m) for m in _DATE_TEXT.finditer(raw)) if d]
    if hasattr(prop, "dts"):
        return [local_day(d.dt)[0] for d in prop.dts if isinstance(d.dt, dt.date)]
    if hasattr(prop, "dt") and isinstance(prop.dt, dt.date):
        return [local_day(prop.dt)[0]]
    raw = prop.to_ical().decode() if hasattr(prop, "to_ical") else str(prop)
    return [d for d in (_date_text(m) for m in _DATE_TEXT.finditer(raw)) if d]


def _date_text(match: re.Match) -> dt.date | None:
    """The day of "20131210", "20131210Z" (a date with a stray Z, as Google writes) or
    "20131210T100000Z"."""
    try:
        return dt.datetime.strptime(match[1], "%Y%m%d").date()
    except ValueError:
        return None


def kind_of(title: str, categories: str, yearly: bool) -> str:
    """birthday, anniversary, holiday or custom, from the words of the event."""
    words = f"{title} {categories}"
    if _BIRTHDAY.search(words):
        return "birthday"
    if _ANNIVERSARY.search(words):
        return "anniversary"
    if yearly and _HOLIDAY.search(words):
        return "holiday"
    return "anniversary" if yearly else "custom"


def name_in(title: str) -> str:
    """The person's name in "Ted's Birthday", "Birthday: 张三", "李四生日" ("" if none)."""
    for pattern in _NAME_PATTERNS:
        match = pattern.match(title.strip())
        if match:
            return (match.groupdict().get("n") or match[1]).strip()
    return ""


# --- rules ---------------------------------------------------------------------------

class Refuse(Exception):
    """Raised inside the rule mapping with the reason an event is left out."""


def _single(rule: dict, part: str) -> object | None:
    values = rule.get(part)
    if not values:
        return None
    if len(values) > 1:
        raise Refuse(QT_TRANSLATE_NOOP(
            "Ical", "It repeats on several {part} values, which Custbook cannot keep as one "
                    "reminder.").format(part=part))
    return values[0]


def _word(value) -> str:
    """A rule word in capitals: icalendar gives some as enums (vSkip.FORWARD), some as text."""
    if value is None:
        return ""
    return str(getattr(value, "value", value)).upper()


def _weekday_part(value) -> tuple[int, int | None]:
    text = str(value).upper()
    match = re.fullmatch(r"([+-]?\d+)?(MO|TU|WE|TH|FR|SA|SU)", text)
    if not match:
        raise Refuse(QT_TRANSLATE_NOOP("Ical", "Its weekday rule {rule} is not understood.")
                      .format(rule=text))
    return WEEKDAYS.index(match[2]), int(match[1]) if match[1] else None


_KNOWN_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYMONTHDAY", "BYDAY",
                "BYSETPOS", "BYYEARDAY", "WKST", "RSCALE", "SKIP"}


def map_rule(rule: dict, start: dt.date) -> dict:
    """Reminder repeat fields for an RRULE, or Refuse with the reason."""
    unknown = sorted(set(rule) - _KNOWN_PARTS)
    if unknown:
        raise Refuse(QT_TRANSLATE_NOOP(
            "Ical", "It repeats by {parts}, which Custbook cannot keep.").format(
                parts=", ".join(unknown)))
    scale = _word(_single(rule, "RSCALE")) or "GREGORIAN"
    freq = _word(_single(rule, "FREQ"))
    interval = int(_single(rule, "INTERVAL") or 1)
    skip = _word(_single(rule, "SKIP"))
    if scale == "CHINESE":
        return map_lunar(rule, start, freq, interval)
    if scale != "GREGORIAN":
        raise Refuse(QT_TRANSLATE_NOOP(
            "Ical", "It follows the {scale} calendar; Custbook keeps solar and Chinese lunar "
                    "dates only.").format(scale=scale.title()))
    # BYMONTHDAY=28,29,30,31;BYSETPOS=-1: the month's last day when the day is missing.
    days = [int(d) for d in rule.get("BYMONTHDAY") or []]
    clamp = [int(p) for p in rule.get("BYSETPOS") or []] == [-1] and days and set(days) <= {
        28, 29, 30, 31}
    month = _single(rule, "BYMONTH")
    monthday = None if clamp else _single(rule, "BYMONTHDAY")
    byday, setpos = _single(rule, "BYDAY"), None if clamp else _single(rule, "BYSETPOS")
    fields: dict = {"interval": interval}
    if freq == "YEARLY":
        yearday = _single(rule, "BYYEARDAY")
        if byday is not None:
            raise Refuse(QT_TRANSLATE_NOOP(
                "Ical", "It falls on a weekday of a month each year (like Mother's Day); "
                        "add it by hand as a holiday or a reminder."))
        anchor = start
        if month is not None or monthday is not None:
            m = int(str(month)) if month is not None else start.month
            d = int(monthday) if monthday is not None else start.day
            if (m, d) == (2, -1) and (start.month, start.day) == (2, 29):
                return {**fields, "repeat": "yearly", "feb29_on": "feb28"}
            if d < 0 or not 1 <= m <= 12:
                raise Refuse(QT_TRANSLATE_NOOP("Ical", "Its yearly day is not understood."))
            anchor = _next_month_day(start, m, d)
        elif yearday is not None:
            if int(yearday) == 60 and (start.month, start.day) == (2, 29):
                return {**fields, "repeat": "yearly", "feb29_on": "mar1"}
            raise Refuse(QT_TRANSLATE_NOOP(
                "Ical", "It repeats on a day number of the year, which Custbook cannot keep."))
        feb29 = {"FORWARD": "mar1", "BACKWARD": "feb28", "OMIT": "omit"}.get(skip, "")
        return {**fields, "repeat": "yearly", "anchor": anchor, "feb29_on": feb29}
    if month is not None:
        raise Refuse(QT_TRANSLATE_NOOP(
            "Ical", "It repeats only in some months, which Custbook cannot keep."))
    if freq == "MONTHLY":
        if byday is not None:
            weekday, nth = _weekday_part(byday)
            nth = nth if nth is not None else (int(setpos) if setpos is not None else None)
            if nth not in (1, 2, 3, 4, 5, -1):
                raise Refuse(QT_TRANSLATE_NOOP(
                    "Ical", "It repeats on every such weekday of the month; Custbook keeps "
                            "one (e.g. the third Monday)."))
            return {**fields, "repeat": "monthly_weekday", "weekday": weekday, "nth": nth}
        if clamp and max(days) != start.day:
            raise Refuse(QT_TRANSLATE_NOOP(
                "Ical", "It repeats on another day of the month than it starts on."))
        if monthday is not None and int(monthday) != start.day:
            raise Refuse(QT_TRANSLATE_NOOP(
                "Ical", "It repeats on another day of the month than it starts on."))
        return {**fields, "repeat": "months"}
    if freq in ("WEEKLY", "DAILY"):
        if byday is not None and (freq == "DAILY" or _weekday_part(byday)[0] != start.weekday()):
            raise Refuse(QT_TRANSLATE_NOOP(
                "Ical", "It repeats on other weekdays than it starts on."))
        return {**fields, "repeat": "weeks" if freq == "WEEKLY" else "days"}
    raise Refuse(QT_TRANSLATE_NOOP("Ical", "It repeats every {freq}, which Custbook cannot "
                                            "keep.").format(freq=freq.lower() or "?"))


def map_lunar(rule: dict, start: dt.date, freq: str, interval: int) -> dict:
    """Reminder repeat fields for an RSCALE=CHINESE rule (yearly only), or Refuse."""
    if freq != "YEARLY":
        raise Refuse(QT_TRANSLATE_NOOP(
            "Ical", "It repeats monthly on the Chinese calendar; Custbook keeps lunar dates "
                    "yearly (birthdays, festivals)."))
    try:
        found = lunar.to_lunar(start)
    except ValueError:
        raise Refuse(QT_TRANSLATE_NOOP(
            "Ical", "Its start is outside the years of the lunar calendar (1901–2099)."
        )) from None
    month, leap, day = found.month, found.leap, found.day
    if rule.get("BYMONTH"):
        text = str(_single(rule, "BYMONTH")).upper()
        month, leap = int(text.rstrip("L")), text.endswith("L")
    if rule.get("BYMONTHDAY"):
        day = int(_single(rule, "BYMONTHDAY"))
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise Refuse(QT_TRANSLATE_NOOP("Ical", "Its lunar date is not understood."))
    return {"repeat": "yearly_lunar", "interval": interval, "lunar": (month, day, leap)}


def _next_month_day(start: dt.date, month: int, day: int) -> dt.date:
    for year in range(start.year, start.year + 9):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate >= start:
            return candidate
    raise Refuse(QT_TRANSLATE_NOOP("Ical", "Its yearly day does not exist."))


def count_until(rule_text: bytes, start: dt.date, count: int) -> dt.date | None:
    """The last day of a rule limited by COUNT (dateutil expands the RFC 5545 rule)."""
    # start-up: importing dateutil.rrule here, not at the top, saves 8 ms when this module loads
    from dateutil.rrule import rrulestr

    text = re.sub(rb"(RSCALE|SKIP)=[^;]*;?", b"", rule_text).decode().strip(";")
    moments = list(islice(rrulestr(text, dtstart=dt.datetime.combine(start, dt.time())), count))
    return moments[-1].date() if moments else None
