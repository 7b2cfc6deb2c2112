"""A phone calendar exported from a book with many family birthdays names each one right,
and the export reads the family's names in a few queries, not one per reminder."""
from __future__ import annotations

import datetime as dt

import icalendar

from custbook.calendar import reminder_rules, reminder_titles
from custbook.customers import customers, relations
from custbook.exchange import ical_export
from custbook.models import Reminder, database

TODAY = dt.date(2026, 11, 22)


def _family(first: int, count: int) -> dict[int, str]:
    """`count` customers, each with a daughter whose birthday is remembered; {relation id:
    the title the calendar should show}."""
    expected = {}
    for n in range(first, first + count):
        mother = customers.save_customer({"name": f"王芳{n}"}, []).id
        rid = relations.save_relation(mother, {
            "name": f"小美{n}", "relation": "child", "birthday_calendar": "solar",
            "birthday_month": 1 + n % 12, "birthday_day": 1 + n % 28})
        expected[rid] = f"王芳{n}'s child 小美{n}: birthday"
    relations.save_anniversary(mother, {"kind": "wedding", "calendar": "solar",
                                        "month": 6, "day": 8, "year": 2010})
    reminder_rules.run_rules(TODAY)
    return expected


def _export(path) -> tuple[list[str], int]:
    """The events' titles and how many statements the export ran."""
    real = database.obj
    ran = 0
    original = real.execute_sql

    def counted(*args, **kwargs):
        nonlocal ran
        ran += 1
        return original(*args, **kwargs)

    real.execute_sql = counted
    try:
        ical_export.export_calendar(path, TODAY)
    finally:
        del real.execute_sql  # back to the class's method
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")], ran


def test_every_family_birthday_is_exported_under_its_own_title(book, tmp_path):
    expected = _family(0, 40)
    titles, _ = _export(tmp_path / "family.ics")
    assert Reminder.select().where(Reminder.rule == "family").count() == 40
    for title in expected.values():
        assert titles.count(title) == 1, title
    assert [t for t in titles if "小美" not in t] == ["王芳39: wedding anniversary"]


def test_the_export_reads_family_names_once_however_many_reminders(book, tmp_path):
    _family(0, 3)
    _, few = _export(tmp_path / "few.ics")
    _family(3, 60)
    titles, many = _export(tmp_path / "many.ics")
    assert len([t for t in titles if t.endswith(": birthday")]) == 63
    assert many == few  # a reminder more costs no query more


def test_family_names_are_read_for_both_kinds_from_a_single_pass_of_keys(book):
    """The keys may come as a generator (a list's rule keys): both birthdays and days are named."""
    _family(0, 1)
    keys = [r.rule_key for r in Reminder.select().where(Reminder.rule_key.is_null(False))]
    words = reminder_titles.family_words(k for k in keys)
    assert sorted(k[:3] for k in words) == ["fa:", "fm:"]
