"""The Chinese lunar calendar: lunar birthdays and festivals land on the right solar day."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from custbook.calendar import holidays, lunar, recurrence

D = dt.date


def test_solar_and_lunar_dates_agree_with_lunar_python_everywhere():
    from lunar_python import Solar

    rng = random.Random(7)
    for _ in range(500):
        day = D(1902, 1, 1) + dt.timedelta(days=rng.randrange(0, 72_000))
        theirs = Solar.fromYmd(day.year, day.month, day.day).getLunar()
        ours = lunar.to_lunar(day)
        assert (ours.year, -ours.month if ours.leap else ours.month, ours.day) == (
            theirs.getYear(), theirs.getMonth(), theirs.getDay())
        assert lunar.to_solar(ours.year, ours.month, ours.day, ours.leap) == day


@pytest.mark.parametrize("solar, year, month, day, leap", [
    (D(2024, 2, 10), 2024, 1, 1, False),  # Spring Festival 2024
    (D(2023, 4, 5), 2023, 2, 15, True),  # 闰二月十五
    (D(2025, 1, 28), 2024, 12, 29, False),  # New Year's Eve: month 12 of 2024 has 29 days
    (D(2026, 9, 25), 2026, 8, 15, False),  # Mid-Autumn 2026
])
def test_known_days(solar, year, month, day, leap):
    assert lunar.to_lunar(solar) == lunar.LunarDate(year, month, day, leap)


def test_a_leap_month_birthday_falls_in_the_ordinary_month_in_a_year_without_it():
    # Born on 闰二月十五 (2023 has a leap 2nd month; 2024 and 2025 do not have one).
    assert lunar.leap_month(2023) == 2 and lunar.leap_month(2024) == 0
    assert lunar.to_solar(2023, 2, 15, leap=True) == D(2023, 4, 5)
    assert lunar.to_solar(2024, 2, 15, leap=True) == lunar.to_solar(2024, 2, 15) == D(2024, 3, 24)
    assert lunar.occurrences(2, 15, True, D(2024, 1, 1), D(2025, 12, 31)) == [
        D(2024, 3, 24), D(2025, 3, 14)]


def test_an_ordinary_month_birthday_stays_in_the_ordinary_month_in_a_leap_year():
    # 2025 has a leap 6th month: a 六月初十 birthday is in the first (ordinary) 6th month.
    assert lunar.leap_month(2025) == 6
    assert lunar.occurrences(6, 10, False, D(2025, 1, 1), D(2025, 12, 31)) == [D(2025, 7, 4)]
    assert lunar.occurrences(6, 10, True, D(2025, 1, 1), D(2025, 12, 31)) == [D(2025, 8, 3)]


def test_the_30th_falls_on_the_29th_of_a_short_month():
    table = {m.month: m.days for m in lunar.year_table(2024) if not m.leap}
    assert table[12] == 29
    assert lunar.to_solar(2024, 12, 30) == lunar.to_solar(2024, 12, 29) == D(2025, 1, 28)


def test_the_12th_month_crosses_the_solar_new_year():
    """Lunar year 2025's 12th month is in January/February 2026: one birthday per lunar year."""
    days = lunar.occurrences(12, 20, False, D(2026, 1, 1), D(2027, 12, 31))
    assert days == [D(2026, 2, 7), D(2027, 1, 27)]
    assert [lunar.to_lunar(d).year for d in days] == [2025, 2026]
    # A window around the solar new year finds the one that falls in it, once.
    assert lunar.occurrences(12, 20, False, D(2026, 12, 1), D(2027, 2, 28)) == [D(2027, 1, 27)]


def test_a_yearly_lunar_series_lands_on_the_right_solar_day_each_year():
    rule = recurrence.Rule("yearly_lunar", D(2026, 1, 1), lunar_month=8, lunar_day=15)
    assert recurrence.occurrences(rule, D(2026, 1, 1), D(2028, 12, 31)) == [
        D(2026, 9, 25), D(2027, 9, 15), D(2028, 10, 3)]
    assert recurrence.next_after(rule, D(2026, 9, 25)) == D(2027, 9, 15)


def test_festivals_and_holidays():
    assert holidays.dates(holidays.by_code("spring_festival"), D(2027, 1, 1), D(2027, 12, 31)) \
        == [D(2027, 2, 6)]
    assert holidays.dates(holidays.by_code("mid_autumn"), D(2026, 1, 1), D(2026, 12, 31)) \
        == [D(2026, 9, 25)]
    assert holidays.dates(holidays.by_code("mothers_day"), D(2026, 1, 1), D(2026, 12, 31)) \
        == [D(2026, 5, 10)]
    assert holidays.by_code("mothers_day").gender == "female"


def test_the_shops_own_days_are_read_from_the_setting_or_refused_by_line():
    days = holidays.parse_shop_days("11-18 Shop anniversary\n\nL08-16 中秋会员日")
    assert [(d.code, d.calendar, d.month, d.day, d.name) for d in days] == [
        ("shop-1118", "solar", 11, 18, "Shop anniversary"),
        ("shop-L0816", "lunar", 8, 16, "中秋会员日")]
    from custbook.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        holidays.parse_shop_days("11-18 ok\n13-40 nonsense")
    assert "Line 2" in caught.value.message


def test_lunar_dates_read_as_people_say_them():
    assert lunar.label(8, 15) == "lunar month 8, day 15"
    assert lunar.label(4, 1, leap=True) == "lunar leap month 4, day 1"
