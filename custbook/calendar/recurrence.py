"""When a repeating reminder falls: every N days/weeks/months, the n-th weekday of the
month, yearly on a solar date, yearly on a lunar date.

Dates only, never moments: a reminder is for a day in the shop's own calendar, so
there is no time zone to get wrong. Month arithmetic uses `dateutil.relativedelta`,
which lands on the month's last day when the anchor day does not exist (31 January +
1 month = 28/29 February) and always counts from the anchor, so a series on the 31st
comes back to the 31st after a short month. The n-th weekday uses `dateutil.rrule`.

29 February: a yearly series anchored on 29 February falls on 28 February or on
1 March in other years (the book's setting `feb29_yearly_on`, or the reminder's own
`feb29_on`, e.g. from an imported RFC 7529 `SKIP=FORWARD`); `omit` keeps leap years only.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from dateutil.rrule import MONTHLY, rrule, weekday

from custbook.calendar import lunar
from custbook.i18n import QT_TRANSLATE_NOOP

REPEATS = ("none", "days", "weeks", "months", "monthly_weekday", "yearly", "yearly_lunar")
FEB29_CHOICES = ("feb28", "mar1", "omit")
_FAR = dt.date(2099, 12, 31)


@dataclass(frozen=True)
class Rule:
    """How a reminder repeats, starting on `start` (the first occurrence)."""

    repeat: str = "none"
    start: dt.date = dt.date(2000, 1, 1)
    interval: int = 1
    weekday: int | None = None  # 0 = Monday, for monthly_weekday
    nth: int | None = None  # 1..5, or -1 for the last, for monthly_weekday
    lunar_month: int | None = None
    lunar_day: int | None = None
    lunar_leap: bool = False
    until: dt.date | None = None
    feb29: str = "feb28"

    @property
    def repeats(self) -> bool:
        return self.repeat != "none"


def rule_of(reminder, feb29_setting: str = "feb28") -> Rule:
    """The Rule of a `Reminder` row (or any object with the same fields)."""
    return Rule(reminder.repeat or "none", reminder.due_on, max(1, reminder.repeat_interval or 1),
                reminder.repeat_weekday, reminder.repeat_nth, reminder.lunar_month,
                reminder.lunar_day, bool(reminder.lunar_leap), reminder.repeat_until,
                getattr(reminder, "feb29_on", "") or feb29_setting)


def yearly_date(anchor: dt.date, year: int, feb29: str) -> dt.date | None:
    """The day in `year` of a yearly series anchored on `anchor` (None: omitted that year)."""
    if anchor.month == 2 and anchor.day == 29 and not calendar.isleap(year):
        if feb29 == "omit":
            return None
        return dt.date(year, 3, 1) if feb29 == "mar1" else dt.date(year, 2, 28)
    return dt.date(year, anchor.month, anchor.day)


def occurrences(rule: Rule, start: dt.date, end: dt.date) -> list[dt.date]:
    """Every occurrence of `rule` in [start, end], in order."""
    low = max(start, rule.start)
    high = min(end, rule.until or _FAR, _FAR)
    if high < low:
        return []
    if rule.repeat == "none":
        return [rule.start] if low <= rule.start <= high else []
    if rule.repeat in ("days", "weeks"):
        step = rule.interval * (7 if rule.repeat == "weeks" else 1)
        k = -(-(low - rule.start).days // step)
        first = rule.start + dt.timedelta(days=k * step)
        count = (high - first).days // step + 1 if first <= high else 0
        return [first + dt.timedelta(days=i * step) for i in range(count)]
    if rule.repeat == "months":
        months = (low.year - rule.start.year) * 12 + low.month - rule.start.month
        k = max(0, months // rule.interval - 1)
        found = []
        while True:
            when = rule.start + relativedelta(months=k * rule.interval)
            if when > high:
                return found
            if when >= low:
                found.append(when)
            k += 1
    if rule.repeat == "monthly_weekday":
        return _monthly_weekday(rule, low, high)
    if rule.repeat == "yearly":
        found = []
        for year in range(low.year, high.year + 1):
            if (year - rule.start.year) % rule.interval:
                continue
            when = yearly_date(rule.start, year, rule.feb29)
            if when is not None and low <= when <= high:
                found.append(when)
        return found
    if rule.repeat == "yearly_lunar":
        if not rule.lunar_month or not rule.lunar_day:
            return []
        first_year = (lunar.to_lunar(rule.start).year
                      if lunar.FIRST_YEAR < rule.start.year < lunar.LAST_YEAR else None)
        return lunar.occurrences(rule.lunar_month, rule.lunar_day, rule.lunar_leap, low, high,
                                 every=rule.interval, first_year=first_year)
    raise ValueError(f"unknown repeat {rule.repeat!r}")


def _monthly_weekday(rule: Rule, low: dt.date, high: dt.date) -> list[dt.date]:
    if rule.weekday is None or not rule.nth:
        return []
    begin = rule.start.replace(day=1)
    # rrule counts intervals from dtstart: skip whole intervals up to the window first.
    months = (low.year - begin.year) * 12 + low.month - begin.month
    skip = max(0, months // rule.interval - 1) * rule.interval
    begin = begin + relativedelta(months=skip)
    series = rrule(MONTHLY, interval=rule.interval, byweekday=weekday(rule.weekday, rule.nth),
                   dtstart=dt.datetime.combine(begin, dt.time()))
    found = []
    for moment in series:
        day = moment.date()
        if day > high:
            break
        if day >= low and day >= rule.start:
            found.append(day)
    return found


def first_on_or_after(rule: Rule, day: dt.date) -> dt.date | None:
    """The first occurrence on or after `day` (None when the series has ended)."""
    step = {"days": 1, "weeks": 7, "months": 31, "monthly_weekday": 31}.get(rule.repeat, 366)
    span = dt.timedelta(days=step * rule.interval + 62)
    low, end = max(day, rule.start), min(rule.until or _FAR, _FAR)
    for _ in range(12):  # 29 February kept only in leap years needs up to four years
        if low > end:
            return None
        found = occurrences(rule, low, min(low + span, end))
        if found:
            return found[0]
        if not rule.repeats:
            return None
        low += span + dt.timedelta(days=1)
    return None


def next_after(rule: Rule, day: dt.date) -> dt.date | None:
    """The first occurrence strictly after `day`."""
    if not rule.repeats:
        return None
    return first_on_or_after(rule, day + dt.timedelta(days=1))


def last_on_or_before(rule: Rule, day: dt.date) -> dt.date | None:
    """The latest occurrence on or before `day` (None if the series starts later)."""
    if day < rule.start:
        return None
    if not rule.repeats:
        return rule.start
    span = {"days": 1, "weeks": 7}.get(rule.repeat, 400) * rule.interval + 400
    found = occurrences(rule, max(rule.start, day - dt.timedelta(days=span)), day)
    if found:
        return found[-1]
    return None


def weekday_name(index: int) -> str:
    """Monday..Sunday (0..6) in the user's language."""
    return (QT_TRANSLATE_NOOP("Repeat", "Monday"), QT_TRANSLATE_NOOP("Repeat", "Tuesday"),
            QT_TRANSLATE_NOOP("Repeat", "Wednesday"), QT_TRANSLATE_NOOP("Repeat", "Thursday"),
            QT_TRANSLATE_NOOP("Repeat", "Friday"), QT_TRANSLATE_NOOP("Repeat", "Saturday"),
            QT_TRANSLATE_NOOP("Repeat", "Sunday"))[index]


def nth_name(nth: int) -> str:
    """first, second, third, fourth, fifth, last (for "the third Monday")."""
    return {1: QT_TRANSLATE_NOOP("Repeat", "first"), 2: QT_TRANSLATE_NOOP("Repeat", "second"),
            3: QT_TRANSLATE_NOOP("Repeat", "third"), 4: QT_TRANSLATE_NOOP("Repeat", "fourth"),
            5: QT_TRANSLATE_NOOP("Repeat", "fifth"), -1: QT_TRANSLATE_NOOP("Repeat", "last")}[nth]


def label(rule: Rule) -> str:
    """How the series repeats, in words: "every 2 weeks", "monthly on the third Monday"."""
    n = rule.interval
    if rule.repeat == "none":
        return QT_TRANSLATE_NOOP("Repeat", "does not repeat")
    if rule.repeat == "days":
        return (QT_TRANSLATE_NOOP("Repeat", "every day") if n == 1 else
                QT_TRANSLATE_NOOP("Repeat", "every {n} days").format(n=n))
    if rule.repeat == "weeks":
        return (QT_TRANSLATE_NOOP("Repeat", "every week on {weekday}") if n == 1 else
                QT_TRANSLATE_NOOP("Repeat", "every {n} weeks on {weekday}")).format(
                    n=n, weekday=weekday_name(rule.start.weekday()))
    if rule.repeat == "months":
        return (QT_TRANSLATE_NOOP("Repeat", "every month on day {day}") if n == 1 else
                QT_TRANSLATE_NOOP("Repeat", "every {n} months on day {day}")).format(
                    n=n, day=rule.start.day)
    if rule.repeat == "monthly_weekday":
        return (QT_TRANSLATE_NOOP("Repeat", "every month on the {nth} {weekday}") if n == 1 else
                QT_TRANSLATE_NOOP("Repeat", "every {n} months on the {nth} {weekday}")).format(
                    n=n, nth=nth_name(rule.nth or 1), weekday=weekday_name(rule.weekday or 0))
    if rule.repeat == "yearly":
        return (QT_TRANSLATE_NOOP("Repeat", "every year on {month}/{day}") if n == 1 else
                QT_TRANSLATE_NOOP("Repeat", "every {n} years on {month}/{day}")).format(
                    n=n, month=rule.start.month, day=rule.start.day)
    return (QT_TRANSLATE_NOOP("Repeat", "every year on {date}") if n == 1 else
            QT_TRANSLATE_NOOP("Repeat", "every {n} years on {date}")).format(
                n=n, date=lunar.label(rule.lunar_month or 1, rule.lunar_day or 1, rule.lunar_leap))
