"""The days a shop greets its customers: Chinese festivals (lunar), solar holidays, and
the shop's own days (its anniversary, a members' day).

Spring Festival, Lantern, Dragon Boat, Qixi, Mid-Autumn and Double Ninth follow the
lunar calendar (`custbook.calendar.lunar`); Mother's and Father's Day are the second Sunday of
May and the third Sunday of June. Women's Day and Mother's Day greet women only,
Father's Day men only: a card for the wrong day would embarrass the shop.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import SU, relativedelta

from custbook.calendar import lunar
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Holiday:
    """A yearly greeting day: `calendar` is solar, lunar or nth_sunday (month, nth in `day`)."""

    code: str
    name: str
    calendar: str
    month: int
    day: int
    gender: str = ""  # "female"/"male": greet only these customers


def builtin() -> list[Holiday]:
    """The festivals and holidays the shop can choose from, in calendar order."""
    return [
        Holiday("new_year", QT_TRANSLATE_NOOP("Holiday", "New Year's Day"), "solar", 1, 1),
        Holiday("spring_festival", QT_TRANSLATE_NOOP("Holiday", "Spring Festival"), "lunar", 1, 1),
        Holiday("lantern", QT_TRANSLATE_NOOP("Holiday", "Lantern Festival"), "lunar", 1, 15),
        Holiday("womens_day", QT_TRANSLATE_NOOP("Holiday", "Women's Day"), "solar", 3, 8,
                "female"),
        Holiday("mothers_day", QT_TRANSLATE_NOOP("Holiday", "Mother's Day"), "nth_sunday", 5, 2,
                "female"),
        Holiday("dragon_boat", QT_TRANSLATE_NOOP("Holiday", "Dragon Boat Festival"), "lunar", 5, 5),
        Holiday("fathers_day", QT_TRANSLATE_NOOP("Holiday", "Father's Day"), "nth_sunday", 6, 3,
                "male"),
        Holiday("qixi", QT_TRANSLATE_NOOP("Holiday", "Qixi Festival"), "lunar", 7, 7),
        Holiday("mid_autumn", QT_TRANSLATE_NOOP("Holiday", "Mid-Autumn Festival"), "lunar", 8, 15),
        Holiday("national_day", QT_TRANSLATE_NOOP("Holiday", "National Day"), "solar", 10, 1),
        Holiday("double_ninth", QT_TRANSLATE_NOOP("Holiday", "Double Ninth Festival"), "lunar",
                9, 9),
    ]


_SHOP_DAY = re.compile(r"^\s*(L)?\s*(\d{1,2})[-/.](\d{1,2})\s+(.+?)\s*$", re.IGNORECASE)


def parse_shop_days(text: str) -> list[Holiday]:
    """The shop's own days from the setting: one per line, "MM-DD name" (or "L MM-DD" lunar).

    Raises ValidationError naming the first line that is not a day.
    """
    days = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _SHOP_DAY.match(line)
        if not match:
            raise ValidationError("rule_shop_days", QT_TRANSLATE_NOOP(
                "Holiday", "Line {line}: write a day as MM-DD and a name, e.g. 11-18 Shop "
                "anniversary.").format(line=number))
        is_lunar, month, day, name = bool(match[1]), int(match[2]), int(match[3]), match[4]
        try:
            if is_lunar:
                if not (1 <= month <= 12 and 1 <= day <= 30):
                    raise ValueError
            else:
                dt.date(2024, month, day)
        except ValueError:
            raise ValidationError("rule_shop_days", QT_TRANSLATE_NOOP(
                "Holiday", "Line {line}: {month}-{day} is not a day of the year.").format(
                    line=number, month=month, day=day)) from None
        code = f"shop-{'L' if is_lunar else ''}{month:02d}{day:02d}"
        days.append(Holiday(code, name[:60], "lunar" if is_lunar else "solar", month, day))
    return days


def chosen(codes: str, shop_days: str) -> list[Holiday]:
    """The holidays named in the setting (comma-separated codes) plus the shop's own days."""
    wanted = {c.strip() for c in codes.split(",") if c.strip()}
    try:
        own = parse_shop_days(shop_days)
    except ValidationError:
        own = []  # the settings dialog refuses bad lines; an old bad value greets nobody
    return [h for h in builtin() if h.code in wanted] + own


def dates(holiday: Holiday, start: dt.date, end: dt.date) -> list[dt.date]:
    """The days in [start, end] on which `holiday` falls."""
    if holiday.calendar == "lunar":
        return lunar.occurrences(holiday.month, holiday.day, False, start, end)
    found = []
    for year in range(start.year, end.year + 1):
        if holiday.calendar == "nth_sunday":
            when = dt.date(year, holiday.month, 1) + relativedelta(weekday=SU(holiday.day))
        elif holiday.month == 2 and holiday.day == 29:
            when = dt.date(year, 3, 1) - dt.timedelta(days=1)
        else:
            when = dt.date(year, holiday.month, holiday.day)
        if start <= when <= end:
            found.append(when)
    return found


def by_code(code: str, shop_days: str = "") -> Holiday | None:
    """The holiday with this code (built in or one of the shop's days)."""
    return next((h for h in builtin() + chosen("", shop_days) if h.code == code), None)
