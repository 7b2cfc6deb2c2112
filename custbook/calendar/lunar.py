"""The Chinese lunar calendar: lunar birthdays and festivals on the right solar day.

A lunar date is kept as (month, day, leap) and turned into a solar date per year,
because the same lunar day falls on a different solar day every year. The month
tables come from `lunar_python` (1900–2100); building one lunar year there costs a
few milliseconds, so each year's table is built once and cached, and every
conversion after that is arithmetic on plain dates.

Customs followed here, as shops and families keep them:
- someone born in a leap month (闰月) celebrates in the leap month when the year has
  that leap month, otherwise in the ordinary month of the same number;
- day 30 in a year whose month has only 29 days falls on day 29 (the month's last day);
- lunar year Y runs from its Spring Festival to the next one, so the 12th month of
  lunar year Y is in January or February of solar year Y + 1.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from functools import cache

from custbook.i18n import QT_TRANSLATE_NOOP

FIRST_YEAR, LAST_YEAR = 1901, 2099  # lunar years whose whole table lunar_python knows


@dataclass(frozen=True)
class LunarMonthInfo:
    """One month of a lunar year: its number, whether it is the leap month, where it starts."""

    month: int
    leap: bool
    first_day: dt.date
    days: int


@dataclass(frozen=True)
class LunarDate:
    """A day of the lunar calendar: year (lunar), month, day, and whether the month is leap."""

    year: int
    month: int
    day: int
    leap: bool = False


@cache
def year_table(year: int) -> tuple[LunarMonthInfo, ...]:
    """The months of lunar year `year` in order (12 or 13 with the leap month)."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"lunar year {year} is outside {FIRST_YEAR}–{LAST_YEAR}")
    # start-up: importing lunar_python here, not at the top, saves 28 ms when this module loads
    from lunar_python import LunarYear, Solar

    months = []
    for month in LunarYear.fromYear(year).getMonthsInYear():
        solar = Solar.fromJulianDay(month.getFirstJulianDay())
        months.append(LunarMonthInfo(abs(month.getMonth()), month.isLeap(),
                                     dt.date(solar.getYear(), solar.getMonth(), solar.getDay()),
                                     month.getDayCount()))
    return tuple(months)


@cache
def _new_year(year: int) -> dt.date:
    return year_table(year)[0].first_day


def leap_month(year: int) -> int:
    """The number of the leap month in lunar year `year`, or 0 when it has none."""
    return next((m.month for m in year_table(year) if m.leap), 0)


def to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date:
    """The solar date of a lunar date in lunar year `year`, following the customs above."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError(f"no lunar month {month} day {day}")
    table = year_table(year)
    wanted = leap and leap_month(year) == month
    info = next(m for m in table if m.month == month and m.leap == wanted)
    return info.first_day + dt.timedelta(days=min(day, info.days) - 1)


def to_lunar(day: dt.date) -> LunarDate:
    """The lunar date of a solar day."""
    year = day.year if day >= _new_year(day.year) else day.year - 1
    table = year_table(year)
    starts = [m.first_day for m in table]
    info = table[bisect.bisect_right(starts, day) - 1]
    return LunarDate(year, info.month, (day - info.first_day).days + 1, info.leap)


def occurrences(month: int, day: int, leap: bool, start: dt.date, end: dt.date,
                every: int = 1, first_year: int | None = None) -> list[dt.date]:
    """Solar days in [start, end] on which lunar (month, day, leap) falls, one per lunar year.

    `every` > 1 keeps every n-th lunar year counted from `first_year`.
    """
    if end < start:
        return []
    low = max(FIRST_YEAR, _lunar_year_of(start) - 1)
    high = min(LAST_YEAR, _lunar_year_of(end) + 1)
    found = []
    for year in range(low, high + 1):
        if every > 1 and first_year is not None and (year - first_year) % every:
            continue
        if first_year is not None and year < first_year:
            continue
        when = to_solar(year, month, day, leap)
        if start <= when <= end:
            found.append(when)
    return found


def _lunar_year_of(day: dt.date) -> int:
    year = min(max(day.year, FIRST_YEAR), LAST_YEAR)
    if day.year > LAST_YEAR or day.year < FIRST_YEAR:
        return year
    return to_lunar(day).year


def next_on_or_after(month: int, day: int, leap: bool, after: dt.date) -> dt.date | None:
    """The first solar day on or after `after` on which the lunar date falls."""
    found = occurrences(month, day, leap, after, after + dt.timedelta(days=400))
    return found[0] if found else None


# --- names, for labels and titles (translated: 正月初一 in Chinese, month 1, day 1 in English)

def month_name(month: int) -> str:
    """The name of lunar month 1..12 in the user's language."""
    names = (
        QT_TRANSLATE_NOOP("Lunar", "month 1"), QT_TRANSLATE_NOOP("Lunar", "month 2"),
        QT_TRANSLATE_NOOP("Lunar", "month 3"), QT_TRANSLATE_NOOP("Lunar", "month 4"),
        QT_TRANSLATE_NOOP("Lunar", "month 5"), QT_TRANSLATE_NOOP("Lunar", "month 6"),
        QT_TRANSLATE_NOOP("Lunar", "month 7"), QT_TRANSLATE_NOOP("Lunar", "month 8"),
        QT_TRANSLATE_NOOP("Lunar", "month 9"), QT_TRANSLATE_NOOP("Lunar", "month 10"),
        QT_TRANSLATE_NOOP("Lunar", "month 11"), QT_TRANSLATE_NOOP("Lunar", "month 12"))
    return names[month - 1]


def day_name(day: int) -> str:
    """The name of lunar day 1..30 in the user's language."""
    names = (
        QT_TRANSLATE_NOOP("Lunar", "day 1"), QT_TRANSLATE_NOOP("Lunar", "day 2"),
        QT_TRANSLATE_NOOP("Lunar", "day 3"), QT_TRANSLATE_NOOP("Lunar", "day 4"),
        QT_TRANSLATE_NOOP("Lunar", "day 5"), QT_TRANSLATE_NOOP("Lunar", "day 6"),
        QT_TRANSLATE_NOOP("Lunar", "day 7"), QT_TRANSLATE_NOOP("Lunar", "day 8"),
        QT_TRANSLATE_NOOP("Lunar", "day 9"), QT_TRANSLATE_NOOP("Lunar", "day 10"),
        QT_TRANSLATE_NOOP("Lunar", "day 11"), QT_TRANSLATE_NOOP("Lunar", "day 12"),
        QT_TRANSLATE_NOOP("Lunar", "day 13"), QT_TRANSLATE_NOOP("Lunar", "day 14"),
        QT_TRANSLATE_NOOP("Lunar", "day 15"), QT_TRANSLATE_NOOP("Lunar", "day 16"),
        QT_TRANSLATE_NOOP("Lunar", "day 17"), QT_TRANSLATE_NOOP("Lunar", "day 18"),
        QT_TRANSLATE_NOOP("Lunar", "day 19"), QT_TRANSLATE_NOOP("Lunar", "day 20"),
        QT_TRANSLATE_NOOP("Lunar", "day 21"), QT_TRANSLATE_NOOP("Lunar", "day 22"),
        QT_TRANSLATE_NOOP("Lunar", "day 23"), QT_TRANSLATE_NOOP("Lunar", "day 24"),
        QT_TRANSLATE_NOOP("Lunar", "day 25"), QT_TRANSLATE_NOOP("Lunar", "day 26"),
        QT_TRANSLATE_NOOP("Lunar", "day 27"), QT_TRANSLATE_NOOP("Lunar", "day 28"),
        QT_TRANSLATE_NOOP("Lunar", "day 29"), QT_TRANSLATE_NOOP("Lunar", "day 30"))
    return names[day - 1]


def label(month: int, day: int, leap: bool = False) -> str:
    """A lunar date as people say it: 农历闰四月十五 / lunar leap month 4, day 15."""
    name = month_name(month)
    if leap:
        name = QT_TRANSLATE_NOOP("Lunar", "leap {month}").format(month=name)
    return QT_TRANSLATE_NOOP("Lunar", "lunar {month}, {day}").format(month=name,
                                                                    day=day_name(day))
